#pragma once

#include <functional>
#include <QHash>
#include <QObject>
#include <QString>
#include <QUrl>

namespace QKeychain {
class Job;
}

namespace hs {

// What a keychain operation ended with. `error` is one sentence for the user; `detail` is the
// backend's own text (for a log or a "details" box); neither ever contains the secret.
struct CredentialResult {
    enum class Status {
        Ok,
        NotFound,     // read: nothing stored under that key
        NoKeychain,   // no Secret Service / KWallet (or no D-Bus session) on this system
        Locked,       // the keychain exists but is locked, or refused to unlock
        AccessDenied, // the user or the system refused access
        Failed,       // anything else the backend reported
    };

    Status status = Status::Ok;
    QString secret;           // read: the secret
    bool fromSession = false; // read: the secret came from the session-only store, not the keychain
    QString error;
    QString detail;

    bool ok() const { return status == Status::Ok; }
    // The UI may offer "keep it for this session only" for these.
    bool keychainUnavailable() const {
        return status == Status::NoKeychain || status == Status::Locked || status == Status::AccessDenied;
    }
};

// Stores secrets (passwords, app tokens) in the system keychain through QtKeychain, asynchronously.
// When the keychain is missing or locked the caller can keep a secret for this session only: it then
// lives in this object's memory and is never written anywhere. There is no plain-text fallback.
class CredentialStore final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialStore)
public:
    using Callback = std::function<void(const CredentialResult &)>;

    explicit CredentialStore(QObject *parent = nullptr);
    explicit CredentialStore(const QString &service, QObject *parent = nullptr);
    ~CredentialStore() override;

    QString service() const { return m_service; }
    // "caldav:<url without user info>:<user>": one entry per account on a server.
    static QString calDavKey(const QUrl &url, const QString &user);

    // Each call answers exactly once through `done`, later, from the event loop (never from inside
    // the call), unless this store is destroyed first.
    void write(const QString &key, const QString &secret, Callback done);
    // Looks in the session-only store first, then in the keychain.
    void read(const QString &key, Callback done);
    // Removes the session-only copy and the keychain entry; a missing entry is not an error.
    void remove(const QString &key, Callback done);

    void keepForSession(const QString &key, const QString &secret);
    bool hasSessionSecret(const QString &key) const { return m_session.contains(key); }
    void forgetSession(const QString &key);

    // The user-facing sentence for a QtKeychain error (exposed for tests).
    static CredentialResult fromKeychainError(int keychainError, const QString &backendMessage);

private:
    void start(QKeychain::Job *job, Callback done, bool isRead, bool isRemove);
    void answerLater(Callback done, const CredentialResult &result);

    QString m_service;
    QHash<QString, QString> m_session;
};

} // namespace hs
