#pragma once

#include "action.h"

#include <QTime>

namespace hs::followupsettings {

// The user's follow-up preferences, in QSettings so the app and hindsight-cli agree: days from today to
// a new action's default due date per bucket, and the hour at which reviews are proposed.
inline constexpr char NowDaysKey[] = "followups/nowDays";
inline constexpr char LaterDaysKey[] = "followups/laterDays";
inline constexpr char ReviewTimeKey[] = "reviews/time"; // "HH:mm"
inline constexpr int MaxDays = 365;

DueDefaults dueDefaults();
void setDueDefaults(const DueDefaults &defaults);
QTime reviewTime();
void setReviewTime(const QTime &time);

} // namespace hs::followupsettings
