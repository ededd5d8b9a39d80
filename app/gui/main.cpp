#include "appinfo.h"
#include "database.h"
#include "incidentstore.h"
#include "mainwindow.h"
#include "startup.h"

#include <cstdio>
#include <QApplication>
#include <QCommandLineParser>
#include <QEvent>
#include <QTimer>

namespace {

// Quits once the window has painted for the first time: the benchmark measures process start to
// first paint with this.
class FirstPaintQuitter final : public QObject {
public:
    using QObject::QObject;

protected:
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
    hs::initApplication(app);
    QApplication::setApplicationDisplayName(QStringLiteral("Hindsight"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Minimum viable post-mortems."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption database(QStringLiteral("database"),
                                      QApplication::translate("main", "Use the database at <path>."),
                                      QApplication::translate("main", "path"), hs::Database::defaultPath());
    const QCommandLineOption quitAfterFirstPaint(
        QStringLiteral("quit-after-first-paint"),
        QApplication::translate("main", "Quit as soon as the window is painted (for measurements)."));
    parser.addOptions({database, quitAfterFirstPaint});
    parser.process(app);

    hs::Database db;
    if (!hs::openDatabaseOrExplain(db, parser.value(database)))
        return 1;
    hs::IncidentStore store(db);
    hs::MainWindow window(store);
    FirstPaintQuitter quitter;
    if (parser.isSet(quitAfterFirstPaint))
        window.installEventFilter(&quitter);
    window.show();
    return app.exec();
}
