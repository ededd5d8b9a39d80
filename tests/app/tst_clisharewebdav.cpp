// hindsight-cli end to end, sharing to a real lighttpd WebDAV server (tests/servers/start-lighttpd-webdav.sh)
// with the password in a real gnome-keyring (tests/servers/with-keyring.sh). CTest runs this binary with an
// unlocked keyring and with none; each test skips, saying why, in the run it does not belong to. The
// unlocked run is one story: its tests run in order on one database and one HOME, as a user would type.
#include "clifixture.h"
#include "lighttpdserver.h"

#include <memory>
#include <QDir>
#include <QFileInfo>
#include <QTest>

using namespace hs;

class TestCliShareWebDav final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();

    void add_wrongPasswordIsStoredButTestFailsWithTheSentence();
    void add_rightPasswordTestSucceeds();
    void sync_putsTheFilesOnTheServer();
    void sync_afterEditUploadsOnlyTheChangedFiles();
    void sync_unchangedUploadsNothing();
    void sync_outOfBandChangeIsConflictExitOneServerCopyStays();
    void sync_serverStoppedMidSyncEveryDocumentArrivesOnce();
    void password_neverInDatabaseSettingsOrOutput();

    void add_withoutKeychainFailsAndKeepsNothing();

private:
    QString skipReason(const QString &mode) const;
    CliResult run(const QStringList &args, const QByteArray &input = {});
    QUrl fileUrl(qint64 incident, const QString &ext) const;
    // The server's access log since the last call, as "METHOD /path STATUS" lines (restarts lighttpd,
    // which writes its log when it stops).
    QStringList newLogLines();
    static QList<QStringList> syncLines(const CliResult &r);

    const QString m_user = QStringLiteral("carol");
    const QString m_password = QStringLiteral("Dav:pw ü+/9x");
    QString m_mode;
    QString m_skip;
    CliFixture m_cli;
    std::unique_ptr<LighttpdServer> m_server;
    QUrl m_folder;
    QList<qint64> m_incidents;
    QList<CliResult> m_results; // every run, searched for the password at the end
    qsizetype m_logSeen = 0;
};

QString TestCliShareWebDav::skipReason(const QString &mode) const {
    if (!m_skip.isEmpty())
        return m_skip;
    if (m_mode.isEmpty())
        return QStringLiteral(
            "needs tests/servers/with-keyring.sh (a private D-Bus session); CTest runs it so");
    if (m_mode != mode)
        return QStringLiteral("needs HINDSIGHT_TEST_KEYRING=%1; this run is %2").arg(mode, m_mode);
    return {};
}

#define REQUIRE_KEYRING(mode)                                                                                \
    do {                                                                                                     \
        const QString why = skipReason(QStringLiteral(mode));                                                \
        if (!why.isEmpty())                                                                                  \
            QSKIP(qPrintable(why));                                                                          \
    } while (false)

void TestCliShareWebDav::initTestCase() {
    QVERIFY(m_cli.isValid());
    m_mode = qEnvironmentVariable("HINDSIGHT_TEST_KEYRING");
    m_skip = LighttpdServer::missingTools();
    if (!m_skip.isEmpty())
        return;
    m_server = std::make_unique<LighttpdServer>(m_user, m_password);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    // A folder that does not exist yet: the first upload creates it (MKCOL).
    m_folder = m_server->url(QStringLiteral("/team/postmortems/"));
    for (const QString &title : {QStringLiteral("Checkout DB down"), QStringLiteral("DNS outage")}) {
        const qint64 id = m_cli.declareComplete();
        QVERIFY(id > 0);
        QCOMPARE(run({QStringLiteral("set"), QString::number(id), QStringLiteral("title"), title}).code, 0);
        m_incidents << id;
    }
}

void TestCliShareWebDav::cleanupTestCase() {
    m_server.reset();
}

CliResult TestCliShareWebDav::run(const QStringList &args, const QByteArray &input) {
    const CliResult r = m_cli.run(args, input);
    m_results << r;
    return r;
}

QUrl TestCliShareWebDav::fileUrl(qint64 incident, const QString &ext) const {
    return m_folder.resolved(QUrl(m_cli.stored(incident)->documentName() + ext));
}

QStringList TestCliShareWebDav::newLogLines() {
    m_server->stop();
    QString error;
    if (!m_server->start(&error))
        qWarning("lighttpd did not restart: %s", qPrintable(error));
    const QStringList all = m_server->accessLog();
    const QStringList fresh = all.mid(m_logSeen);
    m_logSeen = all.size();
    return fresh;
}

QList<QStringList> TestCliShareWebDav::syncLines(const CliResult &r) {
    QList<QStringList> lines;
    for (const QString &line : r.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        lines << line.split(QLatin1Char('\t'));
    return lines;
}

void TestCliShareWebDav::add_wrongPasswordIsStoredButTestFailsWithTheSentence() {
    REQUIRE_KEYRING("unlocked");
    const CliResult add =
        run({QStringLiteral("target"), QStringLiteral("add"), QStringLiteral("webdav"), m_folder.toString(),
             QStringLiteral("--user"), m_user, QStringLiteral("--name"), QStringLiteral("Team DAV")},
            "not-the-password\n");
    QCOMPARE(add.code, 0);
    const CliResult test =
        run({QStringLiteral("target"), QStringLiteral("test"), QStringLiteral("Team DAV")});
    QCOMPARE(test.code, 1);
    QVERIFY2(CliFixture::isOneLineError(test), test.err.constData());
    QVERIFY2(test.err.contains("refused the user name or password"), test.err.constData());
    QVERIFY(!test.err.contains("not-the-password"));
    QCOMPARE(run({QStringLiteral("target"), QStringLiteral("remove"), QStringLiteral("Team DAV")}).code, 0);
    QCOMPARE(run({QStringLiteral("target"), QStringLiteral("list")}).out, QByteArray());
}

void TestCliShareWebDav::add_rightPasswordTestSucceeds() {
    REQUIRE_KEYRING("unlocked");
    const CliResult add =
        run({QStringLiteral("target"), QStringLiteral("add"), QStringLiteral("webdav"), m_folder.toString(),
             QStringLiteral("--user"), m_user, QStringLiteral("--name"), QStringLiteral("Team DAV")},
            m_password.toUtf8() + '\n');
    QCOMPARE(add.code, 0);
    const CliResult test =
        run({QStringLiteral("target"), QStringLiteral("test"), QStringLiteral("Team DAV")});
    QVERIFY2(test.code == 0, test.err.constData());
    QVERIFY(!test.out.isEmpty());
    const QString list = run({QStringLiteral("target"), QStringLiteral("list")}).outText();
    QVERIFY2(list.contains(QLatin1String("\twebdav\tTeam DAV\t")), qPrintable(list));
    newLogLines(); // what came before is not the sync's
}

void TestCliShareWebDav::sync_putsTheFilesOnTheServer() {
    REQUIRE_KEYRING("unlocked");
    for (qint64 id : m_incidents)
        QCOMPARE(run({QStringLiteral("share"), QString::number(id)}).outText(),
                 QStringLiteral("queued\tTeam DAV\n"));
    const CliResult sync = run({QStringLiteral("sync")});
    QVERIFY2(sync.code == 0, sync.out.constData());
    const QList<QStringList> lines = syncLines(sync);
    QCOMPARE(lines.size(), 2);
    for (const QStringList &line : lines)
        QCOMPARE(line.constFirst(), QStringLiteral("sent"));

    for (qint64 id : m_incidents) {
        const LighttpdServer::Answer md = m_server->curl("GET", fileUrl(id, QStringLiteral(".md")));
        QCOMPARE(md.status, 200);
        QVERIFY(md.body.contains(CliFixture::sectionMarker(Section::Cause).toUtf8()));
        QVERIFY(md.body.contains(m_cli.stored(id)->title.toUtf8()));
        const LighttpdServer::Answer pdf = m_server->curl("GET", fileUrl(id, QStringLiteral(".pdf")));
        QCOMPARE(pdf.status, 200);
        QVERIFY(pdf.body.startsWith("%PDF"));
        QCOMPARE(m_server->curl("GET", fileUrl(id, QStringLiteral(".html"))).status, 200);
    }
    const LighttpdServer::Answer index =
        m_server->curl("GET", m_folder.resolved(QUrl(QStringLiteral("index.md"))));
    QCOMPARE(index.status, 200);
    for (qint64 id : m_incidents)
        QVERIFY(index.body.contains(m_cli.stored(id)->documentName().toUtf8()));
    QCOMPARE(m_server->curl("GET", m_folder.resolved(QUrl(QStringLiteral("index.html")))).status, 200);
}

void TestCliShareWebDav::sync_afterEditUploadsOnlyTheChangedFiles() {
    REQUIRE_KEYRING("unlocked");
    newLogLines();
    const qint64 edited = m_incidents[0];
    // The impact is not in the index (title, date, cause are): only the document's own files change.
    QCOMPARE(run({QStringLiteral("set"), QString::number(edited), QStringLiteral("impact"),
                  QStringLiteral("Edited after the first share.")})
                 .code,
             0);
    QCOMPARE(run({QStringLiteral("share"), QString::number(edited)}).outText(),
             QStringLiteral("queued\tTeam DAV\n"));
    QCOMPARE(run({QStringLiteral("share"), QString::number(m_incidents[1])}).outText(),
             QStringLiteral("up to date\tTeam DAV\n"));
    const CliResult sync = run({QStringLiteral("sync")});
    QVERIFY2(sync.code == 0, sync.out.constData());
    QCOMPARE(syncLines(sync).size(), 1);

    QStringList puts;
    for (const QString &line : newLogLines())
        if (line.startsWith(QLatin1String("PUT ")))
            puts << line.section(QLatin1Char(' '), 1, 1).section(QLatin1Char('/'), -1);
    puts.sort();
    const QString name = m_cli.stored(edited)->documentName();
    QCOMPARE(puts, QStringList({name + QStringLiteral(".html"), name + QStringLiteral(".md"),
                                name + QStringLiteral(".pdf")}));
    QVERIFY(m_server->curl("GET", fileUrl(edited, QStringLiteral(".md")))
                .body.contains("Edited after the first share."));
}

void TestCliShareWebDav::sync_unchangedUploadsNothing() {
    REQUIRE_KEYRING("unlocked");
    newLogLines();
    for (qint64 id : m_incidents)
        QCOMPARE(run({QStringLiteral("share"), QString::number(id)}).outText(),
                 QStringLiteral("up to date\tTeam DAV\n"));
    const CliResult sync = run({QStringLiteral("sync")});
    QCOMPARE(sync.code, 0);
    const QStringList log = newLogLines();
    for (const QString &line : log)
        QVERIFY2(!line.startsWith(QLatin1String("PUT ")) && !line.startsWith(QLatin1String("MKCOL ")),
                 qPrintable(line));
}

void TestCliShareWebDav::sync_outOfBandChangeIsConflictExitOneServerCopyStays() {
    REQUIRE_KEYRING("unlocked");
    const qint64 id = m_incidents[1];
    const QUrl md = fileUrl(id, QStringLiteral(".md"));
    const QByteArray theirs("# Changed on the server by a colleague\n");
    const LighttpdServer::Answer put = m_server->curl("PUT", md, theirs);
    QVERIFY(put.status == 204 || put.status == 201);

    QCOMPARE(
        run({QStringLiteral("set"), QString::number(id), QStringLiteral("impact"), QStringLiteral("Ours.")})
            .code,
        0);
    QCOMPARE(run({QStringLiteral("share"), QString::number(id)}).code, 0);
    const CliResult sync = run({QStringLiteral("sync")});
    QCOMPARE(sync.code, 1);
    const QList<QStringList> lines = syncLines(sync);
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines[0].mid(0, 3),
             QStringList({QStringLiteral("conflict"), QString::number(id), QStringLiteral("Team DAV")}));
    QCOMPARE(m_server->curl("GET", md).body, theirs);
    // Ours went beside it.
    const QStringList beside = QDir(m_server->davPath(QStringLiteral("/team/postmortems")))
                                   .entryList({QStringLiteral("*.conflict-*.md")}, QDir::Files);
    QCOMPARE(beside.size(), 1);
    QVERIFY(CliFixture::readAll(m_server->davPath(QStringLiteral("/team/postmortems/") + beside[0]))
                .contains("Ours."));
}

void TestCliShareWebDav::sync_serverStoppedMidSyncEveryDocumentArrivesOnce() {
    REQUIRE_KEYRING("unlocked");
    newLogLines();
    // Enough documents that the sync is still running when the server goes away.
    QList<qint64> fresh;
    for (int i = 0; i < 8; ++i) {
        const qint64 id =
            m_cli.declare(QStringLiteral("Outage %1").arg(i), QStringLiteral("2026-10-%1").arg(10 + i));
        QVERIFY(id > 0);
        QCOMPARE(run({QStringLiteral("share"), QString::number(id), QStringLiteral("--force")}).code, 0);
        fresh << id;
    }
    const QString dav = m_server->davPath(QStringLiteral("/team/postmortems"));
    const QString first = QDir(dav).filePath(m_cli.stored(fresh[0])->documentName() + QStringLiteral(".md"));

    const CliResult interrupted = m_cli.run({QStringLiteral("sync")}, {}, {}, [&] {
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(first), 60000);
        m_server->stop();
    });
    m_results << interrupted;
    QCOMPARE(interrupted.code, 1);
    QVERIFY2(interrupted.out.contains("failed\t"), interrupted.out.constData());

    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    const CliResult again = run({QStringLiteral("sync")});
    QVERIFY2(again.code == 0, again.out.constData());
    QVERIFY(!again.out.contains("conflict"));

    // Every document once: each file there, no conflict copies, and no file created twice.
    const QStringList log = newLogLines();
    for (qint64 id : fresh) {
        const QString name = m_cli.stored(id)->documentName();
        for (const QString &ext : {QStringLiteral(".md"), QStringLiteral(".html"), QStringLiteral(".pdf")}) {
            QVERIFY2(QFileInfo(QDir(dav).filePath(name + ext)).size() > 0, qPrintable(name + ext));
            const QString created = QStringLiteral("PUT /team/postmortems/%1 201").arg(name + ext);
            QVERIFY2(log.count(created) <= 1, qPrintable(created));
        }
    }
    QCOMPARE(QDir(dav).entryList({QStringLiteral("*.conflict-*")}, QDir::Files).size(), 1); // the earlier one
    const QByteArray index = m_server->curl("GET", m_folder.resolved(QUrl(QStringLiteral("index.md")))).body;
    for (qint64 id : fresh)
        QCOMPARE(index.count(QByteArray(m_cli.stored(id)->documentName().toUtf8() + ".md")), qsizetype(1));
}

void TestCliShareWebDav::password_neverInDatabaseSettingsOrOutput() {
    REQUIRE_KEYRING("unlocked");
    const QByteArray password = m_password.toUtf8();
    const QByteArray basic = (m_user + QLatin1Char(':') + m_password).toUtf8().toBase64();
    const QStringList files = CliFixture::filesUnder(m_cli.home()) + CliFixture::filesUnder(m_cli.dir());
    QVERIFY(files.contains(m_cli.database()));
    for (const QString &file : files) {
        const QByteArray bytes = CliFixture::readAll(file);
        QVERIFY2(!bytes.contains(password) && !bytes.contains(basic), qPrintable(file));
    }
    QVERIFY(m_results.size() > 20);
    for (const CliResult &r : m_results) {
        QVERIFY(!r.out.contains(password) && !r.err.contains(password));
        QVERIFY(!r.out.contains(basic) && !r.err.contains(basic));
    }
}

void TestCliShareWebDav::add_withoutKeychainFailsAndKeepsNothing() {
    REQUIRE_KEYRING("none");
    const CliResult add = run({QStringLiteral("target"), QStringLiteral("add"), QStringLiteral("webdav"),
                               m_folder.toString(), QStringLiteral("--user"), m_user},
                              m_password.toUtf8() + '\n');
    QCOMPARE(add.code, 1);
    QVERIFY2(CliFixture::isOneLineError(add), add.err.constData());
    QVERIFY2(add.err.contains("not stored anywhere"), add.err.constData());
    QCOMPARE(run({QStringLiteral("target"), QStringLiteral("list")}).out, QByteArray());
    for (const QString &file : CliFixture::filesUnder(m_cli.dir()))
        QVERIFY2(!CliFixture::readAll(file).contains(m_password.toUtf8()), qPrintable(file));
}

QTEST_GUILESS_MAIN(TestCliShareWebDav)
#include "tst_clisharewebdav.moc"
