#pragma once

#include "sharestate.h"
#include "sharetarget.h"

#include <memory>
#include <QList>
#include <QString>

class QNetworkAccessManager;

namespace hs {

// The kinds of share target, for the Settings dialog and `hindsight-cli target add KIND`.
struct ShareTargetKind {
    QString key;         // "folder", "webdav", "mediawiki", "webhook"
    QString label;       // translated ("Shared folder", "WebDAV", ...)
    bool needsSecret;    // whether a password / token / webhook URL is read into the keychain
    QString secretLabel; // translated prompt ("Password", "Webhook URL"), empty when !needsSecret
};
QList<ShareTargetKind> shareTargetKinds();
std::optional<ShareTargetKind> shareTargetKind(const QString &key);

// Checks a configuration before it is stored (path given, URL http(s) without user info, ...).
bool validateShareTargetConfig(const ShareTargetConfig &config, QString *error);

// Creates the target for a stored configuration. `secret` comes from the keychain
// (CredentialStore::read(shareSecretKey(config.id))); empty for kinds that need none. `nam` may be null
// (the target makes its own); when given it must outlive the target (tests inject faults through it).
std::unique_ptr<ShareTarget> makeShareTarget(const ShareTargetConfig &config, const QString &secret,
                                             QNetworkAccessManager *nam, QString *error);

} // namespace hs
