#include "actionlistmodel.h"
#include "actionspanel.h"
#include "actionstore.h"
#include "database.h"
#include "incidentstore.h"
#include "prompts.h"
#include "uitestsupport.h"

#include <memory>
#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDesktopServices>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QUrl>

using namespace hs;

namespace {

// Receives what QDesktopServices::openUrl() would hand to the browser.
class UrlCatcher final : public QObject {
    Q_OBJECT
public:
    QList<QUrl> urls;
public slots:
    void open(const QUrl &url) { urls << url; }
};

} // namespace

class TestActionsPanel final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void insert_opensTitleEditorAndSavesAtOnce();
    void ctrlShiftA_addsAfterTheCurrentAction();
    void headings_countTheActionsOfEachBucket();
    void ctrlUpDown_reorderWithinTheBucket();
    void ctrlShiftDownUp_moveBetweenBuckets();
    void delete_asksFirst();
    void statusDropped_asksForAReason();
    void statusDropped_cancelledStaysOpen();
    void dueEditor_isADateEditWithCalendar();
    void teamEditor_completesEarlierTeams();
    void link_invalidShowsTheReasonAndIsNotSaved();
    void notes_twoLinesTypedAreSavedWithCtrlReturn();
    void notes_focusOutSavesAndEscapeCancels();
    void link_clickOrCtrlReturnOpensIt();
    void dragAndDrop_movesBetweenTables();
    void dragAndDrop_withinATableReorders();

private:
    Action addAction(const QString &title, Bucket bucket, const QString &team = {});
    QList<QString> titles(Bucket bucket) const;
    QWidget *openEditor(Bucket bucket, int row, int column);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<IncidentStore> m_incidents;
    std::unique_ptr<ActionStore> m_store;
    std::unique_ptr<ActionsPanel> m_panel;
    qint64 m_incident = 0;
};

void TestActionsPanel::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QString error;
    QVERIFY2(m_db->open(m_dir->filePath(QStringLiteral("h.sqlite")), &error), qPrintable(error));
    m_incidents = std::make_unique<IncidentStore>(*m_db);
    m_store = std::make_unique<ActionStore>(*m_db);
    m_store->setToday([] { return QDate(2026, 11, 24); });
    const auto incident =
        m_incidents->create(QStringLiteral("Checkout DB down"), QDate(2026, 11, 23), &error);
    QVERIFY2(incident, qPrintable(error));
    m_incident = incident->id;
    m_panel = std::make_unique<ActionsPanel>(*m_store);
    m_panel->resize(900, 500);
    m_panel->setIncident(m_incident);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void TestActionsPanel::cleanup() {
    m_panel.reset();
    m_store.reset();
    m_incidents.reset();
    m_db.reset();
    m_dir.reset();
}

Action TestActionsPanel::addAction(const QString &title, Bucket bucket, const QString &team) {
    Action draft;
    draft.incidentId = m_incident;
    draft.title = title;
    draft.bucket = bucket;
    draft.team = team;
    QString error;
    const auto created = m_store->create(draft, &error);
    if (!created)
        qFatal("cannot create an action: %s", qPrintable(error));
    return *created;
}

QList<QString> TestActionsPanel::titles(Bucket bucket) const {
    QList<QString> result;
    for (const Action &a : m_store->forIncident(m_incident))
        if (a.bucket == bucket)
            result << a.title;
    return result;
}

// Selects the cell like a click would and opens its editor with F2.
QWidget *TestActionsPanel::openEditor(Bucket bucket, int row, int column) {
    QTableView *view = m_panel->view(bucket);
    view->setFocus();
    view->setCurrentIndex(view->model()->index(row, column));
    QTest::keyClick(view, Qt::Key_F2);
    return view->indexWidget(view->currentIndex()) ? view->indexWidget(view->currentIndex())
                                                   : QApplication::focusWidget();
}

void TestActionsPanel::insert_opensTitleEditorAndSavesAtOnce() {
    QTableView *now = m_panel->view(Bucket::Now);
    now->setFocus();
    QTest::keyClick(now, Qt::Key_Insert);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    QCOMPARE(editor->selectedText(), tr("New action"));
    QTest::keyClicks(editor, QStringLiteral("Alert on replication lag"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(titles(Bucket::Now), QList<QString>{QStringLiteral("Alert on replication lag")});
    QCOMPARE(m_store->forIncident(m_incident).first().due, QDate(2026, 12, 1)); // the Now default
    QVERIFY(titles(Bucket::Later).isEmpty());
}

void TestActionsPanel::ctrlShiftA_addsAfterTheCurrentAction() {
    addAction(QStringLiteral("First"), Bucket::Later);
    addAction(QStringLiteral("Third"), Bucket::Later);
    QTableView *later = m_panel->view(Bucket::Later);
    later->setFocus();
    later->setCurrentIndex(later->model()->index(0, 0));
    QTest::keyClick(later, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    QTest::keyClicks(editor, QStringLiteral("Second"));
    QTest::keyClick(editor, Qt::Key_Return);
    const QList<QString> expected{QStringLiteral("First"), QStringLiteral("Second"), QStringLiteral("Third")};
    QTRY_COMPARE(titles(Bucket::Later), expected);
    QCOMPARE(m_store->forIncident(m_incident).at(1).due, m_store->defaultDue(Bucket::Later));
}

void TestActionsPanel::headings_countTheActionsOfEachBucket() {
    QCOMPARE(m_panel->heading(Bucket::Now)->text(), QStringLiteral("Now (0)"));
    addAction(QStringLiteral("One"), Bucket::Now);
    addAction(QStringLiteral("Two"), Bucket::Now);
    addAction(QStringLiteral("Three"), Bucket::Later);
    QCOMPARE(m_panel->heading(Bucket::Now)->text(), QStringLiteral("Now (2)"));
    QCOMPARE(m_panel->heading(Bucket::Later)->text(), QStringLiteral("Later (1)"));
    QCOMPARE(m_panel->view(Bucket::Now)->model()->rowCount(), 2);
}

void TestActionsPanel::ctrlUpDown_reorderWithinTheBucket() {
    for (const char *title : {"A", "B", "C"})
        addAction(QLatin1String(title), Bucket::Now);
    QTableView *now = m_panel->view(Bucket::Now);
    now->setFocus();
    now->setCurrentIndex(now->model()->index(2, 0));
    QTest::keyClick(now, Qt::Key_Up, Qt::ControlModifier);
    QCOMPARE(titles(Bucket::Now),
             (QList<QString>{QStringLiteral("A"), QStringLiteral("C"), QStringLiteral("B")}));
    QCOMPARE(now->currentIndex().row(), 1); // the selection follows the action
    QTest::keyClick(now, Qt::Key_Up, Qt::ControlModifier);
    QTest::keyClick(now, Qt::Key_Up, Qt::ControlModifier); // already first: nothing happens
    QCOMPARE(titles(Bucket::Now),
             (QList<QString>{QStringLiteral("C"), QStringLiteral("A"), QStringLiteral("B")}));
    QTest::keyClick(now, Qt::Key_Down, Qt::ControlModifier);
    QCOMPARE(titles(Bucket::Now),
             (QList<QString>{QStringLiteral("A"), QStringLiteral("C"), QStringLiteral("B")}));
    QCOMPARE(now->currentIndex().data(ActionListModel::IdRole),
             now->model()->index(1, 0).data(ActionListModel::IdRole));
}

void TestActionsPanel::ctrlShiftDownUp_moveBetweenBuckets() {
    addAction(QStringLiteral("Keep"), Bucket::Now);
    const Action moved = addAction(QStringLiteral("Wait"), Bucket::Now);
    addAction(QStringLiteral("Already later"), Bucket::Later);
    QTableView *now = m_panel->view(Bucket::Now);
    QTableView *later = m_panel->view(Bucket::Later);
    now->setFocus();
    now->setCurrentIndex(now->model()->index(1, 0));
    QTest::keyClick(now, Qt::Key_Down, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_store->load(moved.id)->bucket, Bucket::Later);
    QCOMPARE(titles(Bucket::Later),
             (QList<QString>{QStringLiteral("Already later"), QStringLiteral("Wait")}));
    QCOMPARE(m_panel->heading(Bucket::Now)->text(), QStringLiteral("Now (1)"));
    QCOMPARE(m_panel->heading(Bucket::Later)->text(), QStringLiteral("Later (2)"));
    // The focus follows it into the other table, so the same keys bring it back.
    QVERIFY(later->hasFocus());
    QCOMPARE(later->currentIndex().data(ActionListModel::IdRole).toLongLong(), moved.id);
    QTest::keyClick(later, Qt::Key_Up, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_store->load(moved.id)->bucket, Bucket::Now);
    QVERIFY(now->hasFocus());
}

void TestActionsPanel::delete_asksFirst() {
    addAction(QStringLiteral("Keep me"), Bucket::Now);
    QTableView *now = m_panel->view(Bucket::Now);
    now->setFocus();
    now->setCurrentIndex(now->model()->index(0, 0));
    prompts::setNextAnswer(QMessageBox::Cancel);
    QTest::keyClick(now, Qt::Key_Delete);
    QVERIFY(prompts::lastText().contains(QStringLiteral("Keep me")));
    QCOMPARE(titles(Bucket::Now).size(), 1);
    prompts::setNextAnswer(QMessageBox::Yes);
    QTest::keyClick(now, Qt::Key_Delete);
    QVERIFY(titles(Bucket::Now).isEmpty());
    QCOMPARE(m_panel->heading(Bucket::Now)->text(), QStringLiteral("Now (0)"));
}

void TestActionsPanel::statusDropped_asksForAReason() {
    const Action action = addAction(QStringLiteral("Rewrite the checkout"), Bucket::Later);
    QWidget *editor = openEditor(Bucket::Later, 0, ActionListModel::StatusColumn);
    QVERIFY(qobject_cast<QComboBox *>(editor));
    prompts::setNextText(QStringLiteral("Replaced by the managed service"));
    QTest::keyClick(editor, Qt::Key_Down); // Done
    QTest::keyClick(editor, Qt::Key_Down); // Dropped
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(m_store->load(action.id)->status, ActionStatus::Dropped);
    QTRY_VERIFY(prompts::lastText().contains(QStringLiteral("Rewrite the checkout")));
    QCOMPARE(m_store->load(action.id)->dropReason, QStringLiteral("Replaced by the managed service"));
    const QModelIndex status = m_panel->model(Bucket::Later)->index(0, ActionListModel::StatusColumn);
    QVERIFY(status.data(Qt::ToolTipRole).toString().contains(QStringLiteral("managed service")));
}

void TestActionsPanel::statusDropped_cancelledStaysOpen() {
    const Action action = addAction(QStringLiteral("Rewrite the checkout"), Bucket::Later);
    QSignalSpy messages(m_panel.get(), &ActionsPanel::message);
    QWidget *editor = openEditor(Bucket::Later, 0, ActionListModel::StatusColumn);
    prompts::setNextText(QString()); // the user cancels the question
    QTest::keyClick(editor, Qt::Key_Down);
    QTest::keyClick(editor, Qt::Key_Down);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(messages.size(), 1);
    QTRY_VERIFY(messages.first().first().toString().contains(QStringLiteral("reason")));
    QCOMPARE(m_store->load(action.id)->status, ActionStatus::Open);

    // Done needs no reason and is saved at once.
    editor = openEditor(Bucket::Later, 0, ActionListModel::StatusColumn);
    QTest::keyClick(editor, Qt::Key_Down);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(m_store->load(action.id)->status, ActionStatus::Done);
}

void TestActionsPanel::dueEditor_isADateEditWithCalendar() {
    const Action action = addAction(QStringLiteral("Add an index"), Bucket::Now);
    auto *editor = qobject_cast<QDateEdit *>(openEditor(Bucket::Now, 0, ActionListModel::DueColumn));
    QVERIFY(editor);
    QVERIFY(editor->calendarPopup());
    QCOMPARE(editor->date(), action.due);
    editor->setSelectedSection(QDateTimeEdit::YearSection);
    QTest::keyClicks(editor, QStringLiteral("20270115")); // each full section moves on to the next
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(m_store->load(action.id)->due, QDate(2027, 1, 15));
}

void TestActionsPanel::teamEditor_completesEarlierTeams() {
    addAction(QStringLiteral("Elsewhere"), Bucket::Now, QStringLiteral("Platform"));
    const Action action = addAction(QStringLiteral("Add an index"), Bucket::Now);
    auto *editor = qobject_cast<QLineEdit *>(openEditor(Bucket::Now, 1, ActionListModel::TeamColumn));
    QVERIFY(editor);
    QVERIFY(editor->completer());
    QTest::keyClicks(editor, QStringLiteral("pla"));
    QCOMPARE(editor->completer()->currentCompletion(), QStringLiteral("Platform"));
    QTRY_VERIFY(editor->completer()->popup()->isVisible());
    QTest::keyClick(editor->completer()->popup(), Qt::Key_Down);
    QTest::keyClick(editor->completer()->popup(), Qt::Key_Return);
    QCOMPARE(editor->text(), QStringLiteral("Platform"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(m_store->load(action.id)->team, QStringLiteral("Platform"));
}

void TestActionsPanel::notes_twoLinesTypedAreSavedWithCtrlReturn() {
    const Action action = addAction(QStringLiteral("Add an index"), Bucket::Now);
    auto *editor = qobject_cast<QPlainTextEdit *>(openEditor(Bucket::Now, 0, ActionListModel::NotesColumn));
    QVERIFY(editor);
    QVERIFY(editor->isVisible());
    QVERIFY(editor->height() >= 3 * editor->fontMetrics().lineSpacing()); // room for several lines
    QTest::keyClicks(editor, QStringLiteral("Index on orders.created_at"));
    QTest::keyClick(editor, Qt::Key_Return); // a new line, not the end of the edit
    QVERIFY(editor->isVisible());
    QTest::keyClicks(editor, QStringLiteral("Check the query plan after"));
    QVERIFY(m_store->load(action.id)->notes.isEmpty()); // not yet
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(m_store->load(action.id)->notes,
                 QStringLiteral("Index on orders.created_at\nCheck the query plan after"));
    // Both lines are in the cell's tooltip.
    QTableView *view = m_panel->view(Bucket::Now);
    QCOMPARE(view->model()->index(0, ActionListModel::NotesColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Index on orders.created_at\nCheck the query plan after"));
    QTRY_VERIFY(view->hasFocus()); // back in the table, as after any edit

    // Opened again, the editor has both lines.
    editor = qobject_cast<QPlainTextEdit *>(openEditor(Bucket::Now, 0, ActionListModel::NotesColumn));
    QVERIFY(editor);
    QCOMPARE(editor->toPlainText(), QStringLiteral("Index on orders.created_at\nCheck the query plan after"));
    QTest::keyClick(editor, Qt::Key_Escape);
}

void TestActionsPanel::notes_focusOutSavesAndEscapeCancels() {
    const Action action = addAction(QStringLiteral("Add an index"), Bucket::Now);
    auto *editor = qobject_cast<QPlainTextEdit *>(openEditor(Bucket::Now, 0, ActionListModel::NotesColumn));
    QVERIFY(editor);
    QTest::keyClicks(editor, QStringLiteral("draft"));
    QTest::keyClick(editor, Qt::Key_Escape);
    QTRY_VERIFY(!editor->isVisible());
    QVERIFY(m_store->load(action.id)->notes.isEmpty());

    editor = qobject_cast<QPlainTextEdit *>(openEditor(Bucket::Now, 0, ActionListModel::NotesColumn));
    QVERIFY(editor);
    QTest::keyClicks(editor, QStringLiteral("first"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTest::keyClicks(editor, QStringLiteral("second"));
    m_panel->view(Bucket::Later)->setFocus(); // clicking elsewhere saves, as in any cell
    QTRY_COMPARE(m_store->load(action.id)->notes, QStringLiteral("first\nsecond"));
}

void TestActionsPanel::link_invalidShowsTheReasonAndIsNotSaved() {
    const Action action = addAction(QStringLiteral("Add an index"), Bucket::Now);
    auto *editor = qobject_cast<QLineEdit *>(openEditor(Bucket::Now, 0, ActionListModel::LinkColumn));
    QVERIFY(editor);
    QTest::keyClicks(editor, QStringLiteral("OPS-42"));
    QVERIFY(!editor->toolTip().isEmpty()); // says while typing that it is not a URL yet
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY(m_panel->errorLabel()->isVisible());
    QVERIFY(m_panel->errorLabel()->text().contains(QStringLiteral("full URL")));
    QVERIFY(m_store->load(action.id)->link.isEmpty());

    editor = qobject_cast<QLineEdit *>(openEditor(Bucket::Now, 0, ActionListModel::LinkColumn));
    QTest::keyClicks(editor, QStringLiteral("https://jira.example.com/browse/OPS-42"));
    QVERIFY(editor->toolTip().isEmpty());
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(m_store->load(action.id)->link, QStringLiteral("https://jira.example.com/browse/OPS-42"));
    QVERIFY(!m_panel->errorLabel()->isVisible());
}

void TestActionsPanel::link_clickOrCtrlReturnOpensIt() {
    Action action = addAction(QStringLiteral("Add an index"), Bucket::Now);
    action.link = QStringLiteral("https://jira.example.com/browse/OPS-7");
    QVERIFY(m_store->save(action, nullptr));
    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &catcher, "open");
    QTableView *now = m_panel->view(Bucket::Now);
    const QRect cell = now->visualRect(now->model()->index(0, ActionListModel::LinkColumn));
    QTest::mouseClick(now->viewport(), Qt::LeftButton, {}, cell.topLeft() + QPoint(12, cell.height() / 2));
    QCOMPARE(catcher.urls, QList<QUrl>{QUrl(action.link)});

    now->setFocus();
    now->setCurrentIndex(now->model()->index(0, ActionListModel::TitleColumn));
    QTest::keyClick(now, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(catcher.urls.size(), 2);
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
}

// A real QDrag runs its own event loop, which cannot be driven offscreen; the drop half is real: the
// events a drag delivers to the target table's viewport, carrying what the source table would drag.
void TestActionsPanel::dragAndDrop_movesBetweenTables() {
    const Action first = addAction(QStringLiteral("First"), Bucket::Now);
    const Action second = addAction(QStringLiteral("Second"), Bucket::Now);
    addAction(QStringLiteral("Later one"), Bucket::Later);
    addAction(QStringLiteral("Later two"), Bucket::Later);
    QTableView *now = m_panel->view(Bucket::Now);
    QTableView *later = m_panel->view(Bucket::Later);
    QCOMPARE(now->model()->supportedDragActions(), Qt::CopyAction);
    std::unique_ptr<QMimeData> mime(now->model()->mimeData({now->model()->index(1, 0)}));
    QVERIFY(mime);

    // Onto the upper half of the second Later row: before it.
    const QRect target = later->visualRect(later->model()->index(1, 0));
    const QPoint at = target.topLeft() + QPoint(20, 2);
    // The table grows to its rows once the layout has run.
    QTRY_VERIFY(later->viewport()->rect().contains(target));
    QDragEnterEvent enter(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(later->viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDragMoveEvent move(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(later->viewport(), &move);
    QVERIFY(move.isAccepted());
    QDropEvent drop(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(later->viewport(), &drop);

    QCOMPARE(m_store->load(second.id)->bucket, Bucket::Later);
    QCOMPARE(titles(Bucket::Later), (QList<QString>{QStringLiteral("Later one"), QStringLiteral("Second"),
                                                    QStringLiteral("Later two")}));
    QCOMPARE(titles(Bucket::Now), QList<QString>{first.title});
    QCOMPARE(m_panel->heading(Bucket::Now)->text(), QStringLiteral("Now (1)"));
    QCOMPARE(m_panel->heading(Bucket::Later)->text(), QStringLiteral("Later (3)"));
}

void TestActionsPanel::dragAndDrop_withinATableReorders() {
    for (const char *title : {"A", "B", "C"})
        addAction(QLatin1String(title), Bucket::Now);
    QTableView *now = m_panel->view(Bucket::Now);
    std::unique_ptr<QMimeData> mime(now->model()->mimeData({now->model()->index(2, 0)}));
    const QRect target = now->visualRect(now->model()->index(0, 0));
    const QPoint at = target.topLeft() + QPoint(20, 2);
    QDragEnterEvent enter(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(now->viewport(), &enter);
    QDragMoveEvent move(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(now->viewport(), &move);
    QDropEvent drop(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(now->viewport(), &drop);
    QCOMPARE(titles(Bucket::Now),
             (QList<QString>{QStringLiteral("C"), QStringLiteral("A"), QStringLiteral("B")}));
    QCOMPARE(now->model()->rowCount(), 3); // a copy action: the view removed no source row
}

QTEST_MAIN(TestActionsPanel)
#include "tst_actionspanel.moc"
