#pragma once

#include "mediawikiclient.h"
#include "wikitarget.h"

#include <memory>
#include <QJsonObject>

class QNetworkAccessManager;

namespace hs {

// Publishes each post-mortem to a MediaWiki as the page <prefix><documentName> in wikitext
// (wikitextrenderer.h), with the PDF uploaded as File:<DocumentName>.pdf and linked from the page, and
// the page filed in a category. Signs in with a bot password.
//
// Stored configuration (ShareTargetConfig::config, kind "mediawiki"), nothing secret in it:
//   {"apiUrl": "https://wiki.example.org/w/api.php", "user": "Hindsight@sharing",
//    "pagePrefix": "Postmortems/" (optional), "category": "Post-mortems" (optional)}
// The bot password is the target's secret (keychain).
class MediaWikiTarget final : public WikiTarget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MediaWikiTarget)
public:
    // `nam` may be null (the client makes its own); when given it must outlive the target.
    MediaWikiTarget(const QUrl &apiUrl, const QString &user, const QString &password,
                    const WikiTargetOptions &options = {}, QNetworkAccessManager *nam = nullptr,
                    QObject *parent = nullptr);
    ~MediaWikiTarget() override;

    // Checks the stored configuration and makes the target; nullptr with a sentence in `error`.
    static std::unique_ptr<MediaWikiTarget> fromConfig(const QJsonObject &config, const QString &password,
                                                       QNetworkAccessManager *nam, QString *error);
    static bool validateConfig(const QJsonObject &config, QString *error);

    QString kind() const override { return QStringLiteral("mediawiki"); }
    MediaWikiClient *mediaWiki() const;

protected:
    QString renderPage(const ShareDocument &doc, const QString &pdfFile) const override;
};

} // namespace hs
