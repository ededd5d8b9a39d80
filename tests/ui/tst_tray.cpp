#include "followupfixture.h"
#include "followupscontroller.h"
#include "incidenteditor.h"
#include "mainwindow.h"
#include "reminderpresenter.h"
#include "traycontroller.h"
#include "uitestsupport.h"

#include <QMenu>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QSystemTrayIcon>

using namespace hs;

// The system tray for real: run by tests/ui/run-with-tray.sh under Xvfb with trayer as the tray host.
// Set HINDSIGHT_TRAY_SCREENSHOT=file.png to keep a picture of the screen with a notification.
class TestTray final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void icon_isShownWithItsMenu();
    void dueReview_producesANotificationThatOpensTheIncident();
    void closing_keepsRunningInTheTray();

private:
    TrayController *tray() const { return m_window->followUps()->tray(); }
    QStringList menuEntries() const;

    std::unique_ptr<test::FollowUpFixture> m_f;
    std::unique_ptr<MainWindow> m_window;
};

void TestTray::initTestCase() {
    QCOMPARE(QGuiApplication::platformName(), QStringLiteral("xcb"));
    // trayer starts next to the test: wait until it owns the tray selection.
    QTRY_VERIFY_WITH_TIMEOUT(QSystemTrayIcon::isSystemTrayAvailable(), 10000);
}

void TestTray::init() {
    QSettings().clear();
    m_f = std::make_unique<test::FollowUpFixture>();
    QString error;
    QVERIFY2(m_f->setUp(&error), qPrintable(error));
    m_window = std::make_unique<MainWindow>(*m_f->incidents);
    m_window->enableFollowUps(*m_f->actions, *m_f->reviews, *m_f->planner);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY(m_window->followUps()->started());
    QVERIFY(tray());
    QVERIFY(!m_window->followUps()->banner()); // with a tray, reminders are notifications
}

void TestTray::cleanup() {
    m_window.reset();
    m_f.reset();
}

QStringList TestTray::menuEntries() const {
    QStringList names;
    for (const QAction *a : tray()->menu()->actions()) {
        if (!a->isSeparator())
            names << a->objectName();
    }
    return names;
}

void TestTray::icon_isShownWithItsMenu() {
    QTRY_VERIFY(tray()->icon()->isVisible());
    // Embedded by the tray host: it has a place on the screen.
    QTRY_VERIFY(!tray()->icon()->geometry().isEmpty());
    QCOMPARE(tray()->icon()->contextMenu(), tray()->menu());
    // The overdue +1 week review of "Checkout outage" and its overdue now-action "Add alert".
    QCOMPARE(menuEntries(), (QStringList{QStringLiteral("trayNewIncident"), QStringLiteral("trayShow"),
                                         QStringLiteral("trayReview"), QStringLiteral("trayAction"),
                                         QStringLiteral("traySnooze"), QStringLiteral("trayQuit")}));
    const QAction *review = tray()->menu()->findChild<QAction *>(QStringLiteral("trayReview"));
    QVERIFY(review->text().contains(QStringLiteral("Checkout outage")));

    // Choosing the review opens its incident.
    m_window->openIncident(m_f->dns);
    tray()->menu()->findChild<QAction *>(QStringLiteral("trayReview"))->trigger();
    QCOMPARE(m_window->editor()->incidentId(), m_f->checkout);
}

void TestTray::dueReview_producesANotificationThatOpensTheIncident() {
    // At start the due reminders of the fixture were notified, the first one at once.
    QCOMPARE(tray()->lastNotifiedIncident(), m_f->checkout);

    // A review of "DNS flap" that falls due: the next check notifies it.
    QString error;
    QVERIFY(m_f->reviews->create(m_f->dns, ReviewKind::Month, test::FollowUpFixture::utc(3, 13, 8), &error));
    ReminderPresenter *presenter = m_window->followUps()->presenter();
    QSignalSpy notify(presenter, &ReminderPresenter::notify);
    presenter->setSpacing(50);
    presenter->check();
    QTRY_VERIFY(std::any_of(notify.cbegin(), notify.cend(),
                            [this](const QList<QVariant> &n) { return n.at(2).toLongLong() == m_f->dns; }));
    QTRY_COMPARE(presenter->queuedCount(), 0);
    const QList<QVariant> last = notify.last();
    QCOMPARE(last.at(2).toLongLong(), m_f->dns);
    QCOMPARE(last.at(0).toString(), QStringLiteral("Post-mortem review due"));
    QVERIFY(last.at(1).toString().contains(QStringLiteral("DNS flap")));
    QCOMPARE(tray()->lastNotifiedIncident(), m_f->dns);

    const QByteArray screenshot = qgetenv("HINDSIGHT_TRAY_SCREENSHOT");
    if (!screenshot.isEmpty()) {
        QTest::qWait(500); // only for the picture: let the balloon paint
        QVERIFY(QGuiApplication::primaryScreen()->grabWindow(0).save(QFile::decodeName(screenshot)));
    }

    // Clicking the balloon opens that incident.
    m_window->openIncident(m_f->checkout);
    emit tray()->icon()->messageClicked();
    QCOMPARE(m_window->editor()->incidentId(), m_f->dns);
}

void TestTray::closing_keepsRunningInTheTray() {
    QVERIFY(!QApplication::quitOnLastWindowClosed());
    QVERIFY(!m_window->close()); // the close is turned into a hide
    QVERIFY(!m_window->isVisible());
    QVERIFY(tray()->icon()->isVisible());
    QVERIFY(QSettings().value(QStringLiteral("tray/hiddenExplained")).toBool()); // said once
    tray()->menu()->findChild<QAction *>(QStringLiteral("trayShow"))->trigger();
    QTRY_VERIFY(m_window->isVisible());
    // Quit from the tray really closes the window.
    m_window->quitApplication();
    QVERIFY(!m_window->isVisible());
}

QTEST_MAIN(TestTray)
#include "tst_tray.moc"
