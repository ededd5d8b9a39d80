#pragma once

#include "documentrenderer.h"

#include <QMainWindow>

class QSplitter;

namespace hs {

class IncidentEditor;
class IncidentListPanel;
class IncidentStore;

// Composes the incident list and the editor, and owns the actions (menus, toolbar, shortcuts) and
// the window's remembered state. Each feature lives in its own widget; this class only wires them.
class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(IncidentStore &store, QWidget *parent = nullptr);

    IncidentListPanel *listPanel() const { return m_list; }
    IncidentEditor *editor() const { return m_editor; }

    // The actions, by object name, for tests and the benchmark: "newIncident", "import", …
    QAction *action(const QString &name) const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void showIncident(qint64 id);
    void newIncident();
    void importDocument();
    void exportDocument(renderer::Format format);
    void deleteIncident();
    void about();
    void updateActions();
    void restoreSettings();
    void saveSettings() const;

    IncidentStore &m_store;
    IncidentListPanel *m_list = nullptr;
    IncidentEditor *m_editor = nullptr;
    QSplitter *m_splitter = nullptr;
};

} // namespace hs
