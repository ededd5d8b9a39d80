#include "documentrenderer.h"

#include "documentfollowups.h"
#include "documentformat.h"
#include "failure.h"
#include "reviewstore.h"

#include <functional>
#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace hs::renderer {

namespace {

using docformat::Meta;

QString tr(const char *text) {
    return QCoreApplication::translate("hs::renderer", text);
}

// A section's text as Markdown body: lines that would read back as a heading are escaped, and a code
// fence the author left open is closed so it cannot swallow the sections after it.
QString markdownBody(const QString &text) {
    QStringList lines = text.split(QLatin1Char('\n'));
    QString openFence;
    for (QString &line : lines) {
        line = docformat::escapeLine(line);
        if (openFence.isEmpty())
            openFence = docformat::openingFence(line);
        else if (docformat::closesFence(line, openFence))
            openFence.clear();
    }
    if (!openFence.isEmpty())
        lines << openFence;
    return lines.join(QLatin1Char('\n'));
}

// Qt's Markdown importer marks code blocks as non-breakable, so long extract lines would run off the
// page: let them wrap instead. Headings get room above them, which the importer does not give.
// One edit block, so the layout is told once.
void adjustBlocks(QTextDocument &doc) {
    QTextCursor cursor(&doc);
    cursor.beginEditBlock();
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        QTextBlockFormat format = block.blockFormat();
        if (format.nonBreakableLines())
            format.setNonBreakableLines(false);
        else if (format.headingLevel() > 1)
            format.setTopMargin(14);
        else
            continue;
        cursor.setPosition(block.position());
        cursor.setBlockFormat(format);
    }
    cursor.endEditBlock();
}

// The document of `pm`; without `followUps` it ends after the seed's sections (the Incident-only API).
QString markdown(const PostMortem &pm, bool followUps) {
    const Incident &incident = pm.incident;
    QString md;
    md += QLatin1String("# ") + incident.title + QLatin1String("\n\n");
    auto meta = [&md](Meta m, const QString &value) {
        md += QLatin1String("- **") + docformat::metaLabel(m) + QLatin1String(":** ") + value +
              QLatin1Char('\n');
    };
    meta(Meta::Date, incident.date.toString(Qt::ISODate));
    meta(Meta::Status, statusKey(incident.status));
    if (!incident.channel.isEmpty())
        meta(Meta::Channel, QLatin1Char('`') + incident.channel + QLatin1Char('`'));
    if (!incident.channelLink.isEmpty())
        meta(Meta::Link, QLatin1Char('<') + incident.channelLink + QLatin1Char('>'));
    if (!incident.slug.isEmpty())
        meta(Meta::Document, QLatin1Char('`') + incident.documentName() + QLatin1Char('`'));

    for (int i = 0; i < SectionCount; ++i) {
        const auto section = static_cast<Section>(i);
        md += QLatin1String("\n## ") + sectionLabel(section) + QLatin1String("\n\n");
        const QString text = docformat::normalizedText(incident.text(section));
        if (text.isEmpty()) {
            md += docformat::placeholder();
        } else if (section == Section::Extract) {
            // Chat logs contain backticks; a longer fence keeps them inside the block.
            const QString fence = docformat::fenceFor(text);
            md += fence + QLatin1Char('\n') + text + QLatin1Char('\n') + fence;
        } else {
            md += markdownBody(text);
        }
        md += QLatin1Char('\n');
    }
    if (followUps) {
        md += QLatin1Char('\n') + docformat::actionsMarkdown(pm.actions);
        md += QLatin1Char('\n') + docformat::reviewsMarkdown(pm.reviews);
    }
    return md;
}

QJsonArray actionsJson(const QList<Action> &actions) {
    QJsonArray array;
    for (const Action &a : actions)
        array.append(QJsonObject{
            {QStringLiteral("title"), a.title},
            {QStringLiteral("team"), a.team},
            {QStringLiteral("owner"), a.owner},
            {QStringLiteral("bucket"), bucketKey(a.bucket)},
            {QStringLiteral("status"), actionStatusKey(a.status)},
            {QStringLiteral("dropReason"), a.dropReason},
            {QStringLiteral("due"), a.due.toString(Qt::ISODate)},
            {QStringLiteral("link"), a.link},
            {QStringLiteral("notes"), a.notes},
        });
    return array;
}

QJsonArray reviewsJson(const QList<Review> &reviews) {
    QJsonArray array;
    for (const Review &r : reviews)
        array.append(QJsonObject{
            {QStringLiteral("kind"), reviewKindKey(r.kind)},
            // With the UTC offset; "Z" for UTC, however the time was made.
            {QStringLiteral("at"),
             (reviewZoneId(r.at) == QLatin1String("UTC") ? r.at.toUTC() : r.at).toString(Qt::ISODate)},
            {QStringLiteral("timeZone"), reviewZoneId(r.at)},
            {QStringLiteral("done"), r.done},
            {QStringLiteral("notes"), r.notes},
        });
    return array;
}

QByteArray json(const PostMortem &pm, bool followUps) {
    const Incident &incident = pm.incident;
    QJsonObject sections;
    for (int i = 0; i < SectionCount; ++i)
        sections.insert(sectionKey(static_cast<Section>(i)), incident.text(static_cast<Section>(i)));
    QJsonObject root{
        {QStringLiteral("format"), QStringLiteral("hindsight-postmortem")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("title"), incident.title},
        {QStringLiteral("date"), incident.date.toString(Qt::ISODate)},
        {QStringLiteral("status"), statusKey(incident.status)},
        {QStringLiteral("channel"), incident.channel},
        {QStringLiteral("channelLink"), incident.channelLink},
        {QStringLiteral("document"), incident.slug.isEmpty() ? QString() : incident.documentName()},
        {QStringLiteral("sections"), sections},
    };
    if (followUps) {
        root.insert(QStringLiteral("actions"), actionsJson(pm.actions));
        root.insert(QStringLiteral("reviews"), reviewsJson(pm.reviews));
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::unique_ptr<QTextDocument> textDocument(const PostMortem &pm, bool followUps) {
    auto doc = std::make_unique<QTextDocument>();
    doc->setUndoRedoEnabled(false); // nobody edits it; saves memory on 10 MB extracts
    doc->setMarkdown(markdown(pm, followUps), QTextDocument::MarkdownDialectGitHub);
    doc->setMetaInformation(QTextDocument::DocumentTitle, pm.incident.title); // setMarkdown() clears it
    adjustBlocks(*doc);
    return doc;
}

qreal mmToDevice(qreal mm, int dpi) {
    return mm / 25.4 * dpi;
}

void paintHeaderAndFooter(QPainter &painter, const QRectF &page, const QRectF &body, const QFont &font,
                          const QString &header, int pageNumber, int pageCount) {
    painter.save();
    painter.setFont(font);
    painter.setPen(QColor(0x55, 0x55, 0x55));
    const qreal gap = body.top() / 4;
    const QRectF headerBox(body.left(), 0, body.width(), body.top() - gap);
    painter.drawText(headerBox, Qt::AlignLeft | Qt::AlignBottom, header);
    painter.drawLine(QPointF(body.left(), body.top() - gap * 0.7),
                     QPointF(body.right(), body.top() - gap * 0.7));
    const QRectF footerBox(body.left(), body.bottom() + gap, body.width(),
                           page.height() - body.bottom() - gap);
    painter.drawText(footerBox, Qt::AlignHCenter | Qt::AlignTop,
                     tr("Page %1 of %2").arg(pageNumber).arg(pageCount));
    painter.restore();
}

// Paints the document page by page, like QTextDocument::print() does internally (one layout pass),
// but with our own header and footer on each page.
// `doc` is textDocument(pm, …); it is laid out for the page here.
bool paintPdf(const PostMortem &pm, QTextDocument *doc, QIODevice *device, const QPageSize &pageSize,
              QString *error) {
    const Incident &incident = pm.incident;
    QPdfWriter writer(device);
    writer.setTitle(incident.title);
    writer.setCreator(QStringLiteral("Hindsight"));
    writer.setPageSize(pageSize);
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);

    QPainter painter;
    if (!painter.begin(&writer))
        return fail(error, tr("The PDF could not be started."));

    const int dpi = writer.resolution();
    const QRectF page(0, 0, writer.width(), writer.height());
    const qreal side = mmToDevice(18, dpi);
    const qreal top = mmToDevice(20, dpi);
    const qreal bottom = mmToDevice(18, dpi);
    const QRectF body(side, top, page.width() - 2 * side, page.height() - top - bottom);

    QAbstractTextDocumentLayout *layout = doc->documentLayout();
    layout->setPaintDevice(&writer);
    doc->setDocumentMargin(0);
    doc->setPageSize(body.size());
    const int pageCount = doc->pageCount();

    // An incident read from a file but not stored yet has no slug, so no document name.
    const QString header = incident.slug.isEmpty() ? incident.title : incident.documentName();
    QFont headerFont = doc->defaultFont();
    headerFont.setPointSizeF(8);
    QAbstractTextDocumentLayout::PaintContext context;
    // The system palette may have light text (dark mode): paper is white.
    context.palette.setColor(QPalette::Text, Qt::black);
    for (int i = 0; i < pageCount; ++i) {
        if (i > 0)
            writer.newPage();
        painter.save();
        painter.translate(body.left(), body.top() - i * body.height());
        const QRectF view(0, i * body.height(), body.width(), body.height());
        painter.setClipRect(view);
        context.clip = view;
        layout->draw(&painter, context);
        painter.restore();
        paintHeaderAndFooter(painter, page, body, headerFont, header, i + 1, pageCount);
    }
    if (!painter.end())
        return fail(error, tr("The PDF could not be finished."));
    return true;
}

// Refuses early, with a sentence the user can act on, what QSaveFile would only report vaguely.
bool checkTarget(const QString &path, QString *error) {
    const QFileInfo target(path);
    if (target.isDir())
        return fail(error, tr("%1 is a folder; choose a file name.").arg(QDir::toNativeSeparators(path)));
    const QFileInfo folder(target.absolutePath());
    if (!folder.exists())
        return fail(error,
                    tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(folder.filePath())));
    if (!folder.isWritable())
        return fail(error,
                    tr("The folder %1 is not writable.").arg(QDir::toNativeSeparators(folder.filePath())));
    if (target.exists() && !target.isWritable())
        return fail(error, tr("The file %1 is read-only.").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool writeAtomically(const QString &path, QString *error, const std::function<bool(QSaveFile &)> &write) {
    if (!checkTarget(path, error))
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(error, tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    if (!write(file)) {
        file.cancelWriting();
        return false;
    }
    if (!file.commit())
        return fail(error, tr("Cannot save %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return true;
}

} // namespace

QString extension(Format f) {
    switch (f) {
    case Format::Markdown:
        return QStringLiteral("md");
    case Format::Html:
        return QStringLiteral("html");
    case Format::Pdf:
        return QStringLiteral("pdf");
    case Format::Json:
        return QStringLiteral("json");
    }
    return {};
}

std::optional<Format> formatFromKey(const QString &key) {
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("md") || k == QLatin1String("markdown"))
        return Format::Markdown;
    if (k == QLatin1String("html") || k == QLatin1String("htm"))
        return Format::Html;
    if (k == QLatin1String("pdf"))
        return Format::Pdf;
    if (k == QLatin1String("json"))
        return Format::Json;
    return std::nullopt;
}

QPageSize defaultPageSize() {
    return QPageSize(QLocale().measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter
                                                                                : QPageSize::A4);
}

namespace {

bool writePdf(const PostMortem &pm, bool followUps, const QString &path, QString *error,
              const QPageSize &pageSize) {
    return writeAtomically(path, error, [&](QSaveFile &file) {
        return paintPdf(pm, textDocument(pm, followUps).get(), &file, pageSize, error);
    });
}

bool exportTo(const PostMortem &pm, bool followUps, Format format, const QString &path, QString *error) {
    if (format == Format::Pdf)
        return writePdf(pm, followUps, path, error, defaultPageSize());
    return writeAtomically(path, error, [&](QSaveFile &file) {
        QByteArray bytes;
        switch (format) {
        case Format::Markdown:
            bytes = markdown(pm, followUps).toUtf8();
            break;
        case Format::Html:
            bytes = textDocument(pm, followUps)->toHtml().toUtf8();
            break;
        case Format::Json:
            bytes = json(pm, followUps);
            break;
        case Format::Pdf:
            break;
        }
        if (file.write(bytes) != bytes.size())
            return fail(error,
                        tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return true;
    });
}

} // namespace

QString toMarkdown(const PostMortem &pm) {
    return markdown(pm, true);
}
QString toHtml(const PostMortem &pm) {
    return textDocument(pm, true)->toHtml();
}
QByteArray toJson(const PostMortem &pm) {
    return json(pm, true);
}
std::unique_ptr<QTextDocument> toTextDocument(const PostMortem &pm) {
    return textDocument(pm, true);
}
bool writePdf(const PostMortem &pm, const QString &path, QString *error, const QPageSize &pageSize) {
    return writePdf(pm, true, path, error, pageSize);
}
bool toHtmlAndPdf(const PostMortem &pm, QString *html, QByteArray *pdf, QString *error,
                  const QPageSize &pageSize) {
    // One laid-out document for both: building it (Markdown import) is a third of the PDF's cost.
    const std::unique_ptr<QTextDocument> doc = textDocument(pm, true);
    *html = doc->toHtml();
    QBuffer buffer(pdf);
    if (!buffer.open(QIODevice::WriteOnly))
        return fail(error, tr("The PDF could not be started."));
    return paintPdf(pm, doc.get(), &buffer, pageSize, error);
}
bool exportTo(const PostMortem &pm, Format format, const QString &path, QString *error) {
    return exportTo(pm, true, format, path, error);
}

QString toMarkdown(const Incident &incident) {
    return markdown(PostMortem{incident, {}, {}}, false);
}
QString toHtml(const Incident &incident) {
    return textDocument(PostMortem{incident, {}, {}}, false)->toHtml();
}
QByteArray toJson(const Incident &incident) {
    return json(PostMortem{incident, {}, {}}, false);
}
std::unique_ptr<QTextDocument> toTextDocument(const Incident &incident) {
    return textDocument(PostMortem{incident, {}, {}}, false);
}
bool writePdf(const Incident &incident, const QString &path, QString *error, const QPageSize &pageSize) {
    return writePdf(PostMortem{incident, {}, {}}, false, path, error, pageSize);
}
bool exportTo(const Incident &incident, Format format, const QString &path, QString *error) {
    return exportTo(PostMortem{incident, {}, {}}, false, format, path, error);
}

} // namespace hs::renderer
