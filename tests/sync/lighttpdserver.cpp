#include "lighttpdserver.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

namespace {
const QString kServers = QStringLiteral(HINDSIGHT_TEST_SERVERS_DIR);
}

LighttpdServer::LighttpdServer(const QString &user, const QString &password)
    : m_user(user)
    , m_password(password) {}

LighttpdServer::~LighttpdServer() {
    stop();
}

QString LighttpdServer::missingTools() {
    QStringList missing;
    for (const char *tool : {"htpasswd", "curl"})
        if (QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty())
            missing << QLatin1String(tool);
    if (!QFileInfo::exists(QStringLiteral("/usr/sbin/lighttpd")) ||
        !QFileInfo::exists(QStringLiteral("/usr/lib/lighttpd/mod_webdav.so")))
        missing << QStringLiteral("lighttpd, lighttpd-mod-webdav");
    if (missing.isEmpty())
        return {};
    return QStringLiteral("not installed: %1 (scripts/install-deps.sh installs them)")
        .arg(missing.join(QLatin1String(", ")));
}

bool LighttpdServer::start(QString *error) {
    QProcess p;
    QStringList args = {kServers + QStringLiteral("/start-lighttpd-webdav.sh"), m_dir.path(), m_user,
                        m_password};
    if (m_port)
        args << QString::number(m_port);
    p.start(QStringLiteral("sh"), args);
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = QString::fromUtf8(p.readAllStandardError());
        return false;
    }
    m_port = p.readAllStandardOutput().trimmed().toInt();
    m_running = m_port > 0;
    return m_running;
}

void LighttpdServer::stop() {
    if (!m_running)
        return;
    QProcess::execute(QStringLiteral("sh"),
                      {kServers + QStringLiteral("/stop-lighttpd-webdav.sh"), m_dir.path()});
    m_running = false;
}

QUrl LighttpdServer::url(const QString &path) const {
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path));
}

QString LighttpdServer::davPath(const QString &path) const {
    return m_dir.filePath(QStringLiteral("dav") + path);
}

QStringList LighttpdServer::accessLog() const {
    QFile f(m_dir.filePath(QStringLiteral("logs/access.log")));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

LighttpdServer::Answer LighttpdServer::curl(const QByteArray &verb, const QUrl &url, const QByteArray &body,
                                            const QStringList &headers) const {
    QTemporaryDir out;
    const QString headerFile = out.filePath(QStringLiteral("headers"));
    const QString bodyFile = out.filePath(QStringLiteral("body"));
    QStringList args = {
        QStringLiteral("-s"), QStringLiteral("-u"),          m_user + QLatin1Char(':') + m_password,
        QStringLiteral("-X"), QString::fromLatin1(verb),     QStringLiteral("-D"),
        headerFile,           QStringLiteral("-o"),          bodyFile,
        QStringLiteral("-w"), QStringLiteral("%{http_code}")};
    for (const QString &h : headers)
        args << QStringLiteral("-H") << h;
    if (!body.isNull()) {
        const QString upload = out.filePath(QStringLiteral("upload"));
        QFile f(upload);
        if (f.open(QIODevice::WriteOnly))
            f.write(body);
        f.close();
        args << QStringLiteral("--data-binary") << QLatin1Char('@') + upload;
    }
    args << url.toString(QUrl::FullyEncoded);
    QProcess p;
    p.start(QStringLiteral("curl"), args);
    p.waitForFinished(30000);
    Answer answer;
    answer.status = p.readAllStandardOutput().toInt();
    QFile b(bodyFile);
    if (b.open(QIODevice::ReadOnly))
        answer.body = b.readAll();
    QFile h(headerFile);
    if (h.open(QIODevice::ReadOnly))
        for (const QByteArray &line : h.readAll().split('\n'))
            if (line.toLower().startsWith("etag:"))
                answer.etag = line.mid(5).trimmed();
    return answer;
}
