#include "sharefiles.h"

#include "sha256.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>

namespace hs::sharefiles {

namespace {

constexpr int kMaxBase = 120;

QString tr(const char *text) {
    return QCoreApplication::translate("hs::sharefiles", text);
}

QString htmlEscaped(const QString &text) {
    return text.toHtmlEscaped();
}

// Markdown link text: brackets and backslashes would end or break the link.
QString markdownText(const QString &text) {
    QString out;
    for (QChar c : text) {
        if (QStringLiteral("\\[]*_`<>").contains(c))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

} // namespace

QString safeBase(const QString &documentName) {
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]+"));
    static const QRegularExpression dots(QStringLiteral("\\.{2,}"));
    static const QRegularExpression device(QStringLiteral("^(CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])(\\..*)?$"),
                                           QRegularExpression::CaseInsensitiveOption);
    QString base = documentName;
    base.replace(unsafe, QStringLiteral("_"));
    base.replace(dots, QStringLiteral("_"));
    while (base.startsWith(QLatin1Char('.')) || base.startsWith(QLatin1Char('-')))
        base.remove(0, 1);
    while (base.endsWith(QLatin1Char('.')))
        base.chop(1);
    if (base.isEmpty())
        base = QStringLiteral("postmortem");
    if (device.match(base).hasMatch())
        base.prepend(QLatin1Char('_'));
    if (base.size() > kMaxBase) {
        const QString hash = QString::fromLatin1(Sha256::hex(documentName.toUtf8()).left(12));
        base = base.left(kMaxBase - hash.size() - 1) + QLatin1Char('-') + hash;
    }
    return base;
}

QList<File> documentFiles(const ShareDocument &doc) {
    const QString base = safeBase(doc.documentName);
    QList<File> files{{base + QStringLiteral(".md"), doc.markdown.toUtf8(), doc.markdownHash},
                      {base + QStringLiteral(".html"), doc.html.toUtf8(), doc.htmlHash}};
    if (!doc.pdf.isEmpty())
        files.append({base + QStringLiteral(".pdf"), doc.pdf, doc.pdfHash});
    return files;
}

QByteArray hashOf(const File &file) {
    return file.hash.isEmpty() ? Sha256::hex(file.bytes) : file.hash;
}

QString conflictName(const QString &fileName, const QDateTime &at) {
    const qsizetype dot = fileName.lastIndexOf(QLatin1Char('.'));
    const QString stem = dot > 0 ? fileName.left(dot) : fileName;
    const QString ext = dot > 0 ? fileName.mid(dot) : QString();
    return stem + QStringLiteral(".conflict-") + at.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss")) + ext;
}

QList<File> indexFiles(const QList<ShareIndexEntry> &entries) {
    const QString heading = tr("Post-mortems");
    QString md = QStringLiteral("# ") + heading + QStringLiteral("\n\n");
    QString html = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>") +
                   htmlEscaped(heading) + QStringLiteral("</title></head>\n<body>\n<h1>") +
                   htmlEscaped(heading) + QStringLiteral("</h1>\n<ul>\n");
    for (const ShareIndexEntry &e : entries) {
        const QString base = safeBase(e.documentName);
        const QString day = e.date.toString(Qt::ISODate);
        md += QStringLiteral("- %1 [%2](%3.html) ([Markdown](%3.md), [PDF](%3.pdf))")
                  .arg(day, markdownText(e.title), base);
        if (!e.cause.isEmpty())
            md += QStringLiteral(": ") + markdownText(e.cause);
        md += QLatin1Char('\n');
        html += QStringLiteral("<li>%1 <a href=\"%2.html\">%3</a> (<a href=\"%2.md\">Markdown</a>, "
                               "<a href=\"%2.pdf\">PDF</a>)")
                    .arg(day, base, htmlEscaped(e.title));
        if (!e.cause.isEmpty())
            html += QStringLiteral(": ") + htmlEscaped(e.cause);
        html += QStringLiteral("</li>\n");
    }
    if (entries.isEmpty())
        md += tr("Nothing shared yet.") + QLatin1Char('\n');
    html += QStringLiteral("</ul>\n</body></html>\n");
    return {{QStringLiteral("index.md"), md.toUtf8(), {}}, {QStringLiteral("index.html"), html.toUtf8(), {}}};
}

QJsonObject fileState(const RemoteState &state, const QString &name) {
    return state.value(QLatin1String("files")).toObject().value(name).toObject();
}

void setFileState(RemoteState &state, const QString &name, const QByteArray &hash, const QByteArray &etag) {
    QJsonObject files = state.value(QLatin1String("files")).toObject();
    QJsonObject file{{QStringLiteral("hash"), QString::fromLatin1(hash)}};
    if (!etag.isEmpty())
        file.insert(QStringLiteral("etag"), QString::fromLatin1(etag));
    files.insert(name, file);
    state.insert(QStringLiteral("files"), files);
}

} // namespace hs::sharefiles
