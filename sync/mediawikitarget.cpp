#include "mediawikitarget.h"

#include "wikitextrenderer.h"

#include <QRegularExpression>

namespace hs {

MediaWikiTarget::MediaWikiTarget(const QUrl &apiUrl, const QString &user, const QString &password,
                                 const WikiTargetOptions &options, QNetworkAccessManager *nam,
                                 QObject *parent)
    : WikiTarget(new MediaWikiClient(nam), options, parent) {
    mediaWiki()->configure(apiUrl, user, password);
}

MediaWikiTarget::~MediaWikiTarget() = default;

MediaWikiClient *MediaWikiTarget::mediaWiki() const {
    return static_cast<MediaWikiClient *>(client());
}

bool MediaWikiTarget::validateConfig(const QJsonObject &config, QString *error) {
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const QUrl url(config.value(QLatin1String("apiUrl")).toString(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return fail(tr("Enter the wiki's API address, such as https://wiki.example.org/w/api.php."));
    if (!url.userInfo().isEmpty())
        return fail(
            tr("Leave the user name and password out of the wiki address; they are asked for separately."));
    if (config.value(QLatin1String("user")).toString().trimmed().isEmpty())
        return fail(
            tr("Enter the bot user name from the wiki's Special:BotPasswords page, such as Name@hindsight."));
    const QString prefix = config.value(QLatin1String("pagePrefix")).toString();
    if (prefix.contains(QRegularExpression(QStringLiteral(R"([\[\]{}|#<>])"))))
        return fail(tr("The page prefix cannot contain [ ] { } | # < or >."));
    const QString category = config.value(QLatin1String("category")).toString();
    if (category.contains(QRegularExpression(QStringLiteral(R"([\[\]{}|#<>])"))))
        return fail(tr("The category cannot contain [ ] { } | # < or >."));
    return true;
}

std::unique_ptr<MediaWikiTarget> MediaWikiTarget::fromConfig(const QJsonObject &config,
                                                             const QString &password,
                                                             QNetworkAccessManager *nam, QString *error) {
    if (!validateConfig(config, error))
        return nullptr;
    WikiTargetOptions options;
    if (config.contains(QLatin1String("pagePrefix")))
        options.pagePrefix = config.value(QLatin1String("pagePrefix")).toString();
    if (config.contains(QLatin1String("category")))
        options.category = config.value(QLatin1String("category")).toString().trimmed();
    return std::make_unique<MediaWikiTarget>(QUrl(config.value(QLatin1String("apiUrl")).toString()),
                                             config.value(QLatin1String("user")).toString().trimmed(),
                                             password, options, nam);
}

QString MediaWikiTarget::renderPage(const ShareDocument &doc, const QString &pdfFile) const {
    wikitext::WikiPageOptions page;
    page.category = options().category;
    page.pdfFileName = pdfFile;
    return wikitext::toWikitext(doc.postMortem, page);
}

} // namespace hs
