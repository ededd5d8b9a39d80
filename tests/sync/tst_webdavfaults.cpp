#include "fakenam.h"
#include "outboxtestutil.h"
#include "webdavtarget.h"

#include <QTest>
#include <QTimer>

using namespace hs;
using RS = ShareResult::Status;
using namespace std::chrono_literals;

// What a real server will not do on demand, injected at QNetworkAccessManager::createRequest: no
// answer (timeout), a 500, a dropped connection, a 401, a PUT answered without an ETag. Every
// failure is one sentence, says whether a retry may help, and never holds the password.
class TestWebDavFaults final : public QObject {
    Q_OBJECT
private slots:
    void publish_faultsAreRetryableSentences_data();
    void publish_faultsAreRetryableSentences();
    void publish_noEtagOnPutIsAskedFor();
    void publish_requestsAreConditionalAndAuthenticated();
    void cancel_abortsTheRequestAndAnswersOnce();

private:
    static constexpr char kPassword[] = "pa55:word";
    std::unique_ptr<WebDavTarget> target(FakeNam &nam) {
        auto t = std::make_unique<WebDavTarget>(QUrl(QStringLiteral("http://127.0.0.1:9/dav/pm")),
                                                QStringLiteral("me"), QLatin1String(kPassword), &nam);
        t->setTimeout(300ms);
        return t;
    }
};

void TestWebDavFaults::publish_faultsAreRetryableSentences_data() {
    QTest::addColumn<int>("kind"); // 0 silent, 1 respond, 2 close
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("retryable");
    QTest::addColumn<QString>("words");
    QTest::newRow("timeout") << 0 << 0 << true << QStringLiteral("did not answer within 1 second");
    QTest::newRow("500") << 1 << 500 << true << QStringLiteral("failed with 500");
    QTest::newRow("503") << 1 << 503 << true << QStringLiteral("failed with 503");
    QTest::newRow("dropped connection") << 2 << 0 << true << QStringLiteral("closed the connection");
    QTest::newRow("401") << 1 << 401 << false << QStringLiteral("refused the user name or password");
    QTest::newRow("403") << 1 << 403 << false << QStringLiteral("does not allow this account");
    QTest::newRow("507") << 1 << 507 << true << QStringLiteral("out of space");
    QTest::newRow("400") << 1 << 400 << false << QStringLiteral("rejected the request with 400");
}

void TestWebDavFaults::publish_faultsAreRetryableSentences() {
    QFETCH(int, kind);
    QFETCH(int, status);
    QFETCH(bool, retryable);
    QFETCH(QString, words);
    FakeNam nam;
    for (int i = 0; i < 2; ++i) // QNAM may retry once on a fresh connection
        nam.failNext("PUT", kind == 0   ? FakeNam::silent()
                            : kind == 2 ? FakeNam::close()
                                        : FakeNam::respond(status, "Reason", {"Content-Type: text/plain"},
                                                           "server says no"));
    auto t = target(nam);
    const auto answer = publishDoc(*t, sampleDocument(), {});
    QVERIFY(answer);
    QCOMPARE(answer->result.status, RS::Failed);
    QCOMPARE(answer->result.retryable, retryable);
    QVERIFY2(answer->result.message.contains(words), qPrintable(answer->result.message));
    QVERIFY(!answer->result.message.contains(QLatin1String(kPassword)));
    QVERIFY(answer->result.message.contains(QStringLiteral("127.0.0.1:9")));
}

void TestWebDavFaults::publish_noEtagOnPutIsAskedFor() {
    FakeNam nam;
    for (int i = 0; i < 3; ++i)
        nam.failNext("PUT", FakeNam::respond(201, "Created", {}, {}));
    const QByteArray multistatus =
        "<?xml version=\"1.0\"?><d:multistatus xmlns:d=\"DAV:\"><d:response><d:href>/x</d:href><d:propstat>"
        "<d:prop><d:getetag>\"e1\"</d:getetag></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat>"
        "</d:response></d:multistatus>";
    for (int i = 0; i < 3; ++i)
        nam.failNext("PROPFIND",
                     FakeNam::respond(207, "Multi-Status", {"Content-Type: application/xml"}, multistatus));
    auto t = target(nam);
    const ShareDocument doc = sampleDocument();
    const auto answer = publishDoc(*t, doc, {});
    QVERIFY(answer);
    QCOMPARE(answer->result.status, RS::Sent);
    QCOMPARE(sharefiles::fileState(answer->state, doc.documentName + QStringLiteral(".md"))
                 .value(QLatin1String("etag"))
                 .toString(),
             QStringLiteral("\"e1\""));
}

void TestWebDavFaults::publish_requestsAreConditionalAndAuthenticated() {
    FakeNam nam;
    for (int i = 0; i < 3; ++i)
        nam.failNext("PUT", FakeNam::respond(201, "Created", {"ETag: \"new\""}, {}));
    auto t = target(nam);
    const ShareDocument doc = sampleDocument();
    const auto first = publishDoc(*t, doc, {});
    QVERIFY(first);
    int puts = 0;
    for (const FakeNam::Recorded &r : nam.requests()) {
        QVERIFY(r.request.rawHeader("Authorization").startsWith("Basic "));
        if (r.verb != "PUT")
            continue; // the OPTIONS that asks for HTTP/2 first
        ++puts;
        QCOMPARE(r.request.rawHeader("If-None-Match"), QByteArray("*"));
        QVERIFY(r.request.rawHeader("Authorization").startsWith("Basic "));
        QCOMPARE(r.url.toString().contains(QLatin1String(kPassword)), false);
    }
    QCOMPARE(puts, 3);
    for (int i = 0; i < 3; ++i)
        nam.failNext("PUT", FakeNam::respond(204, "No Content", {"ETag: \"newer\""}, {}));
    const qsizetype before = nam.requests().size();
    const ShareDocument changed =
        sampleDocument(1, QStringLiteral("checkout-db-down"), QStringLiteral("Other."));
    const auto second = publishDoc(*t, changed, first->state);
    QVERIFY(second);
    QCOMPARE(second->result.status, RS::Sent);
    QCOMPARE(nam.requests().size() - before, 3);
    for (qsizetype i = before; i < nam.requests().size(); ++i)
        QCOMPARE(nam.requests().at(i).request.rawHeader("If-Match"), QByteArray("\"new\""));
}

void TestWebDavFaults::cancel_abortsTheRequestAndAnswersOnce() {
    FakeNam nam;
    nam.failNext("PUT", FakeNam::silent());
    auto t = target(nam);
    t->setTimeout(30s);
    const auto answer = runShare([&](ShareTarget::PublishCallback done) {
        t->publish(sampleDocument(), {}, std::move(done));
        QTimer::singleShot(50, t.get(), [&] { t->cancel(); });
    });
    QVERIFY(answer);
    QCOMPARE(answer->result.status, RS::Cancelled);
}

QTEST_MAIN(TestWebDavFaults)
#include "tst_webdavfaults.moc"
