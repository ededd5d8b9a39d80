#include "webhooktarget.h"

#include "announcement.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

Q_LOGGING_CATEGORY(lcWebhook, "hindsight.sync.webhook")

namespace hs {

namespace {
const QString kContentHash = QStringLiteral("contentHash");
const QString kLink = QStringLiteral("link");
} // namespace

WebhookTarget::WebhookTarget(const QUrl &webhookUrl, QNetworkAccessManager *nam, QObject *parent)
    : ShareTarget(parent)
    , m_nam(nam ? nam : new QNetworkAccessManager(this))
    , m_url(webhookUrl) {}

WebhookTarget::~WebhookTarget() = default;

bool WebhookTarget::validateWebhookUrl(const QString &url, QString *error) {
    const QUrl u(url.trimmed(), QUrl::StrictMode);
    const bool loopback = u.host() == QLatin1String("127.0.0.1") || u.host() == QLatin1String("localhost");
    if (u.isValid() && !u.host().isEmpty() && u.path().size() > 1 &&
        (u.scheme() == QLatin1String("https") || (u.scheme() == QLatin1String("http") && loopback)))
        return true;
    if (error)
        *error =
            tr("Paste the webhook's full https:// address, as the chat service shows it when the webhook is "
               "created.");
    return false;
}

QString WebhookTarget::where() const {
    return tr("chat webhook on %1").arg(m_url.host());
}

void WebhookTarget::post(const QByteArray &json, std::function<void(QNetworkReply *)> handler) {
    QNetworkRequest request(m_url);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/json; charset=utf-8"));
    request.setTransferTimeout(static_cast<int>(m_timeout.count()));
    // The URL is the credential: never follow it to another host.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("Hindsight"));
    qCDebug(lcWebhook).noquote() << "POST to the webhook on" << m_url.host(); // never the path
    m_busy = true;
    QNetworkReply *reply = m_nam->post(request, json);
    reply->setParent(this);
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply, handler = std::move(handler)] {
        reply->deleteLater();
        m_busy = false;
        qCDebug(lcWebhook).noquote() << "webhook on" << m_url.host() << "->"
                                     << reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        handler(reply);
    });
}

void WebhookTarget::test(TestCallback done) {
    if (m_busy) {
        QMetaObject::invokeMethod(
            this,
            [done = std::move(done)] {
                done(ShareResult::failed(tr("The webhook is busy; try again."), true));
            },
            Qt::QueuedConnection);
        return;
    }
    post("{}", [this, done = std::move(done)](QNetworkReply *reply) {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll().trimmed();
        ShareResult result;
        if (status == 400 &&
            (body == "no_text" || body == "invalid_payload" || body == "missing_text_or_fallback")) {
            result.status = ShareResult::Status::Sent;
            result.message = tr("The webhook exists; announcements will be posted to its channel.");
        } else if (status == 200) {
            result.status = ShareResult::Status::Sent;
            result.message = tr("The webhook accepted a test post.");
        } else {
            result = failure(reply);
        }
        result.where = where();
        done(result);
    });
}

void WebhookTarget::publish(const ShareDocument &doc, const RemoteState &lastState, PublishCallback done) {
    const QString hash = QString::fromLatin1(doc.contentHash.toHex());
    if (m_busy || (lastState.value(kContentHash).toString() == hash && !hash.isEmpty() && !doc.overwrite)) {
        ShareResult result;
        if (m_busy) {
            result = ShareResult::failed(tr("The webhook is busy; try again."), true);
        } else {
            result.status = ShareResult::Status::Unchanged;
            result.message = tr("This version was announced in the channel already.");
            result.link = QUrl(lastState.value(kLink).toString());
        }
        result.where = where();
        QMetaObject::invokeMethod(
            this, [done = std::move(done), result, lastState] { done(result, lastState); },
            Qt::QueuedConnection);
        return;
    }
    Announcement announcement = Announcement::of(doc);
    announcement.update = !lastState.value(kContentHash).toString().isEmpty();
    const QByteArray json = QJsonDocument(announcement.slackPayload()).toJson(QJsonDocument::Compact);
    post(json,
         [this, done = std::move(done), lastState, hash, link = announcement.link](QNetworkReply *reply) {
             ShareResult result = failure(reply);
             if (result.status != ShareResult::Status::Sent)
                 return done(result, lastState);
             result.uploads = 1;
             result.link = link;
             result.message = tr("Announced in the incident channel.");
             done(result, RemoteState{{kContentHash, hash}, {kLink, link.toString()}});
         });
}

void WebhookTarget::cancel() {
    if (m_reply) {
        m_reply->setProperty("hsCancelled", true);
        m_reply->abort();
    }
}

QString WebhookTarget::errorFor(int status, const QByteArray &rawBody, bool *retryable) {
    const QByteArray body = rawBody.trimmed().left(64);
    *retryable = false;
    if (status == 200)
        return {};
    if (status == 400 && (body == "invalid_payload" || body == "no_text" || body.startsWith("invalid_")))
        return tr("The chat service rejected the announcement as malformed (%1).")
            .arg(QString::fromLatin1(body));
    if (status == 403 && body == "action_prohibited")
        return tr(
            "The chat workspace's administrators do not allow this webhook to post (action_prohibited).");
    if (status == 403)
        return tr("The chat service refused the webhook (%1); it may have been revoked.")
            .arg(QString::fromLatin1(body.isEmpty() ? QByteArray::number(status) : body));
    if (status == 404)
        return tr(
            "The webhook no longer exists (it was removed or turned off); create a new one and enter its "
            "address again.");
    if (status == 410)
        return tr("The webhook's channel is archived; unarchive it or use a webhook of another channel.");
    *retryable = status == 429 || status >= 500;
    if (status == 429)
        return tr("The chat service asks to post more slowly; the announcement will be retried.");
    if (status >= 500)
        return tr("The chat service failed with HTTP %1; the announcement will be retried.").arg(status);
    return tr("The chat service refused the announcement with HTTP %1 (%2).")
        .arg(status)
        .arg(QString::fromLatin1(body.isEmpty() ? QByteArrayLiteral("no reason given") : body));
}

ShareResult WebhookTarget::failure(QNetworkReply *reply) const {
    ShareResult result;
    result.where = where();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString host = m_url.host();
    if (reply->property("hsCancelled").toBool()) {
        result.status = ShareResult::Status::Cancelled;
        result.message = tr("Posting the announcement was cancelled.");
        return result;
    }
    if (status > 0) {
        const QByteArray body = reply->readAll();
        if (status == 200 && body.trimmed() == "ok") {
            result.status = ShareResult::Status::Sent;
            return result;
        }
        bool retryable = false;
        const QString message = status == 200
                                    ? tr("The chat service answered, but not like a webhook; check the "
                                         "address.")
                                    : errorFor(status, body, &retryable);
        result = ShareResult::failed(message, retryable);
        result.where = where();
        return result;
    }
    // No HTTP answer. The message names the host only: the rest of the URL is the secret.
    QString message;
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        message = tr("The chat service at %1 refused the connection.").arg(host);
        break;
    case QNetworkReply::HostNotFoundError:
        message = tr("The chat service %1 could not be found; check the network.").arg(host);
        break;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        message = tr("The chat service at %1 did not answer within %n second(s).", nullptr,
                     static_cast<int>((m_timeout.count() + 999) / 1000))
                      .arg(host);
        break;
    case QNetworkReply::RemoteHostClosedError:
        message = tr("The chat service at %1 closed the connection before answering.").arg(host);
        break;
    case QNetworkReply::SslHandshakeFailedError:
        message = tr("The secure connection to %1 failed: its certificate could not be verified.").arg(host);
        break;
    default:
        message = tr("The chat service at %1 could not be reached.").arg(host); // errorString() names the URL
        break;
    }
    result = ShareResult::failed(message, reply->error() != QNetworkReply::SslHandshakeFailedError);
    result.where = where();
    return result;
}

} // namespace hs
