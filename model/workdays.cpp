#include "workdays.h"

namespace hs::workdays {

bool isWorkingDay(const QDate &date) {
    return date.isValid() && date.dayOfWeek() < Qt::Saturday;
}

QDate nextWorkingDay(const QDate &date) {
    if (!date.isValid())
        return {};
    switch (date.dayOfWeek()) {
    case Qt::Saturday:
        return date.addDays(2);
    case Qt::Sunday:
        return date.addDays(1);
    default:
        return date;
    }
}

QDate addDaysOnWorkingDay(const QDate &from, int days) {
    return nextWorkingDay(from.addDays(days));
}

} // namespace hs::workdays
