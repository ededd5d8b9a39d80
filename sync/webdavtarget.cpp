#include "webdavtarget.h"

#include "davxml.h"
#include "sha256.h"
#include "webdavsupport.h"

#include <QNetworkAccessManager>

Q_LOGGING_CATEGORY(lcWebDav, "hindsight.sync.webdav")

namespace hs {

using webdav::displayUrl;
using webdav::httpStatusOf;

namespace {

bool sameContent(const QString &name, const QByteArray &a, const QByteArray &b) {
    return a == b || (name.endsWith(QLatin1String(".pdf")) &&
                      ShareDocument::comparablePdf(a) == ShareDocument::comparablePdf(b));
}

} // namespace

WebDavTarget::WebDavTarget(const QUrl &folderUrl, const QString &user, const QString &password,
                           QNetworkAccessManager *nam, QObject *parent)
    : ShareTarget(parent)
    , m_nam(nam ? nam : new QNetworkAccessManager(this))
    , m_url(folderUrl.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment))
    , m_user(user)
    , m_password(password)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); }) {
    // File URLs are resolved against the collection, which needs its trailing slash for that.
    if (!m_url.path().endsWith(QLatin1Char('/')))
        m_url.setPath(m_url.path(QUrl::FullyEncoded) + QLatin1Char('/'), QUrl::TolerantMode);
}

WebDavTarget::~WebDavTarget() = default;

QString WebDavTarget::where() const {
    return displayUrl(m_url);
}

QString WebDavTarget::serverName() const {
    return displayUrl(m_url.adjusted(QUrl::RemovePath));
}

int WebDavTarget::maxParallel() const {
    // Side by side only once the folder is known to exist, so that it is created once.
    if (!m_folderExists)
        return 1;
    return m_protocol == Protocol::Http2 ? kParallelHttp2 : kParallel;
}

bool WebDavTarget::live(const std::shared_ptr<Run> &run) const {
    return m_runs.contains(run);
}

void WebDavTarget::test(TestCallback done) {
    const QList<std::pair<QByteArray, QByteArray>> headers = {
        {QByteArrayLiteral("Depth"), QByteArrayLiteral("0")},
        {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/xml; charset=utf-8")}};
    send({}, "PROPFIND", m_url, dav::propfindBody(), headers,
         [this, done = std::move(done)](QNetworkReply *reply) {
             const int status = httpStatusOf(reply);
             ShareResult result;
             result.where = where();
             result.link = m_url;
             if (status == 207) {
                 const dav::Properties props = dav::parseMultistatus(reply->readAll());
                 if (!props.isCollection) {
                     done(ShareResult::failed(tr("%1 is a file, not a folder.").arg(displayUrl(m_url)),
                                              false));
                     return;
                 }
                 result.status = ShareResult::Status::Sent;
                 result.message = tr("Connected to %1; the folder can be used.").arg(displayUrl(m_url));
             } else if (status == 404) {
                 result.status = ShareResult::Status::Sent;
                 result.message = tr("Connected to %1; the folder will be created with the first document.")
                                      .arg(serverName());
             } else if (status >= 200 && status < 300) {
                 result = ShareResult::failed(
                     tr("The server at %1 answered, but it is not a WebDAV server.").arg(serverName()),
                     false);
             } else {
                 result = failure(reply);
             }
             done(result);
         });
}

void WebDavTarget::publish(const ShareDocument &doc, const RemoteState &lastState, PublishCallback done) {
    start(sharefiles::documentFiles(doc), lastState, doc.overwrite, false, std::move(done));
}

void WebDavTarget::publishIndex(const QList<ShareIndexEntry> &entries, const RemoteState &lastState,
                                PublishCallback done) {
    start(sharefiles::indexFiles(entries), lastState, true, true, std::move(done));
}

void WebDavTarget::start(QList<sharefiles::File> files, const RemoteState &lastState, bool overwrite,
                         bool isIndex, PublishCallback done) {
    const bool busy = isIndex ? !m_runs.isEmpty()
                              : m_runs.size() >= maxParallel() ||
                                    std::any_of(m_runs.begin(), m_runs.end(),
                                                [](const std::shared_ptr<Run> &r) { return r->isIndex; });
    if (busy) {
        QMetaObject::invokeMethod(
            this,
            [done = std::move(done)] {
                done(ShareResult::failed(tr("The WebDAV target is busy with another document."), true), {});
            },
            Qt::QueuedConnection);
        return;
    }
    auto run = std::make_shared<Run>();
    run->files = std::move(files);
    run->last = lastState;
    run->state = lastState;
    run->overwrite = overwrite;
    run->isIndex = isIndex;
    run->result.where = where();
    run->done = std::move(done);
    m_runs.append(run);
    // Answer from the event loop, never from inside publish().
    QMetaObject::invokeMethod(
        this, [this, run] { probeThen(run, [this, run] { step(run); }); }, Qt::QueuedConnection);
}

void WebDavTarget::step(const std::shared_ptr<Run> &run) {
    if (!live(run))
        return; // cancelled
    emit progress(run->index, run->files.size());
    if (run->index >= run->files.size()) {
        finish(run);
        return;
    }
    const sharefiles::File &file = run->file();
    const QJsonObject stored = sharefiles::fileState(run->last, file.name);
    const QByteArray storedHash = stored.value(QLatin1String("hash")).toString().toLatin1();
    // Hashed once per file and only when there is something to compare with: SHA-256 of every PDF
    // is a good part of the event loop's work when many documents go out.
    run->hash = storedHash.isEmpty() ? QByteArray() : sharefiles::hashOf(file);
    // Sent before with this very content, and still at the ETag we got: nothing to upload.
    if ((!run->overwrite || run->isIndex) && !storedHash.isEmpty() && storedHash == run->hash &&
        !stored.value(QLatin1String("etag")).toString().isEmpty()) {
        ++run->index;
        step(run);
        return;
    }
    put(run, stored.value(QLatin1String("etag")).toString().isEmpty());
}

void WebDavTarget::put(const std::shared_ptr<Run> &run, bool asNew) {
    const sharefiles::File &file = run->file();
    const QUrl url = m_url.resolved(QUrl(file.name));
    const QByteArray etag =
        sharefiles::fileState(run->last, file.name).value(QLatin1String("etag")).toString().toLatin1();
    QList<std::pair<QByteArray, QByteArray>> headers;
    if (run->overwrite && !run->isIndex)
        ; // the user chose to replace theirs: unconditional
    else if (run->isIndex && etag.isEmpty())
        ; // the index is ours alone: an index someone else left there is replaced
    else if (asNew || etag.isEmpty())
        headers.append({QByteArrayLiteral("If-None-Match"), QByteArrayLiteral("*")});
    else
        headers.append({QByteArrayLiteral("If-Match"), etag});
    const QByteArray type = file.name.endsWith(QLatin1String(".pdf")) ? QByteArrayLiteral("application/pdf")
                            : file.name.endsWith(QLatin1String(".html"))
                                ? QByteArrayLiteral("text/html; charset=utf-8")
                                : QByteArrayLiteral("text/markdown; charset=utf-8");
    headers.append({QByteArrayLiteral("Content-Type"), type});
    send(run, "PUT", url, file.bytes, headers, [this, run, url, asNew](QNetworkReply *reply) {
        if (!live(run))
            return;
        const int status = httpStatusOf(reply);
        const sharefiles::File &f = run->file();
        if (status >= 200 && status < 300) {
            m_folderExists = true;
            ++run->result.uploads;
            const QByteArray hash = run->hash.isEmpty() ? sharefiles::hashOf(f) : run->hash;
            auto record = [this, run, hash](const QByteArray &newEtag) {
                sharefiles::setFileState(run->state, run->file().name, hash, newEtag);
                ++run->index;
                step(run);
            };
            const QByteArray newEtag = reply->rawHeader(QByteArrayLiteral("ETag"));
            if (newEtag.isEmpty())
                fetchEtag(run, url, record);
            else
                record(newEtag);
        } else if (status == 409 && !run->collectionMade) {
            // The folder (or a parent) is missing.
            run->collectionMade = true;
            makeCollection(run, m_url, [this, run, asNew] { put(run, asNew); });
        } else if (status == 412) {
            afterConflict(run);
        } else {
            fail(run, failure(reply));
        }
    });
}

// 412: the remote file is not the one we last wrote. It may still be ours (an earlier attempt whose
// answer was lost) or gone (deleted since): look before calling it a conflict.
void WebDavTarget::afterConflict(const std::shared_ptr<Run> &run) {
    const QUrl url = m_url.resolved(QUrl(run->file().name));
    send(run, "GET", url, {}, {}, [this, run, url](QNetworkReply *reply) {
        if (!live(run))
            return;
        const int status = httpStatusOf(reply);
        const sharefiles::File &file = run->file();
        if (status == 404) {
            put(run, true);
            return;
        }
        if (status != 200) {
            fail(run, failure(reply));
            return;
        }
        const QByteArray remote = reply->readAll();
        const QByteArray etag = reply->rawHeader(QByteArrayLiteral("ETag"));
        if (sameContent(file.name, remote, file.bytes) && !etag.isEmpty()) {
            sharefiles::setFileState(run->state, file.name, Sha256::hex(remote), etag);
            ++run->index;
            step(run);
            return;
        }
        run->conflicts.append(file.name);
        const QUrl copy = m_url.resolved(QUrl(sharefiles::conflictName(file.name, m_clock())));
        send(run, "PUT", copy, file.bytes, {{QByteArrayLiteral("If-None-Match"), QByteArrayLiteral("*")}},
             [this, run, copy](QNetworkReply *copyReply) {
                 if (!live(run))
                     return;
                 const int copyStatus = httpStatusOf(copyReply);
                 if (copyStatus < 200 || copyStatus >= 300) {
                     fail(run, failure(copyReply));
                     return;
                 }
                 ++run->result.uploads;
                 if (run->conflictCopy.isEmpty() || copy.path().endsWith(QLatin1String(".html")))
                     run->conflictCopy = copy;
                 ++run->index;
                 step(run);
             });
    });
}

void WebDavTarget::makeCollection(const std::shared_ptr<Run> &run, const QUrl &url,
                                  std::function<void()> then) {
    send(run, "MKCOL", url, {}, {}, [this, run, url, then = std::move(then)](QNetworkReply *reply) {
        if (!live(run))
            return;
        const int status = httpStatusOf(reply);
        if ((status >= 200 && status < 300) || status == 405) { // 405: it exists already
            then();
            return;
        }
        const QUrl parent = url.resolved(QUrl(QStringLiteral("..")));
        if (status == 409 && parent != url && parent.path() != QLatin1String("/")) {
            makeCollection(run, parent, [this, run, url, then] { makeCollection(run, url, then); });
            return;
        }
        fail(run, failure(reply));
    });
}

void WebDavTarget::fetchEtag(const std::shared_ptr<Run> &run, const QUrl &url,
                             std::function<void(const QByteArray &)> then) {
    const QList<std::pair<QByteArray, QByteArray>> headers = {
        {QByteArrayLiteral("Depth"), QByteArrayLiteral("0")},
        {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/xml; charset=utf-8")}};
    send(run, "PROPFIND", url, dav::propfindBody(), headers,
         [this, run, then = std::move(then)](QNetworkReply *reply) {
             if (!live(run))
                 return;
             // Without an ETag the next update cannot be conditional; it is then sent as new (and a 412
             // leads to comparing the content), so a missing ETag costs a request, never data.
             then(httpStatusOf(reply) == 207 ? dav::parseMultistatus(reply->readAll()).etag : QByteArray());
         });
}

void WebDavTarget::finish(const std::shared_ptr<Run> &run) {
    m_runs.removeOne(run);
    ShareResult result = run->result;
    if (!run->conflicts.isEmpty()) {
        result.status = ShareResult::Status::Conflict;
        result.link = run->conflictCopy;
        result.message = tr("%1 was changed by someone else on the server since it was shared, so it was not "
                            "overwritten; this version was saved beside it as %2.")
                             .arg(run->conflicts.join(QStringLiteral(", ")), run->conflictCopy.fileName());
    } else {
        result.status = result.uploads > 0 ? ShareResult::Status::Sent : ShareResult::Status::Unchanged;
        const QString main = run->isIndex ? QStringLiteral("index.html")
                                          : (run->files.size() > 1 ? run->files.at(1).name : QString());
        if (!main.isEmpty())
            result.link = m_url.resolved(QUrl(main));
        result.message = result.uploads > 0 ? tr("Uploaded to %1.").arg(where())
                                            : tr("Already up to date on %1.").arg(where());
    }
    run->done(result, run->state);
}

void WebDavTarget::fail(const std::shared_ptr<Run> &run, const ShareResult &result) {
    m_runs.removeOne(run);
    ShareResult r = result;
    r.where = where();
    r.uploads = run->result.uploads;
    run->done(r, run->last);
}

void WebDavTarget::cancel() {
    const QList<std::shared_ptr<Run>> runs = std::exchange(m_runs, {});
    for (const std::shared_ptr<Run> &run : runs) {
        if (run->reply)
            run->reply->abort(); // its handler sees the run is no longer live and stops
        ShareResult result;
        result.status = ShareResult::Status::Cancelled;
        result.message = tr("Cancelled.");
        result.where = where();
        QMetaObject::invokeMethod(
            this, [run, result] { run->done(result, run->last); }, Qt::QueuedConnection);
    }
}

} // namespace hs
