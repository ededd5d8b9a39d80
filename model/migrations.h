#pragma once

#include <QStringList>
#include <vector>

namespace hs {

// migrations()[i] brings a database from schema version i to i + 1. Never edit a released step:
// add a new one, so every earlier file can still be brought up to date.
const std::vector<QStringList> &migrations();

} // namespace hs
