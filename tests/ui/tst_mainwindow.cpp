#include "autosaver.h"
#include "database.h"
#include "documentrenderer.h"
#include "incidenteditor.h"
#include "incidentlistmodel.h"
#include "incidentlistpanel.h"
#include "incidentstore.h"
#include "mainwindow.h"
#include "prompts.h"
#include "uitestsupport.h"

#include <memory>
#include <QClipboard>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSplitter>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace hs;

namespace {

// One run of the app on a database file: what main() builds.
struct Session {
    Database db;
    std::unique_ptr<IncidentStore> store;
    std::unique_ptr<MainWindow> window;

    explicit Session(const QString &path) {
        QString error;
        if (!db.open(path, &error))
            qFatal("cannot open %s: %s", qPrintable(path), qPrintable(error));
        store = std::make_unique<IncidentStore>(db);
        window = std::make_unique<MainWindow>(*store);
        window->show();
        window->activateWindow();
    }
    ~Session() {
        window.reset();
        store.reset();
    }
    IncidentEditor *editor() const { return window->editor(); }
    IncidentListModel *list() const { return window->listPanel()->model(); }
    QPlainTextEdit *field(Section s) const { return editor()->sectionField(s); }
};

QString sampleText(Section section) {
    return QStringLiteral("Typed into %1: it works.").arg(sectionKey(section));
}

} // namespace

class TestMainWindow final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void declareAndWrite_survivesRestart();
    void switchingIncidents_keepsText();
    void undo_insideAField();
    void filter_narrowsTheList();
    void invalidLink_isNotSaved();
    void extract_tenMegabytePasteSavesAndReloads();
    void close_failingSaveAsksAndCancelKeepsWindow();
    void close_failingSaveDiscard();
    void delete_asksAndRemoves();
    void settings_restoreSplitterAndSort();
    void exportPdf_proposesDocumentNameInLastFolder();
    void import_rejectionShowsTheReason();
    void import_selectsTheImportedIncident();
    void tabOrder_followsTheForm();
    void lastIncidentBeyondFirstPage_noOtherRowStandsForIt();

private:
    QString dbPath() const { return m_dir->filePath(QStringLiteral("hindsight.sqlite")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestMainWindow::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("hindsight-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
}

void TestMainWindow::init() {
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestMainWindow::cleanup() {
    m_dir.reset();
}

void TestMainWindow::declareAndWrite_survivesRestart() {
    {
        Session app(dbPath());
        QVERIFY(QTest::qWaitForWindowActive(app.window.get()));
        bool answered = false;
        test::whenModalShown([&answered](QWidget *dialog) {
            auto *title = dialog->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
            QTest::keyClicks(title, QStringLiteral("Checkout DB down"));
            QTest::keyClick(title, Qt::Key_Return);
            answered = true;
        });
        QTest::keyClick(app.window.get(), Qt::Key_N, Qt::ControlModifier);
        QVERIFY(answered);
        QCOMPARE(app.list()->rowCount(), 1);
        QCOMPARE(app.editor()->incident().title, QStringLiteral("Checkout DB down"));
        QTRY_COMPARE(app.window->focusWidget(), app.field(Section::Cause));

        for (int i = 0; i < SectionCount; ++i)
            QTest::keyClicks(app.field(Section(i)), sampleText(Section(i)));
        QVERIFY(app.window->close());
    }
    Session again(dbPath());
    QCOMPARE(again.list()->rowCount(), 1);
    QCOMPARE(again.editor()->incident().title, QStringLiteral("Checkout DB down"));
    for (int i = 0; i < SectionCount; ++i)
        QCOMPARE(again.field(Section(i))->toPlainText(), sampleText(Section(i)));
    QCOMPARE(again.window->listPanel()->currentId(), again.editor()->incidentId());
}

void TestMainWindow::switchingIncidents_keepsText() {
    Session app(dbPath());
    const auto first = app.store->create(QStringLiteral("First"), QDate(2026, 1, 1), nullptr);
    const auto second = app.store->create(QStringLiteral("Second"), QDate(2026, 1, 2), nullptr);
    QVERIFY(first && second);
    QVERIFY(app.window->listPanel()->select(first->id));
    QCOMPARE(app.editor()->incidentId(), first->id);
    QTest::keyClicks(app.field(Section::Impact), QStringLiteral("Typed just before switching"));
    // Switch before the autosave's debounce has fired.
    QVERIFY(app.editor()->saver().isDirty());
    QVERIFY(app.window->listPanel()->select(second->id));
    QCOMPARE(app.editor()->incidentId(), second->id);
    QCOMPARE(app.field(Section::Impact)->toPlainText(), QString());
    QCOMPARE(app.store->load(first->id, nullptr)->text(Section::Impact),
             QStringLiteral("Typed just before switching"));
    QVERIFY(app.window->listPanel()->select(first->id));
    QCOMPARE(app.field(Section::Impact)->toPlainText(), QStringLiteral("Typed just before switching"));
}

void TestMainWindow::undo_insideAField() {
    Session app(dbPath());
    const auto incident = app.store->create(QStringLiteral("Undo me"), QDate(2026, 1, 1), nullptr);
    QVERIFY(app.window->listPanel()->select(incident->id));
    QPlainTextEdit *cause = app.field(Section::Cause);
    cause->setFocus();
    QTest::keyClicks(cause, QStringLiteral("A config push"));
    // Let the autosave write it: saving must not reset the field's undo history.
    QTRY_VERIFY(!app.editor()->saver().isDirty());
    QTest::keyClick(cause, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(cause, Qt::Key_Delete);
    QCOMPARE(cause->toPlainText(), QString());
    QTest::keyClick(cause, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(cause->toPlainText(), QStringLiteral("A config push"));
    QCOMPARE(app.editor()->incident().text(Section::Cause), QStringLiteral("A config push"));
    QTest::keyClick(cause, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(cause->toPlainText(), QString());
    QTest::keyClick(cause, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(app.editor()->flush());
    QCOMPARE(app.store->load(incident->id, nullptr)->text(Section::Cause), QStringLiteral("A config push"));
}

void TestMainWindow::filter_narrowsTheList() {
    Session app(dbPath());
    for (const char *title : {"Checkout DB down", "Search slow", "Checkout timeouts"})
        QVERIFY(app.store->create(QLatin1String(title), QDate(2026, 1, 1), nullptr));
    QCOMPARE(app.list()->rowCount(), 3);
    QVERIFY(QTest::qWaitForWindowActive(app.window.get()));
    QTest::keyClick(app.window.get(), Qt::Key_F, Qt::ControlModifier);
    QLineEdit *filter = app.window->listPanel()->filterEdit();
    QCOMPARE(QApplication::focusWidget(), filter);
    QTest::keyClicks(filter, QStringLiteral("checkout"));
    QTRY_COMPARE(app.list()->rowCount(), 2);
    QTest::keyClicks(filter, QStringLiteral(" db"));
    QTRY_COMPARE(app.list()->rowCount(), 1);
    QCOMPARE(app.list()->data(app.list()->index(0, IncidentListModel::TitleColumn)).toString(),
             QStringLiteral("Checkout DB down"));
    QTest::keyClick(filter, Qt::Key_Escape);
    QTRY_COMPARE(app.list()->rowCount(), 3);
}

void TestMainWindow::invalidLink_isNotSaved() {
    Session app(dbPath());
    const auto incident = app.store->create(QStringLiteral("Linkless"), QDate(2026, 1, 1), nullptr);
    QVERIFY(app.window->listPanel()->select(incident->id));
    auto *link = app.window->findChild<QLineEdit *>(QStringLiteral("linkEdit"));
    auto *hint = app.window->findChild<QLabel *>(QStringLiteral("linkHint"));
    QTest::keyClicks(link, QStringLiteral("not a link"));
    QVERIFY(hint->isVisible());
    QVERIFY(hint->text().contains(QStringLiteral("URL")));
    QVERIFY(app.editor()->flush());
    QCOMPARE(app.store->load(incident->id, nullptr)->channelLink, QString());

    link->clear();
    QTest::keyClicks(link, QStringLiteral("https://chat.example.com/archives/C1"));
    QVERIFY(!hint->isVisible());
    QVERIFY(app.editor()->flush());
    QCOMPARE(app.store->load(incident->id, nullptr)->channelLink,
             QStringLiteral("https://chat.example.com/archives/C1"));
}

void TestMainWindow::extract_tenMegabytePasteSavesAndReloads() {
    // A long chat log: 10 MB in lines of about 100 characters.
    QString log;
    log.reserve(10 * 1024 * 1024 + 200);
    for (int i = 0; log.size() < 10 * 1024 * 1024; ++i)
        log +=
            QStringLiteral("2026-11-24 10:%1:%2 <oncall-%3> checkout-api p99 latency is %4 ms, rolling back "
                           "deploy #%5\n")
                .arg(i / 60 % 60, 2, 10, QLatin1Char('0'))
                .arg(i % 60, 2, 10, QLatin1Char('0'))
                .arg(i % 7)
                .arg(900 + i % 500)
                .arg(i);
    qint64 id = 0;
    {
        Session app(dbPath());
        id = app.store->create(QStringLiteral("Huge extract"), QDate(2026, 11, 24), nullptr)->id;
        QVERIFY(app.window->listPanel()->select(id));
        QPlainTextEdit *extract = app.field(Section::Extract);
        extract->setFocus();
        QApplication::clipboard()->setText(log);
        QElapsedTimer timer;
        timer.start();
        QTest::keyClick(extract, Qt::Key_V, Qt::ControlModifier);
        const qint64 pasteMs = timer.elapsed();
        QTest::keyClicks(extract, QStringLiteral("end"));
        const qint64 typeMs = timer.elapsed() - pasteMs;
        // Typing in a huge field reaches the saver a moment later, without a flush.
        QTRY_VERIFY(app.editor()->incident().text(Section::Extract).endsWith(QStringLiteral("end")));
        timer.restart();
        QVERIFY(app.editor()->flush());
        qInfo("10 MB paste: %lld ms, then 3 keystrokes: %lld ms, save: %lld ms", pasteMs, typeMs,
              timer.elapsed());
        QVERIFY2(pasteMs < 10000, "a 10 MB paste must not freeze the window");
        QVERIFY(app.window->close());
    }
    Session again(dbPath());
    QCOMPARE(again.editor()->incidentId(), id);
    QCOMPARE(again.field(Section::Extract)->toPlainText().size(), log.size() + 3);
    QVERIFY(again.field(Section::Extract)->toPlainText() == log + QStringLiteral("end"));
}

void TestMainWindow::close_failingSaveAsksAndCancelKeepsWindow() {
    Session app(dbPath());
    const auto incident = app.store->create(QStringLiteral("Locked"), QDate(2026, 1, 1), nullptr);
    QVERIFY(app.window->listPanel()->select(incident->id));
    QSqlQuery q(app.db.connection());
    QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE UPDATE ON incident "
                                  "BEGIN SELECT RAISE(ABORT, 'the disk is full'); END")));
    QTest::keyClicks(app.field(Section::Cause), QStringLiteral("Still here"));
    prompts::setNextAnswer(QMessageBox::Cancel);
    QVERIFY(!app.window->close());
    QVERIFY(app.window->isVisible());
    QCOMPARE(prompts::lastText(), QStringLiteral("Your last changes could not be saved."));
    QVERIFY(prompts::lastDetails().contains(QStringLiteral("disk is full")));
    QCOMPARE(app.field(Section::Cause)->toPlainText(), QStringLiteral("Still here"));

    // Retry after the cause is gone: the edit is written and the window closes.
    QVERIFY(q.exec(QStringLiteral("DROP TRIGGER refuse")));
    QVERIFY(app.window->close());
    QCOMPARE(app.store->load(incident->id, nullptr)->text(Section::Cause), QStringLiteral("Still here"));
}

void TestMainWindow::close_failingSaveDiscard() {
    Session app(dbPath());
    const auto incident = app.store->create(QStringLiteral("Locked"), QDate(2026, 1, 1), nullptr);
    QVERIFY(app.window->listPanel()->select(incident->id));
    QSqlQuery q(app.db.connection());
    QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE UPDATE ON incident "
                                  "BEGIN SELECT RAISE(ABORT, 'the disk is full'); END")));
    QTest::keyClicks(app.field(Section::Cause), QStringLiteral("Thrown away"));
    prompts::setNextAnswer(QMessageBox::Discard);
    QVERIFY(app.window->close());
    QVERIFY(q.exec(QStringLiteral("DROP TRIGGER refuse")));
    QCOMPARE(app.store->load(incident->id, nullptr)->text(Section::Cause), QString());
}

void TestMainWindow::delete_asksAndRemoves() {
    Session app(dbPath());
    const auto keep = app.store->create(QStringLiteral("Keep"), QDate(2026, 1, 1), nullptr);
    const auto drop = app.store->create(QStringLiteral("Drop"), QDate(2026, 1, 2), nullptr);
    QVERIFY(app.window->listPanel()->select(drop->id));
    prompts::setNextAnswer(QMessageBox::Cancel);
    app.window->action(QStringLiteral("deleteIncident"))->trigger();
    QVERIFY(prompts::lastText().contains(QStringLiteral("Drop")));
    QCOMPARE(app.list()->rowCount(), 2);

    prompts::setNextAnswer(QMessageBox::Yes);
    app.window->action(QStringLiteral("deleteIncident"))->trigger();
    QCOMPARE(app.list()->rowCount(), 1);
    QVERIFY(!app.store->load(drop->id, nullptr));
    QCOMPARE(app.editor()->incidentId(), keep->id);
}

void TestMainWindow::settings_restoreSplitterAndSort() {
    QList<int> sizes;
    const QSize size(910, 630);
    qint64 charlie = 0;
    {
        Session app(dbPath());
        for (const char *title : {"Bravo", "Alpha", "Charlie"}) {
            const auto created = app.store->create(QLatin1String(title), QDate(2026, 1, 1), nullptr);
            QVERIFY(created);
            charlie = created->id;
        }
        app.window->listPanel()->view()->sortByColumn(IncidentListModel::TitleColumn, Qt::AscendingOrder);
        app.window->resize(size);
        auto *splitter = app.window->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
        app.window->layout()->activate(); // the splitter takes its new width now, not at the next event
        splitter->setSizes({300, 700});
        sizes = splitter->sizes();
        app.window->listPanel()->select(charlie); // the last one, not the first the list would show
        QTRY_COMPARE(app.editor()->incidentId(), charlie);
        QVERIFY(app.window->close());
    }
    Session again(dbPath());
    QCOMPARE(again.window->findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes(), sizes);
    QCOMPARE(again.list()->data(again.list()->index(0, IncidentListModel::TitleColumn)).toString(),
             QStringLiteral("Alpha"));
    QCOMPARE(again.window->size(), size);
    QTRY_COMPARE(again.editor()->incidentId(), charlie);
    QCOMPARE(again.window->listPanel()->currentId(), charlie);
}

void TestMainWindow::exportPdf_proposesDocumentNameInLastFolder() {
    Session app(dbPath());
    const auto incident = app.store->create(QStringLiteral("Checkout DB down"), QDate(2026, 11, 24), nullptr);
    QVERIFY(app.window->listPanel()->select(incident->id));
    QTest::keyClicks(app.field(Section::Cause), QStringLiteral("A lock."));
    const QString exportDir = m_dir->filePath(QStringLiteral("exports"));
    QVERIFY(QDir().mkpath(exportDir));
    const QString target = QDir(exportDir).filePath(QStringLiteral("meeting.pdf"));
    prompts::setNextFileName(target);
    QVERIFY(QTest::qWaitForWindowActive(app.window.get()));
    QTest::keyClick(app.window.get(), Qt::Key_P, Qt::ControlModifier);
    QVERIFY2(
        prompts::lastProposedPath().endsWith(QStringLiteral("/incident_2026_11_24_checkout_db_down.pdf")),
        qPrintable(prompts::lastProposedPath()));
    QVERIFY(QFileInfo(target).size() > 0);

    // The next export proposes the folder used last, with the document's name.
    prompts::setNextFileName({}); // cancelled
    app.window->action(QStringLiteral("exportMarkdown"))->trigger();
    QCOMPARE(prompts::lastProposedPath(),
             QDir(exportDir).filePath(QStringLiteral("incident_2026_11_24_checkout_db_down.md")));
}

void TestMainWindow::import_rejectionShowsTheReason() {
    Session app(dbPath());
    const QString path = m_dir->filePath(QStringLiteral("shopping.md"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("# Groceries\n\n- milk\n- bread\n");
    file.close();
    prompts::setNextFileName(path);
    prompts::setNextAnswer(QMessageBox::Ok);
    app.window->action(QStringLiteral("import"))->trigger();
    QVERIFY(prompts::lastText().contains(QStringLiteral("shopping.md")));
    QVERIFY2(!prompts::lastDetails().isEmpty(), "the reason is shown");
    QCOMPARE(app.list()->rowCount(), 0);
}

void TestMainWindow::import_selectsTheImportedIncident() {
    Session app(dbPath());
    auto incident = app.store->create(QStringLiteral("Queue stuck"), QDate(2026, 3, 4), nullptr);
    QVERIFY(incident);
    incident->setText(Section::Cause, QStringLiteral("A poison message."));
    const QString path = m_dir->filePath(QStringLiteral("queue.json"));
    QString error;
    QVERIFY2(renderer::exportTo(*incident, renderer::Format::Json, path, &error), qPrintable(error));

    prompts::setNextFileName(path);
    QVERIFY(QTest::qWaitForWindowActive(app.window.get()));
    QTest::keyClick(app.window.get(), Qt::Key_O, Qt::ControlModifier);
    QCOMPARE(app.list()->rowCount(), 2);
    QVERIFY(app.editor()->incidentId() != incident->id);
    QCOMPARE(app.window->listPanel()->currentId(), app.editor()->incidentId());
    QCOMPARE(app.editor()->incident().title, QStringLiteral("Queue stuck"));
    QCOMPARE(app.field(Section::Cause)->toPlainText(), QStringLiteral("A poison message."));
}

void TestMainWindow::tabOrder_followsTheForm() {
    Session app(dbPath());
    QVERIFY(app.store->create(QStringLiteral("Tabs"), QDate(2026, 1, 1), nullptr));
    QVERIFY(QTest::qWaitForWindowActive(app.window.get()));
    app.window->listPanel()->focusFilter();
    // QDateEdit moves between its day, month and year on Tab: count each widget once.
    QStringList visited;
    for (int i = 0; i < 20 && visited.size() < 12; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        const QString name = QApplication::focusWidget()->objectName();
        if (visited.isEmpty() || visited.constLast() != name)
            visited << name;
    }
    const QStringList expected{
        QStringLiteral("incidentTable"),  QStringLiteral("titleEdit"),   QStringLiteral("dateEdit"),
        QStringLiteral("statusCombo"),    QStringLiteral("channelEdit"), QStringLiteral("copyChannelButton"),
        QStringLiteral("linkEdit"),       QStringLiteral("causeEdit"),   QStringLiteral("impactEdit"),
        QStringLiteral("resolutionEdit"), QStringLiteral("extractEdit"), QStringLiteral("preventionEdit")};
    QCOMPARE(visited, expected);
}

// The incident edited last is older than the first page of the list: the editor shows it, and no row
// pretends to be it (row 0 was made current by the focus), so clicking row 0 opens row 0.
void TestMainWindow::lastIncidentBeyondFirstPage_noOtherRowStandsForIt() {
    const int count = IncidentListModel::PageSize + 30; // the oldest is not on the first page
    qint64 oldest = 0;
    {
        Database db;
        QString error;
        QVERIFY2(db.open(dbPath(), &error), qPrintable(error));
        IncidentStore store(db);
        const QDate first(2020, 1, 1);
        for (int i = 0; i < count; ++i) {
            const auto incident =
                store.create(QStringLiteral("Incident %1").arg(i), first.addDays(i), &error);
            QVERIFY2(incident, qPrintable(error));
            if (i == 0)
                oldest = incident->id;
        }
    }
    QSettings().setValue(QStringLiteral("list/lastIncident"), oldest);
    Database db;
    QString error;
    QVERIFY2(db.open(dbPath(), &error), qPrintable(error));
    IncidentStore store(db);
    MainWindow window(store, MainWindow::StartUp::FrameFirst);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTRY_VERIFY(window.editor()->updatesEnabled());
    QCOMPARE(window.editor()->incidentId(), oldest);
    QTableView *view = window.listPanel()->view();
    QVERIFY(!view->currentIndex().isValid());
    QVERIFY(view->selectionModel()->selectedRows().isEmpty());

    const QModelIndex top = view->model()->index(0, IncidentListModel::TitleColumn);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(top).center());
    QCOMPARE(window.editor()->incident().title,
             QStringLiteral("Incident %1").arg(count - 1)); // the newest
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
