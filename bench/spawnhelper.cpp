// bench-spawn RESULT_FILE PROGRAM [ARGS...]: runs PROGRAM and writes
// "<ms to first paint> <ms to complete> <ms to exit> <peak RSS KiB> <exit code>" to RESULT_FILE. The first
// paint is when PROGRAM prints the line "first paint" (as --quit-after-first-paint does), without it its
// exit; complete is when it prints "window complete", without it the first paint.
// hindsight-bench starts programs through this small process because Linux carries the parent's peak RSS into
// a child's ru_maxrss at exec: spawned from the benchmark itself, every program would seem to use at least as
// much memory as the benchmark.

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <ctime>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

constexpr unsigned TimeoutSeconds = 60;
volatile sig_atomic_t g_child = 0;

void killChild(int) {
    if (g_child > 0)
        kill(g_child, SIGKILL);
}

double nowMs() {
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

} // namespace

int main(int argc, char *argv[]) {
    if (argc < 3) {
        std::fprintf(stderr, "usage: bench-spawn RESULT_FILE PROGRAM [ARGS...]\n");
        return 2;
    }
    int out[2];
    if (pipe(out) != 0)
        return 2;
    const double start = nowMs();
    const pid_t pid = fork();
    if (pid < 0)
        return 2;
    if (pid == 0) {
        dup2(out[1], STDOUT_FILENO);
        close(out[0]);
        close(out[1]);
        execv(argv[2], argv + 2);
        std::perror(argv[2]);
        _exit(127);
    }
    g_child = pid;
    std::signal(SIGALRM, killChild); // a program that never paints cannot hang the benchmark
    alarm(TimeoutSeconds);
    close(out[1]);
    double painted = -1;
    double complete = -1;
    std::string seen;
    char buffer[4096];
    for (ssize_t n; (n = read(out[0], buffer, sizeof buffer)) != 0;) {
        if (n < 0) {
            if (errno == EINTR)
                continue;
            break;
        }
        if (painted < 0 || complete < 0) {
            seen.append(buffer, size_t(n));
            if (painted < 0 && seen.find("first paint\n") != std::string::npos)
                painted = nowMs() - start;
            if (complete < 0 && seen.find("window complete\n") != std::string::npos)
                complete = nowMs() - start;
        }
    }
    close(out[0]);
    int status = 0;
    rusage usage{};
    while (wait4(pid, &status, 0, &usage) < 0 && errno == EINTR) {
    }
    const double elapsed = nowMs() - start;
    const int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    FILE *result = std::fopen(argv[1], "w");
    if (!result)
        return 2;
    if (painted < 0)
        painted = elapsed;
    std::fprintf(result, "%.3f %.3f %.3f %ld %d\n", painted, complete < 0 ? painted : complete, elapsed,
                 usage.ru_maxrss, code);
    std::fclose(result);
    return 0;
}
