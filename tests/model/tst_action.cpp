#include "action.h"
#include "workdays.h"

#include <QTest>

using namespace hs;

class TestAction final : public QObject {
    Q_OBJECT
private slots:
    void defaultDue_data();
    void defaultDue();
    void setValue_data();
    void setValue();
    void setValue_droppingNeedsReason();
    void setValue_reasonStaysWhileDropped();
    void keys_roundTrip();
};

void TestAction::defaultDue_data() {
    QTest::addColumn<QDate>("today");
    QTest::addColumn<int>("bucket");
    QTest::addColumn<int>("nowDays");
    QTest::addColumn<int>("laterDays");
    QTest::addColumn<QDate>("expected");
    const int now = int(Bucket::Now), later = int(Bucket::Later);
    // 2026-03-02 is a Monday.
    QTest::newRow("now, weekday") << QDate(2026, 3, 2) << now << 7 << 30 << QDate(2026, 3, 9);
    QTest::newRow("later, weekday") << QDate(2026, 3, 2) << later << 7 << 30 << QDate(2026, 4, 1);
    QTest::newRow("now, lands on saturday") << QDate(2026, 3, 7) << now << 7 << 30 << QDate(2026, 3, 16);
    QTest::newRow("now, lands on sunday") << QDate(2026, 3, 8) << now << 7 << 30 << QDate(2026, 3, 16);
    QTest::newRow("later, month end") << QDate(2026, 1, 31) << later << 7 << 30 << QDate(2026, 3, 2);
    QTest::newRow("later, over new year") << QDate(2025, 12, 15) << later << 7 << 30 << QDate(2026, 1, 14);
    QTest::newRow("later, onto leap day") << QDate(2028, 1, 30) << later << 7 << 30 << QDate(2028, 2, 29);
    QTest::newRow("later, from leap day") << QDate(2028, 2, 29) << later << 7 << 30 << QDate(2028, 3, 30);
    QTest::newRow("now, over leap day") << QDate(2028, 2, 25) << now << 7 << 30 << QDate(2028, 3, 3);
    // Due dates are calendar days: a clock change in between (Europe: 29 March, 25 October 2026) moves
    // nothing.
    QTest::newRow("now, over spring DST") << QDate(2026, 3, 24) << now << 7 << 30 << QDate(2026, 3, 31);
    QTest::newRow("now, over autumn DST") << QDate(2026, 10, 22) << now << 7 << 30 << QDate(2026, 10, 29);
    QTest::newRow("later, over autumn DST onto saturday")
        << QDate(2026, 10, 1) << later << 7 << 30 << QDate(2026, 11, 2);
    QTest::newRow("configured 3 days, friday+3 is monday")
        << QDate(2026, 3, 6) << now << 3 << 30 << QDate(2026, 3, 9);
    QTest::newRow("configured 14 later") << QDate(2026, 3, 2) << later << 7 << 14 << QDate(2026, 3, 16);
    QTest::newRow("zero days on a sunday") << QDate(2026, 3, 8) << now << 0 << 30 << QDate(2026, 3, 9);
}

void TestAction::defaultDue() {
    QFETCH(QDate, today);
    QFETCH(int, bucket);
    QFETCH(int, nowDays);
    QFETCH(int, laterDays);
    QFETCH(QDate, expected);
    const QDate due = hs::defaultDue(static_cast<Bucket>(bucket), today, DueDefaults{nowDays, laterDays});
    QCOMPARE(due, expected);
    QVERIFY(workdays::isWorkingDay(due));
}

void TestAction::setValue_data() {
    QTest::addColumn<int>("field");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QVariant>("stored");
    auto f = [](ActionField field) { return int(field); };
    QTest::newRow("title simplified") << f(ActionField::Title) << QVariant(QStringLiteral("  Add  alert "))
                                      << true << QVariant(QStringLiteral("Add alert"));
    QTest::newRow("empty title") << f(ActionField::Title) << QVariant(QStringLiteral("   ")) << false
                                 << QVariant();
    QTest::newRow("team") << f(ActionField::Team) << QVariant(QStringLiteral(" SRE ")) << true
                          << QVariant(QStringLiteral("SRE"));
    QTest::newRow("bucket key") << f(ActionField::Bucket) << QVariant(QStringLiteral("LATER")) << true
                                << QVariant(int(Bucket::Later));
    QTest::newRow("bucket int") << f(ActionField::Bucket) << QVariant(int(Bucket::Later)) << true
                                << QVariant(int(Bucket::Later));
    QTest::newRow("bucket unknown") << f(ActionField::Bucket) << QVariant(QStringLiteral("soon")) << false
                                    << QVariant();
    QTest::newRow("bucket int out of range") << f(ActionField::Bucket) << QVariant(2) << false << QVariant();
    QTest::newRow("status done") << f(ActionField::Status) << QVariant(QStringLiteral("done")) << true
                                 << QVariant(int(ActionStatus::Done));
    QTest::newRow("due iso") << f(ActionField::Due) << QVariant(QStringLiteral("2028-02-29")) << true
                             << QVariant(QDate(2028, 2, 29));
    QTest::newRow("due not leap") << f(ActionField::Due) << QVariant(QStringLiteral("2027-02-29")) << false
                                  << QVariant();
    QTest::newRow("due date") << f(ActionField::Due) << QVariant(QDate(2026, 5, 1)) << true
                              << QVariant(QDate(2026, 5, 1));
    QTest::newRow("link jira") << f(ActionField::Link)
                               << QVariant(QStringLiteral("https://jira.example.com/browse/OPS-42")) << true
                               << QVariant(QStringLiteral("https://jira.example.com/browse/OPS-42"));
    QTest::newRow("link empty") << f(ActionField::Link) << QVariant(QString()) << true << QVariant(QString());
    QTest::newRow("link relative") << f(ActionField::Link) << QVariant(QStringLiteral("OPS-42")) << false
                                   << QVariant();
    QTest::newRow("link without host")
        << f(ActionField::Link) << QVariant(QStringLiteral("https://")) << false << QVariant();
    QTest::newRow("link with space") << f(ActionField::Link)
                                     << QVariant(QStringLiteral("https://git lab.example.com/x")) << false
                                     << QVariant();
}

void TestAction::setValue() {
    QFETCH(int, field);
    QFETCH(QVariant, value);
    QFETCH(bool, accepted);
    QFETCH(QVariant, stored);
    Action a;
    a.title = QStringLiteral("Before");
    a.due = QDate(2026, 1, 1);
    const Action before = a;
    QString error;
    const auto f = static_cast<ActionField>(field);
    QCOMPARE(a.setValue(f, value, &error), accepted);
    if (accepted) {
        QVERIFY(error.isEmpty());
        QCOMPARE(a.value(f).toString(), stored.toString());
    } else {
        QVERIFY(!error.isEmpty());
        QVERIFY(error.endsWith(QLatin1Char('.')));
        QCOMPARE(a.value(f), before.value(f));
    }
}

void TestAction::setValue_droppingNeedsReason() {
    Action a;
    QString error;
    QVERIFY(!a.setValue(ActionField::Status, QStringLiteral("dropped"), &error));
    QVERIFY2(error.contains(QStringLiteral("reason")), qPrintable(error));
    QCOMPARE(a.status, ActionStatus::Open);
    QVERIFY(a.setValue(ActionField::DropReason, QStringLiteral("Replaced by OPS-7"), &error));
    QVERIFY(a.setValue(ActionField::Status, int(ActionStatus::Dropped), &error));
    QCOMPARE(a.status, ActionStatus::Dropped);
}

void TestAction::setValue_reasonStaysWhileDropped() {
    Action a;
    a.title = QStringLiteral("x");
    a.due = QDate(2026, 1, 1);
    a.dropReason = QStringLiteral("Not needed");
    a.status = ActionStatus::Dropped;
    QString error;
    QVERIFY(!a.setValue(ActionField::DropReason, QString(), &error));
    QCOMPARE(a.dropReason, QStringLiteral("Not needed"));
    QVERIFY(a.validate(&error));
    a.dropReason.clear();
    QVERIFY(!a.validate(&error));
}

void TestAction::keys_roundTrip() {
    for (const QString &k : bucketKeys())
        QCOMPARE(bucketKey(*bucketFromKey(k)), k);
    for (const QString &k : actionStatusKeys())
        QCOMPARE(actionStatusKey(*actionStatusFromKey(k)), k);
    for (const QString &k : actionFieldKeys())
        QCOMPARE(actionFieldKey(*actionFieldFromKey(k)), k);
    QCOMPARE(actionFieldKeys().size(), ActionFieldCount);
    QVERIFY(!actionFieldFromKey(QStringLiteral("colour")));
}

QTEST_GUILESS_MAIN(TestAction)
#include "tst_action.moc"
