#include "actionstore.h"
#include "database.h"
#include "incidentstore.h"

#include <memory>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace hs;

class TestActionStore final : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void create_usesBucketDefaultDueOnAWorkingDay_data();
    void create_usesBucketDefaultDueOnAWorkingDay();
    void create_appendsToItsBucket();
    void create_rejectsInvalidDraftsWithReasons_data();
    void create_rejectsInvalidDraftsWithReasons();
    void save_roundTripsEveryField();
    void save_bucketChangeMovesToEndAndClosesGap();
    void setStatus_dropNeedsReason();
    void move_reordersWithinBucket();
    void move_betweenBuckets();
    void remove_renumbersAndSignals();
    void counts_perBucket();
    void teams_distinctCaseInsensitiveSorted();
    void rows_filtersAndSortsByDue_data();
    void rows_filtersAndSortsByDue();
    void rows_pagesWithoutOverlap();
    void removeIncident_cascadesToActions();
    void queryPlans_useIndexes_data();
    void queryPlans_useIndexes();

private:
    qint64 newIncident(const QString &title);
    Action draft(qint64 incident, const QString &title, Bucket bucket = Bucket::Now, const QDate &due = {},
                 const QString &team = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<IncidentStore> m_incidents;
    std::unique_ptr<ActionStore> m_store;
};

namespace {
const QDate kToday(2026, 3, 4); // a Wednesday
}

void TestActionStore::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QString error;
    QVERIFY2(m_db->open(m_dir->filePath(QStringLiteral("a.sqlite")), &error), qPrintable(error));
    m_incidents = std::make_unique<IncidentStore>(*m_db);
    m_store = std::make_unique<ActionStore>(*m_db);
    m_store->setToday([] { return kToday; });
}

void TestActionStore::cleanup() {
    m_store.reset();
    m_incidents.reset();
    m_db.reset();
    m_dir.reset();
}

qint64 TestActionStore::newIncident(const QString &title) {
    QString error;
    const auto incident = m_incidents->create(title, QDate(2026, 3, 1), &error);
    return incident ? incident->id : 0;
}

Action TestActionStore::draft(qint64 incident, const QString &title, Bucket bucket, const QDate &due,
                              const QString &team) {
    Action a;
    a.incidentId = incident;
    a.title = title;
    a.bucket = bucket;
    a.due = due;
    a.team = team;
    return a;
}

void TestActionStore::create_usesBucketDefaultDueOnAWorkingDay_data() {
    QTest::addColumn<QDate>("today");
    QTest::addColumn<int>("bucket");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("now from wednesday") << kToday << int(Bucket::Now) << QDate(2026, 3, 11);
    QTest::newRow("later from wednesday") << kToday << int(Bucket::Later) << QDate(2026, 4, 3);
    QTest::newRow("now from saturday") << QDate(2026, 3, 7) << int(Bucket::Now) << QDate(2026, 3, 16);
    QTest::newRow("later onto leap day") << QDate(2028, 1, 30) << int(Bucket::Later) << QDate(2028, 2, 29);
}

void TestActionStore::create_usesBucketDefaultDueOnAWorkingDay() {
    QFETCH(QDate, today);
    QFETCH(int, bucket);
    QFETCH(QDate, expected);
    m_store->setToday([today] { return today; });
    const qint64 incident = newIncident(QStringLiteral("Checkout down"));
    QString error;
    const auto a =
        m_store->create(draft(incident, QStringLiteral("Alert"), static_cast<Bucket>(bucket)), &error);
    QVERIFY2(a, qPrintable(error));
    QCOMPARE(a->due, expected);
    QCOMPARE(m_store->load(a->id)->due, expected);
}

void TestActionStore::create_appendsToItsBucket() {
    const qint64 incident = newIncident(QStringLiteral("DNS"));
    QSignalSpy created(m_store.get(), &ActionStore::actionCreated);
    QString error;
    const auto a = m_store->create(draft(incident, QStringLiteral("A")), &error);
    const auto b = m_store->create(draft(incident, QStringLiteral("B"), Bucket::Later), &error);
    const auto c = m_store->create(draft(incident, QStringLiteral("C")), &error);
    QVERIFY(a && b && c);
    QCOMPARE(a->position, 0);
    QCOMPARE(b->position, 0);
    QCOMPARE(c->position, 1);
    QCOMPARE(created.size(), 3);
    QCOMPARE(created.at(2).at(0).toLongLong(), c->id);
    QCOMPARE(created.at(2).at(1).toLongLong(), incident);
    QStringList order;
    for (const Action &x : m_store->forIncident(incident))
        order << x.title;
    QCOMPARE(order, QStringList({QStringLiteral("A"), QStringLiteral("C"), QStringLiteral("B")}));
}

void TestActionStore::create_rejectsInvalidDraftsWithReasons_data() {
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("link");
    QTest::addColumn<bool>("unknownIncident");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty title") << QStringLiteral(" ") << QString() << false << QStringLiteral("title");
    QTest::newRow("bad link") << QStringLiteral("x") << QStringLiteral("jira/OPS-1") << false
                              << QStringLiteral("URL");
    QTest::newRow("no incident") << QStringLiteral("x") << QString() << true << QStringLiteral("no incident");
}

void TestActionStore::create_rejectsInvalidDraftsWithReasons() {
    QFETCH(QString, title);
    QFETCH(QString, link);
    QFETCH(bool, unknownIncident);
    QFETCH(QString, reason);
    const qint64 incident = newIncident(QStringLiteral("Queue"));
    Action a = draft(unknownIncident ? incident + 100 : incident, title);
    a.link = link;
    QString error;
    QVERIFY(!m_store->create(a, &error));
    QVERIFY2(error.contains(reason), qPrintable(error));
    QCOMPARE(m_store->count({}), 0);
}

void TestActionStore::save_roundTripsEveryField() {
    const qint64 incident = newIncident(QStringLiteral("Search"));
    QString error;
    auto a = m_store->create(draft(incident, QStringLiteral("Add a canary")), &error);
    QVERIFY(a);
    a->title = QStringLiteral("Add a canary, with ; and \\ and émojis 🚀");
    a->team = QStringLiteral("SRE");
    a->owner = QStringLiteral("Ana");
    a->status = ActionStatus::Done;
    a->due = QDate(2028, 2, 29);
    a->link = QStringLiteral("https://github.com/acme/app/issues/12");
    a->notes = QStringLiteral("line 1\nline 2");
    QSignalSpy changed(m_store.get(), &ActionStore::actionChanged);
    QVERIFY2(m_store->save(*a, &error), qPrintable(error));
    QCOMPARE(changed.size(), 1);
    const auto b = m_store->load(a->id);
    QVERIFY(b);
    for (int f = 0; f < ActionFieldCount; ++f)
        QCOMPARE(b->value(static_cast<ActionField>(f)), a->value(static_cast<ActionField>(f)));
}

void TestActionStore::save_bucketChangeMovesToEndAndClosesGap() {
    const qint64 incident = newIncident(QStringLiteral("Payments"));
    QString error;
    const auto n0 = m_store->create(draft(incident, QStringLiteral("n0")), &error);
    auto n1 = m_store->create(draft(incident, QStringLiteral("n1")), &error);
    const auto n2 = m_store->create(draft(incident, QStringLiteral("n2")), &error);
    const auto l0 = m_store->create(draft(incident, QStringLiteral("l0"), Bucket::Later), &error);
    QVERIFY(n0 && n1 && n2 && l0);
    n1->bucket = Bucket::Later;
    QVERIFY2(m_store->save(*n1, &error), qPrintable(error));
    QCOMPARE(m_store->load(n2->id)->position, 1);
    QCOMPARE(m_store->load(n1->id)->position, 1);
    QCOMPARE(m_store->load(n1->id)->bucket, Bucket::Later);
    QCOMPARE(m_store->load(l0->id)->position, 0);
}

void TestActionStore::setStatus_dropNeedsReason() {
    const qint64 incident = newIncident(QStringLiteral("Login"));
    QString error;
    const auto a = m_store->create(draft(incident, QStringLiteral("Rotate keys")), &error);
    QVERIFY(a);
    QVERIFY(!m_store->setStatus(a->id, ActionStatus::Dropped, &error));
    QVERIFY2(error.contains(QStringLiteral("reason")), qPrintable(error));
    QCOMPARE(m_store->load(a->id)->status, ActionStatus::Open);
    QVERIFY2(m_store->setStatus(a->id, ActionStatus::Dropped, &error, QStringLiteral("Done by vendor")),
             qPrintable(error));
    QCOMPARE(m_store->load(a->id)->status, ActionStatus::Dropped);
    QCOMPARE(m_store->load(a->id)->dropReason, QStringLiteral("Done by vendor"));
    QVERIFY(m_store->setStatus(a->id, ActionStatus::Done, &error));
    QCOMPARE(m_store->load(a->id)->status, ActionStatus::Done);
}

void TestActionStore::move_reordersWithinBucket() {
    const qint64 incident = newIncident(QStringLiteral("CDN"));
    QString error;
    QList<qint64> ids;
    for (const char *t : {"a", "b", "c", "d"})
        ids << m_store->create(draft(incident, QString::fromLatin1(t)), &error)->id;
    QSignalSpy reordered(m_store.get(), &ActionStore::actionsReordered);
    QVERIFY2(m_store->move(ids[3], Bucket::Now, 1, &error), qPrintable(error));
    QVERIFY(m_store->move(ids[0], Bucket::Now, 99, &error)); // clamped to the end
    QCOMPARE(reordered.size(), 2);
    QStringList order;
    QList<int> positions;
    for (const Action &x : m_store->forIncident(incident)) {
        order << x.title;
        positions << x.position;
    }
    QCOMPARE(order.join(QString()), QStringLiteral("dbca"));
    QCOMPARE(positions, QList<int>({0, 1, 2, 3}));
}

void TestActionStore::move_betweenBuckets() {
    const qint64 incident = newIncident(QStringLiteral("Mail"));
    QString error;
    const auto n0 = m_store->create(draft(incident, QStringLiteral("n0")), &error);
    const auto n1 = m_store->create(draft(incident, QStringLiteral("n1")), &error);
    const auto l0 = m_store->create(draft(incident, QStringLiteral("l0"), Bucket::Later), &error);
    QVERIFY2(m_store->move(n0->id, Bucket::Later, 0, &error), qPrintable(error));
    const QList<Action> all = m_store->forIncident(incident);
    QCOMPARE(all.size(), 3);
    QCOMPARE(all[0].id, n1->id);
    QCOMPARE(all[0].position, 0);
    QCOMPARE(all[1].id, n0->id);
    QCOMPARE(all[1].bucket, Bucket::Later);
    QCOMPARE(all[1].position, 0);
    QCOMPARE(all[2].id, l0->id);
    QCOMPARE(all[2].position, 1);
    QVERIFY(!m_store->move(9999, Bucket::Now, 0, &error));
    QVERIFY(!error.isEmpty());
}

void TestActionStore::remove_renumbersAndSignals() {
    const qint64 incident = newIncident(QStringLiteral("VPN"));
    QString error;
    const auto a = m_store->create(draft(incident, QStringLiteral("a")), &error);
    const auto b = m_store->create(draft(incident, QStringLiteral("b")), &error);
    QSignalSpy removed(m_store.get(), &ActionStore::actionRemoved);
    QVERIFY2(m_store->remove(a->id, &error), qPrintable(error));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.at(0).at(0).toLongLong(), a->id);
    QVERIFY(!m_store->load(a->id));
    QCOMPARE(m_store->load(b->id)->position, 0);
    QVERIFY(!m_store->remove(a->id, &error));
}

void TestActionStore::counts_perBucket() {
    const qint64 incident = newIncident(QStringLiteral("API"));
    const qint64 other = newIncident(QStringLiteral("Other"));
    QString error;
    m_store->create(draft(incident, QStringLiteral("n0")), &error);
    const auto n1 = m_store->create(draft(incident, QStringLiteral("n1")), &error);
    m_store->create(draft(incident, QStringLiteral("l0"), Bucket::Later), &error);
    m_store->create(draft(other, QStringLiteral("x")), &error);
    QVERIFY(m_store->setStatus(n1->id, ActionStatus::Done, &error));
    const ActionCounts c = m_store->counts(incident);
    QCOMPARE(c.now, 2);
    QCOMPARE(c.openNow, 1);
    QCOMPARE(c.later, 1);
    QCOMPARE(c.openLater, 1);
    QCOMPARE(c.total(), 3);
    QCOMPARE(m_store->counts(other).total(), 1);
    QCOMPARE(m_store->counts(12345).total(), 0);
}

void TestActionStore::teams_distinctCaseInsensitiveSorted() {
    const qint64 incident = newIncident(QStringLiteral("Teams"));
    QString error;
    for (const char *team : {"sre", "Payments", "SRE", "", "data"})
        QVERIFY(m_store->create(
            draft(incident, QStringLiteral("t"), Bucket::Now, {}, QString::fromLatin1(team)), &error));
    const QStringList teams = m_store->teams();
    QCOMPARE(teams.size(), 3);
    QCOMPARE(teams.at(0), QStringLiteral("data"));
    QCOMPARE(teams.at(1), QStringLiteral("Payments"));
    QCOMPARE(teams.at(2).toLower(), QStringLiteral("sre"));
}

void TestActionStore::rows_filtersAndSortsByDue_data() {
    QTest::addColumn<QString>("team");
    QTest::addColumn<int>("bucket"); // -1: any
    QTest::addColumn<int>("status"); // -1: any
    QTest::addColumn<bool>("overdue");
    QTest::addColumn<QString>("expected"); // titles in order
    QTest::newRow("all by due") << QString() << -1 << -1 << false << QStringLiteral("p,q,r,t,s,u");
    QTest::newRow("team case-insensitive")
        << QStringLiteral("sre") << -1 << -1 << false << QStringLiteral("p,s,u");
    QTest::newRow("later") << QString() << int(Bucket::Later) << -1 << false << QStringLiteral("r,u");
    QTest::newRow("done") << QString() << -1 << int(ActionStatus::Done) << false << QStringLiteral("q");
    QTest::newRow("overdue") << QString() << -1 << -1 << true << QStringLiteral("p,r");
    QTest::newRow("overdue now") << QString() << int(Bucket::Now) << -1 << true << QStringLiteral("p");
    QTest::newRow("overdue done is empty") << QString() << -1 << int(ActionStatus::Done) << true << QString();
    QTest::newRow("team and open") << QStringLiteral("SRE") << -1 << int(ActionStatus::Open) << false
                                   << QStringLiteral("p,s,u");
}

void TestActionStore::rows_filtersAndSortsByDue() {
    QFETCH(QString, team);
    QFETCH(int, bucket);
    QFETCH(int, status);
    QFETCH(bool, overdue);
    QFETCH(QString, expected);
    const qint64 i1 = newIncident(QStringLiteral("One"));
    const qint64 i2 = newIncident(QStringLiteral("Two"));
    QString error;
    // Created out of due order; today is 2026-03-04.
    const auto s = m_store->create(
        draft(i1, QStringLiteral("s"), Bucket::Now, QDate(2026, 3, 10), QStringLiteral("SRE")), &error);
    const auto p = m_store->create(
        draft(i2, QStringLiteral("p"), Bucket::Now, QDate(2026, 3, 1), QStringLiteral("SRE")), &error);
    const auto q = m_store->create(
        draft(i1, QStringLiteral("q"), Bucket::Now, QDate(2026, 3, 2), QStringLiteral("web")), &error);
    const auto u = m_store->create(
        draft(i2, QStringLiteral("u"), Bucket::Later, QDate(2026, 4, 1), QStringLiteral("Sre")), &error);
    const auto r = m_store->create(
        draft(i1, QStringLiteral("r"), Bucket::Later, QDate(2026, 3, 3), QStringLiteral("web")), &error);
    const auto t = m_store->create(
        draft(i2, QStringLiteral("t"), Bucket::Now, QDate(2026, 3, 4), QStringLiteral("web")), &error);
    QVERIFY(s && p && q && u && r && t);
    QVERIFY(m_store->setStatus(q->id, ActionStatus::Done, &error));

    ActionFilter filter;
    filter.team = team;
    if (bucket >= 0)
        filter.bucket = static_cast<Bucket>(bucket);
    if (status >= 0)
        filter.status = static_cast<ActionStatus>(status);
    filter.overdueOnly = overdue;
    const QList<ActionRow> rows = m_store->rows(filter, 0, 100, &error);
    QVERIFY(error.isEmpty());
    QStringList titles;
    for (const ActionRow &row : rows) {
        titles << row.action.title;
        QCOMPARE(row.incidentTitle,
                 row.action.incidentId == i1 ? QStringLiteral("One") : QStringLiteral("Two"));
        QCOMPARE(row.incidentDate, QDate(2026, 3, 1));
    }
    QCOMPARE(titles.join(QLatin1Char(',')), expected);
    QCOMPARE(m_store->count(filter), int(rows.size()));
}

void TestActionStore::rows_pagesWithoutOverlap() {
    const qint64 incident = newIncident(QStringLiteral("Paging"));
    QString error;
    QSet<qint64> ids;
    for (int i = 0; i < 25; ++i)
        ids << m_store
                   ->create(
                       draft(incident, QStringLiteral("a%1").arg(i), Bucket::Now, QDate(2026, 3, 1 + i % 3)),
                       &error)
                   ->id;
    QSet<qint64> seen;
    QDate last;
    for (int offset = 0; offset < 25; offset += 10) {
        for (const ActionRow &row : m_store->rows({}, offset, 10)) {
            QVERIFY(!seen.contains(row.action.id));
            QVERIFY(!last.isValid() || last <= row.action.due);
            last = row.action.due;
            seen << row.action.id;
        }
    }
    QCOMPARE(seen, ids);
}

void TestActionStore::removeIncident_cascadesToActions() {
    const qint64 incident = newIncident(QStringLiteral("Gone"));
    QString error;
    QVERIFY(m_store->create(draft(incident, QStringLiteral("a")), &error));
    QCOMPARE(m_store->count({}), 1);
    QVERIFY(m_incidents->remove(incident, &error));
    QCOMPARE(m_store->count({}), 0);
}

void TestActionStore::queryPlans_useIndexes_data() {
    QTest::addColumn<QString>("sql");
    const QString base =
        QStringLiteral("SELECT a.id, i.title FROM action a CROSS JOIN incident i ON i.id = a.incident_id ");
    QTest::newRow("all") << QString(base + QStringLiteral("ORDER BY a.due, a.id LIMIT 200"));
    QTest::newRow("overdue") << QString(
        base +
        QStringLiteral("WHERE a.status = 'open' AND a.due < '2026-03-04' ORDER BY a.due, a.id LIMIT 200"));
    QTest::newRow("overdue now") << QString(
        base + QStringLiteral("WHERE a.bucket = 'now' AND a.status = 'open' AND a.due < '2026-03-04' ORDER "
                              "BY a.due, a.id LIMIT 200"));
    QTest::newRow("team") << QString(
        base + QStringLiteral("WHERE a.team = 'sre' COLLATE NOCASE ORDER BY a.due, a.id LIMIT 200"));
    QTest::newRow("status") << QString(
        base + QStringLiteral("WHERE a.status = 'done' ORDER BY a.due, a.id LIMIT 200"));
    QTest::newRow("incident") << QStringLiteral("SELECT id FROM action a WHERE a.incident_id = 1 ORDER BY "
                                                "CASE a.bucket WHEN 'now' THEN 0 ELSE 1 END, a.position");
}

// The 100k × 5 budgets (first page ≤ 50 ms, overdue ≤ 20 ms) hold only while no query scans the
// whole table or sorts it: checked on the plan, independent of the machine's speed.
void TestActionStore::queryPlans_useIndexes() {
    QFETCH(QString, sql);
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql));
    QStringList plan;
    while (q.next())
        plan << q.value(3).toString();
    const QString text = plan.join(QLatin1String(" | "));
    QVERIFY2(text.contains(QStringLiteral("USING INDEX")) ||
                 text.contains(QStringLiteral("USING COVERING INDEX")),
             qPrintable(text));
    QVERIFY2(!text.contains(QRegularExpression(QStringLiteral("SCAN a( |$)"))) ||
                 text.contains(QStringLiteral("SCAN a USING")),
             qPrintable(text));
    if (!sql.contains(QStringLiteral("CASE")))
        QVERIFY2(!text.contains(QStringLiteral("TEMP B-TREE")), qPrintable(text));
}

QTEST_GUILESS_MAIN(TestActionStore)
#include "tst_actionstore.moc"
