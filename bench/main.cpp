// hindsight-bench: generates synthetic corpora and times what a user waits for (see docs/PERFORMANCE.md).

#include "corpus.h"
#include "launch.h"
#include "measure.h"
#include "measureactions.h"
#include "measureshare.h"
#include "report.h"
#include "xvfb.h"

#include <cstdio>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QSysInfo>
#include <QThread>

using namespace hs::bench;

namespace {

#ifdef HINDSIGHT_APP_PATH
const char *const kDefaultApp = HINDSIGHT_APP_PATH;
#else
const char *const kDefaultApp = "";
#endif

void progress(const QString &message) {
    std::fprintf(stderr, "%s\n", qPrintable(message));
    std::fflush(stderr);
}

// First paint of the app beside the bare window: offscreen, or xcb on `display` when one is given.
bool measurePaint(const QString &app, const Corpus &corpus, const QString &display, int runs,
                  Results &results, QString *error) {
    const bool xcb = !display.isEmpty();
    const Command hindsight{
        app, {QStringLiteral("--quit-after-first-paint"), QStringLiteral("--database"), corpus.path}};
    const Command bare{QStringLiteral(HINDSIGHT_BARE_WINDOW_PATH),
                       {QStringLiteral("--quit-after-first-paint")}};
    const auto stats = compareLaunches(
        hindsight, bare, xcb ? QStringLiteral("xcb") : QStringLiteral("offscreen"), display, runs, error);
    if (!stats)
        return false;
    results[xcb ? Metric::PaintAppXcb : Metric::PaintApp] = stats->app.medianMs;
    results[xcb ? Metric::CompleteAppXcb : Metric::CompleteApp] = stats->app.completeMedianMs;
    results[xcb ? Metric::PaintBareXcb : Metric::PaintBare] = stats->bare.medianMs;
    results[xcb ? Metric::PaintRatioXcb : Metric::PaintRatio] = stats->ratio;
    results[xcb ? Metric::RssAppXcb : Metric::RssApp] = stats->app.peakRssMb;
    if (xcb)
        return true;
    results[Metric::RssBare] = stats->bare.peakRssMb;
    // What Qt alone needs for that frame, measured the same way.
    const Command plainQt{QStringLiteral(HINDSIGHT_PLAIN_QT_WINDOW_PATH),
                          {QStringLiteral("--quit-after-first-paint")}};
    const auto reference = compareLaunches(plainQt, bare, QStringLiteral("offscreen"), {}, runs, error);
    if (!reference)
        return false;
    results[Metric::PaintPlainQt] = reference->app.medianMs;
    results[Metric::PaintPlainQtRatio] = reference->ratio;
    return true;
}

} // namespace

int main(int argc, char *argv[]) {
    // The in-process part (PDF) needs fonts but no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("hindsight-bench"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Times Hindsight on synthetic corpora; prints a markdown table."));
    parser.addHelpOption();
    const QCommandLineOption sizesOpt(QStringLiteral("sizes"),
                                      QStringLiteral("Corpus sizes, comma-separated."),
                                      QStringLiteral("list"), QStringLiteral("1000,10000,100000"));
    const QCommandLineOption dirOpt(
        QStringLiteral("corpus-dir"), QStringLiteral("Where generated corpora are kept."),
        QStringLiteral("dir"), QDir::current().filePath(QStringLiteral("bench-corpus")));
    const QCommandLineOption repsOpt(QStringLiteral("reps"),
                                     QStringLiteral("Repetitions of each in-process timing."),
                                     QStringLiteral("n"), QStringLiteral("9"));
    const QCommandLineOption launchesOpt(QStringLiteral("launches"),
                                         QStringLiteral("Launches of each program for the first paint."),
                                         QStringLiteral("n"), QStringLiteral("7"));
    const QCommandLineOption appOpt(QStringLiteral("app"), QStringLiteral("The hindsight executable."),
                                    QStringLiteral("path"), QString::fromLocal8Bit(kDefaultApp));
    const QCommandLineOption outOpt(QStringLiteral("output"),
                                    QStringLiteral("Also write the table to this file."),
                                    QStringLiteral("file"));
    const QCommandLineOption noXcbOpt(QStringLiteral("no-xcb"),
                                      QStringLiteral("Measure first paint offscreen only (no X server)."));
    const QCommandLineOption noShareOpt(
        QStringLiteral("no-share"),
        QStringLiteral(
            "Skip sharing the 1,000 corpus to a local lighttpd WebDAV server (needs lighttpd, curl)."));
    const QCommandLineOption onlyShareOpt(
        QStringLiteral("only-share"),
        QStringLiteral("Only the sharing run (no corpus timings, no first paint); --sizes is ignored."));
    parser.addOptions(
        {sizesOpt, dirOpt, repsOpt, launchesOpt, appOpt, outOpt, noXcbOpt, noShareOpt, onlyShareOpt});
    parser.process(app);

    QList<int> sizes;
    for (const QString &s : parser.value(sizesOpt).split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (const int n = s.trimmed().toInt(); n > 0)
            sizes << n;
    const int reps = std::max(1, parser.value(repsOpt).toInt());
    const int launches = std::max(1, parser.value(launchesOpt).toInt());
    const QString appPath = parser.value(appOpt);
    if (sizes.isEmpty() && !parser.isSet(onlyShareOpt)) {
        progress(QStringLiteral("--sizes needs at least one positive number."));
        return 2;
    }
    const bool onlyShare = parser.isSet(onlyShareOpt);
    if (onlyShare && parser.isSet(noShareOpt)) {
        progress(QStringLiteral("--only-share and --no-share exclude each other."));
        return 2;
    }
    if (onlyShare)
        sizes.clear();
    if (appPath.isEmpty() && !onlyShare)
        progress(QStringLiteral("No hindsight executable (built without the app; pass --app PATH): "
                                "first paint is skipped."));
    // xcb as a second line: on the display the benchmark runs on, else on a private Xvfb when installed.
    Xvfb xvfb;
    QString display = qEnvironmentVariable("DISPLAY");
    if (display.isEmpty() && !appPath.isEmpty() && !parser.isSet(noXcbOpt) && !onlyShare)
        display = xvfb.start();
    if (parser.isSet(noXcbOpt))
        display.clear();

    QList<SizeResults> all;
    for (const int n : sizes) {
        QString error;
        progress(QStringLiteral("corpus of %1 incidents…").arg(n));
        const auto corpus = ensureCorpus(parser.value(dirOpt), n, &error);
        if (!corpus) {
            progress(error);
            return 1;
        }
        SizeResults size{n, {}};
        size.results[Metric::Generate] = corpus->generationMs;
        size.results[Metric::FileSize] = double(corpus->fileBytes) / (1024.0 * 1024.0);
        progress(QStringLiteral("  model, autosave and PDF timings…"));
        bool ok = measureModel(*corpus, reps, size.results, &error);
        if (ok) {
            progress(QStringLiteral("  actions and reminders…"));
            ok = measureActions(*corpus, reps, size.results, &error);
        }
        if (ok && !appPath.isEmpty()) {
            progress(QStringLiteral("  first paint (offscreen)…"));
            ok = measurePaint(appPath, *corpus, {}, launches, size.results, &error);
            if (ok && !display.isEmpty()) {
                progress(QStringLiteral("  first paint (xcb on %1)…").arg(display));
                ok = measurePaint(appPath, *corpus, display, launches, size.results, &error);
            }
        }
        if (!ok) {
            progress(error);
            return 1;
        }
        all << size;
    }

    QString table;
    if (!onlyShare)
        table = QStringLiteral("Qt %1, %2, %3 cores; medians of %4 repetitions (%5 launches for first "
                               "paint, 5 for PDF).\n\n")
                    .arg(QString::fromLatin1(qVersion()), QSysInfo::prettyProductName())
                    .arg(QThread::idealThreadCount())
                    .arg(reps)
                    .arg(launches) +
                markdownTable(all);
    // Sharing is timed once (one run each, not medians): the outbox beside curl, then the no-op re-sync.
    if (!parser.isSet(noShareOpt)) {
        constexpr int SharedDocuments = 1000;
        QString error;
        progress(QStringLiteral("sharing %1 documents to a local WebDAV server…").arg(SharedDocuments));
        const auto corpus = ensureCorpus(parser.value(dirOpt), SharedDocuments, &error);
        SizeResults share{SharedDocuments, {}};
        if (!corpus || !measureShare(*corpus, share.results, &error)) {
            progress(error);
            return 1;
        }
        table += QStringLiteral("\nSharing %1 documents (one run):\n\n").arg(SharedDocuments) +
                 markdownTable({share});
    }
    std::fputs(table.toUtf8().constData(), stdout);
    if (parser.isSet(outOpt)) {
        QFile out(parser.value(outOpt));
        if (!out.open(QIODevice::WriteOnly | QIODevice::Text) || out.write(table.toUtf8()) < 0) {
            progress(QStringLiteral("%1 cannot be written: %2").arg(out.fileName(), out.errorString()));
            return 1;
        }
    }
    return 0;
}
