#include "appinfo.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace hs {

namespace {

// Loads `name`_<language>.qm for the default locale from `folder`. A language without a file (English)
// is not an error: the source strings are English.
void installTranslator(QCoreApplication &app, const QString &name, const QString &folder) {
    auto *translator = new QTranslator(&app);
    if (translator->load(QLocale(), name, QStringLiteral("_"), folder))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
}

} // namespace

void initApplication(QCoreApplication &app) {
    app.setOrganizationName(QStringLiteral("hindsight"));
    app.setApplicationName(QStringLiteral("hindsight"));
    app.setApplicationVersion(QStringLiteral(HINDSIGHT_VERSION));
    // Lets Wayland compositors match the window with packaging/io.github.hindsight.Hindsight.desktop.
    if (qobject_cast<QGuiApplication *>(&app))
        QGuiApplication::setDesktopFileName(QStringLiteral("io.github.hindsight.Hindsight"));

    // Qt's own strings (standard buttons, context menus) from the system's Qt, ours from the resource
    // that translations/ compiles into this library.
    installTranslator(app, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    installTranslator(app, QStringLiteral("hindsight"), QStringLiteral(":/i18n"));
}

} // namespace hs
