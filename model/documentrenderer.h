#pragma once

#include "incident.h"
#include "postmortem.h"

#include <memory>
#include <optional>
#include <QByteArray>
#include <QPageSize>
#include <QString>

class QTextDocument;

namespace hs {

// One renderer for every export. Markdown is the source: HTML and PDF are Qt's rendering of it,
// so the three always say the same thing.
namespace renderer {

enum class Format { Markdown, Html, Pdf, Json };
QString extension(Format f); // "md", "html", "pdf", "json"
std::optional<Format> formatFromKey(const QString &key);

// "# Title", the metadata list (date, status key, channel, link, document name), then "## <label>" for
// each section in order. Empty sections read "*Not written yet.*"; the extract is one fenced code block
// whose fence is longer than any backtick run in it. Then "## Actions" with "### Now" and "### Later"
// lists and "## Reviews" (layout in documentfollowups.h). importer::readMarkdown() reads it back exactly.
QString toMarkdown(const PostMortem &postMortem);
QString toHtml(const PostMortem &postMortem); // needs a QGuiApplication (fonts)
// {"format": "hindsight-postmortem", "version": 1, ...}, indented; sections verbatim; "actions" (title,
// team, owner, bucket, status, dropReason, due, link, notes; in document order) and "reviews" (kind,
// at with its UTC offset, timeZone, done, notes). Ids, calendar uids and CalDAV state stay local.
QByteArray toJson(const PostMortem &postMortem);
// Builds the laid-out document the HTML and PDF come from; long extract lines wrap.
std::unique_ptr<QTextDocument> toTextDocument(const PostMortem &postMortem);

// A4 or US Letter, from the locale's measurement system.
QPageSize defaultPageSize();
// PDF with the incident's document name in the header and "page n of m" in the footer.
bool writePdf(const PostMortem &postMortem, const QString &path, QString *error,
              const QPageSize &pageSize = defaultPageSize());
// toHtml() and the PDF writePdf() would write, in memory, from one laid-out document (for sharing,
// which needs both). Safe on a worker thread (its own QTextDocument and QPdfWriter).
bool toHtmlAndPdf(const PostMortem &postMortem, QString *html, QByteArray *pdf, QString *error,
                  const QPageSize &pageSize = defaultPageSize());
// Writes md/html/json/pdf atomically (QSaveFile).
bool exportTo(const PostMortem &postMortem, Format format, const QString &path, QString *error);

// The same for callers that have only the incident: the document without the Actions and Reviews
// parts (and JSON without those arrays). Prefer the PostMortem overloads (see loadPostMortem()).
QString toMarkdown(const Incident &incident);
QString toHtml(const Incident &incident);
QByteArray toJson(const Incident &incident);
std::unique_ptr<QTextDocument> toTextDocument(const Incident &incident);
bool writePdf(const Incident &incident, const QString &path, QString *error,
              const QPageSize &pageSize = defaultPageSize());
bool exportTo(const Incident &incident, Format format, const QString &path, QString *error);

} // namespace renderer
} // namespace hs
