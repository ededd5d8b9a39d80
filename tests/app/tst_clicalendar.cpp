// hindsight-cli end to end against a real Radicale (tests/servers/start-radicale.sh) and a real
// gnome-keyring (tests/servers/with-keyring.sh): calendar add/list/remove and review push. CTest runs
// this binary three times, with an unlocked keyring, a locked one and none; each test skips, saying
// why, in the runs it does not belong to. The unlocked run is one story: its tests run in order on one
// database and one HOME, as a user would type the commands.
#include "clifixture.h"
#include "database.h"
#include "radicaleserver.h"
#include "reviewstore.h"

#include <memory>
#include <QDir>
#include <QSettings>
#include <QTest>

using namespace hs;

class TestCliCalendar final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();

    void add_wrongPasswordFailsWithTheSentence();
    void add_usageErrors_data();
    void add_usageErrors();
    void add_checksAndKeepsAddressAndUser();
    void push_createsTheEvents();
    void push_afterDateChangeUpdatesWithTheEtag();
    void push_outOfBandChangeIsConflictAndServerCopyStays();
    void push_overwriteReplacesTheServerCopyWhenAsked();
    void push_serverDownFailsAndLosesNothing();
    void delete_changedOnServerDeletesNothing();
    void delete_keepEventDeletesTheReviewOnly();
    void delete_serverDownKeepsTheReview();
    void delete_removesTheEventWithItsEtag();
    void delete_eventAlreadyGoneIsFine();
    void password_neverInDatabaseSettingsOrOutput();
    void remove_forgetsAddressAndPassword();
    void delete_calendarNoLongerSetUpDeletesNothing();

    void add_withoutUsableKeychainFailsAndKeepsNothing();

private:
    QString skipReason(const QStringList &modes) const;
    CliResult run(const QStringList &args, const QByteArray &input = {});
    QList<Review> reviews() const;
    QString settingsFile() const {
        return QDir(m_cli.home()).filePath(QStringLiteral(".config/hindsight/hindsight.conf"));
    }
    QString dtstart(const QByteArray &ics) const;
    CliResult deleteReview(qint64 id, const QStringList &options = {}) {
        return run(QStringList{QStringLiteral("review"), QStringLiteral("delete"), QString::number(id)} +
                   options);
    }

    const QString m_user = QStringLiteral("alice");
    const QString m_password = QStringLiteral("Calendar:pw ü+/9x");
    QString m_mode;
    QString m_skip;
    CliFixture m_cli;
    std::unique_ptr<RadicaleServer> m_server;
    QUrl m_calendar;
    qint64 m_incident = 0;
    QList<CliResult> m_results; // every run, searched for the password at the end
    QByteArray m_etagBefore;
};

QString TestCliCalendar::skipReason(const QStringList &modes) const {
    if (!m_skip.isEmpty())
        return m_skip;
    if (m_mode.isEmpty())
        return QStringLiteral(
            "needs tests/servers/with-keyring.sh (a private D-Bus session); CTest runs it so");
    if (!modes.contains(m_mode))
        return QStringLiteral("needs HINDSIGHT_TEST_KEYRING=%1; this run is %2")
            .arg(modes.join(QLatin1Char('|')), m_mode);
    return {};
}

// QSKIP returns from the function it is written in, so this is a macro.
#define REQUIRE_KEYRING(...)                                                                                 \
    do {                                                                                                     \
        const QString why = skipReason({__VA_ARGS__});                                                       \
        if (!why.isEmpty())                                                                                  \
            QSKIP(qPrintable(why));                                                                          \
    } while (false)

void TestCliCalendar::initTestCase() {
    QVERIFY(m_cli.isValid());
    m_mode = qEnvironmentVariable("HINDSIGHT_TEST_KEYRING");
    m_skip = RadicaleServer::missingTools();
    if (!m_skip.isEmpty())
        return;
    m_server = std::make_unique<RadicaleServer>(m_user, m_password);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_calendar = m_server->url(QStringLiteral("/alice/reviews/"));
    const RadicaleServer::Answer made = m_server->curl("MKCALENDAR", m_calendar);
    QVERIFY2(made.status == 201, made.body.constData());

    m_incident = m_cli.declare(QStringLiteral("Checkout DB down"), QStringLiteral("2026-11-16"));
    QVERIFY(m_incident > 0);
    QCOMPARE(run({QStringLiteral("action"), QStringLiteral("add"), QString::number(m_incident),
                  QStringLiteral("Add an index on orders"), QStringLiteral("--team"),
                  QStringLiteral("Database"), QStringLiteral("--bucket"), QStringLiteral("now")})
                 .code,
             0);
    QCOMPARE(run({QStringLiteral("review"), QStringLiteral("propose"), QString::number(m_incident),
                  QStringLiteral("--from"), QStringLiteral("2026-11-20")})
                 .code,
             0);
}

void TestCliCalendar::cleanupTestCase() {
    m_server.reset();
}

CliResult TestCliCalendar::run(const QStringList &args, const QByteArray &input) {
    const CliResult r = m_cli.run(args, input);
    m_results << r;
    return r;
}

QList<Review> TestCliCalendar::reviews() const {
    Database db;
    QString error;
    if (!db.open(m_cli.database(), &error))
        return {};
    return ReviewStore(db).forIncident(m_incident, &error);
}

QString TestCliCalendar::dtstart(const QByteArray &ics) const {
    for (const QString &line : contentLines(ics))
        if (line.startsWith(QLatin1String("DTSTART")))
            return line.section(QLatin1Char(':'), 1);
    return {};
}

void TestCliCalendar::add_wrongPasswordFailsWithTheSentence() {
    REQUIRE_KEYRING(QStringLiteral("unlocked"));
    const CliResult r = run({QStringLiteral("calendar"), QStringLiteral("add"), m_calendar.toString(),
                             QStringLiteral("--user"), m_user},
                            "not-the-password\n");
    QCOMPARE(r.code, 1);
    QVERIFY2(CliFixture::isOneLineError(r), r.err.constData());
    QVERIFY2(r.err.contains("user name or password"), r.err.constData());
    QVERIFY(run({QStringLiteral("calendar"), QStringLiteral("list")}).out.isEmpty());
}

void TestCliCalendar::add_usageErrors_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("no user") << QStringList{QStringLiteral("CAL")} << QByteArray("pw\n");
    QTest::newRow("not a URL") << QStringList{QStringLiteral("calendar.example.com"),
                                              QStringLiteral("--user"), QStringLiteral("alice")}
                               << QByteArray("pw\n");
    QTest::newRow("ftp") << QStringList{QStringLiteral("ftp://127.0.0.1/cal/"), QStringLiteral("--user"),
                                        QStringLiteral("alice")}
                         << QByteArray("pw\n");
    QTest::newRow("password in URL") << QStringList{QStringLiteral("http://alice:pw@127.0.0.1/cal/"),
                                                    QStringLiteral("--user"), QStringLiteral("alice")}
                                     << QByteArray("pw\n");
    QTest::newRow("no password") << QStringList{QStringLiteral("CAL"), QStringLiteral("--user"),
                                                QStringLiteral("alice")}
                                 << QByteArray("\n");
}

void TestCliCalendar::add_usageErrors() {
    REQUIRE_KEYRING(QStringLiteral("unlocked"));
    QFETCH(QStringList, args);
    QFETCH(QByteArray, input);
    args.replaceInStrings(QStringLiteral("CAL"), m_calendar.toString());
    const CliResult r = run(QStringList{QStringLiteral("calendar"), QStringLiteral("add")} + args, input);
    QCOMPARE(r.code, 2);
    QVERIFY2(CliFixture::isOneLineError(r), r.err.constData());
    QVERIFY(!QFileInfo::exists(settingsFile()) || !CliFixture::readAll(settingsFile()).contains("calendar"));
}

void TestCliCalendar::add_checksAndKeepsAddressAndUser() {
    REQUIRE_KEYRING(QStringLiteral("unlocked"));
    const CliResult r = run({QStringLiteral("calendar"), QStringLiteral("add"), m_calendar.toString(),
                             QStringLiteral("--user"), m_user},
                            m_password.toUtf8() + '\n');
    QCOMPARE(r.code, 0);
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    QVERIFY(r.outText().contains(m_calendar.toString()));
    const CliResult listed = run({QStringLiteral("calendar"), QStringLiteral("list")});
    QCOMPARE(listed.outText(), m_calendar.toString() + QLatin1Char('\t') + m_user + QLatin1Char('\n'));
    const QSettings settings(settingsFile(), QSettings::IniFormat);
    QCOMPARE(settings.value(QStringLiteral("calendar/url")).toString(), m_calendar.toString());
    QCOMPARE(settings.value(QStringLiteral("calendar/user")).toString(), m_user);

    // One calendar at a time: another one must be removed first, and nothing changes.
    const CliResult other =
        run({QStringLiteral("calendar"), QStringLiteral("add"),
             m_server->url(QStringLiteral("/alice/other/")).toString(), QStringLiteral("--user"), m_user},
            m_password.toUtf8());
    QCOMPARE(other.code, 1);
    QVERIFY2(CliFixture::isOneLineError(other), other.err.constData());
    QCOMPARE(run({QStringLiteral("calendar"), QStringLiteral("list")}).out, listed.out);
}

void TestCliCalendar::push_createsTheEvents() {
    REQUIRE_KEYRING(QStringLiteral("unlocked"));
    const QList<Review> before = reviews();
    QCOMPARE(before.size(), 2);
    const CliResult r = run({QStringLiteral("review"), QStringLiteral("push"), QString::number(m_incident)});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    QCOMPARE(r.outText(),
             QStringLiteral("created\t%1\tweek\ncreated\t%2\tmonth\n").arg(before[0].id).arg(before[1].id));

    for (const Review &review : reviews()) {
        QVERIFY(!review.calendarHref.isEmpty());
        const RadicaleServer::Answer got = m_server->curl("GET", QUrl(review.calendarHref));
        QCOMPARE(got.status, 200);
        QCOMPARE(QString::fromLatin1(got.etag), review.calendarEtag);
        const QStringList lines = contentLines(got.body);
        QVERIFY(lines.contains(QStringLiteral("UID:") + review.uid));
        QVERIFY(lines.contains(QStringLiteral("SUMMARY:Post-mortem review: Checkout DB down (") +
                               reviewKindEnglishLabel(review.kind) + QLatin1Char(')')));
        QCOMPARE(dtstart(got.body), review.at.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")));
        QVERIFY(QString::fromUtf8(got.body).contains(QStringLiteral("Add an index on orders")));
    }
}

void TestCliCalendar::push_afterDateChangeUpdatesWithTheEtag() {
    REQUIRE_KEYRING(QStringLiteral("unlocked"));
    const QList<Review> pushed = reviews();
    QCOMPARE(run({QStringLiteral("review"), QStringLiteral("propose"), QString::number(m_incident),
                  QStringLiteral("--from"), QStringLiteral("2026-12-04"), QStringLiteral("--replace")})
                 .code,
             0);
    const CliResult r = run({QStringLiteral("review"), QStringLiteral("push"), QString::number(m_incident)});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.outText(),
             QStringLiteral("updated\t%1\tweek\nupdated\t%2\tmonth\n").arg(pushed[0].id).arg(pushed[1].id));
    const QList<Review> after = reviews();
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(after[i].calendarHref, pushed[i].calendarHref); // the same event, not a second one
        QVERIFY(after[i].calendarEtag != pushed[i].calendarEtag);
        const RadicaleServer::Answer got = m_server->curl("GET", QUrl(after[i].calendarHref));
        QCOMPARE(QString::fromLatin1(got.etag), after[i].calendarEtag);
        QCOMPARE(dtstart(got.body), after[i].at.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")));
        QVERIFY(after[i].at.date() >= QDate(2026, 12, 11));
    }
    // Only two events on the calendar.
    const RadicaleServer::Answer listing =
        m_server->curl("PROPFIND", m_calendar, QByteArray(), {QStringLiteral("Depth: 1")});
    QCOMPARE(listing.body.count(".ics</"), 2);
}

void TestCliCalendar::push_outOfBandChangeIsConflictAndServerCopyStays() {
    REQUIRE_KEYRING(QStringLiteral("unlocked"));
    const Review week = reviews().at(0);
    const QUrl href(week.calendarHref);
    // Another client moves the event to another time.
    QByteArray theirs = m_server->curl("GET", href).body;
    const QString ours = dtstart(theirs);
    theirs.replace(ours.toLatin1(), "20261214T153000Z");
    theirs.replace("SUMMARY:", "SUMMARY:Moved by Bob - ");
    QVERIFY(m_server->curl("PUT", href, theirs, {QStringLiteral("Content-Type: text/calendar")}).status /
                100 ==
            2);
    const RadicaleServer::Answer server = m_server->curl("GET", href);
    m_etagBefore = week.calendarEtag.toLatin1();

    QCOMPARE(run({QStringLiteral("review"), QStringLiteral("propose"), QString::number(m_incident),
                  QStringLiteral("--from"), QStringLiteral("2026-12-07"), QStringLiteral("--replace")})
                 .code,
             0);
    const CliResult r = run({QStringLiteral("review"), QStringLiteral("push"), QString::number(m_incident)});
    QCOMPARE(r.code, 1);
    QVERIFY2(CliFixture::isOneLineError(r), r.err.constData());
    QVERIFY2(r.err.contains(QStringLiteral("Review %1 (+1 week)").arg(week.id).toUtf8()), r.err.constData());
    QVERIFY2(r.err.contains("20261214T153000Z"), r.err.constData());
    QVERIFY2(r.outText().contains(
                 QStringLiteral("conflict\t%1\tweek\tserver starts 20261214T153000Z").arg(week.id)),
             r.out.constData());

    const RadicaleServer::Answer still = m_server->curl("GET", href);
    QCOMPARE(still.body, server.body); // never overwritten
    QCOMPARE(still.etag, server.etag);
    QCOMPARE(reviews().at(0).calendarEtag.toLatin1(), m_etagBefore); // nothing learnt, nothing lost
    // The month review had no conflict and was updated.
    const Review month = reviews().at(1);
    QCOMPARE(m_server->curl("GET", QUrl(month.calendarHref)).etag, month.calendarEtag.toLatin1());
    QVERIFY(r.outText().contains(QStringLiteral("updated\t%1\tmonth").arg(month.id)));
}

void TestCliCalendar::push_overwriteReplacesTheServerCopyWhenAsked() {
    REQUIRE_KEYRING(QStringLiteral("unlocked"));
    const CliResult r = run({QStringLiteral("review"), QStringLiteral("push"), QString::number(m_incident),
                             QStringLiteral("--overwrite")});
    QCOMPARE(r.code, 0);
    const Review week = reviews().at(0);
    QVERIFY(r.outText().startsWith(QStringLiteral("overwritten\t%1\tweek\n").arg(week.id)));
    const RadicaleServer::Answer got = m_server->curl("GET", QUrl(week.calendarHref));
    QCOMPARE(dtstart(got.body), week.at.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")));
    QVERIFY(!got.body.contains("Moved by Bob"));
    QCOMPARE(got.etag, week.calendarEtag.toLatin1());
}

void TestCliCalendar::push_serverDownFailsAndLosesNothing() {
    REQUIRE_KEYRING(QStringLiteral("unlocked"));
    const QList<Review> before = reviews();
    m_server->stop();
    const CliResult r = run({QStringLiteral("review"), QStringLiteral("push"), QString::number(m_incident)});
    QCOMPARE(r.code, 1);
    // "… refused the connection; is it running?": one line, a question rather than a full stop.
    QVERIFY2(r.err.startsWith("hindsight-cli: ") && r.err.count('\n') == 1 &&
                 r.err.contains("refused the connection"),
             r.err.constData());
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    const QList<Review> after = reviews();
    for (int i = 0; i < 2; ++i)
        QCOMPARE(after[i].calendarEtag, before[i].calendarEtag);
    const CliResult again =
        run({QStringLiteral("review"), QStringLiteral("push"), QString::number(m_incident)});
    QCOMPARE(again.code, 0);
}

void TestCliCalendar::delete_changedOnServerDeletesNothing() {
    REQUIRE_KEYRING(QStringLiteral("unlocked"));
    const Review week = reviews().at(0);
    const QUrl href(week.calendarHref);
    QByteArray theirs = m_server->curl("GET", href).body;
    theirs.replace(dtstart(theirs).toLatin1(), "20261215T080000Z");
    QCOMPARE(
        m_server->curl("PUT", href, theirs, {QStringLiteral("Content-Type: text/calendar")}).status / 100, 2);
    const RadicaleServer::Answer server = m_server->curl("GET", href);

    const CliResult r = deleteReview(week.id);
    QCOMPARE(r.code, 1);
    QVERIFY2(CliFixture::isOneLineError(r), r.err.constData());
    QVERIFY2(r.err.contains("20261215T080000Z") && r.err.contains("--keep-event"), r.err.constData());
    QCOMPARE(r.outText(), QStringLiteral("conflict\t%1\tserver starts 20261215T080000Z\n").arg(week.id));
    const RadicaleServer::Answer still = m_server->curl("GET", href);
    QCOMPARE(still.status, 200);
    QCOMPARE(still.etag, server.etag); // their change is still there
    QCOMPARE(reviews().size(), 2);     // and ours too
}

void TestCliCalendar::delete_keepEventDeletesTheReviewOnly() {
    REQUIRE_KEYRING(QStringLiteral("unlocked"));
    const Review week = reviews().at(0);
    const CliResult r = deleteReview(week.id, {QStringLiteral("--keep-event")});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.outText(), QStringLiteral("%1\tkept\n").arg(week.id));
    QCOMPARE(reviews().size(), 1);
    QCOMPARE(m_server->curl("GET", QUrl(week.calendarHref)).status, 200);
}

void TestCliCalendar::delete_serverDownKeepsTheReview() {
    REQUIRE_KEYRING(QStringLiteral("unlocked"));
    const Review month = reviews().at(0);
    QCOMPARE(month.kind, ReviewKind::Month);
    m_server->stop();
    const CliResult r = deleteReview(month.id);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.startsWith("hindsight-cli: ") && r.err.count('\n') == 1, r.err.constData());
    QVERIFY2(r.err.contains("refused the connection") && r.err.contains("not deleted"), r.err.constData());
    QCOMPARE(reviews().size(), 1);
    QCOMPARE(m_server->curl("GET", QUrl(month.calendarHref)).status, 200);
}

void TestCliCalendar::delete_removesTheEventWithItsEtag() {
    REQUIRE_KEYRING(QStringLiteral("unlocked"));
    const Review month = reviews().at(0);
    const CliResult r = deleteReview(month.id);
    QCOMPARE(r.code, 0);
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    QCOMPARE(r.outText(), QStringLiteral("%1\tdeleted\n").arg(month.id));
    QVERIFY(reviews().isEmpty());
    QCOMPARE(m_server->curl("GET", QUrl(month.calendarHref)).status, 404);
}

void TestCliCalendar::delete_eventAlreadyGoneIsFine() {
    REQUIRE_KEYRING(QStringLiteral("unlocked"));
    QCOMPARE(run({QStringLiteral("review"), QStringLiteral("propose"), QString::number(m_incident),
                  QStringLiteral("--from"), QStringLiteral("2026-12-10")})
                 .code,
             0);
    const CliResult pushed =
        run({QStringLiteral("review"), QStringLiteral("push"), QString::number(m_incident)});
    QCOMPARE(pushed.code, 0);
    const Review week = reviews().at(0);
    QVERIFY(!week.calendarHref.isEmpty());
    QCOMPARE(m_server->curl("DELETE", QUrl(week.calendarHref)).status / 100, 2); // someone else did
    const CliResult r = deleteReview(week.id);
    QCOMPARE(r.code, 0);
    QCOMPARE(r.outText(), QStringLiteral("%1\talready gone\n").arg(week.id));
    QCOMPARE(reviews().size(), 1); // the month review stays, pushed, for the tests below
}

void TestCliCalendar::password_neverInDatabaseSettingsOrOutput() {
    REQUIRE_KEYRING(QStringLiteral("unlocked"));
    const QByteArray password = m_password.toUtf8();
    const QByteArray basic = (m_user + QLatin1Char(':') + m_password).toUtf8().toBase64();
    QStringList files = CliFixture::filesUnder(m_cli.home()) + CliFixture::filesUnder(m_cli.dir());
    QVERIFY(files.contains(settingsFile()));
    QVERIFY(files.contains(m_cli.database()));
    for (const QString &file : files) {
        const QByteArray bytes = CliFixture::readAll(file);
        QVERIFY2(!bytes.contains(password) && !bytes.contains(basic), qPrintable(file));
    }
    QVERIFY(m_results.size() > 10);
    for (const CliResult &r : m_results) {
        QVERIFY(!r.out.contains(password) && !r.err.contains(password));
        QVERIFY(!r.out.contains(basic) && !r.err.contains(basic));
    }
}

void TestCliCalendar::remove_forgetsAddressAndPassword() {
    REQUIRE_KEYRING(QStringLiteral("unlocked"));
    const CliResult r = run({QStringLiteral("calendar"), QStringLiteral("remove")});
    QCOMPARE(r.code, 0);
    QVERIFY(run({QStringLiteral("calendar"), QStringLiteral("list")}).out.isEmpty());
    const CliResult push =
        run({QStringLiteral("review"), QStringLiteral("push"), QString::number(m_incident)});
    QCOMPARE(push.code, 1);
    QVERIFY(push.err.contains("calendar add"));
    const CliResult again = run({QStringLiteral("calendar"), QStringLiteral("remove")});
    QCOMPARE(again.code, 1);
    QVERIFY(CliFixture::isOneLineError(again));

    // The password left the keychain too: with the address put back by hand, push cannot find it.
    {
        QSettings settings(settingsFile(), QSettings::IniFormat);
        settings.setValue(QStringLiteral("calendar/url"), m_calendar.toString());
        settings.setValue(QStringLiteral("calendar/user"), m_user);
    }
    const CliResult orphan =
        run({QStringLiteral("review"), QStringLiteral("push"), QString::number(m_incident)});
    QCOMPARE(orphan.code, 1);
    QVERIFY2(orphan.err.contains("not in the keychain"), orphan.err.constData());
}

void TestCliCalendar::delete_calendarNoLongerSetUpDeletesNothing() {
    REQUIRE_KEYRING(QStringLiteral("unlocked"));
    QSettings(settingsFile(), QSettings::IniFormat).remove(QStringLiteral("calendar"));
    const Review month = reviews().at(0);
    QVERIFY(!month.calendarHref.isEmpty());
    const CliResult r = deleteReview(month.id);
    QCOMPARE(r.code, 1);
    QVERIFY2(CliFixture::isOneLineError(r), r.err.constData());
    QVERIFY2(r.err.contains("calendar add") && r.err.contains("--keep-event"), r.err.constData());
    QCOMPARE(reviews().size(), 1);
    QCOMPARE(m_server->curl("GET", QUrl(month.calendarHref)).status, 200);
}

void TestCliCalendar::add_withoutUsableKeychainFailsAndKeepsNothing() {
    REQUIRE_KEYRING(QStringLiteral("locked"), QStringLiteral("none"));
    const CliResult r = run({QStringLiteral("calendar"), QStringLiteral("add"), m_calendar.toString(),
                             QStringLiteral("--user"), m_user},
                            m_password.toUtf8());
    QCOMPARE(r.code, 1);
    QVERIFY2(CliFixture::isOneLineError(r), r.err.constData());
    QVERIFY2(r.err.contains("keychain"), r.err.constData());
    QVERIFY2(r.err.contains("not stored anywhere"), r.err.constData());
    QVERIFY(run({QStringLiteral("calendar"), QStringLiteral("list")}).out.isEmpty());
    for (const QString &file : CliFixture::filesUnder(m_cli.home()) + CliFixture::filesUnder(m_cli.dir()))
        QVERIFY2(!CliFixture::readAll(file).contains(m_password.toUtf8()), qPrintable(file));
}

QTEST_GUILESS_MAIN(TestCliCalendar)
#include "tst_clicalendar.moc"
