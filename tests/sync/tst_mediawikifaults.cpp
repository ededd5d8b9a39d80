#include "../fixtures/postmortemsample.h"
#include "fakenam.h"
#include "mediawikitarget.h"
#include "sharetestutil.h"

#include <optional>
#include <QTest>

using namespace hs;
using WS = WikiResult::Status;
using namespace std::chrono_literals;

// MediaWikiClient and MediaWikiTarget without a wiki: what a real MediaWiki will not do on demand
// (time out, fail with 500, drop the connection, answer garbage, let a token expire, rate-limit), played
// by FakeNam at QNetworkAccessManager::createRequest. Every request is a POST to api.php, answered in
// order from the queue.
class TestMediaWikiFaults final : public QObject {
    Q_OBJECT
private slots:
    void calls_answerFromTheEventLoopNeverInsideTheCall();
    void login_wrongPasswordIsOneSentence();
    void login_anonymousTokenIsNotASuccess();
    void login_accountWithoutEditRightIsForbidden();
    void pageInfo_faultsBecomeOneSentence_data();
    void pageInfo_faultsBecomeOneSentence();
    void savePage_expiredTokenSignsInAgainOnce();
    void savePage_tokenThatStaysBadFailsAfterOneRetry();
    void publish_serverErrorKeepsTheOldStateAndIsRetryable();
    void publish_cancelAnswersCancelledOnce();

private:
    static FakeNam::Fault json(const QByteArray &body) {
        return FakeNam::respond(200, "OK", {"Content-Type: application/json; charset=utf-8"}, body);
    }
    static constexpr const char *EditorTokens =
        R"({"batchcomplete":true,"query":{"tokens":{"csrftoken":"ct+\\"},)"
        R"("userinfo":{"id":1,"name":"Admin","rights":["read","edit","upload"]}}})";
    // The wiki's answers to a sign-in: login token, login, then `tokens` (CSRF token and user info).
    static void queueLogin(FakeNam &nam, const QByteArray &tokens = EditorTokens) {
        nam.failNext("POST", json(R"({"batchcomplete":true,"query":{"tokens":{"logintoken":"lt+\\"}}})"));
        nam.failNext("POST", json(R"({"login":{"result":"Success","lguserid":1,"lgusername":"Admin"}})"));
        nam.failNext("POST", json(tokens));
    }
    static std::optional<WikiResult> run(const std::function<void(WikiClient::Callback)> &call) {
        std::optional<WikiResult> answer;
        int calls = 0;
        call([&](const WikiResult &r) {
            answer = r;
            ++calls;
        });
        if (calls != 0 || !QTest::qWaitFor([&] { return calls > 0; }, 30000))
            return std::nullopt;
        QTest::qWait(0);
        return calls == 1 ? answer : std::nullopt;
    }
    static void configure(MediaWikiClient &c) {
        c.configure(QUrl(QStringLiteral("http://wiki.invalid/w/api.php")), QStringLiteral("Admin@ci"),
                    m_password);
        c.setTimeout(300ms);
    }
    static inline const QString m_password = QStringLiteral("0123456789abcdef0123456789abcdef");
};

void TestMediaWikiFaults::calls_answerFromTheEventLoopNeverInsideTheCall() {
    MediaWikiClient c; // not configured: refused before sending, but still later
    bool answered = false;
    WS status = WS::Ok;
    c.login([&](const WikiResult &r) {
        answered = true;
        status = r.status;
    });
    QVERIFY(!answered);
    QTRY_VERIFY(answered);
    QCOMPARE(status, WS::InvalidRequest);
}

void TestMediaWikiFaults::login_wrongPasswordIsOneSentence() {
    FakeNam nam;
    nam.failNext("POST", json(R"({"query":{"tokens":{"logintoken":"lt+\\"}}})"));
    nam.failNext("POST",
                 json(R"({"login":{"result":"Failed","reason":"Incorrect username or password entered."}})"));
    MediaWikiClient c(&nam);
    configure(c);
    const auto r = run([&](auto done) { c.login(done); });
    QVERIFY(r);
    QCOMPARE(r->status, WS::AuthenticationFailed);
    QCOMPARE(r->error,
             QStringLiteral("The wiki at http://wiki.invalid refused the bot user name or password; check "
                            "both on the wiki's Special:BotPasswords page."));
    QVERIFY(!r->retryable());
    QCOMPARE(nam.requests().size(), 2);
}

void TestMediaWikiFaults::login_anonymousTokenIsNotASuccess() {
    // A wiki that lets anyone edit would take an edit with the anonymous token "+\": never send one.
    FakeNam nam;
    queueLogin(
        nam,
        R"({"query":{"tokens":{"csrftoken":"+\\"},"userinfo":{"id":0,"name":"127.0.0.1","anon":true,"rights":["edit"]}}})");
    MediaWikiClient c(&nam);
    configure(c);
    const auto r =
        run([&](auto done) { c.savePage(QStringLiteral("P"), QStringLiteral("t"), {}, {}, done); });
    QVERIFY(r);
    QCOMPARE(r->status, WS::AuthenticationFailed);
    QCOMPARE(nam.requests().size(), 3); // no edit was sent
}

void TestMediaWikiFaults::login_accountWithoutEditRightIsForbidden() {
    FakeNam nam;
    queueLogin(
        nam,
        R"({"query":{"tokens":{"csrftoken":"ct+\\"},"userinfo":{"id":3,"name":"Admin","rights":["read"]}}})");
    MediaWikiClient c(&nam);
    configure(c);
    const auto r = run([&](auto done) { c.login(done); });
    QVERIFY(r);
    QCOMPARE(r->status, WS::Forbidden);
    QVERIFY2(r->error.contains(QLatin1String("may not edit pages")), qPrintable(r->error));
}

void TestMediaWikiFaults::pageInfo_faultsBecomeOneSentence_data() {
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("retryable");
    QTest::addRow("timeout") << 0 << int(WS::Timeout)
                             << QStringLiteral(
                                    "The wiki at http://wiki.invalid did not answer within 1 second(s).")
                             << true;
    QTest::addRow("dropped") << 1 << int(WS::NetworkError)
                             << QStringLiteral(
                                    "The wiki at http://wiki.invalid closed the connection before answering.")
                             << true;
    QTest::addRow("500") << 2 << int(WS::ServerError)
                         << QStringLiteral("The wiki at http://wiki.invalid failed with HTTP 500.") << true;
    QTest::addRow("not json") << 3 << int(WS::ServerError)
                              << QStringLiteral(
                                     "http://wiki.invalid/w/api.php did not answer like a MediaWiki API; "
                                     "check that the address ends with api.php.")
                              << true;
    QTest::addRow("ratelimited") << 4 << int(WS::Busy)
                                 << QStringLiteral(
                                        "The wiki asks to come back later: You've exceeded your rate limit.")
                                 << true;
    QTest::addRow("other api error") << 5 << int(WS::ApiError)
                                     << QStringLiteral(
                                            "The wiki refused the request: Something odd. (oddity)")
                                     << false;
}

void TestMediaWikiFaults::pageInfo_faultsBecomeOneSentence() {
    QFETCH(int, kind);
    QFETCH(int, status);
    QFETCH(QString, expected);
    QFETCH(bool, retryable);
    const FakeNam::Fault faults[] = {
        FakeNam::silent(),
        FakeNam::close(),
        FakeNam::respond(500, "Internal Server Error", {}, "PHP Fatal error"),
        FakeNam::respond(200, "OK", {"Content-Type: text/html"}, "<html>Main Page</html>"),
        json(R"({"error":{"code":"ratelimited","info":"You've exceeded your rate limit."}})"),
        json(R"({"error":{"code":"oddity","info":"Something odd."}})"),
    };
    FakeNam nam;
    queueLogin(nam);
    nam.failNext("POST", faults[kind]);
    MediaWikiClient c(&nam);
    configure(c);
    const auto r = run([&](auto done) { c.pageInfo(QStringLiteral("Postmortems/x"), done); });
    QVERIFY(r);
    QCOMPARE(int(r->status), status);
    QCOMPARE(r->error, expected);
    QCOMPARE(r->retryable(), retryable);
    QVERIFY(!r->error.contains(m_password));
}

void TestMediaWikiFaults::savePage_expiredTokenSignsInAgainOnce() {
    FakeNam nam;
    queueLogin(nam);
    nam.failNext("POST", json(R"({"error":{"code":"badtoken","info":"Invalid CSRF token."}})"));
    queueLogin(nam);
    nam.failNext(
        "POST",
        json(
            R"({"edit":{"result":"Success","pageid":2,"newrevid":7,"newtimestamp":"2026-11-25T00:00:00Z"}})"));
    MediaWikiClient c(&nam);
    configure(c);
    const auto r =
        run([&](auto done) { c.savePage(QStringLiteral("P"), QStringLiteral("t"), {}, {}, done); });
    QVERIFY(r);
    QVERIFY2(r->ok(), qPrintable(r->error));
    QCOMPARE(r->revisionId, 7);
    QCOMPARE(nam.requests().size(), 8);
}

void TestMediaWikiFaults::savePage_tokenThatStaysBadFailsAfterOneRetry() {
    FakeNam nam;
    queueLogin(nam);
    nam.failNext("POST",
                 json(R"({"error":{"code":"assertuserfailed","info":"You are no longer logged in."}})"));
    queueLogin(nam);
    nam.failNext("POST",
                 json(R"({"error":{"code":"assertuserfailed","info":"You are no longer logged in."}})"));
    MediaWikiClient c(&nam);
    configure(c);
    const auto r =
        run([&](auto done) { c.savePage(QStringLiteral("P"), QStringLiteral("t"), {}, {}, done); });
    QVERIFY(r);
    QCOMPARE(r->status, WS::ApiError);
    QCOMPARE(r->code, QStringLiteral("assertuserfailed"));
    QCOMPARE(nam.requests().size(), 8);
}

void TestMediaWikiFaults::publish_serverErrorKeepsTheOldStateAndIsRetryable() {
    FakeNam nam;
    queueLogin(nam);
    nam.failNext("POST", FakeNam::respond(503, "Service Unavailable", {}, "maintenance"));
    MediaWikiTarget t(QUrl(QStringLiteral("http://wiki.invalid/w/api.php")), QStringLiteral("Admin@ci"),
                      m_password, {}, &nam);
    const RemoteState last{{QStringLiteral("revisionId"), 3}, {QStringLiteral("title"), QStringLiteral("x")}};
    const auto a =
        runPublish(t, shareDocument(testing::samplePostMortem(), QByteArrayLiteral("%PDF-1.4")), last);
    QVERIFY(a);
    QCOMPARE(a->result.status, ShareResult::Status::Failed);
    QVERIFY(a->result.retryable);
    QCOMPARE(a->result.message, QStringLiteral("The wiki at http://wiki.invalid failed with HTTP 503."));
    QCOMPARE(a->state, last);
}

void TestMediaWikiFaults::publish_cancelAnswersCancelledOnce() {
    FakeNam nam;
    queueLogin(nam);
    nam.failNext("POST", FakeNam::silent());
    MediaWikiTarget t(QUrl(QStringLiteral("http://wiki.invalid/w/api.php")), QStringLiteral("Admin@ci"),
                      m_password, {}, &nam);
    int calls = 0;
    ShareResult answer;
    t.publish(shareDocument(testing::samplePostMortem(), {}), {},
              [&](const ShareResult &r, const RemoteState &) {
                  answer = r;
                  ++calls;
              });
    QTRY_COMPARE(nam.requests().size(), 4);
    t.cancel();
    QTRY_COMPARE(calls, 1);
    QTest::qWait(50);
    QCOMPARE(calls, 1);
    QCOMPARE(answer.status, ShareResult::Status::Cancelled);
}

QTEST_MAIN(TestMediaWikiFaults)
#include "tst_mediawikifaults.moc"
