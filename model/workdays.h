#pragma once

#include <QDate>

namespace hs::workdays {

// Hindsight's calendar rules for due dates and reviews: a date that falls on a Saturday or a Sunday
// moves to the following Monday, so nothing is due while the team is away.
bool isWorkingDay(const QDate &date);
QDate nextWorkingDay(const QDate &date); // `date` itself when it is a working day
// `days` calendar days after `from`, then moved to a working day.
QDate addDaysOnWorkingDay(const QDate &from, int days);

} // namespace hs::workdays
