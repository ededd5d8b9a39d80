#pragma once

#include "sharestate.h"

#include <chrono>
#include <functional>
#include <optional>
#include <QDateTime>
#include <QList>
#include <QObject>

class QSqlQuery;

namespace hs {

class Database;

// The share outbox in SQLite: the configured targets and one job per (incident, target). Everything
// survives a restart; network work is done by OutboxRunner (sync/), which asks for due jobs and records
// each outcome here. Retryable failures come back after an exponential backoff with jitter.
//
// Typical use: addTarget() once (the caller writes the secret to the keychain under
// shareSecretKey(id)); share(incidentId, hash) when the user presses "Share"; OutboxRunner drains;
// jobsForIncident() / OutboxStatusModel show where each incident is.
class Outbox final : public QObject {
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>; // UTC "now"
    using Jitter = std::function<double()>;   // uniform in [0, 1)

    static constexpr std::chrono::seconds firstRetryDelay{30};
    static constexpr std::chrono::seconds maxRetryDelay{3600};

    explicit Outbox(Database &db, QObject *parent = nullptr);

    // For tests: a fixed clock and a fixed jitter. Defaults: the system clock, QRandomGenerator.
    void setClock(Clock clock) { m_clock = std::move(clock); }
    void setJitter(Jitter jitter) { m_jitter = std::move(jitter); }
    QDateTime now() const { return m_clock(); }
    // Of the database it keeps its jobs in (see OutboxRunner::readDocumentsFrom()).
    QString databasePath() const;

    // The delay before attempt `attempts + 1` after `attempts` failed ones (≥ 1): firstRetryDelay ·
    // 2^(attempts-1), capped at maxRetryDelay, then scaled by 0.5 + jitter/2 so that many laptops that
    // lost the server at once do not come back at the same second.
    static std::chrono::milliseconds retryDelay(int attempts, double jitter);

    // --- Targets
    // Stores a new target (config.id ignored); names are unique. Returns it with its id.
    std::optional<ShareTargetConfig> addTarget(const ShareTargetConfig &config, QString *error);
    bool updateTarget(const ShareTargetConfig &config, QString *error); // name, config, enabled
    // Removes the target and its jobs. The caller removes the keychain entry shareSecretKey(id).
    bool removeTarget(qint64 targetId, QString *error);
    QList<ShareTargetConfig> targets(QString *error = nullptr) const; // in creation order
    std::optional<ShareTargetConfig> target(qint64 targetId) const;
    std::optional<ShareTargetConfig> targetByName(const QString &name) const;
    // The state of a target's index files (see ShareTarget::publishIndex()).
    RemoteState indexState(qint64 targetId) const;
    bool setIndexState(qint64 targetId, const RemoteState &state, QString *error = nullptr);
    // Why the target's index (index.html/index.md) could not be written last time, for the share
    // status; empty when it was. Kept in the index state, so setIndexState() after a success clears it.
    QString indexError(qint64 targetId) const;
    bool setIndexError(qint64 targetId, const QString &message, QString *error = nullptr);

    // --- Jobs
    // "Share": queues the incident for every enabled target (or only `targetIds` when not empty), due
    // now, with `contentHash` (ShareDocument::contentHash). A job already Sent with this very hash is
    // left alone (nothing to upload) unless `overwrite`; `overwrite` also lets the target replace a
    // remote copy someone else changed (the answer to a Conflict). Returns the number of jobs queued,
    // or -1 with `error` (no such incident, no enabled target).
    int share(qint64 incidentId, const QByteArray &contentHash, QString *error,
              const QList<qint64> &targetIds = {}, bool overwrite = false);
    std::optional<ShareJob> job(qint64 jobId) const;
    QList<ShareJob> jobsForIncident(qint64 incidentId, QString *error = nullptr) const; // by target id
    // Queued jobs with nextAttempt <= now, earliest first.
    QList<ShareJob> dueJobs(int limit = 1000, QString *error = nullptr) const;
    std::optional<QDateTime> nextAttempt() const; // earliest nextAttempt of any queued job
    int countInState(ShareJobState state) const;
    // "Sync now": every queued job waiting for a backoff becomes due now. Returns how many.
    int retryNow(QString *error = nullptr);

    // The runner takes a job (Queued → Sending) before it starts; false if it is no longer queued.
    bool begin(qint64 jobId, QString *error = nullptr);
    // Records the outcome of the attempt begun with begin().
    bool finish(qint64 jobId, const ShareOutcome &outcome, QString *error = nullptr);
    // A queued job whose target already has `contentHash` (its sent hash, no overwrite asked) is Sent
    // again in one statement, without begin()/finish(): what a re-sync of unchanged documents does
    // for each. False (nothing changed) when the job is not such a job (any more).
    bool finishUnchanged(qint64 jobId, const QByteArray &contentHash, const QString &message,
                         QString *error = nullptr);
    // At start-up: jobs left Sending by a crash or a kill are queued again, due now. Returns how many.
    int recoverInterrupted(QString *error = nullptr);

    // Whether the incident's content changed since it was shared: some job (sent or conflict) holds
    // another hash than `currentHash`.
    bool changedSinceShared(qint64 incidentId, const QByteArray &currentHash) const;
    // Every post-mortem the target has (Sent), newest incident date first, for index files.
    QList<ShareIndexEntry> sharedEntries(qint64 targetId, QString *error = nullptr) const;

signals:
    void targetsChanged();
    void indexErrorChanged(qint64 targetId);
    void jobChanged(qint64 jobId, qint64 incidentId);
    // After share(): jobs are due (the runner starts draining).
    void jobsQueued();

private:
    // Runs `q`, an UPDATE of one job that ends in RETURNING incident_id, and announces the change. When it
    // changed nothing, fails with why: the job is no longer queued (`Queued`, what the UPDATE required) or
    // does not exist (`Any`).
    enum class JobMustBe { Queued, Any };
    bool updateJob(QSqlQuery &q, qint64 jobId, JobMustBe mustBe, QString *error);
    bool settle(qint64 jobId, const ShareOutcome &outcome, QString *error); // finish() of Sent, Conflict
    QList<ShareJob> selectJobs(const QString &where, const QList<std::pair<QString, QVariant>> &binds,
                               QString *error) const;

    Database &m_db;
    Clock m_clock;
    Jitter m_jitter;
};

} // namespace hs
