#pragma once

#include "sharetarget.h"

#include <chrono>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace hs {

// Announces a shared post-mortem in the incident channel through a chat incoming webhook (Slack's JSON
// format; Mattermost accepts the same): one post per new or changed document, with the link another
// target published (see Announcement). The webhook URL is the secret (anyone holding it can post):
// it comes from the keychain and appears in no message, log, link or RemoteState; only its host does.
// Stored configuration (kind "webhook"): {} — everything is in the secret.
class WebhookTarget final : public ShareTarget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookTarget)
public:
    static constexpr std::chrono::milliseconds defaultTimeout{20000};

    // `nam` may be null (the target makes its own); when given it must outlive the target.
    explicit WebhookTarget(const QUrl &webhookUrl, QNetworkAccessManager *nam = nullptr,
                           QObject *parent = nullptr);
    ~WebhookTarget() override;

    // Checks the secret before it is stored: an https URL (http only for 127.0.0.1, for tests).
    static bool validateWebhookUrl(const QString &url, QString *error);

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    QString kind() const override { return QStringLiteral("webhook"); }
    QString where() const override; // "chat webhook on hooks.slack.com"
    // Posts an empty message, which a webhook refuses without posting anything ("no_text"): the
    // refusal proves the hook exists. A removed hook answers no_service.
    void test(TestCallback done) override;
    // Unchanged (no post) when this version was announced already.
    void publish(const ShareDocument &doc, const RemoteState &lastState, PublishCallback done) override;
    bool needsPublishedLink() const override { return true; }
    void cancel() override;

    // The sentence for a webhook's answer (exposed for tests); empty for 200 "ok".
    static QString errorFor(int httpStatus, const QByteArray &body, bool *retryable);

private:
    void post(const QByteArray &json, std::function<void(QNetworkReply *)> handler);
    ShareResult failure(QNetworkReply *reply) const;

    QNetworkAccessManager *m_nam;
    QUrl m_url;
    std::chrono::milliseconds m_timeout = defaultTimeout;
    QPointer<QNetworkReply> m_reply;
    bool m_busy = false;
};

} // namespace hs
