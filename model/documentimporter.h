#pragma once

#include "incident.h"
#include "postmortem.h"

#include <optional>
#include <QByteArray>
#include <QString>

namespace hs::importer {

// Reads a post-mortem written in Markdown with the same headings the renderer writes (in English or
// the current language), with its "## Actions" and "## Reviews" when it has them (a document without
// them has no actions). Returns nullopt with the reason when the text is not a post-mortem, or when an
// action or review in it cannot be read. Store the result with insertPostMortem().
std::optional<PostMortem> readMarkdown(const QString &markdown, QString *error);
// Reads the JSON export ("actions" and "reviews" are optional). Rejects other JSON with the reason.
std::optional<PostMortem> readJson(const QByteArray &json, QString *error);
// Picks the reader from the file's content and extension; files over 64 MB are refused.
std::optional<PostMortem> readFile(const QString &path, QString *error);

// The same, keeping only the incident (for callers without the action and review stores).
std::optional<Incident> fromMarkdown(const QString &markdown, QString *error);
std::optional<Incident> fromJson(const QByteArray &json, QString *error);
std::optional<Incident> fromFile(const QString &path, QString *error);

} // namespace hs::importer
