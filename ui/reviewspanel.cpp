#include "reviewspanel.h"

#include "reviewproposaldialog.h"
#include "reviewstore.h"
#include "theme.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hs {

ReviewsPanel::ReviewsPanel(ReviewStore &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_grid(new QGridLayout)
    , m_empty(
          new QLabel(tr("No reviews yet. They are proposed when the document is marked documented."), this))
    , m_error(new QLabel(this))
    , m_propose(new QPushButton(tr("&Propose Reviews…"), this)) {
    m_empty->setWordWrap(true);
    theme::markAsSecondary(m_empty);
    m_error->setObjectName(QStringLiteral("reviewError"));
    m_error->setWordWrap(true);
    m_error->hide();
    theme::markAsError(m_error, true);
    m_propose->setObjectName(QStringLiteral("proposeReviewsButton"));
    m_propose->setToolTip(tr("Schedule the +1 week and +1 month reviews of the actions"));
    connect(m_propose, &QPushButton::clicked, this, &ReviewsPanel::propose);

    auto *heading = new QLabel(tr("Reviews"), this);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    auto *top = new QHBoxLayout;
    top->addWidget(heading);
    top->addStretch();
    top->addWidget(m_propose);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setColumnStretch(3, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addWidget(m_empty);
    layout->addLayout(m_grid);
    layout->addWidget(m_error);

    auto refresh = [this](qint64, qint64 incidentId) {
        if (incidentId == m_incidentId && !m_saving)
            reload();
    };
    connect(&m_store, &ReviewStore::reviewCreated, this, refresh);
    connect(&m_store, &ReviewStore::reviewChanged, this, refresh);
    connect(&m_store, &ReviewStore::reviewRemoved, this, refresh);
    reload();
}

void ReviewsPanel::setIncident(qint64 incidentId, const QString &title) {
    m_incidentId = incidentId;
    m_title = title;
    m_error->hide();
    reload();
}

QDate ReviewsPanel::today() const {
    return m_today ? m_today() : QDateTime::currentDateTime().toTimeZone(m_rules.zone).date();
}

bool ReviewsPanel::propose() {
    if (m_incidentId == 0)
        return false;
    ReviewProposalDialog dialog(m_title, proposeReviews(today(), m_rules), this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    QString error;
    const QList<Review> created = m_store.create(m_incidentId, dialog.proposals(), &error);
    if (created.isEmpty()) {
        m_error->setText(tr("The reviews could not be scheduled: %1").arg(error));
        m_error->show();
        return false;
    }
    emit message(tr("Scheduled %n review(s).", nullptr, int(created.size())));
    return true;
}

void ReviewsPanel::proposeIfNone() {
    if (m_incidentId != 0 && m_store.forIncident(m_incidentId).isEmpty())
        propose();
}

void ReviewsPanel::reload() {
    for (const Row &row : std::as_const(m_rows)) {
        delete row.kind;
        delete row.at;
        delete row.done;
        delete row.notes;
    }
    m_rows.clear();
    const QList<Review> reviews = m_incidentId != 0 ? m_store.forIncident(m_incidentId) : QList<Review>();
    for (const Review &review : reviews) {
        Row row;
        row.review = review;
        row.kind = new QLabel(reviewKindLabel(review.kind), this);
        row.at = new QDateTimeEdit(QDateTime(review.at.date(), review.at.time()), this);
        row.at->setCalendarPopup(true);
        row.at->setDisplayFormat(QStringLiteral("ddd yyyy-MM-dd HH:mm"));
        // Room for every weekday name the format may show, so the time is never cut off.
        row.at->setMinimumWidth(row.at->sizeHint().width() + 2 * fontMetrics().averageCharWidth());
        row.at->setToolTip(tr("In %1").arg(QString::fromUtf8(review.at.timeZone().id())));
        row.done = new QCheckBox(tr("Done"), this);
        row.done->setChecked(review.done);
        row.notes = new QLineEdit(review.notes, this);
        row.notes->setPlaceholderText(tr("What was done, what is still open"));
        const int index = int(m_rows.size());
        const int line = m_grid->rowCount();
        m_grid->addWidget(row.kind, line, 0);
        m_grid->addWidget(row.at, line, 1);
        m_grid->addWidget(row.done, line, 2);
        m_grid->addWidget(row.notes, line, 3);
        connect(row.at, &QDateTimeEdit::editingFinished, this, [this, index] { save(index); });
        connect(row.done, &QCheckBox::toggled, this, [this, index] { save(index); });
        connect(row.notes, &QLineEdit::textEdited, this, [this, index] { save(index); });
        m_rows << row;
    }
    m_empty->setVisible(m_rows.isEmpty());
    // Once there are reviews, proposing again would double them: they are edited in place instead.
    m_propose->setVisible(m_rows.isEmpty());
    m_propose->setEnabled(m_incidentId != 0);
}

void ReviewsPanel::save(int index) {
    Row &row = m_rows[index];
    Review edited = row.review;
    const QDateTime local = row.at->dateTime();
    edited.at = atLocalTime(local.date(), local.time(), row.review.at.timeZone());
    edited.done = row.done->isChecked();
    edited.notes = row.notes->text();
    if (edited.at == row.review.at && edited.done == row.review.done && edited.notes == row.review.notes)
        return;
    QString error;
    m_saving = true;
    const bool ok = m_store.update(edited, &error);
    m_saving = false;
    m_error->setText(tr("The review could not be saved: %1").arg(error));
    m_error->setVisible(!ok);
    if (ok)
        row.review = edited;
}

} // namespace hs
