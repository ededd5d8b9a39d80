#include "actionlistmodel.h"
#include "database.h"
#include "incidentstore.h"

#include <memory>
#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace hs;

class TestActionListModel final : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void rows_nowThenLaterInOrder();
    void setData_everyColumn_data();
    void setData_everyColumn();
    void setData_bucketMovesRowToEndOfOtherBucket();
    void flags_editableAndDraggable();
    void insertRows_inBucketOfRowAbove();
    void removeRows_removesFromStore();
    void moveRows_withinBucketOnly();
    void dragAndDrop_betweenBucketModels();
    void dragAndDrop_onRowOfOtherBucket();
    void counts_followChanges();
    void otherIncident_isIgnored();

private:
    QString titles() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<IncidentStore> m_incidents;
    std::unique_ptr<ActionStore> m_store;
    std::unique_ptr<ActionListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    qint64 m_incident = 0;
    qint64 m_other = 0;
};

void TestActionListModel::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QString error;
    QVERIFY2(m_db->open(m_dir->filePath(QStringLiteral("m.sqlite")), &error), qPrintable(error));
    m_incidents = std::make_unique<IncidentStore>(*m_db);
    m_store = std::make_unique<ActionStore>(*m_db);
    m_store->setToday([] { return QDate(2026, 3, 4); });
    m_incident = m_incidents->create(QStringLiteral("Checkout"), QDate(2026, 3, 1), &error)->id;
    m_other = m_incidents->create(QStringLiteral("Other"), QDate(2026, 3, 1), &error)->id;
    // n0 n1 n2 in Now, l0 l1 in Later.
    for (const auto &[title, bucket] :
         {std::pair{"n0", Bucket::Now}, std::pair{"l0", Bucket::Later}, std::pair{"n1", Bucket::Now},
          std::pair{"n2", Bucket::Now}, std::pair{"l1", Bucket::Later}}) {
        Action a;
        a.incidentId = m_incident;
        a.title = QString::fromLatin1(title);
        a.bucket = bucket;
        QVERIFY(m_store->create(a, &error));
    }
    m_model = std::make_unique<ActionListModel>(*m_store);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setIncident(m_incident);
}

void TestActionListModel::cleanup() {
    m_tester.reset();
    m_model.reset();
    m_store.reset();
    m_incidents.reset();
    m_db.reset();
    m_dir.reset();
}

QString TestActionListModel::titles() const {
    QStringList t;
    for (int r = 0; r < m_model->rowCount(); ++r)
        t << m_model->index(r, ActionListModel::TitleColumn).data().toString();
    return t.join(QLatin1Char(','));
}

void TestActionListModel::rows_nowThenLaterInOrder() {
    QCOMPARE(titles(), QStringLiteral("n0,n1,n2,l0,l1"));
    QCOMPARE(m_model->columnCount(), ActionFieldCount);
    QCOMPARE(m_model->index(3, ActionListModel::BucketColumn).data(ActionListModel::BucketRole).toInt(),
             int(Bucket::Later));
    QCOMPARE(m_model->index(0, ActionListModel::DueColumn).data(Qt::EditRole).toDate(), QDate(2026, 3, 11));
    m_model->setBucketFilter(Bucket::Later);
    QCOMPARE(titles(), QStringLiteral("l0,l1"));
}

void TestActionListModel::setData_everyColumn_data() {
    QTest::addColumn<int>("column");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("title") << int(ActionListModel::TitleColumn) << QVariant(QStringLiteral("Add alert"))
                           << true;
    QTest::newRow("empty title") << int(ActionListModel::TitleColumn) << QVariant(QString()) << false;
    QTest::newRow("team") << int(ActionListModel::TeamColumn) << QVariant(QStringLiteral("SRE")) << true;
    QTest::newRow("owner") << int(ActionListModel::OwnerColumn) << QVariant(QStringLiteral("Ana")) << true;
    QTest::newRow("status done") << int(ActionListModel::StatusColumn) << QVariant(int(ActionStatus::Done))
                                 << true;
    QTest::newRow("status dropped without reason")
        << int(ActionListModel::StatusColumn) << QVariant(int(ActionStatus::Dropped)) << false;
    QTest::newRow("reason") << int(ActionListModel::DropReasonColumn)
                            << QVariant(QStringLiteral("Vendor fix")) << true;
    QTest::newRow("due") << int(ActionListModel::DueColumn) << QVariant(QDate(2028, 2, 29)) << true;
    QTest::newRow("bad due") << int(ActionListModel::DueColumn) << QVariant(QStringLiteral("soon")) << false;
    QTest::newRow("link") << int(ActionListModel::LinkColumn)
                          << QVariant(QStringLiteral("https://gitlab.example.com/a/b/-/issues/3")) << true;
    QTest::newRow("bad link") << int(ActionListModel::LinkColumn) << QVariant(QStringLiteral("issue 3"))
                              << false;
    QTest::newRow("notes") << int(ActionListModel::NotesColumn) << QVariant(QStringLiteral("a\nb")) << true;
}

void TestActionListModel::setData_everyColumn() {
    QFETCH(int, column);
    QFETCH(QVariant, value);
    QFETCH(bool, accepted);
    const QModelIndex index = m_model->index(1, column);
    const qint64 id = m_model->idAt(1);
    const QVariant before = index.data(Qt::EditRole);
    QSignalSpy failed(m_model.get(), &ActionListModel::editFailed);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QCOMPARE(m_model->setData(index, value), accepted);
    const auto stored = m_store->load(id);
    QVERIFY(stored);
    if (accepted) {
        QCOMPARE(failed.size(), 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(m_model->index(1, column).data(Qt::EditRole),
                 stored->value(static_cast<ActionField>(column)));
        QVERIFY(stored->value(static_cast<ActionField>(column)) != before);
    } else {
        QCOMPARE(failed.size(), 1);
        QVERIFY(!m_model->lastError().isEmpty());
        QCOMPARE(stored->value(static_cast<ActionField>(column)), before);
    }
}

void TestActionListModel::setData_bucketMovesRowToEndOfOtherBucket() {
    QVERIFY(m_model->setData(m_model->index(0, ActionListModel::BucketColumn), int(Bucket::Later)));
    QCOMPARE(titles(), QStringLiteral("n1,n2,l0,l1,n0"));
    QVERIFY(m_model->setData(m_model->index(4, ActionListModel::BucketColumn), QStringLiteral("now")));
    QCOMPARE(titles(), QStringLiteral("n1,n2,n0,l0,l1"));
}

void TestActionListModel::flags_editableAndDraggable() {
    for (int c = 0; c < m_model->columnCount(); ++c) {
        const Qt::ItemFlags f = m_model->index(0, c).flags();
        QVERIFY(f & Qt::ItemIsEditable);
        QVERIFY(f & Qt::ItemIsDragEnabled);
    }
    QVERIFY(m_model->flags({}) & Qt::ItemIsDropEnabled);
}

void TestActionListModel::insertRows_inBucketOfRowAbove() {
    QVERIFY(m_model->insertRows(1, 1));
    QCOMPARE(titles(), QStringLiteral("n0,New action,n1,n2,l0,l1"));
    QCOMPARE(m_model->index(1, ActionListModel::DueColumn).data(Qt::EditRole).toDate(), QDate(2026, 3, 11));
    QVERIFY(m_model->insertRows(m_model->rowCount(), 1));
    QCOMPARE(m_model->index(6, ActionListModel::BucketColumn).data(ActionListModel::BucketRole).toInt(),
             int(Bucket::Later));
    QCOMPARE(m_model->index(6, ActionListModel::DueColumn).data(Qt::EditRole).toDate(), QDate(2026, 4, 3));
    QCOMPARE(m_store->counts(m_incident).total(), 7);
}

void TestActionListModel::removeRows_removesFromStore() {
    const qint64 id = m_model->idAt(1);
    QVERIFY(m_model->removeRows(1, 2));
    QCOMPARE(titles(), QStringLiteral("n0,l0,l1"));
    QVERIFY(!m_store->load(id));
    QVERIFY(!m_model->removeRows(2, 5));
}

void TestActionListModel::moveRows_withinBucketOnly() {
    QSignalSpy moved(m_model.get(), &QAbstractItemModel::rowsMoved);
    QVERIFY(m_model->moveRows({}, 2, 1, {}, 0)); // n2 to the top
    QCOMPARE(titles(), QStringLiteral("n2,n0,n1,l0,l1"));
    QVERIFY(m_model->moveRows({}, 0, 1, {}, 3)); // n2 back to the end of Now
    QCOMPARE(titles(), QStringLiteral("n0,n1,n2,l0,l1"));
    QCOMPARE(moved.size(), 2);
    QVERIFY(!m_model->moveRows({}, 0, 1, {}, 5)); // into Later: refused
    QVERIFY(!m_model->moveRows({}, 2, 2, {}, 0)); // spans both buckets
    QCOMPARE(titles(), QStringLiteral("n0,n1,n2,l0,l1"));
    QList<int> positions;
    for (const Action &a : m_store->forIncident(m_incident))
        positions << a.position;
    QCOMPARE(positions, QList<int>({0, 1, 2, 0, 1}));
}

void TestActionListModel::dragAndDrop_betweenBucketModels() {
    m_model->setBucketFilter(Bucket::Now);
    ActionListModel later(*m_store);
    QAbstractItemModelTester laterTester(&later, QAbstractItemModelTester::FailureReportingMode::QtTest);
    later.setIncident(m_incident);
    later.setBucketFilter(Bucket::Later);
    std::unique_ptr<QMimeData> mime(m_model->mimeData({m_model->index(1, 0), m_model->index(1, 3)}));
    QVERIFY(mime);
    QVERIFY(mime->hasFormat(QString::fromLatin1(ActionListModel::MimeType)));
    QVERIFY(later.canDropMimeData(mime.get(), Qt::CopyAction, 1, 0, {}));
    QVERIFY(later.dropMimeData(mime.get(), Qt::CopyAction, 1, 0, {})); // between l0 and l1
    QCOMPARE(titles(), QStringLiteral("n0,n2"));
    QStringList laterTitles;
    for (int r = 0; r < later.rowCount(); ++r)
        laterTitles << later.index(r, 0).data().toString();
    QCOMPARE(laterTitles.join(QLatin1Char(',')), QStringLiteral("l0,n1,l1"));
    QCOMPARE(m_store->counts(m_incident).later, 3);
    // Dropping on empty space appends to the filter's bucket.
    std::unique_ptr<QMimeData> back(later.mimeData({later.index(0, 0)}));
    QVERIFY(m_model->dropMimeData(back.get(), Qt::MoveAction, -1, -1, {}));
    QCOMPARE(titles(), QStringLiteral("n0,n2,l0"));
}

void TestActionListModel::dragAndDrop_onRowOfOtherBucket() {
    // Both buckets in one view: n0 and n1 dropped on l1 go before it, into Later, in their order.
    std::unique_ptr<QMimeData> mime(m_model->mimeData({m_model->index(0, 0), m_model->index(1, 0)}));
    QVERIFY(m_model->dropMimeData(mime.get(), Qt::MoveAction, -1, -1, m_model->index(4, 0)));
    QCOMPARE(titles(), QStringLiteral("n2,l0,n0,n1,l1"));
    // Moving down within a bucket: l0 dropped before l1 lands just above it.
    std::unique_ptr<QMimeData> down(m_model->mimeData({m_model->index(1, 0)}));
    QVERIFY(m_model->dropMimeData(down.get(), Qt::MoveAction, 4, 0, {}));
    QCOMPARE(titles(), QStringLiteral("n2,n0,n1,l0,l1"));
    // Foreign data and actions of another incident are refused.
    QMimeData foreign;
    foreign.setText(QStringLiteral("n2"));
    QVERIFY(!m_model->canDropMimeData(&foreign, Qt::MoveAction, 0, 0, {}));
    Action other;
    other.incidentId = m_other;
    other.title = QStringLiteral("elsewhere");
    QString error;
    QVERIFY(m_store->create(other, &error));
    ActionListModel otherModel(*m_store);
    otherModel.setIncident(m_other);
    std::unique_ptr<QMimeData> alien(otherModel.mimeData({otherModel.index(0, 0)}));
    QVERIFY(!m_model->dropMimeData(alien.get(), Qt::MoveAction, 0, 0, {}));
    QCOMPARE(m_model->rowCount(), 5);
}

void TestActionListModel::counts_followChanges() {
    QSignalSpy counts(m_model.get(), &ActionListModel::countsChanged);
    QCOMPARE(m_model->counts().now, 3);
    QCOMPARE(m_model->counts().later, 2);
    QVERIFY(m_model->setData(m_model->index(0, ActionListModel::StatusColumn), int(ActionStatus::Done)));
    QCOMPARE(m_model->counts().openNow, 2);
    QVERIFY(m_model->moveToBucket(0, Bucket::Later));
    QCOMPARE(m_model->counts().now, 2);
    QCOMPARE(m_model->counts().later, 3);
    QVERIFY(counts.size() >= 2);
}

void TestActionListModel::otherIncident_isIgnored() {
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    Action a;
    a.incidentId = m_other;
    a.title = QStringLiteral("x");
    QString error;
    QVERIFY(m_store->create(a, &error));
    QCOMPARE(reset.size(), 0);
    QCOMPARE(m_model->rowCount(), 5);
}

QTEST_MAIN(TestActionListModel)
#include "tst_actionlistmodel.moc"
