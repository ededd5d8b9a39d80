#include "followupfixture.h"
#include "reminderpresenter.h"

#include <QLocale>
#include <QSignalSpy>

using namespace hs;

class TestReminderPresenter final : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void message_data();
    void message();
    void notifications_oneAtATimeAndOncePerDay();
    void window_listsEverythingAtOnce();
    void snoozeUntilTomorrow_hidesUntilNineTomorrow();
    void snoozeEnd_isNineNextDay();

private:
    std::unique_ptr<test::FollowUpFixture> m_f;
};

Q_DECLARE_METATYPE(hs::ReminderKind)

void TestReminderPresenter::init() {
    m_f = std::make_unique<test::FollowUpFixture>();
    QString error;
    QVERIFY2(m_f->setUp(&error), qPrintable(error));
}

void TestReminderPresenter::cleanup() {
    m_f.reset();
}

void TestReminderPresenter::message_data() {
    using F = test::FollowUpFixture;
    QTest::addColumn<ReminderKind>("kind");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QDateTime>("when");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("message");
    const QLocale l;
    QTest::newRow("review overdue since yesterday")
        << ReminderKind::ReviewDue << QStringLiteral("week") << F::utc(3, 12, 10)
        << QStringLiteral("Post-mortem review due")
        << QStringLiteral("The +1 week review of “Checkout outage” is overdue since %1.")
               .arg(l.toString(QDate(2026, 3, 12), QLocale::ShortFormat));
    QTest::newRow("review earlier today")
        << ReminderKind::ReviewDue << QStringLiteral("month") << F::utc(3, 13, 8)
        << QStringLiteral("Post-mortem review due")
        << QStringLiteral("The +1 month review of “Checkout outage” was due at %1.")
               .arg(l.toString(QTime(8, 0), QLocale::ShortFormat));
    QTest::newRow("review later today")
        << ReminderKind::ReviewDue << QStringLiteral("week") << F::utc(3, 13, 15)
        << QStringLiteral("Post-mortem review due")
        << QStringLiteral("The +1 week review of “Checkout outage” is due today at %1.")
               .arg(l.toString(QTime(15, 0), QLocale::ShortFormat));
    QTest::newRow("action overdue") << ReminderKind::ActionOverdue << QStringLiteral("Add alert")
                                    << F::utc(3, 12, 0) << QStringLiteral("Action overdue")
                                    << QStringLiteral("“Add alert” (from “Checkout outage”) was due on %1.")
                                           .arg(l.toString(QDate(2026, 3, 12), QLocale::ShortFormat));
    QTest::newRow("action overdue since Tuesday")
        << ReminderKind::ActionOverdue << QStringLiteral("Add alert") << F::utc(3, 10, 0)
        << QStringLiteral("Action overdue")
        << QStringLiteral("“Add alert” (from “Checkout outage”) was due on %1.")
               .arg(l.toString(QDate(2026, 3, 10), QLocale::ShortFormat));
    QTest::newRow("document incomplete")
        << ReminderKind::DocumentIncomplete << QString() << F::utc(3, 10, 18)
        << QStringLiteral("Post-mortem not written yet")
        << QStringLiteral("“Checkout outage” was resolved on %1 and its post-mortem is still incomplete.")
               .arg(l.toString(QDate(2026, 3, 10), QLocale::ShortFormat));
}

void TestReminderPresenter::message() {
    QFETCH(ReminderKind, kind);
    QFETCH(QString, subject);
    QFETCH(QDateTime, when);
    QFETCH(QString, title);
    QFETCH(QString, message);
    Reminder r;
    r.kind = kind;
    r.incidentId = 1;
    r.incidentTitle = QStringLiteral("Checkout outage");
    r.subject = subject;
    r.when = when;
    QCOMPARE(ReminderPresenter::title(r), title);
    QCOMPARE(ReminderPresenter::message(r, test::FollowUpFixture::utc(3, 13, 9)), message);
    QCOMPARE(ReminderPresenter::line(r, test::FollowUpFixture::utc(3, 13, 9)),
             QStringLiteral("%1: %2").arg(title, message));
}

void TestReminderPresenter::notifications_oneAtATimeAndOncePerDay() {
    ReminderPresenter presenter(*m_f->planner);
    presenter.setSpacing(20);
    QSignalSpy notify(&presenter, &ReminderPresenter::notify);
    presenter.check();
    // Due: the overdue +1 week review of Checkout, the overdue "Add alert". One at once, the next later.
    QCOMPARE(notify.count(), 1);
    QCOMPARE(notify.at(0).at(0).toString(), QStringLiteral("Post-mortem review due"));
    QCOMPARE(notify.at(0).at(2).toLongLong(), m_f->checkout);
    QCOMPARE(presenter.queuedCount(), 1);
    QTRY_COMPARE(notify.count(), 2);
    QVERIFY(notify.at(1).at(1).toString().contains(QStringLiteral("Add alert")));
    QCOMPARE(presenter.queuedCount(), 0);

    // Shown today: a later check the same day shows nothing, even from a new presenter (a restart).
    presenter.check();
    ReminderPresenter restarted(*m_f->planner);
    QSignalSpy notifyAfterRestart(&restarted, &ReminderPresenter::notify);
    restarted.check();
    QCOMPARE(notify.count(), 2);
    QCOMPARE(notifyAfterRestart.count(), 0);

    // The next day they come again, and the DNS review (16th) is not due yet.
    m_f->now = m_f->now.addDays(1);
    restarted.setSpacing(0);
    restarted.check();
    QTRY_COMPARE(notifyAfterRestart.count(), 2);
}

void TestReminderPresenter::window_listsEverythingAtOnce() {
    ReminderPresenter presenter(*m_f->planner);
    presenter.setMode(ReminderPresenter::Mode::Window);
    QSignalSpy notify(&presenter, &ReminderPresenter::notify);
    QSignalSpy listed(&presenter, &ReminderPresenter::windowRemindersChanged);
    presenter.check();
    QCOMPARE(notify.count(), 0);
    QCOMPARE(listed.count(), 1);
    QCOMPARE(presenter.windowReminders().size(), 2);
    QCOMPARE(presenter.windowReminders().at(0).kind, ReminderKind::ReviewDue);
    QCOMPARE(presenter.windowReminders().at(1).kind, ReminderKind::ActionOverdue);
    // Listed counts as shown: the next check adds nothing, the list stays until dismissed.
    presenter.check();
    QCOMPARE(listed.count(), 1);
    presenter.dismissWindowReminders();
    QVERIFY(presenter.windowReminders().isEmpty());
}

void TestReminderPresenter::snoozeUntilTomorrow_hidesUntilNineTomorrow() {
    ReminderPresenter presenter(*m_f->planner);
    presenter.setMode(ReminderPresenter::Mode::Window);
    presenter.check();
    QCOMPARE(presenter.windowReminders().size(), 2);
    presenter.snoozeUntilTomorrow();
    QVERIFY(presenter.windowReminders().isEmpty());

    m_f->now = test::FollowUpFixture::utc(3, 14, 8);
    presenter.check();
    QVERIFY(presenter.windowReminders().isEmpty());
    m_f->now = test::FollowUpFixture::utc(3, 14, 9);
    presenter.check();
    QCOMPARE(presenter.windowReminders().size(), 2);
}

void TestReminderPresenter::snoozeEnd_isNineNextDay() {
    QCOMPARE(ReminderPresenter::snoozeEnd(test::FollowUpFixture::utc(3, 31, 23)),
             test::FollowUpFixture::utc(4, 1, 9));
    QCOMPARE(ReminderPresenter::snoozeEnd(test::FollowUpFixture::utc(3, 13, 0)),
             test::FollowUpFixture::utc(3, 14, 9));
}

QTEST_MAIN(TestReminderPresenter)
#include "tst_reminderpresenter.moc"
