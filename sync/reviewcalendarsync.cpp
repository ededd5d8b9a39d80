#include "reviewcalendarsync.h"

#include "caldavclient.h"
#include "reviewstore.h"

#include <QPointer>
#include <QTimeZone>

namespace hs {

namespace {

// One property of the (first) VEVENT itself, not of a VTIMEZONE or VALARM: its parameters (after the
// name, without the ';') and its value, both unfolded.
struct Property {
    QString params;
    QString value;
};

std::optional<Property> eventProperty(const QByteArray &ics, const QByteArray &name) {
    QByteArray unfolded = ics;
    unfolded.replace("\r\n ", "").replace("\r\n\t", "").replace("\n ", "").replace("\n\t", "");
    int depth = 0;        // components open inside the VEVENT (VALARM ...)
    bool inEvent = false; // inside the first VEVENT
    for (QByteArray line : unfolded.split('\n')) {
        line = line.trimmed();
        if (line.startsWith("BEGIN:")) {
            if (inEvent)
                ++depth;
            else if (line == "BEGIN:VEVENT")
                inEvent = true;
            continue;
        }
        if (line.startsWith("END:")) {
            if (inEvent && depth == 0)
                return std::nullopt; // the event ended without the property
            if (inEvent)
                --depth;
            continue;
        }
        if (!inEvent || depth != 0 || !line.startsWith(name))
            continue;
        const char next = line.size() > name.size() ? line.at(name.size()) : '\0';
        if (next != ':' && next != ';')
            continue;
        const qsizetype colon = line.indexOf(':');
        return Property{
            QString::fromUtf8(line.mid(name.size() + 1, qMax<qsizetype>(0, colon - name.size() - 1))),
            QString::fromUtf8(line.mid(colon + 1))};
    }
    return std::nullopt;
}

QString unescapeText(const QString &text) {
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c != QLatin1Char('\\') || i + 1 == text.size()) {
            out += c;
            continue;
        }
        const QChar escaped = text.at(++i);
        out +=
            (escaped == QLatin1Char('n') || escaped == QLatin1Char('N')) ? QChar(QLatin1Char('\n')) : escaped;
    }
    return out;
}

} // namespace

int ReviewPushReport::pushed() const {
    return int(std::count_if(outcomes.cbegin(), outcomes.cend(),
                             [](const ReviewPushOutcome &o) { return o.pushed(); }));
}

int ReviewPushReport::conflicts() const {
    return int(std::count_if(outcomes.cbegin(), outcomes.cend(), [](const ReviewPushOutcome &o) {
        return o.status == ReviewPushOutcome::Status::Conflict;
    }));
}

struct ReviewCalendarSync::PushRun {
    QList<IcsWriter::Event> events;
    bool overwrite = false;
    qsizetype next = 0;
    ReviewPushReport report;
    PushCallback done;
};

ReviewCalendarSync::ReviewCalendarSync(ReviewStore &reviews, CalDavClient &client, QObject *parent)
    : QObject(parent)
    , m_reviews(reviews)
    , m_client(client) {}

ReviewCalendarSync::~ReviewCalendarSync() = default;

bool ReviewCalendarSync::isOnThisCalendar(const Review &review) const {
    return !review.calendarHref.isEmpty() && QUrl(review.calendarHref) == m_client.hrefFor(review.uid);
}

void ReviewCalendarSync::answerLater(std::function<void()> answer) {
    QMetaObject::invokeMethod(this, std::move(answer), Qt::QueuedConnection);
}

void ReviewCalendarSync::push(const QList<IcsWriter::Event> &events, bool overwrite, PushCallback done) {
    auto run = std::make_shared<PushRun>();
    run->events = events;
    run->overwrite = overwrite;
    run->done = std::move(done);
    for (const IcsWriter::Event &event : events)
        run->report.outcomes.append(
            ReviewPushOutcome{event.review, ReviewPushOutcome::Status::NotTried, {}, {}, {}, {}});
    answerLater([this, run] { pushNext(run); });
}

void ReviewCalendarSync::pushNext(const std::shared_ptr<PushRun> &run) {
    if (run->next >= run->events.size()) {
        finishPush(run);
        return;
    }
    const IcsWriter::Event &event = run->events.at(run->next);
    const Review review = event.review;
    // An ETag is only good for the event it came from: after a change of calendar, create anew.
    const bool known = !review.calendarEtag.isEmpty() && isOnThisCalendar(review);
    const QByteArray ics = IcsWriter().calendar(event);
    const QPointer<ReviewCalendarSync> self(this);

    // The answer to one PUT: record it, maybe overwrite a conflict once, then go on.
    // (It refers to itself weakly; the pending request holds it.)
    using Answer = std::function<void(const CalDavResult &, bool)>;
    auto answered = std::make_shared<Answer>();
    *answered = [self, run, review, ics, known,
                 weak = std::weak_ptr<Answer>(answered)](const CalDavResult &result, bool retried) {
        if (!self)
            return;
        ReviewPushOutcome &outcome = run->report.outcomes[run->next];
        using Status = ReviewPushOutcome::Status;
        if (result.status == CalDavResult::Status::Conflict && run->overwrite && !retried) {
            // The server's ETag (empty when it was deleted there: created again).
            self->m_client.putEvent(review.uid, ics, result.serverEtag,
                                    [answered = weak.lock()](const CalDavResult &again) {
                                        if (answered)
                                            (*answered)(again, true);
                                    });
            return;
        }
        if (result.status == CalDavResult::Status::Conflict) {
            outcome.status = Status::Conflict;
            outcome.error = result.error;
            outcome.serverIcs = result.serverIcs;
            outcome.serverEtag = result.serverEtag;
            outcome.serverHref = result.href.toString();
        } else if (!result.ok()) {
            outcome.status = Status::Failed;
            outcome.error = result.error;
            run->report.error = result.error;
            self->finishPush(run);
            return;
        } else {
            QString error;
            if (!self->m_reviews.setCalendarState(review.id, result.href.toString(),
                                                  QString::fromLatin1(result.etag), &error)) {
                // Saved on the server but not here: the next push meets it as a conflict, which is safe.
                outcome.status = Status::Failed;
                outcome.error = error;
                run->report.error = error;
                self->finishPush(run);
                return;
            }
            outcome.status = retried ? Status::Overwritten : known ? Status::Updated : Status::Created;
            outcome.review.calendarHref = result.href.toString();
            outcome.review.calendarEtag = QString::fromLatin1(result.etag);
        }
        ++run->next;
        self->pushNext(run);
    };
    m_client.putEvent(review.uid, ics, known ? review.calendarEtag.toLatin1() : QByteArray(),
                      [answered](const CalDavResult &result) { (*answered)(result, false); });
}

void ReviewCalendarSync::finishPush(const std::shared_ptr<PushRun> &run) {
    // The callback may destroy this object: take it out of the run first.
    const PushCallback done = std::move(run->done);
    if (done)
        done(run->report);
}

void ReviewCalendarSync::remove(const Review &review, DeleteCallback done) {
    ReviewDeleteResult result;
    result.review = review;
    if (review.calendarHref.isEmpty()) {
        QString error;
        if (m_reviews.remove(review.id, &error)) {
            result.status = ReviewDeleteResult::Status::LocalOnly;
        } else {
            result.status = ReviewDeleteResult::Status::Failed;
            result.error = error;
        }
        answerLater([done = std::move(done), result] { done(result); });
        return;
    }
    if (!isOnThisCalendar(review)) {
        // The credentials we hold are for another calendar: never send them (or a DELETE) elsewhere.
        result.status = ReviewDeleteResult::Status::Failed;
        result.error = tr("The review's event is on another calendar (%1) than the one set up now, so it "
                          "was not deleted there.")
                           .arg(QUrl(review.calendarHref).adjusted(QUrl::RemoveUserInfo).toDisplayString());
        answerLater([done = std::move(done), result] { done(result); });
        return;
    }
    const QPointer<ReviewCalendarSync> self(this);
    m_client.deleteEvent(QUrl(review.calendarHref), review.calendarEtag.toLatin1(),
                         [self, result, done = std::move(done)](const CalDavResult &answer) mutable {
                             if (!self)
                                 return;
                             using Status = ReviewDeleteResult::Status;
                             if (answer.status == CalDavResult::Status::Conflict) {
                                 result.status = Status::Conflict;
                                 result.error = answer.error;
                                 result.serverIcs = answer.serverIcs;
                             } else if (!answer.ok()) {
                                 result.status = Status::Failed;
                                 result.error = answer.error;
                             } else {
                                 result.eventWasGone = answer.httpStatus == 404;
                                 QString error;
                                 if (self->m_reviews.remove(result.review.id, &error)) {
                                     result.status = Status::Deleted;
                                 } else {
                                     // The event is gone: forget it, so a push creates it again.
                                     self->m_reviews.setCalendarState(result.review.id, {}, {}, nullptr);
                                     result.status = Status::Failed;
                                     result.error =
                                         tr("The event was deleted from the calendar, but the review could "
                                            "not be deleted here: %1")
                                             .arg(error);
                                 }
                             }
                             done(result);
                         });
}

QString ReviewCalendarSync::eventStartText(const QByteArray &ics) {
    const auto start = eventProperty(ics, "DTSTART");
    return start ? start->value : QString();
}

QDateTime ReviewCalendarSync::eventStart(const QByteArray &ics) {
    const auto start = eventProperty(ics, "DTSTART");
    if (!start)
        return {};
    const QString value = start->value;
    if (value.size() == 8) // a whole day
        return QDateTime(QDate::fromString(value, QStringLiteral("yyyyMMdd")), QTime(0, 0));
    const QDateTime naive = QDateTime::fromString(value.left(15), QStringLiteral("yyyyMMdd'T'HHmmss"));
    if (!naive.isValid())
        return {};
    if (value.endsWith(QLatin1Char('Z')))
        return QDateTime(naive.date(), naive.time(), QTimeZone::utc());
    for (const QString &param : start->params.split(QLatin1Char(';')))
        if (param.startsWith(QLatin1String("TZID="))) {
            QString id = param.mid(5);
            id.remove(QLatin1Char('"'));
            if (const QTimeZone zone(id.toUtf8()); zone.isValid())
                return QDateTime(naive.date(), naive.time(), zone);
        }
    return naive; // floating: the same wall-clock time wherever one is
}

QString ReviewCalendarSync::eventSummary(const QByteArray &ics) {
    const auto summary = eventProperty(ics, "SUMMARY");
    return summary ? unescapeText(summary->value) : QString();
}

} // namespace hs
