#include "radicaleserver.h"

#include <QFile>

RadicaleServer::RadicaleServer(const QString &user, const QString &password)
    : ScriptedServer(QStringLiteral(HINDSIGHT_TEST_SERVERS_DIR "/start-radicale.sh"),
                     QStringLiteral(HINDSIGHT_TEST_SERVERS_DIR "/stop-radicale.sh"), user, password) {}

QString RadicaleServer::missingTools() {
    const QStringList missing = missingExecutables({"radicale", "htpasswd", "curl"});
    if (missing.isEmpty())
        return {};
    return QStringLiteral(
               "not installed: %1 (scripts/install-deps.sh installs radicale, apache2-utils, curl)")
        .arg(missing.join(QLatin1String(", ")));
}

QString RadicaleServer::log() const {
    QFile f(filePath(QStringLiteral("radicale.log")));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll().right(4000)) : QString();
}

QStringList contentLines(const QByteArray &ics) {
    QString text = QString::fromUtf8(ics);
    text.replace(QLatin1String("\r\n "), QString()).replace(QLatin1String("\r\n\t"), QString());
    QStringList lines = text.split(QLatin1String("\r\n"), Qt::SkipEmptyParts);
    lines.sort();
    return lines;
}
