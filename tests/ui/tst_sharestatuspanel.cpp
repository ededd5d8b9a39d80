// The editor's per-target sharing status and the status bar's progress and cancel, in the real window
// over a FakeSharingApi: the outbox is real (SQLite) and its jobs are put into each state the way the
// runner records them (begin / finish), so every row a person can see is shown and clicked here.

#include "database.h"
#include "fakesharingapi.h"
#include "incidenteditor.h"
#include "incidentstore.h"
#include "mainwindow.h"
#include "outbox.h"
#include "prompts.h"
#include "sharecontroller.h"
#include "sharestatuspanel.h"
#include "uitestsupport.h"

#include <memory>
#include <QClipboard>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTest>
#include <QToolButton>

using namespace hs;

class TestShareStatusPanel final : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void rows_showQueuedSentFailedAndConflictPerTarget();
    void failed_retryQueuesThatTargetOnly();
    void conflict_replaceTheirsAsksFirst();
    void edit_marksTheSentDocumentChanged();
    void progress_shownWhileBusyAndCancelStopsSharing();
    void copyAnnouncement_buttonPutsTheTextInTheClipboard();

private:
    qint64 addTarget(const QString &kind, const QString &name);
    void finish(qint64 targetId, ShareOutcome outcome);
    ShareStatusPanel *panel() const { return m_window->editor()->sharePanel(); }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<IncidentStore> m_store;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<test::FakeSharingApi> m_api;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_incident = 0;
    qint64 m_folder = 0;
    qint64 m_dav = 0;
    qint64 m_wiki = 0;
    qint64 m_hook = 0;
};

void TestShareStatusPanel::init() {
    QVERIFY(m_dir.isValid());
    m_db = std::make_unique<Database>();
    QString error;
    QVERIFY2(
        m_db->open(m_dir.filePath(QStringLiteral("%1.db").arg(QLatin1String(QTest::currentTestFunction()))),
                   &error),
        qPrintable(error));
    m_store = std::make_unique<IncidentStore>(*m_db);
    m_outbox = std::make_unique<Outbox>(*m_db);
    m_api = std::make_unique<test::FakeSharingApi>(*m_outbox);
    m_folder = addTarget(QStringLiteral("folder"), QStringLiteral("Team share"));
    m_dav = addTarget(QStringLiteral("webdav"), QStringLiteral("Nextcloud"));
    m_wiki = addTarget(QStringLiteral("mediawiki"), QStringLiteral("Wiki"));
    m_hook = addTarget(QStringLiteral("webhook"), QStringLiteral("#incidents"));
    std::optional<Incident> incident =
        m_store->create(QStringLiteral("Checkout DB down"), QDate(2026, 11, 24), &error);
    QVERIFY2(incident, qPrintable(error));
    incident->status = Status::Documented;
    QVERIFY(m_store->save(*incident, {Field::Status}, &error));
    m_incident = incident->id;
    m_window = std::make_unique<MainWindow>(*m_store);
    m_window->enableSharing(*m_api);
    m_window->show();
    m_window->openIncident(m_incident);
    QVERIFY(panel());
    QCOMPARE(panel()->incident(), m_incident);
}

void TestShareStatusPanel::cleanup() {
    m_window.reset();
    m_api.reset();
    m_outbox.reset();
    m_store.reset();
    m_db.reset();
}

qint64 TestShareStatusPanel::addTarget(const QString &kind, const QString &name) {
    ShareTargetConfig config;
    config.kind = kind;
    config.name = name;
    QString error;
    const auto added = m_outbox->addTarget(config, &error);
    if (!added)
        qFatal("%s", qPrintable(error));
    return added->id;
}

// What the runner records when the target answers.
void TestShareStatusPanel::finish(qint64 targetId, ShareOutcome outcome) {
    for (const ShareJob &job : m_outbox->jobsForIncident(m_incident)) {
        if (job.targetId != targetId)
            continue;
        QString error;
        QVERIFY2(m_outbox->begin(job.id, &error), qPrintable(error));
        QVERIFY2(m_outbox->finish(job.id, outcome, &error), qPrintable(error));
        return;
    }
    QFAIL("no job for that target");
}

void TestShareStatusPanel::rows_showQueuedSentFailedAndConflictPerTarget() {
    // Before anything: one row per target, none shared.
    for (qint64 id : {m_folder, m_dav, m_wiki, m_hook}) {
        QVERIFY(panel()->rowLabel(id));
        QVERIFY(panel()->rowLabel(id)->text().contains(QStringLiteral("Not shared")));
    }
    // The Share button in the panel, clicked.
    m_window->activateWindow();
    QTest::mouseClick(panel()->findChild<QPushButton *>(QStringLiteral("shareButton")), Qt::LeftButton);
    QCOMPARE(m_api->shares.size(), 1);
    QCOMPARE(m_api->shares[0].incidentId, m_incident);
    QTRY_VERIFY(panel()->rowLabel(m_hook) &&
                panel()->rowLabel(m_hook)->text().contains(QStringLiteral("Queued")));

    ShareOutcome sent;
    sent.kind = ShareOutcome::Kind::Sent;
    sent.link = QUrl(QStringLiteral("https://wiki.example.org/index.php/Postmortems/checkout"));
    sent.where = QStringLiteral("wiki.example.org");
    sent.contentHash = "h1";
    finish(m_wiki, sent);
    ShareOutcome failed;
    failed.kind = ShareOutcome::Kind::Failed;
    failed.message = QStringLiteral("The server refused the password for ann (HTTP 401).");
    finish(m_dav, failed);
    ShareOutcome conflict;
    conflict.kind = ShareOutcome::Kind::Conflict;
    conflict.message = QStringLiteral("Someone else changed checkout.md; ours is beside it.");
    conflict.contentHash = "h1";
    finish(m_folder, conflict);

    // queued
    QTRY_VERIFY(panel()->rowLabel(m_hook) &&
                panel()->rowLabel(m_hook)->text().contains(QStringLiteral("Waiting to be sent")));
    QVERIFY(!panel()->retryButton(m_hook));
    // sent: when, where, and a link to open
    const QString wiki = panel()->rowLabel(m_wiki)->text();
    const ShareJob wikiJob = [this] {
        for (const ShareJob &j : m_outbox->jobsForIncident(m_incident))
            if (j.targetId == m_wiki)
                return j;
        return ShareJob{};
    }();
    QVERIFY(wikiJob.sentAt.isValid());
    QVERIFY2(wiki.contains(QStringLiteral("Sent")), qPrintable(wiki));
    QVERIFY2(wiki.contains(QLocale().toString(wikiJob.sentAt.toLocalTime(), QLocale::ShortFormat)),
             qPrintable(wiki));
    QVERIFY2(wiki.contains(QStringLiteral("wiki.example.org")), qPrintable(wiki));
    QVERIFY2(
        wiki.contains(QStringLiteral("<a href=\"https://wiki.example.org/index.php/Postmortems/checkout\"")),
        qPrintable(wiki));
    QVERIFY(!panel()->retryButton(m_wiki));
    // failed: the server's message, and Retry
    const QString dav = panel()->rowLabel(m_dav)->text();
    QVERIFY2(dav.contains(QStringLiteral("Failed")) && dav.contains(QStringLiteral("HTTP 401")),
             qPrintable(dav));
    QCOMPARE(panel()->retryButton(m_dav)->text(), QStringLiteral("Retry"));
    // conflict: the message, and "Replace Theirs…"
    const QString folder = panel()->rowLabel(m_folder)->text();
    QVERIFY2(folder.contains(QStringLiteral("Conflict")) &&
                 folder.contains(QStringLiteral("ours is beside it")),
             qPrintable(folder));
    QVERIFY(panel()->retryButton(m_folder)->text().startsWith(QStringLiteral("Replace Theirs")));
    QCOMPARE(panel()->summary()->text(), QStringLiteral("Some targets did not get it."));
    // The status bar said what went wrong, naming the target.
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("Team share")),
             qPrintable(m_window->statusBar()->currentMessage()));

    // A retryable failure waits for its next attempt, with the message and "Retry Now".
    ShareOutcome retry;
    retry.kind = ShareOutcome::Kind::Retry;
    retry.message =
        QStringLiteral("The chat service failed with HTTP 500; the announcement will be retried.");
    finish(m_hook, retry);
    QTRY_VERIFY(panel()->retryButton(m_hook));
    QCOMPARE(panel()->retryButton(m_hook)->text(), QStringLiteral("Retry Now"));
    QVERIFY(panel()->rowLabel(m_hook)->text().contains(QStringLiteral("HTTP 500")));
    QVERIFY(panel()->rowLabel(m_hook)->text().contains(QStringLiteral("Next try at")));
}

void TestShareStatusPanel::failed_retryQueuesThatTargetOnly() {
    QString error;
    QVERIFY(m_api->share(m_incident, &error, {m_dav}, false) == 1);
    ShareOutcome failed;
    failed.kind = ShareOutcome::Kind::Failed;
    failed.message = QStringLiteral("The server refused the password for ann (HTTP 401).");
    finish(m_dav, failed);
    QTRY_VERIFY(panel()->retryButton(m_dav));
    m_api->shares.clear();
    QTest::mouseClick(panel()->retryButton(m_dav), Qt::LeftButton);
    QCOMPARE(m_api->shares.size(), 1);
    QCOMPARE(m_api->shares[0].targetIds, QList<qint64>{m_dav});
    QVERIFY(!m_api->shares[0].overwrite);
    QTRY_VERIFY(!panel()->retryButton(m_dav)); // queued again: nothing to retry
    QVERIFY(panel()->rowLabel(m_dav)->text().contains(QStringLiteral("Queued")));
}

void TestShareStatusPanel::conflict_replaceTheirsAsksFirst() {
    QString error;
    QVERIFY(m_api->share(m_incident, &error, {m_folder}, false) == 1);
    ShareOutcome conflict;
    conflict.kind = ShareOutcome::Kind::Conflict;
    conflict.message = QStringLiteral("Someone else changed checkout.md; ours is beside it.");
    conflict.contentHash = "h1";
    finish(m_folder, conflict);
    QTRY_VERIFY(panel()->retryButton(m_folder));
    m_api->shares.clear();
    prompts::setNextAnswer(QMessageBox::Cancel);
    QTest::mouseClick(panel()->retryButton(m_folder), Qt::LeftButton);
    QVERIFY(prompts::lastText().contains(QStringLiteral("Replace")));
    QVERIFY(m_api->shares.isEmpty()); // theirs stays
    QVERIFY(panel()->rowLabel(m_folder)->text().contains(QStringLiteral("Conflict")));
    prompts::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(panel()->retryButton(m_folder), Qt::LeftButton);
    QCOMPARE(m_api->shares.size(), 1);
    QCOMPARE(m_api->shares[0].targetIds, QList<qint64>{m_folder});
    QVERIFY(m_api->shares[0].overwrite);
}

void TestShareStatusPanel::edit_marksTheSentDocumentChanged() {
    QString error;
    QVERIFY(m_api->share(m_incident, &error, {m_wiki}, false) == 1);
    ShareOutcome sent;
    sent.kind = ShareOutcome::Kind::Sent;
    sent.where = QStringLiteral("wiki.example.org");
    sent.contentHash = "h1";
    finish(m_wiki, sent);
    QTRY_VERIFY(panel()->rowLabel(m_wiki) &&
                panel()->rowLabel(m_wiki)->text().contains(QStringLiteral("Sent")));
    QVERIFY(!panel()->isChanged());

    // The document as it would be shared now differs once the edit is saved; the panel looks only then.
    m_api->hashes.insert(m_incident, "h2");
    QVERIFY(!panel()->isChanged());
    QPlainTextEdit *cause = m_window->editor()->sectionField(Section::Cause);
    cause->setFocus();
    QTest::keyClicks(cause, QStringLiteral("The primary ran out of disk."));
    QTRY_VERIFY(panel()->isChanged());
    QVERIFY(panel()->rowLabel(m_wiki)->text().contains(QStringLiteral("Changed")));
    QVERIFY(panel()->rowLabel(m_wiki)->text().contains(QStringLiteral("share again")));
    QCOMPARE(panel()->summary()->text(), QStringLiteral("Changed since shared: share again to update it."));
}

void TestShareStatusPanel::progress_shownWhileBusyAndCancelStopsSharing() {
    ShareController *sharing = m_window->sharing();
    auto *text = m_window->findChild<QLabel *>(QStringLiteral("shareProgressText"));
    QVERIFY(text);
    QVERIFY(!sharing->progressBar()->isVisible());
    QVERIFY(!sharing->cancelButton()->isVisible());

    emit m_api->busyChanged(true);
    QVERIFY(sharing->progressBar()->isVisible());
    QVERIFY(sharing->cancelButton()->isVisible());
    emit m_api->progress(QStringLiteral("Sharing “Checkout DB down” to Wiki…"), 0, 0);
    QCOMPARE(text->text(), QStringLiteral("Sharing “Checkout DB down” to Wiki…"));
    QCOMPARE(sharing->progressBar()->maximum(), 0); // unknown total: busy indicator
    emit m_api->progress(QStringLiteral("Sharing…"), 3 * 1024 * 1024, 4 * 1024 * 1024);
    QCOMPARE(sharing->progressBar()->maximum(), 100);
    QCOMPARE(sharing->progressBar()->value(), 75);

    QTest::mouseClick(sharing->cancelButton(), Qt::LeftButton);
    QCOMPARE(m_api->sharingCancels, 1);
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("stays queued")));
    emit m_api->busyChanged(false);
    QVERIFY(!sharing->progressBar()->isVisible());
    QVERIFY(!sharing->cancelButton()->isVisible());
    QVERIFY(!text->isVisible());
}

void TestShareStatusPanel::copyAnnouncement_buttonPutsTheTextInTheClipboard() {
    QApplication::clipboard()->clear();
    auto *button = panel()->findChild<QPushButton *>(QStringLiteral("copyAnnouncementButton"));
    QVERIFY(button && button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("announcement of %1").arg(m_incident));
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("clipboard")));
}

QTEST_MAIN(TestShareStatusPanel)
#include "tst_sharestatuspanel.moc"
