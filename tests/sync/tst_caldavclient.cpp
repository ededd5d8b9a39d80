#include "caldavclient.h"
#include "caldavtestutil.h"
#include "fakenam.h"
#include "radicaleserver.h"

#include <memory>
#include <optional>
#include <QLoggingCategory>
#include <QTest>

using namespace hs;
using Status = CalDavResult::Status;
using namespace std::chrono_literals;

// Against a real Radicale started by the test (tests/servers/start-radicale.sh). What a real server
// will not do on demand (timeouts, 500s, dropped connections, bad certificates) is in tst_caldavfaults.
class TestCalDavClient final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();

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

    void credentials_neverInLogsOrMessages();

private:
    QString skipReason() const { return m_skip; }
    std::optional<CalDavResult> run(const std::function<void(CalDavClient::Callback)> &call);
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
    auto answer = runCalDav(call);
    if (answer)
        m_log.append(answer->error); // searched for credentials by the last test
    return answer;
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
        reviewEvent(QStringLiteral("create-1@hindsight"), QStringLiteral("Post-mortem review: A (+1 week)"));
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
                                       reviewEvent(uid, QStringLiteral("Made elsewhere")));
    QCOMPARE(theirs.status, 201);
    auto r = run([&](auto cb) { client().putEvent(uid, reviewEvent(uid, QStringLiteral("Ours")), {}, cb); });
    QVERIFY(r);
    QCOMPARE(r->status, Status::Conflict);
    QCOMPARE(r->serverEtag, theirs.etag);
    QVERIFY(r->serverIcs.contains("SUMMARY:Made elsewhere"));
    QVERIFY(m_server->curl("GET", r->href).body.contains("SUMMARY:Made elsewhere")); // not overwritten
}

void TestCalDavClient::put_updateWithCurrentEtagReplacesIt() {
    REQUIRE_SERVER();
    const QString uid = QStringLiteral("update-1@hindsight");
    auto created =
        run([&](auto cb) { client().putEvent(uid, reviewEvent(uid, QStringLiteral("First")), {}, cb); });
    QVERIFY(created && created->ok());
    auto updated = run([&](auto cb) {
        client().putEvent(uid, reviewEvent(uid, QStringLiteral("Second")), created->etag, cb);
    });
    QVERIFY(updated);
    QVERIFY2(updated->ok(), qPrintable(updated->error));
    QVERIFY(!updated->etag.isEmpty());
    QVERIFY(updated->etag != created->etag);
    const auto back = m_server->curl("GET", updated->href);
    QCOMPARE(back.etag, updated->etag);
    QCOMPARE(contentLines(back.body), contentLines(reviewEvent(uid, QStringLiteral("Second"))));
}

void TestCalDavClient::put_staleEtagAfterAnotherClientChangedItIsConflictWithServerVersion() {
    REQUIRE_SERVER();
    const QString uid = QStringLiteral("conflict-1@hindsight");
    auto created =
        run([&](auto cb) { client().putEvent(uid, reviewEvent(uid, QStringLiteral("Ours v1")), {}, cb); });
    QVERIFY(created && created->ok());
    const auto theirs =
        m_server->curl("PUT", created->href, reviewEvent(uid, QStringLiteral("Moved by a colleague")));
    QCOMPARE(theirs.status, 201);

    const QByteArray ours = reviewEvent(uid, QStringLiteral("Ours v2"));
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
    auto created =
        run([&](auto cb) { client().putEvent(uid, reviewEvent(uid, QStringLiteral("Ours")), {}, cb); });
    QVERIFY(created && created->ok());
    QCOMPARE(m_server->curl("DELETE", created->href).status / 100, 2);
    auto r = run([&](auto cb) {
        client().putEvent(uid, reviewEvent(uid, QStringLiteral("Ours v2")), created->etag, cb);
    });
    QVERIFY(r);
    QCOMPARE(r->status, Status::Conflict);
    QVERIFY(r->serverIcs.isEmpty());
    QVERIFY2(r->error.contains(QLatin1String("deleted")), qPrintable(r->error));
    QCOMPARE(m_server->curl("GET", created->href).status, 404); // not silently re-created
}

void TestCalDavClient::put_unsafeUidRoundTrips() {
    REQUIRE_SERVER();
    const QString uid = QStringLiteral("Prüfung 1/2?#%@hindsight");
    auto r =
        run([&](auto cb) { client().putEvent(uid, reviewEvent(uid, QStringLiteral("Unsafe")), {}, cb); });
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
    auto created =
        run([&](auto cb) { client().putEvent(uid, reviewEvent(uid, QStringLiteral("Bye")), {}, cb); });
    QVERIFY(created && created->ok());
    auto r = run([&](auto cb) { client().deleteEvent(created->href, created->etag, cb); });
    QVERIFY(r);
    QVERIFY2(r->ok(), qPrintable(r->error));
    QCOMPARE(m_server->curl("GET", created->href).status, 404);
}

void TestCalDavClient::delete_staleEtagIsConflictAndKeepsIt() {
    REQUIRE_SERVER();
    const QString uid = QStringLiteral("delete-2@hindsight");
    auto created =
        run([&](auto cb) { client().putEvent(uid, reviewEvent(uid, QStringLiteral("Ours")), {}, cb); });
    QVERIFY(created && created->ok());
    const auto theirs = m_server->curl("PUT", created->href, reviewEvent(uid, QStringLiteral("Theirs")));
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
    const QByteArray ics = reviewEvent(uid, QStringLiteral("Written while the server was down"));
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
} // namespace

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
