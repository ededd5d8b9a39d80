// bench-bare-window: an empty QMainWindow that quits after its first paint, exactly the way
// `hindsight --quit-after-first-paint` does, so hindsight-bench can compare the two start-ups.

#include <cstdio>
#include <QApplication>
#include <QMainWindow>
#include <QTimer>

namespace {

class QuitOnFirstPaint final : public QObject {
public:
    using QObject::QObject;

protected:
    // The same test as app/gui/main.cpp: the first paint (or the update request that delivers it)
    // queues the quit, so the paint in progress completes.
    bool eventFilter(QObject *watched, QEvent *event) override {
        if (event->type() == QEvent::Paint || event->type() == QEvent::UpdateRequest) {
            watched->removeEventFilter(this);
            // The line tells hindsight-bench when the paint was done; the exit comes later.
            QTimer::singleShot(0, qApp, [] {
                std::fputs("first paint\n", stdout);
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        }
        return false;
    }
};

} // namespace

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1100, 720); // the size MainWindow opens at the first time
    QuitOnFirstPaint quitter;
    if (app.arguments().contains(QStringLiteral("--quit-after-first-paint")))
        window.installEventFilter(&quitter);
    window.show();
    return app.exec();
}
