#include "reminderpresenter.h"

#include "review.h"

#include <algorithm>
#include <QLocale>
#include <QTimeZone>

namespace hs {

namespace {

bool sameReminder(const Reminder &a, const Reminder &b) {
    return a.kind == b.kind && a.targetId == b.targetId;
}

void appendNew(QList<Reminder> &list, const QList<Reminder> &more) {
    for (const Reminder &r : more) {
        if (std::none_of(list.cbegin(), list.cend(), [&r](const Reminder &o) { return sameReminder(o, r); }))
            list.append(r);
    }
}

QString reviewLabel(const Reminder &r) {
    const std::optional<ReviewKind> kind = reviewKindFromKey(r.subject);
    return kind ? reviewKindLabel(*kind) : r.subject;
}

} // namespace

ReminderPresenter::ReminderPresenter(ReminderPlanner &planner, QObject *parent)
    : QObject(parent)
    , m_planner(planner) {
    m_checkTimer.setInterval(CheckIntervalMs);
    connect(&m_checkTimer, &QTimer::timeout, this, &ReminderPresenter::check);
    m_spacing.setInterval(DefaultSpacingMs);
    m_spacing.setSingleShot(true);
    connect(&m_spacing, &QTimer::timeout, this, &ReminderPresenter::showNext);
}

void ReminderPresenter::setMode(Mode mode) {
    if (mode == m_mode)
        return;
    m_mode = mode;
    // What was waiting for a balloon goes to the window, and the other way round.
    if (mode == Mode::Window) {
        m_spacing.stop();
        markShown(m_queue);
        appendNew(m_window, m_queue);
        m_queue.clear();
        emit windowRemindersChanged(m_window);
    } else {
        m_window.clear();
        emit windowRemindersChanged(m_window);
    }
}

void ReminderPresenter::start() {
    m_checkTimer.start();
    check();
}

void ReminderPresenter::check() {
    QString error;
    QList<Reminder> due = m_planner.pending(&error);
    if (!error.isEmpty()) {
        emit failed(tr("Reminders could not be read: %1").arg(error));
        return;
    }
    // Leave out what is already waiting in the queue (it is not marked shown yet).
    due.erase(std::remove_if(due.begin(), due.end(),
                             [this](const Reminder &r) {
                                 return std::any_of(m_queue.cbegin(), m_queue.cend(),
                                                    [&r](const Reminder &q) { return sameReminder(q, r); });
                             }),
              due.end());
    if (due.isEmpty())
        return;
    if (m_mode == Mode::Window) {
        markShown(due);
        appendNew(m_window, due);
        emit windowRemindersChanged(m_window);
        return;
    }
    m_queue.append(due);
    if (!m_spacing.isActive())
        showNext();
}

void ReminderPresenter::showNext() {
    if (m_queue.isEmpty())
        return;
    const Reminder r = m_queue.takeFirst();
    emit notify(title(r), message(r, now()), r.incidentId);
    markShown({r});
    m_shown.append(r);
    if (!m_queue.isEmpty())
        m_spacing.start();
}

void ReminderPresenter::markShown(const QList<Reminder> &reminders) {
    QString error;
    if (!reminders.isEmpty() && !m_planner.markShown(reminders, &error))
        emit failed(tr("Reminders could not be updated: %1").arg(error));
}

void ReminderPresenter::snoozeUntilTomorrow() {
    QList<Reminder> all = m_shown;
    appendNew(all, m_queue);
    appendNew(all, m_window);
    QString error;
    const QList<Reminder> pending = m_planner.pending(&error);
    appendNew(all, pending);
    const QDateTime until = snoozeEnd(now());
    for (const Reminder &r : std::as_const(all)) {
        if (!m_planner.snooze(r, until, &error)) {
            emit failed(tr("Reminders could not be snoozed: %1").arg(error));
            return;
        }
    }
    m_spacing.stop();
    m_queue.clear();
    m_shown.clear();
    if (!m_window.isEmpty()) {
        m_window.clear();
        emit windowRemindersChanged(m_window);
    }
}

void ReminderPresenter::dismissWindowReminders() {
    m_window.clear();
    emit windowRemindersChanged(m_window);
}

QDateTime ReminderPresenter::snoozeEnd(const QDateTime &now) {
    return QDateTime(now.date().addDays(1), QTime(SnoozeHour, 0), now.timeZone());
}

QString ReminderPresenter::title(const Reminder &r) {
    switch (r.kind) {
    case ReminderKind::ReviewDue:
        return tr("Post-mortem review due");
    case ReminderKind::ActionOverdue:
        return tr("Action overdue");
    case ReminderKind::DocumentIncomplete:
        return tr("Post-mortem not written yet");
    }
    return {};
}

QString ReminderPresenter::message(const Reminder &r, const QDateTime &now) {
    const QLocale locale;
    const QDate today = now.date();
    switch (r.kind) {
    case ReminderKind::ReviewDue: {
        const QDateTime at = r.when.toTimeZone(now.timeZone());
        if (at < now && at.date() < today)
            return tr("The %1 review of “%2” is overdue since %3.")
                .arg(reviewLabel(r), r.incidentTitle, locale.toString(at.date(), QLocale::ShortFormat));
        if (at < now)
            return tr("The %1 review of “%2” was due at %3.")
                .arg(reviewLabel(r), r.incidentTitle, locale.toString(at.time(), QLocale::ShortFormat));
        return tr("The %1 review of “%2” is due today at %3.")
            .arg(reviewLabel(r), r.incidentTitle, locale.toString(at.time(), QLocale::ShortFormat));
    }
    // Dates, not "n days ago": the sentence stays true in a balloon read later.
    case ReminderKind::ActionOverdue:
        return tr("“%1” (from “%2”) was due on %3.")
            .arg(r.subject, r.incidentTitle, locale.toString(r.when.date(), QLocale::ShortFormat));
    case ReminderKind::DocumentIncomplete:
        return tr("“%1” was resolved on %2 and its post-mortem is still incomplete.")
            .arg(r.incidentTitle,
                 locale.toString(r.when.toTimeZone(now.timeZone()).date(), QLocale::ShortFormat));
    }
    return {};
}

QString ReminderPresenter::line(const Reminder &r, const QDateTime &now) {
    return QStringLiteral("%1: %2").arg(title(r), message(r, now));
}

} // namespace hs
