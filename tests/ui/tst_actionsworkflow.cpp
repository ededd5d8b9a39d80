#include "actionlistmodel.h"
#include "actionspanel.h"
#include "actionstore.h"
#include "database.h"
#include "incidenteditor.h"
#include "incidentlistpanel.h"
#include "incidentstore.h"
#include "mainwindow.h"
#include "prompts.h"
#include "reminderplanner.h"
#include "reviewproposaldialog.h"
#include "reviewspanel.h"
#include "reviewstore.h"
#include "uitestsupport.h"

#include <memory>
#include <QAction>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace hs;

// The GUI test, done like a person in the main window: two actions added by keyboard, one
// moved to "later", the document marked documented, the proposed reviews accepted (one edited first),
// then the PDF export read back with pdftotext.
class TestActionsWorkflow final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void documented_proposesReviewsOnce();
    void documented_cancelledProposalStoresNothing();
    void actionsAndReviews_reachThePdf();

private:
    // Types a new action into the focused table: Insert, title, Tab, team, Enter.
    void addAction(QTableView *view, const QString &title, const QString &team);
    void setStatusByKeyboard(Status status);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<IncidentStore> m_incidents;
    std::unique_ptr<ActionStore> m_actions;
    std::unique_ptr<ReviewStore> m_reviews;
    std::unique_ptr<ReminderPlanner> m_planner;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_incident = 0;
};

void TestActionsWorkflow::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is needed to read the exported PDF back");
}

void TestActionsWorkflow::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QString error;
    QVERIFY2(m_db->open(m_dir->filePath(QStringLiteral("h.sqlite")), &error), qPrintable(error));
    m_incidents = std::make_unique<IncidentStore>(*m_db);
    m_actions = std::make_unique<ActionStore>(*m_db);
    m_reviews = std::make_unique<ReviewStore>(*m_db);
    m_planner = std::make_unique<ReminderPlanner>(*m_db);
    const auto incident =
        m_incidents->create(QStringLiteral("Checkout DB out of disk"), QDate(2026, 11, 19), &error);
    QVERIFY2(incident, qPrintable(error));
    m_incident = incident->id;
    m_window = std::make_unique<MainWindow>(*m_incidents);
    m_window->enableFollowUps(*m_actions, *m_reviews, *m_planner);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->listPanel()->select(m_incident);
    QTRY_COMPARE(m_window->editor()->incidentId(), m_incident);
}

void TestActionsWorkflow::cleanup() {
    m_window.reset();
    m_planner.reset();
    m_reviews.reset();
    m_actions.reset();
    m_incidents.reset();
    m_db.reset();
    m_dir.reset();
}

void TestActionsWorkflow::addAction(QTableView *view, const QString &title, const QString &team) {
    QTest::keyClick(view, Qt::Key_Insert);
    QLineEdit *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    QTest::keyClicks(editor, title);
    QTest::keyClick(editor, Qt::Key_Tab); // on to the team, like in a spreadsheet
    QTRY_VERIFY(QApplication::focusWidget() != editor &&
                qobject_cast<QLineEdit *>(QApplication::focusWidget()));
    editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QTest::keyClicks(editor, team);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY(view->hasFocus());
}

void TestActionsWorkflow::setStatusByKeyboard(Status status) {
    auto *combo = m_window->editor()->findChild<QComboBox *>(QStringLiteral("statusCombo"));
    QVERIFY(combo);
    combo->setFocus();
    while (combo->currentData().toInt() < int(status))
        QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(combo->currentData().toInt(), int(status));
}

void TestActionsWorkflow::documented_proposesReviewsOnce() {
    int shown = 0;
    test::whenModalShown([&shown](QWidget *modal) {
        ++shown;
        QVERIFY(qobject_cast<ReviewProposalDialog *>(modal));
        QTest::keyClick(modal, Qt::Key_Return);
    });
    setStatusByKeyboard(Status::Documented);
    QTRY_COMPARE(m_reviews->forIncident(m_incident).size(), 2);
    QCOMPARE(shown, 1);
    QCOMPARE(m_window->editor()->reviewsPanel()->count(), 2);

    // Shared, or documented again later: the incident has its reviews, nothing is asked.
    bool askedAgain = false;
    QTimer closer;
    connect(&closer, &QTimer::timeout, this, [&askedAgain] {
        if (auto *modal = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
            askedAgain = true;
            modal->reject();
        }
    });
    closer.start(10);
    setStatusByKeyboard(Status::Shared);
    QTest::qWait(50); // the proposal is queued after the status change: give it the chance to appear
    QVERIFY(!askedAgain);
    QCOMPARE(m_reviews->forIncident(m_incident).size(), 2);
}

void TestActionsWorkflow::documented_cancelledProposalStoresNothing() {
    test::whenModalShown([](QWidget *modal) { QTest::keyClick(modal, Qt::Key_Escape); });
    setStatusByKeyboard(Status::Documented);
    QTRY_VERIFY(!QApplication::activeModalWidget());
    QTRY_VERIFY(m_window->editor()->reviewsPanel()->proposeButton()->isVisible());
    QVERIFY(m_reviews->forIncident(m_incident).isEmpty());
    // "Propose reviews…" does it later.
    test::whenModalShown([](QWidget *modal) { QTest::keyClick(modal, Qt::Key_Return); });
    QTest::mouseClick(m_window->editor()->reviewsPanel()->proposeButton(), Qt::LeftButton);
    QCOMPARE(m_reviews->forIncident(m_incident).size(), 2);
}

void TestActionsWorkflow::actionsAndReviews_reachThePdf() {
    ActionsPanel *panel = m_window->editor()->actionsPanel();
    QTableView *now = panel->view(Bucket::Now);
    QTest::mouseClick(now->viewport(), Qt::LeftButton, {}, QPoint(20, 10)); // into the empty Now table
    QVERIFY(now->hasFocus());
    addAction(now, QStringLiteral("Alert at 75 percent disk"), QStringLiteral("SRE"));
    addAction(now, QStringLiteral("Autoscale database volumes"), QStringLiteral("Platform"));
    QCOMPARE(panel->model(Bucket::Now)->rowCount(), 2);
    QCOMPARE(now->currentIndex().row(), 1);
    QTest::keyClick(now, Qt::Key_Down, Qt::ControlModifier | Qt::ShiftModifier); // to "Later"
    QCOMPARE(panel->heading(Bucket::Now)->text(), QStringLiteral("Now (1)"));
    QCOMPARE(panel->heading(Bucket::Later)->text(), QStringLiteral("Later (1)"));
    const QList<Action> actions = m_actions->forIncident(m_incident);
    QCOMPARE(actions.size(), 2);
    QCOMPARE(actions.at(0).team, QStringLiteral("SRE"));
    QCOMPARE(actions.at(1).bucket, Bucket::Later);
    QCOMPARE(actions.at(1).title, QStringLiteral("Autoscale database volumes"));

    // The week review is moved one day later in the dialog before accepting.
    QDate week, month;
    test::whenModalShown([&week, &month](QWidget *modal) {
        auto *dialog = qobject_cast<ReviewProposalDialog *>(modal);
        QVERIFY(dialog);
        QDateTimeEdit *edit = dialog->dateTimeEdit(ReviewKind::Week);
        edit->setFocus();
        edit->setSelectedSection(QDateTimeEdit::DaySection);
        QTest::keyClick(edit, Qt::Key_Up);
        week = edit->date();
        month = dialog->dateTimeEdit(ReviewKind::Month)->date();
        QTest::keyClick(edit, Qt::Key_Return);
    });
    setStatusByKeyboard(Status::Documented);
    QTRY_COMPARE(m_reviews->forIncident(m_incident).size(), 2);
    QCOMPARE(m_reviews->forIncident(m_incident).first().at.date(), week);

    const QString pdf = m_dir->filePath(QStringLiteral("out.pdf"));
    prompts::setNextFileName(pdf);
    m_window->activateWindow(); // offscreen does not give it back after the dialog; a click would
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_P, Qt::ControlModifier);
    QTRY_VERIFY(QFile::exists(pdf));
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    QVERIFY(pdftotext.waitForFinished(30000));
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
    const qsizetype nowAt = text.indexOf(QStringLiteral("Now"));
    const qsizetype laterAt = text.indexOf(QStringLiteral("Later"), nowAt);
    QVERIFY2(nowAt >= 0 && laterAt > nowAt, qPrintable(text));
    const qsizetype alertAt = text.indexOf(QStringLiteral("Alert at 75 percent disk"));
    const qsizetype autoscaleAt = text.indexOf(QStringLiteral("Autoscale database volumes"));
    // Each action under its own bucket.
    QVERIFY2(alertAt > nowAt && alertAt < laterAt, qPrintable(text));
    QVERIFY2(autoscaleAt > laterAt, qPrintable(text));
    QVERIFY2(text.contains(week.toString(Qt::ISODate)), qPrintable(text));
    QVERIFY2(text.contains(month.toString(Qt::ISODate)), qPrintable(text));
}

QTEST_MAIN(TestActionsWorkflow)
#include "tst_actionsworkflow.moc"
