#pragma once

#include "shareddocument.h"
#include "sharestate.h"

#include <functional>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

namespace hs {

// What one publish (or test) ended with. `message` is one sentence for the user (the server's own
// words where useful) and never holds a password, token or webhook URL.
struct ShareResult {
    enum class Status {
        Sent,      // the target now has this version
        Unchanged, // the target already had it: nothing was uploaded
        Conflict,  // someone else changed the remote copy since our last publish: it was NOT
                   // overwritten; ours was put beside it where the target can (see `link`)
        Failed,    // see `retryable`
        Cancelled, // cancel() was called; nothing is known to be half-written (retry later)
    };

    Status status = Status::Failed;
    bool retryable = false; // Failed: a later attempt may succeed (timeout, refused, 5xx, 429)
    QString message;
    QUrl link;       // where the published document (or, on Conflict, our copy) can be read
    QString where;   // the place in words: a folder path, a server URL without credentials
    int uploads = 0; // files/pages/posts actually written (0 for Unchanged); for tests and the bench

    bool ok() const { return status == Status::Sent || status == Status::Unchanged; }
    static ShareResult failed(const QString &message, bool retryable) {
        ShareResult r;
        r.status = Status::Failed;
        r.retryable = retryable;
        r.message = message;
        return r;
    }
};

// One place post-mortems are shared to (a folder, a WebDAV server, a wiki, a chat channel). Create one
// with makeShareTarget() (sharetargetfactory.h) from a stored ShareTargetConfig and its secret.
//
// Contract for implementations:
// - Everything is asynchronous and never blocks the event loop for long (no waiting on the network).
// - Each call answers exactly once through its callback, later, from the event loop (never from inside
//   the call), unless the target is destroyed first. At most maxParallel() publish() calls run at a
//   time per target, and publishIndex() only when no publish() runs (the runner guarantees it; a call
//   beyond that may answer Failed).
// - cancel() ends every running call: each callback is answered with Cancelled (exactly once).
// - publish() receives the RemoteState returned by the previous successful publish of this incident
//   to this target (empty the first time) and returns the new one with Sent/Unchanged/Conflict. On
//   Failed/Cancelled the returned state is ignored and the old one kept.
// - A remote copy that differs from what we last wrote is never overwritten: answer Conflict.
// - No secret in messages, logs, links or RemoteState.
class ShareTarget : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShareTarget)
public:
    using TestCallback = std::function<void(const ShareResult &)>;
    using PublishCallback = std::function<void(const ShareResult &, const RemoteState &newState)>;

    explicit ShareTarget(QObject *parent = nullptr)
        : QObject(parent) {}
    ~ShareTarget() override = default;

    virtual QString kind() const = 0; // "folder", "webdav", "mediawiki", "webhook"
    // The place in words, without credentials (a folder path, a URL).
    virtual QString where() const = 0;

    // Checks that the target is reachable, the credentials are accepted and we may write there,
    // without changing anything visible. Sent = fine; Failed with a sentence otherwise.
    virtual void test(TestCallback done) = 0;

    // Publishes one document. `lastState` is what this target returned last time for this incident.
    virtual void publish(const ShareDocument &doc, const RemoteState &lastState, PublishCallback done) = 0;

    // Targets that keep a list of every shared post-mortem (index.html/index.md) rewrite it here; the
    // runner calls it once after a batch in which at least one document was Sent to this target.
    // `entries` are newest first. `lastState` / newState as in publish(), for the index itself.
    // Default: answers Unchanged (no index).
    virtual bool keepsIndex() const { return false; }
    virtual void publishIndex(const QList<ShareIndexEntry> &entries, const RemoteState &lastState,
                              PublishCallback done);

    // How many publish() calls may run at once (documents uploaded side by side). May change while
    // the target lives (e.g. one until the remote folder is known to exist). Default: one.
    virtual int maxParallel() const { return 1; }

    // Announcements (a chat post) need a link to the document: the runner publishes to such targets
    // only after the incident's other targets are settled, and fills ShareDocument::publishedLink.
    virtual bool needsPublishedLink() const { return false; }

    virtual void cancel() = 0;

signals:
    // Progress of the running call, e.g. bytes or files; total 0 = unknown.
    void progress(qint64 done, qint64 total);
};

} // namespace hs
