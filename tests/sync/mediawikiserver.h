#pragma once

#include <QJsonObject>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

// A throw-away MediaWiki 1.39 on 127.0.0.1 (tests/servers/start-mediawiki.sh): user "Admin" with the bot
// password Admin@ci, and user "Bob" who changes pages behind the back of the code under test (through
// MediaWiki's own maintenance/edit.php, so not through the client being tested). Reads go through curl.
class MediaWikiServer final {
public:
    static constexpr const char *botUser = "Admin@ci";
    static constexpr const char *botPassword = "0123456789abcdef0123456789abcdef";

    MediaWikiServer();
    ~MediaWikiServer();

    // Empty when the tools are there; otherwise why the tests must be skipped.
    static QString missingTools();
    bool start(QString *error); // a restart keeps the wiki and its port
    void stop();
    QUrl apiUrl() const;
    QString log() const;

    // GET api.php?<query>&format=json&formatversion=2, anonymously.
    QJsonObject api(const QString &query) const;
    // The page's revisions, newest first: [{revid, user, timestamp}].
    QJsonArray revisions(const QString &title) const;
    QString pageText(const QString &title) const;
    QString pageHtml(const QString &title) const;
    QStringList categories(const QString &title) const;
    int fileVersions(const QString &fileName) const;
    // Bob saves `text` as the page (maintenance/edit.php).
    bool editAsBob(const QString &title, const QString &text) const;

private:
    QTemporaryDir m_dir;
    int m_port = 0;
    bool m_running = false;
};
