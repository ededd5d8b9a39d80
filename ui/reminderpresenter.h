#pragma once

#include "reminderplanner.h"

#include <QList>
#include <QObject>
#include <QTimer>

namespace hs {

// Turns what the ReminderPlanner finds due into something a person sees, without widgets: one
// notification at a time for the system tray (notify(), which the tray wraps around showMessage),
// or a list for a bar inside the window when there is no tray (windowRemindersChanged()). Checks at
// start() and then every CheckIntervalMs; marks each reminder shown once it was handed on, so it
// shows at most once a day. The planner's clock is the only clock: tests inject it there.
class ReminderPresenter final : public QObject {
    Q_OBJECT
public:
    static constexpr int CheckIntervalMs = 15 * 60 * 1000;
    // Between two notifications, so each stays readable (a new balloon replaces the previous one).
    static constexpr int DefaultSpacingMs = 8000;
    // "Snooze until tomorrow" hides reminders until this hour of the next day.
    static constexpr int SnoozeHour = 9;

    enum class Mode { Notifications, Window };

    explicit ReminderPresenter(ReminderPlanner &planner, QObject *parent = nullptr);

    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    void setSpacing(int ms) { m_spacing.setInterval(ms); }
    QDateTime now() const { return m_planner.now(); }

    // Checks now and then on the timer.
    void start();
    // Reads what is due and hands it on (queued for notifications, listed for the window).
    void check();
    // Hides every reminder known now (queued, shown today, listed in the window) until
    // SnoozeHour tomorrow, and the ones not yet shown are dropped from the queue.
    void snoozeUntilTomorrow();
    // The window's bar was closed: its reminders stay shown for today.
    void dismissWindowReminders();

    QList<Reminder> windowReminders() const { return m_window; }
    int queuedCount() const { return int(m_queue.size()); }

    // The words of a notification, for `now` (pure, tested as a table).
    static QString title(const Reminder &reminder);
    static QString message(const Reminder &reminder, const QDateTime &now);
    // One line for the window's bar and the tray menu.
    static QString line(const Reminder &reminder, const QDateTime &now);
    static QDateTime snoozeEnd(const QDateTime &now);

signals:
    // Show this notification; clicking it opens incidentId.
    void notify(const QString &title, const QString &message, qint64 incidentId);
    void windowRemindersChanged(const QList<hs::Reminder> &reminders);
    void failed(const QString &message);

private:
    void showNext();
    void markShown(const QList<Reminder> &reminders);

    ReminderPlanner &m_planner;
    Mode m_mode = Mode::Notifications;
    QTimer m_checkTimer;
    QTimer m_spacing;
    QList<Reminder> m_queue;
    QList<Reminder> m_shown; // notified during this run, for snoozing
    QList<Reminder> m_window;
};

} // namespace hs
