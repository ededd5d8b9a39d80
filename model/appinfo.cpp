#include "appinfo.h"

#include <QCoreApplication>

namespace hs {

void initApplication(QCoreApplication &app)
{
    app.setOrganizationName(QStringLiteral("hindsight"));
    app.setApplicationName(QStringLiteral("hindsight"));
    app.setApplicationVersion(QStringLiteral(HINDSIGHT_VERSION));
}

} // namespace hs
