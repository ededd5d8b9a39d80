#pragma once

#include "action.h"

#include <functional>
#include <optional>
#include <QList>
#include <QObject>

namespace hs {

class Database;

// How many actions an incident has per bucket, and how many of those are still open.
struct ActionCounts {
    int now = 0;
    int later = 0;
    int openNow = 0;
    int openLater = 0;
    int total() const { return now + later; }
    int count(Bucket b) const { return b == Bucket::Now ? now : later; }
    int open(Bucket b) const { return b == Bucket::Now ? openNow : openLater; }
};

// What the "All actions" view (and `action list`) asks for. Empty/unset members do not filter.
struct ActionFilter {
    qint64 incidentId = 0; // 0: every incident
    QString team;          // exact team, case-insensitive
    std::optional<Bucket> bucket;
    std::optional<ActionStatus> status;
    bool overdueOnly = false; // open and due before the store's today()
};

// One row of "All actions": the action plus the incident it belongs to.
struct ActionRow {
    Action action;
    QString incidentTitle;
    QDate incidentDate;
};

// The follow-up actions of every incident. Like IncidentStore: prepared statements only, each write
// in one transaction, and a signal after every change so models can refresh.
//
// Order: an incident's actions are listed Now first, then Later, each bucket by `position`
// (0, 1, 2 … without gaps; the store renumbers on create, move and remove).
class ActionStore final : public QObject {
    Q_OBJECT
public:
    explicit ActionStore(Database &db, QObject *parent = nullptr);

    // Due-date defaults for new actions (now = +7 days, later = +30 days unless set).
    void setDueDefaults(const DueDefaults &defaults) { m_defaults = defaults; }
    DueDefaults dueDefaults() const { return m_defaults; }
    // Where "today" comes from (overdue checks, default due dates); the system date unless set,
    // tests inject a fixed day.
    void setToday(std::function<QDate()> today) { m_today = std::move(today); }
    QDate today() const { return m_today ? m_today() : QDate::currentDate(); }
    QDate defaultDue(Bucket bucket) const { return hs::defaultDue(bucket, today(), m_defaults); }

    // Stores `draft` (incidentId and title required) at the end of its bucket. An invalid due date
    // becomes the bucket's default. Returns the stored action with its id and position.
    std::optional<Action> create(Action draft, QString *error);
    std::optional<Action> load(qint64 id, QString *error = nullptr) const;
    // Writes every field of `action`. When its bucket changed, it goes to the end of the new bucket.
    bool save(const Action &action, QString *error);
    // Shortcuts for the CLI and menus. Dropping needs a non-empty reason.
    bool setStatus(qint64 id, ActionStatus status, QString *error, const QString &dropReason = {});
    bool remove(qint64 id, QString *error);
    // Moves an action into `bucket` at `index` (clamped to 0…count) within that bucket of its incident.
    bool move(qint64 id, Bucket bucket, int index, QString *error);

    // The incident's actions, Now then Later, each by position.
    QList<Action> forIncident(qint64 incidentId, QString *error = nullptr) const;
    ActionCounts counts(qint64 incidentId) const;
    // Every team named so far, sorted case-insensitively (for the team completer).
    QStringList teams() const;

    // "All actions": sorted by due date (then id), `limit` rows from `offset`.
    QList<ActionRow> rows(const ActionFilter &filter, int offset, int limit, QString *error = nullptr) const;
    int count(const ActionFilter &filter) const;

signals:
    void actionCreated(qint64 id, qint64 incidentId);
    void actionChanged(qint64 id, qint64 incidentId);
    void actionRemoved(qint64 id, qint64 incidentId);
    // Positions or buckets of several actions of the incident changed (after move and remove).
    void actionsReordered(qint64 incidentId);

private:
    bool writeOrder(qint64 incidentId, Bucket bucket, const QList<qint64> &ids, QString *error);
    QList<qint64> idsOf(qint64 incidentId, Bucket bucket, QString *error) const;

    Database &m_db;
    DueDefaults m_defaults;
    std::function<QDate()> m_today;
};

} // namespace hs
