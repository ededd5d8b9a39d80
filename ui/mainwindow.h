#pragma once

#include "documentrenderer.h"

#include <QMainWindow>

class QMenu;
class QSplitter;

namespace hs {

class ActionStore;
class CalendarApi;
class FollowUpsController;
class IncidentEditor;
class IncidentListPanel;
class IncidentStore;
class ReminderPlanner;
class ReviewStore;
class ShareController;
class SharingApi;

// Composes the incident list and the editor, and owns the actions (menus, toolbar, shortcuts) and
// the window's remembered state. Each feature lives in its own widget; this class only wires them.
class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    // What the window's first frame waits for. The app uses FrameFirst: the menus, the tool bar and the
    // list paint first; the selection, the editor's fields and the icons come right after that frame,
    // and the parts of the editor below the fold are built then too. Tests get everything at once.
    enum class StartUp { Complete, FrameFirst };
    explicit MainWindow(IncidentStore &store, StartUp startUp = StartUp::Complete, QWidget *parent = nullptr);

    IncidentListPanel *listPanel() const { return m_list; }
    IncidentEditor *editor() const { return m_editor; }

    // The actions, by object name, for tests and the benchmark: "newIncident", "import", …
    QAction *action(const QString &name) const;

    // Adds the "All actions" and "Due reviews" views and the reminders (tray or in-window bar). They
    // are built after the first paint or on first use; the window works without them.
    void enableFollowUps(ActionStore &actions, ReviewStore &reviews, ReminderPlanner &planner);
    FollowUpsController *followUps() const { return m_followUps; }
    // Adds "Share", "Copy Announcement", Settings → "Share Targets…" and the editor's sharing status.
    // `api` must outlive the window.
    void enableSharing(SharingApi &api);
    // Adds Settings > Calendar… for the CalDAV calendar the reviews go to.
    void enableCalendar(CalendarApi &api);
    ShareController *sharing() const { return m_sharing; }
    // Shows the window (also from the tray) with this incident selected and open in the editor.
    void openIncident(qint64 id);
    void newIncident();
    // Quit for real, also when the tray would keep Hindsight running.
    void quitApplication();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void showIncident(qint64 id);
    void showAndRaise();
    void importDocument();
    void exportDocument(renderer::Format format);
    void deleteIncident();
    void about();
    void showPreferences();
    void applyPreferences(); // followupsettings to the action store and the editor's reviews
    void updateActions();
    void restoreSettings();
    void restoreSelection();
    void saveSettings() const;
    QMenu *settingsMenu();

    IncidentStore &m_store;
    IncidentListPanel *m_list = nullptr;
    IncidentEditor *m_editor = nullptr;
    QSplitter *m_splitter = nullptr;
    QMenu *m_helpMenu = nullptr;
    FollowUpsController *m_followUps = nullptr;
    ShareController *m_sharing = nullptr;
    QMenu *m_settingsMenu = nullptr;
    // Set by enableFollowUps(): exports and imports then carry the actions and reviews.
    ActionStore *m_actions = nullptr;
    ReviewStore *m_reviews = nullptr;
    bool m_quitting = false;
    bool m_deferred = false;
    bool m_awaitingFirstFrame = false; // StartUp::FrameFirst, until the first paint
};

} // namespace hs
