#pragma once

#include "wikitarget.h"

#include <chrono>
#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QUrl>

class QHttpMultiPart;
class QNetworkAccessManager;
class QNetworkCookieJar;
class QNetworkReply;

namespace hs {

// MediaWiki's Action API (api.php) with a bot password (Special:BotPasswords, "User@appid" and a
// 32+ character password): login token → action=login → CSRF token, then queries, action=edit with
// basetimestamp/starttimestamp (so a page changed since the revision we based on is an edit conflict,
// not an overwrite) and action=upload. MediaWiki compares those timestamps to the second, so a change
// saved in the same second as the base revision is not seen by the wiki; WikiTarget therefore also
// compares revision ids before it edits, which leaves only that one-second race between its look and
// its edit. Cookies are kept per client (not in the shared
// QNetworkAccessManager), so two clients can be two users. Every edit says assert=user: an expired
// session is signed in again once, never turned into an anonymous edit.
class MediaWikiClient final : public WikiClient {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MediaWikiClient)
public:
    static constexpr std::chrono::milliseconds defaultTimeout{30000};

    explicit MediaWikiClient(QObject *parent = nullptr);
    // For tests that inject faults at QNetworkAccessManager::createRequest; `nam` must outlive the client.
    explicit MediaWikiClient(QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~MediaWikiClient() override;

    // `apiUrl` is the wiki's api.php; a user name or password inside it is dropped.
    void configure(const QUrl &apiUrl, const QString &user, const QString &password);
    QUrl apiUrl() const { return m_api; }
    QString user() const { return m_user; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    QString where() const override;
    void login(Callback done) override;
    void pageInfo(const QString &title, Callback done) override;
    void savePage(const QString &title, const QString &text, const QString &summary, const WikiResult &base,
                  Callback done) override;
    void fileInfo(const QString &fileName, Callback done) override;
    void uploadFile(const QString &fileName, const QByteArray &data, const QString &comment,
                    Callback done) override;
    void abort() override;

private:
    using Params = QList<std::pair<QString, QString>>;
    using JsonHandler = std::function<void(const QJsonObject &)>;

    // POSTs to api.php (format=json, formatversion=2) and hands the answer's JSON to `handler`, or
    // answers `done` with the failure (transport, HTTP, or the API's "error" object).
    void post(const Params &params, Callback done, JsonHandler handler);
    void postMultipart(QHttpMultiPart *multipart, Callback done, JsonHandler handler);
    // post() once signed in (reads that need the session, such as a page's revisions).
    void postSignedIn(Params params, Callback done, JsonHandler handler);
    void send(QNetworkReply *reply, Callback done, JsonHandler handler);
    // Runs `step` with a CSRF token, signing in first when needed; when the wiki says the session or
    // token went stale the step runs once more after signing in again.
    void withToken(Callback done, std::function<void(const QString &token, Callback done)> step,
                   bool retried = false);
    void fetchCsrf(Callback done);
    WikiResult failure(QNetworkReply *reply) const;
    WikiResult apiError(const QJsonObject &error) const;
    void answerLater(Callback done, WikiResult result);
    bool checkConfigured(Callback &done);
    QString serverName() const;

    QNetworkAccessManager *m_nam = nullptr;
    QNetworkCookieJar *m_cookies = nullptr;
    QUrl m_api;
    QString m_user;
    QString m_password;
    QString m_csrf; // empty: not signed in
    std::chrono::milliseconds m_timeout = defaultTimeout;
    QList<QPointer<QNetworkReply>> m_running;
};

} // namespace hs
