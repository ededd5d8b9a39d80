#include "actionstore.h"
#include "database.h"
#include "incidentstore.h"
#include "reviewschedule.h"
#include "reviewstore.h"

#include <memory>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace hs;

class TestReviewStore final : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void create_storesProposalsWithUniqueStableUids();
    void create_refusesUnknownIncidentAndStoresNothing();
    void load_keepsLocalTimeAndZoneAcrossDst();
    void reviewTimeFrom_data();
    void reviewTimeFrom();
    void update_changesDateDoneNotesButNotUid();
    void setCalendarState_roundTrips();
    void remove_signalsAndCascadesWithIncident();
    void agenda_data();
    void agenda();
    void agenda_listsOpenActionsOfEachIncident();
    void agenda_usesIndex();

private:
    qint64 newIncident(const QString &title);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<IncidentStore> m_incidents;
    std::unique_ptr<ReviewStore> m_store;
};

namespace {
QTimeZone berlin() {
    return QTimeZone("Europe/Berlin");
}
QDateTime inBerlin(int y, int m, int d, int h, int min = 0) {
    return QDateTime(QDate(y, m, d), QTime(h, min), berlin());
}
} // namespace

void TestReviewStore::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QString error;
    QVERIFY2(m_db->open(m_dir->filePath(QStringLiteral("r.sqlite")), &error), qPrintable(error));
    m_incidents = std::make_unique<IncidentStore>(*m_db);
    m_store = std::make_unique<ReviewStore>(*m_db);
}

void TestReviewStore::cleanup() {
    m_store.reset();
    m_incidents.reset();
    m_db.reset();
    m_dir.reset();
}

qint64 TestReviewStore::newIncident(const QString &title) {
    QString error;
    const auto incident = m_incidents->create(title, QDate(2026, 3, 1), &error);
    return incident ? incident->id : 0;
}

void TestReviewStore::create_storesProposalsWithUniqueStableUids() {
    const qint64 incident = newIncident(QStringLiteral("Checkout"));
    ReviewRules rules;
    rules.zone = berlin();
    QSignalSpy created(m_store.get(), &ReviewStore::reviewCreated);
    QString error;
    const QList<Review> reviews = m_store->create(incident, proposeReviews(QDate(2026, 3, 4), rules), &error);
    QVERIFY2(reviews.size() == 2, qPrintable(error));
    QCOMPARE(created.size(), 2);
    QVERIFY(!reviews[0].uid.isEmpty());
    QVERIFY(reviews[0].uid != reviews[1].uid);
    const QList<Review> stored = m_store->forIncident(incident);
    QCOMPARE(stored.size(), 2);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(stored[i].id, reviews[i].id);
        QCOMPARE(stored[i].uid, reviews[i].uid);
        QCOMPARE(stored[i].kind, reviews[i].kind);
        QCOMPARE(stored[i].at, reviews[i].at);
        QVERIFY(!stored[i].done);
    }
}

void TestReviewStore::create_refusesUnknownIncidentAndStoresNothing() {
    QString error;
    QVERIFY(m_store->create(4242, {ReviewProposal{ReviewKind::Week, inBerlin(2026, 3, 11, 10)}}, &error)
                .isEmpty());
    QVERIFY2(error.contains(QStringLiteral("no incident")), qPrintable(error));
    QVERIFY(!m_store->create(newIncident(QStringLiteral("x")), ReviewKind::Week, QDateTime(), &error));
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM review")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TestReviewStore::load_keepsLocalTimeAndZoneAcrossDst() {
    const qint64 incident = newIncident(QStringLiteral("DST"));
    QString error;
    const auto winter = m_store->create(incident, ReviewKind::Week, inBerlin(2026, 3, 27, 10), &error);
    const auto summer = m_store->create(incident, ReviewKind::Month, inBerlin(2026, 3, 30, 10), &error);
    const auto utc = m_store->create(incident, ReviewKind::Month,
                                     QDateTime(QDate(2026, 4, 1), QTime(8, 0), QTimeZone::utc()), &error);
    QVERIFY(winter && summer && utc);
    QCOMPARE(m_store->load(winter->id)->at.time(), QTime(10, 0));
    QCOMPARE(m_store->load(summer->id)->at.time(), QTime(10, 0));
    QCOMPARE(m_store->load(summer->id)->at.timeZone().id(), QByteArray("Europe/Berlin"));
    QCOMPARE(m_store->load(winter->id)->at.toUTC().time(), QTime(9, 0));
    QCOMPARE(m_store->load(summer->id)->at.toUTC().time(), QTime(8, 0));
    QCOMPARE(m_store->load(utc->id)->at, utc->at);
    QCOMPARE(reviewZoneId(m_store->load(utc->id)->at), QStringLiteral("UTC"));
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT at, zone, at_utc FROM review WHERE id = %1").arg(summer->id)) &&
            q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("2026-03-30T10:00:00"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("Europe/Berlin"));
    QCOMPARE(q.value(2).toString(), QStringLiteral("2026-03-30T08:00:00Z"));
}

void TestReviewStore::update_changesDateDoneNotesButNotUid() {
    const qint64 incident = newIncident(QStringLiteral("Edit"));
    QString error;
    auto r = m_store->create(incident, ReviewKind::Week, inBerlin(2026, 3, 11, 10), &error);
    QVERIFY(r);
    const QString uid = r->uid;
    r->at = inBerlin(2026, 3, 12, 14, 30);
    r->done = true;
    r->notes = QStringLiteral("Alert added; runbook still open");
    r->uid = QStringLiteral("ignored");
    QSignalSpy changed(m_store.get(), &ReviewStore::reviewChanged);
    QVERIFY2(m_store->update(*r, &error), qPrintable(error));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(1).toLongLong(), incident);
    const auto stored = m_store->load(r->id);
    QCOMPARE(stored->at, inBerlin(2026, 3, 12, 14, 30));
    QVERIFY(stored->done);
    QCOMPARE(stored->notes, r->notes);
    QCOMPARE(stored->uid, uid);
    r->id = 999;
    QVERIFY(!m_store->update(*r, &error));
    QVERIFY(error.contains(QStringLiteral("no longer exists")));
}

void TestReviewStore::setCalendarState_roundTrips() {
    const qint64 incident = newIncident(QStringLiteral("CalDAV"));
    QString error;
    const auto r = m_store->create(incident, ReviewKind::Week, inBerlin(2026, 3, 11, 10), &error);
    QVERIFY(m_store->setCalendarState(r->id, QStringLiteral("/cal/u/hs/x.ics"), QStringLiteral("\"abc\""),
                                      &error));
    const auto stored = m_store->load(r->id);
    QCOMPARE(stored->calendarHref, QStringLiteral("/cal/u/hs/x.ics"));
    QCOMPARE(stored->calendarEtag, QStringLiteral("\"abc\""));
    QVERIFY(!m_store->setCalendarState(777, {}, {}, &error));
}

void TestReviewStore::remove_signalsAndCascadesWithIncident() {
    const qint64 incident = newIncident(QStringLiteral("Remove"));
    QString error;
    const auto a = m_store->create(incident, ReviewKind::Week, inBerlin(2026, 3, 11, 10), &error);
    const auto b = m_store->create(incident, ReviewKind::Month, inBerlin(2026, 4, 3, 10), &error);
    QSignalSpy removed(m_store.get(), &ReviewStore::reviewRemoved);
    QVERIFY(m_store->remove(a->id, &error));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(m_store->forIncident(incident).size(), 1);
    QVERIFY(m_incidents->remove(incident, &error));
    QVERIFY(!m_store->load(b->id));
}

void TestReviewStore::reviewTimeFrom_data() {
    QTest::addColumn<QString>("local");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QDateTime>("expected"); // invalid: refused
    const QTimeZone paris("Europe/Paris");
    QTest::newRow("utc") << "2026-11-24T10:30:05"
                         << "UTC" << QDateTime(QDate(2026, 11, 24), QTime(10, 30, 5), QTimeZone::utc());
    QTest::newRow("zone") << "2026-07-01T09:00:00"
                          << "Europe/Paris" << QDateTime(QDate(2026, 7, 1), QTime(9, 0), paris);
    // 02:30 does not exist that night in Paris: the same instant as 01:30 in winter time, shown as 03:30.
    QTest::newRow("in the spring gap")
        << "2026-03-29T02:30:00"
        << "Europe/Paris" << QDateTime(QDate(2026, 3, 29), QTime(3, 30), paris);
    QTest::newRow("unknown zone: the system's")
        << "2026-11-24T10:00:00"
        << "Not/AZone" << QDateTime(QDate(2026, 11, 24), QTime(10, 0), QTimeZone::systemTimeZone());
    for (const char *bad :
         {"", "2026-11-24", "2026-11-24 10:00:00", "2026-11-24T10:00", "2026-11-24T10:00:00Z",
          "2026-11-24T10:00:00.000", "2026-13-01T10:00:00", "2026-02-30T10:00:00", "2026-11-24T24:00:01",
          "2026-11-24T10:60:00", "2026-11-24T1a:00:00", "2026-11-24T10-00-00"})
        QTest::newRow(bad) << QString::fromLatin1(bad) << "UTC" << QDateTime();
}

void TestReviewStore::reviewTimeFrom() {
    QFETCH(QString, local);
    QFETCH(QString, zone);
    QFETCH(QDateTime, expected);
    const QDateTime at = hs::reviewTimeFrom(local, zone);
    QCOMPARE(at.isValid(), expected.isValid());
    if (!expected.isValid())
        return;
    QCOMPARE(at, expected); // the same instant
    QCOMPARE(at.time(), expected.time());
    QCOMPARE(at.timeZone(), expected.timeZone());
}

void TestReviewStore::agenda_data() {
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("expected"); // notes of the reviews, in order
    // Reviews: a 2026-03-10 10:00, b 2026-03-11 09:00, c 2026-03-11 17:00, d 2026-03-13 10:00 (Berlin),
    // e 2026-03-09 10:00 but done.
    const QDateTime morning = inBerlin(2026, 3, 11, 12);
    QTest::newRow("due: today or overdue") << morning << QStringLiteral("due") << QStringLiteral("a,b,c");
    QTest::newRow("overdue: before now") << morning << QStringLiteral("overdue") << QStringLiteral("a,b");
    QTest::newRow("upcoming 2 days") << morning << QStringLiteral("upcoming") << QStringLiteral("a,b,c,d");
    QTest::newRow("due just before midnight")
        << inBerlin(2026, 3, 10, 23, 59) << QStringLiteral("due") << QStringLiteral("a");
    QTest::newRow("due at midnight") << inBerlin(2026, 3, 11, 0, 0) << QStringLiteral("due")
                                     << QStringLiteral("a,b,c");
    QTest::newRow("now in UTC") << QDateTime(QDate(2026, 3, 11), QTime(8, 30), QTimeZone::utc())
                                << QStringLiteral("overdue") << QStringLiteral("a,b");
    QTest::newRow("nothing yet") << inBerlin(2026, 3, 1, 9) << QStringLiteral("due") << QString();
}

void TestReviewStore::agenda() {
    QFETCH(QDateTime, now);
    QFETCH(QString, query);
    QFETCH(QString, expected);
    const qint64 one = newIncident(QStringLiteral("One"));
    const qint64 two = newIncident(QStringLiteral("Two"));
    QString error;
    struct Spec {
        qint64 incident;
        QDateTime at;
        const char *name;
    };
    for (const Spec &s :
         {Spec{two, inBerlin(2026, 3, 13, 10), "d"}, Spec{one, inBerlin(2026, 3, 11, 17), "c"},
          Spec{one, inBerlin(2026, 3, 10, 10), "a"}, Spec{two, inBerlin(2026, 3, 11, 9), "b"},
          Spec{one, inBerlin(2026, 3, 9, 10), "e"}}) {
        auto r = m_store->create(s.incident, ReviewKind::Week, s.at, &error);
        QVERIFY2(r, qPrintable(error));
        r->notes = QString::fromLatin1(s.name);
        r->done = r->notes == QLatin1String("e");
        QVERIFY(m_store->update(*r, &error));
    }
    QList<ReviewAgendaItem> items;
    if (query == QLatin1String("due"))
        items = m_store->due(now, &error);
    else if (query == QLatin1String("overdue"))
        items = m_store->overdue(now, &error);
    else
        items = m_store->upcoming(now, 2, &error);
    QVERIFY(error.isEmpty());
    QStringList names;
    for (const ReviewAgendaItem &item : items) {
        names << item.review.notes;
        QCOMPARE(item.incidentTitle,
                 item.review.incidentId == one ? QStringLiteral("One") : QStringLiteral("Two"));
        QCOMPARE(item.review.isOverdue(now), item.review.at < now);
    }
    QCOMPARE(names.join(QLatin1Char(',')), expected);
}

void TestReviewStore::agenda_listsOpenActionsOfEachIncident() {
    const qint64 incident = newIncident(QStringLiteral("Actions"));
    ActionStore actions(*m_db);
    QString error;
    auto add = [&](const QString &title, Bucket bucket) {
        Action a;
        a.incidentId = incident;
        a.title = title;
        a.bucket = bucket;
        return actions.create(a, &error);
    };
    const auto later = add(QStringLiteral("Later one"), Bucket::Later);
    const auto now = add(QStringLiteral("Now one"), Bucket::Now);
    const auto done = add(QStringLiteral("Done one"), Bucket::Now);
    QVERIFY(later && now && done);
    QVERIFY(actions.setStatus(done->id, ActionStatus::Done, &error));
    QVERIFY(m_store->create(incident, ReviewKind::Week, inBerlin(2026, 3, 11, 10), &error));
    const auto items = m_store->due(inBerlin(2026, 3, 11, 12));
    QCOMPARE(items.size(), 1);
    QStringList titles;
    for (const Action &a : items[0].openActions)
        titles << a.title;
    QCOMPARE(titles, QStringList({QStringLiteral("Now one"), QStringLiteral("Later one")}));
}

void TestReviewStore::agenda_usesIndex() {
    QSqlQuery q(m_db->connection());
    QVERIFY(
        q.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT r.id, i.title FROM review r CROSS JOIN incident i"
                              " ON i.id = r.incident_id WHERE r.done = 0 AND r.at_utc < '2026' ORDER BY"
                              " r.at_utc, r.id LIMIT 500")));
    QStringList plan;
    while (q.next())
        plan << q.value(3).toString();
    const QString text = plan.join(QLatin1String(" | "));
    QVERIFY2(text.contains(QStringLiteral("review_open_by_time")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("TEMP B-TREE")), qPrintable(text));
}

QTEST_GUILESS_MAIN(TestReviewStore)
#include "tst_reviewstore.moc"
