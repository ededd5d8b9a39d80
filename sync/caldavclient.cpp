#include "caldavclient.h"

#include "davxml.h"

#include <QCryptographicHash>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>

Q_LOGGING_CATEGORY(lcCalDav, "hindsight.sync.caldav")

namespace hs {

namespace {

int httpStatusOf(QNetworkReply *reply) {
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

// A URL as it may appear in a message or a log: never with a user name or password.
QString displayUrl(const QUrl &url) {
    return url.adjusted(QUrl::RemoveUserInfo).toDisplayString();
}

} // namespace

CalDavClient::CalDavClient(QObject *parent)
    : CalDavClient(nullptr, parent) {}

CalDavClient::CalDavClient(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam ? nam : new QNetworkAccessManager(this)) {}

CalDavClient::~CalDavClient() = default;

void CalDavClient::configure(const QUrl &calendarUrl, const QString &user, const QString &password) {
    m_url = calendarUrl.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
    // Event hrefs are built relative to the collection, which needs its trailing slash for that.
    if (!m_url.path().endsWith(QLatin1Char('/')))
        m_url.setPath(m_url.path(QUrl::FullyEncoded) + QLatin1Char('/'), QUrl::TolerantMode);
    m_user = user;
    m_password = password;
}

QString CalDavClient::resourceName(const QString &uid) {
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._@-]"));
    QString name = uid;
    name.replace(unsafe, QStringLiteral("_"));
    if (name.startsWith(QLatin1Char('.')))
        name[0] = QLatin1Char('_');
    // A changed spelling could collide with another UID, and a leading dot would hide the file on
    // servers that store events as files: both get a hash of the real UID.
    if (name != uid) {
        const QByteArray hash = QCryptographicHash::hash(uid.toUtf8(), QCryptographicHash::Sha256).toHex();
        name = name.left(64) + QLatin1Char('-') + QString::fromLatin1(hash.left(16));
    }
    return name + QStringLiteral(".ics");
}

QUrl CalDavClient::hrefFor(const QString &uid) const {
    return m_url.resolved(QUrl(resourceName(uid)));
}

QString CalDavClient::serverName() const {
    return displayUrl(m_url.adjusted(QUrl::RemovePath));
}

bool CalDavClient::checkConfigured(Callback &done) {
    if (m_url.isValid() && !m_url.host().isEmpty() &&
        (m_url.scheme() == QLatin1String("https") || m_url.scheme() == QLatin1String("http")))
        return true;
    CalDavResult result;
    result.status = CalDavResult::Status::InvalidRequest;
    result.error = tr("No calendar address is set up; enter an http:// or https:// address.");
    answerLater(std::move(done), result);
    return false;
}

void CalDavClient::answerLater(Callback done, CalDavResult result) {
    QMetaObject::invokeMethod(
        this, [done = std::move(done), result = std::move(result)] { done(result); }, Qt::QueuedConnection);
}

void CalDavClient::send(const QByteArray &verb, const QUrl &url, const QByteArray &body,
                        const QList<std::pair<QByteArray, QByteArray>> &headers, ReplyHandler handler) {
    QNetworkRequest request = dav::request(url, static_cast<int>(m_timeout.count()), m_user, m_password);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);

    qCDebug(lcCalDav).noquote() << QString::fromLatin1(verb) << displayUrl(url);
    QNetworkReply *reply = m_nam->sendCustomRequest(request, verb, body);
    // The reply belongs to this client: destroying the client aborts it without calling back.
    reply->setParent(this);
    connect(reply, &QNetworkReply::finished, this, [reply, handler = std::move(handler), verb] {
        reply->deleteLater();
        qCDebug(lcCalDav).noquote() << QString::fromLatin1(verb) << displayUrl(reply->url()) << "->"
                                    << httpStatusOf(reply) << reply->error();
        handler(reply);
    });
}

void CalDavClient::test(Callback done) {
    if (!checkConfigured(done))
        return;
    const QList<std::pair<QByteArray, QByteArray>> headers = {
        {QByteArrayLiteral("Depth"), QByteArrayLiteral("0")},
        {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/xml; charset=utf-8")}};
    send("PROPFIND", m_url, dav::propfindBody(), headers,
         [this, done = std::move(done)](QNetworkReply *reply) {
             const int status = httpStatusOf(reply);
             if (status != 207) {
                 CalDavResult result = failure(reply);
                 if (result.ok()) { // a 2xx that is not a multistatus: not a DAV server
                     result.status = CalDavResult::Status::NotACalendar;
                     result.error =
                         tr("The server at %1 answered, but it is not a CalDAV server.").arg(serverName());
                 }
                 done(result);
                 return;
             }
             const dav::Properties props = dav::parseMultistatus(reply->readAll());
             CalDavResult result;
             result.httpStatus = status;
             result.href = m_url;
             result.displayName = props.displayName;
             if (!props.isCalendar) {
                 result.status = CalDavResult::Status::NotACalendar;
                 result.error =
                     tr("The address %1 is reachable, but it is not a calendar; use the address of one "
                        "calendar, not of the server or of the account.")
                         .arg(displayUrl(m_url));
             }
             done(result);
         });
}

void CalDavClient::putEvent(const QString &uid, const QByteArray &ics, const QByteArray &knownEtag,
                            Callback done) {
    if (!checkConfigured(done))
        return;
    if (uid.trimmed().isEmpty()) {
        CalDavResult result;
        result.status = CalDavResult::Status::InvalidRequest;
        result.error = tr("The event has no UID, so it cannot be stored on the calendar server.");
        answerLater(std::move(done), result);
        return;
    }
    const QUrl href = hrefFor(uid);
    QList<std::pair<QByteArray, QByteArray>> headers = {
        {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/calendar; charset=utf-8")}};
    // Create only if absent, update only if unchanged since we last saw it: never overwrite silently.
    if (knownEtag.isEmpty())
        headers.append({QByteArrayLiteral("If-None-Match"), QByteArrayLiteral("*")});
    else
        headers.append({QByteArrayLiteral("If-Match"), knownEtag});
    send("PUT", href, ics, headers, [this, href, done = std::move(done)](QNetworkReply *reply) mutable {
        const int status = httpStatusOf(reply);
        if (status == 412) {
            fetchConflict(href, false, std::move(done));
            return;
        }
        CalDavResult result = failure(reply);
        result.href = href;
        if (!result.ok()) {
            done(result);
            return;
        }
        result.etag = reply->rawHeader(QByteArrayLiteral("ETag"));
        if (result.etag.isEmpty())
            fetchEtag(result, std::move(done)); // servers may omit it when they altered the event
        else
            done(result);
    });
}

void CalDavClient::getEvent(const QUrl &href, Callback done) {
    if (!checkConfigured(done))
        return;
    send("GET", href, {}, {}, [this, href, done = std::move(done)](QNetworkReply *reply) {
        CalDavResult result = failure(reply);
        result.href = href;
        if (result.ok()) {
            result.serverIcs = reply->readAll();
            result.serverEtag = reply->rawHeader(QByteArrayLiteral("ETag"));
            result.etag = result.serverEtag;
        }
        done(result);
    });
}

void CalDavClient::deleteEvent(const QUrl &href, const QByteArray &etag, Callback done) {
    if (!checkConfigured(done))
        return;
    QList<std::pair<QByteArray, QByteArray>> headers;
    if (!etag.isEmpty())
        headers.append({QByteArrayLiteral("If-Match"), etag});
    send("DELETE", href, {}, headers, [this, href, done = std::move(done)](QNetworkReply *reply) mutable {
        const int status = httpStatusOf(reply);
        if (status == 412) {
            fetchConflict(href, true, std::move(done));
            return;
        }
        CalDavResult result = failure(reply);
        result.href = href;
        if (status == 404) { // already gone: what the caller wanted
            result.status = CalDavResult::Status::Ok;
            result.error.clear();
        }
        done(result);
    });
}

void CalDavClient::fetchConflict(const QUrl &href, bool deleting, Callback done) {
    getEvent(href, [deleting, href, done = std::move(done)](const CalDavResult &current) {
        CalDavResult result;
        result.href = href;
        result.httpStatus = 412;
        if (current.ok()) {
            result.status = CalDavResult::Status::Conflict;
            result.serverIcs = current.serverIcs;
            result.serverEtag = current.serverEtag;
            result.error = deleting
                               ? tr("The event was changed on the calendar server since it was last "
                                    "synchronised, so it was not deleted.")
                               : tr("The event was changed on the calendar server by someone else, so your "
                                    "version was not saved there.");
        } else if (current.status == CalDavResult::Status::NotFound) {
            if (deleting) {
                result.status = CalDavResult::Status::Ok; // deleted by someone else: nothing left to do
                result.httpStatus = 404;
            } else {
                result.status = CalDavResult::Status::Conflict;
                result.error = tr("The event was deleted on the calendar server by someone else, so your "
                                  "version was not saved there.");
            }
        } else {
            result = current; // could not even look: report why, the caller keeps its data and retries
        }
        done(result);
    });
}

void CalDavClient::fetchEtag(CalDavResult result, Callback done) {
    const QList<std::pair<QByteArray, QByteArray>> headers = {
        {QByteArrayLiteral("Depth"), QByteArrayLiteral("0")},
        {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/xml; charset=utf-8")}};
    send("PROPFIND", result.href, dav::propfindBody(), headers,
         [result, done = std::move(done)](QNetworkReply *reply) mutable {
             // The event is saved either way; without an ETag the next update is refused as a conflict
             // and fetched, which is safe.
             if (httpStatusOf(reply) == 207)
                 result.etag = dav::parseMultistatus(reply->readAll()).etag;
             done(result);
         });
}

CalDavResult CalDavClient::failure(QNetworkReply *reply) const {
    using Status = CalDavResult::Status;
    CalDavResult result;
    const int status = httpStatusOf(reply);
    result.httpStatus = status;
    const QString server = serverName();
    if (status >= 200 && status < 300)
        return result;
    if (status > 0) {
        const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        const QString excerpt = dav::bodyExcerpt(reply->readAll());
        if (status == 401) {
            result.status = Status::AuthenticationFailed;
            result.error = tr("The calendar server refused the user name or password.");
        } else if (status == 403) {
            result.status = Status::Forbidden;
            result.error = tr("The calendar server does not allow this account to change this calendar.");
        } else if (status == 404) {
            result.status = Status::NotFound;
            result.error =
                tr("Nothing was found at %1; check the calendar address.").arg(displayUrl(reply->url()));
        } else if (status >= 500) {
            result.status = Status::ServerError;
            result.error =
                excerpt.isEmpty()
                    ? tr("The calendar server failed with %1 %2.").arg(status).arg(reason)
                    : tr("The calendar server failed with %1 %2: %3").arg(status).arg(reason, excerpt);
        } else {
            result.status = Status::Rejected;
            result.error =
                excerpt.isEmpty()
                    ? tr("The calendar server rejected the request with %1 %2.").arg(status).arg(reason)
                    : tr("The calendar server rejected the request with %1 %2: %3")
                          .arg(status)
                          .arg(reason, excerpt);
        }
        return result;
    }
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        result.status = Status::ConnectionRefused;
        result.error = tr("The calendar server %1 refused the connection; is it running?").arg(server);
        break;
    case QNetworkReply::HostNotFoundError:
        result.status = Status::HostNotFound;
        result.error = tr("The calendar server %1 could not be found; check the address.").arg(server);
        break;
    case QNetworkReply::SslHandshakeFailedError:
        result.status = Status::TlsError;
        result.error =
            tr("The secure connection to %1 failed: its certificate could not be verified.").arg(server);
        break;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // what the transfer timeout reports; nothing else aborts
        result.status = Status::Timeout;
        result.error = tr("The calendar server %1 did not answer within %n second(s).", nullptr,
                          static_cast<int>((m_timeout.count() + 999) / 1000))
                           .arg(server);
        break;
    case QNetworkReply::RemoteHostClosedError:
        result.status = Status::NetworkError;
        result.error = tr("The calendar server %1 closed the connection before answering.").arg(server);
        break;
    default:
        result.status = Status::NetworkError;
        result.error =
            tr("The calendar server %1 could not be reached (%2).").arg(server, reply->errorString());
        break;
    }
    return result;
}

} // namespace hs
