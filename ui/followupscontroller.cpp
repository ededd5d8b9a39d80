#include "followupscontroller.h"

#include "afterfirstpaint.h"
#include "allactionsview.h"
#include "autostart.h"
#include "duereviewsview.h"
#include "reminderbanner.h"
#include "reminderpresenter.h"
#include "traycontroller.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QSettings>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QVBoxLayout>

namespace hs {

namespace {

const QString kAllActionsOpen = QStringLiteral("views/allActionsOpen");
const QString kDueReviewsOpen = QStringLiteral("views/dueReviewsOpen");
const QString kTrayExplained = QStringLiteral("tray/hiddenExplained");

} // namespace

FollowUpsController::FollowUpsController(QMainWindow &window, ActionStore &actions, ReviewStore &reviews,
                                         ReminderPlanner &planner)
    : QObject(&window)
    , m_window(window)
    , m_actions(actions)
    , m_reviews(reviews)
    , m_planner(planner) {
    afterFirstPaint(&window, [this] { start(); });
}

FollowUpsController::~FollowUpsController() {
    // The tray may hold the last reference to quitting; give the default back.
    if (m_tray)
        QApplication::setQuitOnLastWindowClosed(true);
}

void FollowUpsController::addMenuEntries(QMenu *view, QMenu *settings) {
    m_allActionsAction = view->addAction(tr("&All Actions"), this, &FollowUpsController::showAllActions);
    m_allActionsAction->setObjectName(QStringLiteral("allActions"));
    m_allActionsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_dueReviewsAction = view->addAction(tr("Due &Reviews"), this, &FollowUpsController::showDueReviews);
    m_dueReviewsAction->setObjectName(QStringLiteral("dueReviews"));
    m_dueReviewsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));

    m_startAtLoginAction = settings->addAction(tr("&Start Hindsight at Login"));
    m_startAtLoginAction->setObjectName(QStringLiteral("startAtLogin"));
    m_startAtLoginAction->setCheckable(true);
    // Reading the flag is a stat(); done when the menu opens so start-up does not pay for it.
    connect(settings, &QMenu::aboutToShow, this,
            [this] { m_startAtLoginAction->setChecked(autostart::isEnabled()); });
    connect(m_startAtLoginAction, &QAction::triggered, this, &FollowUpsController::setStartAtLogin);
}

void FollowUpsController::start() {
    if (m_presenter)
        return;
    m_presenter = new ReminderPresenter(m_planner, this);
    connect(m_presenter, &ReminderPresenter::failed, this, &FollowUpsController::message);
    connect(m_presenter, &ReminderPresenter::windowRemindersChanged, this,
            &FollowUpsController::showWindowReminders);
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new TrayController(m_actions, m_reviews, *m_presenter, this);
        connect(m_tray, &TrayController::incidentRequested, this, &FollowUpsController::incidentRequested);
        connect(m_tray, &TrayController::newIncidentRequested, this,
                &FollowUpsController::newIncidentRequested);
        connect(m_tray, &TrayController::showWindowRequested, this,
                &FollowUpsController::showWindowRequested);
        connect(m_tray, &TrayController::quitRequested, this, &FollowUpsController::quitRequested);
        // Hidden in the tray is not "the last window closed".
        QApplication::setQuitOnLastWindowClosed(false);
        m_presenter->setMode(ReminderPresenter::Mode::Notifications);
    } else {
        m_presenter->setMode(ReminderPresenter::Mode::Window);
    }
    const QSettings settings;
    if (settings.value(kAllActionsOpen).toBool())
        showAllActions();
    if (settings.value(kDueReviewsOpen).toBool())
        showDueReviews();
    m_presenter->start();
}

bool FollowUpsController::keepsRunningInTray() const {
    return m_tray && m_tray->icon()->isVisible();
}

void FollowUpsController::explainHiddenToTray() {
    QSettings settings;
    if (!m_tray || settings.value(kTrayExplained).toBool())
        return;
    settings.setValue(kTrayExplained, true);
    m_tray->icon()->showMessage(tr("Hindsight is still running"),
                                tr("Reminders keep coming from the system tray. Choose Quit in its menu to "
                                   "close Hindsight."),
                                QSystemTrayIcon::Information);
}

void FollowUpsController::saveState() const {
    QSettings settings;
    settings.setValue(kAllActionsOpen, m_allActionsDock && m_allActionsDock->isVisible());
    settings.setValue(kDueReviewsOpen, m_dueReviewsDock && m_dueReviewsDock->isVisible());
}

QDockWidget *FollowUpsController::createDock(const char *name, const QString &title, QWidget *content,
                                             QAction *toggle) {
    auto *dock = new QDockWidget(title, &m_window);
    dock->setObjectName(QLatin1String(name));
    dock->setWidget(content);
    dock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::TopDockWidgetArea | Qt::RightDockWidgetArea);
    // The other dock, if there is one, shares the area as a tab.
    QDockWidget *other = m_allActionsDock ? m_allActionsDock : m_dueReviewsDock;
    m_window.addDockWidget(Qt::BottomDockWidgetArea, dock);
    if (other && m_window.dockWidgetArea(other) == Qt::BottomDockWidgetArea)
        m_window.tabifyDockWidget(other, dock);
    // Where the user left it last time, when the window's saved state knows the dock.
    m_window.restoreDockWidget(dock);
    if (toggle)
        toggle->setToolTip(
            QStringLiteral("%1 (%2)").arg(title, toggle->shortcut().toString(QKeySequence::NativeText)));
    return dock;
}

AllActionsView *FollowUpsController::allActionsView() {
    if (!m_allActions) {
        m_allActions = new AllActionsView(m_actions);
        connect(m_allActions, &AllActionsView::incidentRequested, this,
                &FollowUpsController::incidentRequested);
        m_allActionsDock = createDock("allActionsDock", tr("All Actions"), m_allActions, m_allActionsAction);
    }
    return m_allActions;
}

DueReviewsView *FollowUpsController::dueReviewsView() {
    if (!m_dueReviews) {
        m_dueReviews = new DueReviewsView(m_reviews, [this] { return m_planner.now(); });
        connect(m_dueReviews, &DueReviewsView::incidentRequested, this,
                &FollowUpsController::incidentRequested);
        connect(m_dueReviews, &DueReviewsView::message, this, &FollowUpsController::message);
        m_dueReviewsDock = createDock("dueReviewsDock", tr("Due Reviews"), m_dueReviews, m_dueReviewsAction);
    }
    return m_dueReviews;
}

void FollowUpsController::showAllActions() {
    allActionsView();
    m_allActionsDock->show();
    m_allActionsDock->raise();
    m_allActions->view()->setFocus();
}

void FollowUpsController::showDueReviews() {
    dueReviewsView();
    m_dueReviewsDock->show();
    m_dueReviewsDock->raise();
    m_dueReviews->view()->setFocus();
}

void FollowUpsController::showWindowReminders() {
    const QList<Reminder> reminders = m_presenter->windowReminders();
    if (!m_banner) {
        if (reminders.isEmpty())
            return;
        m_banner = new ReminderBanner;
        connect(m_banner, &ReminderBanner::incidentRequested, this, &FollowUpsController::incidentRequested);
        connect(m_banner, &ReminderBanner::snoozeRequested, m_presenter,
                &ReminderPresenter::snoozeUntilTomorrow);
        connect(m_banner, &ReminderBanner::dismissed, m_presenter,
                &ReminderPresenter::dismissWindowReminders);
        // The bar goes above whatever the window shows.
        QWidget *central = m_window.takeCentralWidget();
        auto *box = new QWidget;
        auto *layout = new QVBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(0);
        auto *bannerRow = new QVBoxLayout;
        bannerRow->setContentsMargins(6, 6, 6, 0);
        bannerRow->addWidget(m_banner);
        layout->addLayout(bannerRow);
        if (central)
            layout->addWidget(central, 1);
        m_window.setCentralWidget(box);
    }
    m_banner->setReminders(reminders, m_presenter->now());
}

void FollowUpsController::setStartAtLogin(bool on) {
    QString error;
    if (!autostart::setEnabled(on, QCoreApplication::applicationFilePath(), &error)) {
        m_startAtLoginAction->setChecked(!on);
        emit message(error);
        return;
    }
    emit message(on ? tr("Hindsight will start at login.") : tr("Hindsight will no longer start at login."));
}

} // namespace hs
