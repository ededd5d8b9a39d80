#include "launch.h"

#include "metrics.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

namespace hs::bench {

namespace {

constexpr int TimeoutMs = 90000; // bench-spawn kills the program after 60 s

struct Run {
    double ms = 0;         // to the first paint
    double completeMs = 0; // to "window complete" (the first paint when the program does not say)
    double rssMb = 0;
};

bool fail(QString *error, const QString &message) {
    if (error)
        *error = message;
    return false;
}

// Starts the program through bench-spawn, which times it and reports its own peak RSS (see there).
std::optional<Run> runOnce(const Command &command, const QProcessEnvironment &env, const QString &resultPath,
                           QString *error) {
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(HINDSIGHT_BENCH_SPAWN_PATH),
                  QStringList{resultPath, command.program} + command.arguments);
    const bool finished = process.waitForFinished(TimeoutMs);
    QFile result(resultPath);
    const QList<QByteArray> fields =
        result.open(QIODevice::ReadOnly) ? result.readAll().simplified().split(' ') : QList<QByteArray>();
    result.close();
    result.remove();
    if (!finished || process.exitCode() != 0 || fields.size() != 5 || fields.at(4) != "0") {
        fail(error,
             QStringLiteral("%1 %2 failed (exit code %3) instead of quitting after its first paint:\n%4")
                 .arg(command.program, command.arguments.join(QLatin1Char(' ')),
                      fields.size() == 5 ? QString::fromLatin1(fields.at(4)) : QStringLiteral("?"),
                      QString::fromLocal8Bit(process.readAllStandardError().right(2000))));
        return std::nullopt;
    }
    return Run{fields.at(0).toDouble(), fields.at(1).toDouble(), fields.at(3).toDouble() / 1024.0};
}

} // namespace

std::optional<LaunchComparison> compareLaunches(const Command &app, const Command &bare,
                                                const QString &platform, const QString &display, int runs,
                                                QString *error) {
    // Throw-away config, data and runtime folders: the app's first launch every time, and the
    // user's own settings are never touched.
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), platform);
    if (!display.isEmpty())
        env.insert(QStringLiteral("DISPLAY"), display);
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.path());
    const QString resultPath = home.filePath(QStringLiteral("result.txt"));

    QList<double> appMs, appCompleteMs, bareMs, ratios;
    LaunchStats appStats, bareStats;
    for (int i = -1; i < runs; ++i) {
        const auto a = runOnce(app, env, resultPath, error);
        if (!a)
            return std::nullopt;
        const auto b = runOnce(bare, env, resultPath, error);
        if (!b)
            return std::nullopt;
        if (i < 0)
            continue; // warm-up: loads the binaries and the corpus into the OS cache
        appMs << a->ms;
        appCompleteMs << a->completeMs;
        bareMs << b->ms;
        ratios << a->ms / b->ms;
        appStats.peakRssMb = std::max(appStats.peakRssMb, a->rssMb);
        bareStats.peakRssMb = std::max(bareStats.peakRssMb, b->rssMb);
    }
    appStats.medianMs = median(appMs);
    appStats.completeMedianMs = median(appCompleteMs);
    bareStats.medianMs = median(bareMs);
    return LaunchComparison{appStats, bareStats, median(ratios)};
}

} // namespace hs::bench
