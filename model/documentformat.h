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

// Text as it is written into the document: LF line endings, no leading or trailing blank lines.
QString normalizedText(const QString &text);

// A body line that the importer would take for a section heading (or the placeholder) gets one more
// leading backslash; unescapeLine() removes it again. Other lines are unchanged.
QString escapeLine(const QString &line);
QString unescapeLine(const QString &line);

// The fence for a code block: backticks, one more than the longest run inside, at least three.
QString fenceFor(const QString &content);
// When `line` opens a fenced code block (``` or ~~~), the fence; otherwise an empty string.
QString openingFence(const QString &line);
// True when `line` closes the block that `fence` opened.
bool closesFence(const QString &line, const QString &fence);

} // namespace hs::docformat
