#include "migrations.h"

namespace hs {

const std::vector<QStringList> &migrations()
{
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
    };
    return steps;
}

} // namespace hs
