#pragma once

#include "metrics.h"

#include <QList>
#include <QString>

namespace hs::bench {

struct SizeResults {
    int incidents = 0;
    Results results;
};

// A markdown table: one row per metric, one column per corpus size, then the target and whether
// the largest corpus meets it.
QString markdownTable(const QList<SizeResults> &sizes);

} // namespace hs::bench
