#include "launch.h"

#include "metrics.h"

#include <cerrno>
#include <fcntl.h>
#include <poll.h>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

namespace hs::bench {

namespace {

constexpr int TimeoutMs = 60000;

struct Run {
    double ms = 0;
    double rssMb = 0;
};

bool fail(QString *error, const QString &message) {
    if (error)
        *error = message;
    return false;
}

std::vector<char *> pointers(std::vector<QByteArray> &strings) {
    std::vector<char *> result;
    for (QByteArray &s : strings)
        result.push_back(s.data());
    result.push_back(nullptr);
    return result;
}

// posix_spawn + wait4 rather than QProcess: wait4 reports the peak RSS of exactly this child.
std::optional<Run> runOnce(const Command &command, const QProcessEnvironment &env, const QString &stderrPath,
                           QString *error) {
    std::vector<QByteArray> args{QFile::encodeName(command.program)};
    for (const QString &a : command.arguments)
        args.push_back(a.toLocal8Bit());
    std::vector<QByteArray> vars;
    for (const QString &v : env.toStringList())
        vars.push_back(v.toLocal8Bit());
    std::vector<char *> argv = pointers(args), envp = pointers(vars);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    const QByteArray errPath = QFile::encodeName(stderrPath);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, errPath.constData(),
                                     O_WRONLY | O_CREAT | O_TRUNC, 0600);
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) {
        fail(error, QStringLiteral("%1 cannot be started: %2")
                        .arg(command.program, QString::fromLocal8Bit(strerror(spawned))));
        return std::nullopt;
    }
    // A pidfd lets us wait with a timeout, so a program that never paints cannot hang the benchmark.
    const int pidfd = int(syscall(SYS_pidfd_open, pid, 0));
    if (pidfd >= 0) {
        pollfd p{pidfd, POLLIN, 0};
        const int ready = poll(&p, 1, TimeoutMs);
        close(pidfd);
        if (ready == 0)
            kill(pid, SIGKILL);
    }
    int status = 0;
    rusage usage{};
    while (wait4(pid, &status, 0, &usage) < 0 && errno == EINTR) {
    }
    Run run{double(timer.nsecsElapsed()) / 1e6, double(usage.ru_maxrss) / 1024.0};
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        QFile err(stderrPath);
        const QString output =
            err.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(err.readAll().right(2000)) : QString();
        fail(error, QStringLiteral("%1 %2 failed (%3 %4) without painting; its errors:\n%5")
                        .arg(command.program, command.arguments.join(QLatin1Char(' ')),
                             WIFEXITED(status) ? QStringLiteral("exit code") : QStringLiteral("signal"))
                        .arg(WIFEXITED(status) ? WEXITSTATUS(status) : WTERMSIG(status))
                        .arg(output));
        return std::nullopt;
    }
    return run;
}

} // namespace

std::optional<std::pair<LaunchStats, LaunchStats>>
compareLaunches(const Command &app, const Command &bare, const QString &platform, int runs, QString *error) {
    // Throw-away config, data and runtime folders: the app's first launch every time, and the
    // user's own settings are never touched.
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), platform);
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.path());
    const QString stderrPath = home.filePath(QStringLiteral("stderr.txt"));

    QList<double> appMs, bareMs;
    LaunchStats appStats, bareStats;
    for (int i = -1; i < runs; ++i) {
        const auto a = runOnce(app, env, stderrPath, error);
        if (!a)
            return std::nullopt;
        const auto b = runOnce(bare, env, stderrPath, error);
        if (!b)
            return std::nullopt;
        if (i < 0)
            continue; // warm-up: loads the binaries and the corpus into the OS cache
        appMs << a->ms;
        bareMs << b->ms;
        appStats.peakRssMb = std::max(appStats.peakRssMb, a->rssMb);
        bareStats.peakRssMb = std::max(bareStats.peakRssMb, b->rssMb);
    }
    appStats.medianMs = median(appMs);
    bareStats.medianMs = median(bareMs);
    return std::make_pair(appStats, bareStats);
}

} // namespace hs::bench
