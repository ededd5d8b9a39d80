#include "lighttpdserver.h"

#include <QFile>
#include <QFileInfo>

LighttpdServer::LighttpdServer(const QString &user, const QString &password)
    : ScriptedServer(QStringLiteral(HINDSIGHT_TEST_SERVERS_DIR "/start-lighttpd-webdav.sh"),
                     QStringLiteral(HINDSIGHT_TEST_SERVERS_DIR "/stop-lighttpd-webdav.sh"), user, password) {}

QString LighttpdServer::missingTools() {
    QStringList missing = missingExecutables({"htpasswd", "curl"});
    if (!QFileInfo::exists(QStringLiteral("/usr/sbin/lighttpd")) ||
        !QFileInfo::exists(QStringLiteral("/usr/lib/lighttpd/mod_webdav.so")))
        missing << QStringLiteral("lighttpd, lighttpd-mod-webdav");
    if (missing.isEmpty())
        return {};
    return QStringLiteral("not installed: %1 (scripts/install-deps.sh installs them)")
        .arg(missing.join(QLatin1String(", ")));
}

QString LighttpdServer::davPath(const QString &path) const {
    return filePath(QStringLiteral("dav") + path);
}

QStringList LighttpdServer::accessLog() const {
    QFile f(filePath(QStringLiteral("logs/access.log")));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}
