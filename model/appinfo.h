#pragma once

class QCoreApplication;

namespace hs {

// Names the application (settings and data folders) and installs the translators for the system
// locale. Both the GUI and the CLI call it right after constructing their application object.
void initApplication(QCoreApplication &app);

} // namespace hs
