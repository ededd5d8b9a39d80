#include "allactionsmodel.h"
#include "allactionsview.h"
#include "duereviewsview.h"
#include "followupfixture.h"
#include "uitestsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>

using namespace hs;

// The "All actions" and "Due reviews" views on their own, offscreen.
class TestFollowUpViews final : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void allActions_filtersNarrow();
    void allActions_returnOnARowRequestsItsIncident();
    void dueReviews_listsOverdueAndUpcomingWithOpenActions();
    void dueReviews_notesAndMarkDone();

private:
    static QStringList titles(const AllActionsView &view);
    std::unique_ptr<test::FollowUpFixture> m_f;
};

void TestFollowUpViews::init() {
    m_f = std::make_unique<test::FollowUpFixture>();
    QString error;
    QVERIFY2(m_f->setUp(&error), qPrintable(error));
}

void TestFollowUpViews::cleanup() {
    m_f.reset();
}

QStringList TestFollowUpViews::titles(const AllActionsView &view) {
    QStringList result;
    for (int row = 0; row < view.model()->rowCount(); ++row)
        result << view.model()->index(row, AllActionsModel::TitleColumn).data().toString();
    return result;
}

void TestFollowUpViews::allActions_filtersNarrow() {
    AllActionsView view(*m_f->actions);
    view.show();
    // Open actions by default, earliest due first.
    QCOMPARE(titles(view), (QStringList{QStringLiteral("Add alert"), QStringLiteral("Pin resolver"),
                                        QStringLiteral("Write runbook")}));
    QStringList teams;
    for (int i = 0; i < view.teamFilter()->count(); ++i)
        teams << view.teamFilter()->itemText(i);
    QCOMPARE(teams.mid(1),
             (QStringList{QStringLiteral("Payments"), QStringLiteral("SRE"), QStringLiteral("Web")}));

    view.teamFilter()->setCurrentIndex(view.teamFilter()->findText(QStringLiteral("SRE")));
    QCOMPARE(titles(view), QStringList{QStringLiteral("Add alert")});
    view.statusFilter()->setCurrentIndex(0); // any status: the done "Roll back" too
    QCOMPARE(titles(view), (QStringList{QStringLiteral("Roll back"), QStringLiteral("Add alert")}));
    view.teamFilter()->setCurrentIndex(0);
    view.bucketFilter()->setCurrentIndex(view.bucketFilter()->findText(QStringLiteral("Later")));
    QCOMPARE(titles(view), QStringList{QStringLiteral("Write runbook")});
    view.bucketFilter()->setCurrentIndex(0);
    QTest::mouseClick(view.overdueFilter(), Qt::LeftButton);
    QVERIFY(view.overdueFilter()->isChecked());
    QCOMPARE(titles(view), QStringList{QStringLiteral("Add alert")});
    QVERIFY(view.model()->index(0, 0).data(AllActionsModel::OverdueRole).toBool());
    QVERIFY(view.findChild<QLabel *>()); // the count label exists
}

void TestFollowUpViews::allActions_returnOnARowRequestsItsIncident() {
    AllActionsView view(*m_f->actions);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy requested(&view, &AllActionsView::incidentRequested);
    const int row = int(titles(view).indexOf(QStringLiteral("Pin resolver")));
    QVERIFY(row >= 0);
    view.view()->setFocus();
    view.view()->setCurrentIndex(view.model()->index(row, AllActionsModel::TitleColumn));
    QTest::keyClick(view.view(), Qt::Key_Return);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).toLongLong(), m_f->dns);
}

void TestFollowUpViews::dueReviews_listsOverdueAndUpcomingWithOpenActions() {
    DueReviewsView view(*m_f->reviews, [this] { return m_f->now; });
    view.show();
    QCOMPARE(view.model()->rowCount(), 2);
    QCOMPARE(view.model()->index(0, DueReviewsModel::IncidentColumn).data().toString(),
             QStringLiteral("Checkout outage"));
    QVERIFY(view.model()->index(0, 0).data(DueReviewsModel::OverdueRole).toBool());
    QCOMPARE(view.model()->index(1, DueReviewsModel::IncidentColumn).data().toString(),
             QStringLiteral("DNS flap"));
    QVERIFY(!view.doneButton()->isEnabled());

    view.view()->setCurrentIndex(view.model()->index(0, 0));
    QVERIFY(view.doneButton()->isEnabled());
    QVERIFY(view.openActionsLabel()->text().contains(QStringLiteral("Add alert")));
    QVERIFY(view.openActionsLabel()->text().contains(QStringLiteral("Write runbook")));

    QSignalSpy requested(&view, &DueReviewsView::incidentRequested);
    view.view()->setFocus();
    QTest::keyClick(view.view(), Qt::Key_Return);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).toLongLong(), m_f->checkout);
}

void TestFollowUpViews::dueReviews_notesAndMarkDone() {
    DueReviewsView view(*m_f->reviews, [this] { return m_f->now; });
    view.show();
    view.view()->setCurrentIndex(view.model()->index(0, 0));
    QCOMPARE(view.currentReviewId(), m_f->overdueReview);

    QTest::keyClicks(view.notesEdit(), QStringLiteral("Alert added; runbook open."));
    QTest::mouseClick(view.saveNotesButton(), Qt::LeftButton);
    QCOMPARE(m_f->reviews->load(m_f->overdueReview)->notes, QStringLiteral("Alert added; runbook open."));
    // Still selected after the reload that the save caused.
    QCOMPARE(view.currentReviewId(), m_f->overdueReview);
    QCOMPARE(view.notesEdit()->toPlainText(), QStringLiteral("Alert added; runbook open."));

    QTest::keyClicks(view.notesEdit(), QStringLiteral(" Done."));
    QTest::mouseClick(view.doneButton(), Qt::LeftButton);
    const std::optional<Review> stored = m_f->reviews->load(m_f->overdueReview);
    QVERIFY(stored->done);
    QCOMPARE(stored->notes, QStringLiteral("Alert added; runbook open. Done."));
    QCOMPARE(view.model()->rowCount(), 1);
    QCOMPARE(view.model()->index(0, DueReviewsModel::IncidentColumn).data().toString(),
             QStringLiteral("DNS flap"));
}

QTEST_MAIN(TestFollowUpViews)
#include "tst_followupviews.moc"
