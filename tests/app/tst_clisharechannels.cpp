// hindsight-cli end to end, sharing to a real MediaWiki 1.39 (tests/servers/start-mediawiki.sh) and to a
// stand-in for Slack's incoming webhooks (tests/servers/slack-webhook-standin.py), with the bot password and
// the webhook URL in a real gnome-keyring (tests/servers/with-keyring.sh). One story, in order: target add,
// test, share and sync for each, and one error each. Skips, saying why, without the tools or the keyring.
#include "clifixture.h"
#include "mediawikiserver.h"

#include <memory>
#include <QFile>
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
