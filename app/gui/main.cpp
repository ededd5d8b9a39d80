#include "actionstore.h"
#include "afterfirstpaint.h"
#include "appinfo.h"
#include "autostart.h"
#include "database.h"
#include "followupscontroller.h"
#include "incidentstore.h"
#include "mainwindow.h"
#include "outbox.h"
#include "reminderplanner.h"
#include "reviewstore.h"
#include "servicesloader.h"
#include "startup.h"
#include "theme.h"
#include "warmup.h"

#include <cstdio>
#include <memory>
#include <QApplication>
#include <QCommandLineParser>
#include <QEvent>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTimer>

namespace {

// For measurements: prints "first paint" once the window has painted for the first time, then
// "window complete" once what waits for that paint (selection, editor, icons, services) is done and
// painted too, and quits. The benchmark times both lines from process start.
class PaintReporter final : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override {
        if (event->type() != QEvent::Paint && event->type() != QEvent::UpdateRequest)
            return false;
        watched->removeEventFilter(this);
        auto *window = qobject_cast<QWidget *>(watched);
        // Queued behind the paint being delivered; the work after the first paint was queued behind
        // this, and the paint it asks for comes after that.
        QTimer::singleShot(0, this, [this, window, first = !m_painted] {
            if (!first) {
                report("window complete");
                QCoreApplication::quit();
                return;
            }
            report("first paint");
            QTimer::singleShot(0, this, [this, window] { window->installEventFilter(this); });
        });
        m_painted = true;
        return false;
    }

private:
    static void report(const char *line) {
        std::fputs(line, stdout);
        std::fputc('\n', stdout);
        std::fflush(stdout);
    }
    bool m_painted = false;
};

} // namespace

int main(int argc, char *argv[]) {
    // First, so that it overlaps as much of the start-up as it can.
    hs::warmup::Fontconfig fontconfig;
    QApplication app(argc, argv);
    hs::warmup::startPaintThreads();
    hs::initApplication(app);
    QApplication::setApplicationDisplayName(QStringLiteral("Hindsight"));
    hs::theme::setUpInterface();

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
    const QCommandLineOption tray(
        QLatin1String(hs::autostart::TrayOption),
        QApplication::translate("main",
                                "Start in the system tray, without a window (when there is a tray)."));
    parser.addOptions({database, quitAfterFirstPaint, tray});
    parser.process(app);

    hs::Database db;
    if (!hs::openDatabaseOrExplain(db, parser.value(database)))
        return 1;
    hs::IncidentStore store(db);
    hs::ActionStore actions(db);
    hs::ReviewStore reviews(db);
    hs::ReminderPlanner planner(db);
    // Sharing and the calendar are wired after the first paint: the window comes first, and what
    // they add (menu entries, a tool button, the outbox run) can arrive a moment later. Declared
    // before the window, which refers to them until it is gone.
    hs::Outbox outbox(db);
    std::unique_ptr<hs::Services> services;
    // Started at login: only the tray icon, when there is a tray to put it in.
    const bool trayOnly = parser.isSet(tray) && QSystemTrayIcon::isSystemTrayAvailable();
    // The window is the first to lay out text. (A dialog saying the database cannot be opened may
    // come before this: fontconfig then reads its configuration twice, once on each thread.)
    fontconfig.wait();
    // No first frame to wait for in the tray, whose icon is made at once (and would stay blank if held).
    hs::MainWindow window(store,
                          trayOnly ? hs::MainWindow::StartUp::Complete : hs::MainWindow::StartUp::FrameFirst);
    window.enableFollowUps(actions, reviews, planner);
    const auto connectServices = [&] {
        QString error;
        services = hs::servicesloader::load(hs::servicesloader::defaultDirs(), outbox, store, actions,
                                            reviews, &error);
        if (!services) {
            // The rest of the app works without them: say so, where the user looks and in the log.
            const QString message =
                QApplication::translate("main", "Sharing and the calendar are not available: %1").arg(error);
            qWarning("%s", qUtf8Printable(message));
            window.statusBar()->showMessage(message);
            return;
        }
        window.enableSharing(services->sharing());
        window.enableCalendar(services->calendar());
        services->start();
    };
    if (!trayOnly)
        hs::afterFirstPaint(&window, connectServices);
    // For every window and the tray. After the first paint: on X11 the icon is sent in all its sizes.
    hs::afterFirstPaint(&window, [] { QApplication::setWindowIcon(hs::theme::appIcon()); });
    // Installed last, so it sees the first paint before the hooks above are queued.
    PaintReporter reporter;
    if (parser.isSet(quitAfterFirstPaint)) {
        window.installEventFilter(&reporter);
        // Should nothing ask for a second paint, quit anyway.
        QTimer::singleShot(10000, &app, &QCoreApplication::quit);
    }
    if (trayOnly) {
        QApplication::setWindowIcon(hs::theme::appIcon());
        connectServices();
        window.followUps()->start();
    } else {
        window.show();
    }
    return app.exec();
}
