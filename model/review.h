#pragma once

#include <optional>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace hs {

// The seed's two calendar events: a review one week and one month after the post-mortem is written.
enum class ReviewKind { Week, Month };
inline constexpr int ReviewKindCount = 2;

// A review of one incident's actions.
struct Review {
    qint64 id = 0;
    qint64 incidentId = 0;
    ReviewKind kind = ReviewKind::Week;
    // Local wall-clock time with its time zone (QDateTime::timeZone() is an IANA zone or UTC), so the
    // review stays at 10:00 across a DST change. Stored as local time + zone id + the UTC instant.
    QDateTime at;
    bool done = false;
    QString notes; // "what was done, what is still open"
    // Stable across edits and exports: the iCalendar UID and the CalDAV resource name.
    QString uid;
    // Where the event lives on the CalDAV server once pushed, and the ETag seen last (for If-Match).
    QString calendarHref;
    QString calendarEtag;

    bool isOverdue(const QDateTime &now) const { return !done && at.isValid() && at < now; }
};

QString reviewKindKey(ReviewKind k);          // "week", "month" (stable: database, files, CLI)
QString reviewKindLabel(ReviewKind k);        // translated "+1 week" / "+1 month"
QString reviewKindEnglishLabel(ReviewKind k); // "+1 week" / "+1 month", for calendar events read by others
std::optional<ReviewKind> reviewKindFromKey(const QString &key);
QStringList reviewKindKeys();

} // namespace hs
