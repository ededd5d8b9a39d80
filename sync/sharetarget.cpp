#include "sharetarget.h"

namespace hs {

void ShareTarget::publishIndex(const QList<ShareIndexEntry> &entries, const RemoteState &lastState,
                               PublishCallback done) {
    Q_UNUSED(entries)
    QMetaObject::invokeMethod(
        this,
        [done = std::move(done), lastState] {
            ShareResult result;
            result.status = ShareResult::Status::Unchanged;
            done(result, lastState);
        },
        Qt::QueuedConnection);
}

} // namespace hs
