#pragma once

#include "action.h"
#include "review.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace hs {

// Writes reviews as an iCalendar file (RFC 5545) that calendar apps and CalDAV servers accept.
//
// Times are written in UTC (DTSTART:20260311T090000Z) rather than with a TZID: no VTIMEZONE has to
// be generated from the zone database, and every client shows the right local time. The review's
// own zone stays in the database, so a later export recomputes the UTC time if the rules change.
//
// Each review becomes one VEVENT: UID = Review::uid (stable, so re-imports and pushes update the same
// event), DTSTAMP, DTSTART/DTEND (duration minutes, 30 by default), SUMMARY
// "Post-mortem review: <incident title> (+1 week)", a DESCRIPTION listing the incident's open actions
// and a VALARM (DISPLAY, alarm minutes before, 15 by default). Text is escaped (\\ ; , newline), lines
// end in CRLF and are folded at 75 octets without splitting a UTF-8 sequence.
class IcsWriter final {
public:
    struct Event {
        Review review;
        QString incidentTitle;
        QList<Action> openActions;
    };

    // DTSTAMP of every event; the current time unless set (tests set it for stable output).
    void setStamp(const QDateTime &stamp) { m_stamp = stamp; }
    void setDurationMinutes(int minutes) { m_durationMinutes = minutes; }
    void setAlarmMinutes(int minutes) { m_alarmMinutes = minutes; }

    // One VCALENDAR with a VEVENT per event: the .ics export of an incident's reviews.
    QByteArray calendar(const QList<Event> &events) const;
    // CalDAV stores one event per resource: a VCALENDAR holding just this one.
    QByteArray calendar(const Event &event) const { return calendar(QList<Event>{event}); }

    // The summary and description text, unescaped (for tests and for other exports).
    static QString summary(const Event &event);
    static QString description(const Event &event);

    // RFC 5545 3.3.11 TEXT escaping: backslash, semicolon, comma, newline (CRLF/CR become \n).
    static QString escapeText(const QString &text);
    // Folds one content line (without its CRLF) into lines of at most 75 octets joined by CRLF + space,
    // cutting only between UTF-8 sequences.
    static QByteArray fold(const QByteArray &line);

private:
    QDateTime m_stamp;
    int m_durationMinutes = 30;
    int m_alarmMinutes = 15;
};

} // namespace hs
