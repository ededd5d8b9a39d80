#pragma once

#include "postmortem.h"
#include "sharestate.h"

#include <optional>
#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QUrl>

namespace hs {

// Everything a share target may publish about one post-mortem, rendered once. Folder and WebDAV write
// markdown/html/pdf; a wiki renders its own markup from `postMortem`; a chat webhook posts
// announcement(). Build it with ShareDocument::render() (needs a QGuiApplication for HTML/PDF).
struct ShareDocument {
    qint64 incidentId = 0;
    QString documentName; // incident_YYYY_MM_DD_slug; the base of every file name, safe on every OS
    QString title;
    QDate date;
    QString channel;  // "#incident-2026-11-24-checkout-db-down"
    QUrl channelLink; // may be empty
    QString cause;    // the cause section squeezed to one line (at most ~200 characters)
    int openNowActions = 0;
    PostMortem postMortem;

    QString markdown; // the document, as renderer::toMarkdown()
    QString html;     // renderer::toHtml()
    QByteArray pdf;   // renderer::writePdf()
    // SHA-256 (hex) of the UTF-8 Markdown, the UTF-8 HTML and the PDF, as Sha256::hex():
    // filled by hashFiles() on the runner's worker thread, so that the event loop never hashes a PDF.
    // Empty when not computed (the targets then hash what they need themselves).
    QByteArray markdownHash, htmlHash, pdfHash;

    // Identifies the content: SHA-256 of the Markdown (the source HTML and PDF are rendered from, and
    // it holds every field), prefixed by a format version. Equal hash → nothing to upload. (The PDF
    // bytes themselves are not stable: they carry a creation date.)
    QByteArray contentHash;

    // Filled by the runner, not by render(): the link to the document from a target that already has
    // it, for announcements (see ShareTarget::needsPublishedLink()); empty when none has.
    QUrl publishedLink;
    // Set by the runner when the user chose "replace theirs" after a conflict (ShareJob::overwrite):
    // the target writes over a remote copy changed by someone else instead of answering Conflict.
    bool overwrite = false;

    // Renders everything. Markdown and the hash are cheap; `withFiles` = false skips HTML and PDF
    // (enough to decide whether anything changed).
    static ShareDocument render(const PostMortem &postMortem, bool withFiles = true);
    // Adds the HTML and PDF to a document rendered without them, from `postMortem`. Needs no event
    // loop: may run on a worker thread, on a copy of the document.
    void renderFiles();
    // Fills markdownHash, htmlHash and pdfHash from the rendered files. Thread-safe like renderFiles().
    void hashFiles();
    static QByteArray hashOf(const QString &markdown);
    // The PDF without what differs between two renderings of the same document (creation time, random
    // document id, offsets that depend on their length): equal for the same content. Lets a target
    // recognise its own earlier upload whose answer was lost.
    static QByteArray comparablePdf(const QByteArray &pdf);

    // "Post-mortem for #incident-… is ready: <link> — cause: …; 2 now-actions open." (translated)
    QString announcement() const;
    ShareIndexEntry indexEntry() const;
};

} // namespace hs
