#include "report.h"

#include <QLocale>

namespace hs::bench {

namespace {

enum class Unit { Ms, Seconds, MB, Ratio, Count };

struct Row {
    Metric metric;
    const char *label;
    Unit unit;
    double target = -1; // an upper bound; negative when the row has none
};

const QList<Row> &rows() {
    static const QList<Row> list{
        {Metric::Generate, "generate corpus (skipped when cached)", Unit::Seconds},
        {Metric::FileSize, "database file size", Unit::MB},
        {Metric::OpenFirstPage, "open database + first page of the list", Unit::Ms},
        {Metric::SortTitle, "sort the list by title", Unit::Ms},
        {Metric::FilterCommon, "filter the list, common word (“down”)", Unit::Ms},
        {Metric::FilterNoMatch, "filter the list, no match (reads every title)", Unit::Ms},
        {Metric::LoadTypical, "open a typical incident", Unit::Ms, 50},
        {Metric::LoadLargest, "open the largest incident (10,000-line extract)", Unit::Ms, 50},
        {Metric::AutosaveTypical, "autosave one edit (cause of a typical incident)", Unit::Ms, 5},
        {Metric::AutosaveLargest, "autosave one edit (extract of the largest incident)", Unit::Ms},
        {Metric::PdfHindsight, "export PDF of the largest incident (renderer::writePdf)", Unit::Ms},
        {Metric::PdfBare, "bare QTextDocument::setHtml + print of the same HTML", Unit::Ms},
        {Metric::PdfRatio, "PDF export / bare print", Unit::Ratio, 1.2},
        {Metric::AllActionsFirstPage, "\"All actions\" view, first page (5 actions per incident)", Unit::Ms,
         50},
        {Metric::OverdueQuery, "overdue actions, first page", Unit::Ms, 20},
        {Metric::OverdueCount, "overdue actions, count", Unit::Ms},
        {Metric::ReminderCheck, "reminder check at start (ReminderPlanner::pending)", Unit::Ms, 20},
        {Metric::PaintApp, "first paint, hindsight (offscreen)", Unit::Ms},
        {Metric::CompleteApp, "… window complete: selection, editor, icons, services (offscreen)", Unit::Ms},
        {Metric::PaintBare, "first paint, bare QMainWindow (offscreen)", Unit::Ms},
        {Metric::PaintRatio, "first paint, hindsight / bare (offscreen)", Unit::Ratio, 2},
        {Metric::RssApp, "peak RSS, hindsight (offscreen)", Unit::MB, 80},
        {Metric::RssBare, "peak RSS, bare QMainWindow (offscreen)", Unit::MB},
        {Metric::PaintPlainQt,
         "first paint, the same first frame in plain Qt widgets, no database (offscreen)", Unit::Ms},
        {Metric::PaintPlainQtRatio, "first paint, plain Qt widgets / bare (offscreen)", Unit::Ratio},
        {Metric::PaintAppXcb, "first paint, hindsight (xcb)", Unit::Ms},
        {Metric::CompleteAppXcb, "… window complete: selection, editor, icons, services (xcb)", Unit::Ms},
        {Metric::PaintBareXcb, "first paint, bare QMainWindow (xcb)", Unit::Ms},
        {Metric::PaintRatioXcb, "first paint, hindsight / bare (xcb)", Unit::Ratio, 2},
        {Metric::RssAppXcb, "peak RSS, hindsight (xcb)", Unit::MB, 80},
        {Metric::ShareOutbox,
         "share through the outbox, end to end (hash, queue, render on worker threads while uploading, "
         "upload, index)",
         Unit::Seconds},
        {Metric::ShareRender, "rendering md/html/pdf alone (same documents, same number of threads)",
         Unit::Seconds},
        {Metric::ShareOutboxPrerendered,
         "share through the outbox, files rendered beforehand (hash, queue, upload, index)", Unit::Seconds},
        {Metric::SharePrerenderedCpu, "… of which CPU time of the event loop's thread (the rest: waiting)",
         Unit::Seconds},
        {Metric::ShareCurl, "curl uploading the same files (one process, one connection, one PUT per file)",
         Unit::Seconds},
        {Metric::ShareRatio, "outbox end to end / curl", Unit::Ratio},
        {Metric::ShareUploadRatio,
         "outbox with files rendered beforehand / curl (median of the pairs' ratios)", Unit::Ratio, 1.2},
        {Metric::ShareOutboxPuts, "PUT requests, outbox end to end", Unit::Count},
        {Metric::ShareOutboxRequests, "requests, outbox end to end (PUT, MKCOL, …)", Unit::Count},
        {Metric::SharePrerenderedPuts, "PUT requests, outbox with files rendered beforehand", Unit::Count},
        {Metric::ShareCurlPuts, "PUT requests, curl", Unit::Count},
        {Metric::ShareNoopReshare, "no-op: share every document again unchanged (nothing queued)", Unit::Ms,
         1000},
        {Metric::ShareNoopResync, "no-op: re-sync every document queued again unchanged", Unit::Ms, 1000},
        {Metric::ShareNoopRequests, "requests to the server during both no-op runs", Unit::Count, 0},
    };
    return list;
}

QString format(double value, Unit unit) {
    switch (unit) {
    case Unit::Ms:
        return QStringLiteral("%1 ms").arg(value, 0, 'f', 2);
    case Unit::Seconds:
        return QStringLiteral("%1 s").arg(value / 1000.0, 0, 'f', 2);
    case Unit::MB:
        return QStringLiteral("%1 MB").arg(value, 0, 'f', 1);
    case Unit::Ratio:
        return QStringLiteral("%1×").arg(value, 0, 'f', 2);
    case Unit::Count:
        return QString::number(qint64(value));
    }
    return {};
}

QString targetText(const Row &row) {
    if (row.target < 0)
        return {};
    static const char *const units[] = {" ms", " s", " MB", "×", ""};
    return QStringLiteral("≤ ") + QString::number(row.target) + QString::fromUtf8(units[int(row.unit)]);
}

} // namespace

QString markdownTable(const QList<SizeResults> &sizes) {
    const QLocale english(QLocale::English);
    const int largest = sizes.isEmpty() ? 0 : sizes.last().incidents;
    QString header = QStringLiteral("| measurement (median) |");
    QString rule = QStringLiteral("|---|");
    for (const SizeResults &s : sizes) {
        header += QStringLiteral(" %1 |").arg(english.toString(s.incidents));
        rule += QStringLiteral("---:|");
    }
    header += QStringLiteral(" target at %1 | met |\n").arg(english.toString(largest));
    rule += QStringLiteral("---|:-:|\n");

    QString table = header + rule;
    for (const Row &row : rows()) {
        bool any = false;
        QString line = QStringLiteral("| ") + QString::fromUtf8(row.label) + QStringLiteral(" |");
        for (const SizeResults &s : sizes) {
            const auto it = s.results.constFind(row.metric);
            const bool has = it != s.results.cend() && it.value() >= 0;
            any = any || it != s.results.cend();
            line += QLatin1Char(' ') + (has ? format(it.value(), row.unit) : QStringLiteral("–")) +
                    QStringLiteral(" |");
        }
        if (!any)
            continue;
        QString met;
        if (row.target >= 0 && !sizes.isEmpty()) {
            const auto it = sizes.last().results.constFind(row.metric);
            met = it == sizes.last().results.cend() ? QStringLiteral("?")
                  : it.value() <= row.target        ? QStringLiteral("✓")
                                                    : QStringLiteral("✗");
        }
        table +=
            line + QLatin1Char(' ') + targetText(row) + QStringLiteral(" | ") + met + QStringLiteral(" |\n");
    }
    return table;
}

} // namespace hs::bench
