#include "reviewspanel.h"

#include "icswriter.h"
#include "naming.h"
#include "prompts.h"
#include "reviewproposaldialog.h"
#include "reviewstore.h"
#include "theme.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

namespace hs {

namespace {

const QString kDateFormat = QStringLiteral("ddd yyyy-MM-dd HH:mm");

} // namespace

ReviewsPanel::ReviewsPanel(ReviewStore &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_empty(
          new QLabel(tr("No reviews yet. They are proposed when the document is marked documented."), this))
    , m_error(new QLabel(this))
    , m_status(new QLabel(this))
    , m_propose(new QPushButton(tr("&Propose Reviews…"), this))
    , m_push(new QPushButton(tr("Push to Calendar"), this))
    , m_export(new QPushButton(tr("Export .ics…"), this))
    , m_conflictBar(new QWidget(this))
    , m_replace(new QPushButton(tr("Replace Theirs…"), m_conflictBar))
    , m_keep(new QPushButton(tr("Keep Theirs"), m_conflictBar)) {
    m_empty->setWordWrap(true);
    theme::markAsSecondary(m_empty);
    m_error->setObjectName(QStringLiteral("reviewError"));
    m_error->setWordWrap(true);
    m_error->hide();
    theme::markAsError(m_error, true);
    m_status->setObjectName(QStringLiteral("calendarStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();
    m_propose->setObjectName(QStringLiteral("proposeReviewsButton"));
    m_propose->setToolTip(tr("Schedule the +1 week and +1 month reviews of the actions"));
    m_push->setObjectName(QStringLiteral("pushReviewsButton"));
    m_export->setObjectName(QStringLiteral("exportIcsButton"));
    m_export->setToolTip(tr("Save the reviews as an iCalendar file that any calendar app can import"));
    connect(m_propose, &QPushButton::clicked, this, &ReviewsPanel::propose);
    connect(m_push, &QPushButton::clicked, this, &ReviewsPanel::pushToCalendar);
    connect(m_export, &QPushButton::clicked, this, &ReviewsPanel::exportIcs);
    m_replace->setObjectName(QStringLiteral("replaceTheirsButton"));
    m_replace->setToolTip(tr("Overwrite the event someone else changed with the review as it is here"));
    m_keep->setObjectName(QStringLiteral("keepTheirsButton"));
    m_keep->setToolTip(tr("Take the calendar's date and time for the review here; nothing is sent"));
    connect(m_replace, &QPushButton::clicked, this, &ReviewsPanel::replaceTheirs);
    connect(m_keep, &QPushButton::clicked, this, &ReviewsPanel::keepTheirs);
    auto *conflictLine = new QHBoxLayout(m_conflictBar);
    conflictLine->setContentsMargins(0, 0, 0, 0);
    conflictLine->addWidget(m_replace);
    conflictLine->addWidget(m_keep);
    conflictLine->addStretch();
    m_conflictBar->hide();

    auto *heading = new QLabel(tr("Reviews"), this);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    auto *top = new QHBoxLayout;
    top->addWidget(heading);
    top->addStretch();
    top->addWidget(m_propose);
    top->addWidget(m_export);
    top->addWidget(m_push);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addWidget(m_empty);
    layout->addWidget(m_error);
    layout->addWidget(m_status);
    layout->addWidget(m_conflictBar);

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
    if (m_calendar)
        disconnect(m_calendar, nullptr, this, nullptr);
    m_rows.clear();
    m_rowsHost = nullptr;
    // The rows (and retired ones not deleted yet) go now, with their connections, while this is whole.
    qDeleteAll(findChildren<QWidget *>(QStringLiteral("reviewRows"), Qt::FindDirectChildrenOnly));
}

void ReviewsPanel::setCalendar(CalendarApi *calendar) {
    if (m_calendar)
        disconnect(m_calendar, nullptr, this, nullptr);
    m_calendar = calendar;
    if (m_calendar) {
        connect(m_calendar, &CalendarApi::reviewsPushed, this, &ReviewsPanel::pushed);
        connect(m_calendar, &CalendarApi::reviewDeleted, this, &ReviewsPanel::deleted);
    }
    updateButtons();
}

void ReviewsPanel::setIncident(qint64 incidentId, const QString &title) {
    if (incidentId != m_incidentId) {
        m_status->hide();
        m_conflicts.clear();
    }
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
        row.at->setDisplayFormat(kDateFormat);
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
    m_export->setVisible(any);
    m_push->setVisible(any);
    m_push->setEnabled(m_pushing == 0);
    m_conflictBar->setVisible(!m_conflicts.isEmpty() && m_pushing == 0);
    const bool configured = m_calendar && m_calendar->account().isValid();
    m_push->setToolTip(configured ? tr("Create or update the reviews as events in the calendar %1")
                                        .arg(m_calendar->account().url.toDisplayString())
                                  : tr("No calendar is set up yet: Settings > Calendar… sets one up."));
    for (const Row &row : std::as_const(m_rows)) {
        const bool busy = m_deleting.contains(row.review.id);
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

QString ReviewsPanel::describe(const Review &review) const {
    return tr("the %1 review on %2")
        .arg(reviewKindLabel(review.kind), QLocale().toString(review.at, kDateFormat));
}

void ReviewsPanel::showStatus(const QString &text, bool error) {
    m_status->setText(text);
    theme::markAsError(m_status, error);
    m_status->setVisible(!text.isEmpty());
}

bool ReviewsPanel::exportIcs() {
    if (m_incidentId == 0)
        return false;
    QString error;
    const QList<IcsWriter::Event> events = m_store.calendarEvents(m_incidentId, m_title, &error);
    if (events.isEmpty()) {
        showStatus(error.isEmpty() ? tr("There are no reviews to export yet.") : error, true);
        return false;
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = prompts::saveFileName(
        this, tr("Export Reviews as iCalendar"),
        QDir(folder).filePath(naming::slugify(m_title) + QStringLiteral("-reviews.ics")),
        tr("iCalendar files (*.ics)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".ics");
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(IcsWriter().calendar(events)) < 0 || !file.commit()) {
        showStatus(
            tr("“%1” could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()),
            true);
        return false;
    }
    const QString done =
        tr("Exported %n review(s) to %1.", nullptr, int(events.size())).arg(QDir::toNativeSeparators(path));
    showStatus(done, false);
    emit message(done);
    return true;
}

void ReviewsPanel::pushToCalendar() {
    if (m_incidentId == 0 || m_pushing != 0)
        return;
    if (!m_calendar || !m_calendar->account().isValid()) {
        showStatus(tr("No calendar is set up yet: Settings > Calendar… sets one up (its address, user and "
                      "password), then push again."),
                   true);
        return;
    }
    m_pushing = m_incidentId;
    m_conflicts.clear(); // this push finds them anew
    updateButtons();
    showStatus(tr("Pushing the reviews to the calendar…"), false);
    m_calendar->pushReviews(m_store, m_incidentId, m_title);
}

void ReviewsPanel::pushed(const CalendarApi::PushResult &result) {
    if (result.incidentId != m_pushing)
        return; // another window's push
    m_pushing = 0;
    if (result.incidentId != m_incidentId) {
        updateButtons();
        return; // the user went on to another incident; the events were stored all the same
    }
    for (const CalendarApi::ReviewOutcome &outcome : result.reviews)
        if (outcome.status == CalendarApi::ReviewOutcome::Status::Conflict)
            m_conflicts << outcome;
    updateButtons();
    QStringList lines;
    const int pushed = result.pushed();
    if (pushed > 0 || result.error.isEmpty())
        lines << tr("Pushed %n review(s) to the calendar.", nullptr, pushed);
    bool problem = !result.error.isEmpty();
    for (const CalendarApi::ReviewOutcome &outcome : result.reviews) {
        if (outcome.status != CalendarApi::ReviewOutcome::Status::Conflict)
            continue;
        problem = true;
        const QString label = reviewKindLabel(outcome.kind);
        if (outcome.serverStart.isValid() || !outcome.serverSummary.isEmpty())
            lines << tr("The %1 review was changed in the calendar by someone else, so it was not "
                        "overwritten; the calendar has “%2” on %3.")
                         .arg(label, outcome.serverSummary,
                              QLocale().toString(outcome.serverStart.toLocalTime(), kDateFormat));
        else
            lines << tr("The %1 review's event was deleted in the calendar by someone else, so it was not "
                        "created again.")
                         .arg(label);
    }
    if (!result.error.isEmpty())
        lines << (pushed > 0 ? tr("Then the push stopped: %1").arg(result.error)
                             : tr("Not pushed: %1").arg(result.error));
    if (result.keychainUnavailable)
        lines << keychainHint();
    showStatus(lines.join(QLatin1Char('\n')), problem);
    if (!problem)
        emit message(lines.constFirst());
}

QString ReviewsPanel::keychainHint() const {
    return tr("Enter the password again in Settings > Calendar…; when the keychain cannot store it, you can "
              "keep it there for this session only.");
}

void ReviewsPanel::replaceTheirs() {
    if (m_conflicts.isEmpty() || m_pushing != 0 || !m_calendar)
        return;
    QStringList labels;
    for (const CalendarApi::ReviewOutcome &conflict : std::as_const(m_conflicts))
        labels << reviewKindLabel(conflict.kind);
    const QPointer<ReviewsPanel> self(this);
    const auto answer = prompts::ask(
        this, QMessageBox::Warning,
        tr("Replace the calendar's version of the %1 review(s)?", nullptr, int(labels.size()))
            .arg(labels.join(QStringLiteral(", "))),
        tr("What someone else changed in the event is overwritten with the review as it is here. If they "
           "change it again meanwhile, nothing is overwritten and you see their new version."),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (!self || answer != QMessageBox::Yes || m_pushing != 0 || !m_calendar)
        return;
    const QList<CalendarApi::ReviewOutcome> conflicts = std::exchange(m_conflicts, {});
    m_pushing = m_incidentId;
    updateButtons();
    showStatus(tr("Replacing the calendar's version…"), false);
    m_calendar->replaceTheirs(m_store, m_incidentId, m_title, conflicts);
}

void ReviewsPanel::keepTheirs() {
    if (m_conflicts.isEmpty() || m_pushing != 0)
        return;
    const QList<CalendarApi::ReviewOutcome> conflicts = std::exchange(m_conflicts, {});
    updateButtons();
    QStringList lines;
    bool problem = false;
    for (const CalendarApi::ReviewOutcome &conflict : conflicts) {
        const std::optional<Review> review = m_store.load(conflict.reviewId);
        if (!review)
            continue; // deleted here meanwhile: nothing to keep it for
        const QString label = reviewKindLabel(conflict.kind);
        QString error;
        if (conflict.serverEtag.isEmpty()) {
            // Deleted there: forget that event, so the next push creates a new one instead of a conflict.
            if (m_store.setCalendarState(review->id, {}, {}, &error))
                lines
                    << tr("The %1 review is no longer linked to the event deleted in the calendar; the next "
                          "push creates it again.")
                           .arg(label);
            else
                lines << tr("The %1 review could not be changed: %2").arg(label, error);
            problem = problem || !error.isEmpty();
            continue;
        }
        Review theirs = *review;
        if (conflict.serverStart.isValid())
            theirs.at = conflict.serverStart.toTimeZone(review->at.timeZone());
        // The date first: should the ETag not be stored after it, the next push meets the conflict again.
        const bool ok =
            (theirs.at == review->at || m_store.update(theirs, &error)) &&
            m_store.setCalendarState(review->id, conflict.serverHref, conflict.serverEtag, &error);
        if (!ok) {
            lines << tr("The %1 review could not be changed: %2").arg(label, error);
            problem = true;
        } else if (theirs.at != review->at) {
            // The old date in words, so the user can put it back by hand.
            lines << tr("The %1 review now has the calendar's date, %2 (it was %3).")
                         .arg(label, QLocale().toString(theirs.at, kDateFormat),
                              QLocale().toString(review->at, kDateFormat));
        } else {
            lines << tr("The %1 review keeps the calendar's version.").arg(label);
        }
    }
    showStatus(lines.join(QLatin1Char('\n')), problem);
    if (!problem && !lines.isEmpty())
        emit message(lines.join(QLatin1Char(' ')));
}

void ReviewsPanel::deleteReview(int index) {
    if (index < 0 || index >= m_rows.size())
        return;
    const Review review = m_rows.at(index).review; // a copy: the rows may be rebuilt meanwhile
    if (m_deleting.contains(review.id))
        return;
    const bool pushed = !review.calendarHref.isEmpty();
    const bool reachable = m_calendar && m_calendar->account().isValid();
    const QPointer<ReviewsPanel> self(this);
    if (pushed && !reachable) {
        // One question, not two: the event cannot be deleted, so deleting means here only.
        const auto here = prompts::ask(
            this, QMessageBox::Warning,
            tr("The event of %1 is on a calendar that is not set up any more, so it cannot be deleted "
               "there. Delete the review here only?")
                .arg(describe(review)),
            tr("The event stays on that calendar until you delete it there."),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (self && here == QMessageBox::Yes)
            removeHere(review);
        return;
    }
    const auto answer = prompts::ask(this, QMessageBox::Question, tr("Delete %1?").arg(describe(review)),
                                     pushed ? tr("Its event is deleted from the calendar too.") : QString(),
                                     QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (!self || answer != QMessageBox::Yes)
        return;
    if (!pushed) {
        removeHere(review);
        return;
    }
    m_deleting.insert(review.id);
    updateButtons();
    showStatus(tr("Deleting the event from the calendar…"), false);
    m_calendar->deleteReview(m_store, review);
}

void ReviewsPanel::deleted(const CalendarApi::DeleteResult &result) {
    if (!m_deleting.remove(result.review.id))
        return; // not asked for here
    updateButtons();
    using Status = CalendarApi::DeleteResult::Status;
    if (result.status == Status::Deleted) {
        const QString done = result.eventWasGone
                                 ? tr("Review deleted; its event had already been deleted from the calendar.")
                                 : tr("Review deleted, and its event in the calendar too.");
        showStatus(done, false);
        emit message(done);
        return;
    }
    QString question;
    if (result.status == Status::Conflict)
        question = tr("The event of %1 was changed in the calendar by someone else (it is now “%2” on %3), "
                      "so it was not deleted. Delete the review here only, and keep the changed event in "
                      "the calendar?")
                       .arg(describe(result.review), result.serverSummary,
                            QLocale().toString(result.serverStart.toLocalTime(), kDateFormat));
    else
        question = tr("The event of %1 could not be deleted from the calendar: %2 Delete the review here "
                      "only?")
                       .arg(describe(result.review), result.message);
    showStatus(result.keychainUnavailable ? QString(tr("The review was kept: %1").arg(result.message) +
                                                    QLatin1Char('\n') + keychainHint())
                                          : tr("The review was kept: %1").arg(result.message),
               true);
    const QPointer<ReviewsPanel> self(this);
    const auto answer = prompts::ask(this, QMessageBox::Warning, question,
                                     tr("The event then stays in the calendar until you delete it there."),
                                     QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (self && answer == QMessageBox::Yes)
        removeHere(result.review);
}

void ReviewsPanel::removeHere(const Review &review) {
    QString error;
    if (!m_store.remove(review.id, &error)) {
        showStatus(tr("The review could not be deleted: %1").arg(error), true);
        return;
    }
    const QString done = review.calendarHref.isEmpty()
                             ? tr("Review deleted.")
                             : tr("Review deleted here; its event is still in the calendar.");
    showStatus(done, false);
    emit message(done);
}

} // namespace hs
