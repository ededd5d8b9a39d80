#pragma once

#include "review.h"
#include "reviewscalendarcontroller.h"
#include "reviewschedule.h"

#include <functional>
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
// through a ReviewProposalDialog, on request or when the document has just been written. Exporting,
// pushing to the calendar and deleting (with the event) are its ReviewsCalendarController's.
class ReviewsPanel final : public QWidget {
    Q_OBJECT
public:
    explicit ReviewsPanel(ReviewStore &store, QWidget *parent = nullptr);
    ~ReviewsPanel() override;

    void setIncident(qint64 incidentId, const QString &title);
    void setTitle(const QString &title) {
        m_title = title;
        m_calendar->setTitle(title);
    }
    // When and at what hour reviews are proposed (a setting; 10:00 local time by default).
    void setRules(const ReviewRules &rules) { m_rules = rules; }
    const ReviewRules &rules() const { return m_rules; }
    // The day the proposal counts from; the system's date unless a test sets one.
    void setToday(std::function<QDate()> today) { m_today = std::move(today); }
    // The calendar to push to (none: the push button explains how to set one up). Must outlive the
    // panel or be destroyed with it.
    void setCalendar(CalendarApi *calendar) { m_calendar->setCalendar(calendar); }

    // Shows the proposal and stores the reviews when the user confirms. Returns whether it did.
    bool propose();
    // The document was just written: propose the reviews unless the incident already has some.
    void proposeIfNone();
    // Asks, then deletes the review of that row (and its calendar event, asynchronously).
    void deleteReview(int row);

    int count() const { return int(m_rows.size()); }
    QDateTimeEdit *dateTimeEdit(int row) const { return m_rows.at(row).at; }
    QCheckBox *doneBox(int row) const { return m_rows.at(row).done; }
    QLineEdit *notesEdit(int row) const { return m_rows.at(row).notes; }
    QToolButton *deleteButton(int row) const { return m_rows.at(row).remove; }
    QPushButton *proposeButton() const { return m_propose; }
    ReviewsCalendarController *calendar() const { return m_calendar; }
    QPushButton *pushButton() const { return m_calendar->pushButton(); }
    QPushButton *exportButton() const { return m_calendar->exportButton(); }
    QLabel *calendarStatus() const { return m_calendar->status(); }
    QPushButton *replaceTheirsButton() const { return m_calendar->replaceTheirsButton(); }
    QPushButton *keepTheirsButton() const { return m_calendar->keepTheirsButton(); }

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
    void updateButtons();
    QDate today() const;

    ReviewStore &m_store;
    qint64 m_incidentId = 0;
    QString m_title;
    ReviewRules m_rules;
    std::function<QDate()> m_today;
    QList<Row> m_rows;
    QWidget *m_rowsHost = nullptr; // the rows' widgets: replaced as a whole on reload
    QGridLayout *m_grid = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_propose = nullptr;
    // Created after the propose button, so the tab order stays propose, export/push, conflict choice.
    ReviewsCalendarController *m_calendar = nullptr;
    bool m_saving = false; // our own update: the store's signal must not rebuild the rows being edited
};

} // namespace hs
