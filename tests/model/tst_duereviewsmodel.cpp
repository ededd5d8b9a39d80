#include "actionstore.h"
#include "database.h"
#include "duereviewsmodel.h"
#include "incidentstore.h"

#include <memory>
#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace hs;

class TestDueReviewsModel final : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void rows_overdueTodayUpcomingWithOpenActions();
    void upcomingDays_widensTheList();
    void storeChanges_reload();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<IncidentStore> m_incidents;
    std::unique_ptr<ActionStore> m_actions;
    std::unique_ptr<ReviewStore> m_reviews;
    std::unique_ptr<DueReviewsModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QDateTime m_now;
};

namespace {
QDateTime at(int d, int h) {
    return QDateTime(QDate(2026, 3, d), QTime(h, 0), QTimeZone("Europe/Berlin"));
}
} // namespace

void TestDueReviewsModel::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QString error;
    QVERIFY2(m_db->open(m_dir->filePath(QStringLiteral("d.sqlite")), &error), qPrintable(error));
    m_incidents = std::make_unique<IncidentStore>(*m_db);
    m_actions = std::make_unique<ActionStore>(*m_db);
    m_reviews = std::make_unique<ReviewStore>(*m_db);
    const qint64 checkout = m_incidents->create(QStringLiteral("Checkout"), QDate(2026, 3, 1), &error)->id;
    const qint64 dns = m_incidents->create(QStringLiteral("DNS"), QDate(2026, 3, 1), &error)->id;
    for (const char *title : {"Add alert", "Write runbook"}) {
        Action a;
        a.incidentId = checkout;
        a.title = QString::fromLatin1(title);
        QVERIFY(m_actions->create(a, &error));
    }
    QVERIFY(m_reviews->create(checkout, ReviewKind::Week, at(9, 10), &error));   // overdue
    QVERIFY(m_reviews->create(dns, ReviewKind::Week, at(10, 16), &error));       // today
    QVERIFY(m_reviews->create(checkout, ReviewKind::Month, at(14, 10), &error)); // in 4 days
    QVERIFY(m_reviews->create(dns, ReviewKind::Month, at(31, 10), &error));      // far away
    m_now = at(10, 12);
    m_model = std::make_unique<DueReviewsModel>(*m_reviews, [this] { return m_now; });
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestDueReviewsModel::cleanup() {
    m_tester.reset();
    m_model.reset();
    m_reviews.reset();
    m_actions.reset();
    m_incidents.reset();
    m_db.reset();
    m_dir.reset();
}

void TestDueReviewsModel::rows_overdueTodayUpcomingWithOpenActions() {
    QCOMPARE(m_model->rowCount(), 3);
    auto cell = [this](int r, int c, int role = Qt::DisplayRole) { return m_model->index(r, c).data(role); };
    QCOMPARE(cell(0, DueReviewsModel::IncidentColumn).toString(), QStringLiteral("Checkout"));
    QCOMPARE(cell(0, DueReviewsModel::StateColumn).toString(), QStringLiteral("Overdue"));
    QVERIFY(cell(0, 0, DueReviewsModel::OverdueRole).toBool());
    QCOMPARE(cell(0, DueReviewsModel::OpenActionsColumn).toInt(), 2);
    QCOMPARE(cell(0, 0, DueReviewsModel::OpenActionTitlesRole).toStringList(),
             QStringList({QStringLiteral("Add alert"), QStringLiteral("Write runbook")}));
    QCOMPARE(cell(0, DueReviewsModel::KindColumn).toString(), QStringLiteral("+1 week"));
    QCOMPARE(cell(1, DueReviewsModel::IncidentColumn).toString(), QStringLiteral("DNS"));
    QCOMPARE(cell(1, DueReviewsModel::StateColumn).toString(), QStringLiteral("Today"));
    QCOMPARE(cell(1, DueReviewsModel::OpenActionsColumn).toInt(), 0);
    QCOMPARE(cell(1, DueReviewsModel::OpenActionsColumn, Qt::ToolTipRole).toString(),
             QStringLiteral("No open actions"));
    QCOMPARE(cell(2, DueReviewsModel::StateColumn).toString(), QStringLiteral("Upcoming"));
    QCOMPARE(cell(2, DueReviewsModel::KindColumn).toString(), QStringLiteral("+1 month"));
    QCOMPARE(m_model->overdueCount(), 1);
}

void TestDueReviewsModel::upcomingDays_widensTheList() {
    m_model->setUpcomingDays(0);
    QCOMPARE(m_model->rowCount(), 2);
    m_model->setUpcomingDays(30);
    QCOMPARE(m_model->rowCount(), 4);
    m_now = at(31, 12);
    m_model->reload();
    QCOMPARE(m_model->overdueCount(), 4);
}

void TestDueReviewsModel::storeChanges_reload() {
    const qint64 first = m_model->index(0, 0).data(DueReviewsModel::ReviewIdRole).toLongLong();
    auto review = m_reviews->load(first);
    review->done = true;
    QString error;
    QVERIFY(m_reviews->update(*review, &error));
    QCOMPARE(m_model->rowCount(), 2);
    QVERIFY(m_model->index(0, 0).data(DueReviewsModel::ReviewIdRole).toLongLong() != first);
    QVERIFY(m_reviews->remove(m_model->index(0, 0).data(DueReviewsModel::ReviewIdRole).toLongLong(), &error));
    QCOMPARE(m_model->rowCount(), 1);
}

QTEST_MAIN(TestDueReviewsModel)
#include "tst_duereviewsmodel.moc"
