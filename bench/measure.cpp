#include "measure.h"

#include "autosaver.h"
#include "database.h"
#include "documentrenderer.h"
#include "incidentlistmodel.h"
#include "incidentstore.h"

#include <algorithm>
#include <QElapsedTimer>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTextDocument>

namespace hs::bench {

double median(QList<double> samples) {
    if (samples.isEmpty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const qsizetype n = samples.size();
    return n % 2 ? samples.at(n / 2) : (samples.at(n / 2 - 1) + samples.at(n / 2)) / 2;
}

namespace {

double ms(const QElapsedTimer &timer) {
    return double(timer.nsecsElapsed()) / 1e6;
}

// Runs `once` (which returns the milliseconds of the part it times) `reps` times.
template <typename F> double medianOf(int reps, F &&once) {
    QList<double> samples;
    for (int i = 0; i < reps; ++i)
        samples << once();
    return median(samples);
}

bool fail(QString *error, const QString &message) {
    if (error)
        *error = message;
    return false;
}

bool measureList(const Corpus &corpus, IncidentStore &store, int reps, Results &results, QString *error) {
    bool ok = true;
    // A new Database each time, as a freshly started app opens it (the OS file cache stays warm).
    results[Metric::OpenFirstPage] = medianOf(reps, [&] {
        QElapsedTimer timer;
        timer.start();
        Database db;
        QString reason;
        ok = ok && db.open(corpus.path, &reason);
        IncidentStore freshStore(db);
        IncidentListModel model(freshStore);
        if (model.canFetchMore({}))
            model.fetchMore({});
        const double elapsed = ms(timer);
        ok = ok && model.rowCount() == std::min(corpus.incidents, int(IncidentListModel::PageSize));
        return elapsed;
    });
    if (!ok)
        return fail(error, QStringLiteral("Opening %1 did not show a first page.").arg(corpus.path));

    IncidentListModel model(store);
    model.fetchMore({});
    results[Metric::SortTitle] = medianOf(reps, [&] {
        model.sort(IncidentListModel::DateColumn, Qt::DescendingOrder);
        QElapsedTimer timer;
        timer.start();
        model.sort(IncidentListModel::TitleColumn, Qt::AscendingOrder);
        return ms(timer);
    });
    auto timeFilter = [&](const QString &text) {
        return medianOf(reps, [&] {
            model.setFilter({});
            QElapsedTimer timer;
            timer.start();
            model.setFilter(text);
            return ms(timer);
        });
    };
    // Titles are drawn from word lists: "down" is in a few percent of them, "zzz" in none, which
    // makes SQLite read every row.
    results[Metric::FilterCommon] = timeFilter(QStringLiteral("down"));
    if (model.rowCount() == 0)
        return fail(error, QStringLiteral("The filter “down” matched nothing in %1.").arg(corpus.path));
    results[Metric::FilterNoMatch] = timeFilter(QStringLiteral("zzz"));
    return true;
}

// Edits one field the way the editor does (AutoSaver::change + flush), then puts the text back.
double timeAutosave(IncidentStore &store, const Incident &incident, Field field, int reps, bool &ok) {
    AutoSaver saver(store);
    saver.setIncident(incident);
    const QString original = incident.value(field).toString();
    const double result = medianOf(reps, [&, n = 0]() mutable {
        const QString edited = QString(original + QStringLiteral(" Edit %1.").arg(++n));
        QElapsedTimer timer;
        timer.start();
        ok = saver.change(field, edited) && saver.flush() && ok;
        return ms(timer);
    });
    ok = saver.change(field, original) && saver.flush() && ok;
    return result;
}

bool measurePdf(const Incident &largest, int reps, Results &results, QString *error) {
    QTemporaryDir dir;
    const QString ours = dir.filePath(QStringLiteral("hindsight.pdf"));
    const QString bare = dir.filePath(QStringLiteral("bare.pdf"));
    const QString html = renderer::toHtml(largest);
    bool ok = true;
    QList<double> oursMs, bareMs, ratios;
    for (int i = 0; i < reps; ++i) { // interleaved, so both see the same machine load
        QElapsedTimer timer;
        timer.start();
        ok = renderer::writePdf(largest, ours, error) && ok;
        oursMs << ms(timer);

        timer.start();
        QTextDocument doc;
        doc.setHtml(html);
        QPdfWriter writer(bare);
        writer.setPageSize(renderer::defaultPageSize());
        doc.print(&writer);
        bareMs << ms(timer);
        ratios << oursMs.last() / bareMs.last();
    }
    if (!ok)
        return false;
    results[Metric::PdfHindsight] = median(oursMs);
    results[Metric::PdfBare] = median(bareMs);
    results[Metric::PdfRatio] = median(ratios); // per pair: cancels drifts in machine load
    return true;
}

} // namespace

bool measureModel(const Corpus &corpus, int reps, Results &results, QString *error) {
    Database db;
    if (!db.open(corpus.path, error))
        return false;
    IncidentStore store(db);
    if (!measureList(corpus, store, reps, results, error))
        return false;

    std::optional<Incident> typical, largest;
    results[Metric::LoadTypical] = medianOf(reps, [&] {
        QElapsedTimer timer;
        timer.start();
        typical = store.load(corpus.typicalId, error);
        return ms(timer);
    });
    results[Metric::LoadLargest] = medianOf(reps, [&] {
        QElapsedTimer timer;
        timer.start();
        largest = store.load(corpus.largestId, error);
        return ms(timer);
    });
    if (!typical || !largest)
        return false;

    bool ok = true;
    results[Metric::AutosaveTypical] = timeAutosave(store, *typical, Field::Cause, reps, ok);
    results[Metric::AutosaveLargest] = timeAutosave(store, *largest, Field::Extract, reps, ok);
    if (!ok)
        return fail(error, QStringLiteral("An autosave failed in %1.").arg(corpus.path));
    return measurePdf(*largest, std::min(reps, 5), results, error);
}

} // namespace hs::bench
