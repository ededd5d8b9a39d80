#include "autosaver.h"
#include "database.h"
#include "incidentstore.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace hs;

class TestIncidentStore final : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void create_derivesNames();
    void create_numbersDuplicatesOnTheSameDay();
    void create_rejectsEmptyTitle();
    void save_writesOnlyGivenFieldsAndCompleteness();
    void save_tenMegabytePasteReloads();
    void rows_sortAndFilter();
    void rows_filterTreatsWildcardsAsText();
    void remove_deletesSections();
    void autosaver_debouncesAndFlushes();
    void autosaver_keepsEditWhenSaveFails();

private:
    QTemporaryDir *m_dir = nullptr;
    Database *m_db = nullptr;
    IncidentStore *m_store = nullptr;
};

void TestIncidentStore::init() {
    m_dir = new QTemporaryDir;
    m_db = new Database;
    QString error;
    QVERIFY2(m_db->open(m_dir->filePath(QStringLiteral("h.sqlite")), &error), qPrintable(error));
    m_store = new IncidentStore(*m_db);
}

void TestIncidentStore::cleanup() {
    delete m_store;
    delete m_db;
    delete m_dir;
}

void TestIncidentStore::create_derivesNames() {
    QSignalSpy created(m_store, &IncidentStore::incidentCreated);
    const auto incident = m_store->create(QStringLiteral("Checkout DB down"), QDate(2026, 11, 24), nullptr);
    QVERIFY(incident);
    QCOMPARE(created.count(), 1);
    QCOMPARE(incident->channel, QStringLiteral("#incident-2026-11-24-checkout-db-down"));
    QCOMPARE(incident->documentName(), QStringLiteral("incident_2026_11_24_checkout_db_down"));
    const auto loaded = m_store->load(incident->id, nullptr);
    QVERIFY(loaded);
    QCOMPARE(loaded->title, QStringLiteral("Checkout DB down"));
    QCOMPARE(loaded->channel, incident->channel);
    QCOMPARE(loaded->status, Status::Ongoing);
}

void TestIncidentStore::create_numbersDuplicatesOnTheSameDay() {
    const QDate day(2026, 11, 24);
    const auto a = m_store->create(QStringLiteral("DB down"), day, nullptr);
    const auto b = m_store->create(QStringLiteral("db DOWN!"), day, nullptr);
    const auto c = m_store->create(QStringLiteral("DB down"), day, nullptr);
    const auto other = m_store->create(QStringLiteral("DB down"), day.addDays(1), nullptr);
    QVERIFY(a && b && c && other);
    QCOMPARE(a->slug, QStringLiteral("db-down"));
    QCOMPARE(b->slug, QStringLiteral("db-down-2"));
    QCOMPARE(c->slug, QStringLiteral("db-down-3"));
    QCOMPARE(c->channel, QStringLiteral("#incident-2026-11-24-db-down-3"));
    QCOMPARE(other->slug, QStringLiteral("db-down"));
}

void TestIncidentStore::create_rejectsEmptyTitle() {
    QString error;
    QVERIFY(!m_store->create(QStringLiteral("  "), QDate(2026, 1, 1), &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(m_store->count(), 0);
}

void TestIncidentStore::save_writesOnlyGivenFieldsAndCompleteness() {
    auto incident = *m_store->create(QStringLiteral("Cache stampede"), QDate(2026, 3, 1), nullptr);
    incident.setText(Section::Cause, QStringLiteral("TTLs expired together"));
    incident.setText(Section::Impact, QStringLiteral("never saved"));
    QVERIFY(m_store->save(incident, {Field::Cause}, nullptr));
    const auto loaded = *m_store->load(incident.id, nullptr);
    QCOMPARE(loaded.text(Section::Cause), QStringLiteral("TTLs expired together"));
    QCOMPARE(loaded.text(Section::Impact), QString());
    // completeness follows the incident that was saved
    QCOMPARE(m_store->row(incident.id)->completeness, 2);
}

void TestIncidentStore::save_tenMegabytePasteReloads() {
    auto incident = *m_store->create(QStringLiteral("Huge paste"), QDate(2026, 3, 1), nullptr);
    QString paste;
    for (int i = 0; paste.size() < 10 * 1024 * 1024; ++i)
        paste += QStringLiteral("12:%1 alice: still seeing 502s on /checkout ✔️\n")
                     .arg(i % 60, 2, 10, QLatin1Char('0'));
    incident.setText(Section::Extract, paste);
    QString error;
    QVERIFY2(m_store->save(incident, {Field::Extract}, &error), qPrintable(error));
    QCOMPARE(m_store->load(incident.id, nullptr)->text(Section::Extract), paste);
}

void TestIncidentStore::rows_sortAndFilter() {
    m_store->create(QStringLiteral("banana outage"), QDate(2026, 1, 3), nullptr);
    m_store->create(QStringLiteral("Apple outage"), QDate(2026, 1, 1), nullptr);
    m_store->create(QStringLiteral("cherry slowness"), QDate(2026, 1, 2), nullptr);

    const auto byDate = m_store->rows({ListColumn::Date, Qt::DescendingOrder, {}}, 0, 10);
    QCOMPARE(byDate.size(), 3);
    QCOMPARE(byDate.at(0).title, QStringLiteral("banana outage"));
    const auto byTitle = m_store->rows({ListColumn::Title, Qt::AscendingOrder, {}}, 0, 10);
    QCOMPARE(byTitle.at(0).title, QStringLiteral("Apple outage"));
    QCOMPARE(byTitle.at(2).title, QStringLiteral("cherry slowness"));
    const auto filtered =
        m_store->rows({ListColumn::Title, Qt::AscendingOrder, QStringLiteral("OUTAGE")}, 0, 10);
    QCOMPARE(filtered.size(), 2);
    QCOMPARE(m_store->count(QStringLiteral("outage")), 2);
    const auto paged = m_store->rows({ListColumn::Title, Qt::AscendingOrder, {}}, 1, 1);
    QCOMPARE(paged.size(), 1);
    QCOMPARE(paged.at(0).title, QStringLiteral("banana outage"));
}

void TestIncidentStore::rows_filterTreatsWildcardsAsText() {
    m_store->create(QStringLiteral("100% CPU"), QDate(2026, 1, 1), nullptr);
    m_store->create(QStringLiteral("1000 errors"), QDate(2026, 1, 1), nullptr);
    QCOMPARE(m_store->count(QStringLiteral("100%")), 1);
    QCOMPARE(m_store->count(QStringLiteral("_")), 0);
}

void TestIncidentStore::remove_deletesSections() {
    auto incident = *m_store->create(QStringLiteral("Gone"), QDate(2026, 1, 1), nullptr);
    QVERIFY(m_store->remove(incident.id, nullptr));
    QVERIFY(!m_store->load(incident.id, nullptr));
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM section")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TestIncidentStore::autosaver_debouncesAndFlushes() {
    const auto incident = *m_store->create(QStringLiteral("Typing"), QDate(2026, 1, 1), nullptr);
    AutoSaver saver(*m_store);
    QVERIFY(saver.setIncident(incident));
    QSignalSpy saved(&saver, &AutoSaver::saved);
    QVERIFY(saver.change(Field::Cause, QStringLiteral("a")));
    QVERIFY(saver.change(Field::Cause, QStringLiteral("ab")));
    QVERIFY(saver.isDirty());
    QCOMPARE(saved.count(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, AutoSaver::MaxDelayMs * 2);
    QCOMPARE(m_store->load(incident.id, nullptr)->text(Section::Cause), QStringLiteral("ab"));

    QVERIFY(saver.change(Field::Impact, QStringLiteral("none")));
    QVERIFY(saver.flush());
    QCOMPARE(m_store->load(incident.id, nullptr)->text(Section::Impact), QStringLiteral("none"));

    QString error;
    QVERIFY(!saver.change(Field::Link, QStringLiteral("not a url"), &error));
    QVERIFY(!error.isEmpty());
}

void TestIncidentStore::autosaver_keepsEditWhenSaveFails() {
    const auto incident = *m_store->create(QStringLiteral("Locked"), QDate(2026, 1, 1), nullptr);
    // Another connection holds the write lock, as a second Hindsight or a backup tool might.
    QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("locker"));
    other.setDatabaseName(m_db->path());
    other.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
    QVERIFY(other.open());
    QSqlQuery lock(other);
    QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
    {
        QSqlQuery shorter(m_db->connection());
        QVERIFY(shorter.exec(QStringLiteral("PRAGMA busy_timeout = 50")));
    }

    AutoSaver saver(*m_store);
    QVERIFY(saver.setIncident(incident));
    QVERIFY(saver.change(Field::Cause, QStringLiteral("typed while locked")));
    QString error;
    QVERIFY(!saver.flush(&error));
    QVERIFY2(error.contains(QStringLiteral("locked")), qPrintable(error));
    QVERIFY(saver.isDirty());

    QVERIFY(lock.exec(QStringLiteral("COMMIT")));
    lock.finish();
    other.close();
    QVERIFY2(saver.flush(&error), qPrintable(error));
    QCOMPARE(m_store->load(incident.id, nullptr)->text(Section::Cause), QStringLiteral("typed while locked"));
    other = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("locker"));
}

QTEST_GUILESS_MAIN(TestIncidentStore)
#include "tst_incidentstore.moc"
