// The sharing workflow in the real window with the real wiring (SharingService over the outbox,
// the target factory and the runner), to a folder target on a temporary folder: no network, no keychain.

#include "autosaver.h"
#include "incidenteditor.h"
#include "prompts.h"
#include "sharecontroller.h"
#include "sharestate.h"
#include "sharestatuspanel.h"
#include "sharingapp.h"
#include "targeteditor.h"
#include "targetsettingsdialog.h"
#include "uitestsupport.h"

#include <memory>
#include <QAction>
#include <QClipboard>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QToolButton>

using namespace hs;

namespace {

QByteArray readAll(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The modification time of every file in `dir`, to see what a share rewrote.
QHash<QString, QDateTime> times(const QString &dir) {
    QHash<QString, QDateTime> result;
    for (const QFileInfo &info : QDir(dir).entryInfoList(QDir::Files))
        result.insert(info.fileName(), info.lastModified());
    return result;
}

} // namespace

class TestSharingWindow final : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void settings_folderTargetTypedInAndTested();
    void share_writesTheFilesAndTheIndexAndMarksShared();
    void edit_showsChangedAndSharingAgainWritesOnlyThatDocument();
    void failingTarget_showsTheMessageAndRetrySendsIt();
    void offline_queuedJobGoesOutByItselfOnceDue();
    void cancel_inTheStatusBarStopsSendingAndKeepsTheJobQueued();
    void colleaguesChange_showsConflictAndReplaceTheirsWritesOurs();
    void copyAnnouncement_putsTheChannelLinkAndCauseInTheClipboard();

private:
    qint64 declare(const QString &title, Status status, const QString &cause);
    ShareTargetConfig addFolderTarget(const QString &path);
    void shareShown(QMessageBox::StandardButton markDocumented = QMessageBox::Yes);
    QString folder() const { return m_dir.filePath(QStringLiteral("postmortems")); }

    QTemporaryDir m_dir;
    SharingApp m_app;
};

void TestSharingWindow::init() {
    QVERIFY(m_dir.isValid());
    QDir(folder()).removeRecursively();
    QVERIFY(QDir().mkpath(folder()));
    QString error;
    QVERIFY2(
        m_app.open(m_dir.filePath(QStringLiteral("%1.db").arg(QLatin1String(QTest::currentTestFunction()))),
                   &error),
        qPrintable(error));
}

void TestSharingWindow::cleanup() {
    m_app.close();
}

qint64 TestSharingWindow::declare(const QString &title, Status status, const QString &cause) {
    QString error;
    std::optional<Incident> incident = m_app.store->create(title, QDate(2026, 11, 24), &error);
    if (!incident)
        qFatal("%s", qPrintable(error));
    incident->status = status;
    incident->setText(Section::Cause, cause);
    incident->setText(Section::Impact, QStringLiteral("Checkout was down for 40 minutes."));
    if (!m_app.store->save(*incident, {Field::Status, Field::Cause, Field::Impact}, &error))
        qFatal("%s", qPrintable(error));
    m_app.window->openIncident(incident->id);
    return incident->id;
}

ShareTargetConfig TestSharingWindow::addFolderTarget(const QString &path) {
    ShareTargetConfig config;
    config.kind = QStringLiteral("folder");
    config.name = QStringLiteral("Team share");
    config.config = {{QStringLiteral("path"), path}};
    QString error;
    const auto added = m_app.outbox->addTarget(config, &error);
    if (!added)
        qFatal("%s", qPrintable(error));
    return *added;
}

// Ctrl+Shift+S in the window, as a person would.
void TestSharingWindow::shareShown(QMessageBox::StandardButton markDocumented) {
    m_app.window->activateWindow(); // offscreen does not give it back after a dialog
    QVERIFY(QTest::qWaitForWindowActive(m_app.window.get()));
    prompts::setNextAnswer(markDocumented);
    QTest::keyClick(m_app.window.get(), Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    prompts::setNextAnswer(QMessageBox::NoButton); // not asked: don't leave an answer for later
}

void TestSharingWindow::settings_folderTargetTypedInAndTested() {
    const QString missing = m_dir.filePath(QStringLiteral("not-mounted"));
    QStringList results;
    bool done = false;
    // Settings → Share Targets… → Add…: the editor, typed into.
    test::whenModalShown([&](QWidget *settings) {
        auto *dialog = qobject_cast<TargetSettingsDialog *>(settings);
        QVERIFY(dialog);
        test::whenModalShown([&](QWidget *modal) {
            auto *editor = qobject_cast<TargetEditor *>(modal);
            QVERIFY(editor);
            QTest::keyClicks(editor->findChild<QLineEdit *>(QStringLiteral("nameEdit")),
                             QStringLiteral("Team share"));
            auto *path = editor->findChild<QLineEdit *>(QStringLiteral("pathEdit"));
            QTest::keyClicks(path, missing);
            QTest::mouseClick(editor->testButton(), Qt::LeftButton);
            QTRY_VERIFY(editor->testButton()->isEnabled());
            results << editor->resultLine()->text();
            path->clear();
            QTest::keyClicks(path, folder());
            QTest::mouseClick(editor->testButton(), Qt::LeftButton);
            QTRY_VERIFY(editor->testButton()->isEnabled());
            results << editor->resultLine()->text();
            editor->accept();
            done = true;
        });
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("addButton")), Qt::LeftButton);
        QCOMPARE(dialog->list()->count(), 1);
        dialog->reject();
    });
    m_app.window->action(QStringLiteral("shareTargets"))->trigger();
    QVERIFY(done);
    QCOMPARE(results.size(), 2);
    QVERIFY2(results[0].contains(QDir::toNativeSeparators(missing)) &&
                 results[0].contains(QStringLiteral("not exist")),
             qPrintable(results[0]));
    QVERIFY2(results[1].contains(QStringLiteral("works")), qPrintable(results[1]));
    QVERIFY(!QFileInfo::exists(missing)); // testing never creates the folder
    const QList<ShareTargetConfig> targets = m_app.outbox->targets();
    QCOMPARE(targets.size(), 1);
    QCOMPARE(targets[0].config.value(QLatin1String("path")).toString(), folder());
}

void TestSharingWindow::share_writesTheFilesAndTheIndexAndMarksShared() {
    const ShareTargetConfig target = addFolderTarget(folder());
    const qint64 id = declare(QStringLiteral("Checkout DB down"), Status::Resolved,
                              QStringLiteral("The primary ran out of disk."));
    const QString name = m_app.window->editor()->incident().documentName();
    ShareStatusPanel *panel = m_app.window->editor()->sharePanel();
    QVERIFY(panel->rowLabel(target.id)->text().contains(QStringLiteral("Not shared")));

    shareShown(QMessageBox::Yes);
    QVERIFY(prompts::lastText().contains(QStringLiteral("not marked documented")));
    for (const QString &ext : {QStringLiteral(".md"), QStringLiteral(".html"), QStringLiteral(".pdf")})
        QTRY_VERIFY2(QFileInfo::exists(QDir(folder()).filePath(name + ext)), qPrintable(name + ext));
    QTRY_VERIFY(QFileInfo::exists(QDir(folder()).filePath(QStringLiteral("index.md"))));
    QTRY_VERIFY(QFileInfo::exists(QDir(folder()).filePath(QStringLiteral("index.html"))));
    QVERIFY(readAll(QDir(folder()).filePath(name + QStringLiteral(".md")))
                .contains("The primary ran out of disk."));
    QTRY_VERIFY(readAll(QDir(folder()).filePath(QStringLiteral("index.md"))).contains("Checkout DB down"));

    QTRY_VERIFY(panel->rowLabel(target.id) &&
                panel->rowLabel(target.id)->text().contains(QStringLiteral("Sent")));
    QVERIFY2(panel->rowLabel(target.id)->text().contains(QDir::toNativeSeparators(folder()).toHtmlEscaped()),
             qPrintable(panel->rowLabel(target.id)->text()));
    QVERIFY(panel->rowLabel(target.id)->text().contains(QStringLiteral("<a href=")));
    QTRY_COMPARE(m_app.window->editor()->incident().status, Status::Shared);
    QTRY_COMPARE(m_app.store->load(id, nullptr)->status, Status::Shared);
    QVERIFY(!m_app.window->sharing()->progressBar()->isVisible()); // done: the status bar is quiet again
}

void TestSharingWindow::edit_showsChangedAndSharingAgainWritesOnlyThatDocument() {
    const ShareTargetConfig target = addFolderTarget(folder());
    const qint64 other =
        declare(QStringLiteral("Search slow"), Status::Documented, QStringLiteral("A missing index."));
    shareShown();
    QTRY_COMPARE(m_app.store->load(other, nullptr)->status, Status::Shared);
    declare(QStringLiteral("Checkout DB down"), Status::Documented,
            QStringLiteral("The primary ran out of disk."));
    const QString name = m_app.window->editor()->incident().documentName();
    shareShown();
    QTRY_COMPARE(m_app.window->editor()->incident().status, Status::Shared);
    QTRY_VERIFY(!m_app.sharing->isBusy());
    ShareStatusPanel *panel = m_app.window->editor()->sharePanel();
    // Becoming "shared" is not a change of the document.
    QTRY_VERIFY(!m_app.window->editor()->saver().isDirty());
    panel->refreshHash();
    QVERIFY(!panel->isChanged());

    // Sharing what every target has writes nothing.
    QTest::qWait(20); // mtimes must be able to differ
    QHash<QString, QDateTime> before = times(folder());
    shareShown();
    QVERIFY2(m_app.window->statusBar()->currentMessage().contains(QStringLiteral("already has")),
             qPrintable(m_app.window->statusBar()->currentMessage()));
    QCOMPARE(times(folder()), before);

    // An edit: the panel says so; sharing again rewrites this document (and the index) only.
    QPlainTextEdit *cause = m_app.window->editor()->sectionField(Section::Cause);
    cause->setFocus();
    cause->moveCursor(QTextCursor::End);
    QTest::keyClicks(cause, QStringLiteral(" Alerts were muted."));
    QTRY_VERIFY(panel->isChanged());
    QVERIFY(panel->summary()->text().contains(QStringLiteral("Changed since shared")));
    QVERIFY(panel->rowLabel(target.id)->text().contains(QStringLiteral("Changed")));
    shareShown();
    QTRY_VERIFY(
        readAll(QDir(folder()).filePath(name + QStringLiteral(".md"))).contains("Alerts were muted."));
    QTRY_VERIFY(!panel->isChanged());
    QTRY_VERIFY(!m_app.sharing->isBusy());
    const QHash<QString, QDateTime> after = times(folder());
    const QString otherName = m_app.store->load(other, nullptr)->documentName();
    for (const QString &ext : {QStringLiteral(".md"), QStringLiteral(".html"), QStringLiteral(".pdf")}) {
        QCOMPARE(after.value(otherName + ext), before.value(otherName + ext));
        QVERIFY(after.value(name + ext) > before.value(name + ext));
    }
}

void TestSharingWindow::failingTarget_showsTheMessageAndRetrySendsIt() {
    const QString unmounted = m_dir.filePath(QStringLiteral("unmounted"));
    const ShareTargetConfig target = addFolderTarget(unmounted);
    const qint64 id = declare(QStringLiteral("Checkout DB down"), Status::Documented,
                              QStringLiteral("The primary ran out of disk."));
    shareShown();
    ShareStatusPanel *panel = m_app.window->editor()->sharePanel();
    QTRY_VERIFY(panel->retryButton(target.id));
    QVERIFY2(panel->rowLabel(target.id)->text().contains(QStringLiteral("does not exist")),
             qPrintable(panel->rowLabel(target.id)->text()));
    QVERIFY(m_app.window->statusBar()->currentMessage().contains(QStringLiteral("Team share")));
    QCOMPARE(m_app.window->editor()->incident().status, Status::Documented);

    QVERIFY(QDir().mkpath(unmounted)); // the share is back
    QTest::mouseClick(panel->retryButton(target.id), Qt::LeftButton);
    QTRY_VERIFY(panel->rowLabel(target.id) &&
                panel->rowLabel(target.id)->text().contains(QStringLiteral("Sent")));
    QVERIFY(!panel->retryButton(target.id));
    QVERIFY(QFileInfo::exists(
        QDir(unmounted).filePath(m_app.store->load(id, nullptr)->documentName() + QStringLiteral(".md"))));
    QTRY_COMPARE(m_app.window->editor()->incident().status, Status::Shared);
}

void TestSharingWindow::offline_queuedJobGoesOutByItselfOnceDue() {
    // The share was away when "Share" was pressed; nobody clicks anything after that.
    m_app.sharing->setDrainInterval(std::chrono::milliseconds(50));
    const QString unmounted = m_dir.filePath(QStringLiteral("offline"));
    const ShareTargetConfig target = addFolderTarget(unmounted);
    const qint64 id = declare(QStringLiteral("Checkout DB down"), Status::Documented,
                              QStringLiteral("The primary ran out of disk."));
    shareShown();
    ShareStatusPanel *panel = m_app.window->editor()->sharePanel();
    QTRY_VERIFY(panel->retryButton(target.id));
    QCOMPARE(panel->retryButton(target.id)->text(), QStringLiteral("Retry Now")); // waits for its backoff
    QVERIFY(QDir().mkpath(unmounted));
    // Still inside the backoff: nothing goes out early.
    QTest::qWait(200);
    QVERIFY(!QFileInfo::exists(
        QDir(unmounted).filePath(m_app.store->load(id, nullptr)->documentName() + QStringLiteral(".md"))));
    // The backoff is over (at most an hour): the periodic drain sends it.
    const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(2 * 3600);
    m_app.outbox->setClock([later] { return later; });
    QTRY_VERIFY(panel->rowLabel(target.id) &&
                panel->rowLabel(target.id)->text().contains(QStringLiteral("Sent")));
    QVERIFY(QFileInfo::exists(
        QDir(unmounted).filePath(m_app.store->load(id, nullptr)->documentName() + QStringLiteral(".md"))));
    QTRY_COMPARE(m_app.window->editor()->incident().status, Status::Shared);
}

void TestSharingWindow::cancel_inTheStatusBarStopsSendingAndKeepsTheJobQueued() {
    // A WebDAV server that takes the connection and never answers: the job stays "sending".
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    QList<QTcpSocket *> held;
    connect(&silent, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *socket = silent.nextPendingConnection())
            held << socket;
    });
    ShareTargetConfig config;
    config.kind = QStringLiteral("webdav");
    config.name = QStringLiteral("Slow DAV");
    config.config = {
        {QStringLiteral("url"), QStringLiteral("http://127.0.0.1:%1/pm/").arg(silent.serverPort())},
        {QStringLiteral("user"), QStringLiteral("ann")}};
    QString error;
    const auto target = m_app.outbox->addTarget(config, &error);
    QVERIFY2(target, qPrintable(error));
    m_app.credentials->keepForSession(shareSecretKey(target->id), QStringLiteral("pw"));
    declare(QStringLiteral("Checkout DB down"), Status::Documented,
            QStringLiteral("The primary ran out of disk."));
    shareShown();

    ShareController *sharing = m_app.window->sharing();
    QTRY_VERIFY(sharing->progressBar()->isVisible());
    QTRY_VERIFY(!held.isEmpty());
    QVERIFY(sharing->cancelButton()->isVisible());
    ShareStatusPanel *panel = m_app.window->editor()->sharePanel();
    QTRY_VERIFY(panel->rowLabel(target->id) &&
                panel->rowLabel(target->id)->text().contains(QStringLiteral("Sending")));

    QTest::mouseClick(sharing->cancelButton(), Qt::LeftButton);
    QTRY_VERIFY(!sharing->progressBar()->isVisible());
    QVERIFY(!sharing->cancelButton()->isVisible());
    QVERIFY(m_app.window->statusBar()->currentMessage().contains(QStringLiteral("stays queued")));
    const QList<ShareJob> jobs = m_app.outbox->jobsForIncident(m_app.window->editor()->incidentId());
    QCOMPARE(jobs.size(), 1);
    QCOMPARE(jobs[0].state, ShareJobState::Queued);
    QCOMPARE(jobs[0].attempts, 0); // a cancel is not a failed attempt
    QTRY_VERIFY(panel->rowLabel(target->id) &&
                panel->rowLabel(target->id)->text().contains(QStringLiteral("Queued")));
    // Cancelled means stopped: the periodic drain does not take it straight back up.
    m_app.sharing->setDrainInterval(std::chrono::milliseconds(50));
    const qsizetype connections = held.size();
    QTest::qWait(300);
    QVERIFY(!m_app.sharing->isBusy());
    QCOMPARE(held.size(), connections);
}

void TestSharingWindow::colleaguesChange_showsConflictAndReplaceTheirsWritesOurs() {
    const ShareTargetConfig target = addFolderTarget(folder());
    declare(QStringLiteral("Checkout DB down"), Status::Documented,
            QStringLiteral("The primary ran out of disk."));
    const QString md =
        QDir(folder()).filePath(m_app.window->editor()->incident().documentName() + QStringLiteral(".md"));
    shareShown();
    QTRY_COMPARE(m_app.window->editor()->incident().status, Status::Shared);
    QTRY_VERIFY(!m_app.sharing->isBusy());

    // A colleague edits the shared file; we edit the post-mortem and share again.
    QFile theirs(md);
    QVERIFY(theirs.open(QIODevice::WriteOnly | QIODevice::Truncate));
    theirs.write("# Checkout DB down\n\nA colleague's notes, not to be lost.\n");
    theirs.close();
    QPlainTextEdit *cause = m_app.window->editor()->sectionField(Section::Cause);
    cause->setFocus();
    cause->moveCursor(QTextCursor::End);
    QTest::keyClicks(cause, QStringLiteral(" Alerts were muted."));
    ShareStatusPanel *panel = m_app.window->editor()->sharePanel();
    QTRY_VERIFY(panel->isChanged());
    shareShown();
    QTRY_VERIFY(panel->retryButton(target.id));
    QVERIFY2(panel->rowLabel(target.id)->text().contains(QStringLiteral("Conflict")),
             qPrintable(panel->rowLabel(target.id)->text()));
    QVERIFY(panel->retryButton(target.id)->text().startsWith(QStringLiteral("Replace Theirs")));
    QVERIFY(readAll(md).contains("A colleague's notes")); // theirs stays until the user decides

    prompts::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(panel->retryButton(target.id), Qt::LeftButton);
    QTRY_VERIFY(readAll(md).contains("Alerts were muted."));
    QTRY_VERIFY(panel->rowLabel(target.id) &&
                panel->rowLabel(target.id)->text().contains(QStringLiteral("Sent")));
    QVERIFY(!panel->retryButton(target.id));
}

void TestSharingWindow::copyAnnouncement_putsTheChannelLinkAndCauseInTheClipboard() {
    const ShareTargetConfig target = addFolderTarget(folder());
    const qint64 id = declare(QStringLiteral("Checkout DB down"), Status::Documented,
                              QStringLiteral("The primary ran out of disk"));
    QString error;
    for (const QString &title : {QStringLiteral("Alert on disk use"), QStringLiteral("Grow the volume")}) {
        Action now;
        now.incidentId = id;
        now.title = title;
        now.team = QStringLiteral("DB");
        now.bucket = Bucket::Now;
        QVERIFY2(m_app.actions->create(now, &error), qPrintable(error));
    }
    Action later;
    later.incidentId = id;
    later.title = QStringLiteral("Move to managed storage");
    later.team = QStringLiteral("DB");
    later.bucket = Bucket::Later;
    QVERIFY2(m_app.actions->create(later, &error), qPrintable(error));
    QApplication::clipboard()->clear();
    shareShown();
    QTRY_COMPARE(m_app.window->editor()->incident().status, Status::Shared);
    // The panel's "Copy Announcement", clicked.
    auto *copy = m_app.window->editor()->sharePanel()->findChild<QPushButton *>(
        QStringLiteral("copyAnnouncementButton"));
    QVERIFY(copy && copy->isVisible() && copy->isEnabled());
    QTest::mouseClick(copy, Qt::LeftButton);
    const QString text = QApplication::clipboard()->text();
    const QList<ShareJob> jobs = m_app.outbox->jobsForIncident(id);
    QCOMPARE(jobs.size(), 1);
    QVERIFY(jobs[0].link.isLocalFile());
    // "Post-mortem for #incident-… is ready: <link>, cause in one line, N now-actions"
    QCOMPARE(text,
             QStringLiteral("Post-mortem for %1 is ready: %2 — cause: The primary ran out of disk; 2 "
                            "now-actions open.")
                 .arg(m_app.window->editor()->incident().channel, jobs[0].link.toString(QUrl::FullyEncoded)));
    QVERIFY(text.startsWith(QStringLiteral("Post-mortem for #incident-")));
    QVERIFY(m_app.window->statusBar()->currentMessage().contains(QStringLiteral("clipboard")));
    // The menu entry does the same.
    QApplication::clipboard()->clear();
    m_app.window->action(QStringLiteral("copyAnnouncement"))->trigger();
    QCOMPARE(QApplication::clipboard()->text(), text);
    Q_UNUSED(target)
}

QTEST_MAIN(TestSharingWindow)
#include "tst_sharingwindow.moc"
