#include "startup.h"

#include "database.h"
#include "prompts.h"

#include <QCoreApplication>
#include <QDir>

namespace hs {

bool openDatabaseOrExplain(Database &db, const QString &path) {
    QString error;
    if (db.open(path, &error))
        return true;
    prompts::critical(nullptr,
                      QCoreApplication::translate("hs::startup", "Hindsight cannot open its database %1.")
                          .arg(QDir::toNativeSeparators(path)),
                      error);
    return false;
}

} // namespace hs
