#include "../fixtures/postmortemsample.h"
#include "announcement.h"
#include "fakenam.h"
#include "logcapture.h"
#include "sharetestutil.h"
#include "tlsstandin.h"
#include "webhooktarget.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>

using namespace hs;
using SR = ShareResult::Status;
using namespace std::chrono_literals;

// WebhookTarget against a stand-in for Slack's incoming webhooks (tests/servers/slack-webhook-standin.py,
// written from Slack's documented contract: there is no Slack to run here), and faults injected at
// createRequest. The payload is checked field by field as the stand-in received it; every documented
// error gets its sentence; the webhook URL (the secret) is never in a message, link, state or log.
class TestWebhookTarget final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void standIn_answersAsSlackDocuments_data();
    void standIn_answersAsSlackDocuments();
    void validateWebhookUrl_data();
    void validateWebhookUrl();
    void test_existingHookIsAcceptedWithoutPosting();
    void test_removedHookIsNoService();
    void publish_postsTheAnnouncementFieldByField();
    void publish_withoutLinkNamesTheDocument();
    void publish_unchangedPostsNothing_changedPostsAnUpdate();
    void publish_documentedErrorsAreOneSentence_data();
    void publish_documentedErrorsAreOneSentence();
    void fault_timeoutDroppedConnectionAndRateLimit_data();
    void fault_timeoutDroppedConnectionAndRateLimit();
    void cancel_answersCancelledOnce();
    void tls_selfSignedCertificateIsRefusedAndNothingIsPosted();

private:
    QUrl hook(const QString &name) const {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/services/T0001/B0001/%2").arg(m_port).arg(name));
    }
    QList<QJsonObject> received() const;
    void checkNoSecret(const ShareResult &r, const RemoteState &state, const QUrl &url) const;
    ShareDocument document() const;

    QTemporaryDir m_dir;
    QProcess m_standIn;
    int m_port = 0;
    std::unique_ptr<LogCapture> m_log;
};

void TestWebhookTarget::initTestCase() {
    if (!QFile::exists(QStringLiteral("/usr/bin/python3")))
        QSKIP("not installed: /usr/bin/python3 (Debian's python3)");
    m_log = std::make_unique<LogCapture>();
    m_standIn.setProgram(QStringLiteral("/usr/bin/python3"));
    m_standIn.setArguments({QStringLiteral(HINDSIGHT_TEST_SERVERS_DIR "/slack-webhook-standin.py"),
                            m_dir.filePath(QStringLiteral("received.jsonl"))});
    m_standIn.start();
    QVERIFY(m_standIn.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(m_standIn.canReadLine(), 10000);
    m_port = m_standIn.readLine().trimmed().toInt();
    QVERIFY(m_port > 0);
}

void TestWebhookTarget::cleanupTestCase() {
    if (!m_log)
        return; // skipped: nothing ran
    QVERIFY(!m_log->text().isEmpty());
    QVERIFY2(!m_log->text().contains(QLatin1String("/services/")), qPrintable(m_log->text()));
    m_log.reset();
    m_standIn.kill();
    m_standIn.waitForFinished();
}

void TestWebhookTarget::init() {
    QFile::remove(m_dir.filePath(QStringLiteral("received.jsonl")));
}

QList<QJsonObject> TestWebhookTarget::received() const {
    QList<QJsonObject> out;
    QFile f(m_dir.filePath(QStringLiteral("received.jsonl")));
    if (f.open(QIODevice::ReadOnly))
        for (const QByteArray &line : f.readAll().split('\n'))
            if (!line.isEmpty())
                out << QJsonDocument::fromJson(line).object();
    return out;
}

void TestWebhookTarget::checkNoSecret(const ShareResult &r, const RemoteState &state, const QUrl &url) const {
    const QString secret = url.path();
    QVERIFY2(!r.message.contains(secret) && !r.message.contains(QLatin1String("/services/")),
             qPrintable(r.message));
    QVERIFY(!r.where.contains(QLatin1String("/services/")));
    QVERIFY(!r.link.toString().contains(QLatin1String("/services/")));
    QVERIFY(!QJsonDocument(state).toJson().contains("/services/"));
}

ShareDocument TestWebhookTarget::document() const {
    ShareDocument doc = shareDocument(testing::samplePostMortem(), {});
    doc.publishedLink =
        QUrl(QStringLiteral("https://wiki.test/index.php/Postmortems/incident_2026_11_24_checkout_db_down"));
    return doc;
}

// The stand-in itself, posted to raw, so what the target is tested against is Slack's contract: a JSON
// body with "text" answers 200 "ok"; every error is a status with a plain-text code.
void TestWebhookTarget::standIn_answersAsSlackDocuments_data() {
    QTest::addColumn<QString>("hookName");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("answer");
    const QByteArray text = R"({"text":"Post-mortem for #incident-x is ready"})";
    QTest::addRow("ok") << QStringLiteral("good") << text << 200 << QByteArray("ok");
    QTest::addRow("blocks only")
        << QStringLiteral("good")
        << QByteArray(R"({"blocks":[{"type":"section","text":{"type":"mrkdwn","text":"x"}}]})") << 200
        << QByteArray("ok");
    QTest::addRow("not JSON") << QStringLiteral("good") << QByteArray("text=hello") << 400
                              << QByteArray("invalid_payload");
    QTest::addRow("not an object") << QStringLiteral("good") << QByteArray(R"(["text"])") << 400
                                   << QByteArray("invalid_payload");
    QTest::addRow("no text") << QStringLiteral("good") << QByteArray("{}") << 400 << QByteArray("no_text");
    QTest::addRow("prohibited") << QStringLiteral("prohibited") << text << 403
                                << QByteArray("action_prohibited");
    QTest::addRow("revoked") << QStringLiteral("revoked") << text << 403 << QByteArray("invalid_token");
    QTest::addRow("unknown hook") << QStringLiteral("nope") << text << 404 << QByteArray("no_service");
    QTest::addRow("team disabled") << QStringLiteral("team-disabled") << text << 404
                                   << QByteArray("team_disabled");
    QTest::addRow("channel gone") << QStringLiteral("channel-gone") << text << 404
                                  << QByteArray("channel_not_found");
    QTest::addRow("archived") << QStringLiteral("archived") << text << 410
                              << QByteArray("channel_is_archived");
}

void TestWebhookTarget::standIn_answersAsSlackDocuments() {
    QFETCH(QString, hookName);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QByteArray, answer);
    QNetworkAccessManager nam;
    QNetworkRequest request(hook(hookName));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = nam.post(request, body);
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), status);
    QVERIFY(
        reply->header(QNetworkRequest::ContentTypeHeader).toString().startsWith(QLatin1String("text/plain")));
    QCOMPARE(reply->readAll(), answer);
    reply->deleteLater();
}

void TestWebhookTarget::validateWebhookUrl_data() {
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("valid");
    QTest::addRow("slack") << QStringLiteral("https://hooks.slack.com/services/T0/B0/abc") << true;
    QTest::addRow("mattermost") << QStringLiteral("https://chat.example.org/hooks/xyz") << true;
    QTest::addRow("loopback http") << QStringLiteral("http://127.0.0.1:8080/services/x") << true;
    QTest::addRow("remote http") << QStringLiteral("http://hooks.example.org/services/x") << false;
    QTest::addRow("no path") << QStringLiteral("https://hooks.slack.com/") << false;
    QTest::addRow("not a url") << QStringLiteral("hooks.slack.com services") << false;
    QTest::addRow("empty") << QString() << false;
}

void TestWebhookTarget::validateWebhookUrl() {
    QFETCH(QString, url);
    QFETCH(bool, valid);
    QString error;
    QCOMPARE(WebhookTarget::validateWebhookUrl(url, &error), valid);
    QCOMPARE(error.isEmpty(), valid);
}

void TestWebhookTarget::test_existingHookIsAcceptedWithoutPosting() {
    WebhookTarget t(hook(QStringLiteral("good")));
    const auto r = runTest(t);
    QVERIFY(r);
    QVERIFY2(r->ok(), qPrintable(r->message));
    QCOMPARE(r->where, QStringLiteral("chat webhook on 127.0.0.1"));
    // The stand-in got an empty message, which a webhook refuses (no_text): nothing was posted.
    const auto got = received();
    QCOMPARE(got.size(), 1);
    QCOMPARE(got[0][QLatin1String("body")].toString(), QStringLiteral("{}"));
}

void TestWebhookTarget::test_removedHookIsNoService() {
    WebhookTarget t(hook(QStringLiteral("revoked-long-ago")));
    const auto r = runTest(t);
    QVERIFY(r);
    QCOMPARE(r->status, SR::Failed);
    QVERIFY(!r->retryable);
    QVERIFY2(r->message.contains(QLatin1String("no longer exists")), qPrintable(r->message));
    checkNoSecret(*r, {}, hook(QStringLiteral("revoked-long-ago")));
}

void TestWebhookTarget::publish_postsTheAnnouncementFieldByField() {
    WebhookTarget t(hook(QStringLiteral("good")));
    ShareDocument doc = document();
    doc.cause = QStringLiteral("Disk <!channel> full & more");
    const auto a = runPublish(t, doc, {});
    QVERIFY(a);
    QCOMPARE(a->result.status, SR::Sent);
    QCOMPARE(a->result.uploads, 1);
    QCOMPARE(a->result.link, doc.publishedLink);
    checkNoSecret(a->result, a->state, hook(QStringLiteral("good")));
    const auto got = received();
    QCOMPARE(got.size(), 1);
    QCOMPARE(got[0][QLatin1String("path")].toString(), QStringLiteral("/services/T0001/B0001/good"));
    QVERIFY(got[0][QLatin1String("contentType")].toString().startsWith(QLatin1String("application/json")));
    const QJsonObject payload =
        QJsonDocument::fromJson(got[0][QLatin1String("body")].toString().toUtf8()).object();
    const QString expected = QStringLiteral(
        "Post-mortem for #incident-2026-11-24-checkout-db-down is ready: "
        "<https://wiki.test/index.php/Postmortems/incident_2026_11_24_checkout_db_down> — cause: "
        "Disk &lt;!channel&gt; full &amp; more; 1 now-action open.");
    QCOMPARE(payload.value(QLatin1String("text")).toString(), expected);
    const QJsonArray blocks = payload.value(QLatin1String("blocks")).toArray();
    QCOMPARE(blocks.size(), 1);
    QCOMPARE(blocks[0][QLatin1String("type")].toString(), QStringLiteral("section"));
    QCOMPARE(blocks[0][QLatin1String("text")][QLatin1String("type")].toString(), QStringLiteral("mrkdwn"));
    QCOMPARE(blocks[0][QLatin1String("text")][QLatin1String("text")].toString(), expected);
    QCOMPARE(payload.value(QLatin1String("unfurl_links")), QJsonValue(false));
    QCOMPARE(payload.keys(),
             (QStringList{QStringLiteral("blocks"), QStringLiteral("text"), QStringLiteral("unfurl_links")}));
}

void TestWebhookTarget::publish_withoutLinkNamesTheDocument() {
    WebhookTarget t(hook(QStringLiteral("good")));
    ShareDocument doc = document();
    doc.publishedLink = QUrl();
    const auto a = runPublish(t, doc, {});
    QVERIFY(a && a->result.status == SR::Sent);
    const QJsonObject payload =
        QJsonDocument::fromJson(received().value(0)[QLatin1String("body")].toString().toUtf8()).object();
    QVERIFY2(payload.value(QLatin1String("text"))
                 .toString()
                 .contains(QLatin1String("is ready: `incident_2026_11_24_checkout_db_down`")),
             qPrintable(payload.value(QLatin1String("text")).toString()));
}

void TestWebhookTarget::publish_unchangedPostsNothing_changedPostsAnUpdate() {
    WebhookTarget t(hook(QStringLiteral("good")));
    ShareDocument doc = document();
    const auto first = runPublish(t, doc, {});
    QVERIFY(first && first->result.status == SR::Sent);
    const auto same = runPublish(t, doc, first->state);
    QVERIFY(same);
    QCOMPARE(same->result.status, SR::Unchanged);
    QCOMPARE(same->result.uploads, 0);
    QCOMPARE(received().size(), 1);
    doc.contentHash = QByteArrayLiteral("another version");
    const auto changed = runPublish(t, doc, first->state);
    QVERIFY(changed && changed->result.status == SR::Sent);
    const auto got = received();
    QCOMPARE(got.size(), 2);
    QVERIFY(got[1][QLatin1String("body")].toString().contains(QLatin1String("was updated:")));
}

void TestWebhookTarget::publish_documentedErrorsAreOneSentence_data() {
    QTest::addColumn<QString>("hookName");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("retryable");
    QTest::addRow("404 no_service") << QStringLiteral("gone")
                                    << QStringLiteral(
                                           "The webhook no longer exists (it was removed or turned off); "
                                           "create a new one and enter its address again.")
                                    << false;
    QTest::addRow("403 action_prohibited")
        << QStringLiteral("prohibited")
        << QStringLiteral(
               "The chat workspace's administrators do not allow this webhook to post (action_prohibited).")
        << false;
    QTest::addRow("403 invalid_token")
        << QStringLiteral("revoked")
        << QStringLiteral("The chat service refused the webhook (invalid_token); it may have been revoked.")
        << false;
    QTest::addRow("404 team_disabled")
        << QStringLiteral("team-disabled")
        << QStringLiteral("The webhook no longer exists (it was removed or turned off); create a new one and "
                          "enter its address again.")
        << false;
    QTest::addRow("410 channel_is_archived")
        << QStringLiteral("archived")
        << QStringLiteral(
               "The webhook's channel is archived; unarchive it or use a webhook of another channel.")
        << false;
    QTest::addRow("500") << QStringLiteral("broken")
                         << QStringLiteral(
                                "The chat service failed with HTTP 500; the announcement will be retried.")
                         << true;
}

void TestWebhookTarget::publish_documentedErrorsAreOneSentence() {
    QFETCH(QString, hookName);
    QFETCH(QString, expected);
    QFETCH(bool, retryable);
    WebhookTarget t(hook(hookName));
    const RemoteState last{{QStringLiteral("contentHash"), QStringLiteral("older")}};
    const auto a = runPublish(t, document(), last);
    QVERIFY(a);
    QCOMPARE(a->result.status, SR::Failed);
    QCOMPARE(a->result.message, expected);
    QCOMPARE(a->result.retryable, retryable);
    QCOMPARE(a->state, last); // the old state is kept
    checkNoSecret(a->result, a->state, hook(hookName));
    QCOMPARE(received().size(), 1);
}

void TestWebhookTarget::fault_timeoutDroppedConnectionAndRateLimit_data() {
    QTest::addColumn<int>("kind"); // 0 silent, 1 close, 2 respond 429, 3 respond 400 invalid_payload
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("retryable");
    QTest::addRow("timeout") << 0
                             << QStringLiteral(
                                    "The chat service at 127.0.0.1 did not answer within 1 second(s).")
                             << true;
    QTest::addRow("dropped") << 1
                             << QStringLiteral(
                                    "The chat service at 127.0.0.1 closed the connection before answering.")
                             << true;
    QTest::addRow("429")
        << 2 << QStringLiteral("The chat service asks to post more slowly; the announcement will be retried.")
        << true;
    QTest::addRow("400 invalid_payload")
        << 3 << QStringLiteral("The chat service rejected the announcement as malformed (invalid_payload).")
        << false;
}

void TestWebhookTarget::fault_timeoutDroppedConnectionAndRateLimit() {
    QFETCH(int, kind);
    QFETCH(QString, expected);
    QFETCH(bool, retryable);
    FakeNam nam;
    const FakeNam::Fault faults[] = {
        FakeNam::silent(), FakeNam::close(),
        FakeNam::respond(429, "Too Many Requests", {"Retry-After: 30"}, "rate_limited"),
        FakeNam::respond(400, "Bad Request", {"Content-Type: text/plain"}, "invalid_payload")};
    nam.failNext("POST", faults[kind]);
    WebhookTarget t(hook(QStringLiteral("good")), &nam);
    t.setTimeout(300ms);
    const auto a = runPublish(t, document(), {});
    QVERIFY(a);
    QCOMPARE(a->result.status, SR::Failed);
    QCOMPARE(a->result.message, expected);
    QCOMPARE(a->result.retryable, retryable);
    checkNoSecret(a->result, a->state, hook(QStringLiteral("good")));
}

void TestWebhookTarget::cancel_answersCancelledOnce() {
    FakeNam nam;
    nam.failNext("POST", FakeNam::silent());
    WebhookTarget t(hook(QStringLiteral("good")), &nam);
    std::optional<ShareResult> answer;
    int calls = 0;
    t.publish(document(), {}, [&](const ShareResult &r, const RemoteState &) {
        answer = r;
        ++calls;
    });
    QTRY_VERIFY(nam.requests().size() == 1);
    t.cancel();
    QTRY_COMPARE(calls, 1);
    QTest::qWait(50);
    QCOMPARE(calls, 1);
    QCOMPARE(answer->status, SR::Cancelled);
}

void TestWebhookTarget::tls_selfSignedCertificateIsRefusedAndNothingIsPosted() {
    // Certificates are verified by default: a hook behind a certificate nobody vouches for gets nothing.
    if (const QString missing = TlsStandIn::missingTools(); !missing.isEmpty())
        QSKIP(qPrintable(missing));
    TlsStandIn server;
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    const QUrl url = server.url(QStringLiteral("/services/T0001/B0001/good"));
    WebhookTarget t(url);
    const auto a = runPublish(t, document(), {});
    QVERIFY(a);
    QCOMPARE(a->result.status, SR::Failed);
    QCOMPARE(
        a->result.message,
        QStringLiteral("The secure connection to 127.0.0.1 failed: its certificate could not be verified."));
    QVERIFY(!a->result.retryable); // trying again will not make the certificate trusted
    checkNoSecret(a->result, a->state, url);

    // The stand-in does speak TLS: a client that trusts this certificate is answered "ok".
    QNetworkAccessManager nam;
    QNetworkRequest trusting(url);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromPath(server.certificate()));
    trusting.setSslConfiguration(tls);
    trusting.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = nam.post(trusting, QByteArrayLiteral(R"({"text":"trusted"})"));
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
    QCOMPARE(reply->readAll(), QByteArray("ok"));
    reply->deleteLater();
    // Only the trusting client's post arrived.
    QFile got(server.record());
    QVERIFY(got.open(QIODevice::ReadOnly));
    QCOMPARE(got.readAll().count('\n'), 1);
}

QTEST_MAIN(TestWebhookTarget)
#include "tst_webhooktarget.moc"
