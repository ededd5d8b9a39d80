#include "reviewproposaldialog.h"
#include "uitestsupport.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

using namespace hs;

class TestReviewProposalDialog final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void shows_bothProposalsAtTheirLocalTime_data();
    void shows_bothProposalsAtTheirLocalTime();
    void unchanged_returnsTheProposals();
    void editedByKeyboard_keepsTheZone();
    void buttons_acceptAndCancel();

private:
    static QList<ReviewProposal> proposals(const QByteArray &zone);
};

QList<ReviewProposal> TestReviewProposalDialog::proposals(const QByteArray &zone) {
    ReviewRules rules;
    rules.zone = QTimeZone(zone);
    rules.time = QTime(9, 30);
    return proposeReviews(QDate(2026, 10, 20), rules);
}

void TestReviewProposalDialog::shows_bothProposalsAtTheirLocalTime_data() {
    QTest::addColumn<QByteArray>("zone");
    QTest::newRow("Berlin") << QByteArrayLiteral("Europe/Berlin");
    QTest::newRow("New York") << QByteArrayLiteral("America/New_York");
    QTest::newRow("UTC") << QByteArrayLiteral("UTC");
}

void TestReviewProposalDialog::shows_bothProposalsAtTheirLocalTime() {
    QFETCH(QByteArray, zone);
    const QList<ReviewProposal> proposed = proposals(zone);
    ReviewProposalDialog dialog(QStringLiteral("Checkout DB down"), proposed);
    for (const ReviewProposal &p : proposed) {
        QDateTimeEdit *edit = dialog.dateTimeEdit(p.kind);
        QVERIFY(edit);
        QVERIFY(edit->calendarPopup());
        // The wall-clock time in the review's zone, whatever the machine's zone is.
        QCOMPARE(edit->date(), p.at.date());
        QCOMPARE(edit->time(), QTime(9, 30));
    }
    QVERIFY(dialog.dateTimeEdit(ReviewKind::Week)->date() < dialog.dateTimeEdit(ReviewKind::Month)->date());
}

void TestReviewProposalDialog::unchanged_returnsTheProposals() {
    const QList<ReviewProposal> proposed = proposals("Europe/Berlin");
    ReviewProposalDialog dialog(QStringLiteral("Checkout DB down"), proposed);
    const QList<ReviewProposal> confirmed = dialog.proposals();
    QCOMPARE(confirmed.size(), 2);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(confirmed.at(i).kind, proposed.at(i).kind);
        QCOMPARE(confirmed.at(i).at, proposed.at(i).at);
        QCOMPARE(confirmed.at(i).at.timeZone().id(), QByteArrayLiteral("Europe/Berlin"));
    }
}

void TestReviewProposalDialog::editedByKeyboard_keepsTheZone() {
    const QList<ReviewProposal> proposed = proposals("America/New_York");
    ReviewProposalDialog dialog(QStringLiteral("Checkout DB down"), proposed);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QDateTimeEdit *week = dialog.dateTimeEdit(ReviewKind::Week);
    week->setFocus();
    week->setSelectedSection(QDateTimeEdit::HourSection);
    QTest::keyClicks(week, QStringLiteral("14"));
    week->setSelectedSection(QDateTimeEdit::DaySection);
    QTest::keyClick(week, Qt::Key_Up); // one day later
    const QList<ReviewProposal> confirmed = dialog.proposals();
    const QDateTime expected(proposed.first().at.date().addDays(1), QTime(14, 30),
                             QTimeZone("America/New_York"));
    QCOMPARE(confirmed.first().at, expected);
    QCOMPARE(confirmed.first().at.timeZone().id(), QByteArrayLiteral("America/New_York"));
    QCOMPARE(confirmed.last().at, proposed.last().at);
}

void TestReviewProposalDialog::buttons_acceptAndCancel() {
    const QList<ReviewProposal> proposed = proposals("UTC");
    {
        ReviewProposalDialog dialog(QStringLiteral("Checkout DB down"), proposed);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClick(dialog.dateTimeEdit(ReviewKind::Week), Qt::Key_Return); // the default button
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    {
        ReviewProposalDialog dialog(QStringLiteral("Checkout DB down"), proposed);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        QVERIFY(buttons->button(QDialogButtonBox::Cancel)->text().contains(QStringLiteral("Not Now")));
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }
}

QTEST_MAIN(TestReviewProposalDialog)
#include "tst_reviewproposaldialog.moc"
