#pragma once

#include "corpus.h"
#include "metrics.h"

namespace hs::bench {

// Times the model operations behind the app's common actions on one corpus, in this process,
// each repeated `reps` times (median). Needs a QGuiApplication (PDF).
bool measureModel(const Corpus &corpus, int reps, Results &results, QString *error);

} // namespace hs::bench
