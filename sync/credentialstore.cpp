#include "credentialstore.h"

#include <QLoggingCategory>
#include <QMetaObject>
#include <QPointer>
#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcCredentials, "hindsight.sync.credentials")

namespace hs {

CredentialStore::CredentialStore(QObject *parent)
    : CredentialStore(QStringLiteral("hindsight"), parent) {}

CredentialStore::CredentialStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service) {}

CredentialStore::~CredentialStore() {
    // Overwrite the session secrets before the memory is released.
    for (auto it = m_session.begin(); it != m_session.end(); ++it)
        it->fill(QLatin1Char('\0'));
}

QString CredentialStore::calDavKey(const QUrl &url, const QString &user) {
    const QString plainUrl = url.adjusted(QUrl::RemoveUserInfo).toString(QUrl::FullyEncoded);
    return QStringLiteral("caldav:") + plainUrl + QLatin1Char(':') + user;
}

void CredentialStore::write(const QString &key, const QString &secret, Callback done) {
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setKey(key);
    job->setTextData(secret);
    start(job, std::move(done), false, false);
}

void CredentialStore::read(const QString &key, Callback done) {
    if (const auto it = m_session.constFind(key); it != m_session.constEnd()) {
        CredentialResult result;
        result.secret = *it;
        result.fromSession = true;
        answerLater(std::move(done), result);
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setKey(key);
    start(job, std::move(done), true, false);
}

void CredentialStore::remove(const QString &key, Callback done) {
    forgetSession(key);
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setKey(key);
    start(job, std::move(done), false, true);
}

void CredentialStore::keepForSession(const QString &key, const QString &secret) {
    m_session.insert(key, secret);
}

void CredentialStore::forgetSession(const QString &key) {
    if (auto it = m_session.find(key); it != m_session.end()) {
        it->fill(QLatin1Char('\0'));
        m_session.erase(it);
    }
}

void CredentialStore::start(QKeychain::Job *job, Callback done, bool isRead, bool isRemove) {
    // Never let QtKeychain write the secret to a QSettings file when the keychain is missing.
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    connect(job, &QKeychain::Job::finished, this,
            [done = std::move(done), isRead, isRemove](QKeychain::Job *j) {
                CredentialResult result;
                if (j->error() == QKeychain::NoError) {
                    if (isRead)
                        result.secret = static_cast<QKeychain::ReadPasswordJob *>(j)->textData();
                } else if (isRemove && j->error() == QKeychain::EntryNotFound) {
                    // Nothing to remove: the goal is reached.
                } else {
                    result = fromKeychainError(j->error(), j->errorString());
                    qCInfo(lcCredentials)
                        << "keychain job for" << j->key() << "failed:" << j->error() << result.detail;
                }
                done(result);
            });
    job->start();
}

void CredentialStore::answerLater(Callback done, const CredentialResult &result) {
    QMetaObject::invokeMethod(
        this, [done = std::move(done), result] { done(result); }, Qt::QueuedConnection);
}

CredentialResult CredentialStore::fromKeychainError(int keychainError, const QString &backendMessage) {
    using Status = CredentialResult::Status;
    CredentialResult result;
    result.detail = backendMessage;
    const auto mentions = [&](const char *text) {
        return backendMessage.contains(QLatin1String(text), Qt::CaseInsensitive);
    };
    // QtKeychain reports most Secret Service problems as OtherError; its message tells them apart.
    if (keychainError == QKeychain::EntryNotFound) {
        result.status = Status::NotFound;
        result.error =
            tr("No password is stored in the keychain for this account (or the keychain is locked).");
    } else if (keychainError == QKeychain::NoBackendAvailable || keychainError == QKeychain::NotImplemented ||
               mentions("autolaunch") || mentions("not provided by any") || mentions("ServiceUnknown") ||
               mentions("No such interface") || mentions("not available")) {
        result.status = Status::NoKeychain;
        result.error = tr("No keychain is available on this system (no Secret Service such as GNOME Keyring "
                          "or KWallet is running).");
    } else if (mentions("locked") || mentions("Object does not exist") || mentions("unlock") ||
               mentions("dismissed") || mentions("prompt")) {
        result.status = Status::Locked;
        result.error =
            tr("The keychain is locked; unlock it (for example by logging in again) and try again.");
    } else if (keychainError == QKeychain::AccessDeniedByUser || keychainError == QKeychain::AccessDenied) {
        result.status = Status::AccessDenied;
        result.error = tr("Access to the keychain was denied.");
    } else {
        result.status = Status::Failed;
        result.error = tr("The keychain reported an error: %1").arg(backendMessage);
    }
    return result;
}

} // namespace hs
