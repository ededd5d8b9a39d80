#include "outbox.h"

#include "database.h"
#include "failure.h"
#include "naming.h"

#include <algorithm>
#include <cmath>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

namespace hs {

namespace {

QString stamp(const QDateTime &at) {
    return at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QString(QLatin1String(""));
}
QDateTime fromStamp(const QString &text) {
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    return at.isValid() ? at.toUTC() : QDateTime();
}
// SQLite gets NULL for a null QString; the columns are NOT NULL with '' for "none".
QString text(const QString &value) {
    return value.isNull() ? QString(QLatin1String("")) : value;
}
QString text(const QByteArray &value) {
    return text(QString::fromLatin1(value));
}

QString jsonText(const QJsonObject &object) {
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}
QJsonObject jsonObject(const QString &text) {
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

const QString kJobColumns =
    QStringLiteral("id, incident_id, target_id, state, attempts, next_attempt, message, link,"
                   " place, sent_at, sent_hash, queued_hash, overwrite, remote_state");

ShareJob readJob(const QSqlQuery &q) {
    ShareJob j;
    j.id = q.value(0).toLongLong();
    j.incidentId = q.value(1).toLongLong();
    j.targetId = q.value(2).toLongLong();
    j.state = shareJobStateFromKey(q.value(3).toString()).value_or(ShareJobState::Queued);
    j.attempts = q.value(4).toInt();
    j.nextAttempt = fromStamp(q.value(5).toString());
    j.message = q.value(6).toString();
    j.link = QUrl(q.value(7).toString());
    j.where = q.value(8).toString();
    j.sentAt = fromStamp(q.value(9).toString());
    j.sentHash = q.value(10).toString().toLatin1();
    j.queuedHash = q.value(11).toString().toLatin1();
    j.overwrite = q.value(12).toBool();
    j.remoteState = jsonObject(q.value(13).toString());
    return j;
}

const QString kTargetColumns = QStringLiteral("id, kind, name, config, enabled");

ShareTargetConfig readTarget(const QSqlQuery &q) {
    ShareTargetConfig t;
    t.id = q.value(0).toLongLong();
    t.kind = q.value(1).toString();
    t.name = q.value(2).toString();
    t.config = jsonObject(q.value(3).toString());
    t.enabled = q.value(4).toBool();
    return t;
}

} // namespace

Outbox::Outbox(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_jitter([] { return QRandomGenerator::global()->generateDouble(); }) {}

std::chrono::milliseconds Outbox::retryDelay(int attempts, double jitter) {
    using namespace std::chrono;
    const int doublings = std::clamp(attempts - 1, 0, 30);
    const double base =
        std::min(double(duration_cast<milliseconds>(firstRetryDelay).count()) * std::ldexp(1.0, doublings),
                 double(duration_cast<milliseconds>(maxRetryDelay).count()));
    const double scale = 0.5 + std::clamp(jitter, 0.0, 1.0) / 2;
    return milliseconds(qint64(std::llround(base * scale)));
}

std::optional<ShareTargetConfig> Outbox::addTarget(const ShareTargetConfig &config, QString *error) {
    if (config.kind.isEmpty() || config.name.trimmed().isEmpty()) {
        fail(error, tr("A share target needs a kind and a name."));
        return std::nullopt;
    }
    if (targetByName(config.name.trimmed())) {
        fail(error, tr("There is already a share target named \"%1\".").arg(config.name.trimmed()));
        return std::nullopt;
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO share_target (kind, name, config, enabled, created_at)"
                             " VALUES (:kind, :name, :config, :enabled, :now)"));
    q.bindValue(QStringLiteral(":kind"), config.kind);
    q.bindValue(QStringLiteral(":name"), config.name.trimmed());
    q.bindValue(QStringLiteral(":config"), jsonText(config.config));
    q.bindValue(QStringLiteral(":enabled"), config.enabled);
    q.bindValue(QStringLiteral(":now"), stamp(now()));
    if (!q.exec()) {
        fail(error, tr("The share target could not be saved: %1").arg(q.lastError().text()));
        return std::nullopt;
    }
    ShareTargetConfig stored = config;
    stored.id = q.lastInsertId().toLongLong();
    stored.name = config.name.trimmed();
    emit targetsChanged();
    return stored;
}

bool Outbox::updateTarget(const ShareTargetConfig &config, QString *error) {
    const auto other = targetByName(config.name.trimmed());
    if (other && other->id != config.id)
        return fail(error, tr("There is already a share target named \"%1\".").arg(config.name.trimmed()));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE share_target SET name = :name, config = :config, enabled = :enabled"
                             " WHERE id = :id"));
    q.bindValue(QStringLiteral(":name"), config.name.trimmed());
    q.bindValue(QStringLiteral(":config"), jsonText(config.config));
    q.bindValue(QStringLiteral(":enabled"), config.enabled);
    q.bindValue(QStringLiteral(":id"), config.id);
    if (!q.exec())
        return fail(error, tr("The share target could not be saved: %1").arg(q.lastError().text()));
    if (q.numRowsAffected() != 1)
        return fail(error, tr("There is no share target %1.").arg(config.id));
    emit targetsChanged();
    return true;
}

bool Outbox::removeTarget(qint64 targetId, QString *error) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM share_target WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), targetId);
    if (!q.exec())
        return fail(error, tr("The share target could not be removed: %1").arg(q.lastError().text()));
    if (q.numRowsAffected() != 1)
        return fail(error, tr("There is no share target %1.").arg(targetId));
    emit targetsChanged();
    return true;
}

QList<ShareTargetConfig> Outbox::targets(QString *error) const {
    QList<ShareTargetConfig> result;
    auto q = m_db.prepared(QStringLiteral("SELECT %1 FROM share_target ORDER BY id").arg(kTargetColumns));
    if (!q->exec()) {
        fail(error, tr("The share targets could not be read: %1").arg(q->lastError().text()));
        return result;
    }
    while (q->next())
        result.append(readTarget(*q));
    return result;
}

std::optional<ShareTargetConfig> Outbox::target(qint64 targetId) const {
    auto q = m_db.prepared(QStringLiteral("SELECT %1 FROM share_target WHERE id = :id").arg(kTargetColumns));
    q->bindValue(QStringLiteral(":id"), targetId);
    if (!q->exec() || !q->next())
        return std::nullopt;
    return readTarget(*q);
}

std::optional<ShareTargetConfig> Outbox::targetByName(const QString &name) const {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM share_target WHERE name = :name").arg(kTargetColumns));
    q.bindValue(QStringLiteral(":name"), name);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readTarget(q);
}

RemoteState Outbox::indexState(qint64 targetId) const {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT index_state FROM share_target WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), targetId);
    if (!q.exec() || !q.next())
        return {};
    return jsonObject(q.value(0).toString());
}

QString Outbox::indexError(qint64 targetId) const {
    return indexState(targetId).value(QLatin1String("error")).toString();
}

bool Outbox::setIndexError(qint64 targetId, const QString &message, QString *error) {
    RemoteState state = indexState(targetId);
    state.insert(QStringLiteral("error"), message);
    return setIndexState(targetId, state, error);
}

bool Outbox::setIndexState(qint64 targetId, const RemoteState &state, QString *error) {
    const bool hadError = !indexError(targetId).isEmpty();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE share_target SET index_state = :state WHERE id = :id"));
    q.bindValue(QStringLiteral(":state"), jsonText(state));
    q.bindValue(QStringLiteral(":id"), targetId);
    if (!q.exec())
        return fail(error, tr("The share target could not be saved: %1").arg(q.lastError().text()));
    if (hadError || state.contains(QLatin1String("error")))
        emit indexErrorChanged(targetId);
    return true;
}

QString Outbox::databasePath() const {
    return m_db.path();
}

int Outbox::share(qint64 incidentId, const QByteArray &contentHash, QString *error,
                  const QList<qint64> &targetIds, bool overwrite) {
    QSqlDatabase &db = m_db.connection();
    {
        auto exists = m_db.prepared(QStringLiteral("SELECT 1 FROM incident WHERE id = :id"));
        exists->bindValue(QStringLiteral(":id"), incidentId);
        if (!exists->exec() || !exists->next()) {
            fail(error, tr("There is no incident %1.").arg(incidentId));
            return -1;
        }
    }
    QList<qint64> ids;
    for (const ShareTargetConfig &t : targets(error))
        if (targetIds.isEmpty() ? t.enabled : targetIds.contains(t.id))
            ids.append(t.id);
    if (ids.isEmpty()) {
        fail(error, targetIds.isEmpty() ? tr("No share target is set up and enabled: add one first.")
                                        : tr("None of the given share targets exists."));
        return -1;
    }
    if (!db.transaction()) {
        fail(error, tr("The database is busy or read-only: %1").arg(db.lastError().text()));
        return -1;
    }
    // A job that is Sent with this very hash has nothing to do; any other (new, changed, failed, in
    // conflict) is queued, due now, with a fresh attempt count.
    auto q = m_db.prepared(QStringLiteral(
        "INSERT INTO share_job (incident_id, target_id, state, next_attempt, queued_hash, overwrite, "
        "updated_at)"
        " VALUES (:incident, :target, 'queued', :now, :hash, :overwrite, :now)"
        " ON CONFLICT (incident_id, target_id) DO UPDATE SET state = 'queued', attempts = 0,"
        " next_attempt = :now, queued_hash = :hash, overwrite = :overwrite, updated_at = :now"
        " WHERE NOT (share_job.state = 'sent' AND share_job.sent_hash = :hash AND NOT :overwrite)"
        "   AND share_job.state != 'sending' RETURNING id"));
    QList<qint64> queued; // the jobs changed, for jobChanged() without reading them again
    const QString at = stamp(now());
    for (qint64 target : ids) {
        q->bindValue(QStringLiteral(":incident"), incidentId);
        q->bindValue(QStringLiteral(":target"), target);
        q->bindValue(QStringLiteral(":now"), at);
        q->bindValue(QStringLiteral(":hash"), text(contentHash));
        q->bindValue(QStringLiteral(":overwrite"), overwrite);
        if (!q->exec()) {
            const QString why = q->lastError().text();
            q->finish();
            db.rollback();
            fail(error, tr("The incident could not be queued for sharing: %1").arg(why));
            return -1;
        }
        while (q->next())
            queued.append(q->value(0).toLongLong());
    }
    q->finish();
    if (!db.commit()) {
        fail(error, tr("The incident could not be queued for sharing: %1").arg(db.lastError().text()));
        return -1;
    }
    for (qint64 jobId : std::as_const(queued))
        emit jobChanged(jobId, incidentId);
    if (!queued.isEmpty())
        emit jobsQueued();
    return int(queued.size());
}

QList<ShareJob> Outbox::selectJobs(const QString &where, const QList<std::pair<QString, QVariant>> &binds,
                                   QString *error) const {
    QList<ShareJob> result;
    auto q = m_db.prepared(QStringLiteral("SELECT %1 FROM share_job %2").arg(kJobColumns, where));
    for (const auto &[name, value] : binds)
        q->bindValue(name, value);
    if (!q->exec()) {
        fail(error, tr("The outbox could not be read: %1").arg(q->lastError().text()));
        return result;
    }
    while (q->next())
        result.append(readJob(*q));
    return result;
}

std::optional<ShareJob> Outbox::job(qint64 jobId) const {
    const auto jobs = selectJobs(QStringLiteral("WHERE id = :id"), {{QStringLiteral(":id"), jobId}}, nullptr);
    return jobs.isEmpty() ? std::nullopt : std::optional<ShareJob>(jobs.first());
}

QList<ShareJob> Outbox::jobsForIncident(qint64 incidentId, QString *error) const {
    return selectJobs(QStringLiteral("WHERE incident_id = :id ORDER BY target_id"),
                      {{QStringLiteral(":id"), incidentId}}, error);
}

QList<ShareJob> Outbox::dueJobs(int limit, QString *error) const {
    return selectJobs(
        QStringLiteral("WHERE state = 'queued' AND next_attempt <= :now ORDER BY next_attempt, id"
                       " LIMIT :limit"),
        {{QStringLiteral(":now"), stamp(now())}, {QStringLiteral(":limit"), limit}}, error);
}

std::optional<QDateTime> Outbox::nextAttempt() const {
    auto q = m_db.prepared(QStringLiteral("SELECT MIN(next_attempt) FROM share_job WHERE state = 'queued'"));
    if (!q->exec() || !q->next() || q->value(0).isNull())
        return std::nullopt;
    return fromStamp(q->value(0).toString());
}

int Outbox::countInState(ShareJobState state) const {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM share_job WHERE state = :state"));
    q.bindValue(QStringLiteral(":state"), shareJobStateKey(state));
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

int Outbox::retryNow(QString *error) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "UPDATE share_job SET next_attempt = :now WHERE state = 'queued' AND next_attempt > :now"));
    q.bindValue(QStringLiteral(":now"), stamp(now()));
    if (!q.exec()) {
        fail(error, tr("The outbox could not be updated: %1").arg(q.lastError().text()));
        return -1;
    }
    const int count = q.numRowsAffected();
    if (count > 0)
        emit jobsQueued();
    return count;
}

bool Outbox::updateJob(QSqlQuery &q, qint64 jobId, JobMustBe mustBe, QString *error) {
    if (!q.exec())
        return fail(error, tr("The outbox could not be updated: %1").arg(q.lastError().text()));
    if (!q.next())
        return fail(error, mustBe == JobMustBe::Queued ? tr("The share job is no longer queued.")
                                                       : tr("There is no share job %1.").arg(jobId));
    const qint64 incidentId = q.value(0).toLongLong();
    q.finish();
    emit jobChanged(jobId, incidentId);
    return true;
}

bool Outbox::begin(qint64 jobId, QString *error) {
    // RETURNING: the incident for jobChanged() without reading the job again (1,000 jobs, 1,000 reads).
    auto q = m_db.prepared(QStringLiteral("UPDATE share_job SET state = 'sending', updated_at = :now"
                                          " WHERE id = :id AND state = 'queued' RETURNING incident_id"));
    q->bindValue(QStringLiteral(":now"), stamp(now()));
    q->bindValue(QStringLiteral(":id"), jobId);
    return updateJob(*q, jobId, JobMustBe::Queued, error);
}

bool Outbox::finish(qint64 jobId, const ShareOutcome &outcome, QString *error) {
    if (outcome.kind == ShareOutcome::Kind::Sent || outcome.kind == ShareOutcome::Kind::Conflict)
        return settle(jobId, outcome, error);
    const auto current = job(jobId);
    if (!current)
        return fail(error, tr("There is no share job %1.").arg(jobId));
    ShareJob j = *current;
    const QDateTime at = now();
    j.message = outcome.message;
    switch (outcome.kind) {
    case ShareOutcome::Kind::Sent:
    case ShareOutcome::Kind::Conflict:
        break; // settle()
    case ShareOutcome::Kind::Retry:
        j.state = ShareJobState::Queued;
        j.attempts += 1;
        j.nextAttempt = at.addMSecs(retryDelay(j.attempts, m_jitter()).count());
        break;
    case ShareOutcome::Kind::Failed:
        j.state = ShareJobState::Failed;
        j.attempts += 1;
        break;
    case ShareOutcome::Kind::Cancelled:
        j.state = ShareJobState::Queued;
        j.nextAttempt = at;
        break;
    }
    auto q = m_db.prepared(
        QStringLiteral("UPDATE share_job SET state = :state, attempts = :attempts, next_attempt = :next,"
                       " message = :message, link = :link, place = :place, sent_at = :sentAt,"
                       " sent_hash = :sentHash, overwrite = :overwrite, remote_state = :remote,"
                       " updated_at = :now WHERE id = :id"));
    q->bindValue(QStringLiteral(":state"), shareJobStateKey(j.state));
    q->bindValue(QStringLiteral(":attempts"), j.attempts);
    q->bindValue(QStringLiteral(":next"), stamp(j.nextAttempt));
    q->bindValue(QStringLiteral(":message"), text(j.message));
    q->bindValue(QStringLiteral(":link"), text(j.link.toString(QUrl::RemoveUserInfo)));
    q->bindValue(QStringLiteral(":place"), text(j.where));
    q->bindValue(QStringLiteral(":sentAt"), stamp(j.sentAt));
    q->bindValue(QStringLiteral(":sentHash"), text(j.sentHash));
    q->bindValue(QStringLiteral(":overwrite"), j.overwrite);
    q->bindValue(QStringLiteral(":remote"), jsonText(j.remoteState));
    q->bindValue(QStringLiteral(":now"), stamp(at));
    q->bindValue(QStringLiteral(":id"), jobId);
    if (!q->exec())
        return fail(error, tr("The outbox could not be updated: %1").arg(q->lastError().text()));
    emit jobChanged(jobId, j.incidentId);
    return true;
}

// Sent or Conflict: everything written comes from the outcome, so the job is not read first (one
// statement instead of two for each document shared).
bool Outbox::settle(qint64 jobId, const ShareOutcome &outcome, QString *error) {
    const bool sent = outcome.kind == ShareOutcome::Kind::Sent;
    auto q = m_db.prepared(QStringLiteral(
        "UPDATE share_job SET state = :state, attempts = 0, message = :message, link = :link, place = :place,"
        " sent_at = CASE WHEN :sent THEN :now ELSE sent_at END,"
        " sent_hash = CASE WHEN :sent THEN :sentHash ELSE sent_hash END,"
        " overwrite = 0, remote_state = :remote, updated_at = :now WHERE id = :id RETURNING incident_id"));
    q->bindValue(QStringLiteral(":state"),
                 shareJobStateKey(sent ? ShareJobState::Sent : ShareJobState::Conflict));
    q->bindValue(QStringLiteral(":message"), text(outcome.message));
    q->bindValue(QStringLiteral(":link"), text(outcome.link.toString(QUrl::RemoveUserInfo)));
    q->bindValue(QStringLiteral(":place"), text(outcome.where));
    q->bindValue(QStringLiteral(":sent"), sent);
    q->bindValue(QStringLiteral(":now"), stamp(now()));
    q->bindValue(QStringLiteral(":sentHash"), text(outcome.contentHash));
    q->bindValue(QStringLiteral(":remote"), jsonText(outcome.remoteState));
    q->bindValue(QStringLiteral(":id"), jobId);
    return updateJob(*q, jobId, JobMustBe::Any, error);
}

bool Outbox::finishUnchanged(qint64 jobId, const QByteArray &contentHash, const QString &message,
                             QString *error) {
    auto q = m_db.prepared(QStringLiteral(
        "UPDATE share_job SET state = 'sent', attempts = 0, message = :message, sent_at = :now,"
        " updated_at = :now WHERE id = :id AND state = 'queued' AND sent_hash = :hash AND sent_hash != ''"
        " AND NOT overwrite RETURNING incident_id"));
    q->bindValue(QStringLiteral(":message"), text(message));
    q->bindValue(QStringLiteral(":now"), stamp(now()));
    q->bindValue(QStringLiteral(":id"), jobId);
    q->bindValue(QStringLiteral(":hash"), text(contentHash));
    return updateJob(*q, jobId, JobMustBe::Queued, error);
}

int Outbox::recoverInterrupted(QString *error) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE share_job SET state = 'queued', next_attempt = :now, updated_at = :now"
                             " WHERE state = 'sending'"));
    q.bindValue(QStringLiteral(":now"), stamp(now()));
    if (!q.exec()) {
        fail(error, tr("The outbox could not be updated: %1").arg(q.lastError().text()));
        return -1;
    }
    const int recovered = q.numRowsAffected();
    if (recovered > 0)
        emit jobsQueued();
    return recovered;
}

bool Outbox::changedSinceShared(qint64 incidentId, const QByteArray &currentHash) const {
    for (const ShareJob &j : jobsForIncident(incidentId))
        if (!j.sentHash.isEmpty() && j.sentHash != currentHash)
            return true;
    return false;
}

QList<ShareIndexEntry> Outbox::sharedEntries(qint64 targetId, QString *error) const {
    QList<ShareIndexEntry> result;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT i.id, i.day, i.slug, i.title, COALESCE(s.body, '') FROM share_job j"
                             " JOIN incident i ON i.id = j.incident_id"
                             " LEFT JOIN section s ON s.incident_id = i.id AND s.key = 'cause'"
                             " WHERE j.target_id = :target AND j.sent_hash != ''"
                             " ORDER BY i.day DESC, i.id DESC"));
    q.bindValue(QStringLiteral(":target"), targetId);
    if (!q.exec()) {
        fail(error, tr("The outbox could not be read: %1").arg(q.lastError().text()));
        return result;
    }
    while (q.next()) {
        ShareIndexEntry e;
        e.incidentId = q.value(0).toLongLong();
        e.date = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        e.documentName = naming::documentName(e.date, q.value(2).toString());
        e.title = q.value(3).toString();
        e.cause = q.value(4).toString().simplified().left(200);
        result.append(e);
    }
    return result;
}

} // namespace hs
