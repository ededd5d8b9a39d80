#include "reviewscalendarcontroller.h"

#include "icswriter.h"
#include "naming.h"
#include "prompts.h"
#include "reviewstore.h"
#include "theme.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimeZone>

namespace hs {

ReviewsCalendarController::ReviewsCalendarController(ReviewStore &store, QWidget &panel)
    : QObject(&panel)
    , m_store(store)
    , m_panel(panel)
    , m_status(new QLabel(&panel))
    , m_push(new QPushButton(tr("Push to Calendar"), &panel))
    , m_export(new QPushButton(tr("Export .ics…"), &panel))
    , m_conflictBar(new QWidget(&panel))
    , m_replace(new QPushButton(tr("Replace Theirs…"), m_conflictBar))
    , m_keep(new QPushButton(tr("Keep Theirs"), m_conflictBar)) {
    m_status->setObjectName(QStringLiteral("calendarStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();
    m_push->setObjectName(QStringLiteral("pushReviewsButton"));
    m_export->setObjectName(QStringLiteral("exportIcsButton"));
    m_export->setToolTip(tr("Save the reviews as an iCalendar file that any calendar app can import"));
    connect(m_push, &QPushButton::clicked, this, &ReviewsCalendarController::pushToCalendar);
    connect(m_export, &QPushButton::clicked, this, &ReviewsCalendarController::exportIcs);
    m_replace->setObjectName(QStringLiteral("replaceTheirsButton"));
    m_replace->setToolTip(tr("Overwrite the event someone else changed with the review as it is here"));
    m_keep->setObjectName(QStringLiteral("keepTheirsButton"));
    m_keep->setToolTip(tr("Take the calendar's date and time for the review here; nothing is sent"));
    connect(m_replace, &QPushButton::clicked, this, &ReviewsCalendarController::replaceTheirs);
    connect(m_keep, &QPushButton::clicked, this, &ReviewsCalendarController::keepTheirs);
    auto *conflictLine = new QHBoxLayout(m_conflictBar);
    conflictLine->setContentsMargins(0, 0, 0, 0);
    conflictLine->addWidget(m_replace);
    conflictLine->addWidget(m_keep);
    conflictLine->addStretch();
    m_conflictBar->hide();
    updateButtons();
}

void ReviewsCalendarController::setCalendar(CalendarApi *calendar) {
    if (m_calendar)
        disconnect(m_calendar, nullptr, this, nullptr);
    m_calendar = calendar;
    if (m_calendar) {
        connect(m_calendar, &CalendarApi::reviewsPushed, this, &ReviewsCalendarController::pushed);
        connect(m_calendar, &CalendarApi::reviewDeleted, this, &ReviewsCalendarController::deleted);
    }
    updateButtons();
}

void ReviewsCalendarController::setIncident(qint64 incidentId, const QString &title) {
    if (incidentId != m_incidentId) {
        m_status->hide();
        m_conflicts.clear();
    }
    m_incidentId = incidentId;
    m_title = title;
    updateButtons();
}

void ReviewsCalendarController::setHasReviews(bool any) {
    m_any = any;
    updateButtons();
}

void ReviewsCalendarController::updateButtons() {
    m_export->setVisible(m_any);
    m_push->setVisible(m_any);
    m_push->setEnabled(m_pushing == 0);
    m_conflictBar->setVisible(!m_conflicts.isEmpty() && m_pushing == 0);
    const bool configured = m_calendar && m_calendar->account().isValid();
    m_push->setToolTip(configured ? tr("Create or update the reviews as events in the calendar %1")
                                        .arg(m_calendar->account().url.toDisplayString())
                                  : tr("No calendar is set up yet: Settings > Calendar… sets one up."));
}

QString ReviewsCalendarController::describe(const Review &review) const {
    return tr("the %1 review on %2")
        .arg(reviewKindLabel(review.kind), QLocale().toString(review.at, reviewDateFormat()));
}

void ReviewsCalendarController::showStatus(const QString &text, bool error) {
    m_status->setText(text);
    theme::markAsError(m_status, error);
    m_status->setVisible(!text.isEmpty());
}

bool ReviewsCalendarController::exportIcs() {
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
        &m_panel, tr("Export Reviews as iCalendar"),
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

void ReviewsCalendarController::pushToCalendar() {
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

void ReviewsCalendarController::pushed(const CalendarApi::PushResult &result) {
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
                              QLocale().toString(outcome.serverStart.toLocalTime(), reviewDateFormat()));
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

QString ReviewsCalendarController::keychainHint() const {
    return tr("Enter the password again in Settings > Calendar…; when the keychain cannot store it, you can "
              "keep it there for this session only.");
}

void ReviewsCalendarController::replaceTheirs() {
    if (m_conflicts.isEmpty() || m_pushing != 0 || !m_calendar)
        return;
    QStringList labels;
    for (const CalendarApi::ReviewOutcome &conflict : std::as_const(m_conflicts))
        labels << reviewKindLabel(conflict.kind);
    const QPointer<ReviewsCalendarController> self(this);
    const auto answer = prompts::ask(
        &m_panel, QMessageBox::Warning,
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

void ReviewsCalendarController::keepTheirs() {
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
                         .arg(label, QLocale().toString(theirs.at, reviewDateFormat()),
                              QLocale().toString(review->at, reviewDateFormat()));
        } else {
            lines << tr("The %1 review keeps the calendar's version.").arg(label);
        }
    }
    showStatus(lines.join(QLatin1Char('\n')), problem);
    if (!problem && !lines.isEmpty())
        emit message(lines.join(QLatin1Char(' ')));
}

void ReviewsCalendarController::deleteReview(const Review &given) {
    const Review review = given; // a copy: the panel's rows may be rebuilt meanwhile
    if (m_deleting.contains(review.id))
        return;
    const bool pushed = !review.calendarHref.isEmpty();
    const bool reachable = m_calendar && m_calendar->account().isValid();
    const QPointer<ReviewsCalendarController> self(this);
    if (pushed && !reachable) {
        // One question, not two: the event cannot be deleted, so deleting means here only.
        const auto here = prompts::ask(
            &m_panel, QMessageBox::Warning,
            tr("The event of %1 is on a calendar that is not set up any more, so it cannot be deleted "
               "there. Delete the review here only?")
                .arg(describe(review)),
            tr("The event stays on that calendar until you delete it there."),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (self && here == QMessageBox::Yes)
            removeHere(review);
        return;
    }
    const auto answer = prompts::ask(&m_panel, QMessageBox::Question, tr("Delete %1?").arg(describe(review)),
                                     pushed ? tr("Its event is deleted from the calendar too.") : QString(),
                                     QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (!self || answer != QMessageBox::Yes)
        return;
    if (!pushed) {
        removeHere(review);
        return;
    }
    m_deleting.insert(review.id);
    emit deletingChanged();
    showStatus(tr("Deleting the event from the calendar…"), false);
    m_calendar->deleteReview(m_store, review);
}

void ReviewsCalendarController::deleted(const CalendarApi::DeleteResult &result) {
    if (!m_deleting.remove(result.review.id))
        return; // not asked for here
    emit deletingChanged();
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
                            QLocale().toString(result.serverStart.toLocalTime(), reviewDateFormat()));
    else
        question = tr("The event of %1 could not be deleted from the calendar: %2 Delete the review here "
                      "only?")
                       .arg(describe(result.review), result.message);
    showStatus(result.keychainUnavailable ? QString(tr("The review was kept: %1").arg(result.message) +
                                                    QLatin1Char('\n') + keychainHint())
                                          : tr("The review was kept: %1").arg(result.message),
               true);
    const QPointer<ReviewsCalendarController> self(this);
    const auto answer = prompts::ask(&m_panel, QMessageBox::Warning, question,
                                     tr("The event then stays in the calendar until you delete it there."),
                                     QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (self && answer == QMessageBox::Yes)
        removeHere(result.review);
}

void ReviewsCalendarController::removeHere(const Review &review) {
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
