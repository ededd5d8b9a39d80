#pragma once

#include "corpus.h"
#include "metrics.h"

namespace hs::bench {

// Times the follow-up queries on one corpus (five actions per incident): the "All actions" view's
// first page, the overdue query and the reminder check the app runs at start.
bool measureActions(const Corpus &corpus, int reps, Results &results, QString *error);

} // namespace hs::bench
