#include "actionstore.h"
#include "database.h"
#include "incidentstore.h"
#include "reminderplanner.h"
#include "reviewstore.h"

#include <memory>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace hs;

// The planner against a real database with a fake clock: every row of the table is a moment in the
// life of one fixture, and what the planner proposes then.
class TestReminderPlanner final : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void pending_data();
    void pending();
    void markShown_hidesUntilNextDay();
    void snooze_hidesUntilThenShowsAgainSameDay();
    void missedWhileClosed_showAtNextStart();
    void limitPerKind_capsEachKind();

private:
    QStringList keysAt(const QDateTime &now);
    qint64 incident(const QString &title, Status status, const QString &resolvedAt, int filled);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<IncidentStore> m_incidents;
    std::unique_ptr<ActionStore> m_actions;
    std::unique_ptr<ReviewStore> m_reviews;
    QDateTime m_now;
    std::unique_ptr<ReminderPlanner> m_planner;
};

namespace {

QTimeZone berlin() {
    return QTimeZone("Europe/Berlin");
}
QDateTime at(int d, int h, int min = 0) {
    return QDateTime(QDate(2026, 3, d), QTime(h, min), berlin());
}

QString keyOf(const Reminder &r) {
    switch (r.kind) {
    case ReminderKind::ReviewDue:
        return QStringLiteral("review:") + r.subject + QLatin1Char(':') + r.incidentTitle;
    case ReminderKind::ActionOverdue:
        return QStringLiteral("action:") + r.subject;
    case ReminderKind::DocumentIncomplete:
        return QStringLiteral("incident:") + r.incidentTitle;
    }
    return {};
}

} // namespace

qint64 TestReminderPlanner::incident(const QString &title, Status status, const QString &resolvedAt,
                                     int filled) {
    QString error;
    auto i = m_incidents->create(title, QDate(2026, 3, 1), &error);
    if (!i)
        return 0;
    i->status = status;
    for (int s = 0; s < filled; ++s)
        i->sections[s] = QStringLiteral("written");
    m_incidents->save(
        *i,
        {Field::Status, Field::Cause, Field::Impact, Field::Resolution, Field::Extract, Field::Prevention},
        &error);
    // The trigger stamps the real time; the fixture needs a resolution in the fake clock's past.
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("UPDATE incident SET resolved_at = :at WHERE id = :id"));
    q.bindValue(QStringLiteral(":at"), resolvedAt.isEmpty() ? QVariant() : QVariant(resolvedAt));
    q.bindValue(QStringLiteral(":id"), i->id);
    q.exec();
    return i->id;
}

void TestReminderPlanner::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QString error;
    QVERIFY2(m_db->open(m_dir->filePath(QStringLiteral("r.sqlite")), &error), qPrintable(error));
    m_incidents = std::make_unique<IncidentStore>(*m_db);
    m_actions = std::make_unique<ActionStore>(*m_db);
    m_reviews = std::make_unique<ReviewStore>(*m_db);
    m_planner = std::make_unique<ReminderPlanner>(*m_db, [this] { return m_now; });

    // Fixture (Berlin times, March 2026; the 7th/8th are a weekend):
    //  "Checkout": documented, reviews week 10th 10:00 and month 12th 10:00, a done review on the 9th;
    //              now-actions "alert" due 9th, "canary" due 11th (done), later-action "docs" due 5th.
    //  "Queue":    resolved 2026-03-08 08:00 UTC, document 2/5 written.
    //  "DNS":      shared and complete, resolved long ago (never reminded).
    //  "Search":   ongoing (never reminded).
    const qint64 checkout = incident(QStringLiteral("Checkout"), Status::Documented,
                                     QStringLiteral("2026-03-01T10:00:00.000Z"), 5);
    incident(QStringLiteral("Queue"), Status::Resolved, QStringLiteral("2026-03-08T08:00:00.000Z"), 2);
    incident(QStringLiteral("DNS"), Status::Shared, QStringLiteral("2026-02-01T08:00:00.000Z"), 5);
    incident(QStringLiteral("Search"), Status::Ongoing, QString(), 0);
    QVERIFY(m_reviews->create(checkout, ReviewKind::Week, at(10, 10), &error));
    QVERIFY(m_reviews->create(checkout, ReviewKind::Month, at(12, 10), &error));
    auto done = m_reviews->create(checkout, ReviewKind::Week, at(9, 10), &error);
    QVERIFY(done);
    done->done = true;
    QVERIFY(m_reviews->update(*done, &error));
    auto add = [&](const char *title, Bucket bucket, QDate due) {
        Action a;
        a.incidentId = checkout;
        a.title = QString::fromLatin1(title);
        a.bucket = bucket;
        a.due = due;
        return m_actions->create(a, &error);
    };
    QVERIFY(add("alert", Bucket::Now, QDate(2026, 3, 9)));
    const auto canary = add("canary", Bucket::Now, QDate(2026, 3, 11));
    QVERIFY(canary);
    QVERIFY(m_actions->setStatus(canary->id, ActionStatus::Done, &error));
    QVERIFY(add("docs", Bucket::Later, QDate(2026, 3, 5)));
}

void TestReminderPlanner::cleanup() {
    m_planner.reset();
    m_reviews.reset();
    m_actions.reset();
    m_incidents.reset();
    m_db.reset();
    m_dir.reset();
}

QStringList TestReminderPlanner::keysAt(const QDateTime &now) {
    m_now = now;
    QString error;
    QStringList keys;
    for (const Reminder &r : m_planner->pending(&error))
        keys << keyOf(r);
    if (!error.isEmpty())
        keys << QStringLiteral("error: ") + error;
    return keys;
}

void TestReminderPlanner::pending_data() {
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("before anything is due") << at(6, 9) << QStringList();
    QTest::newRow("resolved exactly 2 days ago is not yet")
        << at(10, 8, 59)
        << QStringList{QStringLiteral("review:week:Checkout"), QStringLiteral("action:alert")};
    QTest::newRow("2 days and a minute")
        << at(10, 9, 1)
        << QStringList{QStringLiteral("review:week:Checkout"), QStringLiteral("action:alert"),
                       QStringLiteral("incident:Queue")};
    QTest::newRow("action due today is not overdue") << at(9, 12) << QStringList();
    QTest::newRow("review later today counts as due")
        << at(10, 0, 1)
        << QStringList{QStringLiteral("review:week:Checkout"), QStringLiteral("action:alert")};
    QTest::newRow("both reviews overdue")
        << at(13, 9)
        << QStringList{QStringLiteral("review:week:Checkout"), QStringLiteral("review:month:Checkout"),
                       QStringLiteral("action:alert"), QStringLiteral("incident:Queue")};
}

void TestReminderPlanner::pending() {
    QFETCH(QDateTime, now);
    QFETCH(QStringList, expected);
    QCOMPARE(keysAt(now), expected);
}

void TestReminderPlanner::markShown_hidesUntilNextDay() {
    m_now = at(13, 9);
    QString error;
    const QList<Reminder> first = m_planner->pending(&error);
    QCOMPARE(first.size(), 4);
    QVERIFY2(m_planner->markShown(first, &error), qPrintable(error));
    QCOMPARE(keysAt(at(13, 9, 5)), QStringList());
    QCOMPARE(keysAt(at(13, 23, 59)), QStringList());
    QCOMPARE(keysAt(at(14, 0, 0)).size(), 4); // a new local day
}

void TestReminderPlanner::snooze_hidesUntilThenShowsAgainSameDay() {
    m_now = at(13, 9);
    QString error;
    const QList<Reminder> all = m_planner->pending(&error);
    QVERIFY(m_planner->markShown(all, &error));
    const Reminder alert = all.at(2);
    QCOMPARE(alert.kind, ReminderKind::ActionOverdue);
    QVERIFY(m_planner->snooze(alert, at(13, 15), &error));
    QCOMPARE(keysAt(at(13, 14, 59)), QStringList());
    QCOMPARE(keysAt(at(13, 15)), QStringList{QStringLiteral("action:alert")});
    // Snoozed and not yet shown on a new day: still hidden until the snooze ends.
    QVERIFY(m_planner->snooze(alert, at(15, 9), &error));
    QVERIFY(!keysAt(at(14, 9)).contains(QStringLiteral("action:alert")));
    QVERIFY(keysAt(at(15, 9)).contains(QStringLiteral("action:alert")));
}

void TestReminderPlanner::missedWhileClosed_showAtNextStart() {
    // Nothing was checked on the 10th–12th (app closed): the first check on the 13th shows them all.
    m_now = at(13, 8);
    QString error;
    const QList<Reminder> pending = m_planner->pending(&error);
    QCOMPARE(pending.size(), 4);
    QCOMPARE(pending.at(0).when, at(10, 10));
    QCOMPARE(pending.at(0).incidentTitle, QStringLiteral("Checkout"));
    QVERIFY(pending.at(0).incidentId != 0);
    // A second planner on the same file (the app restarted) remembers what was shown.
    QVERIFY(m_planner->markShown(pending, &error));
    ReminderPlanner restarted(*m_db, [] { return at(13, 18); });
    QVERIFY(restarted.pending(&error).isEmpty());
}

void TestReminderPlanner::limitPerKind_capsEachKind() {
    QString error;
    const auto incidentId = m_incidents->create(QStringLiteral("Many"), QDate(2026, 3, 1), &error)->id;
    for (int i = 0; i < 30; ++i) {
        Action a;
        a.incidentId = incidentId;
        a.title = QStringLiteral("old %1").arg(i, 2, 10, QLatin1Char('0'));
        a.due = QDate(2026, 2, 1).addDays(i);
        QVERIFY(m_actions->create(a, &error));
    }
    m_planner->setLimitPerKind(5);
    m_now = at(13, 9);
    QList<Reminder> first = m_planner->pending(&error);
    QStringList actions;
    for (const Reminder &r : first)
        if (r.kind == ReminderKind::ActionOverdue)
            actions << r.subject;
    QCOMPARE(actions,
             QStringList({QStringLiteral("old 00"), QStringLiteral("old 01"), QStringLiteral("old 02"),
                          QStringLiteral("old 03"), QStringLiteral("old 04")}));
    QVERIFY(m_planner->markShown(first, &error));
    const QList<Reminder> next = m_planner->pending(&error);
    QCOMPARE(next.first().subject, QStringLiteral("old 05"));
}

QTEST_GUILESS_MAIN(TestReminderPlanner)
#include "tst_reminderplanner.moc"
