#include "../unprivileged.h"
#include "database.h"
#include "migrations.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <unistd.h>

using namespace hs;

class TestDatabase final : public QObject {
    Q_OBJECT
private slots:
    void open_createsLatestSchemaInEmptyFile();
    void open_migratesFromEveryEarlierVersion_data();
    void open_migratesFromEveryEarlierVersion();
    void open_enablesWalAndForeignKeys();
    void open_refusesNewerSchemaAndLeavesFileUntouched();
    void open_refusesCorruptFileAndLeavesItUntouched();
    void open_refusesForeignDatabase();
    void open_refusesUnwritableFile();
    void open_refusesUnwritableFolder();
    void open_createsMissingFolders();
    void open_reportsLockedDatabase();
};

namespace {

QByteArray readAll(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

void TestDatabase::open_createsLatestSchemaInEmptyFile() {
    QTemporaryDir dir;
    Database db;
    QString error;
    QVERIFY2(db.open(dir.filePath(QStringLiteral("h.sqlite")), &error), qPrintable(error));
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM incident")));
}

void TestDatabase::open_migratesFromEveryEarlierVersion_data() {
    QTest::addColumn<int>("from");
    for (int v = 0; v < Database::latestSchemaVersion(); ++v)
        QTest::addRow("from %d", v) << v;
}

void TestDatabase::open_migratesFromEveryEarlierVersion() {
    QFETCH(int, from);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    {
        // Build the file as that earlier version left it, with one incident in it when it can hold one.
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        for (int v = 0; v < from; ++v)
            for (const QString &sql : migrations()[v])
                QVERIFY2(q.exec(sql), qPrintable(sql));
        if (from >= 1)
            QVERIFY(q.exec(QStringLiteral("INSERT INTO incident (title, day, slug, created_at, updated_at) "
                                          "VALUES ('Kept', '2026-01-02', 'kept', 'x', 'x')")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(from)));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));

    Database db;
    QString error;
    QVERIFY2(db.open(path, &error), qPrintable(error));
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM incident WHERE title = 'Kept'")) && q.next());
    QCOMPARE(q.value(0).toInt(), from >= 1 ? 1 : 0);
}

void TestDatabase::open_enablesWalAndForeignKeys() {
    QTemporaryDir dir;
    Database db;
    QVERIFY(db.open(dir.filePath(QStringLiteral("h.sqlite")), nullptr));
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

void TestDatabase::open_refusesNewerSchemaAndLeavesFileUntouched() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.sqlite"));
    {
        Database db;
        QVERIFY(db.open(path, nullptr));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(Database::latestSchemaVersion() + 1)));
        QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    const QByteArray before = readAll(path);
    Database db;
    QString error;
    QVERIFY(!db.open(path, &error));
    QVERIFY2(error.contains(QStringLiteral("newer Hindsight")), qPrintable(error));
    QVERIFY(!db.isOpen());
    QCOMPARE(readAll(path), before);
}

void TestDatabase::open_refusesCorruptFileAndLeavesItUntouched() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("corrupt.sqlite"));
    QByteArray garbage = QByteArray("This is not SQLite at all.\n").repeated(500);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(garbage);
    }
    Database db;
    QString error;
    QVERIFY(!db.open(path, &error));
    QVERIFY2(error.contains(QStringLiteral("damaged")), qPrintable(error));
    QCOMPARE(readAll(path), garbage);
}

void TestDatabase::open_refusesForeignDatabase() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE bookmarks (url TEXT)")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    Database db;
    QString error;
    QVERIFY(!db.open(path, &error));
    QVERIFY2(error.contains(QStringLiteral("another program")), qPrintable(error));
}

void TestDatabase::open_refusesUnwritableFile() {
    HS_RUN_AS_NOBODY(); // root could write it anyway
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ro.sqlite"));
    {
        Database db;
        QVERIFY(db.open(path, nullptr));
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();
    Database db;
    QString error;
    QVERIFY(!db.open(path, &error));
    QVERIFY2(error.contains(QStringLiteral("cannot be written")), qPrintable(error));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
}

void TestDatabase::open_refusesUnwritableFolder() {
    Database db;
    QString error;
    // A path below a regular file can never be created, even by root.
    QTemporaryDir dir;
    const QString blocker = dir.filePath(QStringLiteral("file"));
    QFile f(blocker);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    QVERIFY(!db.open(blocker + QStringLiteral("/sub/h.sqlite"), &error));
    QVERIFY2(error.contains(QStringLiteral("cannot be created")), qPrintable(error));
}

void TestDatabase::open_createsMissingFolders() {
    QTemporaryDir dir;
    Database db;
    QString error;
    QVERIFY2(db.open(dir.filePath(QStringLiteral("a/b/c/h.sqlite")), &error), qPrintable(error));
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("a/b/c/h.sqlite"))));
}

void TestDatabase::open_reportsLockedDatabase() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("locked.sqlite"));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("locker"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        // Another program holding an exclusive lock, as a rollback-journal tool would.
        QVERIFY(q.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")));
        QVERIFY(q.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE t (x)")));

        Database db;
        db.setBusyTimeout(50);
        QString error;
        QVERIFY(!db.open(path, &error));
        QVERIFY2(error.contains(QStringLiteral("locked")), qPrintable(error));
        QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("locker"));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
