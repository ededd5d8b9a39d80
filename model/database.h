#pragma once

#include "statementcache.h"

#include <QSqlDatabase>
#include <QString>

namespace hs {

// Owns the one SQLite connection of a thread. Opening never overwrites or downgrades a file it
// does not understand: a damaged file, a foreign database or a newer schema is refused with a reason.
class Database final {
    Q_DISABLE_COPY_MOVE(Database)
public:
    Database();
    ~Database();

    bool open(const QString &path, QString *error);
    // How long a write waits for another process (a second Hindsight, a backup) to release the file.
    void setBusyTimeout(int ms) { m_busyTimeoutMs = ms; }
    void close();
    bool isOpen() const;

    QSqlDatabase &connection() { return m_db; }
    // A prepared statement for `sql`, compiled once per connection and reused (see StatementCache).
    // For statements run often; forward-only.
    PreparedQuery prepared(const QString &sql) { return m_statements.take(m_db, sql); }
    QString path() const { return m_path; }
    int schemaVersion() const; // -1 when it cannot be read

    static int latestSchemaVersion();
    // Where the app keeps its database when no --database is given.
    static QString defaultPath();

private:
    bool migrate(int from, QString *error);

    QString m_connectionName;
    QString m_path;
    QSqlDatabase m_db;
    StatementCache m_statements;
    int m_busyTimeoutMs = 3000;
};

} // namespace hs
