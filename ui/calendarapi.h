#pragma once

#include "review.h"

#include <algorithm>
#include <functional>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

namespace hs {

class ReviewStore;

// What the widgets need from the CalDAV calendar, without knowing how it is done (network and
// keychain live in sync/, joined to the UI in app/gui). The address and user are settings shared with
// hindsight-cli; the password or app token is kept in the system keychain only.
class CalendarApi : public QObject {
    Q_OBJECT
public:
    struct Account {
        QUrl url;
        QString user;
        bool isValid() const { return url.isValid() && !url.isEmpty() && !user.isEmpty(); }
    };
    struct Result {
        bool ok = false;
        // The keychain is missing or locked: the UI may offer to keep the secret for this session only.
        bool keychainUnavailable = false;
        QString message; // one sentence for the user; never the password
    };
    using Callback = std::function<void(const Result &)>;

    // One review in a push.
    struct ReviewOutcome {
        enum class Status { Pushed, Conflict, Failed, NotTried };
        qint64 reviewId = 0;
        ReviewKind kind = ReviewKind::Week;
        Status status = Status::NotTried;
        QString message;       // Conflict / Failed: one sentence
        QString serverSummary; // Conflict: the server's version (empty when it was deleted there)
        QDateTime serverStart;
        QString serverEtag; // Conflict: that version's ETag (empty when it was deleted there)
        QString serverHref; // Conflict: the event's address on the calendar
    };
    struct PushResult {
        qint64 incidentId = 0;
        QList<ReviewOutcome> reviews;
        QString error; // why the push failed or stopped (no calendar, no password, server down ...)
        // The password could not be read: the keychain is missing or locked, or has no password for it.
        bool keychainUnavailable = false;
        int pushed() const {
            return int(std::count_if(reviews.cbegin(), reviews.cend(), [](const ReviewOutcome &r) {
                return r.status == ReviewOutcome::Status::Pushed;
            }));
        }
    };
    struct DeleteResult {
        enum class Status { Deleted, Conflict, Failed };
        Review review;
        Status status = Status::Failed;
        bool eventWasGone = false;
        QString message; // Conflict / Failed: one sentence; the review was kept
        QString serverSummary;
        QDateTime serverStart;
        bool keychainUnavailable = false; // as in PushResult
    };

    explicit CalendarApi(QObject *parent = nullptr)
        : QObject(parent) {}
    ~CalendarApi() override = default;

    // The calendar set up so far (invalid when none).
    virtual Account account() const = 0;
    // Reaches the calendar with these credentials; an empty `password` uses the stored one.
    // One test at a time: a new one replaces the last, whose answer is dropped.
    virtual void test(const Account &account, const QString &password, Callback done) = 0;
    // Keeps the address and user in the settings and a non-empty `password` in the keychain only.
    virtual void save(const Account &account, const QString &password, Callback done) = 0;
    // Keeps the password in memory until the app quits (the keychain was not available).
    virtual void keepForSession(const Account &account, const QString &password) = 0;

    // Creates or updates the incident's reviews as events (never overwriting one changed on the
    // server) and remembers each event in `reviews`; answers with reviewsPushed().
    virtual void pushReviews(ReviewStore &reviews, qint64 incidentId, const QString &incidentTitle) {
        Q_UNUSED(incidentTitle)
        Q_UNUSED(reviews)
        const PushResult result{incidentId, {}, tr("Calendar push is not available.")};
        QMetaObject::invokeMethod(
            this, [this, result] { emit reviewsPushed(result); }, Qt::QueuedConnection);
    }
    // After a push's conflicts: pushes again only those reviews, replacing on the calendar exactly the
    // version each conflict showed (If-Match: its ETag; one deleted there is created again). A version
    // changed again since is a new conflict, never overwritten. Answers with reviewsPushed().
    virtual void replaceTheirs(ReviewStore &reviews, qint64 incidentId, const QString &incidentTitle,
                               const QList<ReviewOutcome> &conflicts) {
        Q_UNUSED(conflicts)
        pushReviews(reviews, incidentId, incidentTitle);
    }
    // Deletes the review's event from the calendar and then the review from `reviews`; on a conflict or
    // a failure nothing is deleted. Answers with reviewDeleted().
    virtual void deleteReview(ReviewStore &reviews, const Review &review) {
        Q_UNUSED(reviews)
        DeleteResult result;
        result.review = review;
        result.message = tr("Calendar push is not available.");
        QMetaObject::invokeMethod(
            this, [this, result] { emit reviewDeleted(result); }, Qt::QueuedConnection);
    }

signals:
    // Emitted from the event loop, never from within the call that started it.
    void reviewsPushed(const hs::CalendarApi::PushResult &result);
    void reviewDeleted(const hs::CalendarApi::DeleteResult &result);
};

} // namespace hs
