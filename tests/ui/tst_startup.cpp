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

QTEST_MAIN(TestStartup)
#include "tst_startup.moc"
