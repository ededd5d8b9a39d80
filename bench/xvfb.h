#pragma once

#include <QProcess>
#include <QString>

namespace hs::bench {

// A private Xvfb server for the xcb measurement when the benchmark runs without a display.
class Xvfb final {
    Q_DISABLE_COPY_MOVE(Xvfb)
public:
    Xvfb() = default;
    ~Xvfb();

    // Starts Xvfb when it is installed; returns the display (":5") or an empty string.
    QString start();

private:
    QProcess m_server;
};

} // namespace hs::bench
