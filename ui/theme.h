#pragma once

#include <QColor>
#include <QIcon>
#include <QStyle>

class QLabel;
class QPalette;
class QWidget;

namespace hs::theme {

// The desktop's icon when its theme has one, else the style's, so the app looks native everywhere.
QIcon icon(const QString &themeName, QStyle::StandardPixmap fallback);
// No icon at all when the theme has none and the style has nothing that means the same.
QIcon icon(const QString &themeName);
QIcon appIcon();
// Until releaseIcons(), the icons above and the style's standard icons are neither looked up nor
// drawn; they keep their room. The first lookup reads the icon theme's index (about 11 ms on X11 here,
// Qt parses it with QSettings), which the window's first frame should not wait for. Both icon() and
// the style's icons look themselves up when first drawn after the release.
void holdIcons();
// Lets the icons be looked up, then lays out and repaints `window` with them.
void releaseIcons(QWidget *window);
// Makes the application's style hand out its standard icons undecoded until first drawn: a menu bar
// asks for its (hidden) overflow button's icon when created, and decoding it probes every
// image-format plugin, which would delay the first paint. Call once, after QApplication.
void installLazyStandardIcons();

// Interface text (menus, tool bar, list cells, labels) is short and in the system font: Qt then
// shapes with HarfBuzz only the scripts that need it (Arabic, Indic, …), not Latin, which was most of
// what the first frame spent on text. Call once, after QApplication.
void useUnshapedInterfaceText();
// What users write keeps full shaping (kerning, ligatures): for `widget` and its children.
void useShapedText(QWidget *widget);
// The two above that the app's whole interface uses: lazy standard icons and unshaped interface text.
// One call, so that whatever starts the app's way (main(), the benchmark's plain-Qt window) does all of
// it. Call once, after QApplication.
void setUpInterface();

// A red readable on the palette's base and window colours (light and dark), like KDE's
// "negative text"; no colour is hard-coded for one theme.
QColor negativeText(const QPalette &palette);
// Shows `label` as an error message (negative text) or as a secondary note (placeholder text).
void markAsError(QLabel *label, bool error);
void markAsSecondary(QLabel *label);

} // namespace hs::theme
