#include "reminderplanner.h"

#include "database.h"
#include "failure.h"
#include "incident.h"
#include "reviewstore.h"

#include <algorithm>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace hs {

namespace {

QString utcText(const QDateTime &t) {
    return t.toUTC().toString(Qt::ISODate);
}

// Leaves out what was shown today or is snoozed; `s` is the reminder_state row of the candidate.
const QString kNotShownClause =
    QStringLiteral(" AND coalesce(s.shown_day, '') <> :today AND coalesce(s.snoozed_until, '') <= :now");

QString stateJoin(const char *kind, const char *idColumn) {
    return QStringLiteral(" LEFT JOIN reminder_state s ON s.kind = '%1' AND s.target_id = %2")
        .arg(QLatin1String(kind), QLatin1String(idColumn));
}

} // namespace

QString reminderKindKey(ReminderKind kind) {
    switch (kind) {
    case ReminderKind::ReviewDue:
        return QStringLiteral("review");
    case ReminderKind::ActionOverdue:
        return QStringLiteral("action");
    case ReminderKind::DocumentIncomplete:
        return QStringLiteral("incident");
    }
    return {};
}

ReminderPlanner::ReminderPlanner(Database &db, Clock clock)
    : m_db(db)
    , m_clock(std::move(clock)) {}

QList<Reminder> ReminderPlanner::pending(QString *error) const {
    const QDateTime current = now();
    const QString today = current.date().toString(Qt::ISODate);
    QList<Reminder> result;
    auto run = [&](QSqlQuery &q, ReminderKind kind, auto &&when) {
        q.bindValue(QStringLiteral(":today"), today);
        q.bindValue(QStringLiteral(":now"), utcText(current));
        q.bindValue(QStringLiteral(":limit"), m_limitPerKind);
        if (!q.exec())
            return fail(error, q.lastError().text());
        while (q.next())
            result << Reminder{kind,
                               q.value(0).toLongLong(),
                               q.value(1).toLongLong(),
                               q.value(2).toString(),
                               q.value(3).toString(),
                               when(q.value(4).toString())};
        return true;
    };
    auto utc = [](const QString &text) {
        QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
        return t.isValid() ? t : QDateTime::fromString(text, Qt::ISODate);
    };

    QSqlQuery reviews(m_db.connection());
    reviews.prepare(QStringLiteral("SELECT r.id, r.incident_id, i.title, r.kind, r.at_utc FROM review r"
                                   " CROSS JOIN incident i ON i.id = r.incident_id") +
                    stateJoin("review", "r.id") +
                    QStringLiteral(" WHERE r.done = 0 AND r.at_utc < :endOfDay") + kNotShownClause +
                    QStringLiteral(" ORDER BY r.at_utc, r.id LIMIT :limit"));
    reviews.bindValue(QStringLiteral(":endOfDay"), utcText(ReviewStore::endOfDay(current)));
    if (!run(reviews, ReminderKind::ReviewDue, utc))
        return {};

    QSqlQuery actions(m_db.connection());
    actions.prepare(QStringLiteral("SELECT a.id, a.incident_id, i.title, a.title, a.due FROM action a"
                                   " CROSS JOIN incident i ON i.id = a.incident_id") +
                    stateJoin("action", "a.id") +
                    QStringLiteral(" WHERE a.status = 'open' AND a.bucket = 'now' AND a.due < :today") +
                    kNotShownClause + QStringLiteral(" ORDER BY a.due, a.id LIMIT :limit"));
    auto day = [](const QString &text) {
        return QDateTime(QDate::fromString(text, Qt::ISODate), QTime(0, 0), QTimeZone::utc());
    };
    if (!run(actions, ReminderKind::ActionOverdue, day))
        return {};

    // Not marked documented yet, or marked but with parts still empty. Read per status through
    // incident_by_resolved, oldest resolution first within each status.
    QSqlQuery incidents(m_db.connection());
    incidents.prepare(QStringLiteral("SELECT i.id, i.id, i.title, '', i.resolved_at FROM incident i") +
                      stateJoin("incident", "i.id") +
                      QStringLiteral(" WHERE i.status IN (1, 2, 3) AND i.resolved_at <= :cutoff"
                                     " AND (i.status = 1 OR i.completeness < :total)") +
                      kNotShownClause + QStringLiteral(" LIMIT :limit"));
    incidents.bindValue(QStringLiteral(":cutoff"),
                        current.toUTC().addDays(-m_incompleteAfterDays).toString(Qt::ISODateWithMs));
    incidents.bindValue(QStringLiteral(":total"), Completeness::Total);
    const qsizetype firstIncident = result.size();
    if (!run(incidents, ReminderKind::DocumentIncomplete, utc))
        return {};
    std::sort(result.begin() + firstIncident, result.end(),
              [](const Reminder &a, const Reminder &b) { return a.when < b.when; });
    return result;
}

bool ReminderPlanner::markShown(const QList<Reminder> &reminders, QString *error) {
    QSqlDatabase &db = m_db.connection();
    if (!db.transaction())
        return fail(error, db.lastError().text());
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("INSERT INTO reminder_state (kind, target_id, shown_day) VALUES (:kind, :id, :day)"
                       " ON CONFLICT (kind, target_id) DO UPDATE SET shown_day = excluded.shown_day"));
    const QString today = now().date().toString(Qt::ISODate);
    for (const Reminder &r : reminders) {
        q.bindValue(QStringLiteral(":kind"), reminderKindKey(r.kind));
        q.bindValue(QStringLiteral(":id"), r.targetId);
        q.bindValue(QStringLiteral(":day"), today);
        if (!q.exec()) {
            const QString message = q.lastError().text();
            db.rollback();
            return fail(error, message);
        }
    }
    if (!db.commit()) {
        db.rollback();
        return fail(error, db.lastError().text());
    }
    return true;
}

bool ReminderPlanner::snooze(const Reminder &reminder, const QDateTime &until, QString *error) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO reminder_state (kind, target_id, snoozed_until) VALUES (:kind, :id, :until)"
        " ON CONFLICT (kind, target_id) DO UPDATE SET snoozed_until = excluded.snoozed_until, shown_day = "
        "''"));
    q.bindValue(QStringLiteral(":kind"), reminderKindKey(reminder.kind));
    q.bindValue(QStringLiteral(":id"), reminder.targetId);
    q.bindValue(QStringLiteral(":until"), utcText(until));
    if (!q.exec())
        return fail(error, q.lastError().text());
    return true;
}

} // namespace hs
