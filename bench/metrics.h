#pragma once

#include <optional>
#include <QMap>
#include <QString>

namespace hs::bench {

// Every number the benchmark reports; the table prints the rows in this order.
enum class Metric {
    Generate,
    FileSize,
    OpenFirstPage,
    SortTitle,
    FilterCommon,
    FilterNoMatch,
    LoadTypical,
    LoadLargest,
    AutosaveTypical,
    AutosaveLargest,
    PdfHindsight,
    PdfBare,
    PdfRatio,
    AllActionsFirstPage,
    OverdueQuery,
    OverdueCount,
    ReminderCheck,
    PaintApp,
    CompleteApp,
    PaintBare,
    PaintRatio,
    RssApp,
    RssBare,
    PaintPlainQt,
    PaintPlainQtRatio,
    PaintAppXcb,
    CompleteAppXcb,
    PaintBareXcb,
    PaintRatioXcb,
    RssAppXcb,
    // Sharing (issue 4): one run on the 1,000 corpus, to a local lighttpd WebDAV server.
    ShareOutbox,
    ShareRender,
    ShareOutboxPrerendered,
    SharePrerenderedCpu,
    ShareCurl,
    ShareRatio,
    ShareUploadRatio,
    ShareOutboxPuts,
    ShareOutboxRequests,
    ShareCurlPuts,
    SharePrerenderedPuts,
    ShareNoopReshare,
    ShareNoopResync,
    ShareNoopRequests,
};

using Results = QMap<Metric, double>;

double median(QList<double> samples);

} // namespace hs::bench
