#pragma once

#include "services.h"

#include <QStringList>

namespace hs::servicesloader {

// Where the plugin is looked for: next to the executable (the build tree), then where the install
// rules put it relative to the executable (../lib/…/hindsight on Linux).
QStringList defaultDirs();

// The plugin compiled into the executable (builds without the module), else the first file named like
// the module in `dirs`. Null with the reason in `error` (the paths tried, or why a file would not load).
std::unique_ptr<Services> load(const QStringList &dirs, Outbox &outbox, IncidentStore &incidents,
                               ActionStore &actions, ReviewStore &reviews, QString *error);

} // namespace hs::servicesloader
