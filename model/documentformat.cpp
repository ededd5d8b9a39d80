#include "documentformat.h"

#include <array>
#include <QCoreApplication>
#include <QRegularExpression>

namespace hs::docformat {

namespace {

constexpr std::array<const char *, MetaCount> kMetaLabels{
    QT_TRANSLATE_NOOP("hs::Document", "Date"), QT_TRANSLATE_NOOP("hs::Document", "Status"),
    QT_TRANSLATE_NOOP("hs::Document", "Channel"), QT_TRANSLATE_NOOP("hs::Document", "Channel link"),
    QT_TRANSLATE_NOOP("hs::Document", "Document")};

// Asterisks, not underscores: Qt's Markdown reader underlines _text_. Both spellings read back as empty.
const char *const kPlaceholder = QT_TRANSLATE_NOOP("hs::Document", "*Not written yet.*");
const char *const kPlaceholderUnderscored = "_Not written yet._";

// Short names people use for the seed's headings in hand-written documents, besides the keys.
struct Alias {
    Section section;
    const char *text;
};
constexpr std::array<Alias, 6> kAliases{{
    {Section::Cause, "What happened"},
    {Section::Cause, "Root cause"},
    {Section::Resolution, "Solution"},
    {Section::Extract, "Channel"},
    {Section::Extract, "Extract of the channel"},
    {Section::Prevention, "Prevented"},
}};

constexpr std::array<const char *, PartCount> kPartLabels{QT_TRANSLATE_NOOP("hs::Document", "Actions"),
                                                          QT_TRANSLATE_NOOP("hs::Document", "Reviews")};

struct PartAlias {
    Part part;
    const char *text;
};
constexpr std::array<PartAlias, 5> kPartAliases{{
    {Part::Actions, "Action items"},
    {Part::Actions, "Follow-up actions"},
    {Part::Actions, "Follow-ups"},
    {Part::Reviews, "Review dates"},
    {Part::Reviews, "Follow-up reviews"},
}};

// How an em dash is written in a title, where " — " ends the title.
const QString kDashEntity = QStringLiteral("&#8212;");

bool isBlank(const QString &line) {
    return line.trimmed().isEmpty();
}

QString withoutLeadingBackslashes(const QString &line) {
    qsizetype i = 0;
    while (i < line.size() && line.at(i) == QLatin1Char('\\'))
        ++i;
    return line.mid(i);
}

// CommonMark lets a block start after up to three spaces.
qsizetype indentOf(const QString &line) {
    qsizetype i = 0;
    while (i < line.size() && i < 4 && line.at(i) == QLatin1Char(' '))
        ++i;
    return i;
}

} // namespace

QString metaLabel(Meta m) {
    return QCoreApplication::translate("hs::Document", kMetaLabels[int(m)]);
}
QString metaEnglishLabel(Meta m) {
    return QString::fromLatin1(kMetaLabels[int(m)]);
}

std::optional<Meta> metaFromLabel(const QString &label) {
    const QString l = label.trimmed();
    for (int i = 0; i < MetaCount; ++i) {
        const auto m = static_cast<Meta>(i);
        if (l.compare(metaEnglishLabel(m), Qt::CaseInsensitive) == 0 ||
            l.compare(metaLabel(m), Qt::CaseInsensitive) == 0)
            return m;
    }
    return std::nullopt;
}

QString placeholder() {
    return QCoreApplication::translate("hs::Document", kPlaceholder);
}

bool isPlaceholder(const QString &body) {
    const QString b = body.trimmed();
    return b == QLatin1String(kPlaceholder) || b == QLatin1String(kPlaceholderUnderscored) ||
           b == placeholder();
}

namespace {

// The text of a "## Heading" line without its colon; empty when the line is no such heading.
QString level2HeadingText(const QString &line) {
    const qsizetype indent = indentOf(line);
    if (indent > 3 || !line.mid(indent).startsWith(QLatin1String("##")))
        return {};
    const qsizetype after = indent + 2;
    if (after >= line.size() || (line.at(after) != QLatin1Char(' ') && line.at(after) != QLatin1Char('\t')))
        return {};
    QString text = line.mid(after).trimmed();
    if (text.endsWith(QLatin1Char(':')))
        text.chop(1);
    return text;
}

} // namespace

QString partLabel(Part p) {
    return QCoreApplication::translate("hs::Document", kPartLabels[int(p)]);
}
QString partEnglishLabel(Part p) {
    return QString::fromLatin1(kPartLabels[int(p)]);
}

std::optional<Part> partOfHeading(const QString &line) {
    const QString text = level2HeadingText(line);
    if (text.isEmpty())
        return std::nullopt;
    for (int i = 0; i < PartCount; ++i) {
        const auto p = static_cast<Part>(i);
        if (text.compare(partEnglishLabel(p), Qt::CaseInsensitive) == 0 ||
            text.compare(partLabel(p), Qt::CaseInsensitive) == 0)
            return p;
    }
    for (const PartAlias &a : kPartAliases)
        if (text.compare(QLatin1String(a.text), Qt::CaseInsensitive) == 0)
            return a.part;
    return std::nullopt;
}

bool isDocumentHeading(const QString &line) {
    return sectionOfHeading(line) || partOfHeading(line);
}

std::optional<Section> sectionOfHeading(const QString &line) {
    const QString text = level2HeadingText(line);
    if (text.isEmpty())
        return std::nullopt;
    for (int i = 0; i < SectionCount; ++i) {
        const auto s = static_cast<Section>(i);
        if (text.compare(sectionEnglishLabel(s), Qt::CaseInsensitive) == 0 ||
            text.compare(sectionLabel(s), Qt::CaseInsensitive) == 0 ||
            text.compare(sectionKey(s), Qt::CaseInsensitive) == 0)
            return s;
    }
    for (const Alias &a : kAliases)
        if (text.compare(QLatin1String(a.text), Qt::CaseInsensitive) == 0)
            return a.section;
    return std::nullopt;
}

QString normalizedText(const QString &text) {
    QString t = text;
    t.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    t.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    QStringList lines = t.split(QLatin1Char('\n'));
    while (!lines.isEmpty() && isBlank(lines.constFirst()))
        lines.removeFirst();
    while (!lines.isEmpty() && isBlank(lines.constLast()))
        lines.removeLast();
    return lines.join(QLatin1Char('\n'));
}

QString escapeLine(const QString &line) {
    const QChar first = line.isEmpty() ? QChar() : line.at(0);
    if (first != QLatin1Char('\\') && first != QLatin1Char('#') && first != QLatin1Char(' ') &&
        !isPlaceholder(line))
        return line; // the common case, kept cheap for 10k-line sections
    const QString bare = withoutLeadingBackslashes(line);
    if (isDocumentHeading(bare) || isPlaceholder(bare))
        return QLatin1Char('\\') + line;
    return line;
}

QString unescapeLine(const QString &line) {
    if (!line.startsWith(QLatin1Char('\\')))
        return line;
    const QString bare = withoutLeadingBackslashes(line);
    if (isDocumentHeading(bare) || isPlaceholder(bare))
        return line.mid(1);
    return line;
}

QString fenceFor(const QString &content) {
    int longest = 0;
    int run = 0;
    for (const QChar c : content) {
        run = c == QLatin1Char('`') ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    return QString(std::max(3, longest + 1), QLatin1Char('`'));
}

QString openingFence(const QString &line) {
    const qsizetype indent = indentOf(line);
    if (indent > 3 || indent >= line.size())
        return {};
    const QChar c = line.at(indent);
    if (c != QLatin1Char('`') && c != QLatin1Char('~'))
        return {};
    qsizetype end = indent;
    while (end < line.size() && line.at(end) == c)
        ++end;
    if (end - indent < 3)
        return {};
    // A backtick fence's info string may not contain backticks.
    if (c == QLatin1Char('`') && line.indexOf(c, end) >= 0)
        return {};
    return line.mid(indent, end - indent);
}

bool closesFence(const QString &line, const QString &fence) {
    const qsizetype indent = indentOf(line);
    if (indent > 3 || fence.isEmpty())
        return false;
    const QString rest = line.mid(indent).trimmed();
    return rest.size() >= fence.size() && rest.count(fence.at(0)) == rest.size();
}

QString escapeInline(const QString &text, Inline where) {
    static const QRegularExpression entity(QStringLiteral("^&#?[A-Za-z0-9]+;"));
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QChar(0x2014) && where == Inline::Title) {
            out += kDashEntity;
            continue;
        }
        const bool special = QStringView(u"\\`*_[]<>~").contains(c) ||
                             (c == QLatin1Char(',') && where == Inline::Field) ||
                             (c == QLatin1Char('&') && entity.match(text.mid(i)).hasMatch());
        if (special)
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

QString unescapeInline(const QString &text) {
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        // CommonMark: a backslash escapes any ASCII punctuation character.
        if (c == QLatin1Char('\\') && i + 1 < text.size() &&
            QStringView(u"!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~").contains(text.at(i + 1))) {
            out += text.at(++i);
        } else if (c == QLatin1Char('&') && (text.mid(i, kDashEntity.size()) == kDashEntity)) {
            out += QChar(0x2014);
            i += kDashEntity.size() - 1;
        } else if (c == QLatin1Char('&') && text.mid(i, 7) == QLatin1String("&mdash;")) {
            out += QChar(0x2014);
            i += 6;
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace hs::docformat
