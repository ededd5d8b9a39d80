#pragma once

#include "reminderplanner.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace hs {

// The bar at the top of the window that lists due reminders when there is no system tray. Each
// reminder is a link that opens its incident; the bar can be closed or the reminders snoozed.
class ReminderBanner final : public QFrame {
    Q_OBJECT
public:
    explicit ReminderBanner(QWidget *parent = nullptr);

    // Shows the bar with these reminders, or hides it when there are none.
    void setReminders(const QList<Reminder> &reminders, const QDateTime &now);
    QLabel *label() const { return m_label; }
    QPushButton *snoozeButton() const { return m_snooze; }
    QPushButton *closeButton() const { return m_close; }

signals:
    void incidentRequested(qint64 incidentId);
    void snoozeRequested();
    void dismissed();

private:
    QLabel *m_label = nullptr;
    QPushButton *m_snooze = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace hs
