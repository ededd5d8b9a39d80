#pragma once

#include "sharestate.h"

#include <functional>
#include <optional>
#include <QList>
#include <QObject>
#include <QString>

namespace hs {

class Outbox;

// What the widgets need from sharing, without knowing how it is done: the network, the keychain and the
// targets live in sync/, which ui/ must not see. The app implements this with the sync classes
// (app/gui/sharingservice.h); tests use a fake. Stored targets and jobs are read from the Outbox
// (model/), which both sides share.
//
// Every callback is answered exactly once, later, from the event loop (never from inside the call).
class SharingApi : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SharingApi)
public:
    // A kind of target the settings dialog can offer.
    struct Kind {
        QString key;   // "folder", "webdav", "mediawiki", "webhook"
        QString label; // translated
        bool needsSecret = false;
        QString secretLabel; // translated ("Password", "Webhook URL")
    };
    // The answer of a "Test connection".
    struct TestResult {
        bool ok = false;
        bool cancelled = false;
        QString message; // one sentence for the user; never the secret
    };
    // The answer of saving a secret.
    struct SecretResult {
        bool ok = false;
        // The keychain is missing or locked: the UI may offer to keep the secret for this session only.
        bool keychainUnavailable = false;
        QString message;
    };
    using TestCallback = std::function<void(const TestResult &)>;
    using SecretCallback = std::function<void(const SecretResult &)>;

    explicit SharingApi(QObject *parent = nullptr)
        : QObject(parent) {}
    ~SharingApi() override = default;

    virtual Outbox &outbox() = 0;

    // --- Settings
    virtual QList<Kind> kinds() const = 0;
    virtual bool validate(const ShareTargetConfig &config, QString *error) const = 0;
    // Tries the target as configured (not necessarily stored). An empty `secret` for a stored target
    // (config.id != 0) uses the one in the keychain. One test at a time: a new one cancels the last.
    virtual void testTarget(const ShareTargetConfig &config, const QString &secret, TestCallback done) = 0;
    // The running test answers `cancelled`.
    virtual void cancelTest() = 0;
    // Saves the secret of a stored target in the keychain, never anywhere else.
    virtual void storeSecret(qint64 targetId, const QString &secret, SecretCallback done) = 0;
    // Keeps the secret in memory until the app quits (the keychain was not available).
    virtual void keepSecretForSession(qint64 targetId, const QString &secret) = 0;
    // Forgets the secret of a target about to be removed (keychain and session). `ok` also when nothing
    // was stored, or there is no keychain at all (so nothing can be there); not ok while a locked or
    // refusing keychain may still hold it.
    virtual void removeSecret(qint64 targetId, SecretCallback done) = 0;

    // --- Sharing
    // The content hash of the incident's document as it would be shared now; empty if it cannot be read.
    virtual QByteArray contentHash(qint64 incidentId) = 0;
    // Queues the incident for every enabled target (or `targetIds`) and starts sending. Returns the
    // number of jobs queued (0: every target already has this version), -1 with `error`.
    virtual int share(qint64 incidentId, QString *error, const QList<qint64> &targetIds = {},
                      bool overwrite = false) = 0;
    // Stops what is being sent; the jobs stay queued.
    virtual void cancelSharing() = 0;
    virtual bool isBusy() const = 0;
    // The chat announcement of the incident ("Post-mortem for #incident-… is ready: <link> …"), with
    // the best link a target has published; nullopt with `error`.
    virtual std::optional<QString> announcement(qint64 incidentId, QString *error) = 0;

signals:
    // While sending: a line for the status bar. `total` 0: unknown.
    void progress(const QString &text, qint64 done, qint64 total);
    void busyChanged(bool busy);
};

} // namespace hs
