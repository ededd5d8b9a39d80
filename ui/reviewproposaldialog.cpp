#include "reviewproposaldialog.h"

#include "theme.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace hs {

ReviewProposalDialog::ReviewProposalDialog(const QString &incidentTitle,
                                           const QList<ReviewProposal> &proposals, QWidget *parent)
    : QDialog(parent)
    , m_proposals(proposals) {
    setObjectName(QStringLiteral("reviewProposalDialog"));
    setWindowTitle(tr("Schedule Reviews"));
    auto *intro = new QLabel(tr("“%1” is written. Review its actions a week and a month from now, to check "
                                "they were done:")
                                 .arg(incidentTitle),
                             this);
    intro->setWordWrap(true);

    auto *form = new QFormLayout;
    for (const ReviewProposal &p : m_proposals) {
        auto *edit = new QDateTimeEdit(this);
        edit->setObjectName(reviewKindKey(p.kind) + QLatin1String("ReviewEdit"));
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("ddd yyyy-MM-dd HH:mm"));
        // The edit works in wall-clock time; the zone is put back in proposals().
        edit->setDateTime(QDateTime(p.at.date(), p.at.time()));
        // Room for every weekday name the format may show, so the time is never cut off.
        edit->setMinimumWidth(edit->sizeHint().width() + 2 * fontMetrics().averageCharWidth());
        form->addRow(tr("Review %1:").arg(reviewKindLabel(p.kind)), edit);
        m_edits << edit;
    }
    auto *note = new QLabel(tr("Times are in %1. You can change them later in the editor's reviews.")
                                .arg(m_proposals.isEmpty()
                                         ? QString()
                                         : QString::fromUtf8(m_proposals.first().at.timeZone().id())),
                            this);
    note->setWordWrap(true);
    theme::markAsSecondary(note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Schedule Reviews"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Not Now"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
    if (!m_edits.isEmpty())
        m_edits.first()->setFocus();
}

QList<ReviewProposal> ReviewProposalDialog::proposals() const {
    QList<ReviewProposal> edited = m_proposals;
    for (int i = 0; i < edited.size(); ++i) {
        const QDateTime local = m_edits.at(i)->dateTime();
        edited[i].at = atLocalTime(local.date(), local.time(), m_proposals.at(i).at.timeZone());
    }
    return edited;
}

QDateTimeEdit *ReviewProposalDialog::dateTimeEdit(ReviewKind kind) const {
    for (int i = 0; i < m_proposals.size(); ++i)
        if (m_proposals.at(i).kind == kind)
            return m_edits.at(i);
    return nullptr;
}

} // namespace hs
