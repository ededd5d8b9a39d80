#include "sharesupport.h"

#include "incidentstore.h"

#include <QDir>
#include <QUrl>

namespace hs::cli {

std::optional<int> ShareSession::open(const QString &path) {
    if (auto stop = m_session.open(path))
        return stop;
    m_actions = std::make_unique<ActionStore>(m_session.database());
    m_reviews = std::make_unique<ReviewStore>(m_session.database());
    m_outbox = std::make_unique<Outbox>(m_session.database());
    return std::nullopt;
}

std::optional<PostMortem> ShareSession::postMortem(qint64 incidentId, QString *error) {
    return loadPostMortem(m_session.store(), *m_actions, *m_reviews, incidentId, error);
}

std::optional<ShareTargetConfig> ShareSession::target(const QString &idOrName, int *exitCode) const {
    // A name wins over an id, so a target named "2" is still reachable by its name.
    if (auto byName = m_outbox->targetByName(idOrName))
        return byName;
    if (const auto id = parseId(idOrName))
        if (auto byId = m_outbox->target(*id))
            return byId;
    *exitCode =
        fail(Failure, Text::tr("There is no share target “%1”; target list shows them.").arg(idOrName));
    return std::nullopt;
}

QString targetPlace(const ShareTargetConfig &target) {
    const auto text = [&](const char *key) { return target.config.value(QLatin1String(key)).toString(); };
    if (target.kind == QLatin1String("folder"))
        return QDir::toNativeSeparators(text("path"));
    if (target.kind == QLatin1String("webdav"))
        return QUrl(text("url")).toDisplayString() + QStringLiteral(" (") + text("user") + QLatin1Char(')');
    if (target.kind == QLatin1String("mediawiki"))
        return QUrl(text("apiUrl")).toDisplayString() + QStringLiteral(" (") + text("user") +
               QLatin1Char(')');
    // A webhook's address is its secret: only the keychain knows it.
    if (target.kind == QLatin1String("webhook"))
        return Text::tr("webhook address in the keychain");
    return {};
}

QString shareKeychainSentence(const CredentialResult &result, const QString &consequence) {
    if (!result.keychainUnavailable())
        return result.error.isEmpty() ? consequence : result.error + QLatin1Char(' ') + consequence;
    return Text::tr("%1 %2 (the app can keep a secret for one session without a keychain; a command ends "
                    "at once).")
        .arg(result.error, consequence);
}

} // namespace hs::cli
