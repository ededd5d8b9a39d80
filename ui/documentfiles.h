#pragma once

#include "documentrenderer.h"
#include "incident.h"

#include <optional>

class QWidget;

namespace hs {

class ActionStore;
class IncidentStore;
class ReviewStore;

// Export and import from the UI: the file dialogs, the remembered folders and the error messages
// around the model's renderer and importer.
namespace documentfiles {

// Asks where to write `<documentName>.<ext>` (in the last export folder) and writes it, with the
// incident's actions and reviews when the stores are given.
// Returns the path written, or an empty string when cancelled or failed (the user was told why).
QString exportIncident(QWidget *parent, const Incident &incident, renderer::Format format,
                       const ActionStore *actions = nullptr, const ReviewStore *reviews = nullptr);
// Asks for a Markdown or JSON post-mortem and stores it (its actions and reviews too when the stores
// are given); the id of the new incident.
std::optional<qint64> importIncident(QWidget *parent, IncidentStore &store, ActionStore *actions = nullptr,
                                     ReviewStore *reviews = nullptr);

QString formatName(renderer::Format format); // "Markdown", "PDF", … (translated)

} // namespace documentfiles
} // namespace hs
