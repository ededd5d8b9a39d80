#pragma once

#include <QObject>

class QMenu;
class QSystemTrayIcon;

namespace hs {

class ActionStore;
class ReminderPresenter;
class ReviewStore;

// The system tray icon: a menu (New incident, Show Hindsight, the due reviews, the overdue
// now-actions, Snooze, Quit) and the presenter's notifications as balloons. Only created when
// QSystemTrayIcon::isSystemTrayAvailable(); the window decides what to do with the requests.
class TrayController final : public QObject {
    Q_OBJECT
public:
    // At most this many due reviews and overdue actions each in the menu.
    static constexpr int MenuItemsPerKind = 8;

    TrayController(ActionStore &actions, ReviewStore &reviews, ReminderPresenter &presenter,
                   QObject *parent = nullptr);
    ~TrayController() override;

    QSystemTrayIcon *icon() const { return m_icon; }
    QMenu *menu() const { return m_menu; }
    // Refills the menu's reviews and actions (also done each time the menu opens).
    void refreshMenu();
    // The incident the last notification was about (what a click on it opens).
    qint64 lastNotifiedIncident() const { return m_lastIncident; }

signals:
    void newIncidentRequested();
    void showWindowRequested();
    void incidentRequested(qint64 incidentId);
    void quitRequested();

private:
    void showNotification(const QString &title, const QString &message, qint64 incidentId);

    ActionStore &m_actions;
    ReviewStore &m_reviews;
    ReminderPresenter &m_presenter;
    QMenu *m_menu = nullptr;
    QSystemTrayIcon *m_icon = nullptr;
    qint64 m_lastIncident = 0;
};

} // namespace hs
