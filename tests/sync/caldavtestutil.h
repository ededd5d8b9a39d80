#pragma once

#include "caldavclient.h"

#include <functional>
#include <optional>
#include <QTest>

// Runs one CalDavClient call and waits for its answer; nullopt if none came or more than one did.
inline std::optional<hs::CalDavResult>
runCalDav(const std::function<void(hs::CalDavClient::Callback)> &call) {
    std::optional<hs::CalDavResult> answer;
    int calls = 0;
    call([&](const hs::CalDavResult &r) {
        answer = r;
        ++calls;
    });
    if (!QTest::qWaitFor([&] { return calls > 0; }, 30000))
        return std::nullopt;
    QTest::qWait(0); // a second answer would be a bug: give it the chance to show up
    return calls == 1 ? answer : std::nullopt;
}

// A review event as Hindsight would push it (CRLF, a VALARM).
inline QByteArray reviewEvent(const QString &uid, const QString &summary) {
    return QStringLiteral(
               "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Hindsight//Hindsight//EN\r\n"
               "BEGIN:VEVENT\r\nUID:%1\r\nDTSTAMP:20260102T090000Z\r\nDTSTART:20260109T090000Z\r\n"
               "DTEND:20260109T093000Z\r\nSUMMARY:%2\r\nBEGIN:VALARM\r\nACTION:DISPLAY\r\n"
               "DESCRIPTION:Review\r\nTRIGGER:-PT15M\r\nEND:VALARM\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
        .arg(uid, summary)
        .toUtf8();
}
