#include "mainwindow.h"

#include "actionstore.h"
#include "afterfirstpaint.h"
#include "calendarsettingsdialog.h"
#include "documentfiles.h"
#include "followupscontroller.h"
#include "followupsettings.h"
#include "incidenteditor.h"
#include "incidentlistmodel.h"
#include "incidentlistpanel.h"
#include "incidentstore.h"
#include "newincidentdialog.h"
#include "preferencesdialog.h"
#include "prompts.h"
#include "reviewspanel.h"
#include "sharecontroller.h"
#include "sharestatuspanel.h"
#include "theme.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>

namespace hs {

namespace {

constexpr int MessageTimeoutMs = 5000;

} // namespace

MainWindow::MainWindow(IncidentStore &store, StartUp startUp, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_list(new IncidentListPanel(store, this))
    , m_editor(new IncidentEditor(store, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this)) {
    setObjectName(QStringLiteral("mainWindow"));
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_list);
    m_splitter->addWidget(m_editor);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setContentsMargins(6, 6, 6, 0);
    setCentralWidget(m_splitter);
    statusBar()->addPermanentWidget(m_editor->saveStatus());
    setTabOrder(m_list->filterEdit(), m_list->view());
    setTabOrder(m_list->view(), m_editor);

    createActions();
    connect(m_list, &IncidentListPanel::currentChanged, this, &MainWindow::showIncident);
    connect(m_editor, &IncidentEditor::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, MessageTimeoutMs); });
    connect(m_editor, &IncidentEditor::titleChanged, this, [this](const QString &title) {
        setWindowTitle(title.isEmpty() ? QString() : title);
        updateActions();
    });
    m_deferred = startUp == StartUp::FrameFirst;
    if (m_deferred) {
        // Blank rather than "No incident selected" for the one frame before the selection is back.
        m_editor->setUpdatesEnabled(false);
        theme::holdIcons();
        m_awaitingFirstFrame = true;
        afterFirstPaint(this, [this] {
            m_awaitingFirstFrame = false;
            restoreSelection();
            m_editor->setUpdatesEnabled(true);
            theme::releaseIcons(this);
        });
    }
    restoreSettings();
    if (!m_deferred)
        restoreSelection();
    updateActions();
}

QAction *MainWindow::action(const QString &name) const {
    return findChild<QAction *>(name);
}

void MainWindow::createActions() {
    auto add = [this](QMenu *menu, const char *name, const QString &text, const QKeySequence &shortcut,
                      const QIcon &icon, auto slot) {
        auto *a = new QAction(icon, text, this);
        a->setObjectName(QLatin1String(name));
        a->setShortcut(shortcut);
        a->setToolTip(
            QStringLiteral("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')).remove(QStringLiteral("…")),
                                          shortcut.toString(QKeySequence::NativeText)));
        connect(a, &QAction::triggered, this, slot);
        menu->addAction(a);
        return a;
    };
    using renderer::Format;
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *create =
        add(file, "newIncident", tr("&New Incident…"), QKeySequence::New,
            theme::icon(QStringLiteral("document-new"), QStyle::SP_FileIcon), &MainWindow::newIncident);
    QAction *import = add(file, "import", tr("&Import…"), QKeySequence::Open,
                          theme::icon(QStringLiteral("document-import"), QStyle::SP_DialogOpenButton),
                          &MainWindow::importDocument);
    QMenu *exportMenu = file->addMenu(
        theme::icon(QStringLiteral("document-export"), QStyle::SP_DialogSaveButton), tr("&Export"));
    QAction *pdf = add(exportMenu, "exportPdf", tr("&PDF…"), QKeySequence::Print,
                       theme::icon(QStringLiteral("document-print"), QStyle::SP_DialogSaveButton),
                       [this] { exportDocument(Format::Pdf); });
    pdf->setIconText(tr("Export PDF"));
    add(exportMenu, "exportMarkdown", tr("&Markdown…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M), {},
        [this] { exportDocument(Format::Markdown); });
    add(exportMenu, "exportHtml", tr("&HTML…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H), {},
        [this] { exportDocument(Format::Html); });
    add(exportMenu, "exportJson", tr("&JSON…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J), {},
        [this] { exportDocument(Format::Json); });
    file->addSeparator();
    add(file, "quit", tr("&Quit"), QKeySequence::Quit,
        theme::icon(QStringLiteral("application-exit"), QStyle::SP_DialogCloseButton),
        &MainWindow::quitApplication);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *copy =
        add(edit, "copyChannel", tr("&Copy Channel Name"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
            theme::icon(QStringLiteral("edit-copy")), [this] { m_editor->copyChannelName(); });
    copy->setIconText(tr("Copy Channel"));
    add(edit, "find", tr("&Find…"), QKeySequence::Find,
        theme::icon(QStringLiteral("edit-find"), QStyle::SP_FileDialogContentsView),
        [this] { m_list->focusFilter(); });
    edit->addSeparator();
    QAction *remove = add(
        edit, "deleteIncident", tr("&Delete Incident…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete),
        theme::icon(QStringLiteral("edit-delete"), QStyle::SP_TrashIcon), &MainWindow::deleteIncident);
    // Delete in the list deletes too (the window-wide shortcut must not steal it from text fields).
    auto *deleteInList = new QAction(this);
    deleteInList->setShortcut(QKeySequence::Delete);
    deleteInList->setShortcutContext(Qt::WidgetShortcut);
    connect(deleteInList, &QAction::triggered, this, &MainWindow::deleteIncident);
    m_list->view()->addAction(deleteInList);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    m_helpMenu = help;
    add(help, "about", tr("&About Hindsight"), QKeySequence::HelpContents,
        theme::icon(QStringLiteral("help-about"), QStyle::SP_MessageBoxInformation), &MainWindow::about);

    QToolBar *toolbar = addToolBar(tr("Main Toolbar"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(create);
    toolbar->addAction(import);
    toolbar->addSeparator();
    toolbar->addAction(pdf);
    toolbar->addAction(copy);
    toolbar->addSeparator();
    toolbar->addAction(remove);
}

void MainWindow::enableFollowUps(ActionStore &actions, ReviewStore &reviews, ReminderPlanner &planner) {
    if (m_followUps)
        return;
    m_followUps = new FollowUpsController(*this, actions, reviews, planner);
    m_actions = &actions;
    m_reviews = &reviews;
    if (m_deferred)
        afterFirstPaint(this, [this, &actions, &reviews] {
            m_editor->setFollowUp(actions, reviews);
            applyPreferences();
        });
    else
        m_editor->setFollowUp(actions, reviews);
    applyPreferences();
    auto *view = new QMenu(tr("&View"), this);
    menuBar()->insertMenu(m_helpMenu->menuAction(), view);
    m_followUps->addMenuEntries(view, settingsMenu());
    QAction *preferences = settingsMenu()->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    preferences->setObjectName(QStringLiteral("preferences"));
    preferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferences->setMenuRole(QAction::PreferencesRole);
    connect(m_followUps, &FollowUpsController::incidentRequested, this, &MainWindow::openIncident);
    connect(m_followUps, &FollowUpsController::newIncidentRequested, this, [this] {
        showAndRaise();
        newIncident();
    });
    connect(m_followUps, &FollowUpsController::showWindowRequested, this, &MainWindow::showAndRaise);
    connect(m_followUps, &FollowUpsController::quitRequested, this, &MainWindow::quitApplication);
    // Logging out closes every window first: hiding to the tray then would cancel the logout.
    connect(qApp, &QGuiApplication::commitDataRequest, this, [this] { m_quitting = true; });
    connect(m_followUps, &FollowUpsController::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, MessageTimeoutMs); });
}

void MainWindow::showPreferences() {
    PreferencesDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        applyPreferences();
}

void MainWindow::applyPreferences() {
    if (m_actions)
        m_actions->setDueDefaults(followupsettings::dueDefaults());
    if (ReviewsPanel *panel = m_editor->reviewsPanel()) {
        ReviewRules rules;
        rules.time = followupsettings::reviewTime();
        panel->setRules(rules);
    }
}

void MainWindow::enableCalendar(CalendarApi &api) {
    m_editor->setCalendar(&api);
    QAction *calendar = settingsMenu()->addAction(tr("&Calendar…"), this, [this, &api] {
        CalendarSettingsDialog dialog(api, this);
        dialog.exec();
    });
    calendar->setObjectName(QStringLiteral("calendarSettings"));
}

QMenu *MainWindow::settingsMenu() {
    if (!m_settingsMenu) {
        m_settingsMenu = new QMenu(tr("&Settings"), this);
        menuBar()->insertMenu(m_helpMenu->menuAction(), m_settingsMenu);
    }
    return m_settingsMenu;
}

void MainWindow::enableSharing(SharingApi &api) {
    if (m_sharing)
        return;
    m_sharing = new ShareController(*this, m_store, *m_editor, api);
    QMenu *file = menuBar()->actions().constFirst()->menu(); // File is always the first menu
    m_sharing->addEntries(file, action(QStringLiteral("quit")),
                          findChild<QToolBar *>(QStringLiteral("mainToolbar")),
                          action(QStringLiteral("copyChannel")), settingsMenu());
    connect(m_sharing, &ShareController::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, MessageTimeoutMs); });
    m_editor->setSharing(api);
    connect(m_editor->sharePanel(), &ShareStatusPanel::shareRequested, m_sharing, &ShareController::share);
    connect(m_editor->sharePanel(), &ShareStatusPanel::copyAnnouncementRequested, m_sharing,
            &ShareController::copyAnnouncement);
    connect(m_editor->sharePanel(), &ShareStatusPanel::settingsRequested, m_sharing,
            &ShareController::openSettings);
    updateActions();
}

void MainWindow::showAndRaise() {
    if (isMinimized())
        showNormal();
    else
        show();
    raise();
    activateWindow();
}

void MainWindow::openIncident(qint64 id) {
    showAndRaise();
    if (id == 0)
        return;
    m_list->select(id);
    showIncident(id);
}

void MainWindow::quitApplication() {
    m_quitting = true;
    const bool closed = close();
    m_quitting = false;
    if (closed)
        QCoreApplication::quit();
}

void MainWindow::showIncident(qint64 id) {
    // The list makes its first row current when it gets the focus, as the window is activated and
    // before it is painted: building the editor's form then would delay the first frame. The
    // selection is restored right after it instead.
    if (m_awaitingFirstFrame)
        return;
    QString error;
    if (!m_editor->showIncident(id, &error)) {
        // The edit that could not be written stays in the editor; so does the selection.
        statusBar()->showMessage(tr("Cannot open another incident: %1").arg(error), MessageTimeoutMs);
        m_list->select(m_editor->incidentId(), false);
    }
}

void MainWindow::newIncident() {
    NewIncidentDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    const std::optional<Incident> incident = m_store.create(dialog.title(), dialog.date(), &error);
    if (!incident) {
        prompts::critical(this, tr("The incident could not be declared."), error);
        return;
    }
    m_list->select(incident->id);
    showIncident(incident->id);
    m_editor->focusFirstSection();
}

void MainWindow::importDocument() {
    if (const std::optional<qint64> id = documentfiles::importIncident(this, m_store, m_actions, m_reviews)) {
        m_list->select(*id);
        showIncident(*id);
        statusBar()->showMessage(tr("Imported “%1”.").arg(m_editor->incident().title), MessageTimeoutMs);
    }
}

void MainWindow::exportDocument(renderer::Format format) {
    if (m_editor->incidentId() == 0)
        return;
    m_editor->flush(); // the export shows everything typed; a failed save is reported by the editor
    const QString path =
        documentfiles::exportIncident(this, m_editor->incident(), format, m_actions, m_reviews);
    if (!path.isEmpty())
        statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)), MessageTimeoutMs);
}

void MainWindow::deleteIncident() {
    const qint64 id = m_editor->incidentId();
    if (id == 0)
        return;
    const auto answer = prompts::ask(this, QMessageBox::Question,
                                     tr("Delete the post-mortem “%1”?").arg(m_editor->incident().title),
                                     tr("Every section of it is deleted. This cannot be undone."),
                                     QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    const int row = m_list->view()->currentIndex().row();
    m_editor->clear();
    QString error;
    if (!m_store.remove(id, &error)) {
        prompts::critical(this, tr("The incident could not be deleted."), error);
        showIncident(id);
        return;
    }
    m_list->selectRow(row);
}

void MainWindow::about() {
    QMessageBox::about(this, tr("About Hindsight"),
                       tr("<h3>Hindsight %1</h3><p>Minimum viable post-mortems for small engineering teams: "
                          "declare the incident, write down what happened, share what would have "
                          "prevented it.</p>")
                           .arg(QApplication::applicationVersion()));
}

void MainWindow::updateActions() {
    const bool hasIncident = m_editor->incidentId() != 0;
    for (const char *name :
         {"exportPdf", "exportMarkdown", "exportHtml", "exportJson", "copyChannel", "deleteIncident"})
        action(QLatin1String(name))->setEnabled(hasIncident);
    if (m_sharing)
        m_sharing->updateActions();
}

void MainWindow::closeEvent(QCloseEvent *event) {
    QString error;
    while (!m_editor->flush(&error)) {
        const auto answer =
            prompts::ask(this, QMessageBox::Warning, tr("Your last changes could not be saved."), error,
                         QMessageBox::Retry | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Retry);
        if (answer == QMessageBox::Discard) {
            m_editor->clear();
            break;
        }
        if (answer != QMessageBox::Retry) {
            event->ignore();
            return;
        }
    }
    saveSettings();
    if (!m_quitting && m_followUps && m_followUps->keepsRunningInTray()) {
        hide();
        m_followUps->explainHiddenToTray();
        event->ignore();
        return;
    }
    event->accept();
}

void MainWindow::restoreSettings() {
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1100, 720);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    if (!m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray()))
        m_splitter->setSizes({440, 660});
    m_list->restoreHeaderState(settings.value(QStringLiteral("list/header")).toByteArray());
}

void MainWindow::restoreSelection() {
    // Only the loaded rows are searched for the last incident, so a huge list still opens at once.
    const qint64 last = QSettings().value(QStringLiteral("list/lastIncident")).toLongLong();
    if (last != 0 && m_editor->showIncident(last)) {
        m_list->select(last, false);
        return;
    }
    m_list->selectRow(0);
    // Row 0 may have been made current before the first frame, when showIncident() ignored it.
    if (const qint64 current = m_list->currentId(); current != 0 && current != m_editor->incidentId())
        showIncident(current);
}

void MainWindow::saveSettings() const {
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("list/header"), m_list->saveHeaderState());
    settings.setValue(QStringLiteral("list/lastIncident"), m_editor->incidentId());
    if (m_followUps)
        m_followUps->saveState();
}

} // namespace hs
