#pragma once

#include "calendarapi.h"
#include "review.h"
#include "reviewschedule.h"

#include <functional>
#include <QPointer>
#include <QSet>
#include <QWidget>

class QCheckBox;
class QDateTimeEdit;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace hs {

class ReviewStore;

// The incident's reviews in a compact list: when, done, and short notes ("what was done, what is
// still open"), each saved as soon as it changes. Also proposes the +1 week / +1 month reviews
// through a ReviewProposalDialog, on request or when the document has just been written; exports
// them as an .ics file, pushes them to the CalDAV calendar and deletes one (with its event) through
// a CalendarApi, never waiting for the network: the answers arrive as signals and show in the panel.
class ReviewsPanel final : public QWidget {
    Q_OBJECT
public:
    explicit ReviewsPanel(ReviewStore &store, QWidget *parent = nullptr);
    ~ReviewsPanel() override;

    void setIncident(qint64 incidentId, const QString &title);
    void setTitle(const QString &title) { m_title = title; }
    // When and at what hour reviews are proposed (a setting; 10:00 local time by default).
    void setRules(const ReviewRules &rules) { m_rules = rules; }
    const ReviewRules &rules() const { return m_rules; }
    // The day the proposal counts from; the system's date unless a test sets one.
    void setToday(std::function<QDate()> today) { m_today = std::move(today); }
    // The calendar to push to (none: the push button explains how to set one up). Must outlive the
    // panel or be destroyed with it.
    void setCalendar(CalendarApi *calendar);

    // Shows the proposal and stores the reviews when the user confirms. Returns whether it did.
    bool propose();
    // The document was just written: propose the reviews unless the incident already has some.
    void proposeIfNone();
    // Writes the reviews as an iCalendar file chosen in a save dialog. Returns whether it did.
    bool exportIcs();
    // Starts pushing the reviews to the calendar; the answer shows in calendarStatus().
    void pushToCalendar();
    // After a push met events changed in the calendar by someone else (the last push's conflicts):
    // asks, then pushes those reviews again replacing exactly the versions shown ...
    void replaceTheirs();
    // ... or takes the calendar's date and time for them here, so the next push updates their event
    // instead of meeting the same conflict (one deleted there is forgotten: the next push creates it).
    void keepTheirs();
    // Asks, then deletes the review of that row (and its calendar event, asynchronously).
    void deleteReview(int row);

    int count() const { return int(m_rows.size()); }
    QDateTimeEdit *dateTimeEdit(int row) const { return m_rows.at(row).at; }
    QCheckBox *doneBox(int row) const { return m_rows.at(row).done; }
    QLineEdit *notesEdit(int row) const { return m_rows.at(row).notes; }
    QToolButton *deleteButton(int row) const { return m_rows.at(row).remove; }
    QPushButton *proposeButton() const { return m_propose; }
    QPushButton *pushButton() const { return m_push; }
    QPushButton *exportButton() const { return m_export; }
    QLabel *calendarStatus() const { return m_status; }
    QPushButton *replaceTheirsButton() const { return m_replace; }
    QPushButton *keepTheirsButton() const { return m_keep; }

signals:
    void message(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Row {
        Review review;
        QLabel *kind = nullptr;
        QDateTimeEdit *at = nullptr;
        QCheckBox *done = nullptr;
        QLineEdit *notes = nullptr;
        QToolButton *remove = nullptr;
    };
    void reload();
    void refreshInPlace(const QList<Review> &reviews);
    void save(int row);
    void removeHere(const Review &review);
    void showStatus(const QString &text, bool error);
    void pushed(const CalendarApi::PushResult &result);
    void deleted(const CalendarApi::DeleteResult &result);
    QString keychainHint() const;
    void updateButtons();
    QString describe(const Review &review) const;
    QDate today() const;

    ReviewStore &m_store;
    QPointer<CalendarApi> m_calendar;
    qint64 m_incidentId = 0;
    QString m_title;
    ReviewRules m_rules;
    std::function<QDate()> m_today;
    QList<Row> m_rows;
    QWidget *m_rowsHost = nullptr; // the rows' widgets: replaced as a whole on reload
    QGridLayout *m_grid = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_propose = nullptr;
    QPushButton *m_push = nullptr;
    QPushButton *m_export = nullptr;
    QWidget *m_conflictBar = nullptr; // Replace Theirs / Keep Theirs, while there are conflicts
    QPushButton *m_replace = nullptr;
    QPushButton *m_keep = nullptr;
    QList<CalendarApi::ReviewOutcome> m_conflicts; // of the last push of this incident
    qint64 m_pushing = 0;                          // the incident whose push is under way
    QSet<qint64> m_deleting;                       // reviews whose event is being deleted
    bool m_saving = false; // our own update: the store's signal must not rebuild the rows being edited
};

} // namespace hs
