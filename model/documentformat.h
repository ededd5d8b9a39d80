#pragma once

#include "incident.h"

#include <optional>
#include <QString>
#include <QStringList>

// The Markdown layout shared by the renderer and the importer. Both sides use these helpers so that
// what one writes the other reads back exactly (export → import → export is byte-identical).
namespace hs::docformat {

// The metadata lines written under the title: "- **Date:** 2026-11-24".
enum class Meta { Date, Status, Channel, Link, Document };
inline constexpr int MetaCount = 5;

QString metaLabel(Meta m);        // translated
QString metaEnglishLabel(Meta m); // accepted on import in every language
std::optional<Meta> metaFromLabel(const QString &label);

QString placeholder(); // "_Not written yet._", translated; stands for an empty section
bool isPlaceholder(const QString &body);

// The section a "## Heading" line starts (English or translated label, its key, or a short alias),
// or nullopt when the line is not such a heading.
std::optional<Section> sectionOfHeading(const QString &line);

// The parts after the seed's sections: the follow-up actions and their reviews ("## Actions").
enum class Part { Actions, Reviews };
inline constexpr int PartCount = 2;
QString partLabel(Part p);        // translated heading
QString partEnglishLabel(Part p); // accepted on import in every language
// The part a "## Heading" line starts (English or translated label, or a short alias), or nullopt.
std::optional<Part> partOfHeading(const QString &line);
// Either kind of "## " heading that the importer splits the document at.
bool isDocumentHeading(const QString &line);

// Text as it is written into the document: LF line endings, no leading or trailing blank lines.
QString normalizedText(const QString &text);

// A body line that the importer would take for a section or part heading (or the placeholder) gets one more
// leading backslash; unescapeLine() removes it again. Other lines are unchanged.
QString escapeLine(const QString &line);
QString unescapeLine(const QString &line);

// The fence for a code block: backticks, one more than the longest run inside, at least three.
QString fenceFor(const QString &content);
// When `line` opens a fenced code block (``` or ~~~), the fence; otherwise an empty string.
QString openingFence(const QString &line);
// True when `line` closes the block that `fence` opened.
bool closesFence(const QString &line, const QString &fence);

// Inline text as written into a list item: Markdown punctuation backslash-escaped (it shows as typed),
// plus "," in field values and "—" (as "&#8212;") in titles, where they would end the value.
// unescapeInline() reverses both.
enum class Inline { Title, Field };
QString escapeInline(const QString &text, Inline where);
QString unescapeInline(const QString &text);

} // namespace hs::docformat
