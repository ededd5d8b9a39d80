#include "calendarservice.h"

#include "caldavclient.h"
#include "credentialstore.h"
#include "reviewcalendarsync.h"
#include "reviewstore.h"

#include <QPointer>
#include <QSettings>

namespace hs {

namespace {

// Shared with hindsight-cli's `calendar add`.
const QLatin1String kUrlKey("calendar/url");
const QLatin1String kUserKey("calendar/user");

CalendarApi::ReviewOutcome::Status outcomeStatus(ReviewPushOutcome::Status status) {
    using Status = CalendarApi::ReviewOutcome::Status;
    switch (status) {
    case ReviewPushOutcome::Status::Created:
    case ReviewPushOutcome::Status::Updated:
    case ReviewPushOutcome::Status::Overwritten:
        return Status::Pushed;
    case ReviewPushOutcome::Status::Conflict:
        return Status::Conflict;
    case ReviewPushOutcome::Status::Failed:
        return Status::Failed;
    case ReviewPushOutcome::Status::NotTried:
        break;
    }
    return Status::NotTried;
}

} // namespace

CalendarService::CalendarService(CredentialStore &credentials, QObject *parent)
    : CalendarApi(parent)
    , m_credentials(credentials) {}

CalendarService::~CalendarService() = default;

CalendarApi::Account CalendarService::account() const {
    const QSettings settings;
    return Account{QUrl(settings.value(kUrlKey).toString()), settings.value(kUserKey).toString()};
}

void CalendarService::test(const Account &account, const QString &password, Callback done) {
    if (!password.isEmpty()) {
        testWith(account, password, std::move(done));
        return;
    }
    const QPointer<CalendarService> self(this);
    m_credentials.read(CredentialStore::calDavKey(account.url, account.user),
                       [self, account, done = std::move(done)](const CredentialResult &secret) {
                           if (!self)
                               return;
                           if (!secret.ok()) {
                               done(Result{false, secret.keychainUnavailable(),
                                           secret.status == CredentialResult::Status::NotFound
                                               ? tr("Enter the password or app token of the account.")
                                               : secret.error});
                               return;
                           }
                           self->testWith(account, secret.secret, done);
                       });
}

void CalendarService::testWith(const Account &account, const QString &password, Callback done) {
    m_client = std::make_unique<CalDavClient>();
    m_client->configure(account.url, account.user, password);
    m_client->test([done = std::move(done)](const CalDavResult &result) {
        if (!result.ok())
            done(Result{false, false, result.error});
        else if (result.displayName.isEmpty())
            done(Result{true, false, {}});
        else
            done(Result{true, false, tr("The calendar is called “%1”.").arg(result.displayName)});
    });
}

void CalendarService::save(const Account &account, const QString &password, Callback done) {
    QSettings settings;
    settings.setValue(kUrlKey, account.url.toString());
    settings.setValue(kUserKey, account.user);
    if (password.isEmpty()) {
        done(Result{true, false, {}});
        return;
    }
    m_credentials.write(CredentialStore::calDavKey(account.url, account.user), password,
                        [done = std::move(done)](const CredentialResult &result) {
                            done(Result{result.ok(), result.keychainUnavailable(), result.error});
                        });
}

void CalendarService::keepForSession(const Account &account, const QString &password) {
    m_credentials.keepForSession(CredentialStore::calDavKey(account.url, account.user), password);
}

void CalendarService::withSync(ReviewStore &reviews,
                               std::function<void(ReviewCalendarSync &, std::function<void()>)> run,
                               Failed failed) {
    const Account acc = account();
    if (!acc.isValid()) {
        failed(tr("No calendar is set up yet; Settings > Calendar… sets one up."), false);
        return;
    }
    const QPointer<CalendarService> self(this);
    m_credentials.read(
        CredentialStore::calDavKey(acc.url, acc.user),
        [self, &reviews, acc, run = std::move(run),
         failed = std::move(failed)](const CredentialResult &secret) {
            if (!self)
                return;
            if (!secret.ok()) {
                // Not found may well be a locked keychain too: the same way forward either way.
                const bool notFound = secret.status == CredentialResult::Status::NotFound;
                failed(notFound ? tr("The calendar's password is not in the keychain (it may be locked).")
                                : secret.error,
                       notFound || secret.keychainUnavailable());
                return;
            }
            // One client per operation, owned by the service: gone with it, or after the answer.
            auto *client = new CalDavClient(self);
            client->configure(acc.url, acc.user, secret.secret);
            auto *sync = new ReviewCalendarSync(reviews, *client, client);
            run(*sync, [client] { client->deleteLater(); });
        });
}

void CalendarService::pushReviews(ReviewStore &reviews, qint64 incidentId, const QString &incidentTitle) {
    QString error;
    const QList<IcsWriter::Event> events = reviews.calendarEvents(incidentId, incidentTitle, &error);
    if (error.isEmpty() && events.isEmpty())
        error = tr("The incident has no reviews to push yet.");
    push(reviews, incidentId, events, error);
}

void CalendarService::replaceTheirs(ReviewStore &reviews, qint64 incidentId, const QString &incidentTitle,
                                    const QList<ReviewOutcome> &conflicts) {
    QString error;
    QList<IcsWriter::Event> events;
    for (IcsWriter::Event event : reviews.calendarEvents(incidentId, incidentTitle, &error)) {
        const auto conflict = std::find_if(conflicts.cbegin(), conflicts.cend(), [&](const ReviewOutcome &o) {
            return o.reviewId == event.review.id && o.status == ReviewOutcome::Status::Conflict;
        });
        if (conflict == conflicts.cend())
            continue; // pushed already, or not part of the conflict: not touched
        // If-Match the version the user was shown, not whatever is there now; none (deleted there):
        // If-None-Match: *, created again. The stored ETag stays until the server accepts ours.
        event.review.calendarHref = conflict->serverHref;
        event.review.calendarEtag = conflict->serverEtag;
        events << event;
    }
    if (error.isEmpty() && events.isEmpty())
        error = tr("Those reviews are no longer there to push.");
    push(reviews, incidentId, events, error);
}

void CalendarService::push(ReviewStore &reviews, qint64 incidentId, const QList<IcsWriter::Event> &events,
                           const QString &error) {
    const QPointer<CalendarService> self(this);
    auto failed = [self, incidentId](const QString &why, bool keychainUnavailable) {
        // Never from within the call: the caller may not be ready for the answer yet.
        QMetaObject::invokeMethod(
            self,
            [self, incidentId, why, keychainUnavailable] {
                emit self->reviewsPushed(PushResult{incidentId, {}, why, keychainUnavailable});
            },
            Qt::QueuedConnection);
    };
    if (!error.isEmpty()) {
        failed(error, false);
        return;
    }
    withSync(
        reviews,
        [self, incidentId, events](ReviewCalendarSync &sync, std::function<void()> finished) {
            sync.push(events, false, [self, incidentId, finished](const ReviewPushReport &report) {
                PushResult result{incidentId, {}, report.error, false};
                for (const ReviewPushOutcome &o : report.outcomes) {
                    ReviewOutcome outcome;
                    outcome.reviewId = o.review.id;
                    outcome.kind = o.review.kind;
                    outcome.status = outcomeStatus(o.status);
                    outcome.message = o.error;
                    outcome.serverSummary = ReviewCalendarSync::eventSummary(o.serverIcs);
                    outcome.serverStart = ReviewCalendarSync::eventStart(o.serverIcs);
                    outcome.serverEtag = QString::fromLatin1(o.serverEtag);
                    outcome.serverHref = o.serverHref;
                    result.reviews << outcome;
                }
                finished();
                if (self)
                    emit self->reviewsPushed(result);
            });
        },
        failed);
}

void CalendarService::deleteReview(ReviewStore &reviews, const Review &review) {
    const QPointer<CalendarService> self(this);
    auto failed = [self, review](const QString &error, bool keychainUnavailable) {
        DeleteResult result;
        result.review = review;
        result.message = error;
        result.keychainUnavailable = keychainUnavailable;
        QMetaObject::invokeMethod(
            self, [self, result] { emit self->reviewDeleted(result); }, Qt::QueuedConnection);
    };
    withSync(
        reviews,
        [self, review](ReviewCalendarSync &sync, std::function<void()> finished) {
            sync.remove(review, [self, finished](const ReviewDeleteResult &answer) {
                DeleteResult result;
                result.review = answer.review;
                result.eventWasGone = answer.eventWasGone;
                result.status = answer.ok() ? DeleteResult::Status::Deleted
                                : answer.status == ReviewDeleteResult::Status::Conflict
                                    ? DeleteResult::Status::Conflict
                                    : DeleteResult::Status::Failed;
                result.message = answer.error;
                result.serverSummary = ReviewCalendarSync::eventSummary(answer.serverIcs);
                result.serverStart = ReviewCalendarSync::eventStart(answer.serverIcs);
                finished();
                if (self)
                    emit self->reviewDeleted(result);
            });
        },
        failed);
}

} // namespace hs
