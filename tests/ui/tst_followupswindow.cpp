#include "allactionsmodel.h"
#include "allactionsview.h"
#include "autostart.h"
#include "followupfixture.h"
#include "followupscontroller.h"
#include "incidenteditor.h"
#include "mainwindow.h"
#include "reminderbanner.h"
#include "reminderpresenter.h"
#include "uitestsupport.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QTimer>

using namespace hs;

// The main window with follow-ups enabled and no system tray (offscreen has none): reminders show in
// a bar inside the window, and closing the window quits.
class TestFollowUpsWindow final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void views_areBuiltOnFirstUse();
    void allActions_activationOpensTheIncident();
    void noTray_bannerShowsDueRemindersAndOpensThem();
    void noTray_snoozeHidesTheBanner();
    void noTray_closingQuits();
    void startAtLogin_writesAndRemovesTheAutostartEntry();
    void deferUntilFirstPaint_editorComesRightAfter();

private:
    std::unique_ptr<test::FollowUpFixture> m_f;
    std::unique_ptr<MainWindow> m_window;
};

void TestFollowUpsWindow::initTestCase() {
    QVERIFY(!QSystemTrayIcon::isSystemTrayAvailable());
}

void TestFollowUpsWindow::init() {
    QSettings().clear();
    m_f = std::make_unique<test::FollowUpFixture>();
    QString error;
    QVERIFY2(m_f->setUp(&error), qPrintable(error));
    m_window = std::make_unique<MainWindow>(*m_f->incidents);
    m_window->enableFollowUps(*m_f->actions, *m_f->reviews, *m_f->planner);
    QVERIFY(!m_window->followUps()->started()); // nothing before the first paint
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY(m_window->followUps()->started());
}

void TestFollowUpsWindow::cleanup() {
    m_window.reset();
    m_f.reset();
}

void TestFollowUpsWindow::views_areBuiltOnFirstUse() {
    FollowUpsController *followUps = m_window->followUps();
    QVERIFY(!followUps->allActionsDock());
    QVERIFY(!followUps->dueReviewsDock());
    QVERIFY(!m_window->findChild<AllActionsView *>());
    QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(followUps->allActionsDock());
    QTRY_VERIFY(followUps->allActionsDock()->isVisible());
    QVERIFY(!followUps->dueReviewsDock());
    QTest::keyClick(m_window.get(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(followUps->dueReviewsDock() && followUps->dueReviewsDock()->isVisible());
    // Both sit at the bottom, as tabs of one area.
    QCOMPARE(m_window->tabifiedDockWidgets(followUps->allActionsDock()),
             QList<QDockWidget *>{followUps->dueReviewsDock()});
}

void TestFollowUpsWindow::allActions_activationOpensTheIncident() {
    m_window->action(QStringLiteral("allActions"))->trigger();
    AllActionsView *view = m_window->followUps()->allActionsView();
    QTableView *table = view->view();
    int row = -1;
    for (int r = 0; r < view->model()->rowCount(); ++r) {
        if (view->model()->index(r, AllActionsModel::TitleColumn).data().toString() ==
            QStringLiteral("Add alert"))
            row = r;
    }
    QVERIFY(row >= 0);
    m_window->openIncident(m_f->dns);
    QCOMPARE(m_window->editor()->incidentId(), m_f->dns);
    table->setCurrentIndex(view->model()->index(row, AllActionsModel::TitleColumn));
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(m_window->editor()->incidentId(), m_f->checkout);
    QCOMPARE(m_window->editor()->incident().title, QStringLiteral("Checkout outage"));
}

void TestFollowUpsWindow::noTray_bannerShowsDueRemindersAndOpensThem() {
    ReminderBanner *banner = m_window->followUps()->banner();
    QVERIFY(banner);
    QTRY_VERIFY(banner->isVisible());
    const QString text = banner->label()->text();
    QVERIFY2(text.contains(QStringLiteral("Checkout outage")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Add alert")), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("DNS flap"))); // its review is not due yet
    // The bar sits above the list and the editor.
    QVERIFY(banner->mapTo(m_window.get(), QPoint(0, 0)).y() <
            m_window->editor()->mapTo(m_window.get(), QPoint(0, 0)).y());

    // A reminder's link opens its incident.
    m_window->openIncident(m_f->dns);
    QCOMPARE(m_window->editor()->incidentId(), m_f->dns);
    emit banner->label()->linkActivated(QStringLiteral("incident:%1").arg(m_f->checkout));
    QCOMPARE(m_window->editor()->incidentId(), m_f->checkout);

    // Closing the bar keeps them shown for today: a later check does not bring them back.
    QTest::mouseClick(banner->closeButton(), Qt::LeftButton);
    QVERIFY(!banner->isVisible());
    m_window->followUps()->presenter()->check();
    QVERIFY(!banner->isVisible());
}

void TestFollowUpsWindow::noTray_snoozeHidesTheBanner() {
    ReminderBanner *banner = m_window->followUps()->banner();
    QTRY_VERIFY(banner && banner->isVisible());
    QTest::mouseClick(banner->snoozeButton(), Qt::LeftButton);
    QVERIFY(!banner->isVisible());
    // Tomorrow after nine they are back.
    m_f->now = test::FollowUpFixture::utc(3, 14, 10);
    m_window->followUps()->presenter()->check();
    QVERIFY(banner->isVisible());
}

void TestFollowUpsWindow::noTray_closingQuits() {
    // Qt quits on the last window closed only inside exec(): run it, close the window from inside,
    // and let a watchdog end the loop (and fail) when closing did not quit.
    QVERIFY(QApplication::quitOnLastWindowClosed());
    bool watchdogFired = false;
    QTimer watchdog;
    watchdog.setSingleShot(true);
    connect(&watchdog, &QTimer::timeout, qApp, [&watchdogFired] {
        watchdogFired = true;
        QCoreApplication::exit(1);
    });
    watchdog.start(5000);
    QTimer::singleShot(0, m_window.get(), [this] { m_window->close(); });
    QCOMPARE(QApplication::exec(), 0);
    QVERIFY(!watchdogFired);
    QVERIFY(!m_window->isVisible());
}

void TestFollowUpsWindow::startAtLogin_writesAndRemovesTheAutostartEntry() {
    QAction *startAtLogin = m_window->action(QStringLiteral("startAtLogin"));
    QVERIFY(startAtLogin && startAtLogin->isCheckable());
    QVERIFY(!autostart::isEnabled());
    QVERIFY(autostart::entryPath().startsWith(QFile::decodeName(qgetenv("XDG_CONFIG_HOME"))));
    startAtLogin->trigger();
    QVERIFY(startAtLogin->isChecked());
    QVERIFY(autostart::isEnabled());
    startAtLogin->trigger();
    QVERIFY(!startAtLogin->isChecked());
    QVERIFY(!autostart::isEnabled());
}

void TestFollowUpsWindow::deferUntilFirstPaint_editorComesRightAfter() {
    // What the app does: the editor paints, and gets its actions and reviews, after the first paint.
    MainWindow window(*m_f->incidents);
    window.deferUntilFirstPaint();
    window.enableFollowUps(*m_f->actions, *m_f->reviews, *m_f->planner);
    QVERIFY(!window.editor()->updatesEnabled());
    QVERIFY(!window.editor()->actionsPanel());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(window.editor()->updatesEnabled());
    QTRY_VERIFY(window.editor()->actionsPanel());
    QTRY_VERIFY(window.followUps()->started());
}

QTEST_MAIN(TestFollowUpsWindow)
#include "tst_followupswindow.moc"
