#include "statementcache.h"

namespace hs {

PreparedQuery::PreparedQuery(StatementCache *cache, QString sql, QSqlQuery query)
    : m_cache(cache)
    , m_sql(std::move(sql))
    , m_query(std::move(query)) {}

PreparedQuery::PreparedQuery(PreparedQuery &&other) noexcept
    : m_cache(std::exchange(other.m_cache, nullptr))
    , m_sql(std::move(other.m_sql))
    , m_query(std::move(other.m_query)) {}

PreparedQuery::~PreparedQuery() {
    if (m_cache)
        m_cache->giveBack(m_sql, std::move(m_query));
}

PreparedQuery StatementCache::take(const QSqlDatabase &db, const QString &sql) {
    if (const auto it = m_free.find(sql); it != m_free.end() && !it->second.empty()) {
        QSqlQuery query = std::move(it->second.back());
        it->second.pop_back();
        return PreparedQuery(this, sql, std::move(query));
    }
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // A statement that does not compile is not kept: exec() then reports why, as for any QSqlQuery.
    const bool prepared = query.prepare(sql);
    return PreparedQuery(prepared ? this : nullptr, sql, std::move(query));
}

void StatementCache::giveBack(const QString &sql, QSqlQuery &&query) {
    query.finish();
    m_free[sql].push_back(std::move(query));
}

} // namespace hs
