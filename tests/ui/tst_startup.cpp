#include "../unprivileged.h"
#include "database.h"
#include "prompts.h"
#include "startup.h"
#include "uitestsupport.h"

#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace hs;

namespace {

QByteArray contentOf(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestStartup final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void corruptFile_explainedAndUntouched();
    void newerSchema_refusedAndUntouched();
    void goodFile_opensWithoutAsking();
    void unwritableFile_explainedAndUntouched();
    void lockedFile_explainedAndUntouched();
};

void TestStartup::corruptFile_explainedAndUntouched() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("SQLite format 3").append('\0').append(QByteArray(4096, 'x')));
    file.close();
    const QByteArray before = contentOf(path);

    Database db;
    prompts::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!openDatabaseOrExplain(db, path));
    QVERIFY(prompts::lastText().contains(QStringLiteral("broken.sqlite")));
    QVERIFY2(!prompts::lastDetails().isEmpty(), "the dialog says why");
    QCOMPARE(contentOf(path), before);
}

void TestStartup::newerSchema_refusedAndUntouched() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.sqlite"));
    {
        Database db;
        QString error;
        QVERIFY2(db.open(path, &error), qPrintable(error));
        QVERIFY(
            QSqlQuery(db.connection())
                .exec(QStringLiteral("PRAGMA user_version = %1").arg(Database::latestSchemaVersion() + 1)));
    }
    const QByteArray before = contentOf(path);
    Database db;
    prompts::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!openDatabaseOrExplain(db, path));
    QVERIFY(!prompts::lastDetails().isEmpty());
    QCOMPARE(contentOf(path), before);
}

void TestStartup::goodFile_opensWithoutAsking() {
    QTemporaryDir dir;
    prompts::setNextAnswer(QMessageBox::Ok);
    prompts::ask(nullptr, QMessageBox::Information, QStringLiteral("sentinel"), {}, QMessageBox::Ok,
                 QMessageBox::Ok);
    Database db;
    prompts::setNextAnswer(QMessageBox::Ok); // so that a wrong failure cannot block the run
    QVERIFY(openDatabaseOrExplain(db, dir.filePath(QStringLiteral("fresh.sqlite"))));
    QVERIFY(db.isOpen());
    QCOMPARE(prompts::lastText(), QStringLiteral("sentinel"));
}

void TestStartup::unwritableFile_explainedAndUntouched() {
    HS_RUN_AS_NOBODY(); // root could write it anyway
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("readonly.sqlite"));
    {
        Database db;
        QString error;
        QVERIFY2(db.open(path, &error), qPrintable(error));
    }
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
    const QByteArray before = contentOf(path);
    Database db;
    prompts::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!openDatabaseOrExplain(db, path));
    QVERIFY2(prompts::lastText().contains(QStringLiteral("readonly.sqlite")),
             qPrintable(prompts::lastText()));
    QVERIFY2(prompts::lastDetails().contains(QStringLiteral("cannot be written")),
             qPrintable(prompts::lastDetails()));
    QVERIFY(!db.isOpen());
    QCOMPARE(contentOf(path), before);
}

void TestStartup::lockedFile_explainedAndUntouched() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("locked.sqlite"));
    {
        Database db;
        QString error;
        QVERIFY2(db.open(path, &error), qPrintable(error));
    }
    const QByteArray before = contentOf(path);
    {
        // Another program holding an exclusive lock on the file.
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("locker"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")));
        QVERIFY(q.exec(QStringLiteral("BEGIN EXCLUSIVE")));

        Database db;
        db.setBusyTimeout(50);
        prompts::setNextAnswer(QMessageBox::Ok);
        QVERIFY(!openDatabaseOrExplain(db, path));
        QVERIFY2(prompts::lastDetails().contains(QStringLiteral("locked")),
                 qPrintable(prompts::lastDetails()));
        QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("locker"));
    QCOMPARE(contentOf(path), before);
}

QTEST_MAIN(TestStartup)
#include "tst_startup.moc"
