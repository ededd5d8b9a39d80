#pragma once

#include "postmortem.h"
#include "sharingapi.h"

#include <memory>
#include <QPointer>
#include <QTimer>

namespace hs {

class ActionStore;
class CredentialStore;
class IncidentStore;
class OutboxRunner;
class ReviewStore;
class ShareTarget;

// The app's SharingApi: the widgets' "Share", "Test connection" and secrets done with the sync classes
// (target factory, CredentialStore, OutboxRunner). Drains the outbox at start(), again every few minutes
// and when the system says the network is back, so jobs queued offline go out without a click.
class SharingService final : public SharingApi {
    Q_OBJECT
public:
    // Everything must outlive the service.
    SharingService(Outbox &outbox, IncidentStore &incidents, ActionStore &actions, ReviewStore &reviews,
                   CredentialStore &credentials, QObject *parent = nullptr);
    ~SharingService() override;

    // Recovers jobs a crash left "sending" and sends what is due.
    void start();
    // Also sends when the system reports the network back (NetworkManager); the app calls it, tests don't.
    void watchNetwork();
    OutboxRunner &runner() const { return *m_runner; }
    // How often queued jobs are looked at without a reason (default a few minutes).
    void setDrainInterval(std::chrono::milliseconds interval) { m_drain.setInterval(interval); }

    Outbox &outbox() override { return m_outbox; }
    QList<Kind> kinds() const override;
    bool validate(const ShareTargetConfig &config, QString *error) const override;
    void testTarget(const ShareTargetConfig &config, const QString &secret, TestCallback done) override;
    void cancelTest() override;
    void storeSecret(qint64 targetId, const QString &secret, SecretCallback done) override;
    void keepSecretForSession(qint64 targetId, const QString &secret) override;
    void removeSecret(qint64 targetId, SecretCallback done) override;

    QByteArray contentHash(qint64 incidentId) override;
    int share(qint64 incidentId, QString *error, const QList<qint64> &targetIds = {},
              bool overwrite = false) override;
    void cancelSharing() override;
    bool isBusy() const override;
    std::optional<QString> announcement(qint64 incidentId, QString *error) override;

private:
    std::optional<PostMortem> load(qint64 incidentId, QString *error) const;
    void runTest(const ShareTargetConfig &config, const QString &secret, int generation);
    void answerTest(int generation, const TestResult &result);
    void drain();
    void setBusy(bool busy);

    Outbox &m_outbox;
    IncidentStore &m_incidents;
    ActionStore &m_actions;
    ReviewStore &m_reviews;
    CredentialStore &m_credentials;
    std::unique_ptr<OutboxRunner> m_runner;
    QTimer m_drain;
    bool m_busy = false;
    // Cancel stops sending until the user shares again (or the app restarts): the periodic drain must
    // not take the jobs straight back up.
    bool m_paused = false;
    // The running test: a newer one or cancelTest() answers it as cancelled.
    int m_testGeneration = 0;
    TestCallback m_testDone;
    std::unique_ptr<ShareTarget> m_testTarget;
};

} // namespace hs
