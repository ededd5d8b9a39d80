#include "reviewspanel.h"

#include "reviewproposaldialog.h"
#include "reviewstore.h"
#include "theme.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace hs {

ReviewsPanel::ReviewsPanel(ReviewStore &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_empty(
          new QLabel(tr("No reviews yet. They are proposed when the document is marked documented."), this))
    , m_error(new QLabel(this))
    , m_propose(new QPushButton(tr("&Propose Reviews…"), this))
    , m_calendar(new ReviewsCalendarController(store, *this)) {
    m_empty->setWordWrap(true);
    theme::markAsSecondary(m_empty);
    m_error->setObjectName(QStringLiteral("reviewError"));
    m_error->setWordWrap(true);
    m_error->hide();
    theme::markAsError(m_error, true);
    m_propose->setObjectName(QStringLiteral("proposeReviewsButton"));
    m_propose->setToolTip(tr("Schedule the +1 week and +1 month reviews of the actions"));
    connect(m_propose, &QPushButton::clicked, this, &ReviewsPanel::propose);
    connect(m_calendar, &ReviewsCalendarController::message, this, &ReviewsPanel::message);
    connect(m_calendar, &ReviewsCalendarController::deletingChanged, this, &ReviewsPanel::updateButtons);

    auto *heading = new QLabel(tr("Reviews"), this);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    auto *top = new QHBoxLayout;
    top->addWidget(heading);
    top->addStretch();
    top->addWidget(m_propose);
    top->addWidget(m_calendar->exportButton());
    top->addWidget(m_calendar->pushButton());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addWidget(m_empty);
    layout->addWidget(m_error);
    layout->addWidget(m_calendar->status());
    layout->addWidget(m_calendar->conflictBar());

    auto refresh = [this](qint64, qint64 incidentId) {
        if (incidentId == m_incidentId && !m_saving)
            reload();
    };
    connect(&m_store, &ReviewStore::reviewCreated, this, refresh);
    connect(&m_store, &ReviewStore::reviewChanged, this, refresh);
    connect(&m_store, &ReviewStore::reviewRemoved, this, refresh);
    reload();
}

// Children go before QObject's own clean-up: nothing they or the store send may reach the rows now.
ReviewsPanel::~ReviewsPanel() {
    disconnect(&m_store, nullptr, this, nullptr);
    delete std::exchange(m_calendar, nullptr); // with its connections to the calendar
    m_rows.clear();
    m_rowsHost = nullptr;
    // The rows (and retired ones not deleted yet) go now, with their connections, while this is whole.
    qDeleteAll(findChildren<QWidget *>(QStringLiteral("reviewRows"), Qt::FindDirectChildrenOnly));
}

void ReviewsPanel::setIncident(qint64 incidentId, const QString &title) {
    m_calendar->setIncident(incidentId, title);
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
    const QList<Review> reviews = m_incidentId != 0 ? m_store.forIncident(m_incidentId) : QList<Review>();
    bool same = reviews.size() == m_rows.size() && m_rowsHost;
    for (qsizetype i = 0; same && i < reviews.size(); ++i)
        same = reviews.at(i).id == m_rows.at(i).review.id;
    if (same) {
        // Only values changed (e.g. a push stored the event's ETag): keep the widgets and the focus.
        refreshInPlace(reviews);
        return;
    }
    m_rows.clear();
    if (QWidget *old = std::exchange(m_rowsHost, nullptr)) {
        // Later: this may run from a signal of one of its own widgets.
        old->hide();
        layout()->removeWidget(old);
        old->deleteLater();
    }
    m_rowsHost = new QWidget(this);
    m_rowsHost->setObjectName(QStringLiteral("reviewRows"));
    m_grid = new QGridLayout(m_rowsHost);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setColumnStretch(3, 1);
    static_cast<QVBoxLayout *>(layout())->insertWidget(2, m_rowsHost);
    QWidget *host = m_rowsHost;
    for (const Review &review : reviews) {
        Row row;
        row.review = review;
        row.kind = new QLabel(reviewKindLabel(review.kind), host);
        row.at = new QDateTimeEdit(QDateTime(review.at.date(), review.at.time()), host);
        row.at->setCalendarPopup(true);
        row.at->setDisplayFormat(reviewDateFormat());
        // Room for every weekday name the format may show, so the time is never cut off.
        row.at->setMinimumWidth(row.at->sizeHint().width() + 2 * fontMetrics().averageCharWidth());
        row.at->setToolTip(tr("In %1").arg(QString::fromUtf8(review.at.timeZone().id())));
        row.done = new QCheckBox(tr("Done"), host);
        row.done->setChecked(review.done);
        row.notes = new QLineEdit(review.notes, host);
        row.notes->setPlaceholderText(tr("What was done, what is still open"));
        row.remove = new QToolButton(host);
        row.remove->setObjectName(QStringLiteral("deleteReviewButton"));
        row.remove->setIcon(QIcon::fromTheme(QStringLiteral("edit-delete")));
        row.remove->setText(tr("Delete"));
        row.remove->setAutoRaise(true);
        row.remove->setFocusPolicy(Qt::StrongFocus);
        row.remove->setToolTip(tr("Delete this review, and its event in the calendar (Delete)"));
        row.done->installEventFilter(this);
        row.remove->installEventFilter(this);
        const int index = int(m_rows.size());
        const int line = m_grid->rowCount();
        m_grid->addWidget(row.kind, line, 0);
        m_grid->addWidget(row.at, line, 1);
        m_grid->addWidget(row.done, line, 2);
        m_grid->addWidget(row.notes, line, 3);
        m_grid->addWidget(row.remove, line, 4);
        // Each checks that its rows are still the panel's: signals of retired rows are dropped.
        auto saveRow = [this, host, index] {
            if (host == m_rowsHost)
                save(index);
        };
        // The host is the context: its rows' connections end with it.
        connect(row.at, &QDateTimeEdit::editingFinished, host, saveRow);
        connect(row.done, &QCheckBox::toggled, host, saveRow);
        connect(row.notes, &QLineEdit::textEdited, host, saveRow);
        connect(row.remove, &QToolButton::clicked, host, [this, host, index] {
            if (host == m_rowsHost)
                deleteReview(index);
        });
        m_rows << row;
    }
    m_empty->setVisible(m_rows.isEmpty());
    updateButtons();
}

void ReviewsPanel::refreshInPlace(const QList<Review> &reviews) {
    for (qsizetype i = 0; i < reviews.size(); ++i) {
        Row &row = m_rows[i];
        const Review &review = reviews.at(i);
        const QSignalBlocker blockAt(row.at), blockDone(row.done), blockNotes(row.notes);
        // What the user is typing in stays as typed.
        if (review.at != row.review.at && !row.at->hasFocus())
            row.at->setDateTime(QDateTime(review.at.date(), review.at.time()));
        if (review.done != row.review.done)
            row.done->setChecked(review.done);
        if (review.notes != row.review.notes && !row.notes->hasFocus())
            row.notes->setText(review.notes);
        row.review = review;
    }
    updateButtons();
}

void ReviewsPanel::updateButtons() {
    const bool any = !m_rows.isEmpty();
    // Once there are reviews, proposing again would double them: they are edited in place instead.
    m_propose->setVisible(!any);
    m_propose->setEnabled(m_incidentId != 0);
    m_calendar->setHasReviews(any);
    for (const Row &row : std::as_const(m_rows)) {
        const bool busy = m_calendar->isDeleting(row.review.id);
        for (QWidget *w : {static_cast<QWidget *>(row.at), static_cast<QWidget *>(row.done),
                           static_cast<QWidget *>(row.notes), static_cast<QWidget *>(row.remove)})
            w->setEnabled(!busy);
    }
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

bool ReviewsPanel::eventFilter(QObject *watched, QEvent *event) {
    if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Delete &&
        static_cast<QKeyEvent *>(event)->modifiers() == Qt::NoModifier) {
        for (int i = 0; i < m_rows.size(); ++i)
            if (watched == m_rows.at(i).done || watched == m_rows.at(i).remove) {
                deleteReview(i);
                return true;
            }
    }
    return QWidget::eventFilter(watched, event);
}

void ReviewsPanel::deleteReview(int index) {
    if (index >= 0 && index < m_rows.size())
        m_calendar->deleteReview(m_rows.at(index).review);
}

} // namespace hs
