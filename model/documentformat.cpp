#include "documentformat.h"

#include <array>
#include <QCoreApplication>

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

std::optional<Section> sectionOfHeading(const QString &line) {
    const qsizetype indent = indentOf(line);
    if (indent > 3 || !line.mid(indent).startsWith(QLatin1String("##")))
        return std::nullopt;
    const qsizetype after = indent + 2;
    if (after >= line.size() || (line.at(after) != QLatin1Char(' ') && line.at(after) != QLatin1Char('\t')))
        return std::nullopt;
    QString text = line.mid(after).trimmed();
    if (text.endsWith(QLatin1Char(':')))
        text.chop(1);
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
    if (sectionOfHeading(bare) || isPlaceholder(bare))
        return QLatin1Char('\\') + line;
    return line;
}

QString unescapeLine(const QString &line) {
    if (!line.startsWith(QLatin1Char('\\')))
        return line;
    const QString bare = withoutLeadingBackslashes(line);
    if (sectionOfHeading(bare) || isPlaceholder(bare))
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

} // namespace hs::docformat
