#pragma once

#include "icswriter.h"
#include "review.h"

#include <functional>
#include <memory>
#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

namespace hs {

class CalDavClient;
class ReviewStore;

// What happened to one review in a push.
struct ReviewPushOutcome {
    enum class Status {
        Created,     // a new event (If-None-Match: *)
        Updated,     // the known event, still as we left it (If-Match: the stored ETag)
        Overwritten, // changed on the server, replaced because the caller asked for it
        Conflict,    // changed or deleted on the server: left alone, see serverIcs
        Failed,      // the server refused or could not be reached: see the report's error
        NotTried,    // the push stopped before this one (same cause as the failure before it)
    };
    Review review;
    Status status = Status::NotTried;
    QString error;        // Conflict / Failed: one sentence for the user
    QByteArray serverIcs; // Conflict: the server's version, empty when it was deleted there
    // Conflict: that version's ETag (empty when deleted) and the event's URL, so a caller can replace
    // exactly the version it showed (If-Match) or adopt it.
    QByteArray serverEtag;
    QString serverHref;

    bool pushed() const {
        return status == Status::Created || status == Status::Updated || status == Status::Overwritten;
    }
};

struct ReviewPushReport {
    QList<ReviewPushOutcome> outcomes; // one per event, in the order given
    QString error;                     // why the push stopped early; empty when every review was tried

    int pushed() const;
    int conflicts() const;
    bool ok() const { return error.isEmpty() && conflicts() == 0; }
};

struct ReviewDeleteResult {
    enum class Status {
        Deleted,   // the event is gone from the calendar (or already was) and the review too
        LocalOnly, // never pushed: only the review was deleted
        Conflict,  // the event was changed on the server: nothing deleted anywhere, see serverIcs
        Failed,    // the calendar could not be reached or refused, or the review could not be
                   // deleted here: see error; the review is kept
    };
    Review review;
    Status status = Status::Failed;
    bool eventWasGone = false; // Deleted: someone had deleted the event on the server already
    QString error;
    QByteArray serverIcs;

    bool ok() const { return status == Status::Deleted || status == Status::LocalOnly; }
};

// Keeps an incident's reviews and their events on one CalDAV calendar in step, for the CLI and the
// app alike: creates events with If-None-Match: *, updates them with If-Match and the ETag stored
// with the review, and deletes them with If-Match. A 412 is a conflict: the server's version is
// fetched and reported, never overwritten (unless a push is told to) and never deleted. What the
// server answers (href, ETag) is written to the ReviewStore at once, review by review.
//
// Asynchronous: each call answers exactly once through its callback, from the event loop, unless this
// object is destroyed first. The client must be configured and outlive this object.
class ReviewCalendarSync final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewCalendarSync)
public:
    using PushCallback = std::function<void(const ReviewPushReport &)>;
    using DeleteCallback = std::function<void(const ReviewDeleteResult &)>;

    ReviewCalendarSync(ReviewStore &reviews, CalDavClient &client, QObject *parent = nullptr);
    ~ReviewCalendarSync() override;

    // Whether the review's stored event is on the client's calendar (so its ETag means something).
    bool isOnThisCalendar(const Review &review) const;

    // Pushes the events one after another. A conflict skips that review; any other failure stops
    // the push (the next reviews would fail the same way) with the report's error.
    void push(const QList<IcsWriter::Event> &events, bool overwrite, PushCallback done);
    // Deletes the review's event from the calendar, then the review. When the event was never pushed
    // only the review is deleted. On a conflict or a failure nothing is deleted: the caller decides
    // (e.g. ReviewStore::remove() alone, which leaves the event on the calendar).
    void remove(const Review &review, DeleteCallback done);

    // The DTSTART of an event (UTC, or its TZID's local time, or the system's for a floating time) and
    // its SUMMARY: to show the server's version of a conflict.
    static QDateTime eventStart(const QByteArray &ics);
    static QString eventStartText(const QByteArray &ics); // as written, e.g. 20261214T153000Z
    static QString eventSummary(const QByteArray &ics);

private:
    struct PushRun;
    void pushNext(const std::shared_ptr<PushRun> &run);
    void finishPush(const std::shared_ptr<PushRun> &run);
    void answerLater(std::function<void()> answer);

    ReviewStore &m_reviews;
    CalDavClient &m_client;
};

} // namespace hs
