#pragma once

#include <cstdio>
#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

namespace hs::bench {

// Installed on a window: prints "first paint" once its first paint is done, then quits, the way
// `hindsight --quit-after-first-paint` does (app/gui/main.cpp), so hindsight-bench times every
// program alike. The first paint (or the update request that delivers it) queues the line and the
// quit, so the paint in progress completes.
class QuitOnFirstPaint final : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override {
        if (event->type() == QEvent::Paint || event->type() == QEvent::UpdateRequest) {
            watched->removeEventFilter(this);
            QTimer::singleShot(0, qApp, [] {
                std::fputs("first paint\n", stdout);
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        }
        return false;
    }
};

} // namespace hs::bench
