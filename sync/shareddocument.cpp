#include "shareddocument.h"

#include "action.h"
#include "announcement.h"
#include "documentrenderer.h"
#include "sha256.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QRegularExpression>

namespace hs {

namespace {

// Bump when what a target receives for the same Markdown changes (a new file, another layout), so
// that every document is sent again once.
constexpr char kFormatVersion[] = "hindsight-share-1:";

} // namespace

QByteArray ShareDocument::hashOf(const QString &markdown) {
    Sha256 hash;
    hash.addData(QByteArrayView(kFormatVersion));
    hash.addData(markdown.toUtf8());
    return hash.hexResult();
}

ShareDocument ShareDocument::render(const PostMortem &stored, bool withFiles) {
    // "Shared" is what Hindsight records once every target has the document; the published document
    // says documented. Otherwise marking it shared would change its content and make it "changed since
    // shared" for every target, from the app and the CLI alike.
    PostMortem pm = stored;
    if (pm.incident.status == Status::Shared)
        pm.incident.status = Status::Documented;
    ShareDocument doc;
    const Incident &incident = pm.incident;
    doc.incidentId = incident.id;
    doc.documentName = incident.documentName();
    doc.title = incident.title;
    doc.date = incident.date;
    doc.channel = incident.channel.isEmpty() ? incident.derivedChannelName() : incident.channel;
    doc.channelLink = QUrl(incident.channelLink);
    QString cause = incident.text(Section::Cause).simplified();
    if (cause.size() > 200)
        cause = cause.left(199) + QChar(0x2026);
    doc.cause = cause;
    for (const Action &a : pm.actions)
        if (a.bucket == Bucket::Now && a.status == ActionStatus::Open)
            ++doc.openNowActions;
    doc.postMortem = pm;
    doc.markdown = renderer::toMarkdown(pm);
    doc.contentHash = hashOf(doc.markdown);
    if (withFiles)
        doc.renderFiles();
    return doc;
}

void ShareDocument::renderFiles() {
    QString error;
    // A PDF that cannot be made is left out (the Markdown and HTML are still shared), as before.
    if (!renderer::toHtmlAndPdf(postMortem, &html, &pdf, &error))
        pdf.clear();
}

void ShareDocument::hashFiles() {
    markdownHash = Sha256::hex(markdown.toUtf8());
    htmlHash = Sha256::hex(html.toUtf8());
    pdfHash = pdf.isEmpty() ? QByteArray() : Sha256::hex(pdf);
}

QByteArray ShareDocument::comparablePdf(const QByteArray &pdf) {
    // Qt stamps every PDF with its creation time and a random document id (in the info dictionary,
    // the trailer and the XMP metadata): without them, two renderings of one document are equal.
    static const QRegularExpression volatileParts(QStringLiteral(
        "/CreationDate \\([^)]*\\)|/ID \\[[^\\]]*\\]|<xmp:CreateDate>[^<]*</xmp:CreateDate>|"
        "<xmp:ModifyDate>[^<]*</xmp:ModifyDate>|<xmp:MetadataDate>[^<]*</xmp:MetadataDate>|"
        "<xmpMM:DocumentID>[^<]*</xmpMM:DocumentID>|<xmpMM:InstanceID>[^<]*</xmpMM:InstanceID>|"
        "xmpMM:DocumentID=\"[^\"]*\"|xmpMM:InstanceID=\"[^\"]*\"|xmp:CreateDate=\"[^\"]*\"|"
        "xmp:ModifyDate=\"[^\"]*\"|xmp:MetadataDate=\"[^\"]*\"|\\nstartxref\\n\\d+|\\n\\d{10} \\d{5} [nf]"));
    // Latin-1 keeps every byte as one character, so binary streams survive the round trip.
    QString text = QString::fromLatin1(pdf);
    text.remove(volatileParts);
    return text.toLatin1();
}

QString ShareDocument::announcement() const {
    return Announcement::of(*this).text();
}

ShareIndexEntry ShareDocument::indexEntry() const {
    return ShareIndexEntry{incidentId, documentName, title, date, cause};
}

} // namespace hs
