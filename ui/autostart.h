#pragma once

#include <QString>

namespace hs::autostart {

// "Start Hindsight at login" as an XDG autostart entry: $XDG_CONFIG_HOME/autostart/<app id>.desktop
// (~/.config when XDG_CONFIG_HOME is unset or not absolute). The file is the app's own switch: it
// exists while the option is on. No widgets here, so tests can run it without a display.

// The desktop file id, "io.github.hindsight.Hindsight" (the same as the installed launcher).
QString appId();
QString entryPath();
// The entry's text: a launcher for `executable` (quoted as the Desktop Entry spec asks) that starts
// Hindsight in the tray.
QString entryText(const QString &executable);

bool isEnabled();
// Writes (atomically) or removes the entry. `executable` is normally
// QCoreApplication::applicationFilePath().
bool setEnabled(bool enabled, const QString &executable, QString *error = nullptr);

// The option that entryText() puts on the command line: start hidden in the tray when one exists.
inline constexpr char TrayOption[] = "tray";

} // namespace hs::autostart
