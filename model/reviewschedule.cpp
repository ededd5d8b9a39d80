#include "reviewschedule.h"

#include "workdays.h"

namespace hs {

QDateTime atLocalTime(const QDate &date, const QTime &time, const QTimeZone &zone) {
    QDateTime result(date, time, zone);
    if (result.isValid() && result.date() == date && result.time() == time)
        return result;
    // In a gap: take the offset in force before the change and let the zone say what wall-clock time
    // that instant is after it.
    const QDateTime before(date.addDays(-1), time, zone);
    const int offsetBefore = before.isValid() ? before.offsetFromUtc() : zone.standardTimeOffset(result);
    const QDateTime utc = QDateTime(date, time, QTimeZone::utc()).addSecs(-offsetBefore);
    return utc.toTimeZone(zone);
}

QList<ReviewProposal> proposeReviews(const QDate &documentedOn, const ReviewRules &rules) {
    const QTimeZone zone = rules.zone.isValid() ? rules.zone : QTimeZone::systemTimeZone();
    const QTime time = rules.time.isValid() ? rules.time : QTime(10, 0);
    return {
        {ReviewKind::Week,
         atLocalTime(workdays::addDaysOnWorkingDay(documentedOn, rules.weekDays), time, zone)},
        {ReviewKind::Month,
         atLocalTime(workdays::addDaysOnWorkingDay(documentedOn, rules.monthDays), time, zone)},
    };
}

} // namespace hs
