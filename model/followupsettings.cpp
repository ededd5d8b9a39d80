#include "followupsettings.h"

#include "reviewschedule.h"

#include <QSettings>

namespace hs::followupsettings {

namespace {

// A hand-edited or stale value falls back to the default instead of a nonsense due date.
int days(const QSettings &settings, const char *key, int fallback) {
    bool ok = false;
    const int value = settings.value(QLatin1String(key)).toInt(&ok);
    return ok && value >= 0 && value <= MaxDays ? value : fallback;
}

} // namespace

DueDefaults dueDefaults() {
    const QSettings settings;
    const DueDefaults fallback;
    return DueDefaults{days(settings, NowDaysKey, fallback.nowDays),
                       days(settings, LaterDaysKey, fallback.laterDays)};
}

void setDueDefaults(const DueDefaults &defaults) {
    QSettings settings;
    settings.setValue(QLatin1String(NowDaysKey), defaults.nowDays);
    settings.setValue(QLatin1String(LaterDaysKey), defaults.laterDays);
}

QTime reviewTime() {
    const QTime time = QTime::fromString(QSettings().value(QLatin1String(ReviewTimeKey)).toString(),
                                         QStringLiteral("HH:mm"));
    return time.isValid() ? time : ReviewRules{}.time;
}

void setReviewTime(const QTime &time) {
    QSettings().setValue(QLatin1String(ReviewTimeKey), time.toString(QStringLiteral("HH:mm")));
}

} // namespace hs::followupsettings
