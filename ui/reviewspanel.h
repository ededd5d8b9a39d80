#pragma once

#include "review.h"
#include "reviewschedule.h"

#include <functional>
#include <QWidget>

class QCheckBox;
class QDateTimeEdit;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace hs {

class ReviewStore;

// The incident's reviews in a compact list: when, done, and short notes ("what was done, what is
// still open"), each saved as soon as it changes. Also proposes the +1 week / +1 month reviews
// through a ReviewProposalDialog, on request or when the document has just been written.
class ReviewsPanel final : public QWidget {
    Q_OBJECT
public:
    explicit ReviewsPanel(ReviewStore &store, QWidget *parent = nullptr);

    void setIncident(qint64 incidentId, const QString &title);
    void setTitle(const QString &title) { m_title = title; }
    // When and at what hour reviews are proposed (a setting; 10:00 local time by default).
    void setRules(const ReviewRules &rules) { m_rules = rules; }
    const ReviewRules &rules() const { return m_rules; }
    // The day the proposal counts from; the system's date unless a test sets one.
    void setToday(std::function<QDate()> today) { m_today = std::move(today); }

    // Shows the proposal and stores the reviews when the user confirms. Returns whether it did.
    bool propose();
    // The document was just written: propose the reviews unless the incident already has some.
    void proposeIfNone();

    int count() const { return int(m_rows.size()); }
    QDateTimeEdit *dateTimeEdit(int row) const { return m_rows.at(row).at; }
    QCheckBox *doneBox(int row) const { return m_rows.at(row).done; }
    QLineEdit *notesEdit(int row) const { return m_rows.at(row).notes; }
    QPushButton *proposeButton() const { return m_propose; }

signals:
    void message(const QString &text);

private:
    struct Row {
        Review review;
        QLabel *kind = nullptr;
        QDateTimeEdit *at = nullptr;
        QCheckBox *done = nullptr;
        QLineEdit *notes = nullptr;
    };
    void reload();
    void save(int row);
    QDate today() const;

    ReviewStore &m_store;
    qint64 m_incidentId = 0;
    QString m_title;
    ReviewRules m_rules;
    std::function<QDate()> m_today;
    QList<Row> m_rows;
    QGridLayout *m_grid = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_propose = nullptr;
    bool m_saving = false; // our own update: the store's signal must not rebuild the rows being edited
};

} // namespace hs
