#pragma once

#include <map>
#include <QSqlQuery>
#include <QString>
#include <vector>

namespace hs {

class StatementCache;

// A prepared statement lent by a StatementCache: use it like a QSqlQuery (`q->bindValue(…)`,
// `q->exec()`, `q->next()`). Going out of scope resets it (no read transaction stays open) and gives
// it back for the next call with the same SQL.
class PreparedQuery final {
    Q_DISABLE_COPY(PreparedQuery)
public:
    PreparedQuery(PreparedQuery &&other) noexcept;
    PreparedQuery &operator=(PreparedQuery &&) = delete;
    ~PreparedQuery();

    QSqlQuery &operator*() { return m_query; }
    QSqlQuery *operator->() { return &m_query; }

private:
    friend class StatementCache;
    PreparedQuery(StatementCache *cache, QString sql, QSqlQuery query);

    StatementCache *m_cache; // null: not given back (moved from, or its preparation failed)
    QString m_sql;
    QSqlQuery m_query;
};

// Prepared statements of one connection, kept for reuse: SQLite then compiles each statement once
// instead of on every call (compiling was a fifth of the event loop's time when sharing 1,000
// documents). The same SQL used while it is lent out (re-entrantly) gets a second statement.
// Statements are forward-only: read them with next().
class StatementCache final {
    Q_DISABLE_COPY_MOVE(StatementCache)
public:
    StatementCache() = default;

    PreparedQuery take(const QSqlDatabase &db, const QString &sql);
    // Before the connection closes.
    void clear() { m_free.clear(); }

private:
    friend class PreparedQuery;
    void giveBack(const QString &sql, QSqlQuery &&query);

    std::map<QString, std::vector<QSqlQuery>> m_free; // QSqlQuery moves, it does not copy
};

} // namespace hs
