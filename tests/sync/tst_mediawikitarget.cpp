#include "../fixtures/postmortemsample.h"
#include "fakenam.h"
#include "logcapture.h"
#include "mediawikiserver.h"
#include "mediawikitarget.h"
#include "sharetestutil.h"
#include "tlsstandin.h"

#include <memory>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>

using namespace hs;
using SR = ShareResult::Status;

// MediaWikiTarget against a real MediaWiki 1.39 started by the test (tests/servers/start-mediawiki.sh):
// pages, revisions, categories and files are read back from the wiki itself. User B ("Bob") edits
// through MediaWiki's own edit.php, not through the code under test. Faults a real server won't make
// on demand are in tst_mediawikifaults.
class TestMediaWikiTarget final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();

    void test_acceptsTheBotPassword();
    void test_wrongPasswordIsOneSentenceWithoutThePassword();
    void test_selfSignedCertificateIsRefused();
    void publish_createsThePageWithTableCategoryAndPdf();
    void publish_hostileTextShowsAsTypedOnTheWiki();
    void publish_unchangedSendsNothingAndMakesNoRevision();
    void publish_changedDocumentMakesOneNewRevision();
    void publish_editByAnotherUserIsConflictAndNotOverwritten();
    void publish_overwriteAfterConflictReplacesTheirVersion();
    void savePage_staleBaseAfterAnotherUserSavedIsEditConflict();
    void publish_pageCreatedByAnotherUserIsConflict();
    void publish_wrongPasswordChangesNothing();
    void publish_serverStoppedThenRestartedArrivesExactlyOnce();
    void publish_serverStoppedMidSyncThenRestartedArrivesExactlyOnce();
    void publish_editFailedAfterUploadRetryWithNewRenderingKeepsOnePdfVersion();

private:
    PostMortem postMortem(const QString &slug) const;
    std::unique_ptr<MediaWikiTarget>
    target(const QString &password = QLatin1String(MediaWikiServer::botPassword));

    std::unique_ptr<MediaWikiServer> m_wiki;
    QByteArray m_pdf;
    FakeNam m_nam;                     // passes everything through, and records it
    std::unique_ptr<LogCapture> m_log; // everything the sync layer logged
};

void TestMediaWikiTarget::initTestCase() {
    if (const QString missing = MediaWikiServer::missingTools(); !missing.isEmpty())
        QSKIP(qPrintable(missing));
    m_log = std::make_unique<LogCapture>();
    m_wiki = std::make_unique<MediaWikiServer>();
    QString error;
    QVERIFY2(m_wiki->start(&error), qPrintable(error));
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("x.pdf"));
    QVERIFY2(renderer::writePdf(testing::samplePostMortem(), pdf, &error), qPrintable(error));
    QFile f(pdf);
    QVERIFY(f.open(QIODevice::ReadOnly));
    m_pdf = f.readAll();
}

void TestMediaWikiTarget::cleanupTestCase() {
    // The password never reached a log line, whatever the test did.
    if (!m_log)
        return; // skipped: nothing ran
    QVERIFY(!m_log->text().isEmpty());
    QVERIFY(!m_log->text().contains(QLatin1String(MediaWikiServer::botPassword)));
    m_log.reset();
    m_wiki.reset();
}

PostMortem TestMediaWikiTarget::postMortem(const QString &slug) const {
    PostMortem pm = testing::samplePostMortem();
    pm.incident.slug = slug;
    pm.incident.channel = pm.incident.derivedChannelName();
    return pm;
}

std::unique_ptr<MediaWikiTarget> TestMediaWikiTarget::target(const QString &password) {
    return std::make_unique<MediaWikiTarget>(m_wiki->apiUrl(), QLatin1String(MediaWikiServer::botUser),
                                             password, WikiTargetOptions{}, &m_nam);
}

void TestMediaWikiTarget::test_acceptsTheBotPassword() {
    auto t = target();
    const auto r = runTest(*t);
    QVERIFY(r);
    QVERIFY2(r->ok(), qPrintable(r->message));
    QVERIFY(r->message.contains(m_wiki->apiUrl().toString()));
}

void TestMediaWikiTarget::test_wrongPasswordIsOneSentenceWithoutThePassword() {
    const QString wrong = QStringLiteral("ffffffffffffffffffffffffffffffff");
    auto t = target(wrong);
    const auto r = runTest(*t);
    QVERIFY(r);
    QCOMPARE(r->status, SR::Failed);
    QVERIFY(!r->retryable);
    QVERIFY2(r->message.contains(QLatin1String("refused the bot user name or password")),
             qPrintable(r->message));
    QVERIFY(!r->message.contains(wrong));
    QVERIFY(r->message.endsWith(QLatin1Char('.')));
}

void TestMediaWikiTarget::test_selfSignedCertificateIsRefused() {
    // Certificates are verified by default: no sign-in (no password sent) to a wiki nobody vouches for.
    if (const QString missing = TlsStandIn::missingTools(); !missing.isEmpty())
        QSKIP(qPrintable(missing));
    TlsStandIn server;
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    MediaWikiTarget t(server.url(QStringLiteral("/w/api.php")), QLatin1String(MediaWikiServer::botUser),
                      QLatin1String(MediaWikiServer::botPassword), WikiTargetOptions{});
    const auto r = runTest(t);
    QVERIFY(r);
    QCOMPARE(r->status, SR::Failed);
    QVERIFY(!r->retryable);
    QCOMPARE(r->message,
             QStringLiteral("The secure connection to %1 failed: its certificate could not be verified.")
                 .arg(server.url({}).toString()));
    QVERIFY(!QFile::exists(server.record())); // no request got through the handshake
}

void TestMediaWikiTarget::publish_createsThePageWithTableCategoryAndPdf() {
    auto t = target();
    const ShareDocument doc = shareDocument(postMortem(QStringLiteral("created")), m_pdf);
    const auto a = runPublish(*t, doc, {});
    QVERIFY(a);
    QCOMPARE(a->result.status, SR::Sent);
    QCOMPARE(a->result.uploads, 2); // the PDF and the page
    const QString title = t->pageTitle(doc);
    QCOMPARE(title, QStringLiteral("Postmortems/incident_2026_11_24_created"));
    QCOMPARE(a->result.link.path(), QStringLiteral("/index.php/Postmortems/incident_2026_11_24_created"));
    const QJsonArray revisions = m_wiki->revisions(title);
    QCOMPARE(revisions.size(), 1);
    QCOMPARE(revisions[0][QLatin1String("user")].toString(), QStringLiteral("Admin"));
    QCOMPARE(a->state.value(QLatin1String("revisionId")).toInteger(),
             revisions[0][QLatin1String("revid")].toInteger());
    QCOMPARE(m_wiki->categories(title), QStringList{QStringLiteral("Category:Post-mortems")});
    QCOMPARE(m_wiki->fileVersions(QStringLiteral("Incident_2026_11_24_created.pdf")), 1);
    const QString html = m_wiki->pageHtml(title);
    // Wiki structure as a reader sees it: headings, lists, links, the actions as a table.
    QVERIFY(html.contains(QLatin1String("<h2><span class=\"mw-headline\"")));
    QVERIFY(html.contains(QLatin1String("<ul><li>")));
    QVERIFY(html.contains(QLatin1String("<table class=\"wikitable sortable\"")));
    QVERIFY(html.contains(QLatin1String("href=\"https://jira.example.com/browse/OPS-42\"")));
    QVERIFY(html.contains(QLatin1String("Incident_2026_11_24_created.pdf\"")));
    QCOMPARE(html.count(QLatin1String("<tr")), 1 + int(doc.postMortem.actions.size()));
}

void TestMediaWikiTarget::publish_hostileTextShowsAsTypedOnTheWiki() {
    PostMortem pm = postMortem(QStringLiteral("hostile"));
    const QString extract =
        QStringLiteral("10:01 eve: </pre>== Owned ==\n10:02 eve: {{SITENAME}} ~~~~ [[Category:Spam]] &amp;");
    pm.incident.setText(Section::Extract, extract);
    pm.incident.setText(Section::Cause,
                        QStringLiteral("'''{{SITENAME}}''' __NOTOC__ <b>x</b> ~~~ [[Main Page]]"));
    auto t = target();
    const ShareDocument doc = shareDocument(pm, m_pdf);
    const auto a = runPublish(*t, doc, {});
    QVERIFY(a);
    QCOMPARE(a->result.status, SR::Sent);
    const QString title = t->pageTitle(doc);
    QCOMPARE(m_wiki->categories(title), QStringList{QStringLiteral("Category:Post-mortems")});
    // Nothing was expanded when the page was saved (no signature, no substitution).
    const QString stored = m_wiki->pageText(title);
    QVERIFY(!stored.contains(QLatin1String("[[User:Admin")));
    // What a reader sees: the extract in one <pre>, exactly as typed, and the cause as typed.
    const QString html = m_wiki->pageHtml(title);
    QCOMPARE(html.count(QLatin1String("<pre>")), 1);
    const qsizetype preStart = html.indexOf(QLatin1String("<pre>"));
    const QString pre = html.mid(preStart, html.indexOf(QLatin1String("</pre>")) - preStart);
    QCOMPARE(QTextDocumentFragment::fromHtml(pre).toPlainText(), extract);
    const QString shown = QTextDocumentFragment::fromHtml(html).toPlainText();
    QVERIFY2(shown.contains(QLatin1String("'''{{SITENAME}}''' __NOTOC__ <b>x</b> ~~~ [[Main Page]]")),
             qPrintable(shown.left(600)));
    QVERIFY(html.contains(QLatin1String("id=\"toc\""))); // __NOTOC__ did not take effect
    QVERIFY(!html.contains(QLatin1String("CIWiki")));
}

void TestMediaWikiTarget::publish_unchangedSendsNothingAndMakesNoRevision() {
    auto t = target();
    const ShareDocument doc = shareDocument(postMortem(QStringLiteral("unchanged")), m_pdf);
    const auto first = runPublish(*t, doc, {});
    QVERIFY(first && first->result.status == SR::Sent);
    const qsizetype requests = m_nam.requests().size();
    const auto again = runPublish(*t, doc, first->state);
    QVERIFY(again);
    QCOMPARE(again->result.status, SR::Unchanged);
    QCOMPARE(again->result.uploads, 0);
    QCOMPARE(m_nam.requests().size(), requests); // not even a sign-in
    QCOMPARE(again->state, first->state);
    QCOMPARE(again->result.link, first->result.link);
    QCOMPARE(m_wiki->revisions(t->pageTitle(doc)).size(), 1);
    QCOMPARE(m_wiki->fileVersions(WikiTarget::pdfFileName(doc)), 1);
}

void TestMediaWikiTarget::publish_changedDocumentMakesOneNewRevision() {
    auto t = target();
    PostMortem pm = postMortem(QStringLiteral("changed"));
    const auto first = runPublish(*t, shareDocument(pm, m_pdf), {});
    QVERIFY(first && first->result.status == SR::Sent);
    pm.incident.setText(Section::Cause, QStringLiteral("The primary ran out of disk, twice."));
    const ShareDocument doc = shareDocument(pm, m_pdf);
    const auto second = runPublish(*t, doc, first->state);
    QVERIFY(second);
    QCOMPARE(second->result.status, SR::Sent);
    const QJsonArray revisions = m_wiki->revisions(t->pageTitle(doc));
    QCOMPARE(revisions.size(), 2);
    QCOMPARE(second->state.value(QLatin1String("revisionId")).toInteger(),
             revisions[0][QLatin1String("revid")].toInteger());
    QVERIFY(m_wiki->pageText(t->pageTitle(doc)).contains(QLatin1String("ran out of disk, twice.")));
}

void TestMediaWikiTarget::publish_editByAnotherUserIsConflictAndNotOverwritten() {
    auto t = target();
    PostMortem pm = postMortem(QStringLiteral("conflict"));
    const auto first = runPublish(*t, shareDocument(pm, m_pdf), {});
    QVERIFY(first && first->result.status == SR::Sent);
    const QString title = t->pageTitle(shareDocument(pm, m_pdf));
    QVERIFY(m_wiki->editAsBob(title, QStringLiteral("Bob's notes, not to be lost.")));
    pm.incident.setText(Section::Impact, QStringLiteral("Checkout failed for 43 minutes."));
    const auto second = runPublish(*t, shareDocument(pm, m_pdf), first->state);
    QVERIFY(second);
    QCOMPARE(second->result.status, SR::Conflict);
    QVERIFY2(second->result.message.contains(QLatin1String("was changed by Bob")),
             qPrintable(second->result.message));
    QCOMPARE(second->state, first->state); // still based on what we wrote last
    QCOMPARE(m_wiki->pageText(title), QStringLiteral("Bob's notes, not to be lost."));
    QCOMPARE(m_wiki->revisions(title).size(), 2);
    // Asking again without overwrite is still a conflict: nothing is decided for the user.
    const auto third = runPublish(*t, shareDocument(pm, m_pdf), first->state);
    QVERIFY(third && third->result.status == SR::Conflict);
}

void TestMediaWikiTarget::publish_overwriteAfterConflictReplacesTheirVersion() {
    auto t = target();
    PostMortem pm = postMortem(QStringLiteral("overwrite"));
    const auto first = runPublish(*t, shareDocument(pm, m_pdf), {});
    QVERIFY(first && first->result.status == SR::Sent);
    ShareDocument doc = shareDocument(pm, m_pdf);
    QVERIFY(m_wiki->editAsBob(t->pageTitle(doc), QStringLiteral("Bob was here.")));
    doc.overwrite = true;
    const auto second = runPublish(*t, doc, first->state);
    QVERIFY(second);
    QCOMPARE(second->result.status, SR::Sent);
    const QJsonArray revisions = m_wiki->revisions(t->pageTitle(doc));
    QCOMPARE(revisions.size(), 3);
    QCOMPARE(revisions[0][QLatin1String("user")].toString(), QStringLiteral("Admin"));
    QVERIFY(m_wiki->pageText(t->pageTitle(doc)).contains(QLatin1String("The primary ran out of disk.")));
}

void TestMediaWikiTarget::savePage_staleBaseAfterAnotherUserSavedIsEditConflict() {
    // The race the pre-check cannot see: Bob saves between our look at the page and our edit. The
    // wiki itself must refuse (basetimestamp), and the text must overlap so it cannot merge.
    auto t = target();
    MediaWikiClient *client = t->mediaWiki();
    const QString title = QStringLiteral("Postmortems/race");
    QVERIFY(m_wiki->editAsBob(title, QStringLiteral("line one")));
    std::optional<WikiResult> base;
    client->pageInfo(title, [&](const WikiResult &r) { base = r; });
    QTRY_VERIFY_WITH_TIMEOUT(base.has_value(), 30000);
    QVERIFY2(base->ok() && base->exists(), qPrintable(base->error));
    // MediaWiki compares timestamps to the second: Bob's change must be in a later second than the base
    // to be seen (the target's own check compares revision ids, see publish_editByAnotherUser...).
    const QDateTime baseTime = QDateTime::fromString(base->timestamp, Qt::ISODate);
    QVERIFY(baseTime.isValid());
    QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentDateTimeUtc() >= baseTime.addSecs(1), 5000);
    QVERIFY(m_wiki->editAsBob(title, QStringLiteral("line one, changed by Bob")));
    std::optional<WikiResult> saved;
    client->savePage(title, QStringLiteral("line one, changed by us"), QStringLiteral("test"), *base,
                     [&](const WikiResult &r) { saved = r; });
    QTRY_VERIFY_WITH_TIMEOUT(saved.has_value(), 30000);
    QCOMPARE(saved->status, WikiResult::Status::Conflict);
    QCOMPARE(saved->code, QStringLiteral("editconflict"));
    QCOMPARE(m_wiki->pageText(title), QStringLiteral("line one, changed by Bob"));
}

void TestMediaWikiTarget::publish_pageCreatedByAnotherUserIsConflict() {
    auto t = target();
    const ShareDocument doc = shareDocument(postMortem(QStringLiteral("theirs")), m_pdf);
    QVERIFY(m_wiki->editAsBob(t->pageTitle(doc), QStringLiteral("Bob wrote this one by hand.")));
    const auto a = runPublish(*t, doc, {});
    QVERIFY(a);
    QCOMPARE(a->result.status, SR::Conflict);
    QCOMPARE(m_wiki->pageText(t->pageTitle(doc)), QStringLiteral("Bob wrote this one by hand."));
}

void TestMediaWikiTarget::publish_wrongPasswordChangesNothing() {
    const QString wrong = QStringLiteral("0000000000000000000000000000000a");
    auto t = target(wrong);
    const ShareDocument doc = shareDocument(postMortem(QStringLiteral("wrong-password")), m_pdf);
    const auto a = runPublish(*t, doc, {});
    QVERIFY(a);
    QCOMPARE(a->result.status, SR::Failed);
    QVERIFY(!a->result.retryable);
    QVERIFY(!a->result.message.contains(wrong));
    QVERIFY(m_wiki->revisions(t->pageTitle(doc)).isEmpty());
    QCOMPARE(m_wiki->fileVersions(WikiTarget::pdfFileName(doc)), 0);
}

void TestMediaWikiTarget::publish_serverStoppedThenRestartedArrivesExactlyOnce() {
    auto t = target();
    const ShareDocument doc = shareDocument(postMortem(QStringLiteral("stopped")), m_pdf);
    m_wiki->stop();
    const auto down = runPublish(*t, doc, {});
    QString error;
    QVERIFY2(m_wiki->start(&error), qPrintable(error));
    QVERIFY(down);
    QCOMPARE(down->result.status, SR::Failed);
    QVERIFY(down->result.retryable);
    QVERIFY2(down->result.message.contains(QLatin1String("refused the connection")),
             qPrintable(down->result.message));
    const auto up = runPublish(*t, doc, {});
    QVERIFY(up);
    QCOMPARE(up->result.status, SR::Sent);
    QCOMPARE(m_wiki->revisions(t->pageTitle(doc)).size(), 1);
    QCOMPARE(m_wiki->fileVersions(WikiTarget::pdfFileName(doc)), 1);
}

void TestMediaWikiTarget::publish_serverStoppedMidSyncThenRestartedArrivesExactlyOnce() {
    // Stopped after the PDF went up but before the page was saved: the retry finds the PDF already
    // there (same bytes) and creates the page once.
    auto t = target();
    const ShareDocument doc = shareDocument(postMortem(QStringLiteral("mid-sync")), m_pdf);
    const auto stopAfterUpload = connect(t.get(), &ShareTarget::progress, this, [this](qint64 step, qint64) {
        if (step == 3)
            m_wiki->stop();
    });
    const auto down = runPublish(*t, doc, {});
    disconnect(stopAfterUpload);
    QString error;
    QVERIFY2(m_wiki->start(&error), qPrintable(error));
    QVERIFY(down);
    QCOMPARE(down->result.status, SR::Failed);
    QVERIFY(down->result.retryable);
    QVERIFY(m_wiki->revisions(t->pageTitle(doc)).isEmpty());
    QCOMPARE(m_wiki->fileVersions(WikiTarget::pdfFileName(doc)), 1);
    const auto up = runPublish(*t, doc, {});
    QVERIFY(up);
    QCOMPARE(up->result.status, SR::Sent);
    QCOMPARE(m_wiki->revisions(t->pageTitle(doc)).size(), 1);
    QCOMPARE(m_wiki->fileVersions(WikiTarget::pdfFileName(doc)), 1);
    // And once more with the state it returned: nothing at all.
    const auto again = runPublish(*t, doc, up->state);
    QVERIFY(again && again->result.status == SR::Unchanged);
}

void TestMediaWikiTarget::publish_editFailedAfterUploadRetryWithNewRenderingKeepsOnePdfVersion() {
    // As from the CLI: the PDF went up, the page edit failed, and the retry (another process) renders
    // the PDF again from the same content, with other bytes: Qt stamps the PDF with the second it was
    // made in.
    const PostMortem pm = postMortem(QStringLiteral("edit-failed"));
    QString error;
    QByteArray firstPdf;
    QByteArray secondPdf;
    QString html;
    const qint64 firstSecond = QDateTime::currentSecsSinceEpoch();
    QVERIFY2(renderer::toHtmlAndPdf(pm, &html, &firstPdf, &error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentSecsSinceEpoch() > firstSecond + 1, 5000);
    QVERIFY2(renderer::toHtmlAndPdf(pm, &html, &secondPdf, &error), qPrintable(error));
    QVERIFY2(firstPdf != secondPdf, "two renderings are byte-identical: the test would not test the retry");
    const ShareDocument first = shareDocument(pm, firstPdf);
    const ShareDocument second = shareDocument(pm, secondPdf);
    auto t = target();
    const QString title = t->pageTitle(first);
    const QString file = WikiTarget::pdfFileName(first);
    // Right after the upload the next request is the page edit: its connection drops.
    const auto failTheEdit = connect(t.get(), &ShareTarget::progress, this, [this](qint64 step, qint64) {
        if (step == 3)
            m_nam.failNext("POST", FakeNam::close());
    });
    const auto down = runPublish(*t, first, {});
    disconnect(failTheEdit);
    QVERIFY(down);
    QCOMPARE(down->result.status, SR::Failed);
    QVERIFY(down->result.retryable);
    QCOMPARE(down->state, RemoteState{});
    QVERIFY(m_wiki->revisions(title).isEmpty());
    QCOMPARE(m_wiki->fileVersions(file), 1);

    auto retry = target(); // a new session, as a later sync would have
    const auto up = runPublish(*retry, second, down->state);
    QVERIFY(up);
    QCOMPARE(up->result.status, SR::Sent);
    QCOMPARE(up->result.uploads, 1); // the page only
    QCOMPARE(m_wiki->revisions(title).size(), 1);
    QCOMPARE(m_wiki->fileVersions(file), 1);
    QVERIFY(m_wiki->pageText(title).contains(file));
    QCOMPARE(up->state.value(QLatin1String("pdfFile")).toString(), file);
    // And with the state it returned, the next sync sends nothing.
    const auto again = runPublish(*retry, second, up->state);
    QVERIFY(again && again->result.status == SR::Unchanged);

    // The content changed: the new PDF is a new version, as before.
    PostMortem changed = pm;
    changed.incident.setText(Section::Cause, QStringLiteral("The primary ran out of disk, again."));
    QByteArray changedPdf;
    QVERIFY2(renderer::toHtmlAndPdf(changed, &html, &changedPdf, &error), qPrintable(error));
    const auto third = runPublish(*retry, shareDocument(changed, changedPdf), up->state);
    QVERIFY(third);
    QCOMPARE(third->result.status, SR::Sent);
    QCOMPARE(third->result.uploads, 2);
    QCOMPARE(m_wiki->fileVersions(file), 2);
}

QTEST_MAIN(TestMediaWikiTarget)
#include "tst_mediawikitarget.moc"
