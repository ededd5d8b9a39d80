#pragma once

#include <QByteArray>
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

} // namespace hs::dav
