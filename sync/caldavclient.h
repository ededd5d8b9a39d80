#pragma once

#include "caldavresult.h"

#include <chrono>
#include <functional>
#include <QObject>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace hs {

// Talks to one CalDAV calendar collection (Nextcloud, iCloud, Fastmail, Radicale ...) at the level of
// calendar resources: a UID, the .ics bytes, the resource's href and its ETag. Everything is
// asynchronous: each call answers exactly once through its callback, from the event loop, unless the
// client is destroyed first. Basic authentication, TLS verified (no way to turn that off), redirects
// only within the same origin so the credentials never go to another host.
class CalDavClient final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalDavClient)
public:
    using Callback = std::function<void(const CalDavResult &)>;
    static constexpr std::chrono::milliseconds defaultTimeout{20000};

    explicit CalDavClient(QObject *parent = nullptr);
    // For tests that inject faults at QNetworkAccessManager::createRequest; `nam` must outlive the client.
    explicit CalDavClient(QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~CalDavClient() override;

    // `calendarUrl` is the calendar collection; a user name or password inside it is dropped.
    void configure(const QUrl &calendarUrl, const QString &user, const QString &password);
    QUrl calendarUrl() const { return m_url; }
    QString user() const { return m_user; }
    // No answer (no byte) within this time aborts a request with a Timeout result.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    // The resource name Hindsight uses for an event UID: the UID itself when it is made of letters,
    // digits, '.', '_', '-' and '@' only, otherwise a safe spelling plus a hash that keeps it unique.
    static QString resourceName(const QString &uid);
    QUrl hrefFor(const QString &uid) const;

    // PROPFIND Depth 0 on the collection: reachable, credentials accepted, and a calendar.
    void test(Callback done);
    // Creates the event (knownEtag empty: If-None-Match: *) or updates it (If-Match: knownEtag). On
    // success the result has the new ETag. If the server's copy differs (412) the result is a Conflict
    // carrying the server's version; nothing is overwritten.
    void putEvent(const QString &uid, const QByteArray &ics, const QByteArray &knownEtag, Callback done);
    void getEvent(const QUrl &href, Callback done);
    // Deletes the event if it is still at `etag` (empty: unconditionally). Already gone counts as done.
    void deleteEvent(const QUrl &href, const QByteArray &etag, Callback done);

private:
    using ReplyHandler = std::function<void(QNetworkReply *)>;

    void send(const QByteArray &verb, const QUrl &url, const QByteArray &body,
              const QList<std::pair<QByteArray, QByteArray>> &headers, ReplyHandler handler);
    void answerLater(Callback done, CalDavResult result);
    void fetchConflict(const QUrl &href, bool deleting, Callback done);
    void fetchEtag(CalDavResult result, Callback done);
    CalDavResult failure(QNetworkReply *reply) const;
    bool checkConfigured(Callback &done);
    QString serverName() const;

    QNetworkAccessManager *m_nam = nullptr;
    QUrl m_url;
    QString m_user;
    QString m_password;
    std::chrono::milliseconds m_timeout = defaultTimeout;
};

} // namespace hs
