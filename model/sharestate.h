#pragma once

#include <optional>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace hs {

// What the outbox stores about sharing; shared by model/ (Outbox) and sync/ (ShareTarget, OutboxRunner).
// Nothing here is ever secret: passwords, tokens and webhook URLs live only in the keychain, under
// shareSecretKey(target id).

// Opaque per (incident, target) memory of the last successful publish, kept by the outbox and handed
// back to the target on the next publish. Each target decides what it holds (a per-file content hash and
// ETag for folders and WebDAV, a page revision/timestamp for a wiki, ...). Never a secret.
using RemoteState = QJsonObject;

// One configured share target. `kind` is the stable key of the target type ("folder", "webdav",
// "mediawiki", "webhook"); `config` its non-secret settings, by kind:
//   folder:    {"path": "/mnt/share/postmortems"}
//   webdav:    {"url": "https://dav.example.org/remote.php/dav/files/me/postmortems/", "user": "me"}
//   mediawiki: {"apiUrl": "https://wiki.example.org/api.php", "user": "Bot@hindsight", ...}
//   webhook:   {} (the webhook URL is the secret)
struct ShareTargetConfig {
    qint64 id = 0; // 0 until stored; never reused (AUTOINCREMENT), so keychain keys stay unambiguous
    QString kind;
    QString name; // the user's name for it, shown in lists ("Team share", "Wiki")
    QJsonObject config;
    bool enabled = true;
};

// The keychain key holding a target's secret (password, token or webhook URL): "share-target:<id>".
QString shareSecretKey(qint64 targetId);

// Where one (incident, target) job is. Stored as its key ("queued", "sending", ...).
enum class ShareJobState {
    Queued,   // waiting for its next attempt (at nextAttempt)
    Sending,  // a runner is on it; a job found Sending at start-up was interrupted and is queued again
    Sent,     // the target has the version with contentHash (also after an Unchanged answer)
    Failed,   // gave up for now (not retryable, e.g. wrong password); "Share" again queues it
    Conflict, // someone else changed the remote copy; ours was put beside it, nothing overwritten
};
QString shareJobStateKey(ShareJobState state);
std::optional<ShareJobState> shareJobStateFromKey(const QString &key);
QString shareJobStateLabel(ShareJobState state); // translated

// One row of the outbox: the state of one incident on one target.
struct ShareJob {
    qint64 id = 0;
    qint64 incidentId = 0;
    qint64 targetId = 0;
    ShareJobState state = ShareJobState::Queued;
    int attempts = 0;        // failed attempts since the last success or the last "Share"
    QDateTime nextAttempt;   // UTC; a queued job is due when nextAttempt <= now
    QString message;         // the last one-sentence outcome (server's message on failure)
    QUrl link;               // where the published document can be read
    QString where;           // human-readable place ("/mnt/share/pm", "https://dav.example.org/pm/")
    QDateTime sentAt;        // UTC of the last Sent/Unchanged
    QByteArray sentHash;     // content hash of what the target last confirmed (empty: never)
    QByteArray queuedHash;   // content hash of the version queued by the last "Share"
    bool overwrite = false;  // the user chose to replace a conflicting remote copy with ours
    RemoteState remoteState; // the target's memory, see RemoteState
};

// What one attempt ended with, as the outbox records it (the runner translates a ShareResult).
struct ShareOutcome {
    enum class Kind {
        Sent,      // also "Unchanged": the target has contentHash now
        Conflict,  // kept as is until the next "Share"
        Retry,     // a retryable failure: queued again after a backoff
        Failed,    // not retryable: stays failed until the next "Share"
        Cancelled, // queued again at once, no attempt counted
    };
    Kind kind = Kind::Failed;
    QString message;
    QUrl link;
    QString where;
    QByteArray contentHash;  // Sent/Conflict: the version the target has now (ours)
    RemoteState remoteState; // Sent/Conflict: the target's new memory
};

// One shared post-mortem, for the index files a folder or WebDAV target keeps (newest first).
struct ShareIndexEntry {
    qint64 incidentId = 0;
    QString documentName; // incident_YYYY_MM_DD_slug: files are <documentName>.md/.html/.pdf
    QString title;
    QDate date;
    QString cause; // one line
};

} // namespace hs
