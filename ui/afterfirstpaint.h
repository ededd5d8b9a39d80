#pragma once

#include <functional>

class QWidget;

namespace hs {

// Calls `then` from the event loop once `window` has painted for the first time: for work the
// first paint should not wait for (window icon, reminders, views that are not visible yet).
void afterFirstPaint(QWidget *window, std::function<void()> then);

} // namespace hs
