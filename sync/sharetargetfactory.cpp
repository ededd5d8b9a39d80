#include "sharetargetfactory.h"

#include "failure.h"
#include "foldertarget.h"
#include "mediawikitarget.h"
#include "webdavtarget.h"
#include "webhooktarget.h"

#include <QCoreApplication>
#include <QDir>
#include <QUrl>

namespace hs {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("hs::ShareTargetFactory", text);
}

QString configText(const ShareTargetConfig &config, const char *key) {
    return config.config.value(QLatin1String(key)).toString();
}

// http(s), a host, no user name or password inside (those go to the config and the keychain).
bool checkHttpUrl(const QString &text, QString *error) {
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return fail(error, tr("Enter an http:// or https:// address."));
    if (!url.userInfo().isEmpty())
        return fail(
            error, tr("Leave the user name and password out of the address; they are asked for separately."));
    return true;
}

} // namespace

QList<ShareTargetKind> shareTargetKinds() {
    return {
        {QStringLiteral("folder"), tr("Shared folder"), false, {}},
        {QStringLiteral("webdav"), tr("WebDAV"), true, tr("Password")},
        {QStringLiteral("mediawiki"), tr("MediaWiki"), true, tr("Bot password")},
        {QStringLiteral("webhook"), tr("Chat webhook"), true, tr("Webhook URL")},
    };
}

std::optional<ShareTargetKind> shareTargetKind(const QString &key) {
    for (const ShareTargetKind &kind : shareTargetKinds())
        if (kind.key == key)
            return kind;
    return std::nullopt;
}

bool validateShareTargetConfig(const ShareTargetConfig &config, QString *error) {
    if (config.name.trimmed().isEmpty())
        return fail(error, tr("Give the share target a name."));
    if (config.kind == QLatin1String("folder")) {
        const QString path = configText(config, "path");
        if (path.isEmpty() || QDir::isRelativePath(path))
            return fail(error, tr("Enter the full path of the shared folder."));
        return true;
    }
    if (config.kind == QLatin1String("webdav")) {
        if (!checkHttpUrl(configText(config, "url"), error))
            return false;
        if (configText(config, "user").isEmpty())
            return fail(error, tr("Enter the user name for the WebDAV server."));
        return true;
    }
    if (config.kind == QLatin1String("mediawiki"))
        return MediaWikiTarget::validateConfig(config.config, error);
    if (config.kind == QLatin1String("webhook"))
        return true;
    return fail(error, tr("Unknown kind of share target \"%1\".").arg(config.kind));
}

std::unique_ptr<ShareTarget> makeShareTarget(const ShareTargetConfig &config, const QString &secret,
                                             QNetworkAccessManager *nam, QString *error) {
    if (!validateShareTargetConfig(config, error))
        return nullptr;
    if (config.kind == QLatin1String("folder"))
        return std::make_unique<FolderTarget>(configText(config, "path"));
    if (config.kind == QLatin1String("webdav"))
        return std::make_unique<WebDavTarget>(QUrl(configText(config, "url")), configText(config, "user"),
                                              secret, nam);
    if (config.kind == QLatin1String("mediawiki"))
        return MediaWikiTarget::fromConfig(config.config, secret, nam, error);
    if (config.kind == QLatin1String("webhook")) {
        if (!WebhookTarget::validateWebhookUrl(secret, error)) // the URL is the secret
            return nullptr;
        return std::make_unique<WebhookTarget>(QUrl(secret.trimmed()), nam);
    }
    fail(error, tr("Sharing to \"%1\" targets is not available in this version.").arg(config.kind));
    return nullptr;
}

} // namespace hs
