#include "autostart.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace hs::autostart {

namespace {

// The Desktop Entry spec's quoting for an Exec argument: inside double quotes, escape " ` $ \.
QString quoteExecArgument(const QString &argument) {
    static const QString reserved = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`");
    bool needsQuotes = argument.isEmpty();
    for (const QChar c : argument)
        needsQuotes = needsQuotes || reserved.contains(c);
    QString escaped = argument;
    // A literal % is written %% (field codes start with %).
    escaped.replace(QLatin1Char('%'), QStringLiteral("%%"));
    if (!needsQuotes)
        return escaped;
    QString quoted;
    for (const QChar c : std::as_const(escaped)) {
        // Escaped once for the Exec quoting (\" \` \$ \\) and the backslash once more for the
        // desktop file's string value.
        if (c == QLatin1Char('\\'))
            quoted += QStringLiteral("\\\\\\\\");
        else if (c == QLatin1Char('"') || c == QLatin1Char('`') || c == QLatin1Char('$'))
            quoted += QString(QStringLiteral("\\\\") + c);
        else
            quoted += c;
    }
    return QString(QLatin1Char('"') + quoted + QLatin1Char('"'));
}

QString configHome() {
    const QString fromEnv = QFile::decodeName(qgetenv("XDG_CONFIG_HOME"));
    // The spec: a relative path is invalid and must be ignored.
    if (!fromEnv.isEmpty() && QDir::isAbsolutePath(fromEnv))
        return fromEnv;
    return QDir::homePath() + QStringLiteral("/.config");
}

} // namespace

QString appId() {
    return QStringLiteral("io.github.hindsight.Hindsight");
}

QString entryPath() {
    return QString(configHome() + QStringLiteral("/autostart/") + appId() + QStringLiteral(".desktop"));
}

QString entryText(const QString &executable) {
    return QStringLiteral("[Desktop Entry]\n"
                          "Type=Application\n"
                          "Name=Hindsight\n"
                          "Comment=Post-mortem reminders in the system tray\n"
                          "Exec=%1 --%2\n"
                          "Icon=hindsight\n"
                          "Terminal=false\n"
                          "X-GNOME-Autostart-enabled=true\n")
        .arg(quoteExecArgument(executable), QLatin1String(TrayOption));
}

bool isEnabled() {
    return QFileInfo::exists(entryPath());
}

bool setEnabled(bool enabled, const QString &executable, QString *error) {
    const QString path = entryPath();
    if (!enabled) {
        if (!QFileInfo::exists(path) || QFile::remove(path))
            return true;
        if (error)
            *error = QCoreApplication::translate("hs::autostart", "Cannot remove %1.")
                         .arg(QDir::toNativeSeparators(path));
        return false;
    }
    auto fail = [&](const QString &reason) {
        if (error)
            *error = QCoreApplication::translate("hs::autostart", "Cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(path), reason);
        return false;
    };
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return fail(QCoreApplication::translate("hs::autostart", "the folder cannot be created."));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    file.write(entryText(executable).toUtf8());
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

} // namespace hs::autostart
