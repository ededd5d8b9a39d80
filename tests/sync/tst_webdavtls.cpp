#include "logcapture.h"
#include "outboxtestutil.h"
#include "tlsstandin.h"
#include "webdavtarget.h"

#include <memory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QTest>

using namespace hs;
using RS = ShareResult::Status;

// WebDavTarget verifies certificates ("TLS verified by default", issue 4): against an HTTPS stand-in
// with a self-signed certificate made for the test (tlsstandin.h), Test Connection and publish fail
// with the certificate sentence, not retryable, and no request gets past the handshake, so no PUT or
// MKCOL (nor the Basic-auth password with it) reaches the server. lighttpd here has no TLS module,
// hence the stand-in rather than the real DAV server of tst_webdavtarget.
class TestWebDavTls final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void test_selfSignedCertificateIsRefused();
    void publish_selfSignedCertificateIsRefusedAndNothingIsUploaded();
    void standIn_answersAClientThatTrustsItsCertificate();

private:
    struct Finished {
        QByteArray verb;
        int httpStatus = 0; // 0: no HTTP answer, the request never reached the server
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
    };

    std::unique_ptr<WebDavTarget> target() {
        auto t = std::make_unique<WebDavTarget>(m_server->url(QStringLiteral("/dav/postmortems/")), m_user,
                                                m_password, m_nam.get());
        t->setTimeout(std::chrono::seconds(10));
        return t;
    }
    QString certificateSentence() const {
        return QStringLiteral("The secure connection to %1 failed: its certificate could not be verified.")
            .arg(m_server->url({}).toString());
    }
    void checkRefused(const ShareResult &result) const;
    void checkNothingGotThrough() const;

    const QString m_user = QStringLiteral("alice");
    const QString m_password = QStringLiteral("s3cret:with colon+ü");
    std::unique_ptr<TlsStandIn> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam; // the target's, watched for what reached the server
    QList<Finished> m_finished;
    QList<QSslError::SslError> m_sslErrors;
    std::unique_ptr<LogCapture> m_log;
};

void TestWebDavTls::initTestCase() {
    if (const QString missing = TlsStandIn::missingTools(); !missing.isEmpty())
        QSKIP(qPrintable(missing));
    m_log = std::make_unique<LogCapture>();
    m_server = std::make_unique<TlsStandIn>();
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
}

void TestWebDavTls::cleanupTestCase() {
    if (!m_log)
        return; // skipped: nothing ran
    // The target did log its requests, and the password is in none of those lines.
    QVERIFY(m_log->text().contains(QLatin1String("PROPFIND")));
    QVERIFY2(!m_log->text().contains(m_password), qPrintable(m_log->text()));
    m_log.reset();
    m_server.reset();
}

void TestWebDavTls::init() {
    // A fresh manager per test: no connection (or accepted certificate) carries over.
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_finished.clear();
    m_sslErrors.clear();
    connect(m_nam.get(), &QNetworkAccessManager::finished, this, [this](QNetworkReply *reply) {
        m_finished.append({reply->request().attribute(QNetworkRequest::CustomVerbAttribute).toByteArray(),
                           reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                           reply->error()});
    });
    connect(m_nam.get(), &QNetworkAccessManager::sslErrors, this,
            [this](QNetworkReply *, const QList<QSslError> &errors) {
                for (const QSslError &e : errors)
                    m_sslErrors.append(e.error());
            });
}

void TestWebDavTls::checkRefused(const ShareResult &result) const {
    QCOMPARE(result.status, RS::Failed);
    QCOMPARE(result.message, certificateSentence());
    QVERIFY(!result.retryable); // trying again will not make the certificate trusted
    QCOMPARE(result.uploads, 0);
    QVERIFY2(!result.message.contains(m_password), qPrintable(result.message));
    QVERIFY(!result.link.toString().contains(m_password));
    QVERIFY(!result.where.contains(m_password));
}

void TestWebDavTls::checkNothingGotThrough() const {
    // Refused because nobody vouches for the certificate, not for some other TLS trouble.
    QVERIFY(m_sslErrors.contains(QSslError::SelfSignedCertificate));
    // Every request the target made ended in the handshake, without an HTTP answer: none of them
    // (PROPFIND, MKCOL, PUT) was ever sent to the server.
    QVERIFY(!m_finished.isEmpty());
    for (const Finished &f : m_finished) {
        QVERIFY2(f.httpStatus == 0, qPrintable(QStringLiteral("%1 was answered with %2")
                                                   .arg(QString::fromLatin1(f.verb))
                                                   .arg(f.httpStatus)));
        QCOMPARE(f.error, QNetworkReply::SslHandshakeFailedError);
    }
}

void TestWebDavTls::test_selfSignedCertificateIsRefused() {
    auto t = target();
    const auto answer = testTarget(*t);
    QVERIFY(answer);
    checkRefused(answer->result);
    checkNothingGotThrough();
}

void TestWebDavTls::publish_selfSignedCertificateIsRefusedAndNothingIsUploaded() {
    auto t = target();
    const auto answer = publishDoc(*t, sampleDocument(), {});
    QVERIFY(answer);
    checkRefused(answer->result);
    QVERIFY(answer->state.isEmpty()); // nothing remembered as sent
    checkNothingGotThrough();
}

// The control: the stand-in does speak TLS and answers a DAV verb (with 501: it is no DAV server) once
// the client trusts its certificate, so "no HTTP answer" above means the target refused, nothing else.
void TestWebDavTls::standIn_answersAClientThatTrustsItsCertificate() {
    QNetworkRequest trusting(m_server->url(QStringLiteral("/dav/postmortems/")));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromPath(m_server->certificate()));
    trusting.setSslConfiguration(tls);
    QNetworkReply *reply = m_nam->sendCustomRequest(trusting, "MKCOL");
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 501);
    QVERIFY(m_sslErrors.isEmpty());
    reply->deleteLater();
}

QTEST_MAIN(TestWebDavTls)
#include "tst_webdavtls.moc"
