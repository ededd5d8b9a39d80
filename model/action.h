#pragma once

#include <optional>
#include <QDate>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace hs {

// The seed's two buckets: what to do right now, and what can wait.
enum class Bucket { Now, Later };
inline constexpr int BucketCount = 2;

enum class ActionStatus { Open, Done, Dropped };
inline constexpr int ActionStatusCount = 3;

// Every field a user can edit; the CLI's `action set` uses actionFieldKey() as names.
enum class ActionField { Title, Team, Owner, Bucket, Status, DropReason, Due, Link, Notes };
inline constexpr int ActionFieldCount = 9;

// Days from today to the default due date of a new action, per bucket (configurable by the caller,
// e.g. from the settings). The result is moved off weekends, see workdays.h.
struct DueDefaults {
    int nowDays = 7;
    int laterDays = 30;
};
QDate defaultDue(Bucket bucket, const QDate &today, const DueDefaults &defaults = {});

// A follow-up action of one incident.
struct Action {
    qint64 id = 0;
    qint64 incidentId = 0;
    int position = 0; // order within the incident's bucket, 0 first
    QString title;
    QString team;
    QString owner; // optional
    Bucket bucket = Bucket::Now;
    ActionStatus status = ActionStatus::Open;
    QString dropReason; // required while status is Dropped
    QDate due;
    QString link; // tracker URL (Jira, GitHub, GitLab …), may be empty
    QString notes;

    bool isOverdue(const QDate &today) const {
        return status == ActionStatus::Open && due.isValid() && due < today;
    }

    // Bucket and Status as int (the enum's value), Due as QDate, the rest as QString.
    QVariant value(ActionField f) const;
    // Accepts the types value() returns, and the CLI's text: keys ("now", "dropped") and YYYY-MM-DD.
    // Returns false with a reason, leaving the action unchanged, when the value is not valid:
    // an empty title, a date that is not a date, a link that is not a full URL, dropping without
    // a reason (set DropReason first, or use ActionStore::drop()).
    bool setValue(ActionField f, const QVariant &value, QString *error = nullptr);
    // The checks setValue() makes, on the whole action (used before it is stored).
    bool validate(QString *error = nullptr) const;
};

QString bucketKey(Bucket b);   // "now", "later" (stable, used in the database, files and the CLI)
QString bucketLabel(Bucket b); // translated, "Now" / "Later"
std::optional<Bucket> bucketFromKey(const QString &key);
QStringList bucketKeys();

QString actionStatusKey(ActionStatus s); // "open", "done", "dropped"
QString actionStatusLabel(ActionStatus s);
std::optional<ActionStatus> actionStatusFromKey(const QString &key);
QStringList actionStatusKeys();

QString actionFieldKey(
    ActionField f); // "title", "team", "owner", "bucket", "status", "reason", "due", "link", "notes"
std::optional<ActionField> actionFieldFromKey(const QString &key);
QStringList actionFieldKeys();

// Whether `link` is a usable tracker link: empty, or an absolute URL with a host.
bool isValidTrackerLink(const QString &link);

} // namespace hs
