#include "allactionsmodel.h"
#include "database.h"
#include "incidentstore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace hs;

class TestAllActionsModel final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void fetchMore_loadsPagesSortedByDue();
    void filter_data();
    void filter();
    void changes_refreshOrReload();

private:
    void fetchAll();

    QTemporaryDir m_dir;
    Database *m_db = nullptr;
    IncidentStore *m_incidents = nullptr;
    ActionStore *m_store = nullptr;
    AllActionsModel *m_model = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
    QList<Action> m_created;
};

namespace {
// More than two pages; teams, buckets, statuses and due dates vary (today is 2026-03-04).
constexpr int kActions = AllActionsModel::PageSize * 2 + 23;
const QStringList kTeams{QStringLiteral("SRE"), QStringLiteral("Payments"), QStringLiteral("Web")};
} // namespace

void TestAllActionsModel::initTestCase() {
    m_db = new Database;
    QString error;
    QVERIFY2(m_db->open(m_dir.filePath(QStringLiteral("all.sqlite")), &error), qPrintable(error));
    m_incidents = new IncidentStore(*m_db);
    m_store = new ActionStore(*m_db);
    m_store->setToday([] { return QDate(2026, 3, 4); });
    QList<qint64> incidents;
    for (int i = 0; i < 7; ++i)
        incidents
            << m_incidents->create(QStringLiteral("Incident %1").arg(i), QDate(2026, 2, 1 + i), &error)->id;
    for (int i = 0; i < kActions; ++i) {
        Action a;
        a.incidentId = incidents.at(i % incidents.size());
        a.title = QStringLiteral("action %1").arg(i);
        a.team = kTeams.at(i % kTeams.size());
        a.bucket = i % 4 == 0 ? Bucket::Later : Bucket::Now;
        a.due = QDate(2026, 2, 1).addDays((i * 37) % 90);
        a.status = i % 5 == 0 ? ActionStatus::Done : ActionStatus::Open;
        auto stored = m_store->create(a, &error);
        QVERIFY2(stored, qPrintable(error));
        m_created << *stored;
    }
}

void TestAllActionsModel::cleanupTestCase() {
    delete m_store;
    delete m_incidents;
    delete m_db;
}

void TestAllActionsModel::init() {
    m_model = new AllActionsModel(*m_store);
    m_tester = new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestAllActionsModel::cleanup() {
    delete m_tester;
    delete m_model;
}

void TestAllActionsModel::fetchAll() {
    while (m_model->canFetchMore({}))
        m_model->fetchMore({});
}

void TestAllActionsModel::fetchMore_loadsPagesSortedByDue() {
    {
        // Without a tester (which fetches from its own slots), only the first page is read.
        AllActionsModel lazy(*m_store);
        QCOMPARE(lazy.rowCount(), AllActionsModel::PageSize);
        QVERIFY(lazy.canFetchMore({}));
        lazy.fetchMore({});
        QCOMPARE(lazy.rowCount(), 2 * AllActionsModel::PageSize);
    }
    fetchAll();
    QCOMPARE(m_model->rowCount(), kActions);
    QCOMPARE(m_model->totalCount(), kActions);
    QSet<qint64> ids;
    QDate last;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const qint64 id = m_model->idAt(r);
        QVERIFY(!ids.contains(id));
        ids << id;
        const auto a = m_store->load(id);
        QVERIFY(!last.isValid() || last <= a->due);
        last = a->due;
        QCOMPARE(m_model->index(r, AllActionsModel::IncidentColumn).data().toString(),
                 m_incidents->row(a->incidentId)->title);
    }
}

void TestAllActionsModel::filter_data() {
    QTest::addColumn<QString>("team");
    QTest::addColumn<int>("bucket");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("overdue");
    QTest::newRow("team") << QStringLiteral("payments") << -1 << -1 << false;
    QTest::newRow("later") << QString() << int(Bucket::Later) << -1 << false;
    QTest::newRow("done") << QString() << -1 << int(ActionStatus::Done) << false;
    QTest::newRow("overdue") << QString() << -1 << -1 << true;
    QTest::newRow("overdue now SRE") << QStringLiteral("SRE") << int(Bucket::Now) << -1 << true;
}

void TestAllActionsModel::filter() {
    QFETCH(QString, team);
    QFETCH(int, bucket);
    QFETCH(int, status);
    QFETCH(bool, overdue);
    ActionFilter f;
    f.team = team;
    if (bucket >= 0)
        f.bucket = static_cast<Bucket>(bucket);
    if (status >= 0)
        f.status = static_cast<ActionStatus>(status);
    f.overdueOnly = overdue;
    m_model->setFilter(f);
    fetchAll();
    const QDate today(2026, 3, 4);
    QSet<qint64> expected;
    for (const Action &a : m_created)
        if ((team.isEmpty() || a.team.compare(team, Qt::CaseInsensitive) == 0) &&
            (bucket < 0 || int(a.bucket) == bucket) && (status < 0 || int(a.status) == status) &&
            (!overdue || a.isOverdue(today)))
            expected << a.id;
    QVERIFY(!expected.isEmpty());
    QSet<qint64> shown;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        shown << m_model->idAt(r);
        QCOMPARE(m_model->index(r, 0).data(AllActionsModel::OverdueRole).toBool(),
                 m_store->load(m_model->idAt(r))->isOverdue(today));
    }
    QCOMPARE(shown, expected);
    QCOMPARE(m_model->totalCount(), int(expected.size()));
}

void TestAllActionsModel::changes_refreshOrReload() {
    const qint64 id = m_model->idAt(3);
    auto a = m_store->load(id);
    a->title = QStringLiteral("renamed");
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QString error;
    QVERIFY(m_store->save(*a, &error));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_model->index(3, AllActionsModel::TitleColumn).data().toString(), QStringLiteral("renamed"));
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
    Action early;
    early.incidentId = a->incidentId;
    early.title = QStringLiteral("earliest");
    early.due = QDate(2020, 1, 1);
    const auto created = m_store->create(early, &error);
    QVERIFY(created);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(m_model->idAt(0), created->id);
    QVERIFY(m_store->remove(created->id, &error));
    QVERIFY(m_model->idAt(0) != created->id);
}

QTEST_MAIN(TestAllActionsModel)
#include "tst_allactionsmodel.moc"
