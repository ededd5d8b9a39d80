#include "actionstore.h"

#include "database.h"
#include "failure.h"
#include "sqltext.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace hs {

namespace {

using sqltext::isoDay;
using sqltext::now;
using sqltext::text;

const QString kColumns = QStringLiteral("a.id, a.incident_id, a.position, a.title, a.team, a.owner, a.bucket,"
                                        " a.status, a.drop_reason, a.due, a.link, a.notes");

Action readAction(const QSqlQuery &q) {
    Action a;
    a.id = q.value(0).toLongLong();
    a.incidentId = q.value(1).toLongLong();
    a.position = q.value(2).toInt();
    a.title = q.value(3).toString();
    a.team = q.value(4).toString();
    a.owner = q.value(5).toString();
    a.bucket = bucketFromKey(q.value(6).toString()).value_or(Bucket::Now);
    a.status = actionStatusFromKey(q.value(7).toString()).value_or(ActionStatus::Open);
    a.dropReason = q.value(8).toString();
    a.due = QDate::fromString(q.value(9).toString(), Qt::ISODate);
    a.link = q.value(10).toString();
    a.notes = q.value(11).toString();
    return a;
}

void bindFields(QSqlQuery &q, const Action &a) {
    q.bindValue(QStringLiteral(":title"), a.title);
    q.bindValue(QStringLiteral(":team"), text(a.team));
    q.bindValue(QStringLiteral(":owner"), text(a.owner));
    q.bindValue(QStringLiteral(":bucket"), bucketKey(a.bucket));
    q.bindValue(QStringLiteral(":status"), actionStatusKey(a.status));
    q.bindValue(QStringLiteral(":reason"), text(a.dropReason));
    q.bindValue(QStringLiteral(":due"), isoDay(a.due));
    q.bindValue(QStringLiteral(":link"), text(a.link));
    q.bindValue(QStringLiteral(":notes"), text(a.notes));
}

// The WHERE clause of an "All actions" query; bindFilter() binds the same names.
QString whereClause(const ActionFilter &f) {
    QStringList terms;
    if (f.incidentId != 0)
        terms << QStringLiteral("a.incident_id = :incident");
    if (!f.team.isEmpty())
        terms << QStringLiteral("a.team = :team COLLATE NOCASE");
    if (f.bucket)
        terms << QStringLiteral("a.bucket = :bucket");
    if (f.status)
        terms << QStringLiteral("a.status = :status");
    if (f.overdueOnly)
        terms << QStringLiteral("a.status = 'open'") << QStringLiteral("a.due < :today");
    return terms.isEmpty() ? QString() : QStringLiteral(" WHERE ") + terms.join(QLatin1String(" AND "));
}

void bindFilter(QSqlQuery &q, const ActionFilter &f, const QDate &today) {
    if (f.incidentId != 0)
        q.bindValue(QStringLiteral(":incident"), f.incidentId);
    if (!f.team.isEmpty())
        q.bindValue(QStringLiteral(":team"), f.team);
    if (f.bucket)
        q.bindValue(QStringLiteral(":bucket"), bucketKey(*f.bucket));
    if (f.status)
        q.bindValue(QStringLiteral(":status"), actionStatusKey(*f.status));
    if (f.overdueOnly)
        q.bindValue(QStringLiteral(":today"), isoDay(today));
}

} // namespace

ActionStore::ActionStore(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db) {}

QList<qint64> ActionStore::idsOf(qint64 incidentId, Bucket bucket, QString *error) const {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM action WHERE incident_id = :incident AND bucket = :bucket"
                             " ORDER BY position, id"));
    q.bindValue(QStringLiteral(":incident"), incidentId);
    q.bindValue(QStringLiteral(":bucket"), bucketKey(bucket));
    QList<qint64> ids;
    if (!q.exec()) {
        fail(error, q.lastError().text());
        return ids;
    }
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

bool ActionStore::writeOrder(qint64 incidentId, Bucket bucket, const QList<qint64> &ids, QString *error) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE action SET bucket = :bucket, position = :position, updated_at = :now"
                             " WHERE id = :id AND incident_id = :incident"
                             " AND (bucket <> :bucket OR position <> :position)"));
    const QString stamp = now();
    for (int i = 0; i < ids.size(); ++i) {
        q.bindValue(QStringLiteral(":bucket"), bucketKey(bucket));
        q.bindValue(QStringLiteral(":position"), i);
        q.bindValue(QStringLiteral(":now"), stamp);
        q.bindValue(QStringLiteral(":id"), ids.at(i));
        q.bindValue(QStringLiteral(":incident"), incidentId);
        if (!q.exec())
            return fail(error, q.lastError().text());
    }
    return true;
}

std::optional<Action> ActionStore::create(Action draft, QString *error) {
    if (!draft.due.isValid())
        draft.due = defaultDue(draft.bucket);
    draft.title = draft.title.simplified();
    draft.team = draft.team.simplified();
    draft.owner = draft.owner.simplified();
    draft.link = draft.link.trimmed();
    if (!draft.validate(error))
        return std::nullopt;
    QSqlDatabase &db = m_db.connection();
    if (!db.transaction()) {
        fail(error, tr("The database is busy or read-only: %1").arg(db.lastError().text()));
        return std::nullopt;
    }
    auto rollback = [&](const QString &message) {
        db.rollback();
        fail(error, tr("The action could not be saved: %1").arg(message));
        return std::nullopt;
    };
    QSqlQuery exists(db);
    exists.prepare(QStringLiteral("SELECT 1 FROM incident WHERE id = :id"));
    exists.bindValue(QStringLiteral(":id"), draft.incidentId);
    if (!exists.exec())
        return rollback(exists.lastError().text());
    if (!exists.next())
        return rollback(tr("there is no incident %1").arg(draft.incidentId));

    QSqlQuery pos(db);
    pos.prepare(QStringLiteral("SELECT coalesce(max(position) + 1, 0) FROM action"
                               " WHERE incident_id = :incident AND bucket = :bucket"));
    pos.bindValue(QStringLiteral(":incident"), draft.incidentId);
    pos.bindValue(QStringLiteral(":bucket"), bucketKey(draft.bucket));
    if (!pos.exec() || !pos.next())
        return rollback(pos.lastError().text());
    draft.position = pos.value(0).toInt();

    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO action (incident_id, position, title, team, owner, bucket, status, "
                             "drop_reason, due, link,"
                             " notes, created_at, updated_at) VALUES (:incident, :position, :title, :team, "
                             ":owner, :bucket, :status,"
                             " :reason, :due, :link, :notes, :now, :now)"));
    q.bindValue(QStringLiteral(":incident"), draft.incidentId);
    q.bindValue(QStringLiteral(":position"), draft.position);
    bindFields(q, draft);
    q.bindValue(QStringLiteral(":now"), now());
    if (!q.exec())
        return rollback(q.lastError().text());
    draft.id = q.lastInsertId().toLongLong();
    if (!db.commit())
        return rollback(db.lastError().text());
    emit actionCreated(draft.id, draft.incidentId);
    return draft;
}

std::optional<Action> ActionStore::load(qint64 id, QString *error) const {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM action a WHERE a.id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec()) {
        fail(error, q.lastError().text());
        return std::nullopt;
    }
    if (!q.next()) {
        fail(error, tr("There is no action %1.").arg(id));
        return std::nullopt;
    }
    return readAction(q);
}

bool ActionStore::save(const Action &action, QString *error) {
    if (!action.validate(error))
        return false;
    const auto stored = load(action.id, error);
    if (!stored)
        return false;
    QSqlDatabase &db = m_db.connection();
    if (!db.transaction())
        return fail(error, tr("The database is busy or read-only: %1").arg(db.lastError().text()));
    auto rollback = [&](const QString &message) {
        db.rollback();
        return fail(error, tr("The action could not be saved: %1").arg(message));
    };
    const bool bucketChanged = stored->bucket != action.bucket;
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("UPDATE action SET title = :title, team = :team, owner = :owner, bucket = :bucket,"
                       " status = :status, drop_reason = :reason, due = :due, link = :link, notes = :notes,"
                       " position = :position, updated_at = :now WHERE id = :id"));
    bindFields(q, action);
    q.bindValue(QStringLiteral(":position"),
                bucketChanged ? std::numeric_limits<int>::max() : stored->position);
    q.bindValue(QStringLiteral(":now"), now());
    q.bindValue(QStringLiteral(":id"), action.id);
    if (!q.exec())
        return rollback(q.lastError().text());
    if (bucketChanged) {
        // The old bucket closes its gap; the new one numbers the action last.
        QString sqlError;
        for (Bucket b : {stored->bucket, action.bucket})
            if (!writeOrder(stored->incidentId, b, idsOf(stored->incidentId, b, &sqlError), &sqlError))
                return rollback(sqlError);
    }
    if (!db.commit())
        return rollback(db.lastError().text());
    emit actionChanged(action.id, stored->incidentId);
    if (bucketChanged)
        emit actionsReordered(stored->incidentId);
    return true;
}

bool ActionStore::setStatus(qint64 id, ActionStatus status, QString *error, const QString &dropReason) {
    auto action = load(id, error);
    if (!action)
        return false;
    if (!dropReason.trimmed().isEmpty())
        action->dropReason = dropReason.trimmed();
    if (!action->setValue(ActionField::Status, static_cast<int>(status), error))
        return false;
    return save(*action, error);
}

bool ActionStore::remove(qint64 id, QString *error) {
    const auto stored = load(id, error);
    if (!stored)
        return false;
    QSqlDatabase &db = m_db.connection();
    if (!db.transaction())
        return fail(error, tr("The database is busy or read-only: %1").arg(db.lastError().text()));
    auto rollback = [&](const QString &message) {
        db.rollback();
        return fail(error, tr("The action could not be removed: %1").arg(message));
    };
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM action WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    QString sqlError;
    if (!q.exec())
        return rollback(q.lastError().text());
    if (!writeOrder(stored->incidentId, stored->bucket, idsOf(stored->incidentId, stored->bucket, &sqlError),
                    &sqlError))
        return rollback(sqlError);
    if (!db.commit())
        return rollback(db.lastError().text());
    emit actionRemoved(id, stored->incidentId);
    return true;
}

bool ActionStore::move(qint64 id, Bucket bucket, int index, QString *error) {
    const auto stored = load(id, error);
    if (!stored)
        return false;
    QSqlDatabase &db = m_db.connection();
    if (!db.transaction())
        return fail(error, tr("The database is busy or read-only: %1").arg(db.lastError().text()));
    auto rollback = [&](const QString &message) {
        db.rollback();
        return fail(error, tr("The action could not be moved: %1").arg(message));
    };
    QString sqlError;
    QList<qint64> source = idsOf(stored->incidentId, stored->bucket, &sqlError);
    source.removeAll(id);
    QList<qint64> target = stored->bucket == bucket ? source : idsOf(stored->incidentId, bucket, &sqlError);
    if (!sqlError.isEmpty())
        return rollback(sqlError);
    target.insert(std::clamp(index, 0, int(target.size())), id);
    if ((stored->bucket != bucket && !writeOrder(stored->incidentId, stored->bucket, source, &sqlError)) ||
        !writeOrder(stored->incidentId, bucket, target, &sqlError))
        return rollback(sqlError);
    if (!db.commit())
        return rollback(db.lastError().text());
    emit actionsReordered(stored->incidentId);
    return true;
}

QList<Action> ActionStore::forIncident(qint64 incidentId, QString *error) const {
    // 'now' < 'later' would sort the wrong way round alphabetically, hence the CASE.
    auto q = m_db.prepared(
        QStringLiteral("SELECT ") + kColumns +
        QStringLiteral(" FROM action a WHERE a.incident_id = :incident"
                       " ORDER BY CASE a.bucket WHEN 'now' THEN 0 ELSE 1 END, a.position, a.id"));
    q->bindValue(QStringLiteral(":incident"), incidentId);
    QList<Action> result;
    if (!q->exec()) {
        fail(error, q->lastError().text());
        return result;
    }
    while (q->next())
        result << readAction(*q);
    return result;
}

ActionCounts ActionStore::counts(qint64 incidentId) const {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT bucket, count(*), sum(status = 'open') FROM action"
                             " WHERE incident_id = :incident GROUP BY bucket"));
    q.bindValue(QStringLiteral(":incident"), incidentId);
    ActionCounts c;
    if (!q.exec())
        return c;
    while (q.next()) {
        const bool now = q.value(0).toString() == QLatin1String("now");
        (now ? c.now : c.later) = q.value(1).toInt();
        (now ? c.openNow : c.openLater) = q.value(2).toInt();
    }
    return c;
}

QStringList ActionStore::teams() const {
    // One index seek per distinct team (a "skip scan" over action_by_team) instead of reading all
    // 500,000 rows: a DISTINCT over the whole index took ~50 ms on the bench corpus.
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT team FROM action WHERE team > :last COLLATE NOCASE"
                             " ORDER BY team COLLATE NOCASE LIMIT 1"));
    QStringList result;
    QString last = QStringLiteral(""); // '' sorts first, so actions without a team are skipped
    while (true) {
        q.bindValue(QStringLiteral(":last"), last);
        if (!q.exec() || !q.next())
            break;
        last = q.value(0).toString();
        result << last;
        q.finish();
    }
    return result;
}

QList<ActionRow> ActionStore::rows(const ActionFilter &filter, int offset, int limit, QString *error) const {
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // CROSS JOIN keeps action as the outer loop, so SQLite walks a due-ordered index and stops after
    // `limit` rows instead of sorting every action of 100,000 incidents.
    q.prepare(QStringLiteral("SELECT ") + kColumns +
              QStringLiteral(", i.title, i.day FROM action a CROSS JOIN incident i ON i.id = a.incident_id") +
              whereClause(filter) + QStringLiteral(" ORDER BY a.due, a.id LIMIT :limit OFFSET :offset"));
    bindFilter(q, filter, today());
    q.bindValue(QStringLiteral(":limit"), limit);
    q.bindValue(QStringLiteral(":offset"), offset);
    QList<ActionRow> result;
    if (!q.exec()) {
        fail(error, q.lastError().text());
        return result;
    }
    while (q.next()) {
        ActionRow row{readAction(q), q.value(12).toString(),
                      QDate::fromString(q.value(13).toString(), Qt::ISODate)};
        result << row;
    }
    return result;
}

int ActionStore::count(const ActionFilter &filter) const {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM action a") + whereClause(filter));
    bindFilter(q, filter, today());
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

} // namespace hs
