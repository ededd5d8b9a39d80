#pragma once

#include "calendarapi.h"
#include "review.h"

#include <QPointer>
#include <QSet>

class QLabel;
class QPushButton;
class QWidget;

namespace hs {

class ReviewStore;

// How a review's date and time is shown, in the panel's rows and in the calendar's messages.
inline QString reviewDateFormat() {
    return QStringLiteral("ddd yyyy-MM-dd HH:mm");
}

// The calendar part of the reviews panel: "Export .ics…" and "Push to Calendar" (the panel places them
// in its heading), the status line, Replace Theirs… / Keep Theirs after a conflict, and deleting a
// review with its event. Talks to a CalendarApi without waiting for the network: the answers arrive as
// signals and show in the status line. Its widgets are children of the panel given.
class ReviewsCalendarController final : public QObject {
    Q_OBJECT
public:
    ReviewsCalendarController(ReviewStore &store, QWidget &panel);

    // The calendar to push to (none: the push button explains how to set one up). Must outlive this
    // or be destroyed with it.
    void setCalendar(CalendarApi *calendar);
    // Another incident forgets the last one's status and conflicts.
    void setIncident(qint64 incidentId, const QString &title);
    void setTitle(const QString &title) { m_title = title; }
    // Whether the incident has reviews: only then are there any to export or push.
    void setHasReviews(bool any);

    // Writes the reviews as an iCalendar file chosen in a save dialog. Returns whether it did.
    bool exportIcs();
    // Starts pushing the reviews to the calendar; the answer shows in status().
    void pushToCalendar();
    // After a push met events changed in the calendar by someone else (the last push's conflicts):
    // asks, then pushes those reviews again replacing exactly the versions shown ...
    void replaceTheirs();
    // ... or takes the calendar's date and time for them here, so the next push updates their event
    // instead of meeting the same conflict (one deleted there is forgotten: the next push creates it).
    void keepTheirs();
    // Asks, then deletes the review (and its calendar event, asynchronously).
    void deleteReview(const Review &review);
    // The review's event is being deleted: its row waits for the answer.
    bool isDeleting(qint64 reviewId) const { return m_deleting.contains(reviewId); }

    QPushButton *pushButton() const { return m_push; }
    QPushButton *exportButton() const { return m_export; }
    QLabel *status() const { return m_status; }
    QWidget *conflictBar() const { return m_conflictBar; }
    QPushButton *replaceTheirsButton() const { return m_replace; }
    QPushButton *keepTheirsButton() const { return m_keep; }

signals:
    void message(const QString &text);
    // A review's event began or ended being deleted (see isDeleting()).
    void deletingChanged();

private:
    void removeHere(const Review &review);
    void showStatus(const QString &text, bool error);
    void pushed(const CalendarApi::PushResult &result);
    void deleted(const CalendarApi::DeleteResult &result);
    QString keychainHint() const;
    void updateButtons();
    QString describe(const Review &review) const;

    ReviewStore &m_store;
    QWidget &m_panel; // the parent of the prompts
    QPointer<CalendarApi> m_calendar;
    qint64 m_incidentId = 0;
    QString m_title;
    bool m_any = false; // the incident has reviews
    QLabel *m_status = nullptr;
    QPushButton *m_push = nullptr;
    QPushButton *m_export = nullptr;
    QWidget *m_conflictBar = nullptr; // Replace Theirs / Keep Theirs, while there are conflicts
    QPushButton *m_replace = nullptr;
    QPushButton *m_keep = nullptr;
    QList<CalendarApi::ReviewOutcome> m_conflicts; // of the last push of this incident
    qint64 m_pushing = 0;                          // the incident whose push is under way
    QSet<qint64> m_deleting;                       // reviews whose event is being deleted
};

} // namespace hs
