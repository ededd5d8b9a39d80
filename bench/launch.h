#pragma once

#include <optional>
#include <QProcessEnvironment>
#include <QStringList>

namespace hs::bench {

struct Command {
    QString program;
    QStringList arguments;
};

struct LaunchStats {
    double medianMs = 0;         // process start to the end of the first paint (its exit if it does not say)
    double completeMedianMs = 0; // to "window complete": what waits for the first paint done and painted
    double peakRssMb = 0;        // the largest peak RSS over the runs
};

struct LaunchComparison {
    LaunchStats app;
    LaunchStats bare;
    double ratio = 0; // median of the per-pair ratios app / bare, which cancels slow drifts in machine load
};

// Starts `app` and `bare` alternately `runs` times each (after one unmeasured warm-up run of each)
// on the Qt platform `platform` (and X display `display` for xcb), through bench-spawn, which reports each
// run's time and peak RSS.
std::optional<LaunchComparison> compareLaunches(const Command &app, const Command &bare,
                                                const QString &platform, const QString &display, int runs,
                                                QString *error);

} // namespace hs::bench
