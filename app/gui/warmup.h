#pragma once

#include <thread>

// Work that the window's first frame waits for, started early, off the GUI thread's path.
namespace hs::warmup {

// Reads the fontconfig configuration on the second core while the GUI thread loads Qt's platform
// plugin and opens the database. Otherwise Qt's first text layout reads it on the GUI thread: some
// sixty XML files, a quarter of the work before the first frame. Where Qt does not use fontconfig
// (Windows, macOS), it does nothing.
class Fontconfig final {
public:
    Fontconfig();
    ~Fontconfig();
    Fontconfig(const Fontconfig &) = delete;
    Fontconfig &operator=(const Fontconfig &) = delete;

    // Call before Qt first needs a font: two threads initialising fontconfig at once would each read
    // the whole configuration (fontconfig keeps one and throws the other away).
    void wait();

private:
    std::thread m_thread;
};

// Qt 6.4's raster engine hands long lines and large fills to QThreadPool::globalInstance() and waits
// for them; the first frame has a few dozen (tool bar, scroll bar). The pool makes its threads on
// first use, so they were made inside that frame, which then waited for them to start. Needs the
// QApplication.
void startPaintThreads();

} // namespace hs::warmup
