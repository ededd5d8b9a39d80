#pragma once

#include "scriptedserver.h"

// A throw-away Radicale on 127.0.0.1 (tests/servers/start-radicale.sh) with one htpasswd user, and curl
// as "another client" that changes the calendar behind the back of the code under test.
class RadicaleServer final : public ScriptedServer {
public:
    RadicaleServer(const QString &user, const QString &password);

    // Empty when the tools are there; otherwise why the tests must be skipped.
    static QString missingTools();
    QString log() const;
};

// An .ics as a set of content lines: unfolded and sorted, since servers may re-fold lines and reorder
// properties without changing the event.
QStringList contentLines(const QByteArray &ics);
