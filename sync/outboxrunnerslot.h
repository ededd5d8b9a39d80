#pragma once

#include "outboxrunner.h"

#include <QLoggingCategory>

// What OutboxRunner's dispatch (outboxrunner.cpp) and its per-target bookkeeping
// (outboxrunnertargets.cpp) share (internal to sync/).
Q_DECLARE_LOGGING_CATEGORY(lcOutbox)

namespace hs {

struct OutboxRunner::Slot {
    std::unique_ptr<ShareTarget> target;
    QSet<qint64> loading; // taken from the due list, being loaded on a worker (still queued in the outbox)
    QList<qint64> jobs;   // begun, not yet recorded: rendering, ready or publishing
    QList<std::pair<ShareJob, ShareDocument>> ready; // rendered, waiting for a free publish
    int publishing = 0;
    bool indexing = false;
    bool busy() const { return !jobs.isEmpty() || !loading.isEmpty() || indexing; }
    int taken() const { return int(jobs.size() + loading.size()); }
};

} // namespace hs
