#include "sharingservice.h"

#include "actionstore.h"
#include "credentialstore.h"
#include "incidentstore.h"
#include "outbox.h"
#include "outboxrunner.h"
#include "postmortem.h"
#include "reviewstore.h"
#include "shareddocument.h"
#include "sharetargetfactory.h"

#include <QNetworkInformation>

namespace hs {

namespace {

constexpr std::chrono::minutes DrainInterval{3};

SharingApi::SecretResult secretResult(const CredentialResult &r) {
    return {r.ok(), r.keychainUnavailable(), r.error};
}

} // namespace

std::optional<PostMortem> SharingService::load(qint64 incidentId, QString *error) const {
    // ShareDocument::render() publishes a shared incident as documented, so marking it shared is no change.
    return loadPostMortem(m_incidents, m_actions, m_reviews, incidentId, error);
}

SharingService::SharingService(Outbox &outbox, IncidentStore &incidents, ActionStore &actions,
                               ReviewStore &reviews, CredentialStore &credentials, QObject *parent)
    : SharingApi(parent)
    , m_outbox(outbox)
    , m_incidents(incidents)
    , m_actions(actions)
    , m_reviews(reviews)
    , m_credentials(credentials) {
    auto loader = [this](qint64 id, QString *error) { return load(id, error); };
    m_runner = std::make_unique<OutboxRunner>(m_outbox, loader, &m_credentials);
    m_runner->readDocumentsFrom(m_outbox.databasePath()); // off the event loop
    connect(m_runner.get(), &OutboxRunner::jobStarted, this,
            [this](qint64, qint64 incidentId, qint64 targetId) {
                setBusy(true);
                const auto target = m_outbox.target(targetId);
                const auto row = m_incidents.row(incidentId);
                emit progress(tr("Sharing “%1” to %2…")
                                  .arg(row ? row->title : QString(), target ? target->name : QString()),
                              0, 0);
            });
    connect(m_runner.get(), &OutboxRunner::progress, this,
            [this](qint64, qint64 done, qint64 total) { emit progress(tr("Sharing…"), done, total); });
    connect(m_runner.get(), &OutboxRunner::jobFinished, this, [this] {
        // The runner may start the next job from the same call chain; look once it has settled.
        QTimer::singleShot(0, this, [this] { setBusy(m_runner->isBusy()); });
    });
    connect(m_runner.get(), &OutboxRunner::drained, this, [this] { setBusy(m_runner->isBusy()); });
    m_drain.setInterval(DrainInterval);
    connect(&m_drain, &QTimer::timeout, this, &SharingService::drain);
}

SharingService::~SharingService() {
    if (m_testTarget)
        m_testTarget->cancel();
}

void SharingService::start() {
    m_paused = false;
    m_runner->start();
    m_drain.start();
}

void SharingService::watchNetwork() {
    if (!QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability))
        return; // the periodic drain still picks up what was queued offline
    connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
            [this](QNetworkInformation::Reachability reachability) {
                if (reachability != QNetworkInformation::Reachability::Online || m_paused)
                    return;
                // The backoff was for a network that was away; it is back, so try now.
                m_outbox.retryNow();
                m_runner->runDue();
            });
}

void SharingService::drain() {
    if (!m_paused)
        m_runner->runDue();
}

void SharingService::setBusy(bool busy) {
    if (busy == m_busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

QList<SharingApi::Kind> SharingService::kinds() const {
    QList<Kind> kinds;
    for (const ShareTargetKind &k : shareTargetKinds())
        kinds.append({k.key, k.label, k.needsSecret, k.secretLabel});
    return kinds;
}

bool SharingService::validate(const ShareTargetConfig &config, QString *error) const {
    return validateShareTargetConfig(config, error);
}

void SharingService::testTarget(const ShareTargetConfig &config, const QString &secret, TestCallback done) {
    cancelTest();
    const int generation = ++m_testGeneration;
    m_testDone = std::move(done);
    const auto kind = shareTargetKind(config.kind);
    if (secret.isEmpty() && config.id != 0 && kind && kind->needsSecret) {
        m_credentials.read(shareSecretKey(config.id), [this, config, generation](const CredentialResult &r) {
            if (generation != m_testGeneration)
                return;
            if (r.ok())
                runTest(config, r.secret, generation);
            else if (r.status == CredentialResult::Status::NotFound)
                answerTest(generation,
                           {false, false, tr("Nothing is stored for this target: enter it again.")});
            else
                answerTest(generation, {false, false, r.error});
        });
        return;
    }
    runTest(config, secret, generation);
}

void SharingService::runTest(const ShareTargetConfig &config, const QString &secret, int generation) {
    QString error;
    std::unique_ptr<ShareTarget> target = makeShareTarget(config, secret, nullptr, &error);
    if (!target) {
        QTimer::singleShot(0, this, [this, generation, error] {
            answerTest(generation, {false, false, error});
        });
        return;
    }
    m_testTarget = std::move(target);
    m_testTarget->test([this, generation](const ShareResult &result) {
        answerTest(generation,
                   {result.ok(), result.status == ShareResult::Status::Cancelled, result.message});
    });
}

void SharingService::answerTest(int generation, const TestResult &result) {
    if (generation != m_testGeneration || !m_testDone)
        return;
    TestCallback done;
    std::swap(done, m_testDone);
    // The target answered from inside its own code: delete it once that has returned.
    if (m_testTarget)
        m_testTarget.release()->deleteLater();
    done(result);
}

void SharingService::cancelTest() {
    if (!m_testDone)
        return;
    ++m_testGeneration; // whatever still answers the old test is ignored
    TestCallback done;
    std::swap(done, m_testDone);
    if (m_testTarget) {
        m_testTarget->cancel();
        m_testTarget.release()->deleteLater();
    }
    QTimer::singleShot(0, this, [done] { done({false, true, {}}); });
}

void SharingService::storeSecret(qint64 targetId, const QString &secret, SecretCallback done) {
    m_credentials.write(shareSecretKey(targetId), secret,
                        [done](const CredentialResult &r) { done(secretResult(r)); });
}

void SharingService::keepSecretForSession(qint64 targetId, const QString &secret) {
    m_credentials.keepForSession(shareSecretKey(targetId), secret);
}

void SharingService::removeSecret(qint64 targetId, SecretCallback done) {
    m_credentials.remove(shareSecretKey(targetId), [done](const CredentialResult &r) {
        // Without any keychain nothing can be stored there: the session copy is gone, so is the secret.
        const bool gone = r.ok() || r.status == CredentialResult::Status::NoKeychain;
        done({gone, r.keychainUnavailable(), gone ? QString() : r.error});
    });
}

QByteArray SharingService::contentHash(qint64 incidentId) {
    const std::optional<PostMortem> pm = load(incidentId, nullptr);
    return pm ? ShareDocument::render(*pm, false).contentHash : QByteArray();
}

int SharingService::share(qint64 incidentId, QString *error, const QList<qint64> &targetIds, bool overwrite) {
    const std::optional<PostMortem> pm = load(incidentId, error);
    if (!pm)
        return -1;
    const int queued = m_outbox.share(incidentId, ShareDocument::render(*pm, false).contentHash, error,
                                      targetIds, overwrite);
    if (queued > 0) {
        m_paused = false;
        m_runner->runDue();
    }
    return queued;
}

void SharingService::cancelSharing() {
    m_paused = true;
    m_runner->cancel();
}

bool SharingService::isBusy() const {
    return m_runner->isBusy();
}

std::optional<QString> SharingService::announcement(qint64 incidentId, QString *error) {
    const std::optional<PostMortem> pm = load(incidentId, error);
    if (!pm)
        return std::nullopt;
    ShareDocument doc = ShareDocument::render(*pm, false);
    // The same choice the runner makes for a webhook: a web address beats a path only some can open.
    for (const ShareJob &job : m_outbox.jobsForIncident(incidentId)) {
        if (job.state != ShareJobState::Sent || !job.link.isValid() || job.link.isEmpty())
            continue;
        if (doc.publishedLink.isEmpty() || (doc.publishedLink.isLocalFile() && !job.link.isLocalFile()))
            doc.publishedLink = job.link;
    }
    return doc.announcement();
}

} // namespace hs
