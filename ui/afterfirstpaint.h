#pragma once

#include <functional>

class QWidget;

namespace hs {

// Calls `then` from the event loop once `window` has painted for the first time: for work the
// first paint should not wait for (window icon, reminders, views that are not visible yet). The calls
// for one window come in the order they were asked for.
void afterFirstPaint(QWidget *window, std::function<void()> then);

} // namespace hs
