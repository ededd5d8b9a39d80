#pragma once

#include "incident.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace hs::importer {

// Reads a post-mortem written in Markdown with the same headings the renderer writes (in English or
// the current language). Returns nullopt with the reason when the text is not a post-mortem.
std::optional<Incident> fromMarkdown(const QString &markdown, QString *error);
// Reads the JSON export. Rejects other JSON with the reason.
std::optional<Incident> fromJson(const QByteArray &json, QString *error);
// Picks the reader from the file's content and extension; files over 64 MB are refused.
std::optional<Incident> fromFile(const QString &path, QString *error);

} // namespace hs::importer
