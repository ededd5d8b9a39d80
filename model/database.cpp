#include "database.h"

#include "failure.h"
#include "migrations.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace hs {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("hs::Database", text);
}

bool exec(QSqlDatabase &db, const QString &sql, QString *error) {
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    return fail(error, q.lastError().text());
}

} // namespace

Database::Database() {
    static QAtomicInt counter;
    m_connectionName = QStringLiteral("hindsight-%1").arg(counter.fetchAndAddRelaxed(1));
}

Database::~Database() {
    close();
}

void Database::close() {
    if (!m_db.isValid())
        return;
    m_statements.clear();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Database::isOpen() const {
    return m_db.isValid() && m_db.isOpen();
}

int Database::latestSchemaVersion() {
    return int(migrations().size());
}

QString Database::defaultPath() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/hindsight.sqlite");
}

int Database::schemaVersion() const {
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

bool Database::open(const QString &path, QString *error) {
    close();
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());
    if (info.exists()) {
        if (!info.isFile())
            return fail(error, tr("“%1” is not a file, so it cannot be used as the database.").arg(shown));
        if (!info.isReadable() || !info.isWritable())
            return fail(error, tr("The database “%1” cannot be written: check its permissions.").arg(shown));
    } else {
        QDir dir = info.absoluteDir();
        if (!dir.exists() && !dir.mkpath(QStringLiteral(".")))
            return fail(error, tr("The folder “%1” cannot be created for the database.")
                                   .arg(QDir::toNativeSeparators(dir.absolutePath())));
        if (!QFileInfo(dir.absolutePath()).isWritable())
            return fail(error, tr("The folder “%1” is not writable, so the database cannot be created there.")
                                   .arg(QDir::toNativeSeparators(dir.absolutePath())));
    }

    m_path = info.absoluteFilePath();
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(m_path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_busyTimeoutMs));
    if (!m_db.open()) {
        const QString reason = m_db.lastError().text();
        close();
        return fail(error, tr("The database “%1” cannot be opened: %2").arg(shown, reason));
    }

    // The first read tells a damaged, locked or foreign file apart before anything is written to it.
    QSqlQuery probe(m_db);
    if (!probe.exec(QStringLiteral("PRAGMA user_version")) || !probe.next()) {
        const QString code = probe.lastError().nativeErrorCode();
        probe.finish();
        close();
        if (code == QLatin1String("5") || code == QLatin1String("6"))
            return fail(
                error,
                tr("The database “%1” is locked by another program. Close it and try again.").arg(shown));
        return fail(error,
                    tr("“%1” is not a Hindsight database or is damaged. It was left untouched.").arg(shown));
    }
    const int version = probe.value(0).toInt();
    probe.finish();
    if (version > latestSchemaVersion()) {
        close();
        return fail(error,
                    tr("The database “%1” was written by a newer Hindsight (schema %2; this version knows "
                       "up to %3). Update Hindsight to open it; the file was left untouched.")
                        .arg(shown)
                        .arg(version)
                        .arg(latestSchemaVersion()));
    }
    if (version == 0) {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next() ||
            q.value(0).toInt() != 0) {
            close();
            return fail(error,
                        tr("“%1” is a database of another program. It was left untouched.").arg(shown));
        }
    }

    QString sqlError;
    if (!exec(m_db, QStringLiteral("PRAGMA foreign_keys = ON"), &sqlError) ||
        !exec(m_db, QStringLiteral("PRAGMA journal_mode = WAL"), &sqlError) ||
        !exec(m_db, QStringLiteral("PRAGMA synchronous = NORMAL"), &sqlError) ||
        !migrate(version, &sqlError)) {
        close();
        return fail(error, tr("The database “%1” cannot be prepared: %2").arg(shown, sqlError));
    }
    return true;
}

bool Database::migrate(int from, QString *error) {
    const auto &steps = migrations();
    for (int version = from; version < int(steps.size()); ++version) {
        if (!m_db.transaction())
            return fail(error, m_db.lastError().text());
        for (const QString &sql : steps[version]) {
            if (!exec(m_db, sql, error)) {
                m_db.rollback();
                return false;
            }
        }
        if (!exec(m_db, QStringLiteral("PRAGMA user_version = %1").arg(version + 1), error) ||
            !m_db.commit()) {
            m_db.rollback();
            return fail(error, error && !error->isEmpty() ? *error : m_db.lastError().text());
        }
    }
    return true;
}

} // namespace hs
