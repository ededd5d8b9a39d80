#pragma once

#include "action.h"
#include "icswriter.h"
#include "review.h"

#include <optional>
#include <QList>
#include <QObject>

namespace hs {

class Database;
struct ReviewProposal;

// One line of the "Due reviews" view: the review, its incident and that incident's open actions
// (Now first, then Later, each in the incident's order).
struct ReviewAgendaItem {
    Review review;
    QString incidentTitle;
    QList<Action> openActions;
};

// The reviews of every incident: prepared statements only, one transaction per write, a signal
// after every change. Proposing and editing dates before confirming is the UI's job (see
// reviewschedule.h); the store keeps what was confirmed.
class ReviewStore final : public QObject {
    Q_OBJECT
public:
    explicit ReviewStore(Database &db, QObject *parent = nullptr);

    // Stores confirmed reviews, all or none; each gets a new UUID as its calendar uid.
    QList<Review> create(qint64 incidentId, const QList<ReviewProposal> &proposals, QString *error);
    std::optional<Review> create(qint64 incidentId, ReviewKind kind, const QDateTime &at, QString *error);
    std::optional<Review> load(qint64 id, QString *error = nullptr) const;
    // Writes the date (with its zone), done and notes; the kind, uid and calendar state stay.
    bool update(const Review &review, QString *error);
    // What the CalDAV push learnt: the event's URL and ETag (empty strings forget them).
    bool setCalendarState(qint64 id, const QString &href, const QString &etag, QString *error);
    // Load the review first when its calendar event must be deleted too.
    bool remove(qint64 id, QString *error);

    QList<Review> forIncident(qint64 incidentId, QString *error = nullptr) const;
    // The incident's reviews as calendar events (.ics export, CalDAV push), each listing the
    // incident's open actions. `incidentTitle` is the summary's title.
    QList<IcsWriter::Event> calendarEvents(qint64 incidentId, const QString &incidentTitle,
                                           QString *error = nullptr) const;

    // Reviews not done whose time is before `until`, earliest first, at most `limit`.
    QList<ReviewAgendaItem> agenda(const QDateTime &until, int limit = 500, QString *error = nullptr) const;
    // Shortcuts on agenda(): due = before the end of now's local day (today or overdue); overdue =
    // before now; upcoming = due or within the next `days` days (the "Due reviews" view).
    QList<ReviewAgendaItem> due(const QDateTime &now, QString *error = nullptr) const;
    QList<ReviewAgendaItem> overdue(const QDateTime &now, QString *error = nullptr) const;
    QList<ReviewAgendaItem> upcoming(const QDateTime &now, int days, QString *error = nullptr) const;

    // The first instant of the day after now's local date, in now's time zone.
    static QDateTime endOfDay(const QDateTime &now);

signals:
    void reviewCreated(qint64 id, qint64 incidentId);
    void reviewChanged(qint64 id, qint64 incidentId);
    void reviewRemoved(qint64 id, qint64 incidentId);

private:
    Database &m_db;
};

// How a review time is kept in the database: the local time without offset, the zone's IANA id
// ("UTC" for UTC) and the UTC instant. Exposed for tests and the CLI's parsing of dates.
QString reviewZoneId(const QDateTime &at);
QDateTime reviewTimeFrom(const QString &local, const QString &zoneId);

} // namespace hs
