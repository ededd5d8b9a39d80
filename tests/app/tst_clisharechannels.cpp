// hindsight-cli end to end, sharing to a real MediaWiki 1.39 (tests/servers/start-mediawiki.sh) and to a
// stand-in for Slack's incoming webhooks (tests/servers/slack-webhook-standin.py), with the bot password and
// the webhook URL in a real gnome-keyring (tests/servers/with-keyring.sh). One story, in order: target add,
// test, share and sync for each, and one error each. Skips, saying why, without the tools or the keyring.
#include "clifixture.h"
#include "mediawikiserver.h"

#include <memory>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace hs;

class TestCliShareChannels final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();

    void wiki_wrongBotPasswordTestFails();
    void wiki_addTestShareSyncWritesThePage();
    void wiki_secondUsersEditIsConflictExitOneAndKept();
    void wiki_serverStoppedMidSyncEveryDocumentArrivesOnce();
    void webhook_addShareSyncPostsTheAnnouncementWithTheWikiLink();
    void webhook_archivedChannelFailsWithTheSentenceExitOne();
    void secrets_neverInFilesOrOutput();

private:
    CliResult run(const QStringList &args, const QByteArray &input = {});
    QString hook(const QString &name) const {
        return QStringLiteral("http://127.0.0.1:%1/services/T0001/B0001/%2").arg(m_hookPort).arg(name);
    }
    QList<QJsonObject> received() const;
    static QList<QStringList> syncLines(const CliResult &r);
    QString pageTitle(qint64 id) const {
        return QStringLiteral("Postmortems/") + m_cli.stored(id)->documentName();
    }
    // Wikis capitalise the first letter of a file name.
    QString pdfFile(qint64 id) const {
        QString name = m_cli.stored(id)->documentName() + QStringLiteral(".pdf");
        name[0] = name.at(0).toUpper();
        return name;
    }

    CliFixture m_cli;
    QString m_skipWiki;
    QString m_skipHook;
    std::unique_ptr<MediaWikiServer> m_wiki;
    QProcess m_standIn;
    int m_hookPort = 0;
    qint64 m_incident = 0;
    QList<CliResult> m_results;
};

#define SKIP_UNLESS_EMPTY(reason)                                                                            \
    do {                                                                                                     \
        if (!(reason).isEmpty())                                                                             \
            QSKIP(qPrintable(reason));                                                                       \
    } while (false)

void TestCliShareChannels::initTestCase() {
    QVERIFY(m_cli.isValid());
    const QString mode = qEnvironmentVariable("HINDSIGHT_TEST_KEYRING");
    const QString keyring =
        mode == QLatin1String("unlocked")
            ? QString()
            : QStringLiteral(
                  "needs tests/servers/with-keyring.sh with an unlocked keyring; CTest runs it so");
    m_skipWiki = keyring.isEmpty() ? MediaWikiServer::missingTools() : keyring;
    m_skipHook = keyring.isEmpty() && !QFile::exists(QStringLiteral("/usr/bin/python3"))
                     ? QStringLiteral("not installed: /usr/bin/python3")
                     : keyring;
    m_incident = m_cli.declareComplete();
    QVERIFY(m_incident > 0);
    if (m_skipWiki.isEmpty()) {
        m_wiki = std::make_unique<MediaWikiServer>();
        QString error;
        QVERIFY2(m_wiki->start(&error), qPrintable(error));
    }
    if (m_skipHook.isEmpty()) {
        m_standIn.setProgram(QStringLiteral("/usr/bin/python3"));
        m_standIn.setArguments({QStringLiteral(HINDSIGHT_TEST_SERVERS_DIR "/slack-webhook-standin.py"),
                                m_cli.filePath(QStringLiteral("received.jsonl"))});
        m_standIn.start();
        QVERIFY(m_standIn.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(m_standIn.canReadLine(), 10000);
        m_hookPort = m_standIn.readLine().trimmed().toInt();
        QVERIFY(m_hookPort > 0);
    }
}

void TestCliShareChannels::cleanupTestCase() {
    m_wiki.reset();
    if (m_standIn.state() != QProcess::NotRunning) {
        m_standIn.kill();
        m_standIn.waitForFinished();
    }
}

CliResult TestCliShareChannels::run(const QStringList &args, const QByteArray &input) {
    const CliResult r = m_cli.run(args, input);
    m_results << r;
    return r;
}

QList<QJsonObject> TestCliShareChannels::received() const {
    QList<QJsonObject> out;
    QFile f(m_cli.filePath(QStringLiteral("received.jsonl")));
    if (f.open(QIODevice::ReadOnly))
        for (const QByteArray &line : f.readAll().split('\n'))
            if (!line.trimmed().isEmpty())
                out << QJsonDocument::fromJson(line).object();
    return out;
}

QList<QStringList> TestCliShareChannels::syncLines(const CliResult &r) {
    QList<QStringList> lines;
    for (const QString &line : r.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        lines << line.split(QLatin1Char('\t'));
    return lines;
}

void TestCliShareChannels::wiki_wrongBotPasswordTestFails() {
    SKIP_UNLESS_EMPTY(m_skipWiki);
    const CliResult add =
        run({QStringLiteral("target"), QStringLiteral("add"), QStringLiteral("mediawiki"),
             m_wiki->apiUrl().toString(), QStringLiteral("--user"), QLatin1String(MediaWikiServer::botUser),
             QStringLiteral("--name"), QStringLiteral("Wrong wiki")},
            "not-the-bot-password\n");
    QCOMPARE(add.code, 0);
    const CliResult test =
        run({QStringLiteral("target"), QStringLiteral("test"), QStringLiteral("Wrong wiki")});
    QCOMPARE(test.code, 1);
    QVERIFY2(test.err.startsWith("hindsight-cli: ") && test.err.count('\n') == 1, test.err.constData());
    QVERIFY(!test.err.contains("not-the-bot-password"));
    QCOMPARE(run({QStringLiteral("target"), QStringLiteral("remove"), QStringLiteral("Wrong wiki")}).code, 0);
}

void TestCliShareChannels::wiki_addTestShareSyncWritesThePage() {
    SKIP_UNLESS_EMPTY(m_skipWiki);
    const CliResult add =
        run({QStringLiteral("target"), QStringLiteral("add"), QStringLiteral("mediawiki"),
             m_wiki->apiUrl().toString(), QStringLiteral("--user"), QLatin1String(MediaWikiServer::botUser),
             QStringLiteral("--name"), QStringLiteral("Wiki")},
            QByteArray(MediaWikiServer::botPassword) + '\n');
    QCOMPARE(add.code, 0);
    const CliResult test = run({QStringLiteral("target"), QStringLiteral("test"), QStringLiteral("Wiki")});
    QVERIFY2(test.code == 0, test.err.constData());
    QCOMPARE(run({QStringLiteral("share"), QString::number(m_incident), QStringLiteral("--target"),
                  QStringLiteral("Wiki")})
                 .outText(),
             QStringLiteral("queued\tWiki\n"));
    const CliResult sync = run({QStringLiteral("sync")});
    QVERIFY2(sync.code == 0, sync.out.constData());
    QCOMPARE(syncLines(sync).constFirst().mid(0, 3),
             QStringList({QStringLiteral("sent"), QString::number(m_incident), QStringLiteral("Wiki")}));
    const QString title = QStringLiteral("Postmortems/") + m_cli.stored(m_incident)->documentName();
    QVERIFY2(m_wiki->pageText(title).contains(CliFixture::sectionMarker(Section::Cause)), qPrintable(title));
}

void TestCliShareChannels::wiki_secondUsersEditIsConflictExitOneAndKept() {
    SKIP_UNLESS_EMPTY(m_skipWiki);
    const qint64 id = m_cli.declare(QStringLiteral("Search slow"), QStringLiteral("2026-11-20"));
    QVERIFY(id > 0);
    const QStringList share{QStringLiteral("share"), QString::number(id), QStringLiteral("--force"),
                            QStringLiteral("--target"), QStringLiteral("Wiki")};
    QCOMPARE(run(share).code, 0);
    const CliResult first = run({QStringLiteral("sync")});
    QVERIFY2(first.code == 0, first.out.constData());
    const QString title = pageTitle(id);
    QCOMPARE(m_wiki->revisions(title).size(), 1);

    // Bob changes the page on the wiki; we change the post-mortem and share it again.
    QVERIFY(m_wiki->editAsBob(title, QStringLiteral("Bob's notes from the review, not to be lost.")));
    QCOMPARE(run({QStringLiteral("set"), QString::number(id), QStringLiteral("cause"),
                  QStringLiteral("A missing index on orders.")})
                 .code,
             0);
    QCOMPARE(run(share).code, 0);
    const CliResult sync = run({QStringLiteral("sync")});
    QCOMPARE(sync.code, 1);
    const QList<QStringList> lines = syncLines(sync);
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines[0].mid(0, 3),
             QStringList({QStringLiteral("conflict"), QString::number(id), QStringLiteral("Wiki")}));
    QVERIFY2(lines[0].value(3).contains(QLatin1String("changed by Bob")), qPrintable(lines[0].value(3)));
    QCOMPARE(m_wiki->pageText(title), QStringLiteral("Bob's notes from the review, not to be lost."));
    QCOMPARE(m_wiki->revisions(title).size(), 2);
    // Nothing is decided for the user: the next sync has nothing to send, the page stays Bob's.
    const CliResult again = run({QStringLiteral("sync")});
    QVERIFY(!again.out.contains("sent\t"));
    QCOMPARE(m_wiki->pageText(title), QStringLiteral("Bob's notes from the review, not to be lost."));
}

void TestCliShareChannels::wiki_serverStoppedMidSyncEveryDocumentArrivesOnce() {
    SKIP_UNLESS_EMPTY(m_skipWiki);
    // Enough documents that the sync is still running when the wiki goes away.
    QList<qint64> fresh;
    for (int i = 0; i < 8; ++i) {
        const qint64 id =
            m_cli.declare(QStringLiteral("Outage %1").arg(i), QStringLiteral("2026-10-%1").arg(10 + i));
        QVERIFY(id > 0);
        QCOMPARE(run({QStringLiteral("share"), QString::number(id), QStringLiteral("--force"),
                      QStringLiteral("--target"), QStringLiteral("Wiki")})
                     .code,
                 0);
        fresh << id;
    }
    const CliResult interrupted = m_cli.run({QStringLiteral("sync")}, {}, {}, [&] {
        QTRY_VERIFY_WITH_TIMEOUT(!m_wiki->revisions(pageTitle(fresh[0])).isEmpty(), 120000);
        m_wiki->stop();
    });
    m_results << interrupted;
    QVERIFY2(interrupted.code == 1, interrupted.out.constData());
    QVERIFY2(interrupted.out.contains("failed\t"), interrupted.out.constData());

    QString error;
    QVERIFY2(m_wiki->start(&error), qPrintable(error));
    const CliResult again = run({QStringLiteral("sync")});
    QVERIFY2(again.code == 0, again.out.constData());
    QVERIFY(!again.out.contains("conflict"));
    // Every document once: one revision of each page, one version of each PDF.
    for (qint64 id : fresh) {
        QCOMPARE(m_wiki->revisions(pageTitle(id)).size(), 1);
        QCOMPARE(m_wiki->fileVersions(pdfFile(id)), 1);
        QCOMPARE(m_wiki->categories(pageTitle(id)), QStringList{QStringLiteral("Category:Post-mortems")});
    }
    // And a sync now sends nothing at all.
    const CliResult idle = run({QStringLiteral("sync")});
    QCOMPARE(idle.code, 0);
    QVERIFY(!idle.out.contains("sent\t"));
}

void TestCliShareChannels::webhook_addShareSyncPostsTheAnnouncementWithTheWikiLink() {
    SKIP_UNLESS_EMPTY(m_skipHook);
    const CliResult add = run({QStringLiteral("target"), QStringLiteral("add"), QStringLiteral("webhook"),
                               QStringLiteral("--name"), QStringLiteral("Channel")},
                              hook(QStringLiteral("good")).toUtf8() + '\n');
    QCOMPARE(add.code, 0);
    QVERIFY(!add.out.contains("/services/"));
    QCOMPARE(run({QStringLiteral("target"), QStringLiteral("test"), QStringLiteral("Channel")}).code, 0);
    QVERIFY(received().size() <= 1); // a test posts nothing a channel would show
    QFile::remove(m_cli.filePath(QStringLiteral("received.jsonl")));

    // The wiki (when it runs) already has the document: the announcement links to it.
    const CliResult share = run({QStringLiteral("share"), QString::number(m_incident)});
    QCOMPARE(share.code, 0);
    QVERIFY2(share.outText().contains(QLatin1String("queued\tChannel")), share.out.constData());
    const CliResult sync = run({QStringLiteral("sync")});
    QVERIFY2(sync.code == 0, sync.out.constData());
    const QList<QJsonObject> posts = received();
    QCOMPARE(posts.size(), 1);
    const QString text = QJsonDocument::fromJson(posts[0].value(QLatin1String("body")).toString().toUtf8())
                             .object()
                             .value(QLatin1String("text"))
                             .toString();
    QVERIFY2(text.contains(m_cli.stored(m_incident)->channel), qPrintable(text));
    if (m_wiki)
        QVERIFY2(text.contains(m_wiki->apiUrl().host()), qPrintable(text));

    // Shared again unchanged: nothing is posted twice.
    QCOMPARE(run({QStringLiteral("share"), QString::number(m_incident)}).code, 0);
    QCOMPARE(run({QStringLiteral("sync")}).code, 0);
    QCOMPARE(received().size(), 1);
}

void TestCliShareChannels::webhook_archivedChannelFailsWithTheSentenceExitOne() {
    SKIP_UNLESS_EMPTY(m_skipHook);
    QCOMPARE(run({QStringLiteral("target"), QStringLiteral("add"), QStringLiteral("webhook"),
                  QStringLiteral("--name"), QStringLiteral("Old channel")},
                 hook(QStringLiteral("archived")).toUtf8() + '\n')
                 .code,
             0);
    QCOMPARE(run({QStringLiteral("share"), QString::number(m_incident), QStringLiteral("--target"),
                  QStringLiteral("Old channel")})
                 .code,
             0);
    const CliResult sync = run({QStringLiteral("sync")});
    QCOMPARE(sync.code, 1);
    const QList<QStringList> lines = syncLines(sync);
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines[0].mid(0, 3), QStringList({QStringLiteral("failed"), QString::number(m_incident),
                                              QStringLiteral("Old channel")}));
    QVERIFY2(lines[0].value(3).contains(QLatin1String("archived")),
             qPrintable(lines[0].join(QLatin1Char('|'))));

    // A usage error never echoes what was typed.
    const CliResult bad = run({QStringLiteral("target"), QStringLiteral("add"), QStringLiteral("webhook")},
                              "ftp://secret-hook.example.com/x\n");
    QCOMPARE(bad.code, 2);
    QVERIFY(!bad.err.contains("secret-hook"));
}

void TestCliShareChannels::secrets_neverInFilesOrOutput() {
    if (!m_skipWiki.isEmpty() && !m_skipHook.isEmpty())
        QSKIP(qPrintable(m_skipWiki));
    QList<QByteArray> secrets{QByteArray(MediaWikiServer::botPassword), QByteArray("not-the-bot-password"),
                              QByteArray("/services/T0001/B0001/")};
    // target list names every target and where it writes, never a secret.
    const CliResult list = run({QStringLiteral("target"), QStringLiteral("list")});
    QCOMPARE(list.code, 0);
    if (m_skipWiki.isEmpty())
        QVERIFY2(list.outText().contains(
                     QStringLiteral("mediawiki\tWiki\t%1 (%2)")
                         .arg(m_wiki->apiUrl().toDisplayString(), QLatin1String(MediaWikiServer::botUser))),
                 list.out.constData());
    if (m_skipHook.isEmpty())
        QVERIFY2(list.outText().contains(QLatin1String("webhook\tChannel\twebhook address in the keychain")),
                 list.out.constData());
    // Exports are grepped too: every format of the shared incident.
    for (const QString &format :
         {QStringLiteral("md"), QStringLiteral("html"), QStringLiteral("json"), QStringLiteral("pdf")})
        QCOMPARE(run({QStringLiteral("export"), QString::number(m_incident), QStringLiteral("--format"),
                      format, QStringLiteral("--output"), m_cli.filePath(QStringLiteral("export.") + format)})
                     .code,
                 0);
    const QStringList files = CliFixture::filesUnder(m_cli.home()) + CliFixture::filesUnder(m_cli.dir());
    QVERIFY(files.contains(m_cli.database()));
    for (const QString &file : files) {
        if (file.endsWith(QLatin1String("received.jsonl"))) // the stand-in's own record of the requests
            continue;
        const QByteArray bytes = CliFixture::readAll(file);
        for (const QByteArray &secret : secrets)
            QVERIFY2(!bytes.contains(secret),
                     qPrintable(file + QStringLiteral(": ") + QString::fromUtf8(secret)));
    }
    for (const CliResult &r : m_results)
        for (const QByteArray &secret : secrets)
            QVERIFY2(!r.out.contains(secret) && !r.err.contains(secret), secret.constData());
}

QTEST_GUILESS_MAIN(TestCliShareChannels)
#include "tst_clisharechannels.moc"
