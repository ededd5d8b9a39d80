#pragma once

#include <QObject>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;

namespace hs {

class ActionStore;
class AllActionsView;
class DueReviewsView;
class ReminderBanner;
class ReminderPlanner;
class ReminderPresenter;
class ReviewStore;
class TrayController;

// Everything of the window that keeps follow-ups from being forgotten: the "All actions" and "Due
// reviews" docks, reminders (in the system tray when one exists, else in a bar in the window) and
// "Start Hindsight at login". Nothing here is built before the window's first paint: the docks on
// first use, the rest in start(). The window asks it what closing means (hide to the tray or quit).
class FollowUpsController final : public QObject {
    Q_OBJECT
public:
    FollowUpsController(QMainWindow &window, ActionStore &actions, ReviewStore &reviews,
                        ReminderPlanner &planner);
    ~FollowUpsController() override;

    // The View and Settings entries (cheap: no view is built yet).
    void addMenuEntries(QMenu *view, QMenu *settings);
    // After the first paint: reminders in the tray or the window, and the docks that were open.
    void start();
    bool started() const { return m_presenter != nullptr; }

    // True when closing the window should only hide it (a tray icon is showing).
    bool keepsRunningInTray() const;
    // Once: tell the user that Hindsight is still running in the tray.
    void explainHiddenToTray();
    void saveState() const;

    AllActionsView *allActionsView(); // created on first call
    DueReviewsView *dueReviewsView(); // created on first call
    QDockWidget *allActionsDock() const { return m_allActionsDock; }
    QDockWidget *dueReviewsDock() const { return m_dueReviewsDock; }
    ReminderPresenter *presenter() const { return m_presenter; }
    TrayController *tray() const { return m_tray; }
    ReminderBanner *banner() const { return m_banner; }

    void showAllActions();
    void showDueReviews();

signals:
    void incidentRequested(qint64 incidentId);
    void newIncidentRequested();
    void showWindowRequested();
    void quitRequested();
    void message(const QString &text);

private:
    QDockWidget *createDock(const char *name, const QString &title, QWidget *content, QAction *toggle);
    void showWindowReminders();
    void setStartAtLogin(bool on);

    QMainWindow &m_window;
    ActionStore &m_actions;
    ReviewStore &m_reviews;
    ReminderPlanner &m_planner;
    QAction *m_allActionsAction = nullptr;
    QAction *m_dueReviewsAction = nullptr;
    QAction *m_startAtLoginAction = nullptr;
    QDockWidget *m_allActionsDock = nullptr;
    QDockWidget *m_dueReviewsDock = nullptr;
    AllActionsView *m_allActions = nullptr;
    DueReviewsView *m_dueReviews = nullptr;
    ReminderPresenter *m_presenter = nullptr;
    TrayController *m_tray = nullptr;
    ReminderBanner *m_banner = nullptr;
};

} // namespace hs
