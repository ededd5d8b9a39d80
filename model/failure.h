#pragma once

#include <QString>

namespace hs {

// The model's error convention: functions return false (or nullopt) and, when the caller asked for
// it, one sentence for the user in *error.
inline bool fail(QString *error, const QString &message) {
    if (error)
        *error = message;
    return false;
}

} // namespace hs
