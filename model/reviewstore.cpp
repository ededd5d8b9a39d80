#include "reviewstore.h"

#include "actionstore.h"
#include "database.h"
#include "failure.h"
#include "reviewschedule.h"
#include "sqltext.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QUuid>

namespace hs {

namespace {

using sqltext::now;
using sqltext::text;

QString utcText(const QDateTime &at) {
    return at.toUTC().toString(Qt::ISODate);
}
QString localText(const QDateTime &at) {
    return at.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss"));
}

const QString kColumns = QStringLiteral(
    "r.id, r.incident_id, r.kind, r.at, r.zone, r.done, r.notes, r.uid, r.calendar_href, r.calendar_etag");

Review readReview(const QSqlQuery &q) {
    Review r;
    r.id = q.value(0).toLongLong();
    r.incidentId = q.value(1).toLongLong();
    r.kind = reviewKindFromKey(q.value(2).toString()).value_or(ReviewKind::Week);
    r.at = reviewTimeFrom(q.value(3).toString(), q.value(4).toString());
    r.done = q.value(5).toBool();
    r.notes = q.value(6).toString();
    r.uid = q.value(7).toString();
    r.calendarHref = q.value(8).toString();
    r.calendarEtag = q.value(9).toString();
    return r;
}

} // namespace

QString reviewZoneId(const QDateTime &at) {
    if (at.timeSpec() == Qt::UTC || (at.timeSpec() == Qt::OffsetFromUTC && at.offsetFromUtc() == 0))
        return QStringLiteral("UTC");
    if (at.timeSpec() == Qt::TimeZone && at.timeZone().isValid())
        return QString::fromUtf8(at.timeZone().id());
    return QString::fromUtf8(QTimeZone::systemTimeZoneId());
}

QDateTime reviewTimeFrom(const QString &local, const QString &zoneId) {
    // Date and time apart, in the one layout localText() writes: QDateTime::fromString with a format
    // builds local times while it parses (mktime, which stats the zone file each call), and every
    // post-mortem loaded reads its reviews.
    const QStringView text(local);
    if (text.size() != 19 || text[10] != QLatin1Char('T') || text[13] != QLatin1Char(':') ||
        text[16] != QLatin1Char(':'))
        return {};
    const QDate date = QDate::fromString(text.first(10), Qt::ISODate);
    const QTime time = QTime::fromString(text.last(8), Qt::ISODate);
    if (!date.isValid() || !time.isValid())
        return {};
    if (zoneId == QLatin1String("UTC"))
        return QDateTime(date, time, QTimeZone::utc());
    QTimeZone zone(zoneId.toUtf8());
    if (!zone.isValid())
        zone = QTimeZone::systemTimeZone();
    return atLocalTime(date, time, zone);
}

ReviewStore::ReviewStore(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db) {}

QList<Review> ReviewStore::create(qint64 incidentId, const QList<ReviewProposal> &proposals, QString *error) {
    QList<Review> created;
    for (const ReviewProposal &p : proposals)
        if (!p.at.isValid()) {
            fail(error, tr("A review needs a valid date and time."));
            return {};
        }
    QSqlDatabase &db = m_db.connection();
    if (!db.transaction()) {
        fail(error, tr("The database is busy or read-only: %1").arg(db.lastError().text()));
        return {};
    }
    auto rollback = [&](const QString &message) {
        db.rollback();
        fail(error, tr("The reviews could not be saved: %1").arg(message));
        return QList<Review>();
    };
    QSqlQuery exists(db);
    exists.prepare(QStringLiteral("SELECT 1 FROM incident WHERE id = :id"));
    exists.bindValue(QStringLiteral(":id"), incidentId);
    if (!exists.exec())
        return rollback(exists.lastError().text());
    if (!exists.next())
        return rollback(tr("there is no incident %1").arg(incidentId));

    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("INSERT INTO review (incident_id, kind, at, zone, at_utc, uid, created_at, updated_at)"
                       " VALUES (:incident, :kind, :at, :zone, :utc, :uid, :now, :now)"));
    const QString stamp = now();
    for (const ReviewProposal &p : proposals) {
        Review r;
        r.incidentId = incidentId;
        r.kind = p.kind;
        r.at = p.at;
        r.uid = QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral("@hindsight");
        q.bindValue(QStringLiteral(":incident"), incidentId);
        q.bindValue(QStringLiteral(":kind"), reviewKindKey(r.kind));
        q.bindValue(QStringLiteral(":at"), localText(r.at));
        q.bindValue(QStringLiteral(":zone"), reviewZoneId(r.at));
        q.bindValue(QStringLiteral(":utc"), utcText(r.at));
        q.bindValue(QStringLiteral(":uid"), r.uid);
        q.bindValue(QStringLiteral(":now"), stamp);
        if (!q.exec())
            return rollback(q.lastError().text());
        r.id = q.lastInsertId().toLongLong();
        created << r;
    }
    if (!db.commit())
        return rollback(db.lastError().text());
    for (const Review &r : created)
        emit reviewCreated(r.id, incidentId);
    return created;
}

std::optional<Review> ReviewStore::create(qint64 incidentId, ReviewKind kind, const QDateTime &at,
                                          QString *error) {
    const QList<Review> created = create(incidentId, {ReviewProposal{kind, at}}, error);
    if (created.isEmpty())
        return std::nullopt;
    return created.first();
}

std::optional<Review> ReviewStore::load(qint64 id, QString *error) const {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM review r WHERE r.id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec()) {
        fail(error, q.lastError().text());
        return std::nullopt;
    }
    if (!q.next()) {
        fail(error, tr("There is no review %1.").arg(id));
        return std::nullopt;
    }
    return readReview(q);
}

bool ReviewStore::update(const Review &review, QString *error) {
    if (!review.at.isValid())
        return fail(error, tr("A review needs a valid date and time."));
    QSqlDatabase &db = m_db.connection();
    if (!db.transaction())
        return fail(error, tr("The database is busy or read-only: %1").arg(db.lastError().text()));
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "UPDATE review SET at = :at, zone = :zone, at_utc = :utc, done = :done, notes = :notes,"
        " updated_at = :now WHERE id = :id"));
    q.bindValue(QStringLiteral(":at"), localText(review.at));
    q.bindValue(QStringLiteral(":zone"), reviewZoneId(review.at));
    q.bindValue(QStringLiteral(":utc"), utcText(review.at));
    q.bindValue(QStringLiteral(":done"), review.done ? 1 : 0);
    q.bindValue(QStringLiteral(":notes"), text(review.notes));
    q.bindValue(QStringLiteral(":now"), now());
    q.bindValue(QStringLiteral(":id"), review.id);
    if (!q.exec() || q.numRowsAffected() != 1) {
        const QString message =
            q.lastError().isValid() ? q.lastError().text() : tr("the review no longer exists");
        db.rollback();
        return fail(error, tr("The review could not be saved: %1").arg(message));
    }
    QSqlQuery incident(db);
    incident.prepare(QStringLiteral("SELECT incident_id FROM review WHERE id = :id"));
    incident.bindValue(QStringLiteral(":id"), review.id);
    const qint64 incidentId = incident.exec() && incident.next() ? incident.value(0).toLongLong() : 0;
    if (!db.commit()) {
        db.rollback();
        return fail(error, tr("The review could not be saved: %1").arg(db.lastError().text()));
    }
    emit reviewChanged(review.id, incidentId);
    return true;
}

bool ReviewStore::setCalendarState(qint64 id, const QString &href, const QString &etag, QString *error) {
    const auto stored = load(id, error);
    if (!stored)
        return false;
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("UPDATE review SET calendar_href = :href, calendar_etag = :etag, updated_at = :now"
                       " WHERE id = :id"));
    q.bindValue(QStringLiteral(":href"), text(href));
    q.bindValue(QStringLiteral(":etag"), text(etag));
    q.bindValue(QStringLiteral(":now"), now());
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec())
        return fail(error,
                    tr("The calendar state of the review could not be saved: %1").arg(q.lastError().text()));
    emit reviewChanged(id, stored->incidentId);
    return true;
}

bool ReviewStore::remove(qint64 id, QString *error) {
    const auto stored = load(id, error);
    if (!stored)
        return false;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM review WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec())
        return fail(error, tr("The review could not be removed: %1").arg(q.lastError().text()));
    emit reviewRemoved(id, stored->incidentId);
    return true;
}

QList<Review> ReviewStore::forIncident(qint64 incidentId, QString *error) const {
    auto q = m_db.prepared(
        QStringLiteral("SELECT ") + kColumns +
        QStringLiteral(" FROM review r WHERE r.incident_id = :incident ORDER BY r.at_utc, r.id"));
    q->bindValue(QStringLiteral(":incident"), incidentId);
    QList<Review> result;
    if (!q->exec()) {
        fail(error, q->lastError().text());
        return result;
    }
    while (q->next())
        result << readReview(*q);
    return result;
}

QList<IcsWriter::Event> ReviewStore::calendarEvents(qint64 incidentId, const QString &incidentTitle,
                                                    QString *error) const {
    QString failure;
    const QList<Review> reviews = forIncident(incidentId, &failure);
    QList<Action> open;
    if (failure.isEmpty())
        for (const Action &a : ActionStore(m_db).forIncident(incidentId, &failure))
            if (a.status == ActionStatus::Open)
                open << a;
    if (!failure.isEmpty()) {
        fail(error, failure);
        return {};
    }
    QList<IcsWriter::Event> events;
    for (const Review &r : reviews)
        events << IcsWriter::Event{r, incidentTitle, open};
    return events;
}

QList<ReviewAgendaItem> ReviewStore::agenda(const QDateTime &until, int limit, QString *error) const {
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + kColumns +
              QStringLiteral(", i.title FROM review r CROSS JOIN incident i ON i.id = r.incident_id"
                             " WHERE r.done = 0 AND r.at_utc < :until ORDER BY r.at_utc, r.id LIMIT :limit"));
    q.bindValue(QStringLiteral(":until"), utcText(until));
    q.bindValue(QStringLiteral(":limit"), limit);
    QList<ReviewAgendaItem> result;
    if (!q.exec()) {
        fail(error, q.lastError().text());
        return result;
    }
    while (q.next())
        result << ReviewAgendaItem{readReview(q), q.value(10).toString(), {}};
    q.finish();
    // A due list is short; one indexed read per incident keeps the actions in their incident's order.
    const ActionStore actions(m_db);
    QHash<qint64, QList<Action>> byIncident;
    for (ReviewAgendaItem &item : result) {
        const qint64 incident = item.review.incidentId;
        if (!byIncident.contains(incident)) {
            QList<Action> open;
            for (const Action &a : actions.forIncident(incident))
                if (a.status == ActionStatus::Open)
                    open << a;
            byIncident.insert(incident, open);
        }
        item.openActions = byIncident.value(incident);
    }
    return result;
}

QDateTime ReviewStore::endOfDay(const QDateTime &now) {
    const QDate tomorrow = now.date().addDays(1);
    if (now.timeSpec() == Qt::TimeZone)
        return atLocalTime(tomorrow, QTime(0, 0), now.timeZone());
    return QDateTime(tomorrow, QTime(0, 0), now.timeSpec(), now.offsetFromUtc());
}

QList<ReviewAgendaItem> ReviewStore::due(const QDateTime &now, QString *error) const {
    return agenda(endOfDay(now), 500, error);
}

QList<ReviewAgendaItem> ReviewStore::overdue(const QDateTime &now, QString *error) const {
    return agenda(now, 500, error);
}

QList<ReviewAgendaItem> ReviewStore::upcoming(const QDateTime &now, int days, QString *error) const {
    return agenda(endOfDay(now.addDays(days)), 500, error);
}

} // namespace hs
