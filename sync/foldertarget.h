#pragma once

#include "sharefiles.h"
#include "sharetarget.h"

#include <atomic>
#include <functional>
#include <memory>
#include <QDateTime>
#include <QFutureWatcher>

namespace hs {

// Shares to a folder: a local one, an SMB/NFS mount, a Nextcloud/Dropbox/OneDrive synced folder.
// Writes <documentName>.md/.html/.pdf atomically (QSaveFile) and keeps index.md/index.html. The file
// work runs on a pool thread, so a slow or hung network mount never blocks the event loop.
//
// A file changed by someone else since our last write (its content hash is not the one we stored)
// is not overwritten: the result is a Conflict and our version goes beside it as
// <name>.conflict-<UTC time>.<ext>. A missing folder is not created (an unmounted share would be
// filled locally): it is a retryable failure.
class FolderTarget final : public ShareTarget {
    Q_OBJECT
public:
    explicit FolderTarget(const QString &folder, QObject *parent = nullptr);
    ~FolderTarget() override;

    QString kind() const override { return QStringLiteral("folder"); }
    QString where() const override;
    void test(TestCallback done) override;
    void publish(const ShareDocument &doc, const RemoteState &lastState, PublishCallback done) override;
    bool keepsIndex() const override { return true; }
    void publishIndex(const QList<ShareIndexEntry> &entries, const RemoteState &lastState,
                      PublishCallback done) override;
    void cancel() override;

    // For tests: the time used in conflict file names (default: now).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    struct Outcome {
        ShareResult result;
        RemoteState state;
    };

private:
    void run(std::function<Outcome(const std::atomic_bool &)> work, PublishCallback done);
    void answer(PublishCallback done, const Outcome &outcome);

    QString m_folder;
    std::function<QDateTime()> m_clock;
    std::unique_ptr<QFutureWatcher<Outcome>> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    PublishCallback m_pending;
};

} // namespace hs
