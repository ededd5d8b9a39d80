#pragma once

#include <QObject>

class QAction;
class QLabel;
class QMainWindow;
class QMenu;
class QProgressBar;
class QToolBar;
class QToolButton;

namespace hs {

class IncidentEditor;
class IncidentStore;
class SharingApi;
enum class Status;

// Sharing in the main window: "Share" (Ctrl+Shift+S) and "Copy Announcement" for the selected incident,
// Settings → "Share Targets…", progress with a cancel in the status bar, and the incident's status:
// offered to become "documented" before it is shared, "shared" once every enabled target has it.
class ShareController final : public QObject {
    Q_OBJECT
public:
    ShareController(QMainWindow &window, IncidentStore &store, IncidentEditor &editor, SharingApi &api);

    // Adds the actions to the File menu (before `before`), the toolbar (before `toolbarBefore`) and the
    // Settings menu.
    void addEntries(QMenu *file, QAction *before, QToolBar *toolbar, QAction *toolbarBefore, QMenu *settings);

    void share();
    void copyAnnouncement();
    void openSettings();
    void cancel();
    // Enables the actions for the editor's incident.
    void updateActions();

    QProgressBar *progressBar() const { return m_progress; }
    QToolButton *cancelButton() const { return m_cancel; }

signals:
    void message(const QString &text);

private:
    void setStatus(qint64 incidentId, Status status);
    void jobChanged(qint64 jobId, qint64 incidentId);
    void busyChanged(bool busy);

    QMainWindow &m_window;
    IncidentStore &m_store;
    IncidentEditor &m_editor;
    SharingApi &m_api;
    QAction *m_share = nullptr;
    QAction *m_announce = nullptr;
    QAction *m_settings = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_progressText = nullptr;
    QToolButton *m_cancel = nullptr;
};

} // namespace hs
