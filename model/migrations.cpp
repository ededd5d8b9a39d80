#include "migrations.h"

namespace hs {

const std::vector<QStringList> &migrations() {
    static const std::vector<QStringList> steps{
        // 0 → 1: incidents and their document sections. Sections live in their own table so the
        // list (100,000 rows) never reads multi-megabyte extracts.
        {
            QStringLiteral("CREATE TABLE incident ("
                           " id INTEGER PRIMARY KEY,"
                           " title TEXT NOT NULL,"
                           " day TEXT NOT NULL,"
                           " slug TEXT NOT NULL,"
                           " status INTEGER NOT NULL DEFAULT 0,"
                           " channel TEXT NOT NULL DEFAULT '',"
                           " channel_link TEXT NOT NULL DEFAULT '',"
                           " completeness INTEGER NOT NULL DEFAULT 0,"
                           " created_at TEXT NOT NULL,"
                           " updated_at TEXT NOT NULL,"
                           " UNIQUE (day, slug))"),
            QStringLiteral("CREATE TABLE section ("
                           " incident_id INTEGER NOT NULL REFERENCES incident(id) ON DELETE CASCADE,"
                           " key TEXT NOT NULL,"
                           " body TEXT NOT NULL,"
                           " PRIMARY KEY (incident_id, key)) WITHOUT ROWID"),
            QStringLiteral("CREATE INDEX incident_by_title ON incident (title COLLATE NOCASE, id)"),
            QStringLiteral("CREATE INDEX incident_by_status ON incident (status, day, id)"),
            QStringLiteral("CREATE INDEX incident_by_completeness ON incident (completeness, day, id)"),
        },
        // 1 → 2: follow-up actions, reviews and reminder bookkeeping (issue 3). Buckets and statuses are
        // stored as their stable keys so the file stays readable; the CHECKs keep typos out.
        {
            QStringLiteral(
                "CREATE TABLE action ("
                " id INTEGER PRIMARY KEY,"
                " incident_id INTEGER NOT NULL REFERENCES incident(id) ON DELETE CASCADE,"
                " position INTEGER NOT NULL DEFAULT 0,"
                " title TEXT NOT NULL,"
                " team TEXT NOT NULL DEFAULT '',"
                " owner TEXT NOT NULL DEFAULT '',"
                " bucket TEXT NOT NULL DEFAULT 'now' CHECK (bucket IN ('now', 'later')),"
                " status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'dropped')),"
                " drop_reason TEXT NOT NULL DEFAULT '',"
                " due TEXT NOT NULL,"
                " link TEXT NOT NULL DEFAULT '',"
                " notes TEXT NOT NULL DEFAULT '',"
                " created_at TEXT NOT NULL,"
                " updated_at TEXT NOT NULL)"),
            // One incident's list (and the cascade delete); "All actions" sorted by due date, by team,
            // by status/bucket; the overdue query (status = 'open' AND due < today) reads a range of
            // action_by_status_due already in due order.
            QStringLiteral("CREATE INDEX action_by_incident ON action (incident_id, bucket, position)"),
            QStringLiteral("CREATE INDEX action_by_due ON action (due, id)"),
            QStringLiteral("CREATE INDEX action_by_team ON action (team COLLATE NOCASE, due, id)"),
            QStringLiteral("CREATE INDEX action_by_status_due ON action (status, due, id)"),
            QStringLiteral("CREATE INDEX action_by_status_bucket ON action (status, bucket, due, id)"),
            // `at` is the local wall-clock time in `zone` (an IANA id or "UTC"), so a review stays at
            // 10:00 across a DST change; at_utc is the same instant for sorting and due queries.
            QStringLiteral("CREATE TABLE review ("
                           " id INTEGER PRIMARY KEY,"
                           " incident_id INTEGER NOT NULL REFERENCES incident(id) ON DELETE CASCADE,"
                           " kind TEXT NOT NULL CHECK (kind IN ('week', 'month')),"
                           " at TEXT NOT NULL,"
                           " zone TEXT NOT NULL,"
                           " at_utc TEXT NOT NULL,"
                           " done INTEGER NOT NULL DEFAULT 0,"
                           " notes TEXT NOT NULL DEFAULT '',"
                           " uid TEXT NOT NULL UNIQUE,"
                           " calendar_href TEXT NOT NULL DEFAULT '',"
                           " calendar_etag TEXT NOT NULL DEFAULT '',"
                           " created_at TEXT NOT NULL,"
                           " updated_at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX review_by_incident ON review (incident_id, at_utc)"),
            QStringLiteral("CREATE INDEX review_open_by_time ON review (done, at_utc)"),
            // When an incident became resolved, for the "resolved > 2 days ago, still not written"
            // reminder. Triggers keep it without the incident store knowing; existing rows use their
            // last change as the best guess.
            QStringLiteral("ALTER TABLE incident ADD COLUMN resolved_at TEXT"),
            QStringLiteral("UPDATE incident SET resolved_at = updated_at WHERE status >= 1"),
            QStringLiteral("CREATE TRIGGER incident_resolved_on_update AFTER UPDATE OF status ON incident"
                           " WHEN NEW.status >= 1 AND (OLD.status = 0 OR NEW.resolved_at IS NULL)"
                           " BEGIN UPDATE incident SET resolved_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
                           " WHERE id = NEW.id; END"),
            QStringLiteral("CREATE TRIGGER incident_reopened AFTER UPDATE OF status ON incident"
                           " WHEN NEW.status = 0 AND OLD.status >= 1"
                           " BEGIN UPDATE incident SET resolved_at = NULL WHERE id = NEW.id; END"),
            QStringLiteral("CREATE TRIGGER incident_resolved_on_insert AFTER INSERT ON incident"
                           " WHEN NEW.status >= 1 AND NEW.resolved_at IS NULL"
                           " BEGIN UPDATE incident SET resolved_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
                           " WHERE id = NEW.id; END"),
            QStringLiteral("CREATE INDEX incident_by_resolved ON incident (status, resolved_at)"),
            // A reminder (kind + what it is about) shown on shown_day is not shown again that day;
            // snoozed_until (UTC) hides it until then.
            QStringLiteral("CREATE TABLE reminder_state ("
                           " kind TEXT NOT NULL,"
                           " target_id INTEGER NOT NULL,"
                           " shown_day TEXT NOT NULL DEFAULT '',"
                           " snoozed_until TEXT NOT NULL DEFAULT '',"
                           " PRIMARY KEY (kind, target_id)) WITHOUT ROWID"),
        },
        // 2 → 3: sharing through an outbox (issue 4). Targets hold only non-secret settings (secrets are in
        // the keychain under "share-target:<id>"; AUTOINCREMENT so an id, and its key, is never reused).
        // One job per (incident, target) remembers the last outcome, the content hash the target has and
        // the target's own state (ETags, wiki revision) so a re-share uploads only what changed.
        {
            QStringLiteral("CREATE TABLE share_target ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " kind TEXT NOT NULL,"
                           " name TEXT NOT NULL UNIQUE,"
                           " config TEXT NOT NULL DEFAULT '{}',"
                           " enabled INTEGER NOT NULL DEFAULT 1,"
                           " index_state TEXT NOT NULL DEFAULT '{}',"
                           " created_at TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE share_job ("
                           " id INTEGER PRIMARY KEY,"
                           " incident_id INTEGER NOT NULL REFERENCES incident(id) ON DELETE CASCADE,"
                           " target_id INTEGER NOT NULL REFERENCES share_target(id) ON DELETE CASCADE,"
                           " state TEXT NOT NULL DEFAULT 'queued'"
                           "  CHECK (state IN ('queued', 'sending', 'sent', 'failed', 'conflict')),"
                           " attempts INTEGER NOT NULL DEFAULT 0,"
                           " next_attempt TEXT NOT NULL DEFAULT '',"
                           " message TEXT NOT NULL DEFAULT '',"
                           " link TEXT NOT NULL DEFAULT '',"
                           " place TEXT NOT NULL DEFAULT '',"
                           " sent_at TEXT NOT NULL DEFAULT '',"
                           " sent_hash TEXT NOT NULL DEFAULT '',"
                           " queued_hash TEXT NOT NULL DEFAULT '',"
                           " overwrite INTEGER NOT NULL DEFAULT 0,"
                           " remote_state TEXT NOT NULL DEFAULT '{}',"
                           " updated_at TEXT NOT NULL,"
                           " UNIQUE (incident_id, target_id))"),
            // The runner's "what is due" query reads queued jobs in next_attempt order.
            QStringLiteral("CREATE INDEX share_job_due ON share_job (state, next_attempt, id)"),
            QStringLiteral("CREATE INDEX share_job_by_target ON share_job (target_id, state)"),
        },
    };
    return steps;
}

} // namespace hs
