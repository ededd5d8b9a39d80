#include "afterfirstpaint.h"
#include "allactionsmodel.h"
#include "allactionsview.h"
#include "autostart.h"
#include "calendarapi.h"
#include "fakesharingapi.h"
#include "followupfixture.h"
#include "followupscontroller.h"
#include "incidenteditor.h"
#include "incidentlistpanel.h"
#include "mainwindow.h"
#include "outbox.h"
#include "reminderbanner.h"
#include "reminderpresenter.h"
#include "uitestsupport.h"

#include <functional>
#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QTimer>

using namespace hs;

namespace {

// A calendar that is never reached: only its menu entry matters here.
class IdleCalendar final : public CalendarApi {
public:
    Account account() const override { return {}; }
    void test(const Account &, const QString &, Callback) override {}
    void save(const Account &, const QString &, Callback) override {}
    void keepForSession(const Account &, const QString &) override {}
};

// Runs a check once the watched window's first paint is done: queued from it, as the app's report of
// its first frame is (`hindsight --quit-after-first-paint`), so what runs before that report is seen.
class OnFirstPaint final : public QObject {
public:
    OnFirstPaint(QWidget *window, std::function<void()> check)
        : m_check(std::move(check)) {
        window->installEventFilter(this);
    }
    bool done() const { return m_done; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override {
        if (event->type() == QEvent::Paint || event->type() == QEvent::UpdateRequest) {
            watched->removeEventFilter(this);
            QTimer::singleShot(0, this, [this] {
                m_check();
                m_done = true;
            });
        }
        return false;
    }

private:
    std::function<void()> m_check;
    bool m_done = false;
};

} // namespace

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
    void frameFirst_editorComesRightAfter();
    void frameFirst_firstRowWithoutSavedSelection();
    void menus_everyCommandByKeyboardAndNoKeyTwice();

private:
    std::unique_ptr<test::FollowUpFixture> m_f;
    std::unique_ptr<MainWindow> m_window;
    // Used by the window: they go after it.
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<test::FakeSharingApi> m_sharing;
    std::unique_ptr<IdleCalendar> m_calendar;
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
    m_calendar.reset();
    m_sharing.reset();
    m_outbox.reset();
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

void TestFollowUpsWindow::frameFirst_editorComesRightAfter() {
    // The incident being written last time is selected again.
    QString error;
    const auto chosen = m_f->incidents->create(QStringLiteral("Cache stampede"), QDate(2026, 11, 20), &error);
    QVERIFY(chosen);
    m_window->listPanel()->select(chosen->id);
    m_window->close(); // saves the selection
    // What the app does: the editor is filled and painted, and gets its actions and reviews, after the
    // first paint; so are the selection and the icons.
    MainWindow window(*m_f->incidents, MainWindow::StartUp::FrameFirst);
    window.enableFollowUps(*m_f->actions, *m_f->reviews, *m_f->planner);
    // As the app sets the window icon: a later hook finds the icons released (a held one would be blank).
    bool iconReadyForLaterHooks = false;
    afterFirstPaint(&window, [&] {
        iconReadyForLaterHooks =
            !window.action(QStringLiteral("newIncident"))->icon().pixmap(QSize(16, 16)).isNull();
    });
    QVERIFY(!window.editor()->updatesEnabled());
    QVERIFY(!window.editor()->actionsPanel());
    QCOMPARE(window.editor()->incidentId(), 0);
    QVERIFY(!window.editor()->findChild<QPlainTextEdit *>()); // no field made yet
    QVERIFY(window.action(QStringLiteral("newIncident"))->icon().pixmap(QSize(16, 16)).isNull()); // held
    // Showing activates the window, which focuses the list, which makes its first row current: the
    // editor must still wait for the first frame.
    bool formBeforeFirstFrame = true;
    const OnFirstPaint probe(
        &window, [&] { formBeforeFirstFrame = window.editor()->findChild<QPlainTextEdit *>() != nullptr; });
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(probe.done());
    QVERIFY(!formBeforeFirstFrame);
    QTRY_VERIFY(window.editor()->updatesEnabled());
    QCOMPARE(window.editor()->incidentId(), chosen->id);
    QCOMPARE(window.editor()->incident().title, QStringLiteral("Cache stampede"));
    QVERIFY(!window.action(QStringLiteral("newIncident"))->icon().pixmap(QSize(16, 16)).isNull());
    QVERIFY(iconReadyForLaterHooks);
    QTRY_VERIFY(window.editor()->actionsPanel());
    QTRY_VERIFY(window.followUps()->started());
}

// No incident saved as the last one (a first launch): the first row is shown once the window is up,
// although the list made it current, unheeded, before the first frame.
void TestFollowUpsWindow::frameFirst_firstRowWithoutSavedSelection() {
    m_window->close();
    QSettings().remove(QStringLiteral("list/lastIncident"));
    MainWindow window(*m_f->incidents, MainWindow::StartUp::FrameFirst);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(window.editor()->updatesEnabled());
    QVERIFY(window.listPanel()->currentId() != 0);
    QCOMPARE(window.editor()->incidentId(), window.listPanel()->currentId());
    QCOMPARE(window.listPanel()->view()->currentIndex().row(), 0);
}

// With every part of the app wired (follow-ups, sharing, calendar): each menu and each command in it can
// be reached from the keyboard (a shortcut or an Alt mnemonic), no mnemonic is used twice within a menu
// (Alt+letter would only cycle between them) and no shortcut is used twice in the window (Qt would
// then run neither and report an ambiguous shortcut).
void TestFollowUpsWindow::menus_everyCommandByKeyboardAndNoKeyTwice() {
    m_outbox = std::make_unique<Outbox>(m_f->db);
    m_sharing = std::make_unique<test::FakeSharingApi>(*m_outbox);
    m_calendar = std::make_unique<IdleCalendar>();
    m_window->enableSharing(*m_sharing);
    m_window->enableCalendar(*m_calendar);

    const auto mnemonic = [](const QString &text) -> QChar {
        for (qsizetype i = 0; i + 1 < text.size(); ++i) {
            if (text.at(i) != QLatin1Char('&'))
                continue;
            if (text.at(i + 1) != QLatin1Char('&'))
                return text.at(i + 1).toLower();
            ++i; // "&&" is a literal ampersand
        }
        return {};
    };
    QHash<QString, QString> shortcuts; // key -> the command that has it
    QStringList problems;
    int commands = 0;
    std::function<void(const QString &, const QList<QAction *> &)> walk =
        [&](const QString &path, const QList<QAction *> &actions) {
            QHash<QChar, QString> letters;
            for (QAction *action : actions) {
                if (action->isSeparator() || !action->isVisible())
                    continue;
                const QString name = path + QLatin1String(" > ") + action->text();
                const QChar letter = mnemonic(action->text());
                if (!letter.isNull()) {
                    if (letters.contains(letter))
                        problems << QStringLiteral("%1 and %2 share the mnemonic %3")
                                        .arg(letters.value(letter), name, letter);
                    letters.insert(letter, name);
                }
                if (QMenu *menu = action->menu()) {
                    if (letter.isNull())
                        problems << QStringLiteral("the menu %1 has no mnemonic").arg(name);
                    walk(name, menu->actions());
                    continue;
                }
                ++commands;
                if (letter.isNull() && action->shortcuts().isEmpty())
                    problems << QStringLiteral("%1 has neither a shortcut nor a mnemonic").arg(name);
                for (const QKeySequence &key : action->shortcuts()) {
                    const QString text = key.toString(QKeySequence::PortableText);
                    if (shortcuts.contains(text))
                        problems << QStringLiteral("%1 is used by %2 and %3")
                                        .arg(text, shortcuts.value(text), name);
                    shortcuts.insert(text, name);
                }
            }
        };
    walk(QStringLiteral("menu bar"), m_window->menuBar()->actions());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1String("\n"))));
    QVERIFY2(commands >= 15, qPrintable(QString::number(commands))); // the walk did reach the menus
    // (Quit's standard key depends on the platform theme: offscreen has none, a desktop has Ctrl+Q.)
    for (const char *key : {"Ctrl+N", "Ctrl+O", "Ctrl+P", "Ctrl+Shift+C", "Ctrl+F"})
        QVERIFY2(shortcuts.contains(QString::fromLatin1(key)), key);
}

QTEST_MAIN(TestFollowUpsWindow)
#include "tst_followupswindow.moc"
