#pragma once

#include "duereviewsmodel.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace hs {

// "Due reviews": the overdue, today's and upcoming reviews with their incidents' open actions. The
// selected review can be marked done and given notes ("what was done, what is still open").
// Activating a row asks for its incident to be opened.
class DueReviewsView final : public QWidget {
    Q_OBJECT
public:
    DueReviewsView(ReviewStore &store, DueReviewsModel::Clock clock, QWidget *parent = nullptr);

    DueReviewsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QPlainTextEdit *notesEdit() const { return m_notes; }
    QPushButton *doneButton() const { return m_done; }
    QPushButton *saveNotesButton() const { return m_saveNotes; }
    QLabel *openActionsLabel() const { return m_openActions; }

    qint64 currentReviewId() const;
    // Writes the notes (and, with `done`, the done flag) of the selected review.
    bool saveCurrent(bool done, QString *error = nullptr);

signals:
    void incidentRequested(qint64 incidentId);
    void message(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showCurrent();

    ReviewStore &m_store;
    DueReviewsModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_openActions = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QPushButton *m_saveNotes = nullptr;
    QPushButton *m_done = nullptr;
    qint64 m_keepId = 0;
};

} // namespace hs
