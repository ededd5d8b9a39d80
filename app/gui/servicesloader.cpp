#include "servicesloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPluginLoader>

namespace hs::servicesloader {

namespace {

std::unique_ptr<Services> create(QObject *instance, Outbox &outbox, IncidentStore &incidents,
                                 ActionStore &actions, ReviewStore &reviews) {
    auto *factory = qobject_cast<ServicesFactory *>(instance);
    return factory ? factory->create(outbox, incidents, actions, reviews) : nullptr;
}

} // namespace

QStringList defaultDirs() {
    const QDir appDir(QCoreApplication::applicationDirPath());
    return {appDir.path(), QDir::cleanPath(appDir.filePath(QStringLiteral(HINDSIGHT_SERVICES_RELATIVE_DIR)))};
}

std::unique_ptr<Services> load(const QStringList &dirs, Outbox &outbox, IncidentStore &incidents,
                               ActionStore &actions, ReviewStore &reviews, QString *error) {
    const QObjectList builtIn = QPluginLoader::staticInstances();
    for (QObject *instance : builtIn)
        if (auto services = create(instance, outbox, incidents, actions, reviews))
            return services;

    QStringList tried;
    for (const QString &dir : dirs) {
        const QString path = QDir(dir).filePath(QStringLiteral(HINDSIGHT_SERVICES_FILE_NAME));
        if (!QFileInfo::exists(path)) {
            tried << path;
            continue;
        }
        // Never unloaded: the services' code lives in it until the process ends.
        QPluginLoader loader(path);
        if (auto services = create(loader.instance(), outbox, incidents, actions, reviews))
            return services;
        if (error)
            *error = loader.errorString().isEmpty() || loader.isLoaded()
                         ? QCoreApplication::translate("services", "%1 is not Hindsight's services plugin.")
                               .arg(QDir::toNativeSeparators(path))
                         : loader.errorString();
        return nullptr;
    }
    if (error)
        *error = QCoreApplication::translate("services", "The services plugin is missing (looked for %1).")
                     .arg(QDir::toNativeSeparators(tried.join(QStringLiteral(", "))));
    return nullptr;
}

} // namespace hs::servicesloader
