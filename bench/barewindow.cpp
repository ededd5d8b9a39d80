// bench-bare-window: an empty QMainWindow that quits after its first paint, exactly the way
// `hindsight --quit-after-first-paint` does, so hindsight-bench can compare the two start-ups.

#include "quitonfirstpaint.h"

#include <QApplication>
#include <QMainWindow>

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1100, 720); // the size MainWindow opens at the first time
    hs::bench::QuitOnFirstPaint quitter;
    if (app.arguments().contains(QStringLiteral("--quit-after-first-paint")))
        window.installEventFilter(&quitter);
    window.show();
    return app.exec();
}
