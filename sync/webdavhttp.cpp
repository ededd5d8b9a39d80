#include "davxml.h"
#include "webdavsupport.h"

#include <QNetworkAccessManager>

// WebDavTarget's HTTP side: sending a request (in HTTP/2 when the server speaks it), the HTTP/2 probe
// of an http:// server, and how a failed request becomes one sentence for the user.
namespace hs {

using webdav::displayUrl;
using webdav::httpStatusOf;

void WebDavTarget::send(const std::shared_ptr<Run> &run, const QByteArray &verb, const QUrl &url,
                        const QByteArray &body, const QList<std::pair<QByteArray, QByteArray>> &headers,
                        Handler handler) {
    QNetworkRequest request = dav::request(url, static_cast<int>(m_timeout.count()), m_user, m_password);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    if (m_protocol == Protocol::Http2 && m_url.scheme() == QLatin1String("http")) {
        // The server answered in HTTP/2 without TLS (see probeThen()): every request a stream of one
        // connection.
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, true);
        request.setAttribute(QNetworkRequest::Http2CleartextAllowedAttribute, true);
        request.setAttribute(QNetworkRequest::Http2DirectAttribute, true);
    }

    qCDebug(lcWebDav).noquote() << QString::fromLatin1(verb) << displayUrl(url);
    QNetworkReply *reply = m_nam->sendCustomRequest(request, verb, body);
    reply->setParent(this); // destroying the target aborts the request without calling back
    if (run)
        run->reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply, handler = std::move(handler), verb] {
        reply->deleteLater();
        if (reply->error() != QNetworkReply::NoError && httpStatusOf(reply) == 0 &&
            m_protocol == Protocol::Http2 && reply->error() != QNetworkReply::OperationCanceledError) {
            // Something between us and the server may not pass HTTP/2 after all: plain HTTP/1.1 from
            // the next request on (this one fails as usual and is retried).
            qCDebug(lcWebDav) << "HTTP/2 request failed; using HTTP/1.1 from now on";
            m_protocol = Protocol::Http1;
        }
        qCDebug(lcWebDav).noquote() << QString::fromLatin1(verb) << displayUrl(reply->url()) << "->"
                                    << httpStatusOf(reply) << reply->error();
        handler(reply);
    });
}

ShareResult WebDavTarget::failure(QNetworkReply *reply) const {
    const int status = httpStatusOf(reply);
    const QString server = serverName();
    if (status > 0) {
        const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        const QString excerpt = dav::bodyExcerpt(reply->readAll());
        if (status == 401)
            return ShareResult::failed(
                tr("The WebDAV server %1 refused the user name or password.").arg(server), false);
        if (status == 403)
            return ShareResult::failed(tr("The WebDAV server %1 does not allow this account to write to %2.")
                                           .arg(server, displayUrl(m_url)),
                                       false);
        if (status == 507)
            return ShareResult::failed(tr("The WebDAV server %1 is out of space.").arg(server), true);
        const bool retry = status >= 500 || status == 408 || status == 429;
        const QString what =
            status >= 500 ? tr("The WebDAV server %1 failed with %2 %3").arg(server).arg(status).arg(reason)
                          : tr("The WebDAV server %1 rejected the request with %2 %3")
                                .arg(server)
                                .arg(status)
                                .arg(reason);
        return ShareResult::failed(excerpt.isEmpty() ? QString(what + QLatin1Char('.'))
                                                     : QString(what + QStringLiteral(": ") + excerpt),
                                   retry);
    }
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        return ShareResult::failed(
            tr("The WebDAV server %1 refused the connection; is it running?").arg(server), true);
    case QNetworkReply::HostNotFoundError:
        return ShareResult::failed(
            tr("The WebDAV server %1 could not be found; check the address or the network.").arg(server),
            true);
    case QNetworkReply::SslHandshakeFailedError:
        return ShareResult::failed(
            tr("The secure connection to %1 failed: its certificate could not be verified.").arg(server),
            false);
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // the transfer timeout; cancel() never reaches here
        return ShareResult::failed(tr("The WebDAV server %1 did not answer within %n second(s).", nullptr,
                                      static_cast<int>((m_timeout.count() + 999) / 1000))
                                       .arg(server),
                                   true);
    case QNetworkReply::RemoteHostClosedError:
        return ShareResult::failed(tr("The WebDAV server %1 closed the connection unexpectedly.").arg(server),
                                   true);
    default:
        return ShareResult::failed(
            tr("The connection to the WebDAV server %1 failed: %2").arg(server, reply->errorString()), true);
    }
}

// Before the first upload to an http:// server: one OPTIONS in HTTP/2 without TLS ("prior
// knowledge", h2c). A server that answers it is then spoken to in HTTP/2: every document a stream of
// one connection, instead of six HTTP/1.1 connections on which Qt's 16 KiB writes without TCP_NODELAY
// wait 40 ms for a delayed ACK per file above 16 KiB. A server that does not speak it (most) rejects
// the HTTP/2 preface at once, and HTTP/1.1 is used as before; a short timeout covers one that stays
// silent. (The h2c upgrade of an HTTP/1.1 request would be the gentler probe, but with Qt 6.4 the
// first request after an upgrade hangs until its timeout.) Over https:// Qt negotiates HTTP/2 by itself.
void WebDavTarget::probeThen(const std::shared_ptr<Run> &run, std::function<void()> then) {
    if (m_protocol != Protocol::Unknown || m_url.scheme() != QLatin1String("http")) {
        then();
        return;
    }
    m_protocol = Protocol::Probing;
    QNetworkRequest request =
        dav::request(m_url, static_cast<int>(std::min(m_timeout, kProbeTimeout).count()), m_user, m_password);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, true);
    request.setAttribute(QNetworkRequest::Http2CleartextAllowedAttribute, true);
    request.setAttribute(QNetworkRequest::Http2DirectAttribute, true);
    QNetworkReply *reply = m_nam->sendCustomRequest(request, QByteArrayLiteral("OPTIONS"));
    reply->setParent(this);
    run->reply = reply;
    // The answer's status line is all the probe needs, so it settles on the first of metaDataChanged
    // and finished (settling disconnects both). Waiting for finished alone cost the probe timeout on
    // every first share to a new folder: Qt 6.4 does not end an HTTP/2 reply that has neither a body nor
    // a Content-Length (what lighttpd answers to OPTIONS on a folder that does not exist yet) until the
    // transfer timeout.
    const auto settle = [this, run, reply, then = std::move(then)] {
        reply->disconnect(this);
        const bool http2 =
            httpStatusOf(reply) > 0 && reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool();
        if (m_protocol == Protocol::Probing)
            m_protocol = http2 ? Protocol::Http2 : Protocol::Http1;
        qCDebug(lcWebDav).noquote() << "OPTIONS" << displayUrl(m_url) << "->" << httpStatusOf(reply)
                                    << (http2 ? "HTTP/2" : "HTTP/1.1");
        // Not from inside the reply's own signal: the rest of the answer is dropped from the event loop.
        QMetaObject::invokeMethod(
            reply,
            [reply] {
                reply->abort();
                reply->deleteLater();
            },
            Qt::QueuedConnection);
        // Whatever it answered (even an error): the upload itself reports what is wrong.
        if (live(run))
            then();
    };
    connect(reply, &QNetworkReply::metaDataChanged, this, [reply, settle] {
        if (httpStatusOf(reply) > 0)
            settle();
    });
    connect(reply, &QNetworkReply::finished, this, settle);
}

} // namespace hs
