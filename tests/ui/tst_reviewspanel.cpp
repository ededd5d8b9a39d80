#include "database.h"
#include "incidentstore.h"
#include "reviewproposaldialog.h"
#include "reviewspanel.h"
#include "reviewstore.h"
#include "uitestsupport.h"

#include <memory>
#include <QCheckBox>
#include <QDateTimeEdit>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

using namespace hs;

class TestReviewsPanel final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void proposeButton_acceptStoresBothReviews();
    void proposeButton_editedDateIsStored();
    void proposeButton_cancelStoresNothing();
    void proposeIfNone_skipsAnIncidentWithReviews();
    void edits_areSavedAtOnce();

private:
    // Answers the next modal dialog with `answer` (run from its own event loop).
    void answerNextDialog(std::function<void(ReviewProposalDialog *)> answer);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<IncidentStore> m_incidents;
    std::unique_ptr<ReviewStore> m_store;
    std::unique_ptr<ReviewsPanel> m_panel;
    ReviewRules m_rules;
    qint64 m_incident = 0;
};

void TestReviewsPanel::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QString error;
    QVERIFY2(m_db->open(m_dir->filePath(QStringLiteral("h.sqlite")), &error), qPrintable(error));
    m_incidents = std::make_unique<IncidentStore>(*m_db);
    m_store = std::make_unique<ReviewStore>(*m_db);
    m_incident = m_incidents->create(QStringLiteral("Checkout DB down"), QDate(2026, 11, 23), &error)->id;
    m_rules.zone = QTimeZone("Europe/Berlin");
    m_panel = std::make_unique<ReviewsPanel>(*m_store);
    m_panel->setRules(m_rules);
    m_panel->setToday([] { return QDate(2026, 11, 24); });
    m_panel->setIncident(m_incident, QStringLiteral("Checkout DB down"));
    m_panel->resize(700, 200);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void TestReviewsPanel::cleanup() {
    m_panel.reset();
    m_store.reset();
    m_incidents.reset();
    m_db.reset();
    m_dir.reset();
}

void TestReviewsPanel::answerNextDialog(std::function<void(ReviewProposalDialog *)> answer) {
    test::whenModalShown([answer = std::move(answer)](QWidget *modal) {
        auto *dialog = qobject_cast<ReviewProposalDialog *>(modal);
        QVERIFY(dialog);
        answer(dialog);
    });
}

void TestReviewsPanel::proposeButton_acceptStoresBothReviews() {
    QVERIFY(m_panel->proposeButton()->isEnabled());
    answerNextDialog([](ReviewProposalDialog *dialog) { QTest::keyClick(dialog, Qt::Key_Return); });
    QTest::mouseClick(m_panel->proposeButton(), Qt::LeftButton);
    const QList<Review> reviews = m_store->forIncident(m_incident);
    QCOMPARE(reviews.size(), 2);
    const QList<ReviewProposal> expected = proposeReviews(QDate(2026, 11, 24), m_rules);
    QCOMPARE(reviews.at(0).kind, ReviewKind::Week);
    QCOMPARE(reviews.at(0).at, expected.at(0).at);
    QCOMPARE(reviews.at(1).at, expected.at(1).at);
    QCOMPARE(reviews.at(0).at.timeZone().id(), QByteArrayLiteral("Europe/Berlin"));
    QCOMPARE(reviews.at(0).at.time(), QTime(10, 0));
    QCOMPARE(m_panel->count(), 2);
    QCOMPARE(m_panel->dateTimeEdit(0)->date(), expected.at(0).at.date());
    QVERIFY(!m_panel->proposeButton()->isVisible()); // proposing twice would double them
}

void TestReviewsPanel::proposeButton_editedDateIsStored() {
    answerNextDialog([](ReviewProposalDialog *dialog) {
        QDateTimeEdit *month = dialog->dateTimeEdit(ReviewKind::Month);
        month->setFocus();
        month->setSelectedSection(QDateTimeEdit::DaySection);
        QTest::keyClick(month, Qt::Key_Down);
        QTest::keyClick(month, Qt::Key_Return);
    });
    QTest::mouseClick(m_panel->proposeButton(), Qt::LeftButton);
    const QList<Review> reviews = m_store->forIncident(m_incident);
    QCOMPARE(reviews.size(), 2);
    const QList<ReviewProposal> proposed = proposeReviews(QDate(2026, 11, 24), m_rules);
    QCOMPARE(reviews.at(1).at, proposed.at(1).at.addDays(-1));
}

void TestReviewsPanel::proposeButton_cancelStoresNothing() {
    answerNextDialog([](ReviewProposalDialog *dialog) { QTest::keyClick(dialog, Qt::Key_Escape); });
    QTest::mouseClick(m_panel->proposeButton(), Qt::LeftButton);
    QVERIFY(m_store->forIncident(m_incident).isEmpty());
    QCOMPARE(m_panel->count(), 0);
    QVERIFY(m_panel->proposeButton()->isVisible()); // they can do it later
    QVERIFY(m_panel->proposeButton()->isEnabled());
}

void TestReviewsPanel::proposeIfNone_skipsAnIncidentWithReviews() {
    QVERIFY(m_store->create(m_incident, ReviewKind::Week,
                            QDateTime(QDate(2026, 12, 2), QTime(10, 0), m_rules.zone), nullptr));
    QCOMPARE(m_panel->count(), 1);
    // Any dialog shown is recorded and closed, so a wrong one cannot block the run.
    bool shown = false;
    QTimer closer;
    connect(&closer, &QTimer::timeout, this, [&shown] {
        if (auto *modal = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
            shown = true;
            modal->reject();
        }
    });
    closer.start(10);
    m_panel->proposeIfNone();
    QVERIFY(!shown);
    QCOMPARE(m_store->forIncident(m_incident).size(), 1);

    // Without reviews it asks.
    QVERIFY(m_store->remove(m_store->forIncident(m_incident).first().id, nullptr));
    m_panel->proposeIfNone();
    QVERIFY(shown);
}

void TestReviewsPanel::edits_areSavedAtOnce() {
    const auto created = m_store->create(m_incident, proposeReviews(QDate(2026, 11, 24), m_rules), nullptr);
    QCOMPARE(created.size(), 2);
    QCOMPARE(m_panel->count(), 2);

    QTest::mouseClick(m_panel->doneBox(0), Qt::LeftButton, {}, QPoint(4, m_panel->doneBox(0)->height() / 2));
    QVERIFY(m_store->load(created.at(0).id)->done);

    QLineEdit *notes = m_panel->notesEdit(0);
    QTest::keyClicks(notes, QStringLiteral("Index added; alerting still open"));
    QCOMPARE(m_store->load(created.at(0).id)->notes, QStringLiteral("Index added; alerting still open"));
    QCOMPARE(m_panel->notesEdit(0), notes); // the row was not rebuilt under the typing

    QDateTimeEdit *month = m_panel->dateTimeEdit(1);
    month->setFocus();
    month->setSelectedSection(QDateTimeEdit::HourSection);
    QTest::keyClicks(month, QStringLiteral("15"));
    QTest::keyClick(month, Qt::Key_Return);
    const Review stored = *m_store->load(created.at(1).id);
    QCOMPARE(stored.at.time(), QTime(15, 0));
    QCOMPARE(stored.at.date(), created.at(1).at.date());
    QCOMPARE(stored.at.timeZone().id(), QByteArrayLiteral("Europe/Berlin"));
}

QTEST_MAIN(TestReviewsPanel)
#include "tst_reviewspanel.moc"
