#include "caldavclient.h"
#include "fakenam.h"
#include "radicaleserver.h"

#include <memory>
#include <optional>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTest>

using namespace hs;
using Status = CalDavResult::Status;
using namespace std::chrono_literals;

// Against a real Radicale started by the test (tests/servers/start-radicale.sh), and with faults
// injected at QNetworkAccessManager::createRequest (FakeNam) for a timeout, a 500 and a dropped connection.
class TestCalDavClient final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();

    void resourceName_isSafeAndUnique_data();
    void resourceName_isSafeAndUnique();
    void configure_dropsUserInfoAndAddsTrailingSlash();
    void calls_answerFromTheEventLoopNeverInsideTheCall();

    void test_acceptsTheCalendar();
    void test_wrongPasswordIsRefusedWithTheSentence();
    void test_accountAddressIsNotACalendar();
    void test_missingCalendarIsNotFound();
    void put_createsEventWithEtagAndServerHasIt();
    void put_newEventThatAlreadyExistsIsConflict();
    void put_updateWithCurrentEtagReplacesIt();
    void put_staleEtagAfterAnotherClientChangedItIsConflictWithServerVersion();
    void put_eventDeletedByAnotherClientIsConflict();
    void put_unsafeUidRoundTrips();
    void put_invalidEventIsRejectedWithServerReason();
    void delete_withCurrentEtagRemovesIt();
    void delete_staleEtagIsConflictAndKeepsIt();
    void delete_alreadyGoneIsDone();
    void serverStopped_connectionRefusedAndRetryAfterRestartLosesNothing();

    void fault_timeoutGivesTheSentence();
    void fault_serverErrorGivesStatusAndExcerpt();
    void fault_droppedConnectionGivesTheSentence();
    void fault_putWithoutEtagAsksTheServerForIt();
    void fault_hostNotFoundGivesTheSentence();
    void credentials_neverInLogsOrMessages();

private:
    QString skipReason() const { return m_skip; }
    std::optional<CalDavResult> run(const std::function<void(CalDavClient::Callback)> &call);
    QByteArray event(const QString &uid, const QString &summary) const;
    CalDavClient &client();

    const QString m_user = QStringLiteral("alice");
    const QString m_password = QStringLiteral("s3cret:with colon+ü");
    QString m_skip;
    std::unique_ptr<RadicaleServer> m_server;
    QUrl m_calendar;
    std::unique_ptr<CalDavClient> m_client;
    QStringList m_log;
};

namespace {
QStringList *g_log = nullptr;
QtMessageHandler g_previous = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message) {
    if (g_log)
        g_log->append(message);
    g_previous(type, context, message);
}
} // namespace

void TestCalDavClient::initTestCase() {
    // Every message of the whole run is kept, to search it for credentials at the end.
    QLoggingCategory::setFilterRules(QStringLiteral("hindsight.sync.*.debug=true"));
    g_log = &m_log;
    g_previous = qInstallMessageHandler(captureMessage);

    m_skip = RadicaleServer::missingTools();
    if (!m_skip.isEmpty())
        return;
    m_server = std::make_unique<RadicaleServer>(m_user, m_password);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_calendar = m_server->url(QStringLiteral("/alice/reviews/"));
    const QByteArray mkcalendar =
        "<?xml version=\"1.0\" encoding=\"utf-8\"?><C:mkcalendar xmlns:D=\"DAV:\" "
        "xmlns:C=\"urn:ietf:params:xml:ns:caldav\"><D:set><D:prop><D:displayname>Post-mortem reviews"
        "</D:displayname></D:prop></D:set></C:mkcalendar>";
    const auto made = m_server->curl("MKCALENDAR", m_calendar, mkcalendar,
                                     {QStringLiteral("Content-Type: application/xml")});
    QVERIFY2(made.status == 201, qPrintable(m_server->log()));
}

void TestCalDavClient::cleanupTestCase() {
    m_client.reset();
    m_server.reset();
    qInstallMessageHandler(g_previous);
    g_log = nullptr;
}

// QSKIP returns from the function it is written in, so this is a macro.
#define REQUIRE_SERVER()                                                                                     \
    do {                                                                                                     \
        if (!m_skip.isEmpty())                                                                               \
            QSKIP(qPrintable(m_skip));                                                                       \
    } while (false)

CalDavClient &TestCalDavClient::client() {
    m_client = std::make_unique<CalDavClient>();
    m_client->configure(m_calendar, m_user, m_password);
    return *m_client;
}

std::optional<CalDavResult> TestCalDavClient::run(const std::function<void(CalDavClient::Callback)> &call) {
    std::optional<CalDavResult> answer;
    int calls = 0;
    call([&](const CalDavResult &r) {
        answer = r;
        ++calls;
    });
    if (!QTest::qWaitFor([&] { return calls > 0; }, 30000))
        return std::nullopt;
    QTest::qWait(0);
    if (answer)
        m_log.append(answer->error);           // searched for credentials by the last test
    return calls == 1 ? answer : std::nullopt; // exactly one answer
}

QByteArray TestCalDavClient::event(const QString &uid, const QString &summary) const {
    return QStringLiteral(
               "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Hindsight//Hindsight//EN\r\n"
               "BEGIN:VEVENT\r\nUID:%1\r\nDTSTAMP:20260102T090000Z\r\nDTSTART:20260109T090000Z\r\n"
               "DTEND:20260109T093000Z\r\nSUMMARY:%2\r\nBEGIN:VALARM\r\nACTION:DISPLAY\r\n"
               "DESCRIPTION:Review\r\nTRIGGER:-PT15M\r\nEND:VALARM\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
        .arg(uid, summary)
        .toUtf8();
}

void TestCalDavClient::resourceName_isSafeAndUnique_data() {
    QTest::addColumn<QString>("uid");
    QTest::addColumn<QString>("expected"); // empty: hashed, only the safe prefix is checked
    QTest::addRow("plain") << QStringLiteral("review-12-1w@hindsight")
                           << QStringLiteral("review-12-1w@hindsight.ics");
    QTest::addRow("slash") << QStringLiteral("a/b") << QString();
    QTest::addRow("space and umlaut") << QStringLiteral("Prüfung 1") << QString();
    QTest::addRow("url characters") << QStringLiteral("x?y#z%20") << QString();
    QTest::addRow("dot dot") << QStringLiteral("..") << QString();
}

void TestCalDavClient::resourceName_isSafeAndUnique() {
    QFETCH(QString, uid);
    QFETCH(QString, expected);
    const QString name = CalDavClient::resourceName(uid);
    QVERIFY(name.endsWith(QLatin1String(".ics")));
    QVERIFY2(!name.contains(QRegularExpression(QStringLiteral("[^A-Za-z0-9._@-]"))), qPrintable(name));
    QVERIFY(!name.startsWith(QLatin1Char('.')));
    if (!expected.isEmpty())
        QCOMPARE(name, expected);
    // A UID that would be spelled the same way after replacing characters still gets its own name.
    QVERIFY(CalDavClient::resourceName(uid + QLatin1Char('_')) != name);
    QString lookalike = uid;
    lookalike.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._@-]")), QStringLiteral("_"));
    if (lookalike != uid)
        QVERIFY(CalDavClient::resourceName(lookalike) != name);
}

void TestCalDavClient::configure_dropsUserInfoAndAddsTrailingSlash() {
    CalDavClient c;
    c.configure(QUrl(QStringLiteral("https://bob:pw@dav.example.test/cal/bob/work?x=1")),
                QStringLiteral("bob"), QStringLiteral("pw"));
    QCOMPARE(c.calendarUrl(), QUrl(QStringLiteral("https://dav.example.test/cal/bob/work/")));
    QCOMPARE(c.hrefFor(QStringLiteral("u1")),
             QUrl(QStringLiteral("https://dav.example.test/cal/bob/work/u1.ics")));
}

void TestCalDavClient::calls_answerFromTheEventLoopNeverInsideTheCall() {
    CalDavClient c; // not configured: refused before sending, but still later
    bool answered = false;
    Status status = Status::Ok;
    c.test([&](const CalDavResult &r) {
        answered = true;
        status = r.status;
    });
    QVERIFY(!answered);
    QTRY_VERIFY(answered);
    QCOMPARE(status, Status::InvalidRequest);
}

void TestCalDavClient::test_acceptsTheCalendar() {
    REQUIRE_SERVER();
    auto r = run([&](auto cb) { client().test(cb); });
    QVERIFY(r);
    QVERIFY2(r->ok(), qPrintable(r->error));
    QCOMPARE(r->httpStatus, 207);
    QCOMPARE(r->displayName, QStringLiteral("Post-mortem reviews"));
}

void TestCalDavClient::test_wrongPasswordIsRefusedWithTheSentence() {
    REQUIRE_SERVER();
    CalDavClient c;
    c.configure(m_calendar, m_user, QStringLiteral("wrong-password"));
    auto r = run([&](auto cb) { c.test(cb); });
    QVERIFY(r);
    QCOMPARE(r->status, Status::AuthenticationFailed);
    QCOMPARE(r->httpStatus, 401);
    QCOMPARE(r->error, QStringLiteral("The calendar server refused the user name or password."));
}

void TestCalDavClient::test_accountAddressIsNotACalendar() {
    REQUIRE_SERVER();
    CalDavClient c;
    c.configure(m_server->url(QStringLiteral("/alice/")), m_user, m_password);
    auto r = run([&](auto cb) { c.test(cb); });
    QVERIFY(r);
    QCOMPARE(r->status, Status::NotACalendar);
    QVERIFY2(r->error.contains(QLatin1String("not a calendar")), qPrintable(r->error));
}

void TestCalDavClient::test_missingCalendarIsNotFound() {
    REQUIRE_SERVER();
    CalDavClient c;
    c.configure(m_server->url(QStringLiteral("/alice/no-such-calendar/")), m_user, m_password);
    auto r = run([&](auto cb) { c.test(cb); });
    QVERIFY(r);
    QCOMPARE(r->status, Status::NotFound);
    QVERIFY2(r->error.contains(QLatin1String("/alice/no-such-calendar/")), qPrintable(r->error));
}

void TestCalDavClient::put_createsEventWithEtagAndServerHasIt() {
    REQUIRE_SERVER();
    const QByteArray ics =
        event(QStringLiteral("create-1@hindsight"), QStringLiteral("Post-mortem review: A (+1 week)"));
    auto r = run([&](auto cb) { client().putEvent(QStringLiteral("create-1@hindsight"), ics, {}, cb); });
    QVERIFY(r);
    QVERIFY2(r->ok(), qPrintable(r->error));
    QCOMPARE(r->href, m_server->url(QStringLiteral("/alice/reviews/create-1@hindsight.ics")));
    QVERIFY(!r->etag.isEmpty());

    const auto back = m_server->curl("GET", r->href);
    QCOMPARE(back.status, 200);
    QCOMPARE(back.etag, r->etag);
    QCOMPARE(contentLines(back.body), contentLines(ics));

    auto got = run([&](auto cb) { client().getEvent(r->href, cb); });
    QVERIFY(got && got->ok());
    QCOMPARE(got->etag, r->etag);
    QCOMPARE(contentLines(got->serverIcs), contentLines(ics));
}

void TestCalDavClient::put_newEventThatAlreadyExistsIsConflict() {
    REQUIRE_SERVER();
    const QString uid = QStringLiteral("exists-1@hindsight");
    const auto theirs = m_server->curl("PUT", m_calendar.resolved(QUrl(uid + QStringLiteral(".ics"))),
                                       event(uid, QStringLiteral("Made elsewhere")));
    QCOMPARE(theirs.status, 201);
    auto r = run([&](auto cb) { client().putEvent(uid, event(uid, QStringLiteral("Ours")), {}, cb); });
    QVERIFY(r);
    QCOMPARE(r->status, Status::Conflict);
    QCOMPARE(r->serverEtag, theirs.etag);
    QVERIFY(r->serverIcs.contains("SUMMARY:Made elsewhere"));
    QVERIFY(m_server->curl("GET", r->href).body.contains("SUMMARY:Made elsewhere")); // not overwritten
}

void TestCalDavClient::put_updateWithCurrentEtagReplacesIt() {
    REQUIRE_SERVER();
    const QString uid = QStringLiteral("update-1@hindsight");
    auto created = run([&](auto cb) { client().putEvent(uid, event(uid, QStringLiteral("First")), {}, cb); });
    QVERIFY(created && created->ok());
    auto updated = run(
        [&](auto cb) { client().putEvent(uid, event(uid, QStringLiteral("Second")), created->etag, cb); });
    QVERIFY(updated);
    QVERIFY2(updated->ok(), qPrintable(updated->error));
    QVERIFY(!updated->etag.isEmpty());
    QVERIFY(updated->etag != created->etag);
    const auto back = m_server->curl("GET", updated->href);
    QCOMPARE(back.etag, updated->etag);
    QCOMPARE(contentLines(back.body), contentLines(event(uid, QStringLiteral("Second"))));
}

void TestCalDavClient::put_staleEtagAfterAnotherClientChangedItIsConflictWithServerVersion() {
    REQUIRE_SERVER();
    const QString uid = QStringLiteral("conflict-1@hindsight");
    auto created =
        run([&](auto cb) { client().putEvent(uid, event(uid, QStringLiteral("Ours v1")), {}, cb); });
    QVERIFY(created && created->ok());
    const auto theirs =
        m_server->curl("PUT", created->href, event(uid, QStringLiteral("Moved by a colleague")));
    QCOMPARE(theirs.status, 201);

    const QByteArray ours = event(uid, QStringLiteral("Ours v2"));
    auto r = run([&](auto cb) { client().putEvent(uid, ours, created->etag, cb); });
    QVERIFY(r);
    QCOMPARE(r->status, Status::Conflict);
    QCOMPARE(r->httpStatus, 412);
    QCOMPARE(r->href, created->href);
    QCOMPARE(r->serverEtag, theirs.etag);
    QVERIFY(r->serverIcs.contains("SUMMARY:Moved by a colleague"));
    QVERIFY2(r->error.contains(QLatin1String("changed on the calendar server")), qPrintable(r->error));
    QVERIFY(m_server->curl("GET", created->href).body.contains("SUMMARY:Moved by a colleague"));

    // The user decides to keep theirs over the colleague's: with the server's ETag it goes through.
    auto resolved = run([&](auto cb) { client().putEvent(uid, ours, r->serverEtag, cb); });
    QVERIFY(resolved && resolved->ok());
    QVERIFY(m_server->curl("GET", created->href).body.contains("SUMMARY:Ours v2"));
}

void TestCalDavClient::put_eventDeletedByAnotherClientIsConflict() {
    REQUIRE_SERVER();
    const QString uid = QStringLiteral("deleted-1@hindsight");
    auto created = run([&](auto cb) { client().putEvent(uid, event(uid, QStringLiteral("Ours")), {}, cb); });
    QVERIFY(created && created->ok());
    QCOMPARE(m_server->curl("DELETE", created->href).status / 100, 2);
    auto r = run(
        [&](auto cb) { client().putEvent(uid, event(uid, QStringLiteral("Ours v2")), created->etag, cb); });
    QVERIFY(r);
    QCOMPARE(r->status, Status::Conflict);
    QVERIFY(r->serverIcs.isEmpty());
    QVERIFY2(r->error.contains(QLatin1String("deleted")), qPrintable(r->error));
    QCOMPARE(m_server->curl("GET", created->href).status, 404); // not silently re-created
}

void TestCalDavClient::put_unsafeUidRoundTrips() {
    REQUIRE_SERVER();
    const QString uid = QStringLiteral("Prüfung 1/2?#%@hindsight");
    auto r = run([&](auto cb) { client().putEvent(uid, event(uid, QStringLiteral("Unsafe")), {}, cb); });
    QVERIFY(r);
    QVERIFY2(r->ok(), qPrintable(r->error));
    QCOMPARE(r->href, client().hrefFor(uid));
    auto got = run([&](auto cb) { client().getEvent(r->href, cb); });
    QVERIFY(got && got->ok());
    QVERIFY(QString::fromUtf8(got->serverIcs).contains(QStringLiteral("UID:") + uid));
}

void TestCalDavClient::put_invalidEventIsRejectedWithServerReason() {
    REQUIRE_SERVER();
    auto r = run([&](auto cb) { client().putEvent(QStringLiteral("bad-1"), "not a calendar", {}, cb); });
    QVERIFY(r);
    QCOMPARE(r->status, Status::Rejected);
    QCOMPARE(r->httpStatus, 400);
    QVERIFY2(r->error.startsWith(QLatin1String("The calendar server rejected the request with 400")),
             qPrintable(r->error));
}

void TestCalDavClient::delete_withCurrentEtagRemovesIt() {
    REQUIRE_SERVER();
    const QString uid = QStringLiteral("delete-1@hindsight");
    auto created = run([&](auto cb) { client().putEvent(uid, event(uid, QStringLiteral("Bye")), {}, cb); });
    QVERIFY(created && created->ok());
    auto r = run([&](auto cb) { client().deleteEvent(created->href, created->etag, cb); });
    QVERIFY(r);
    QVERIFY2(r->ok(), qPrintable(r->error));
    QCOMPARE(m_server->curl("GET", created->href).status, 404);
}

void TestCalDavClient::delete_staleEtagIsConflictAndKeepsIt() {
    REQUIRE_SERVER();
    const QString uid = QStringLiteral("delete-2@hindsight");
    auto created = run([&](auto cb) { client().putEvent(uid, event(uid, QStringLiteral("Ours")), {}, cb); });
    QVERIFY(created && created->ok());
    const auto theirs = m_server->curl("PUT", created->href, event(uid, QStringLiteral("Theirs")));
    QCOMPARE(theirs.status, 201);
    auto r = run([&](auto cb) { client().deleteEvent(created->href, created->etag, cb); });
    QVERIFY(r);
    QCOMPARE(r->status, Status::Conflict);
    QCOMPARE(r->serverEtag, theirs.etag);
    QVERIFY(r->serverIcs.contains("SUMMARY:Theirs"));
    QCOMPARE(m_server->curl("GET", created->href).status, 200);
}

void TestCalDavClient::delete_alreadyGoneIsDone() {
    REQUIRE_SERVER();
    const QUrl href = client().hrefFor(QStringLiteral("never-created"));
    auto r = run([&](auto cb) { client().deleteEvent(href, "\"some-etag\"", cb); });
    QVERIFY(r);
    QVERIFY2(r->ok(), qPrintable(r->error));
}

void TestCalDavClient::serverStopped_connectionRefusedAndRetryAfterRestartLosesNothing() {
    REQUIRE_SERVER();
    const QString uid = QStringLiteral("offline-1@hindsight");
    const QByteArray ics = event(uid, QStringLiteral("Written while the server was down"));
    const QByteArray kept = ics;
    m_server->stop();
    auto r = run([&](auto cb) { client().putEvent(uid, ics, {}, cb); });
    QVERIFY(r);
    QCOMPARE(r->status, Status::ConnectionRefused);
    QCOMPARE(r->error, QStringLiteral("The calendar server %1 refused the connection; is it running?")
                           .arg(m_calendar.adjusted(QUrl::RemovePath).toDisplayString()));
    QCOMPARE(ics, kept);

    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    auto retried = run([&](auto cb) { client().putEvent(uid, ics, {}, cb); });
    QVERIFY(retried);
    QVERIFY2(retried->ok(), qPrintable(retried->error));
    QCOMPARE(contentLines(m_server->curl("GET", retried->href).body), contentLines(ics));
}

namespace {
const QUrl kFakeCalendar(QStringLiteral("http://dav.example.test/cal/alice/reviews/"));

QByteArray header(const FakeNam::Recorded &r, const char *name) {
    return r.request.rawHeader(name);
}
} // namespace

void TestCalDavClient::fault_timeoutGivesTheSentence() {
    FakeNam nam;
    CalDavClient c(&nam);
    c.configure(kFakeCalendar, m_user, m_password);
    c.setTimeout(300ms);
    nam.failNext("PROPFIND", FakeNam::silent());
    auto r = run([&](auto cb) { c.test(cb); });
    QVERIFY(r);
    QCOMPARE(r->status, Status::Timeout);
    QCOMPARE(r->error, QStringLiteral(
                           "The calendar server http://dav.example.test did not answer within 1 second(s)."));
    QCOMPARE(CalDavClient::defaultTimeout, 20000ms);
}

void TestCalDavClient::fault_serverErrorGivesStatusAndExcerpt() {
    FakeNam nam;
    CalDavClient c(&nam);
    c.configure(kFakeCalendar, m_user, m_password);
    const QByteArray page = "<html><head><title>500</title></head><body><h1>Internal Server Error</h1>\n"
                            "<p>The database   is locked.</p>" +
                            QByteArray(500, 'x') + "</body></html>";
    nam.failNext("PUT", FakeNam::respond(500, "Internal Server Error", {"Content-Type: text/html"}, page));
    const QByteArray ics = event(QStringLiteral("e500"), QStringLiteral("Kept"));
    auto r = run([&](auto cb) { c.putEvent(QStringLiteral("e500"), ics, {}, cb); });
    QVERIFY(r);
    QCOMPARE(r->status, Status::ServerError);
    QCOMPARE(r->httpStatus, 500);
    QVERIFY2(r->error.startsWith(QLatin1String("The calendar server failed with 500 Internal Server Error: "
                                               "500 Internal Server Error The database is locked. xxx")),
             qPrintable(r->error));
    QVERIFY(!r->error.contains(QLatin1Char('<')));
    QVERIFY(r->error.size() < 260); // an excerpt, not the page
}

void TestCalDavClient::fault_droppedConnectionGivesTheSentence() {
    FakeNam nam;
    CalDavClient c(&nam);
    c.configure(kFakeCalendar, m_user, m_password);
    nam.failNext("DELETE", FakeNam::close());
    nam.failNext("DELETE", FakeNam::close()); // in case QNAM retries once on a fresh connection
    auto r = run([&](auto cb) { c.deleteEvent(c.hrefFor(QStringLiteral("x")), "\"1\"", cb); });
    QVERIFY(r);
    QCOMPARE(r->status, Status::NetworkError);
    QCOMPARE(r->error,
             QStringLiteral(
                 "The calendar server http://dav.example.test closed the connection before answering."));
}

void TestCalDavClient::fault_putWithoutEtagAsksTheServerForIt() {
    FakeNam nam;
    CalDavClient c(&nam);
    c.configure(kFakeCalendar, m_user, m_password);
    nam.failNext("PUT", FakeNam::respond(201, "Created", {}, {}));
    nam.failNext("PROPFIND",
                 FakeNam::respond(207, "Multi-Status", {"Content-Type: application/xml"},
                                  "<?xml version=\"1.0\"?><d:multistatus xmlns:d=\"DAV:\"><d:response>"
                                  "<d:href>/cal/alice/reviews/u1.ics</d:href><d:propstat><d:prop>"
                                  "<d:getetag>\"from-propfind\"</d:getetag></d:prop>"
                                  "<d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>"
                                  "</d:multistatus>"));
    auto r = run([&](auto cb) {
        c.putEvent(QStringLiteral("u1"), event(QStringLiteral("u1"), QStringLiteral("S")), {}, cb);
    });
    QVERIFY(r);
    QVERIFY2(r->ok(), qPrintable(r->error));
    QCOMPARE(r->etag, QByteArray("\"from-propfind\""));

    QCOMPARE(nam.requests().size(), 2);
    const auto &put = nam.requests().at(0);
    QCOMPARE(put.verb, QByteArray("PUT"));
    QCOMPARE(put.url, QUrl(QStringLiteral("http://dav.example.test/cal/alice/reviews/u1.ics")));
    QCOMPARE(header(put, "If-None-Match"), QByteArray("*"));
    QVERIFY(header(put, "If-Match").isEmpty());
    QCOMPARE(header(put, "Content-Type"), QByteArray("text/calendar; charset=utf-8"));
    QVERIFY(header(put, "Authorization").startsWith("Basic "));
    const auto &propfind = nam.requests().at(1);
    QCOMPARE(propfind.verb, QByteArray("PROPFIND"));
    QCOMPARE(propfind.url, put.url);
    QCOMPARE(header(propfind, "Depth"), QByteArray("0"));

    // An update sends If-Match with the ETag exactly as the server gave it, and no If-None-Match.
    nam.failNext("PUT", FakeNam::respond(204, "No Content", {"ETag: \"v2\""}, {}));
    auto u = run([&](auto cb) { c.putEvent(QStringLiteral("u1"), "x", r->etag, cb); });
    QVERIFY(u && u->ok());
    QCOMPARE(u->etag, QByteArray("\"v2\""));
    QCOMPARE(header(nam.requests().last(), "If-Match"), QByteArray("\"from-propfind\""));
    QVERIFY(header(nam.requests().last(), "If-None-Match").isEmpty());
}

void TestCalDavClient::fault_hostNotFoundGivesTheSentence() {
    CalDavClient c;
    c.configure(QUrl(QStringLiteral("http://no-such-host.invalid/cal/")), m_user, m_password);
    auto r = run([&](auto cb) { c.test(cb); });
    QVERIFY(r);
    QCOMPARE(r->status, Status::HostNotFound);
    QCOMPARE(r->error,
             QStringLiteral(
                 "The calendar server http://no-such-host.invalid could not be found; check the address."));
}

void TestCalDavClient::credentials_neverInLogsOrMessages() {
    // Runs last: m_log holds every message and every error sentence of the tests above, too.
    FakeNam nam;
    CalDavClient c(&nam);
    c.configure(kFakeCalendar, m_user, m_password);
    nam.failNext("PROPFIND",
                 FakeNam::respond(401, "Unauthorized", {"WWW-Authenticate: Basic realm=\"x\""}, {}));
    nam.failNext("PUT", FakeNam::respond(503, "Service Unavailable", {}, "try later"));
    nam.failNext("GET", FakeNam::close());
    QCOMPARE(run([&](auto cb) { c.test(cb); })->status, Status::AuthenticationFailed);
    QCOMPARE(run([&](auto cb) { c.putEvent(QStringLiteral("u"), "x", {}, cb); })->status,
             Status::ServerError);
    QCOMPARE(run([&](auto cb) { c.getEvent(c.hrefFor(QStringLiteral("u")), cb); })->status,
             Status::NetworkError);

    QVERIFY(m_log.join(QLatin1Char('\n')).contains(QLatin1String("PROPFIND"))); // logging was on
    const QByteArray basic = (m_user + QLatin1Char(':') + m_password).toUtf8().toBase64();
    for (const QString &line : std::as_const(m_log)) {
        QVERIFY2(!line.contains(m_password), qPrintable(line));
        QVERIFY2(!line.contains(QLatin1String("s3cret")), qPrintable(line));
        QVERIFY2(!line.contains(QString::fromLatin1(basic)), qPrintable(line));
    }
}

QTEST_GUILESS_MAIN(TestCalDavClient)
#include "tst_caldavclient.moc"
