#include "afterfirstpaint.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>
#include <vector>

namespace hs {

namespace {

const char kWaiting[] = "hsAfterFirstPaint";

// One per window: the hooks run in the order they were added (an icon set by a later hook must find
// what an earlier one made ready), from the event loop right after the paint.
class AfterFirstPaint final : public QObject {
public:
    explicit AfterFirstPaint(QWidget *window)
        : QObject(window) {
        setObjectName(QLatin1String(kWaiting));
        window->installEventFilter(this);
    }
    void add(std::function<void()> then) { m_hooks.push_back(std::move(then)); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override {
        if (event->type() == QEvent::Paint || event->type() == QEvent::UpdateRequest) {
            watched->removeEventFilter(this);
            setObjectName({}); // hooks added from now on wait for the next paint
            // Queued behind the paint that is being delivered now.
            QTimer::singleShot(0, this, [this] {
                for (const auto &hook : std::exchange(m_hooks, {}))
                    hook();
                deleteLater();
            });
        }
        return false;
    }

private:
    std::vector<std::function<void()>> m_hooks;
};

} // namespace

void afterFirstPaint(QWidget *window, std::function<void()> then) {
    // By its name, which only the waiting AfterFirstPaint carries (it has no meta-object of its own).
    auto *waiting = static_cast<AfterFirstPaint *>(
        window->findChild<QObject *>(QLatin1String(kWaiting), Qt::FindDirectChildrenOnly));
    if (!waiting)
        waiting = new AfterFirstPaint(window);
    waiting->add(std::move(then));
}

} // namespace hs
