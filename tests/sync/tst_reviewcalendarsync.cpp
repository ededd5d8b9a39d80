// ReviewCalendarSync against a real Radicale (tests/servers/start-radicale.sh): what the CLI's
// review push/delete and the app's reviews panel rely on, with the review state checked in the store.
#include "caldavclient.h"
#include "database.h"
#include "incidentstore.h"
#include "radicaleserver.h"
#include "reviewcalendarsync.h"
#include "reviewstore.h"

#include <memory>
#include <optional>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace hs;
using Push = ReviewPushOutcome::Status;
using Delete = ReviewDeleteResult::Status;

class TestReviewCalendarSync final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase() { m_server.reset(); }

    void push_createsThenUpdatesWithTheStoredEtag();
    void push_changedOnServerIsConflictAndTheOthersGoOn();
    void push_overwriteReplacesWhenAsked();
    void push_serverDownStopsAndLearnsNothing();
    void remove_deletesEventAndReview();
    void remove_changedOnServerDeletesNothing();
    void remove_alreadyGoneIsFine();
    void remove_neverPushedDeletesTheReviewOnly();
    void remove_eventOnAnotherCalendarIsNotTouched();
    void remove_serverDownKeepsTheReview();
    void eventStart_data();
    void eventStart();

private:
    QList<IcsWriter::Event> events() const {
        return m_reviews->calendarEvents(m_incident, QStringLiteral("DB down"));
    }
    ReviewPushReport push(bool overwrite = false);
    ReviewDeleteResult remove(const Review &review);
    template <typename Result, typename Start> std::optional<Result> wait(Start start);
    void changeOnServer(const Review &review, const QByteArray &start);

    QString m_skip;
    std::unique_ptr<RadicaleServer> m_server;
    QUrl m_calendar;
    int m_calendarCount = 0;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ReviewStore> m_reviews;
    std::unique_ptr<CalDavClient> m_client;
    std::unique_ptr<ReviewCalendarSync> m_sync;
    qint64 m_incident = 0;
};

#define REQUIRE_SERVER()                                                                                     \
    do {                                                                                                     \
        if (!m_skip.isEmpty())                                                                               \
            QSKIP(qPrintable(m_skip));                                                                       \
    } while (false)

void TestReviewCalendarSync::initTestCase() {
    m_skip = RadicaleServer::missingTools();
    if (!m_skip.isEmpty())
        return;
    m_server = std::make_unique<RadicaleServer>(QStringLiteral("alice"), QStringLiteral("pw"));
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
}

void TestReviewCalendarSync::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QString error;
    QVERIFY2(m_db->open(m_dir->filePath(QStringLiteral("h.sqlite")), &error), qPrintable(error));
    m_reviews = std::make_unique<ReviewStore>(*m_db);
    m_incident = IncidentStore(*m_db).create(QStringLiteral("DB down"), QDate(2026, 11, 20), &error)->id;
    const QTimeZone berlin("Europe/Berlin");
    QVERIFY(m_reviews->create(m_incident, ReviewKind::Week,
                              QDateTime(QDate(2026, 11, 27), QTime(10, 0), berlin), &error));
    QVERIFY(m_reviews->create(m_incident, ReviewKind::Month,
                              QDateTime(QDate(2026, 12, 21), QTime(10, 0), berlin), &error));
    if (!m_server)
        return;
    // A fresh calendar per test, so no test sees another's events.
    m_calendar = m_server->url(QStringLiteral("/alice/cal%1/").arg(++m_calendarCount));
    QCOMPARE(m_server->curl("MKCALENDAR", m_calendar).status, 201);
    m_client = std::make_unique<CalDavClient>();
    m_client->configure(m_calendar, QStringLiteral("alice"), QStringLiteral("pw"));
    m_sync = std::make_unique<ReviewCalendarSync>(*m_reviews, *m_client);
}

void TestReviewCalendarSync::cleanup() {
    m_sync.reset();
    m_client.reset();
    m_reviews.reset();
    m_db.reset();
    m_dir.reset();
}

template <typename Result, typename Start> std::optional<Result> TestReviewCalendarSync::wait(Start start) {
    std::optional<Result> answer;
    int calls = 0;
    start([&](const Result &r) {
        answer = r;
        ++calls;
    });
    if (calls != 0) // never synchronously
        return std::nullopt;
    if (!QTest::qWaitFor([&] { return calls > 0; }, 30000))
        return std::nullopt;
    QTest::qWait(0);
    return calls == 1 ? answer : std::nullopt;
}

ReviewPushReport TestReviewCalendarSync::push(bool overwrite) {
    const auto report = wait<ReviewPushReport>([&](auto done) { m_sync->push(events(), overwrite, done); });
    return report.value_or(ReviewPushReport{{}, QStringLiteral("no single answer")});
}

ReviewDeleteResult TestReviewCalendarSync::remove(const Review &review) {
    const auto result = wait<ReviewDeleteResult>([&](auto done) { m_sync->remove(review, done); });
    if (result)
        return *result;
    ReviewDeleteResult none;
    none.error = QStringLiteral("no single answer");
    return none;
}

void TestReviewCalendarSync::changeOnServer(const Review &review, const QByteArray &start) {
    const QUrl href(review.calendarHref);
    QByteArray theirs = m_server->curl("GET", href).body;
    const QByteArray ours = ReviewCalendarSync::eventStartText(theirs).toLatin1();
    QVERIFY(!ours.isEmpty());
    theirs.replace(ours, start);
    theirs.replace("SUMMARY:", "SUMMARY:Moved by Bob - ");
    QCOMPARE(
        m_server->curl("PUT", href, theirs, {QStringLiteral("Content-Type: text/calendar")}).status / 100, 2);
}

void TestReviewCalendarSync::push_createsThenUpdatesWithTheStoredEtag() {
    REQUIRE_SERVER();
    ReviewPushReport report = push();
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.outcomes.size(), 2);
    QCOMPARE(report.outcomes.at(0).status, Push::Created);
    QCOMPARE(report.outcomes.at(1).status, Push::Created);
    QCOMPARE(report.pushed(), 2);
    const QList<Review> pushed = m_reviews->forIncident(m_incident);
    for (const Review &review : pushed) {
        const RadicaleServer::Answer got = m_server->curl("GET", QUrl(review.calendarHref));
        QCOMPARE(got.status, 200);
        QCOMPARE(QString::fromLatin1(got.etag), review.calendarEtag);
        QCOMPARE(ReviewCalendarSync::eventStart(got.body), review.at);
    }

    Review week = pushed.at(0);
    week.at = week.at.addDays(1);
    QVERIFY(m_reviews->update(week, nullptr));
    report = push();
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.outcomes.at(0).status, Push::Updated);
    const Review after = m_reviews->forIncident(m_incident).at(0);
    QCOMPARE(after.calendarHref, week.calendarHref);
    QVERIFY(after.calendarEtag != week.calendarEtag);
    QCOMPARE(ReviewCalendarSync::eventStart(m_server->curl("GET", QUrl(after.calendarHref)).body), week.at);
}

void TestReviewCalendarSync::push_changedOnServerIsConflictAndTheOthersGoOn() {
    REQUIRE_SERVER();
    QVERIFY(push().ok());
    const Review week = m_reviews->forIncident(m_incident).at(0);
    changeOnServer(week, "20261214T153000Z");
    const RadicaleServer::Answer theirs = m_server->curl("GET", QUrl(week.calendarHref));

    const ReviewPushReport report = push();
    QVERIFY(report.error.isEmpty());
    QVERIFY(!report.ok());
    QCOMPARE(report.conflicts(), 1);
    QCOMPARE(report.outcomes.at(0).status, Push::Conflict);
    QVERIFY(!report.outcomes.at(0).error.isEmpty());
    QCOMPARE(ReviewCalendarSync::eventStart(report.outcomes.at(0).serverIcs),
             QDateTime(QDate(2026, 12, 14), QTime(15, 30), QTimeZone::utc()));
    QVERIFY(ReviewCalendarSync::eventSummary(report.outcomes.at(0).serverIcs)
                .startsWith(QLatin1String("Moved by Bob - ")));
    QCOMPARE(report.outcomes.at(1).status, Push::Updated);
    QCOMPARE(m_server->curl("GET", QUrl(week.calendarHref)).etag, theirs.etag); // never overwritten
    QCOMPARE(m_reviews->forIncident(m_incident).at(0).calendarEtag, week.calendarEtag);
}

void TestReviewCalendarSync::push_overwriteReplacesWhenAsked() {
    REQUIRE_SERVER();
    QVERIFY(push().ok());
    const Review week = m_reviews->forIncident(m_incident).at(0);
    changeOnServer(week, "20261214T153000Z");
    const ReviewPushReport report = push(true);
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.outcomes.at(0).status, Push::Overwritten);
    const RadicaleServer::Answer got = m_server->curl("GET", QUrl(week.calendarHref));
    QCOMPARE(ReviewCalendarSync::eventStart(got.body), week.at);
    QCOMPARE(QString::fromLatin1(got.etag), m_reviews->forIncident(m_incident).at(0).calendarEtag);
}

void TestReviewCalendarSync::push_serverDownStopsAndLearnsNothing() {
    REQUIRE_SERVER();
    m_server->stop();
    const ReviewPushReport report = push();
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    QVERIFY(report.error.contains(QLatin1String("refused the connection")));
    QCOMPARE(report.outcomes.at(0).status, Push::Failed);
    QCOMPARE(report.outcomes.at(1).status, Push::NotTried);
    QCOMPARE(report.pushed(), 0);
    for (const Review &review : m_reviews->forIncident(m_incident))
        QVERIFY(review.calendarHref.isEmpty());
    QVERIFY(push().ok()); // and nothing stands in the way of the next try
}

void TestReviewCalendarSync::remove_deletesEventAndReview() {
    REQUIRE_SERVER();
    QVERIFY(push().ok());
    const Review week = m_reviews->forIncident(m_incident).at(0);
    const ReviewDeleteResult result = remove(week);
    QCOMPARE(result.status, Delete::Deleted);
    QVERIFY(!result.eventWasGone);
    QCOMPARE(m_server->curl("GET", QUrl(week.calendarHref)).status, 404);
    QCOMPARE(m_reviews->forIncident(m_incident).size(), 1);
    QVERIFY(!m_reviews->load(week.id));
}

void TestReviewCalendarSync::remove_changedOnServerDeletesNothing() {
    REQUIRE_SERVER();
    QVERIFY(push().ok());
    const Review week = m_reviews->forIncident(m_incident).at(0);
    changeOnServer(week, "20261215T080000Z");
    const ReviewDeleteResult result = remove(week);
    QCOMPARE(result.status, Delete::Conflict);
    QVERIFY(!result.error.isEmpty());
    QCOMPARE(ReviewCalendarSync::eventStartText(result.serverIcs), QStringLiteral("20261215T080000Z"));
    QCOMPARE(m_server->curl("GET", QUrl(week.calendarHref)).status, 200);
    QVERIFY(m_reviews->load(week.id));
}

void TestReviewCalendarSync::remove_alreadyGoneIsFine() {
    REQUIRE_SERVER();
    QVERIFY(push().ok());
    const Review week = m_reviews->forIncident(m_incident).at(0);
    QCOMPARE(m_server->curl("DELETE", QUrl(week.calendarHref)).status / 100, 2);
    const ReviewDeleteResult result = remove(week);
    QCOMPARE(result.status, Delete::Deleted);
    QVERIFY(result.eventWasGone);
    QVERIFY(!m_reviews->load(week.id));
}

void TestReviewCalendarSync::remove_neverPushedDeletesTheReviewOnly() {
    REQUIRE_SERVER();
    const Review week = m_reviews->forIncident(m_incident).at(0);
    const ReviewDeleteResult result = remove(week);
    QCOMPARE(result.status, Delete::LocalOnly);
    QVERIFY(result.ok());
    QVERIFY(!m_reviews->load(week.id));
}

void TestReviewCalendarSync::remove_eventOnAnotherCalendarIsNotTouched() {
    REQUIRE_SERVER();
    QVERIFY(push().ok());
    Review week = m_reviews->forIncident(m_incident).at(0);
    const QString otherCalendar = m_server->url(QStringLiteral("/alice/elsewhere/")).toString();
    m_client->configure(QUrl(otherCalendar), QStringLiteral("alice"), QStringLiteral("pw"));
    const ReviewDeleteResult result = remove(week);
    QCOMPARE(result.status, Delete::Failed);
    QVERIFY(result.error.contains(QLatin1String("another calendar")));
    QCOMPARE(m_server->curl("GET", QUrl(week.calendarHref)).status, 200);
    QVERIFY(m_reviews->load(week.id));
}

void TestReviewCalendarSync::remove_serverDownKeepsTheReview() {
    REQUIRE_SERVER();
    QVERIFY(push().ok());
    const Review week = m_reviews->forIncident(m_incident).at(0);
    m_server->stop();
    const ReviewDeleteResult result = remove(week);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    QCOMPARE(result.status, Delete::Failed);
    QVERIFY(result.error.contains(QLatin1String("refused the connection")));
    QVERIFY(m_reviews->load(week.id));
    QCOMPARE(m_server->curl("GET", QUrl(week.calendarHref)).status, 200);
}

void TestReviewCalendarSync::eventStart_data() {
    QTest::addColumn<QByteArray>("ics");
    QTest::addColumn<QDateTime>("start");
    QTest::addColumn<QString>("summary");
    const QByteArray head = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n";
    const QByteArray zone =
        "BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\nBEGIN:STANDARD\r\nDTSTART:19701025T030000\r\n"
        "END:STANDARD\r\nEND:VTIMEZONE\r\n";
    QTest::newRow("utc") << head +
                                "BEGIN:VEVENT\r\nDTSTART:20261214T153000Z\r\nSUMMARY:A\\, b\r\nEND:VEVENT\r\n"
                         << QDateTime(QDate(2026, 12, 14), QTime(15, 30), QTimeZone::utc())
                         << QStringLiteral("A, b");
    QTest::newRow("tzid after a VTIMEZONE")
        << head + zone +
               "BEGIN:VEVENT\r\nSUMMARY:Review\r\nDTSTART;TZID=Europe/"
               "Berlin:20261214T100000\r\nEND:VEVENT\r\n"
        << QDateTime(QDate(2026, 12, 14), QTime(10, 0), QTimeZone("Europe/Berlin"))
        << QStringLiteral("Review");
    QTest::newRow("folded summary, alarm's own lines ignored")
        << head + "BEGIN:VEVENT\r\nBEGIN:VALARM\r\nSUMMARY:alarm\r\nEND:VALARM\r\nSUMMARY:Post-mortem\r\n "
                  "review\r\n"
                  "DTSTART:20260101T000000Z\r\nEND:VEVENT\r\n"
        << QDateTime(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc()) << QStringLiteral("Post-mortemreview");
    QTest::newRow("whole leap day") << head + "BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20280229\r\nEND:VEVENT\r\n"
                                    << QDateTime(QDate(2028, 2, 29), QTime(0, 0)) << QString();
    QTest::newRow("no event") << head << QDateTime() << QString();
}

void TestReviewCalendarSync::eventStart() {
    QFETCH(QByteArray, ics);
    QFETCH(QDateTime, start);
    QFETCH(QString, summary);
    QCOMPARE(ReviewCalendarSync::eventStart(ics), start);
    QCOMPARE(ReviewCalendarSync::eventSummary(ics), summary);
}

QTEST_GUILESS_MAIN(TestReviewCalendarSync)
#include "tst_reviewcalendarsync.moc"
