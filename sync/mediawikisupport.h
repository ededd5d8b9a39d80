#pragma once

#include "wikitarget.h"

// Small pieces the MediaWiki client and its error mapping share (internal to sync/).
namespace hs::mediawiki {

inline WikiResult result(WikiResult::Status status, const QString &error, const QString &code = {}) {
    WikiResult r;
    r.status = status;
    r.error = error;
    r.code = code;
    return r;
}

// The wiki's own words, short and on one line; they never echo a password.
inline QString excerpt(const QString &text) {
    QString s = text.simplified();
    if (s.size() > 200)
        s = s.left(199) + QChar(0x2026);
    return s;
}

} // namespace hs::mediawiki
