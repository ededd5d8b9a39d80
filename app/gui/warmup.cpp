#include "warmup.h"

#include <QtGlobal>
#include <QThreadPool>
#include <system_error>
#ifdef HINDSIGHT_HAVE_FONTCONFIG
#include <fontconfig/fontconfig.h>
#endif
#ifdef Q_OS_LINUX
#include <pthread.h>
#include <sched.h>
#endif

namespace hs::warmup {

namespace {

// Linux tends to start a thread on the core of the thread that made it, where the two take turns
// while another core idles: measured here, 4 ms of the GUI thread's start-up lost to the warm-up it
// was meant to save. So the warm-up runs anywhere but on the GUI thread's core.
void keepOffThisCore([[maybe_unused]] std::thread &thread) {
#ifdef Q_OS_LINUX
    const int here = sched_getcpu();
    cpu_set_t cores;
    CPU_ZERO(&cores);
    if (here < 0 || sched_getaffinity(0, sizeof cores, &cores) != 0 || !CPU_ISSET(here, &cores) ||
        CPU_COUNT(&cores) < 2)
        return;
    CPU_CLR(here, &cores);
    pthread_setaffinity_np(thread.native_handle(), sizeof cores, &cores);
#endif
}

} // namespace

Fontconfig::Fontconfig() {
#ifdef HINDSIGHT_HAVE_FONTCONFIG
    try {
        m_thread = std::thread([] { FcInit(); });
        keepOffThisCore(m_thread);
    } catch (const std::system_error &) {
        // No thread to spare: Qt reads the configuration itself, as it would without this class.
    }
#endif
}

Fontconfig::~Fontconfig() {
    wait();
}

void Fontconfig::wait() {
    if (m_thread.joinable())
        m_thread.join();
}

void startPaintThreads() {
    // Each start makes a thread while the ones before are still starting; idle, they stay 30 s.
    QThreadPool *pool = QThreadPool::globalInstance();
    for (int i = 0; i < pool->maxThreadCount(); ++i)
        pool->start([] {});
}

} // namespace hs::warmup
