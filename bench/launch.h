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
    double medianMs = 0;  // process start to exit, which the program does right after its first paint
    double peakRssMb = 0; // the largest peak RSS over the runs
};

// Starts `app` and `bare` alternately `runs` times each (after one unmeasured warm-up run of each)
// on the Qt platform `platform`. Each child is reaped with wait4(), which gives its own peak RSS.
std::optional<std::pair<LaunchStats, LaunchStats>>
compareLaunches(const Command &app, const Command &bare, const QString &platform, int runs, QString *error);

} // namespace hs::bench
