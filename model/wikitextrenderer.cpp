#include "wikitextrenderer.h"

#include "documentformat.h"
#include "reviewstore.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace hs::wikitext {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("hs::wikitext", text);
}

// Characters that are markup anywhere in a line. "'" makes bold/italic, "~~~" a signature, "{{" a
// template, "[" a link, "|" a table cell, "<" a tag, "&" an entity.
QString entityFor(QChar c) {
    switch (c.unicode()) {
    case '&':
        return QStringLiteral("&amp;");
    case '<':
        return QStringLiteral("&lt;");
    case '>':
        return QStringLiteral("&gt;");
    case '[':
        return QStringLiteral("&#91;");
    case ']':
        return QStringLiteral("&#93;");
    case '{':
        return QStringLiteral("&#123;");
    case '}':
        return QStringLiteral("&#125;");
    case '|':
        return QStringLiteral("&#124;");
    case '\'':
        return QStringLiteral("&#39;");
    case '~':
        return QStringLiteral("&#126;");
    default:
        return {};
    }
}

// Characters that are markup at the start of a line: lists, definitions, headings, rules, tables and
// the leading space that makes a preformatted line.
bool isLineMarkup(QChar c) {
    return QStringView(u"*#:;=-! \t").contains(c);
}

const QRegularExpression &urlPattern() {
    // A Markdown link [label](url) or a bare URL, as MediaWiki would recognise it.
    static const QRegularExpression re(QStringLiteral(
        R"(\[([^\]\n]*)\]\(((?:https?://|mailto:)[^\s()]+)\)|((?:https?|ftp)://[^\s<>\[\]"]+))"));
    return re;
}

// Plain text, no URLs in it.
QString escapeText(const QString &text, bool atLineStart);

QString escapePlain(const QString &text) {
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const QString entity = entityFor(c);
        if (!entity.isEmpty())
            out += entity;
        else if (c == QLatin1Char('_') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('_'))
            out += QLatin1String("&#95;"); // "__TOC__" and friends are magic words
        else
            out += c;
    }
    return out;
}

// A URL as MediaWiki takes it inside a link: characters that would end the link or be read as markup
// on the way (quotes are parsed before external links) are percent-encoded, which keeps the address.
QString safeUrl(const QString &url) {
    QString out;
    for (const QChar c : url) {
        if (QStringView(u" \t\"'<>[]{}|~").contains(c) || c.unicode() < 0x20)
            out += QLatin1Char('%') +
                   QString::number(c.unicode(), 16).toUpper().rightJustified(2, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

bool isLinkable(const QString &url) {
    const QUrl u(url, QUrl::TolerantMode);
    const QString scheme = u.scheme().toLower();
    if (scheme == QLatin1String("mailto"))
        return u.isValid() && !u.path().isEmpty();
    return u.isValid() && (scheme == QLatin1String("http") || scheme == QLatin1String("https")) &&
           !u.host().isEmpty();
}

QString bold(const QString &label) {
    return QLatin1String("'''") + label + QLatin1String(":'''");
}

// The lines of a section as wiki paragraphs, lists, sub-headings and <pre> blocks.
QString sectionBody(const QString &text) {
    static const QRegularExpression bullet(QStringLiteral(R"(^(\s*)[-*+]\s+(.*)$)"));
    static const QRegularExpression numbered(QStringLiteral(R"(^(\s*)\d{1,9}[.)]\s+(.*)$)"));
    static const QRegularExpression heading(QStringLiteral(R"(^(#{1,6})\s+(.*?)\s*#*\s*$)"));
    QStringList out;
    QString fence;
    QStringList code;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (!fence.isEmpty()) {
            if (docformat::closesFence(line, fence)) {
                out << QLatin1String("<pre>") + escapePre(code.join(QLatin1Char('\n'))) +
                           QLatin1String("</pre>");
                fence.clear();
                code.clear();
            } else {
                code << line;
            }
            continue;
        }
        if (const QString opening = docformat::openingFence(line); !opening.isEmpty()) {
            fence = opening;
            continue;
        }
        QRegularExpressionMatch m;
        if ((m = bullet.match(line)).hasMatch() || (m = numbered.match(line)).hasMatch()) {
            const bool isBullet = m.regularExpression() == bullet;
            const int depth = 1 + static_cast<int>(m.captured(1).size()) / 2;
            out << QString(depth, isBullet ? QLatin1Char('*') : QLatin1Char('#')) + QLatin1Char(' ') +
                       escapeInline(m.captured(2));
        } else if ((m = heading.match(line)).hasMatch()) {
            // Below the section's own "==" level.
            const QString marks(std::max<qsizetype>(3, m.captured(1).size()), QLatin1Char('='));
            out << marks + QLatin1Char(' ') + escapeInline(m.captured(2)) + QLatin1Char(' ') + marks;
        } else {
            out << escapeInline(line.trimmed());
        }
    }
    if (!fence.isEmpty()) // an unclosed fence keeps its text, as Markdown does
        out << QLatin1String("<pre>") + escapePre(code.join(QLatin1Char('\n'))) + QLatin1String("</pre>");
    return out.join(QLatin1Char('\n'));
}

// Text inside a table cell or list item: one line, newlines as <br />.
QString oneLine(const QString &text) {
    QStringList lines = docformat::normalizedText(text).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (QString &line : lines)
        line = escapeInline(line.trimmed());
    return lines.join(QLatin1String("<br />"));
}

QString actionsTable(const QList<Action> &actions) {
    if (actions.isEmpty())
        return QLatin1String("''") + tr("No actions.") + QLatin1String("''");
    QStringList t;
    t << QStringLiteral("{| class=\"wikitable sortable\"");
    t << QLatin1String("! ") + QStringList{tr("Bucket"), tr("Action"), tr("Team"),   tr("Owner"),
                                           tr("Due"),    tr("Status"), tr("Tracker")}
                                   .join(QLatin1String(" !! "));
    for (const Action &a : actions) {
        QString title = oneLine(a.title);
        if (a.status == ActionStatus::Dropped)
            title = QLatin1String("<s>") + title + QLatin1String("</s>");
        if (!a.notes.trimmed().isEmpty())
            title += QLatin1String("<br /><small>") + oneLine(a.notes) + QLatin1String("</small>");
        QString status = escapeInline(actionStatusLabel(a.status));
        if (a.status == ActionStatus::Dropped && !a.dropReason.isEmpty())
            status += QLatin1String(": ") + oneLine(a.dropReason);
        t << QStringLiteral("|-");
        // One cell per line: a cell that starts with "-" or "+" can't be taken for a row or caption.
        for (const QString &cell :
             {escapeInline(bucketLabel(a.bucket)), title, oneLine(a.team), oneLine(a.owner),
              a.due.isValid() ? a.due.toString(Qt::ISODate) : QString(), status,
              a.link.isEmpty() ? QString() : externalLink(a.link, a.link)})
            t << QLatin1String("| ") + cell;
    }
    t << QStringLiteral("|}");
    return t.join(QLatin1Char('\n'));
}

QString reviewsList(const QList<Review> &reviews) {
    if (reviews.isEmpty())
        return QLatin1String("''") + tr("No reviews.") + QLatin1String("''");
    QStringList lines;
    for (const Review &r : reviews) {
        QString line = QLatin1String("* ") + bold(escapeInline(reviewKindLabel(r.kind))) + QLatin1Char(' ') +
                       escapeText(r.at.toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QLatin1String(" (") +
                                      reviewZoneId(r.at) + QLatin1Char(')'),
                                  false) +
                       QLatin1String(" — ") + (r.done ? tr("done") : tr("open"));
        if (!r.notes.trimmed().isEmpty())
            line += QLatin1String(" — ") + oneLine(r.notes);
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

// A name usable inside [[Media:…]] and [[Category:…]]: MediaWiki titles cannot hold these.
bool isSafeTitle(const QString &name) {
    static const QRegularExpression bad(QStringLiteral(R"([\[\]{}|#<>\n%]|^\s*$)"));
    return !name.contains(bad);
}

// Inline text; `atLineStart`: it starts a line, where more characters are markup.
QString escapeText(const QString &text, bool atLineStart) {
    QString out;
    qsizetype pos = 0;
    auto it = urlPattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += escapePlain(text.mid(pos, m.capturedStart() - pos));
        if (m.hasCaptured(2) && !m.captured(2).isEmpty()) { // [label](url)
            out += externalLink(m.captured(2), m.captured(1).isEmpty() ? m.captured(2) : m.captured(1));
            pos = m.capturedEnd();
        } else {
            // Trailing punctuation ends the sentence, not the URL (MediaWiki does the same).
            QString url = m.captured(3);
            qsizetype keep = url.size();
            while (keep > 0 && QStringView(u".,;:!?)").contains(url.at(keep - 1)))
                --keep;
            url.truncate(keep);
            out += safeUrl(url);
            pos = m.capturedStart() + keep;
        }
    }
    out += escapePlain(text.mid(pos));
    if (atLineStart && !text.isEmpty() && isLineMarkup(text.at(0)) && !out.startsWith(QLatin1Char('&')))
        out.replace(0, 1, QStringLiteral("&#%1;").arg(text.at(0).unicode()));
    return out;
}

} // namespace

QString escapeInline(const QString &text) {
    return escapeText(text, true);
}

QString escapePre(const QString &text) {
    QString out;
    out.reserve(text.size() + text.size() / 16);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '&':
            out += QLatin1String("&amp;");
            break;
        case '<':
            out += QLatin1String("&lt;");
            break;
        case '>':
            out += QLatin1String("&gt;");
            break;
        case '{':
            out += QLatin1String("&#123;");
            break;
        case '}':
            out += QLatin1String("&#125;");
            break;
        case '~':
            out += QLatin1String("&#126;");
            break;
        case '\r':
            break;
        default:
            out += c;
        }
    }
    return out;
}

QString externalLink(const QString &url, const QString &label) {
    if (!isLinkable(url))
        return escapePlain(label);
    QString shown = escapePlain(label.simplified());
    if (shown.isEmpty())
        shown = escapePlain(url);
    return QLatin1Char('[') + safeUrl(url) + QLatin1Char(' ') + shown + QLatin1Char(']');
}

QString toWikitext(const PostMortem &pm, const WikiPageOptions &options) {
    using docformat::Meta;
    const Incident &incident = pm.incident;
    QStringList out;
    QStringList meta;
    meta << QLatin1String("* ") + bold(escapeInline(docformat::metaLabel(Meta::Date))) + QLatin1Char(' ') +
                incident.date.toString(Qt::ISODate);
    meta << QLatin1String("* ") + bold(escapeInline(docformat::metaLabel(Meta::Status))) + QLatin1Char(' ') +
                escapeText(statusLabel(incident.status), false);
    if (!incident.channel.isEmpty()) {
        const QString channel = incident.channelLink.isEmpty()
                                    ? escapeText(incident.channel, false)
                                    : externalLink(incident.channelLink, incident.channel);
        meta << QLatin1String("* ") + bold(escapeInline(docformat::metaLabel(Meta::Channel))) +
                    QLatin1Char(' ') + channel;
    }
    if (!incident.slug.isEmpty())
        meta << QLatin1String("* ") + bold(escapeInline(docformat::metaLabel(Meta::Document))) +
                    QLatin1String(" <code>") + escapeText(incident.documentName(), false) +
                    QLatin1String("</code>");
    if (!options.pdfFileName.isEmpty() && isSafeTitle(options.pdfFileName))
        meta << QLatin1String("* ") + bold(QStringLiteral("PDF")) + QLatin1String(" [[Media:") +
                    options.pdfFileName + QLatin1Char('|') + escapeText(options.pdfFileName, false) +
                    QLatin1String("]]");
    out << meta.join(QLatin1Char('\n'));

    for (int i = 0; i < SectionCount; ++i) {
        const auto section = static_cast<Section>(i);
        out << QLatin1String("== ") + escapeInline(sectionLabel(section)) + QLatin1String(" ==");
        const QString text = docformat::normalizedText(incident.text(section));
        if (text.isEmpty())
            out << QLatin1String("''") + tr("Not written yet.") + QLatin1String("''");
        else if (section == Section::Extract)
            out << QLatin1String("<pre>") + escapePre(text) + QLatin1String("</pre>");
        else
            out << sectionBody(text);
    }
    out << QLatin1String("== ") + escapeInline(docformat::partLabel(docformat::Part::Actions)) +
               QLatin1String(" ==");
    out << actionsTable(pm.actions);
    out << QLatin1String("== ") + escapeInline(docformat::partLabel(docformat::Part::Reviews)) +
               QLatin1String(" ==");
    out << reviewsList(pm.reviews);
    if (!options.category.isEmpty() && isSafeTitle(options.category))
        out << QLatin1String("[[Category:") + options.category + QLatin1String("]]");
    return out.join(QLatin1String("\n\n"));
}

} // namespace hs::wikitext
