#pragma once

#include <optional>
#include <QString>

namespace hs::bench {

// A generated database and the incidents the measurements pick from it.
struct Corpus {
    QString path;
    int incidents = 0;
    qint64 typicalId = 0; // a documented incident of median size
    qint64 largestId = 0; // the incident with the most text (a 10,000-line chat extract)
    qint64 largestChars = 0;
    qint64 fileBytes = 0;
    double generationMs = -1; // -1 when the corpus came from the cache
};

// Returns the corpus of `incidents` incidents cached in `dir`, generating it when missing.
// Generation is deterministic, so a cached corpus and a fresh one are the same.
std::optional<Corpus> ensureCorpus(const QString &dir, int incidents, QString *error);

} // namespace hs::bench
