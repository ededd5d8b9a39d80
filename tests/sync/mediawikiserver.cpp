#include "mediawikiserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QUrlQuery>

namespace {
const QString kServers = QStringLiteral(HINDSIGHT_TEST_SERVERS_DIR);
}

MediaWikiServer::MediaWikiServer() = default;

MediaWikiServer::~MediaWikiServer() {
    stop();
}

QString MediaWikiServer::missingTools() {
    QStringList missing;
    for (const char *tool : {"php", "curl"})
        if (QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty())
            missing << QLatin1String(tool);
    if (!QFile::exists(QStringLiteral("/usr/share/mediawiki/maintenance/install.php")))
        missing << QStringLiteral("mediawiki");
    if (missing.isEmpty())
        return {};
    return QStringLiteral(
               "not installed: %1 (scripts/install-deps.sh installs mediawiki, php-sqlite3, php-cli, curl)")
        .arg(missing.join(QLatin1String(", ")));
}

bool MediaWikiServer::start(QString *error) {
    QProcess p;
    QStringList args = {kServers + QStringLiteral("/start-mediawiki.sh"), m_dir.path()};
    if (m_port)
        args << QString::number(m_port);
    p.start(QStringLiteral("sh"), args);
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = QString::fromUtf8(p.readAllStandardError());
        return false;
    }
    m_port = p.readAllStandardOutput().trimmed().toInt();
    m_running = m_port > 0;
    return m_running;
}

void MediaWikiServer::stop() {
    if (!m_running)
        return;
    QProcess::execute(QStringLiteral("sh"), {kServers + QStringLiteral("/stop-mediawiki.sh"), m_dir.path()});
    m_running = false;
}

QUrl MediaWikiServer::apiUrl() const {
    return QUrl(QStringLiteral("http://127.0.0.1:%1/api.php").arg(m_port));
}

QString MediaWikiServer::log() const {
    QFile f(m_dir.filePath(QStringLiteral("server.log")));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll().right(4000)) : QString();
}

QJsonObject MediaWikiServer::api(const QString &query) const {
    QProcess p;
    QUrl url = apiUrl();
    QUrlQuery q(query);
    q.addQueryItem(QStringLiteral("format"), QStringLiteral("json"));
    q.addQueryItem(QStringLiteral("formatversion"), QStringLiteral("2"));
    url.setQuery(q);
    p.start(QStringLiteral("curl"), {QStringLiteral("-s"), url.toString(QUrl::FullyEncoded)});
    p.waitForFinished(30000);
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

QJsonArray MediaWikiServer::revisions(const QString &title) const {
    const QJsonObject json =
        api(QStringLiteral("action=query&prop=revisions&rvprop=ids|user|timestamp&rvlimit=max&titles=") +
            QString::fromLatin1(QUrl::toPercentEncoding(title)));
    return json[QLatin1String("query")][QLatin1String("pages")][0][QLatin1String("revisions")].toArray();
}

QString MediaWikiServer::pageText(const QString &title) const {
    const QJsonObject json =
        api(QStringLiteral("action=query&prop=revisions&rvprop=content&rvslots=main&titles=") +
            QString::fromLatin1(QUrl::toPercentEncoding(title)));
    return json[QLatin1String("query")][QLatin1String("pages")][0][QLatin1String("revisions")][0]
               [QLatin1String("slots")][QLatin1String("main")][QLatin1String("content")]
                   .toString();
}

QString MediaWikiServer::pageHtml(const QString &title) const {
    const QJsonObject json = api(QStringLiteral("action=parse&prop=text&page=") +
                                 QString::fromLatin1(QUrl::toPercentEncoding(title)));
    return json[QLatin1String("parse")][QLatin1String("text")].toString();
}

QStringList MediaWikiServer::categories(const QString &title) const {
    const QJsonObject json = api(QStringLiteral("action=query&prop=categories&titles=") +
                                 QString::fromLatin1(QUrl::toPercentEncoding(title)));
    QStringList names;
    for (const QJsonValue &c :
         json[QLatin1String("query")][QLatin1String("pages")][0][QLatin1String("categories")].toArray())
        names << c[QLatin1String("title")].toString();
    return names;
}

int MediaWikiServer::fileVersions(const QString &fileName) const {
    const QJsonObject json =
        api(QStringLiteral("action=query&prop=imageinfo&iiprop=sha1&iilimit=max&titles=File:") +
            QString::fromLatin1(QUrl::toPercentEncoding(fileName)));
    return int(
        json[QLatin1String("query")][QLatin1String("pages")][0][QLatin1String("imageinfo")].toArray().size());
}

bool MediaWikiServer::editAsBob(const QString &title, const QString &text) const {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MW_CONFIG_FILE"), m_dir.filePath(QStringLiteral("LocalSettings.php")));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("php"),
            {QStringLiteral("/usr/share/mediawiki/maintenance/edit.php"), QStringLiteral("--user"),
             QStringLiteral("Bob"), QStringLiteral("--summary"), QStringLiteral("by hand"), title});
    p.write(text.toUtf8());
    p.closeWriteChannel();
    return p.waitForFinished(30000) && p.exitCode() == 0;
}
