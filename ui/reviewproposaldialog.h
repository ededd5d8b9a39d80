#pragma once

#include "reviewschedule.h"

#include <QDialog>

class QDateTimeEdit;

namespace hs {

// Proposes the +1 week / +1 month reviews of a post-mortem that was just written. Both times can be
// changed before they are confirmed; nothing is stored here (the caller does, on Accepted).
class ReviewProposalDialog final : public QDialog {
    Q_OBJECT
public:
    ReviewProposalDialog(const QString &incidentTitle, const QList<ReviewProposal> &proposals,
                         QWidget *parent = nullptr);

    // The proposals with the times as edited, each in the time zone it was proposed in.
    QList<ReviewProposal> proposals() const;
    QDateTimeEdit *dateTimeEdit(ReviewKind kind) const;

private:
    QList<ReviewProposal> m_proposals;
    QList<QDateTimeEdit *> m_edits;
};

} // namespace hs
