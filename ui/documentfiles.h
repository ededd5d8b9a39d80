#pragma once

#include "documentrenderer.h"
#include "incident.h"

#include <optional>

class QWidget;

namespace hs {

class IncidentStore;

// Export and import from the UI: the file dialogs, the remembered folders and the error messages
// around the model's renderer and importer.
namespace documentfiles {

// Asks where to write `<documentName>.<ext>` (in the last export folder) and writes it.
// Returns the path written, or an empty string when cancelled or failed (the user was told why).
QString exportIncident(QWidget *parent, const Incident &incident, renderer::Format format);
// Asks for a Markdown or JSON post-mortem and stores it; the id of the new incident.
std::optional<qint64> importIncident(QWidget *parent, IncidentStore &store);

QString formatName(renderer::Format format); // "Markdown", "PDF", … (translated)

} // namespace documentfiles
} // namespace hs
