#pragma once

// An HTTPS server on 127.0.0.1 with a self-signed certificate made for the test (the Slack stand-in,
// tests/servers/slack-webhook-standin.py --tls): a client that verifies certificates must refuse it, and
// one told to trust `certificate()` reaches it. Needs /usr/bin/openssl and /usr/bin/python3.

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

class TlsStandIn final {
public:
    // Empty when the tools are there; otherwise why a test must be skipped.
    static QString missingTools() {
        for (const char *tool : {"/usr/bin/openssl", "/usr/bin/python3"})
            if (!QFile::exists(QLatin1String(tool)))
                return QStringLiteral("not installed: %1").arg(QLatin1String(tool));
        return {};
    }

    ~TlsStandIn() {
        if (m_server.state() != QProcess::NotRunning) {
            m_server.kill();
            m_server.waitForFinished();
        }
    }

    bool start(QString *error) {
        QProcess openssl;
        openssl.start(QStringLiteral("/usr/bin/openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                       QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                       QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"),
                       QStringLiteral("-keyout"), m_dir.filePath(QStringLiteral("key.pem")),
                       QStringLiteral("-out"), certificate()});
        if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0) {
            *error = QStringLiteral("openssl could not make a certificate: ") +
                     QString::fromLocal8Bit(openssl.readAllStandardError());
            return false;
        }
        m_server.start(QStringLiteral("/usr/bin/python3"),
                       {QStringLiteral(HINDSIGHT_TEST_SERVERS_DIR "/slack-webhook-standin.py"), record(),
                        QStringLiteral("--tls"), certificate(), m_dir.filePath(QStringLiteral("key.pem"))});
        if (!m_server.waitForStarted() ||
            !QTest::qWaitFor([this] { return m_server.canReadLine(); }, 10000)) {
            *error = QStringLiteral("the HTTPS stand-in did not start");
            return false;
        }
        m_port = m_server.readLine().trimmed().toInt();
        return m_port > 0;
    }

    QUrl url(const QString &path) const {
        return QUrl(QStringLiteral("https://127.0.0.1:%1%2").arg(m_port).arg(path));
    }
    QString certificate() const { return m_dir.filePath(QStringLiteral("cert.pem")); }
    // One JSON line per request that got through the handshake.
    QString record() const { return m_dir.filePath(QStringLiteral("received.jsonl")); }

private:
    QTemporaryDir m_dir;
    QProcess m_server;
    int m_port = 0;
};
