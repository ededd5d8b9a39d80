#pragma once

#include "actionstore.h"
#include "cliio.h"
#include "credentialstore.h"
#include "outbox.h"
#include "postmortem.h"
#include "reviewstore.h"

#include <memory>
#include <optional>
#include <QString>

// What `target`, `share` and `sync` share: the database with the outbox, and the targets' secrets.
namespace hs::cli {

// An open database with the stores a post-mortem is read from and the share outbox.
class ShareSession final {
    Q_DISABLE_COPY_MOVE(ShareSession)
public:
    ShareSession() = default;
    // Prints the reason and gives the exit code on failure.
    std::optional<int> open(const QString &path);

    Session &session() { return m_session; }
    Outbox &outbox() { return *m_outbox; }
    std::optional<PostMortem> postMortem(qint64 incidentId, QString *error);

    // A target by its id or its name; prints why not (exit code in `exitCode`) when there is none.
    std::optional<ShareTargetConfig> target(const QString &idOrName, int *exitCode) const;

private:
    Session m_session;
    std::unique_ptr<ActionStore> m_actions;
    std::unique_ptr<ReviewStore> m_reviews;
    std::unique_ptr<Outbox> m_outbox;
};

// The place a target writes to, in words, from its stored (non-secret) configuration.
QString targetPlace(const ShareTargetConfig &target);

// Why a keychain failure stops a command: the app could keep the secret for one session, but a CLI
// run is over in a moment, so that would store nothing.
QString shareKeychainSentence(const CredentialResult &result, const QString &consequence);

} // namespace hs::cli
