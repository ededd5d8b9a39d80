#pragma once

#include <QByteArray>
#include <QNetworkRequest>
#include <QString>

namespace hs::dav {

// The properties Hindsight reads from a PROPFIND Depth 0 answer (a DAV multistatus).
struct Properties {
    bool parsed = false; // the body was a multistatus with at least one 2xx propstat
    bool isCollection = false;
    bool isCalendar = false;
    QString displayName;
    QByteArray etag;
};

QByteArray propfindBody();
Properties parseMultistatus(const QByteArray &body);

// A short, single-line excerpt of a server's answer for an error message (tags removed).
QString bodyExcerpt(const QByteArray &body, int maxChars = 160);

// A request as every DAV call of ours sends it: never cached, redirects only within the origin, a
// transfer timeout, and preemptive Basic authentication (QNAM's authenticationRequired would retry a
// wrong password forever, and it caches credentials beyond the caller).
QNetworkRequest request(const QUrl &url, int timeoutMs, const QString &user, const QString &password);

} // namespace hs::dav
