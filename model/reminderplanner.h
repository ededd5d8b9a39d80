#pragma once

#include <functional>
#include <QDateTime>
#include <QList>
#include <QString>

namespace hs {

class Database;

enum class ReminderKind {
    ReviewDue,          // a review due today or overdue, not done
    ActionOverdue,      // an open now-action past its due date
    DocumentIncomplete, // resolved more than N days ago, document still not written
};

// One notification to show. Clicking it opens incidentId.
struct Reminder {
    ReminderKind kind = ReminderKind::ReviewDue;
    qint64 targetId = 0; // review id, action id or incident id, by kind
    qint64 incidentId = 0;
    QString incidentTitle;
    QString subject; // the action's title; the review's kind key ("week"/"month"); empty otherwise
    QDateTime when;  // review time, action due date (00:00 UTC) or resolution time
};

QString reminderKindKey(ReminderKind kind); // "review", "action", "incident" (stable, stored)

// Decides which reminders to show now, without widgets, so the tray (and the window when there is
// no tray) only displays them. Each reminder shows at most once per local day: markShown() remembers
// the day in the database, so reminders missed while the app was closed appear at next start and a
// restart the same day does not repeat them. snooze() hides one until a given time.
//
// The clock is injectable: tests pass a fixed time, the app passes nothing (the system clock). The
// local day is the clock's date in the clock's time zone.
class ReminderPlanner final {
public:
    using Clock = std::function<QDateTime()>;

    explicit ReminderPlanner(Database &db, Clock clock = {});

    void setIncompleteAfterDays(int days) { m_incompleteAfterDays = days; }
    // At most this many reminders of each kind per check, oldest first; the rest come once these are
    // shown or snoozed (keeps the check fast with thousands of overdue actions).
    void setLimitPerKind(int limit) { m_limitPerKind = limit; }
    QDateTime now() const { return m_clock ? m_clock() : QDateTime::currentDateTime(); }

    // What to notify now: due reviews, then overdue now-actions, then incomplete documents.
    QList<Reminder> pending(QString *error = nullptr) const;
    // Remembers that these were shown today (one transaction).
    bool markShown(const QList<Reminder> &reminders, QString *error = nullptr);
    // Hides the reminder until `until`; a snoozed reminder shows again after that, even the same day.
    bool snooze(const Reminder &reminder, const QDateTime &until, QString *error = nullptr);

private:
    Database &m_db;
    Clock m_clock;
    int m_incompleteAfterDays = 2;
    int m_limitPerKind = 20;
};

} // namespace hs
