#include "caldavclient.h"
#include "caldavtestutil.h"
#include "fakenam.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace hs;
using Status = CalDavResult::Status;
using namespace std::chrono_literals;

// CalDavClient without a calendar server: pure logic, and what a real server will not do on demand,
// injected at QNetworkAccessManager::createRequest (FakeNam): a timeout, a 500, a dropped connection,
// an answer without ETag; plus a TLS server whose certificate cannot be verified.
class TestCalDavFaults final : public QObject {
    Q_OBJECT
private slots:
    void resourceName_isSafeAndUnique_data();
    void resourceName_isSafeAndUnique();
    void configure_dropsUserInfoAndAddsTrailingSlash();
    void calls_answerFromTheEventLoopNeverInsideTheCall();
    void fault_timeoutGivesTheSentence();
    void fault_serverErrorGivesStatusAndExcerpt();
    void fault_droppedConnectionGivesTheSentence();
    void fault_putWithoutEtagAsksTheServerForIt();
    void fault_hostNotFoundGivesTheSentence();
    void tls_unverifiableCertificateIsRefusedBeforeSendingAnything();

private:
    const QString m_user = QStringLiteral("alice");
    const QString m_password = QStringLiteral("s3cret:with colon+ü");
};

void TestCalDavFaults::resourceName_isSafeAndUnique_data() {
    QTest::addColumn<QString>("uid");
    QTest::addColumn<QString>("expected"); // empty: hashed, only the safe prefix is checked
    QTest::addRow("plain") << QStringLiteral("review-12-1w@hindsight")
                           << QStringLiteral("review-12-1w@hindsight.ics");
    QTest::addRow("slash") << QStringLiteral("a/b") << QString();
    QTest::addRow("space and umlaut") << QStringLiteral("Prüfung 1") << QString();
    QTest::addRow("url characters") << QStringLiteral("x?y#z%20") << QString();
    QTest::addRow("dot dot") << QStringLiteral("..") << QString();
}

void TestCalDavFaults::resourceName_isSafeAndUnique() {
    QFETCH(QString, uid);
    QFETCH(QString, expected);
    const QString name = CalDavClient::resourceName(uid);
    QVERIFY(name.endsWith(QLatin1String(".ics")));
    QVERIFY2(!name.contains(QRegularExpression(QStringLiteral("[^A-Za-z0-9._@-]"))), qPrintable(name));
    QVERIFY(!name.startsWith(QLatin1Char('.')));
    if (!expected.isEmpty())
        QCOMPARE(name, expected);
    // A UID that would be spelled the same way after replacing characters still gets its own name.
    QVERIFY(CalDavClient::resourceName(uid + QLatin1Char('_')) != name);
    QString lookalike = uid;
    lookalike.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._@-]")), QStringLiteral("_"));
    if (lookalike != uid)
        QVERIFY(CalDavClient::resourceName(lookalike) != name);
}

void TestCalDavFaults::configure_dropsUserInfoAndAddsTrailingSlash() {
    CalDavClient c;
    c.configure(QUrl(QStringLiteral("https://bob:pw@dav.example.test/cal/bob/work?x=1")),
                QStringLiteral("bob"), QStringLiteral("pw"));
    QCOMPARE(c.calendarUrl(), QUrl(QStringLiteral("https://dav.example.test/cal/bob/work/")));
    QCOMPARE(c.hrefFor(QStringLiteral("u1")),
             QUrl(QStringLiteral("https://dav.example.test/cal/bob/work/u1.ics")));
}

void TestCalDavFaults::calls_answerFromTheEventLoopNeverInsideTheCall() {
    CalDavClient c; // not configured: refused before sending, but still later
    bool answered = false;
    Status status = Status::Ok;
    c.test([&](const CalDavResult &r) {
        answered = true;
        status = r.status;
    });
    QVERIFY(!answered);
    QTRY_VERIFY(answered);
    QCOMPARE(status, Status::InvalidRequest);
}

namespace {
const QUrl kFakeCalendar(QStringLiteral("http://dav.example.test/cal/alice/reviews/"));

QByteArray header(const FakeNam::Recorded &r, const char *name) {
    return r.request.rawHeader(name);
}
} // namespace

void TestCalDavFaults::fault_timeoutGivesTheSentence() {
    FakeNam nam;
    CalDavClient c(&nam);
    c.configure(kFakeCalendar, m_user, m_password);
    c.setTimeout(300ms);
    nam.failNext("PROPFIND", FakeNam::silent());
    auto r = runCalDav([&](auto cb) { c.test(cb); });
    QVERIFY(r);
    QCOMPARE(r->status, Status::Timeout);
    QCOMPARE(r->error, QStringLiteral(
                           "The calendar server http://dav.example.test did not answer within 1 second(s)."));
    QCOMPARE(CalDavClient::defaultTimeout, 20000ms);
}

void TestCalDavFaults::fault_serverErrorGivesStatusAndExcerpt() {
    FakeNam nam;
    CalDavClient c(&nam);
    c.configure(kFakeCalendar, m_user, m_password);
    const QByteArray page = "<html><head><title>500</title></head><body><h1>Internal Server Error</h1>\n"
                            "<p>The database   is locked.</p>" +
                            QByteArray(500, 'x') + "</body></html>";
    nam.failNext("PUT", FakeNam::respond(500, "Internal Server Error", {"Content-Type: text/html"}, page));
    const QByteArray ics = reviewEvent(QStringLiteral("e500"), QStringLiteral("Kept"));
    auto r = runCalDav([&](auto cb) { c.putEvent(QStringLiteral("e500"), ics, {}, cb); });
    QVERIFY(r);
    QCOMPARE(r->status, Status::ServerError);
    QCOMPARE(r->httpStatus, 500);
    QVERIFY2(r->error.startsWith(QLatin1String("The calendar server failed with 500 Internal Server Error: "
                                               "500 Internal Server Error The database is locked. xxx")),
             qPrintable(r->error));
    QVERIFY(!r->error.contains(QLatin1Char('<')));
    QVERIFY(r->error.size() < 260); // an excerpt, not the page
}

void TestCalDavFaults::fault_droppedConnectionGivesTheSentence() {
    FakeNam nam;
    CalDavClient c(&nam);
    c.configure(kFakeCalendar, m_user, m_password);
    nam.failNext("DELETE", FakeNam::close());
    nam.failNext("DELETE", FakeNam::close()); // in case QNAM retries once on a fresh connection
    auto r = runCalDav([&](auto cb) { c.deleteEvent(c.hrefFor(QStringLiteral("x")), "\"1\"", cb); });
    QVERIFY(r);
    QCOMPARE(r->status, Status::NetworkError);
    QCOMPARE(r->error,
             QStringLiteral(
                 "The calendar server http://dav.example.test closed the connection before answering."));
}

void TestCalDavFaults::fault_putWithoutEtagAsksTheServerForIt() {
    FakeNam nam;
    CalDavClient c(&nam);
    c.configure(kFakeCalendar, m_user, m_password);
    nam.failNext("PUT", FakeNam::respond(201, "Created", {}, {}));
    nam.failNext("PROPFIND",
                 FakeNam::respond(207, "Multi-Status", {"Content-Type: application/xml"},
                                  "<?xml version=\"1.0\"?><d:multistatus xmlns:d=\"DAV:\"><d:response>"
                                  "<d:href>/cal/alice/reviews/u1.ics</d:href><d:propstat><d:prop>"
                                  "<d:getetag>\"from-propfind\"</d:getetag></d:prop>"
                                  "<d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>"
                                  "</d:multistatus>"));
    auto r = runCalDav([&](auto cb) {
        c.putEvent(QStringLiteral("u1"), reviewEvent(QStringLiteral("u1"), QStringLiteral("S")), {}, cb);
    });
    QVERIFY(r);
    QVERIFY2(r->ok(), qPrintable(r->error));
    QCOMPARE(r->etag, QByteArray("\"from-propfind\""));

    QCOMPARE(nam.requests().size(), 2);
    const auto &put = nam.requests().at(0);
    QCOMPARE(put.verb, QByteArray("PUT"));
    QCOMPARE(put.url, QUrl(QStringLiteral("http://dav.example.test/cal/alice/reviews/u1.ics")));
    QCOMPARE(header(put, "If-None-Match"), QByteArray("*"));
    QVERIFY(header(put, "If-Match").isEmpty());
    QCOMPARE(header(put, "Content-Type"), QByteArray("text/calendar; charset=utf-8"));
    QVERIFY(header(put, "Authorization").startsWith("Basic "));
    const auto &propfind = nam.requests().at(1);
    QCOMPARE(propfind.verb, QByteArray("PROPFIND"));
    QCOMPARE(propfind.url, put.url);
    QCOMPARE(header(propfind, "Depth"), QByteArray("0"));

    // An update sends If-Match with the ETag exactly as the server gave it, and no If-None-Match.
    nam.failNext("PUT", FakeNam::respond(204, "No Content", {"ETag: \"v2\""}, {}));
    auto u = runCalDav([&](auto cb) { c.putEvent(QStringLiteral("u1"), "x", r->etag, cb); });
    QVERIFY(u && u->ok());
    QCOMPARE(u->etag, QByteArray("\"v2\""));
    QCOMPARE(header(nam.requests().last(), "If-Match"), QByteArray("\"from-propfind\""));
    QVERIFY(header(nam.requests().last(), "If-None-Match").isEmpty());
}

void TestCalDavFaults::fault_hostNotFoundGivesTheSentence() {
    CalDavClient c;
    c.configure(QUrl(QStringLiteral("http://no-such-host.invalid/cal/")), m_user, m_password);
    auto r = runCalDav([&](auto cb) { c.test(cb); });
    QVERIFY(r);
    QCOMPARE(r->status, Status::HostNotFound);
    QCOMPARE(r->error,
             QStringLiteral(
                 "The calendar server http://no-such-host.invalid could not be found; check the address."));
}

void TestCalDavFaults::tls_unverifiableCertificateIsRefusedBeforeSendingAnything() {
    if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
        QSKIP("openssl is not installed: it makes the self-signed certificate");
    QTemporaryDir dir;
    const QString key = dir.filePath(QStringLiteral("key.pem"));
    const QString cert = dir.filePath(QStringLiteral("cert.pem"));
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels); // its progress dots stay out of the test log
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), key,
                   QStringLiteral("-out"), cert, QStringLiteral("-days"), QStringLiteral("1"),
                   QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1")});
    QVERIFY(openssl.waitForFinished(30000));
    QVERIFY2(openssl.exitCode() == 0, openssl.readAll().constData());
    QFile keyFile(key), certFile(cert);
    QVERIFY(keyFile.open(QIODevice::ReadOnly) && certFile.open(QIODevice::ReadOnly));
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
    config.setLocalCertificate(QSslCertificate(certFile.readAll()));
    QSslServer server;
    server.setSslConfiguration(config);
    QByteArray received;
    connect(&server, &QSslServer::pendingConnectionAvailable, this, [&] {
        while (QTcpSocket *socket = server.nextPendingConnection())
            connect(socket, &QTcpSocket::readyRead, this,
                    [&received, socket] { received += socket->readAll(); });
    });
    QVERIFY(server.listen(QHostAddress::LocalHost));

    CalDavClient c;
    c.configure(QUrl(QStringLiteral("https://127.0.0.1:%1/cal/").arg(server.serverPort())), m_user,
                m_password);
    auto r = runCalDav([&](auto cb) { c.test(cb); });
    QVERIFY(r);
    QCOMPARE(r->status, Status::TlsError);
    QCOMPARE(r->error,
             QStringLiteral("The secure connection to https://127.0.0.1:%1 failed: its certificate could "
                            "not be verified.")
                 .arg(server.serverPort()));
    QVERIFY(received.isEmpty()); // no request, so no password, went to a server that could not be verified
}

QTEST_GUILESS_MAIN(TestCalDavFaults)
#include "tst_caldavfaults.moc"
