#include "theme.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QPalette>

namespace hs::theme {

QIcon icon(const QString &themeName, QStyle::StandardPixmap fallback) {
    if (QIcon::hasThemeIcon(themeName))
        return QIcon::fromTheme(themeName);
    return QApplication::style()->standardIcon(fallback);
}

QIcon icon(const QString &themeName) {
    return QIcon::fromTheme(themeName);
}

QIcon appIcon() {
    // An installed icon wins (packagers may theme it); the one built into the binary is the fallback.
    if (QIcon::hasThemeIcon(QStringLiteral("hindsight")))
        return QIcon::fromTheme(QStringLiteral("hindsight"));
    QIcon icon;
    for (const int size : {16, 32, 48, 64, 128, 256}) {
        const QString file = QStringLiteral(":/icons/hindsight-%1.png").arg(size);
        if (QFile::exists(file))
            icon.addFile(file, QSize(size, size));
    }
    if (icon.isNull())
        return QApplication::style()->standardIcon(QStyle::SP_FileDialogDetailedView);
    return icon;
}

QColor negativeText(const QPalette &palette) {
    // Red with the text's contrast against the background: lighter on dark themes, deeper on light.
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    return QColor::fromHsl(356, dark ? 200 : 170, dark ? 160 : 95);
}

void markAsError(QLabel *label, bool error) {
    if (!error) {
        label->setPalette(QPalette()); // an empty palette inherits every role again
        return;
    }
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, negativeText(palette));
    label->setPalette(palette);
}

void markAsSecondary(QLabel *label) {
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
    label->setPalette(palette);
}

} // namespace hs::theme
