#include "reviewschedule.h"

#include <QTest>
#include <QTimeZone>

using namespace hs;

class TestReviewSchedule final : public QObject {
    Q_OBJECT
private slots:
    void propose_data();
    void propose();
    void propose_usesConfiguredDays();
    void atLocalTime_data();
    void atLocalTime();
};

namespace {
QTimeZone berlin() {
    return QTimeZone("Europe/Berlin");
}
} // namespace

void TestReviewSchedule::propose_data() {
    QTest::addColumn<QDate>("documented");
    QTest::addColumn<QTime>("time");
    QTest::addColumn<QDate>("week");
    QTest::addColumn<QDate>("month");
    QTest::addColumn<int>("weekOffsetHours");  // Berlin's UTC offset on the week review's day
    QTest::addColumn<int>("monthOffsetHours"); // … and on the month review's day
    const QTime ten(10, 0);
    // 2026-03-04 is a Wednesday.
    QTest::newRow("weekdays") << QDate(2026, 3, 4) << ten << QDate(2026, 3, 11) << QDate(2026, 4, 3) << 1
                              << 2;
    QTest::newRow("saturday to monday")
        << QDate(2026, 3, 7) << ten << QDate(2026, 3, 16) << QDate(2026, 4, 6) << 1 << 2;
    QTest::newRow("sunday to monday")
        << QDate(2026, 3, 8) << ten << QDate(2026, 3, 16) << QDate(2026, 4, 7) << 1 << 2;
    QTest::newRow("month end") << QDate(2026, 1, 31) << ten << QDate(2026, 2, 9) << QDate(2026, 3, 2) << 1
                               << 1;
    QTest::newRow("year end") << QDate(2026, 12, 28) << ten << QDate(2027, 1, 4) << QDate(2027, 1, 27) << 1
                              << 1;
    // DST starts 2026-03-29 (Sunday) in Berlin: the week review is before, the month one after.
    QTest::newRow("across spring DST")
        << QDate(2026, 3, 23) << ten << QDate(2026, 3, 30) << QDate(2026, 4, 22) << 2 << 2;
    QTest::newRow("week before, month after spring DST")
        << QDate(2026, 3, 18) << ten << QDate(2026, 3, 25) << QDate(2026, 4, 17) << 1 << 2;
    // DST ends 2026-10-25 (Sunday).
    QTest::newRow("across autumn DST")
        << QDate(2026, 10, 16) << QTime(9, 30) << QDate(2026, 10, 23) << QDate(2026, 11, 16) << 2 << 1;
    QTest::newRow("onto leap day") << QDate(2028, 1, 30) << ten << QDate(2028, 2, 7) << QDate(2028, 2, 29)
                                   << 1 << 1;
    QTest::newRow("from leap day") << QDate(2028, 2, 29) << ten << QDate(2028, 3, 7) << QDate(2028, 3, 30)
                                   << 1 << 2;
    QTest::newRow("week onto leap day")
        << QDate(2028, 2, 22) << ten << QDate(2028, 2, 29) << QDate(2028, 3, 23) << 1 << 1;
    QTest::newRow("early hour") << QDate(2026, 3, 4) << QTime(2, 30) << QDate(2026, 3, 11)
                                << QDate(2026, 4, 3) << 1 << 2;
}

void TestReviewSchedule::propose() {
    QFETCH(QDate, documented);
    QFETCH(QTime, time);
    QFETCH(QDate, week);
    QFETCH(QDate, month);
    QFETCH(int, weekOffsetHours);
    QFETCH(int, monthOffsetHours);
    ReviewRules rules;
    rules.time = time;
    rules.zone = berlin();
    QVERIFY(rules.zone.isValid());
    const QList<ReviewProposal> proposals = proposeReviews(documented, rules);
    QCOMPARE(proposals.size(), 2);
    QCOMPARE(proposals[0].kind, ReviewKind::Week);
    QCOMPARE(proposals[1].kind, ReviewKind::Month);
    const QList<QDate> dates{week, month};
    const QList<int> offsets{weekOffsetHours, monthOffsetHours};
    for (int i = 0; i < 2; ++i) {
        const QDateTime &at = proposals[i].at;
        QCOMPARE(at.date(), dates[i]);
        QCOMPARE(at.time(), time); // the same wall-clock time whatever the DST offset
        QCOMPARE(at.timeZone().id(), QByteArray("Europe/Berlin"));
        QCOMPARE(at.offsetFromUtc(), offsets[i] * 3600);
        QVERIFY(at.date().dayOfWeek() <= Qt::Friday);
        QCOMPARE(at.toUTC().time(), time.addSecs(-offsets[i] * 3600));
    }
}

void TestReviewSchedule::propose_usesConfiguredDays() {
    ReviewRules rules;
    rules.zone = QTimeZone::utc();
    rules.weekDays = 14;
    rules.monthDays = 60;
    rules.time = QTime(16, 15);
    const auto proposals = proposeReviews(QDate(2026, 3, 4), rules);
    QCOMPARE(proposals[0].at, QDateTime(QDate(2026, 3, 18), QTime(16, 15), QTimeZone::utc()));
    QCOMPARE(proposals[1].at,
             QDateTime(QDate(2026, 5, 4), QTime(16, 15), QTimeZone::utc())); // 05-03 is a Sunday
}

void TestReviewSchedule::atLocalTime_data() {
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QTime>("time");
    QTest::addColumn<QTime>("expectedLocal");
    QTest::addColumn<QDateTime>("expectedUtc");
    QTest::newRow("normal") << QDate(2026, 3, 4) << QTime(10, 0) << QTime(10, 0)
                            << QDateTime(QDate(2026, 3, 4), QTime(9, 0), QTimeZone::utc());
    // 02:30 does not exist on 2026-03-29 in Berlin: clocks jump from 02:00 to 03:00.
    QTest::newRow("spring gap") << QDate(2026, 3, 29) << QTime(2, 30) << QTime(3, 30)
                                << QDateTime(QDate(2026, 3, 29), QTime(1, 30), QTimeZone::utc());
    // 02:30 happens twice on 2026-10-25: either is a valid answer, it must stay 02:30 local.
    QTest::newRow("autumn overlap") << QDate(2026, 10, 25) << QTime(2, 30) << QTime(2, 30) << QDateTime();
}

void TestReviewSchedule::atLocalTime() {
    QFETCH(QDate, date);
    QFETCH(QTime, time);
    QFETCH(QTime, expectedLocal);
    QFETCH(QDateTime, expectedUtc);
    const QDateTime at = hs::atLocalTime(date, time, berlin());
    QVERIFY(at.isValid());
    QCOMPARE(at.date(), date);
    QCOMPARE(at.time(), expectedLocal);
    if (expectedUtc.isValid())
        QCOMPARE(at.toUTC(), expectedUtc);
}

QTEST_GUILESS_MAIN(TestReviewSchedule)
#include "tst_reviewschedule.moc"
