// The app's CalendarService end to end, as the reviews panel drives it: the password from a real
// gnome-keyring (tests/servers/with-keyring.sh), the events on a real Radicale
// (tests/servers/start-radicale.sh), the answers as signals; the conflict choices and the keychain
// message through a real ReviewsPanel, clicked. A second and third run have no keychain / a locked one.
#include "calendarservice.h"
#include "credentialstore.h"
#include "database.h"
#include "incidentstore.h"
#include "prompts.h"
#include "radicaleserver.h"
#include "reviewcalendarsync.h"
#include "reviewspanel.h"
#include "reviewstore.h"

#include <memory>
#include <optional>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace hs;
using DeleteStatus = CalendarApi::DeleteResult::Status;

class TestCalendarService final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void push_storesTheEventsAndSaysSo();
    void push_changedOnServerIsShownNeverOverwritten();
    void panel_keepTheirsAdoptsTheServersDateAndLeavesItAlone();
    void panel_replaceTheirsReplacesOnlyTheVersionShown();
    void push_wrongPasswordSaysSoAndLearnsNothing();
    void panel_keychainUnavailableSaysWhereToFixIt();
    void delete_removesEventAndReview();
    void delete_serverDownKeepsTheReview();
    void push_withoutCalendarSaysHowToSetOneUp();

private:
    CalendarApi::PushResult push();
    CalendarApi::DeleteResult remove(const Review &review);
    // Another client changes the event: its start and a prefix to its summary.
    void changeOnServer(const QUrl &href, const QByteArray &start, const QByteArray &who);
    std::unique_ptr<ReviewsPanel> makePanel();
    // Clicks Push to Calendar (or `button`) and waits for the answer in the status line.
    QString clickAndWait(ReviewsPanel &panel, QPushButton *button);

    QString m_skip;
    QString m_keyring; // unlocked, locked or none (tests/servers/with-keyring.sh)
    std::unique_ptr<RadicaleServer> m_server;
    QUrl m_calendar;
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ReviewStore> m_reviews;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<CalendarService> m_service;
    qint64 m_incident = 0;
};

#define REQUIRE_SETUP()                                                                                      \
    do {                                                                                                     \
        if (!m_skip.isEmpty())                                                                               \
            QSKIP(qPrintable(m_skip));                                                                       \
        if (m_keyring != QLatin1String("unlocked"))                                                          \
            QSKIP("needs an unlocked keyring (the unlocked run of this test)");                              \
    } while (false)

void TestCalendarService::initTestCase() {
    m_keyring = qEnvironmentVariable("HINDSIGHT_TEST_KEYRING");
    if (m_keyring.isEmpty()) {
        m_skip = QStringLiteral("needs tests/servers/with-keyring.sh; CTest runs it so");
        return;
    }
    m_skip = RadicaleServer::missingTools();
    if (!m_skip.isEmpty())
        return;
    const QString password = QStringLiteral("pw ü:1");
    m_server = std::make_unique<RadicaleServer>(QStringLiteral("alice"), password);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_calendar = m_server->url(QStringLiteral("/alice/reviews/"));
    QCOMPARE(m_server->curl("MKCALENDAR", m_calendar).status, 201);

    m_db = std::make_unique<Database>();
    QVERIFY2(m_db->open(m_dir.filePath(QStringLiteral("h.sqlite")), &error), qPrintable(error));
    m_reviews = std::make_unique<ReviewStore>(*m_db);
    m_incident = IncidentStore(*m_db).create(QStringLiteral("DB down"), QDate(2026, 11, 20), &error)->id;
    const QTimeZone berlin("Europe/Berlin");
    QVERIFY(m_reviews->create(m_incident, ReviewKind::Week,
                              QDateTime(QDate(2026, 11, 27), QTime(10, 0), berlin), &error));
    QVERIFY(m_reviews->create(m_incident, ReviewKind::Month,
                              QDateTime(QDate(2026, 12, 21), QTime(10, 0), berlin), &error));

    m_credentials = std::make_unique<CredentialStore>();
    m_service = std::make_unique<CalendarService>(*m_credentials);
    // As Settings > Calendar… saves it.
    std::optional<CalendarApi::Result> answer;
    m_service->save({m_calendar, QStringLiteral("alice")}, password,
                    [&](const CalendarApi::Result &r) { answer = r; });
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 20000);
    if (m_keyring == QLatin1String("unlocked")) {
        QVERIFY2(answer->ok, qPrintable(answer->message));
    } else {
        // The address and user are kept; the password could not be.
        QVERIFY(!answer->ok);
        QVERIFY2(answer->keychainUnavailable, qPrintable(answer->message));
        QVERIFY(m_service->account().isValid());
    }
}

void TestCalendarService::cleanupTestCase() {
    m_service.reset();
    m_credentials.reset();
    m_server.reset();
}

CalendarApi::PushResult TestCalendarService::push() {
    QSignalSpy spy(m_service.get(), &CalendarApi::reviewsPushed);
    m_service->pushReviews(*m_reviews, m_incident, QStringLiteral("DB down"));
    if (!spy.isEmpty() || !spy.wait(30000)) // never from within the call
        return {0, {}, QStringLiteral("no answer from the event loop")};
    return spy.takeFirst().at(0).value<CalendarApi::PushResult>();
}

CalendarApi::DeleteResult TestCalendarService::remove(const Review &review) {
    QSignalSpy spy(m_service.get(), &CalendarApi::reviewDeleted);
    m_service->deleteReview(*m_reviews, review);
    CalendarApi::DeleteResult none;
    none.message = QStringLiteral("no answer from the event loop");
    if (!spy.isEmpty() || !spy.wait(30000))
        return none;
    return spy.takeFirst().at(0).value<CalendarApi::DeleteResult>();
}

void TestCalendarService::changeOnServer(const QUrl &href, const QByteArray &start, const QByteArray &who) {
    QByteArray theirs = m_server->curl("GET", href).body;
    const QByteArray was = ReviewCalendarSync::eventStartText(theirs).toLatin1();
    QVERIFY(!was.isEmpty());
    theirs.replace(was, start);
    theirs.replace("SUMMARY:", QByteArray("SUMMARY:" + who + " - "));
    QCOMPARE(
        m_server->curl("PUT", href, theirs, {QStringLiteral("Content-Type: text/calendar")}).status / 100, 2);
}

std::unique_ptr<ReviewsPanel> TestCalendarService::makePanel() {
    auto panel = std::make_unique<ReviewsPanel>(*m_reviews);
    panel->setIncident(m_incident, QStringLiteral("DB down"));
    panel->setCalendar(m_service.get());
    panel->resize(700, 240);
    panel->show();
    return panel;
}

QString TestCalendarService::clickAndWait(ReviewsPanel &panel, QPushButton *button) {
    QTest::mouseClick(button ? button : panel.pushButton(), Qt::LeftButton);
    if (panel.pushButton()->isEnabled())
        return QStringLiteral("the click did not start a push");
    if (!QTest::qWaitFor([&] { return panel.pushButton()->isEnabled(); }, 30000))
        return QStringLiteral("no answer in 30 s");
    return panel.calendarStatus()->text();
}

void TestCalendarService::push_storesTheEventsAndSaysSo() {
    REQUIRE_SETUP();
    const CalendarApi::PushResult result = push();
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.incidentId, m_incident);
    QCOMPARE(result.pushed(), 2);
    for (const Review &review : m_reviews->forIncident(m_incident)) {
        const RadicaleServer::Answer got = m_server->curl("GET", QUrl(review.calendarHref));
        QCOMPARE(got.status, 200);
        QCOMPARE(QString::fromLatin1(got.etag), review.calendarEtag);
        QVERIFY(got.body.contains("SUMMARY:Post-mortem review: DB down"));
    }
}

// A 412: the service hands the server's version (summary and start) to the panel and leaves it alone.
void TestCalendarService::push_changedOnServerIsShownNeverOverwritten() {
    REQUIRE_SETUP();
    const Review month = m_reviews->forIncident(m_incident).at(1);
    QVERIFY(!month.calendarEtag.isEmpty());
    const QUrl href(month.calendarHref);
    QByteArray theirs = m_server->curl("GET", href).body;
    const QByteArray start = ReviewCalendarSync::eventStartText(theirs).toLatin1();
    QVERIFY(!start.isEmpty());
    theirs.replace(start, "20261222T143000Z");
    theirs.replace("SUMMARY:", "SUMMARY:Moved by Bob - ");
    QCOMPARE(
        m_server->curl("PUT", href, theirs, {QStringLiteral("Content-Type: text/calendar")}).status / 100, 2);
    const RadicaleServer::Answer before = m_server->curl("GET", href);
    Review edited = month;
    edited.notes = QStringLiteral("changed here too");
    QVERIFY(m_reviews->update(edited, nullptr));

    const CalendarApi::PushResult result = push();
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.reviews.size(), 2);
    QCOMPARE(result.pushed(), 1); // the week review went on
    const CalendarApi::ReviewOutcome &conflict = result.reviews.at(1);
    QCOMPARE(conflict.reviewId, month.id);
    QCOMPARE(conflict.status, CalendarApi::ReviewOutcome::Status::Conflict);
    QVERIFY(conflict.serverSummary.startsWith(QLatin1String("Moved by Bob - ")));
    QCOMPARE(conflict.serverStart, QDateTime(QDate(2026, 12, 22), QTime(14, 30), QTimeZone::utc()));
    const RadicaleServer::Answer after = m_server->curl("GET", href);
    QCOMPARE(after.etag, before.etag);
    QCOMPARE(after.body, before.body);
    const Review kept = *m_reviews->load(month.id);
    QCOMPARE(kept.calendarEtag, month.calendarEtag); // so the next push meets the conflict again
    QCOMPARE(kept.notes, QStringLiteral("changed here too"));
}

// Keep Theirs after a real 412: the review takes the server's date and ETag, the server's copy is not
// touched, and the next push updates that event instead of meeting the conflict again.
void TestCalendarService::panel_keepTheirsAdoptsTheServersDateAndLeavesItAlone() {
    REQUIRE_SETUP();
    const Review month = m_reviews->forIncident(m_incident).at(1);
    const QUrl href(month.calendarHref);
    // The previous test left the month review in conflict ("Moved by Bob", 2026-12-22 14:30 UTC).
    const RadicaleServer::Answer theirs = m_server->curl("GET", href);
    QVERIFY(theirs.body.contains("Moved by Bob"));
    QVERIFY(QString::fromLatin1(theirs.etag) != month.calendarEtag);

    const auto panel = makePanel();
    QString shown = clickAndWait(*panel, nullptr);
    QVERIFY2(shown.contains(QStringLiteral("Moved by Bob")), qPrintable(shown));
    QVERIFY(panel->keepTheirsButton()->isVisible());
    QTest::mouseClick(panel->keepTheirsButton(), Qt::LeftButton);
    const Review kept = *m_reviews->load(month.id);
    QCOMPARE(kept.at, QDateTime(QDate(2026, 12, 22), QTime(14, 30), QTimeZone::utc()));
    QCOMPARE(kept.at.timeZone(), month.at.timeZone());
    QCOMPARE(kept.calendarEtag, QString::fromLatin1(theirs.etag));
    QCOMPARE(kept.notes, QStringLiteral("changed here too")); // the local notes stay
    const RadicaleServer::Answer untouched = m_server->curl("GET", href);
    QCOMPARE(untouched.etag, theirs.etag);
    QCOMPARE(untouched.body, theirs.body);
    QVERIFY(!panel->keepTheirsButton()->isVisible());

    // No conflict any more: the next push updates their event, at the kept date.
    shown = clickAndWait(*panel, nullptr);
    QVERIFY2(shown.startsWith(QStringLiteral("Pushed 2 review")), qPrintable(shown));
    QVERIFY(!panel->keepTheirsButton()->isVisible());
    const RadicaleServer::Answer after = m_server->curl("GET", href);
    QCOMPARE(ReviewCalendarSync::eventStart(after.body), kept.at);
    QCOMPARE(QString::fromLatin1(after.etag), m_reviews->load(month.id)->calendarEtag);
}

// Replace Theirs… asks, then replaces exactly the version shown: one changed again meanwhile is a new
// conflict, left alone; confirmed again, the event really is ours. The other review is not pushed.
void TestCalendarService::panel_replaceTheirsReplacesOnlyTheVersionShown() {
    REQUIRE_SETUP();
    const Review week = m_reviews->forIncident(m_incident).at(0);
    const Review month = m_reviews->forIncident(m_incident).at(1);
    const QUrl href(month.calendarHref);
    changeOnServer(href, "20261223T090000Z", "Moved by Carol");
    const auto panel = makePanel();
    QString shown = clickAndWait(*panel, nullptr);
    QVERIFY2(shown.contains(QStringLiteral("Moved by Carol")), qPrintable(shown));
    const QByteArray weekEtag = m_server->curl("GET", QUrl(week.calendarHref)).etag;

    // Changed again before the user confirms: not overwritten.
    changeOnServer(href, "20261224T090000Z", "Moved by Dave");
    const RadicaleServer::Answer dave = m_server->curl("GET", href);
    prompts::setNextAnswer(QMessageBox::Yes);
    shown = clickAndWait(*panel, panel->replaceTheirsButton());
    QVERIFY(prompts::lastText().contains(reviewKindLabel(ReviewKind::Month)));
    QVERIFY2(shown.contains(QStringLiteral("Moved by Dave")), qPrintable(shown));
    QVERIFY2(!shown.startsWith(QStringLiteral("Pushed 1")), qPrintable(shown));
    QCOMPARE(m_server->curl("GET", href).body, dave.body);

    // Cancelled: nothing sent.
    prompts::setNextAnswer(QMessageBox::Cancel);
    QTest::mouseClick(panel->replaceTheirsButton(), Qt::LeftButton);
    QVERIFY(panel->pushButton()->isEnabled());
    QCOMPARE(m_server->curl("GET", href).body, dave.body);

    prompts::setNextAnswer(QMessageBox::Yes);
    shown = clickAndWait(*panel, panel->replaceTheirsButton());
    QVERIFY2(shown.startsWith(QStringLiteral("Pushed 1 review")), qPrintable(shown));
    QVERIFY(!panel->replaceTheirsButton()->isVisible());
    const RadicaleServer::Answer ours = m_server->curl("GET", href);
    QVERIFY(!ours.body.contains("Moved by"));
    QVERIFY(ours.body.contains("SUMMARY:Post-mortem review: DB down"));
    QCOMPARE(ReviewCalendarSync::eventStart(ours.body), m_reviews->load(month.id)->at);
    QCOMPARE(QString::fromLatin1(ours.etag), m_reviews->load(month.id)->calendarEtag);
    QCOMPARE(m_server->curl("GET", QUrl(week.calendarHref)).etag, weekEtag); // only the conflict was pushed
}

// A 401 (the password changed on the server): one sentence, nothing stored, nothing lost.
void TestCalendarService::push_wrongPasswordSaysSoAndLearnsNothing() {
    REQUIRE_SETUP();
    const QList<Review> before = m_reviews->forIncident(m_incident);
    const CalendarApi::Account account = m_service->account();
    const auto storePassword = [&](const QString &password) {
        std::optional<CredentialResult> written;
        m_credentials->write(CredentialStore::calDavKey(account.url, account.user), password,
                             [&](const CredentialResult &r) { written = r; });
        QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 20000);
        QVERIFY2(written->ok(), qPrintable(written->error));
    };
    storePassword(QStringLiteral("not the password"));
    if (QTest::currentTestFailed())
        return;
    Review week = before.at(0);
    week.at = week.at.addDays(1);
    QVERIFY(m_reviews->update(week, nullptr));

    const CalendarApi::PushResult result = push();
    storePassword(QStringLiteral("pw ü:1"));
    QCOMPARE(result.pushed(), 0);
    QVERIFY2(result.error.contains(QLatin1String("password"), Qt::CaseInsensitive), qPrintable(result.error));
    QVERIFY(!result.error.contains(QLatin1String("not the password")));
    const Review kept = *m_reviews->load(week.id);
    QCOMPARE(kept.at, week.at);
    QCOMPARE(kept.calendarEtag, before.at(0).calendarEtag);
    QVERIFY(ReviewCalendarSync::eventStart(m_server->curl("GET", QUrl(kept.calendarHref)).body) != week.at);
}

void TestCalendarService::delete_removesEventAndReview() {
    REQUIRE_SETUP();
    const Review week = m_reviews->forIncident(m_incident).at(0);
    QVERIFY(!week.calendarHref.isEmpty());
    const CalendarApi::DeleteResult result = remove(week);
    QCOMPARE(result.status, DeleteStatus::Deleted);
    QCOMPARE(result.review.id, week.id);
    QCOMPARE(m_server->curl("GET", QUrl(week.calendarHref)).status, 404);
    QVERIFY(!m_reviews->load(week.id));
}

void TestCalendarService::delete_serverDownKeepsTheReview() {
    REQUIRE_SETUP();
    const Review month = m_reviews->forIncident(m_incident).at(0);
    m_server->stop();
    const CalendarApi::DeleteResult result = remove(month);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    QCOMPARE(result.status, DeleteStatus::Failed);
    QVERIFY2(result.message.contains(QLatin1String("refused the connection")), qPrintable(result.message));
    QVERIFY(m_reviews->load(month.id));
    QCOMPARE(m_server->curl("GET", QUrl(month.calendarHref)).status, 200);
}

void TestCalendarService::push_withoutCalendarSaysHowToSetOneUp() {
    REQUIRE_SETUP();
    QSettings().remove(QStringLiteral("calendar"));
    QVERIFY(!m_service->account().isValid());
    const CalendarApi::PushResult result = push();
    QCOMPARE(result.pushed(), 0);
    QVERIFY2(result.error.contains(QStringLiteral("Settings > Calendar…")), qPrintable(result.error));
}

// Without a keychain (or with a locked one) the panel says what is wrong and where to fix it; kept for
// this session only, as Settings > Calendar… then offers, the push works.
void TestCalendarService::panel_keychainUnavailableSaysWhereToFixIt() {
    if (!m_skip.isEmpty())
        QSKIP(qPrintable(m_skip));
    if (m_keyring == QLatin1String("unlocked"))
        QSKIP("for the runs without a keychain or with a locked one");
    const auto panel = makePanel();
    QString shown = clickAndWait(*panel, nullptr);
    QVERIFY2(shown.startsWith(QStringLiteral("Not pushed")), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("keychain")), qPrintable(shown));             // what
    QVERIFY2(shown.contains(QStringLiteral("Settings > Calendar…")), qPrintable(shown)); // where
    QVERIFY2(shown.contains(QStringLiteral("this session only")), qPrintable(shown));
    for (const Review &review : m_reviews->forIncident(m_incident))
        QVERIFY(review.calendarHref.isEmpty());

    m_service->keepForSession(m_service->account(), QStringLiteral("pw ü:1"));
    shown = clickAndWait(*panel, nullptr);
    QVERIFY2(shown.startsWith(QStringLiteral("Pushed 2 review")), qPrintable(shown));
    for (const Review &review : m_reviews->forIncident(m_incident))
        QCOMPARE(m_server->curl("GET", QUrl(review.calendarHref)).status, 200);
}

QTEST_MAIN(TestCalendarService)
#include "tst_calendarservice.moc"
