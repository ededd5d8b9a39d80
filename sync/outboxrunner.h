#pragma once

#include "outbox.h"
#include "postmortem.h"
#include "sharetarget.h"

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <QObject>
#include <QSet>
#include <QThreadPool>
#include <QThreadStorage>
#include <QTimer>

class QNetworkAccessManager;

namespace hs {

class CredentialStore;
class PostMortemReader;

// Drains the outbox: takes due jobs, renders the document, hands it to the target, records the
// outcome (with backoff for retryable failures) and, after a batch, rewrites the target's index.
// Asynchronous throughout: up to ShareTarget::maxParallel() jobs per target at once, targets in
// parallel; HTML and PDF are rendered on worker threads while other documents upload. Each document is
// loaded and its Markdown rendered (for the content hash) on a load thread with readDocumentsFrom(),
// else with the loader on the event loop.
//
//   OutboxRunner runner(outbox, loader, &credentials);
//   runner.readDocumentsFrom(outbox.databasePath());
//   runner.start();            // recovers interrupted jobs, runs what is due, then wakes up by itself
//   connect(&runner, &OutboxRunner::drained, …);   // CLI `sync`: quit the event loop, use summary()
//
// A document whose content hash equals what the target already has is not sent (Unchanged, nothing
// rendered beyond the Markdown, nothing uploaded). Targets that need a link to the document
// (ShareTarget::needsPublishedLink(), a chat post) wait until the incident's other targets are settled.
class OutboxRunner final : public QObject {
    Q_OBJECT
public:
    using DocumentLoader = std::function<std::optional<PostMortem>(qint64 incidentId, QString *error)>;
    using TargetFactory = std::function<std::unique_ptr<ShareTarget>(const ShareTargetConfig &config,
                                                                     const QString &secret, QString *error)>;

    struct Summary {
        int sent = 0;      // uploaded
        int unchanged = 0; // the target already had this version
        int conflicts = 0;
        int failed = 0;        // given up (not retryable)
        int retrying = 0;      // failed, queued again for later
        int indexFailures = 0; // index files not written (see indexFailed()); the documents arrived
        bool allDone() const { return conflicts == 0 && failed == 0 && retrying == 0; }
    };

    // `credentials` reads the secret of targets that need one (shareSecretKey(id)); it may be null when
    // no target needs one. Both must outlive the runner.
    OutboxRunner(Outbox &outbox, DocumentLoader loader, CredentialStore *credentials,
                 QObject *parent = nullptr);
    ~OutboxRunner() override;

    // Adds the HTML and PDF to a document (ShareDocument::renderFiles() by default). Called on a worker
    // thread, so it must not touch the runner or the database; the benchmark hands pre-rendered files.
    using FileRenderer = std::function<void(ShareDocument &doc)>;

    // Default: makeShareTarget() with this runner's network access manager.
    void setTargetFactory(TargetFactory factory) { m_factory = std::move(factory); }
    void setFileRenderer(FileRenderer renderer) { m_fileRenderer = std::move(renderer); }
    // Loads each document and renders its Markdown on a worker thread, through a connection of its own to
    // the database file at `path` (PostMortemReader), instead of with the loader on the event loop, which
    // spent a third of its time on that while sharing many documents. Not for an in-memory database.
    void readDocumentsFrom(const QString &databasePath) { m_readerPath = databasePath; }

    // Queues jobs left "sending" by a crash, runs what is due, and from then on follows the outbox
    // (new shares) and the earliest next attempt (retries) by itself.
    void start();
    // Starts every due job whose target is idle. Safe to call any time.
    void runDue();
    // Stops every running job (they are queued again, no attempt counted) and stops waking up until
    // start() or runDue() is called again.
    void cancel();

    bool isBusy() const;
    Summary summary() const { return m_summary; } // since construction or resetSummary()
    void resetSummary() { m_summary = {}; }

signals:
    void jobStarted(qint64 jobId, qint64 incidentId, qint64 targetId);
    void jobFinished(qint64 jobId, const hs::ShareResult &result);
    void progress(qint64 jobId, qint64 done, qint64 total);
    // A target's index (index.html/index.md) could not be written; also kept for the share status
    // (Outbox::indexError()). It is written again after the next document sent there.
    void indexFailed(qint64 targetId, const QString &message);
    // Nothing runs and nothing is due (retries later may still be queued; see Outbox::nextAttempt()).
    void drained();

private:
    struct Slot;                                     // a target and what it is doing
    using RenderKey = std::pair<qint64, QByteArray>; // incident id, content hash
    void runNext();
    void dispatchDue();
    void dispatch(Slot &slot, const ShareJob &job);
    void prepared(const ShareJob &job, const std::optional<ShareDocument> &doc, const QString &error);
    void begin(Slot &slot, const ShareJob &job, const std::optional<ShareDocument> &doc,
               const QString &error);
    void withTarget(const ShareTargetConfig &config,
                    std::function<void(ShareTarget *, const QString &error)> then);
    void withFiles(const ShareJob &job, ShareDocument doc);
    void rendered(const ShareDocument &doc);
    void publishTo(const ShareJob &job, ShareDocument doc);
    void recordLater(const ShareJob &job, const ShareResult &result, const QByteArray &hash,
                     const RemoteState &state);
    void record(const ShareJob &job, const ShareResult &result, const QByteArray &hash,
                const RemoteState &state);
    void continueLater();
    void targetIdle(qint64 targetId);
    void checkDrained();
    void scheduleWakeUp();
    bool waitsForOthers(const ShareJob &job) const;
    QUrl publishedLink(qint64 incidentId, qint64 exceptTarget) const;
    Slot *slotOf(qint64 targetId) const;
    bool isRunning(const ShareJob &job) const;

    Outbox &m_outbox;
    DocumentLoader m_loader;
    CredentialStore *m_credentials;
    QNetworkAccessManager *m_nam;
    TargetFactory m_factory;
    FileRenderer m_fileRenderer;
    std::map<qint64, std::unique_ptr<Slot>> m_slots; // by target id
    QSet<qint64> m_creating;                         // targets whose ShareTarget is being made
    QSet<qint64> m_indexDirty;
    Summary m_summary;
    QTimer m_wakeUp;
    bool m_stopped = false;
    bool m_scheduled = false;
    // Renders in flight, with the jobs waiting for each; and the last few rendered, so that one
    // document shared to several targets is rendered once.
    std::map<RenderKey, QList<ShareJob>> m_rendering;
    QList<ShareDocument> m_recent;
    // The due jobs as last read, minus the ones started since. Reading them anew after every job made
    // draining n jobs cost O(n²) rows (5–10 s for 1,000); re-read whenever the outbox or the clock may
    // have changed them (runDue(), new shares, changed targets).
    QList<ShareJob> m_due;
    bool m_dueValid = false;
    QString m_readerPath;                         // see readDocumentsFrom()
    QThreadStorage<PostMortemReader *> m_readers; // one per load thread, deleted when it ends
    // Last: destroyed first (the destructor stops them before anything else), so that no load or render
    // still runs when the members above go. Loads have a thread of their own, never behind a PDF.
    std::unique_ptr<QThreadPool> m_loadPool;
    std::unique_ptr<QThreadPool> m_pool;
};

} // namespace hs
