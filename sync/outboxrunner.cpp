#include "outboxrunner.h"

#include "outboxrunnerslot.h"
#include "postmortemreader.h"
#include "sharetargetfactory.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>

Q_LOGGING_CATEGORY(lcOutbox, "hindsight.sync.outbox")

namespace hs {

namespace {
constexpr int kRecentDocuments = 8;
constexpr qint64 kPassBudgetMs = 20; // of one dispatch pass before the event loop gets a turn
} // namespace

OutboxRunner::OutboxRunner(Outbox &outbox, DocumentLoader loader, CredentialStore *credentials,
                           QObject *parent)
    : QObject(parent)
    , m_outbox(outbox)
    , m_loader(std::move(loader))
    , m_credentials(credentials)
    , m_nam(new QNetworkAccessManager(this))
    , m_fileRenderer([](ShareDocument &doc) { doc.renderFiles(); })
    , m_loadPool(std::make_unique<QThreadPool>())
    , m_pool(std::make_unique<QThreadPool>()) {
    m_loadPool->setMaxThreadCount(1); // one connection; loading is quick next to a PDF
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
            it = it->second->busy() ? std::next(it) : m_slots.erase(it);
    });
}

OutboxRunner::~OutboxRunner() {
    // Renders not started are dropped, running ones finish; their answers die with this object.
    m_loadPool->clear();
    m_pool->clear();
    m_loadPool.reset(); // its thread ends, and the reader it had with it
    m_pool.reset();
}

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
    QSet<qint64> pendingTargets;
    QSet<qint64> full;  // targets that take no more jobs now: skip their other jobs quickly
    QSet<qint64> taken; // dispatched in this pass; dropped from m_due after it (no copy of the list)
    QElapsedTimer busy;
    busy.start();
    bool more = false;
    // Nothing in the loop changes m_due (every answer comes later, from the event loop).
    for (const ShareJob &job : std::as_const(m_due)) {
        // Unchanged documents are settled in the loop: give the event loop a turn now and then.
        if (busy.elapsed() >= kPassBudgetMs) {
            more = true;
            break;
        }
        pendingTargets.insert(job.targetId);
        if (full.contains(job.targetId) || m_creating.contains(job.targetId))
            continue;
        Slot *slot = slotOf(job.targetId);
        if (!slot) {
            const auto config = m_outbox.target(job.targetId);
            if (!config)
                continue; // removed meanwhile; its jobs went with it
            m_creating.insert(job.targetId);
            withTarget(*config, [this, job](ShareTarget *target, const QString &error) {
                m_creating.remove(job.targetId);
                if (!target && m_outbox.begin(job.id)) {
                    ShareResult failed = ShareResult::failed(error, true);
                    record(job, failed, {}, {});
                    return;
                }
                scheduleWakeUp();
            });
            continue;
        }
        // Up to maxParallel() publishing, and as many again rendering ahead of them, so that the
        // target never waits for a render (nor a render for the target).
        if (slot->loading.contains(job.id))
            continue; // still queued in the outbox while it loads: read again by runDue()
        const int parallel = std::max(1, slot->target->maxParallel());
        if (slot->indexing || slot->taken() >= parallel + (parallel > 1 ? m_pool->maxThreadCount() : 0)) {
            full.insert(job.targetId);
            continue;
        }
        if (slot->target->needsPublishedLink() && waitsForOthers(job))
            continue;
        taken.insert(job.id);
        dispatch(*slot, job);
    }
    m_due.removeIf([&taken](const ShareJob &j) { return taken.contains(j.id); });
    if (more) {
        continueLater();
        return;
    }
    // After a batch: the targets that received something and have nothing more due rewrite their index.
    for (qint64 targetId : QSet<qint64>(m_indexDirty)) {
        const Slot *slot = slotOf(targetId);
        if (!pendingTargets.contains(targetId) && !m_creating.contains(targetId) && !(slot && slot->busy()))
            targetIdle(targetId);
    }
    checkDrained();
}

void OutboxRunner::cancel() {
    m_stopped = true;
    m_wakeUp.stop();
    // Jobs waiting for their files are given back at once; the render's result is then dropped.
    for (auto &[key, jobs] : std::exchange(m_rendering, {})) {
        Q_UNUSED(key)
        for (const ShareJob &job : jobs) {
            ShareResult cancelled;
            cancelled.status = ShareResult::Status::Cancelled;
            cancelled.message = tr("Cancelled.");
            recordLater(job, cancelled, {}, {});
        }
    }
    bool dropped = false;
    for (const auto &[targetId, slot] : m_slots) {
        // Not begun: they stay queued as they are; their loads' answers are dropped.
        dropped = dropped || !std::exchange(slot->loading, {}).isEmpty();
        for (const auto &[job, doc] : std::exchange(slot->ready, {})) {
            Q_UNUSED(doc)
            ShareResult cancelled;
            cancelled.status = ShareResult::Status::Cancelled;
            cancelled.message = tr("Cancelled.");
            recordLater(job, cancelled, {}, {});
        }
        if (slot->busy())
            slot->target->cancel();
    }
    if (dropped) // nothing else may be left to say that the runner stopped
        QMetaObject::invokeMethod(this, &OutboxRunner::checkDrained, Qt::QueuedConnection);
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

// Loads the document and renders its Markdown (for the content hash): on the load thread when there is
// a database file to read from, else with the loader, here.
void OutboxRunner::dispatch(Slot &slot, const ShareJob &job) {
    if (m_readerPath.isEmpty()) {
        QString error;
        const std::optional<PostMortem> pm = m_loader(job.incidentId, &error);
        begin(slot, job, pm ? std::optional<ShareDocument>(ShareDocument::render(*pm, false)) : std::nullopt,
              error);
        return;
    }
    slot.loading.insert(job.id);
    m_loadPool->start([this, job, path = m_readerPath] {
        if (!m_readers.hasLocalData())
            m_readers.setLocalData(new PostMortemReader(path));
        QString error;
        const std::optional<PostMortem> pm = m_readers.localData()->load(job.incidentId, &error);
        std::optional<ShareDocument> doc;
        if (pm)
            doc = ShareDocument::render(*pm, false);
        QMetaObject::invokeMethod(
            this, [this, job, doc = std::move(doc), error] { prepared(job, doc, error); },
            Qt::QueuedConnection);
    });
}

void OutboxRunner::prepared(const ShareJob &job, const std::optional<ShareDocument> &doc,
                            const QString &error) {
    Slot *slot = slotOf(job.targetId);
    if (!slot || !slot->loading.remove(job.id))
        return; // cancelled meanwhile; the job is still queued
    begin(*slot, job, doc, error);
    if (!isRunning(job))
        continueLater(); // settled or taken by someone else: the slot has room again
}

// `doc` has the Markdown and its hash (no HTML, no PDF yet), or is empty when loading failed (`error`).
void OutboxRunner::begin(Slot &slot, const ShareJob &job, const std::optional<ShareDocument> &doc,
                         const QString &error) {
    // Unchanged (a re-sync after an edit taken back, a second "Share"): one write, no upload, no
    // render beyond the Markdown.
    if (doc && !job.overwrite && !job.sentHash.isEmpty() && doc->contentHash == job.sentHash) {
        const QString message = tr("Already up to date on %1.").arg(slot.target->where());
        if (!m_outbox.finishUnchanged(job.id, doc->contentHash, message))
            return; // taken or changed meanwhile
        ShareResult unchanged;
        unchanged.status = ShareResult::Status::Unchanged;
        unchanged.link = job.link;
        unchanged.where = job.where;
        unchanged.message = message;
        ++m_summary.unchanged;
        emit jobFinished(job.id, unchanged);
        continueLater();
        return;
    }
    if (!m_outbox.begin(job.id))
        return;
    slot.jobs.append(job.id);
    emit jobStarted(job.id, job.incidentId, job.targetId);
    if (!doc) {
        recordLater(job, ShareResult::failed(error, false), {}, {});
        return;
    }
    withFiles(job, *doc);
}

// The HTML and PDF: from the last few rendered, from a render already under way, or rendered anew on
// a worker thread (the event loop goes on uploading meanwhile).
void OutboxRunner::withFiles(const ShareJob &job, ShareDocument doc) {
    for (const ShareDocument &recent : std::as_const(m_recent))
        if (recent.incidentId == doc.incidentId && recent.contentHash == doc.contentHash) {
            publishTo(job, recent);
            return;
        }
    const RenderKey key{doc.incidentId, doc.contentHash};
    const auto pending = m_rendering.find(key);
    if (pending != m_rendering.end()) {
        pending->second.append(job);
        return;
    }
    m_rendering[key] = {job};
    m_pool->start([this, doc = std::move(doc)]() mutable {
        m_fileRenderer(doc);
        doc.hashFiles(); // here, not on the event loop: a PDF's SHA-256 is a visible part of its work
        QMetaObject::invokeMethod(
            this, [this, doc = std::move(doc)] { rendered(doc); }, Qt::QueuedConnection);
    });
}

void OutboxRunner::rendered(const ShareDocument &doc) {
    const auto pending = m_rendering.find({doc.incidentId, doc.contentHash});
    if (pending == m_rendering.end())
        return; // cancelled meanwhile
    const QList<ShareJob> jobs = pending->second;
    m_rendering.erase(pending);
    m_recent.append(doc);
    if (m_recent.size() > kRecentDocuments)
        m_recent.removeFirst();
    for (const ShareJob &job : jobs)
        if (isRunning(job))
            publishTo(job, doc);
}

void OutboxRunner::publishTo(const ShareJob &job, ShareDocument doc) {
    Slot *slot = slotOf(job.targetId);
    if (slot->publishing >= std::max(1, slot->target->maxParallel())) {
        slot->ready.append({job, std::move(doc)});
        return;
    }
    ++slot->publishing;
    ShareTarget *target = slot->target.get();
    doc.overwrite = job.overwrite;
    if (target->needsPublishedLink())
        doc.publishedLink = publishedLink(job.incidentId, job.targetId);
    target->publish(doc, job.remoteState,
                    [this, job, hash = doc.contentHash](const ShareResult &result, const RemoteState &state) {
                        Slot *s = slotOf(job.targetId);
                        if (s)
                            --s->publishing;
                        record(job, result, hash, state);
                        // The next rendered document of this target, if one waits.
                        if (s && !s->ready.isEmpty() && !m_stopped) {
                            auto [next, nextDoc] = s->ready.takeFirst();
                            publishTo(next, std::move(nextDoc));
                        }
                    });
}

// From the event loop: a long run of unchanged documents must not recurse.
void OutboxRunner::recordLater(const ShareJob &job, const ShareResult &result, const QByteArray &hash,
                               const RemoteState &state) {
    QMetaObject::invokeMethod(
        this, [this, job, result, hash, state] { record(job, result, hash, state); }, Qt::QueuedConnection);
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
    if (Slot *slot = slotOf(job.targetId))
        slot->jobs.removeOne(job.id);
    m_due.removeIf([&job](const ShareJob &j) { return j.id == job.id; });
    emit jobFinished(job.id, result);
    continueLater();
}

// Continue from the event loop: a long run of jobs must not recurse.
void OutboxRunner::continueLater() {
    if (m_stopped) {
        checkDrained();
        return;
    }
    if (!m_scheduled) {
        m_scheduled = true;
        QMetaObject::invokeMethod(this, &OutboxRunner::runNext, Qt::QueuedConnection);
    }
}

void OutboxRunner::checkDrained() {
    if (isBusy() || m_scheduled)
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
