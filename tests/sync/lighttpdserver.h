#pragma once

#include "scriptedserver.h"

// A throw-away lighttpd WebDAV server on 127.0.0.1 (tests/servers/start-lighttpd-webdav.sh) with one
// user, and curl as "another client" that changes files behind the back of the code under test.
class LighttpdServer final : public ScriptedServer {
public:
    LighttpdServer(const QString &user, const QString &password);

    // Empty when the tools are there; otherwise why the tests must be skipped.
    static QString missingTools();
    QString davPath(const QString &path) const; // the served file on disk
    // "PUT /pm/x.md 201" lines; lighttpd writes its access log when it stops.
    QStringList accessLog() const;
};
