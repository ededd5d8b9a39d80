#pragma once

#include "sharefiles.h"
#include "sharetarget.h"

#include <chrono>
#include <functional>
#include <memory>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace hs {

// Shares to a WebDAV folder (Nextcloud, SharePoint, any DAV server): the same files as FolderTarget,
// over HTTP(S). New files are PUT with If-None-Match: *, updates with If-Match: <the ETag we got>, so
// a file someone else created or changed is never overwritten: the server answers 412, and our
// version goes beside it (<name>.conflict-<UTC time>.<ext>) — unless the remote file is byte for byte
// ours (an earlier attempt whose answer was lost), which is adopted. Missing folders are created
// (MKCOL, parents first). Files whose content we already sent are not uploaded again.
//
// Up to kParallel documents upload side by side (each on its own HTTP/1.1 connection, or
// kParallelHttp2 as streams of one HTTP/2 connection), once the folder is known to exist. An http://
// server is asked once whether it speaks HTTP/2 (an OPTIONS with prior knowledge) and then spoken to
// in HTTP/2 when it does; https:// negotiates it in the TLS handshake.
//
// Basic authentication (preemptive; the password comes from the caller, who reads the keychain), TLS
// verified (no way to turn that off), redirects only within the same origin. Asynchronous throughout;
// no credentials in messages, links, state or debug output (category "hindsight.sync.webdav").
class WebDavTarget final : public ShareTarget {
    Q_OBJECT
public:
    static constexpr std::chrono::milliseconds defaultTimeout{30000};
    // QNetworkAccessManager opens at most six HTTP/1.1 connections per server.
    static constexpr int kParallel = 6;
    static constexpr int kParallelHttp2 = 8;
    // The HTTP/2 probe of an http:// server (see probeThen()).
    static constexpr std::chrono::milliseconds kProbeTimeout{5000};

    // `folderUrl` is the collection the files go to; a user name or password inside it is dropped.
    // `nam` may be null (the target makes its own); when given it must outlive the target.
    WebDavTarget(const QUrl &folderUrl, const QString &user, const QString &password,
                 QNetworkAccessManager *nam = nullptr, QObject *parent = nullptr);
    ~WebDavTarget() override;

    QString kind() const override { return QStringLiteral("webdav"); }
    QString where() const override;
    QUrl folderUrl() const { return m_url; }
    // No byte from the server within this time fails the request (retryable).
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    // For tests: the time used in conflict file names (default: now).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    void test(TestCallback done) override;
    void publish(const ShareDocument &doc, const RemoteState &lastState, PublishCallback done) override;
    bool keepsIndex() const override { return true; }
    int maxParallel() const override;
    void publishIndex(const QList<ShareIndexEntry> &entries, const RemoteState &lastState,
                      PublishCallback done) override;
    void cancel() override;

private:
    struct Run;
    using Handler = std::function<void(QNetworkReply *)>;

    void start(QList<sharefiles::File> files, const RemoteState &lastState, bool overwrite, bool isIndex,
               PublishCallback done);
    void step(const std::shared_ptr<Run> &run);
    void put(const std::shared_ptr<Run> &run, bool asNew);
    void afterConflict(const std::shared_ptr<Run> &run);
    void makeCollection(const std::shared_ptr<Run> &run, const QUrl &url, std::function<void()> then);
    void fetchEtag(const std::shared_ptr<Run> &run, const QUrl &url,
                   std::function<void(const QByteArray &)> then);
    void finish(const std::shared_ptr<Run> &run);
    void fail(const std::shared_ptr<Run> &run, const ShareResult &result);
    // `run` (may be null) learns the reply, so that cancel() can abort it.
    void send(const std::shared_ptr<Run> &run, const QByteArray &verb, const QUrl &url,
              const QByteArray &body, const QList<std::pair<QByteArray, QByteArray>> &headers,
              Handler handler);
    bool live(const std::shared_ptr<Run> &run) const;
    void probeThen(const std::shared_ptr<Run> &run, std::function<void()> then);
    ShareResult failure(QNetworkReply *reply) const;
    QString serverName() const;

    QNetworkAccessManager *m_nam = nullptr;
    QUrl m_url;
    QString m_user;
    QString m_password;
    std::chrono::milliseconds m_timeout = defaultTimeout;
    std::function<QDateTime()> m_clock;
    QList<std::shared_ptr<Run>> m_runs; // publishes in progress, or the one publishIndex
    bool m_folderExists = false;        // a PUT into it succeeded
    enum class Protocol { Unknown, Probing, Http1, Http2 };
    Protocol m_protocol = Protocol::Unknown; // of an http:// server
};

} // namespace hs
