#pragma once

#include "review.h"

#include <QDateTime>
#include <QList>
#include <QTime>
#include <QTimeZone>

namespace hs {

// When the reviews of a documented incident are proposed. All members are settings the caller may
// change; the defaults follow the seed (+1 week, +1 month) at 10:00 in the system's time zone.
struct ReviewRules {
    QTime time{10, 0};
    QTimeZone zone = QTimeZone::systemTimeZone();
    int weekDays = 7;
    int monthDays = 30;
};

struct ReviewProposal {
    ReviewKind kind = ReviewKind::Week;
    QDateTime at; // in rules.zone
};

// The two reviews to propose when an incident is marked documented on `documentedOn` (the local
// date): +weekDays and +monthDays, each moved off a weekend to the Monday, at rules.time local time.
// The user may still edit the dates before they are stored (ReviewStore::create).
QList<ReviewProposal> proposeReviews(const QDate &documentedOn, const ReviewRules &rules = {});

// `date` at local `time` in `zone`. A time that does not exist that day (skipped by a DST change)
// moves forward by the length of the gap, as clocks do (02:30 → 03:30).
QDateTime atLocalTime(const QDate &date, const QTime &time, const QTimeZone &zone);

} // namespace hs
