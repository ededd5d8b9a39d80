#include "database.h"
#include "incidentlistmodel.h"
#include "incidentstore.h"

#include <QAbstractItemModelTester>
#include <QHash>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace hs;

class TestIncidentListModel final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void fetchMore_loadsPageByPage();
    void sort_data();
    void sort();
    void filter_showsOnlyMatches();
    void rowOf_loadsPagesUntilFound();
    void save_refreshesTheRow();
    void create_reloads();

private:
    void fetchAll();

    QTemporaryDir m_dir;
    Database *m_db = nullptr;
    IncidentStore *m_store = nullptr;
    IncidentListModel *m_model = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
    QHash<qint64, IncidentRow> m_expected; // what was stored, by id
};

namespace {

// More than two pages, so paging is exercised; titles, days, statuses and completeness vary.
constexpr int kIncidents = IncidentListModel::PageSize * 2 + 37;

QString titleFor(int i) {
    static const QStringList words{QStringLiteral("checkout"), QStringLiteral("Payments"),
                                   QStringLiteral("DNS"), QStringLiteral("queue"), QStringLiteral("Search")};
    return QStringLiteral("%1 outage %2").arg(words.at(i % words.size())).arg((i * 7919) % 1000);
}

} // namespace

void TestIncidentListModel::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_db = new Database;
    QString error;
    QVERIFY2(m_db->open(m_dir.filePath(QStringLiteral("list.sqlite")), &error), qPrintable(error));
    m_store = new IncidentStore(*m_db);
    const QDate first(2025, 1, 1);
    for (int i = 0; i < kIncidents; ++i) {
        auto incident = m_store->create(titleFor(i), first.addDays((i * 37) % 300), &error);
        QVERIFY2(incident, qPrintable(error));
        incident->status = static_cast<Status>(i % 4);
        for (int s = 0; s < i % 6 && s < SectionCount; ++s)
            incident->sections[s] = QStringLiteral("text");
        QVERIFY2(m_store->save(*incident,
                               {Field::Status, Field::Cause, Field::Impact, Field::Resolution, Field::Extract,
                                Field::Prevention},
                               &error),
                 qPrintable(error));
        const auto row = m_store->row(incident->id);
        QVERIFY(row);
        m_expected.insert(row->id, *row);
    }
}

void TestIncidentListModel::cleanupTestCase() {
    delete m_store;
    delete m_db;
}

void TestIncidentListModel::init() {
    m_model = new IncidentListModel(*m_store);
    m_tester = new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::Fatal);
}

void TestIncidentListModel::cleanup() {
    delete m_tester;
    delete m_model;
}

void TestIncidentListModel::fetchAll() {
    while (m_model->canFetchMore({}))
        m_model->fetchMore({});
}

void TestIncidentListModel::fetchMore_loadsPageByPage() {
    // The tester already asked for pages, as a view would; whole pages only, not everything.
    const int loaded = m_model->rowCount();
    QVERIFY(loaded > 0 && loaded < kIncidents);
    QCOMPARE(loaded % IncidentListModel::PageSize, 0);
    QVERIFY(m_model->canFetchMore({}));
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    m_model->fetchMore({});
    QCOMPARE(m_model->rowCount(), std::min(loaded + IncidentListModel::PageSize, kIncidents));
    QCOMPARE(inserted.count(), 1);
    fetchAll();
    QCOMPARE(m_model->rowCount(), kIncidents);
    QVERIFY(!m_model->canFetchMore({}));
    QCOMPARE(m_model->columnCount(), int(IncidentListModel::ColumnCount));
    QSet<qint64> ids;
    for (int row = 0; row < m_model->rowCount(); ++row)
        ids.insert(m_model->idAt(row));
    QCOMPARE(ids.size(), kIncidents); // every incident exactly once
}

void TestIncidentListModel::sort_data() {
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    for (int c = 0; c < IncidentListModel::ColumnCount; ++c) {
        QTest::addRow("column %d ascending", c) << c << Qt::AscendingOrder;
        QTest::addRow("column %d descending", c) << c << Qt::DescendingOrder;
    }
}

void TestIncidentListModel::sort() {
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    // Start from another order so the sort always has something to do.
    m_model->sort(column, order == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder);
    m_model->sort(column, order);
    fetchAll();
    QCOMPARE(m_model->rowCount(), kIncidents);
    // -1, 0, 1 comparison of two stored rows on the sorted column.
    auto compare = [column](const IncidentRow &a, const IncidentRow &b) {
        switch (column) {
        case IncidentListModel::DateColumn:
            return a.date < b.date ? -1 : a.date > b.date;
        case IncidentListModel::TitleColumn:
            return QString::compare(a.title, b.title, Qt::CaseInsensitive) < 0   ? -1
                   : QString::compare(a.title, b.title, Qt::CaseInsensitive) > 0 ? 1
                                                                                 : 0;
        case IncidentListModel::StatusColumn:
            return a.status < b.status ? -1 : int(a.status > b.status);
        default:
            return a.completeness < b.completeness ? -1 : int(a.completeness > b.completeness);
        }
    };
    for (int row = 1; row < m_model->rowCount(); ++row) {
        const IncidentRow &before = m_expected.value(m_model->idAt(row - 1));
        const IncidentRow &after = m_expected.value(m_model->idAt(row));
        const int c = compare(before, after);
        QVERIFY2(order == Qt::AscendingOrder ? c <= 0 : c >= 0, qPrintable(QString::number(row)));
    }
    // The display follows the data: the first row shows the stored values of its incident.
    const IncidentRow &top = m_expected.value(m_model->idAt(0));
    QCOMPARE(m_model->data(m_model->index(0, IncidentListModel::TitleColumn)).toString(), top.title);
    QCOMPARE(m_model->data(m_model->index(0, 0), IncidentListModel::StatusRole).toInt(), int(top.status));
    QCOMPARE(m_model->data(m_model->index(0, 0), IncidentListModel::CompletenessRole).toInt(),
             top.completeness);
}

void TestIncidentListModel::filter_showsOnlyMatches() {
    int expected = 0;
    for (const IncidentRow &row : std::as_const(m_expected))
        expected += row.title.contains(QStringLiteral("payments"), Qt::CaseInsensitive);
    QVERIFY(expected > IncidentListModel::PageSize / 4);
    m_model->setFilter(QStringLiteral("PAYMENTS"));
    fetchAll();
    QCOMPARE(m_model->rowCount(), expected);
    for (int row = 0; row < m_model->rowCount(); ++row)
        QVERIFY(m_model->data(m_model->index(row, IncidentListModel::TitleColumn))
                    .toString()
                    .startsWith(QStringLiteral("Payments")));
    m_model->setFilter(QStringLiteral("no such incident"));
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(!m_model->canFetchMore({}));
    m_model->setFilter(QString());
    fetchAll();
    QCOMPARE(m_model->rowCount(), kIncidents);
}

void TestIncidentListModel::rowOf_loadsPagesUntilFound() {
    m_model->sort(IncidentListModel::TitleColumn, Qt::AscendingOrder);
    QCOMPARE(m_model->rowCount(), IncidentListModel::PageSize);
    // The incident that sorts last is on the last page, not loaded yet.
    qint64 last = 0;
    for (const IncidentRow &row : std::as_const(m_expected)) {
        const IncidentRow &current = m_expected.value(last);
        const int c = last ? QString::compare(row.title, current.title, Qt::CaseInsensitive) : 1;
        if (c > 0 || (c == 0 && row.id > last))
            last = row.id;
    }
    const int row = m_model->rowOf(last);
    QCOMPARE(row, kIncidents - 1);
    QCOMPARE(m_model->idAt(row), last);
    QCOMPARE(m_model->rowCount(), kIncidents);

    m_model->setFilter(QStringLiteral("DNS"));
    const qint64 payments =
        m_store->rows({ListColumn::Date, Qt::AscendingOrder, QStringLiteral("Payments")}, 0, 1).value(0).id;
    QVERIFY(payments);
    QCOMPARE(m_model->rowOf(payments), -1); // filtered out
    QCOMPARE(m_model->rowOf(0), -1);
}

void TestIncidentListModel::save_refreshesTheRow() {
    const qint64 id = m_model->idAt(3);
    QString error;
    auto incident = m_store->load(id, &error);
    QVERIFY2(incident, qPrintable(error));
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
    incident->title = QStringLiteral("Renamed while the list is open");
    incident->status = Status::Shared;
    QVERIFY2(m_store->save(*incident, {Field::Title, Field::Status}, &error), qPrintable(error));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), m_model->index(3, 0));
    QCOMPARE(changed.at(0).at(1).toModelIndex(), m_model->index(3, IncidentListModel::ColumnCount - 1));
    QCOMPARE(reset.count(), 0); // the row stays where it is while someone types
    QCOMPARE(m_model->data(m_model->index(3, IncidentListModel::TitleColumn)).toString(),
             QStringLiteral("Renamed while the list is open"));
    QCOMPARE(m_model->data(m_model->index(3, 0), IncidentListModel::StatusRole).toInt(), int(Status::Shared));
    m_expected[id] = *m_store->row(id);
}

void TestIncidentListModel::create_reloads() {
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
    QString error;
    // Newest date: first in the default order (date, newest first).
    const auto incident = m_store->create(QStringLiteral("Brand new"), QDate(2030, 1, 1), &error);
    QVERIFY2(incident, qPrintable(error));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(m_model->idAt(0), incident->id);
    QCOMPARE(m_model->rowOf(incident->id), 0);
    QVERIFY2(m_store->remove(incident->id, &error), qPrintable(error));
    QCOMPARE(reset.count(), 2);
    QCOMPARE(m_model->rowOf(incident->id), -1);
}

QTEST_MAIN(TestIncidentListModel)
#include "tst_incidentlistmodel.moc"
