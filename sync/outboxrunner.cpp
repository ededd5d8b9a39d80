#include "outboxrunner.h"

#include "credentialstore.h"
#include "sharetargetfactory.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>

Q_LOGGING_CATEGORY(lcOutbox, "hindsight.sync.outbox")

namespace hs {

namespace {
constexpr qint64 kCreating = -1; // m_running value while a target is being created
constexpr qint64 kIndexing = -2; // … while its index is being written
} // namespace

struct OutboxRunner::Slot {
    std::unique_ptr<ShareTarget> target;
};

OutboxRunner::OutboxRunner(Outbox &outbox, DocumentLoader loader, CredentialStore *credentials,
                           QObject *parent)
    : QObject(parent)
    , m_outbox(outbox)
    , m_loader(std::move(loader))
    , m_credentials(credentials)
    , m_nam(new QNetworkAccessManager(this)) {
    m_factory = [this](const ShareTargetConfig &config, const QString &secret, QString *error) {
        return makeShareTarget(config, secret, m_nam, error);
    };
    m_wakeUp.setSingleShot(true);
    connect(&m_wakeUp, &QTimer::timeout, this, &OutboxRunner::runDue);
    connect(&m_outbox, &Outbox::jobsQueued, this, [this] {
        m_dueValid = false;
        if (!m_stopped)
            scheduleWakeUp();
    });
    // A changed target (new password, other folder) is created afresh for its next job.
    connect(&m_outbox, &Outbox::targetsChanged, this, [this] {
        m_dueValid = false;
        for (auto it = m_slots.begin(); it != m_slots.end();)
            it = m_running.count(it->first) ? std::next(it) : m_slots.erase(it);
    });
}

OutboxRunner::~OutboxRunner() = default;

void OutboxRunner::start() {
    m_stopped = false;
    m_outbox.recoverInterrupted();
    runDue();
}

void OutboxRunner::runDue() {
    m_dueValid = false;
    runNext();
}

// After a job: the due jobs read before are still the due jobs, except the finished one.
void OutboxRunner::runNext() {
    m_stopped = false;
    m_scheduled = false;
    if (!m_dueValid) {
        m_due = m_outbox.dueJobs();
        m_dueValid = true;
    }
    dispatchDue();
}

void OutboxRunner::dispatchDue() {
    const QList<ShareJob> due = m_due; // dispatch() may change m_due
    QSet<qint64> pendingTargets;
    for (const ShareJob &job : due) {
        pendingTargets.insert(job.targetId);
        if (m_running.count(job.targetId))
            continue;
        const auto slot = m_slots.find(job.targetId);
        if (slot == m_slots.end()) {
            const auto config = m_outbox.target(job.targetId);
            if (!config)
                continue; // removed meanwhile; its jobs went with it
            m_running[job.targetId] = kCreating;
            withTarget(*config, [this, job](ShareTarget *target, const QString &error) {
                m_running.erase(job.targetId);
                if (!target && m_outbox.begin(job.id)) {
                    ShareResult failed = ShareResult::failed(error, true);
                    record(job, failed, {}, {});
                    return;
                }
                scheduleWakeUp();
            });
            continue;
        }
        if (slot->second->target->needsPublishedLink() && waitsForOthers(job))
            continue;
        dispatch(job);
    }
    // After a batch: the targets that received something and have nothing more due rewrite their index.
    for (qint64 targetId : QSet<qint64>(m_indexDirty))
        if (!pendingTargets.contains(targetId) && !m_running.count(targetId))
            targetIdle(targetId);
    checkDrained();
}

void OutboxRunner::cancel() {
    m_stopped = true;
    m_wakeUp.stop();
    for (const auto &[targetId, jobId] : m_running) {
        Q_UNUSED(jobId)
        const auto slot = m_slots.find(targetId);
        if (slot != m_slots.end())
            slot->second->target->cancel();
    }
}

bool OutboxRunner::waitsForOthers(const ShareJob &job) const {
    const QDateTime now = m_outbox.now();
    for (const ShareJob &other : m_outbox.jobsForIncident(job.incidentId))
        if (other.targetId != job.targetId &&
            (other.state == ShareJobState::Sending ||
             (other.state == ShareJobState::Queued && other.nextAttempt <= now)))
            return true;
    return false;
}

QUrl OutboxRunner::publishedLink(qint64 incidentId, qint64 exceptTarget) const {
    QUrl best;
    for (const ShareJob &other : m_outbox.jobsForIncident(incidentId)) {
        if (other.targetId == exceptTarget || other.state != ShareJobState::Sent || !other.link.isValid())
            continue;
        // A web address is readable by the whole channel; a file path only where the share is mounted.
        if (best.isEmpty() || (best.isLocalFile() && !other.link.isLocalFile()))
            best = other.link;
    }
    return best;
}

void OutboxRunner::withTarget(const ShareTargetConfig &config,
                              std::function<void(ShareTarget *, const QString &error)> then) {
    const auto kind = shareTargetKind(config.kind);
    auto make = [this, config, then](const QString &secret) {
        QString error;
        std::unique_ptr<ShareTarget> target = m_factory(config, secret, &error);
        if (!target) {
            then(nullptr, error);
            return;
        }
        const qint64 targetId = config.id;
        connect(target.get(), &ShareTarget::progress, this, [this, targetId](qint64 done, qint64 total) {
            const auto running = m_running.find(targetId);
            if (running != m_running.end() && running->second > 0)
                emit progress(running->second, done, total);
        });
        auto slot = std::make_unique<Slot>();
        slot->target = std::move(target);
        ShareTarget *raw = slot->target.get();
        m_slots[targetId] = std::move(slot);
        then(raw, {});
    };
    if (!kind || !kind->needsSecret) {
        QMetaObject::invokeMethod(
            this, [make] { make({}); }, Qt::QueuedConnection);
        return;
    }
    if (!m_credentials) {
        QMetaObject::invokeMethod(
            this, [then] { then(nullptr, tr("No keychain is available to read the password.")); },
            Qt::QueuedConnection);
        return;
    }
    const QString name = config.name;
    m_credentials->read(shareSecretKey(config.id), [make, then, name](const CredentialResult &result) {
        if (result.ok())
            make(result.secret);
        else if (result.status == CredentialResult::Status::NotFound)
            then(nullptr,
                 tr("No password is stored for \"%1\"; enter it again in the share settings.").arg(name));
        else
            then(nullptr, result.error);
    });
}

std::optional<ShareDocument> OutboxRunner::document(qint64 incidentId, bool withFiles, QString *error) {
    const std::optional<PostMortem> pm = m_loader(incidentId, error);
    if (!pm)
        return std::nullopt;
    ShareDocument doc = ShareDocument::render(*pm, false);
    if (!withFiles)
        return doc;
    if (m_lastDocument && m_lastDocument->incidentId == incidentId &&
        m_lastDocument->contentHash == doc.contentHash)
        return m_lastDocument;
    m_lastDocument = ShareDocument::render(*pm, true);
    return m_lastDocument;
}

void OutboxRunner::dispatch(const ShareJob &job) {
    if (!m_outbox.begin(job.id)) {
        m_due.removeIf([&job](const ShareJob &j) { return j.id == job.id; }); // taken or changed meanwhile
        return;
    }
    m_running[job.targetId] = job.id;
    emit jobStarted(job.id, job.incidentId, job.targetId);
    ShareTarget *target = m_slots.at(job.targetId)->target.get();
    QString error;
    const auto cheap = document(job.incidentId, false, &error);
    if (!cheap) {
        QMetaObject::invokeMethod(
            this, [this, job, error] { record(job, ShareResult::failed(error, false), {}, {}); },
            Qt::QueuedConnection);
        return;
    }
    if (!job.overwrite && !job.sentHash.isEmpty() && cheap->contentHash == job.sentHash) {
        ShareResult unchanged;
        unchanged.status = ShareResult::Status::Unchanged;
        unchanged.link = job.link;
        unchanged.where = job.where;
        unchanged.message = tr("Already up to date on %1.").arg(target->where());
        QMetaObject::invokeMethod(
            this,
            [this, job, unchanged, hash = cheap->contentHash] {
                record(job, unchanged, hash, job.remoteState);
            },
            Qt::QueuedConnection);
        return;
    }
    publishTo(target, job);
}

void OutboxRunner::publishTo(ShareTarget *target, const ShareJob &job) {
    QString error;
    std::optional<ShareDocument> doc = document(job.incidentId, true, &error);
    if (!doc) {
        QMetaObject::invokeMethod(
            this, [this, job, error] { record(job, ShareResult::failed(error, false), {}, {}); },
            Qt::QueuedConnection);
        return;
    }
    doc->overwrite = job.overwrite;
    if (target->needsPublishedLink())
        doc->publishedLink = publishedLink(job.incidentId, job.targetId);
    target->publish(
        *doc, job.remoteState,
        [this, job, hash = doc->contentHash](const ShareResult &result, const RemoteState &state) {
            record(job, result, hash, state);
        });
}

void OutboxRunner::record(const ShareJob &job, const ShareResult &result, const QByteArray &hash,
                          const RemoteState &state) {
    ShareOutcome outcome;
    outcome.message = result.message;
    outcome.link = result.link;
    outcome.where = result.where;
    outcome.contentHash = hash;
    outcome.remoteState = state;
    switch (result.status) {
    case ShareResult::Status::Sent:
    case ShareResult::Status::Unchanged:
        outcome.kind = ShareOutcome::Kind::Sent;
        if (result.uploads > 0 || result.status == ShareResult::Status::Sent) {
            ++m_summary.sent;
            m_indexDirty.insert(job.targetId);
        } else {
            ++m_summary.unchanged;
        }
        break;
    case ShareResult::Status::Conflict:
        outcome.kind = ShareOutcome::Kind::Conflict;
        ++m_summary.conflicts;
        break;
    case ShareResult::Status::Failed:
        outcome.kind = result.retryable ? ShareOutcome::Kind::Retry : ShareOutcome::Kind::Failed;
        ++(result.retryable ? m_summary.retrying : m_summary.failed);
        break;
    case ShareResult::Status::Cancelled:
        outcome.kind = ShareOutcome::Kind::Cancelled;
        break;
    }
    QString error;
    if (!m_outbox.finish(job.id, outcome, &error))
        qCWarning(lcOutbox).noquote() << "job" << job.id << error;
    qCDebug(lcOutbox).noquote() << "job" << job.id << "target" << job.targetId << int(result.status)
                                << result.message;
    m_running.erase(job.targetId);
    m_due.removeIf([&job](const ShareJob &j) { return j.id == job.id; });
    emit jobFinished(job.id, result);
    if (m_stopped) {
        checkDrained();
        return;
    }
    // Continue from the event loop: a long run of unchanged documents must not recurse.
    if (!m_scheduled) {
        m_scheduled = true;
        QMetaObject::invokeMethod(this, &OutboxRunner::runNext, Qt::QueuedConnection);
    }
}

void OutboxRunner::targetIdle(qint64 targetId) {
    m_indexDirty.remove(targetId);
    const auto slot = m_slots.find(targetId);
    if (slot == m_slots.end() || !slot->second->target->keepsIndex())
        return;
    m_running[targetId] = kIndexing;
    slot->second->target->publishIndex(m_outbox.sharedEntries(targetId), m_outbox.indexState(targetId),
                                       [this, targetId](const ShareResult &result, const RemoteState &state) {
                                           m_running.erase(targetId);
                                           if (result.ok())
                                               m_outbox.setIndexState(targetId, state);
                                           else
                                               qCWarning(lcOutbox).noquote()
                                                   << "index of target" << targetId << result.message;
                                           checkDrained();
                                       });
}

void OutboxRunner::checkDrained() {
    if (!m_running.empty() || m_scheduled)
        return;
    scheduleWakeUp();
    emit drained();
}

void OutboxRunner::scheduleWakeUp() {
    const auto next = m_outbox.nextAttempt();
    if (!next || m_stopped) {
        m_wakeUp.stop();
        return;
    }
    const qint64 ms = std::clamp<qint64>(m_outbox.now().msecsTo(*next), 0, 3600 * 1000);
    m_wakeUp.start(std::chrono::milliseconds(ms));
}

} // namespace hs
