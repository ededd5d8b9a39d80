#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace hs {

// What one CalDAV operation ended with. `error` is one sentence for the user (empty when ok) and never
// holds a user name or password. The caller's own data is never touched: on any failure it can retry.
struct CalDavResult {
    enum class Status {
        Ok,
        Conflict,             // 412: someone else changed (or deleted) the event; see server*
        AuthenticationFailed, // 401
        Forbidden,            // 403
        NotFound,             // 404 on the collection or the event
        NotACalendar,         // test(): reachable, but the address is not a calendar collection
        ConnectionRefused,
        HostNotFound,
        TlsError,
        Timeout,
        NetworkError,   // any other transport failure (dropped connection ...)
        ServerError,    // 5xx
        Rejected,       // any other 4xx (a malformed event ...)
        InvalidRequest, // refused before sending (not configured, empty UID ...)
    };

    Status status = Status::Ok;
    int httpStatus = 0;
    QString error;
    QUrl href;             // the event's address (put, delete, get)
    QByteArray etag;       // the event's ETag after put/get, exactly as the server sent it
    QByteArray serverIcs;  // Conflict: the server's current version, empty when it was deleted there
    QByteArray serverEtag; // Conflict: its ETag
    QString displayName;   // test(): the calendar's name, when it has one

    bool ok() const { return status == Status::Ok; }
};

} // namespace hs
