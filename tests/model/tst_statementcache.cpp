#include "database.h"

#include <QSqlError>
#include <QSqlResult>
#include <QTemporaryDir>
#include <QTest>

using namespace hs;

// Database::prepared(): a statement is compiled once and lent out again, reset in between; the same
// SQL used while it is lent out gets a statement of its own.
class TestStatementCache final : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void prepared_sameSqlReusesTheStatement();
    void prepared_givenBackResetAndRebound();
    void prepared_reentrantUseGetsItsOwnStatement();
    void prepared_invalidSqlReportsAndIsNotKept();
    void prepared_closeAndReopenStillWorks();

private:
    QList<int> values(const QString &sql, int above);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestStatementCache::init() {
    m_db = std::make_unique<Database>();
    QString error;
    QVERIFY2(m_db->open(m_dir.filePath(QStringLiteral("cache.sqlite")), &error), qPrintable(error));
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS n (v INTEGER)")));
    QVERIFY(q.exec(QStringLiteral("DELETE FROM n")));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO n (v) VALUES (1), (2), (3)")));
}

void TestStatementCache::cleanup() {
    m_db.reset();
}

QList<int> TestStatementCache::values(const QString &sql, int above) {
    QList<int> result;
    auto q = m_db->prepared(sql);
    q->bindValue(QStringLiteral(":above"), above);
    if (!q->exec())
        return {-1};
    while (q->next())
        result << q->value(0).toInt();
    return result;
}

void TestStatementCache::prepared_sameSqlReusesTheStatement() {
    const QString sql = QStringLiteral("SELECT v FROM n WHERE v > :above ORDER BY v");
    const QSqlResult *first = nullptr;
    {
        auto q = m_db->prepared(sql);
        first = q->result();
        q->bindValue(QStringLiteral(":above"), 0);
        QVERIFY(q->exec());
    }
    auto again = m_db->prepared(sql);
    QCOMPARE(again->result(), first); // the very statement, not compiled again
    auto other = m_db->prepared(QStringLiteral("SELECT COUNT(*) FROM n"));
    QVERIFY(other->result() != first);
}

void TestStatementCache::prepared_givenBackResetAndRebound() {
    const QString sql = QStringLiteral("SELECT v FROM n WHERE v > :above ORDER BY v");
    {
        auto q = m_db->prepared(sql);
        q->bindValue(QStringLiteral(":above"), 0);
        QVERIFY(q->exec());
        QVERIFY(q->next()); // left half read: giving it back must reset it
    }
    {
        auto q = m_db->prepared(sql);
        QVERIFY(!q->isActive());
    }
    QCOMPARE(values(sql, 1), (QList<int>{2, 3}));
    QCOMPARE(values(sql, 2), (QList<int>{3}));
    // A write after a half-read statement was given back is not held up by a read left open.
    QSqlQuery write(m_db->connection());
    QVERIFY2(write.exec(QStringLiteral("INSERT INTO n (v) VALUES (4)")),
             qPrintable(write.lastError().text()));
    QCOMPARE(values(sql, 2), (QList<int>{3, 4}));
}

void TestStatementCache::prepared_reentrantUseGetsItsOwnStatement() {
    const QString sql = QStringLiteral("SELECT v FROM n WHERE v > :above ORDER BY v");
    auto outer = m_db->prepared(sql);
    outer->bindValue(QStringLiteral(":above"), 0);
    QVERIFY(outer->exec());
    QList<QList<int>> seen;
    while (outer->next()) {
        const int v = outer->value(0).toInt();
        seen << values(sql, v); // the same SQL while `outer` is still being read
    }
    QCOMPARE(seen, (QList<QList<int>>{{2, 3}, {3}, {}}));
}

void TestStatementCache::prepared_invalidSqlReportsAndIsNotKept() {
    const QString sql = QStringLiteral("SELECT v FROM no_such_table WHERE v > :above");
    QCOMPARE(values(sql, 0), (QList<int>{-1}));
    {
        auto q = m_db->prepared(sql);
        QVERIFY(!q->exec());
    }
    // Once the table exists, the same SQL works: the failed statement was not kept.
    QSqlQuery create(m_db->connection());
    QVERIFY(create.exec(QStringLiteral("CREATE TABLE no_such_table (v INTEGER)")));
    QVERIFY(create.exec(QStringLiteral("INSERT INTO no_such_table (v) VALUES (7)")));
    QCOMPARE(values(sql, 0), (QList<int>{7}));
}

void TestStatementCache::prepared_closeAndReopenStillWorks() {
    const QString sql = QStringLiteral("SELECT v FROM n WHERE v > :above ORDER BY v");
    QCOMPARE(values(sql, 0), (QList<int>{1, 2, 3}));
    m_db->close();
    QString error;
    QVERIFY2(m_db->open(m_dir.filePath(QStringLiteral("cache.sqlite")), &error), qPrintable(error));
    QCOMPARE(values(sql, 0), (QList<int>{1, 2, 3}));
}

QTEST_GUILESS_MAIN(TestStatementCache)
#include "tst_statementcache.moc"
