// hindsight-cli end to end, sharing to a folder (no network, no keychain): target add/list/remove/test,
// share and sync with their exit codes, files and index in the folder, hostile titles, an unchanged
// re-sync that rewrites nothing, a colleague's change kept as a conflict, a missing folder retried.
#include "clifixture.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QTest>

using namespace hs;

class TestCliShare final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(m_cli.isValid()); }
    void init();

    void targetAdd_usageErrors_data();
    void targetAdd_usageErrors();
    void targetAdd_missingFolderFailsAndStoresNothing();
    void targetList_showsNoSecretAndRemoveForgets();
    void targetTest_folderOkAndMissingFolderFails();
    void share_refusesUndocumentedUnlessForced();
    void share_withoutTargetFails();
    void sync_writesFilesAndIndexAndExitsZero();
    void sync_unchangedRewritesNothing();
    void sync_revertedEditIsUnchanged();
    void sync_hostileTitlesStayInsideTheFolder_data();
    void sync_hostileTitlesStayInsideTheFolder();
    void sync_colleaguesChangeIsConflictExitOne();
    void sync_missingFolderFailsThenArrives();
    void sync_indexNotWrittenIsToldButTheDocumentArrived();
    void help_ofEveryCommandExitsZero_data();
    void help_ofEveryCommandExitsZero();

private:
    QString folder() const { return m_cli.filePath(QStringLiteral("share/postmortems")); }
    qint64 addFolderTarget(const QString &name = QStringLiteral("Team share"));
    // sync's lines as (state, incident, target, message...) columns.
    static QList<QStringList> syncLines(const CliResult &r);
    // Every file in the folder with its modification time, set an hour back so a rewrite shows.
    QHash<QString, QDateTime> ageFiles() const;
    QHash<QString, QDateTime> fileTimes() const;
    QString documentName(qint64 id) const { return m_cli.stored(id)->documentName(); }

    CliFixture m_cli;
};

void TestCliShare::init() {
    m_cli.reset();
    QVERIFY(QDir().mkpath(folder()));
}

qint64 TestCliShare::addFolderTarget(const QString &name) {
    const CliResult r = m_cli.run({QStringLiteral("target"), QStringLiteral("add"), QStringLiteral("folder"),
                                   folder(), QStringLiteral("--name"), name});
    if (r.code != 0) {
        qWarning("target add failed: %s", r.err.constData());
        return 0;
    }
    const QString first = r.outText().section(QLatin1Char('\n'), 0, 0);
    return first.startsWith(QLatin1String("id: ")) ? first.mid(4).toLongLong() : 0;
}

QList<QStringList> TestCliShare::syncLines(const CliResult &r) {
    QList<QStringList> lines;
    for (const QString &line : r.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        lines << line.split(QLatin1Char('\t'));
    return lines;
}

QHash<QString, QDateTime> TestCliShare::ageFiles() const {
    const QDateTime past = QDateTime::currentDateTimeUtc().addSecs(-3600);
    for (const QString &path : CliFixture::filesUnder(folder())) {
        QFile f(path);
        if (!f.open(QIODevice::ReadWrite) || !f.setFileTime(past, QFileDevice::FileModificationTime))
            qWarning("cannot age %s", qPrintable(path));
    }
    return fileTimes();
}

QHash<QString, QDateTime> TestCliShare::fileTimes() const {
    QHash<QString, QDateTime> times;
    for (const QString &path : CliFixture::filesUnder(folder()))
        times.insert(path, QFileInfo(path).lastModified());
    return times;
}

void TestCliShare::targetAdd_usageErrors_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("no kind") << QStringList{} << QByteArray();
    QTest::newRow("unknown kind") << QStringList{QStringLiteral("ftp"), QStringLiteral("/tmp")}
                                  << QByteArray();
    QTest::newRow("folder without path") << QStringList{QStringLiteral("folder")} << QByteArray();
    QTest::newRow("webdav without user")
        << QStringList{QStringLiteral("webdav"), QStringLiteral("https://dav.example.org/pm/")}
        << QByteArray("pw\n");
    QTest::newRow("webdav not a URL")
        << QStringList{QStringLiteral("webdav"), QStringLiteral("dav.example.org"), QStringLiteral("--user"),
                       QStringLiteral("carol")}
        << QByteArray("pw\n");
    QTest::newRow("webdav user in URL")
        << QStringList{QStringLiteral("webdav"), QStringLiteral("https://carol:pw@dav.example.org/pm/"),
                       QStringLiteral("--user"), QStringLiteral("carol")}
        << QByteArray("pw\n");
    QTest::newRow("webdav no password")
        << QStringList{QStringLiteral("webdav"), QStringLiteral("https://dav.example.org/pm/"),
                       QStringLiteral("--user"), QStringLiteral("carol")}
        << QByteArray("\n");
    QTest::newRow("webhook with address argument")
        << QStringList{QStringLiteral("webhook"), QStringLiteral("https://hooks.example.com/T/B/x")}
        << QByteArray();
    QTest::newRow("webhook not a URL") << QStringList{QStringLiteral("webhook")} << QByteArray("not a url\n");
}

void TestCliShare::targetAdd_usageErrors() {
    QFETCH(QStringList, args);
    QFETCH(QByteArray, input);
    const CliResult r = m_cli.run(QStringList{QStringLiteral("target"), QStringLiteral("add")} + args, input);
    QCOMPARE(r.code, 2);
    QVERIFY2(CliFixture::isOneLineError(r), r.err.constData());
    QVERIFY(r.out.isEmpty());
    QCOMPARE(m_cli.run({QStringLiteral("target"), QStringLiteral("list")}).out, QByteArray());
}

void TestCliShare::targetAdd_missingFolderFailsAndStoresNothing() {
    const CliResult r = m_cli.run({QStringLiteral("target"), QStringLiteral("add"), QStringLiteral("folder"),
                                   m_cli.filePath(QStringLiteral("not-there"))});
    QCOMPARE(r.code, 1);
    QVERIFY2(CliFixture::isOneLineError(r), r.err.constData());
    QVERIFY2(r.err.contains("does not exist"), r.err.constData());
    QVERIFY(!QFileInfo::exists(m_cli.filePath(QStringLiteral("not-there"))));
    QCOMPARE(m_cli.run({QStringLiteral("target"), QStringLiteral("list")}).out, QByteArray());
}

void TestCliShare::targetList_showsNoSecretAndRemoveForgets() {
    const qint64 id = addFolderTarget();
    QVERIFY(id > 0);
    // A relative path is stored as the absolute one, and the default name is the folder's.
    const CliResult second = m_cli.run(
        {QStringLiteral("target"), QStringLiteral("add"), QStringLiteral("folder"), QStringLiteral("share")});
    QCOMPARE(second.code, 0);
    const CliResult list = m_cli.run({QStringLiteral("target"), QStringLiteral("list")});
    QCOMPARE(list.code, 0);
    const QStringList lines = list.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines[0],
             QStringList({QString::number(id), QStringLiteral("folder"), QStringLiteral("Team share"),
                          QDir::toNativeSeparators(folder()), QStringLiteral("enabled")})
                 .join(QLatin1Char('\t')));
    QCOMPARE(lines[1].section(QLatin1Char('\t'), 2, 3),
             QStringLiteral("share\t") + QDir::toNativeSeparators(m_cli.filePath(QStringLiteral("share"))));

    // A second target with a name already taken is refused.
    const CliResult taken =
        m_cli.run({QStringLiteral("target"), QStringLiteral("add"), QStringLiteral("folder"), folder(),
                   QStringLiteral("--name"), QStringLiteral("Team share")});
    QCOMPARE(taken.code, 1);
    QVERIFY2(CliFixture::isOneLineError(taken), taken.err.constData());

    // By name and by id.
    QCOMPARE(
        m_cli.run({QStringLiteral("target"), QStringLiteral("remove"), QStringLiteral("Team share")}).code,
        0);
    const CliResult again =
        m_cli.run({QStringLiteral("target"), QStringLiteral("remove"), QString::number(id)});
    QCOMPARE(again.code, 1);
    QVERIFY2(again.err.contains("no share target"), again.err.constData());
    QCOMPARE(m_cli.run({QStringLiteral("target"), QStringLiteral("remove"), QStringLiteral("share")}).code,
             0);
    QCOMPARE(m_cli.run({QStringLiteral("target"), QStringLiteral("list")}).out, QByteArray());
}

void TestCliShare::targetTest_folderOkAndMissingFolderFails() {
    QVERIFY(addFolderTarget() > 0);
    const CliResult ok =
        m_cli.run({QStringLiteral("target"), QStringLiteral("test"), QStringLiteral("Team share")});
    QCOMPARE(ok.code, 0);
    QVERIFY(!ok.out.isEmpty());
    QVERIFY(CliFixture::filesUnder(folder()).isEmpty()); // a test leaves nothing behind
    QVERIFY(QDir(folder()).removeRecursively());
    const CliResult missing =
        m_cli.run({QStringLiteral("target"), QStringLiteral("test"), QStringLiteral("Team share")});
    QCOMPARE(missing.code, 1);
    // The target's own sentence (a question here: "… is the share mounted?"), on one line.
    QVERIFY2(missing.err.startsWith("hindsight-cli: ") && missing.err.count('\n') == 1,
             missing.err.constData());
    QVERIFY2(missing.err.contains("does not exist"), missing.err.constData());
    QVERIFY(!QFileInfo::exists(folder())); // an unmounted share is not filled locally
}

void TestCliShare::share_refusesUndocumentedUnlessForced() {
    QVERIFY(addFolderTarget() > 0);
    const qint64 id = m_cli.declare(QStringLiteral("Cache stampede"));
    QVERIFY(id > 0);
    const CliResult refused = m_cli.run({QStringLiteral("share"), QString::number(id)});
    QCOMPARE(refused.code, 1);
    QVERIFY2(CliFixture::isOneLineError(refused), refused.err.constData());
    QVERIFY2(refused.err.contains("not documented"), refused.err.constData());
    QVERIFY2(refused.err.contains("--force"), refused.err.constData());
    QVERIFY(m_cli.run({QStringLiteral("sync")}).outText().contains(QLatin1String("Nothing to send")));

    const CliResult forced =
        m_cli.run({QStringLiteral("share"), QString::number(id), QStringLiteral("--force")});
    QCOMPARE(forced.code, 0);
    QCOMPARE(forced.outText(), QStringLiteral("queued\tTeam share\n"));
}

void TestCliShare::share_withoutTargetFails() {
    const qint64 id = m_cli.declareComplete();
    QVERIFY(id > 0);
    const CliResult r = m_cli.run({QStringLiteral("share"), QString::number(id)});
    QCOMPARE(r.code, 1);
    QVERIFY2(CliFixture::isOneLineError(r), r.err.constData());
    QCOMPARE(m_cli.run({QStringLiteral("share"), QStringLiteral("999")}).code, 1);
    QCOMPARE(m_cli.run({QStringLiteral("share"), QStringLiteral("x")}).code, 2);
    QCOMPARE(m_cli
                 .run({QStringLiteral("share"), QString::number(id), QStringLiteral("--target"),
                       QStringLiteral("nowhere")})
                 .code,
             1);
}

void TestCliShare::sync_writesFilesAndIndexAndExitsZero() {
    QVERIFY(addFolderTarget() > 0);
    const qint64 id = m_cli.declareComplete();
    QVERIFY(id > 0);
    QCOMPARE(m_cli.run({QStringLiteral("share"), QString::number(id)}).outText(),
             QStringLiteral("queued\tTeam share\n"));
    const CliResult sync = m_cli.run({QStringLiteral("sync")});
    QCOMPARE(sync.code, 0);
    QVERIFY2(sync.err.isEmpty(), sync.err.constData());
    const QList<QStringList> lines = syncLines(sync);
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines[0].mid(0, 3),
             QStringList({QStringLiteral("sent"), QString::number(id), QStringLiteral("Team share")}));

    const QString name = documentName(id);
    const QDir dir(folder());
    for (const char *ext : {".md", ".html", ".pdf"})
        QVERIFY2(QFileInfo(dir.filePath(name + QLatin1String(ext))).size() > 0, ext);
    QVERIFY(CliFixture::readAll(dir.filePath(name + QStringLiteral(".md")))
                .contains(CliFixture::sectionMarker(Section::Cause).toUtf8()));
    QVERIFY(CliFixture::readAll(dir.filePath(name + QStringLiteral(".pdf"))).startsWith("%PDF"));
    QVERIFY(CliFixture::readAll(dir.filePath(QStringLiteral("index.md"))).contains(name.toUtf8()));
    QVERIFY(CliFixture::readAll(dir.filePath(QStringLiteral("index.html"))).contains(name.toUtf8()));

    // The second sync has nothing left to do.
    const CliResult again = m_cli.run({QStringLiteral("sync")});
    QCOMPARE(again.code, 0);
    QVERIFY(again.outText().contains(QLatin1String("Nothing to send")));
}

void TestCliShare::sync_indexNotWrittenIsToldButTheDocumentArrived() {
    QVERIFY(addFolderTarget() > 0);
    // A folder where the index file should be: it cannot be written, whoever runs the test.
    QVERIFY(QDir(folder()).mkdir(QStringLiteral("index.html")));
    const qint64 id = m_cli.declareComplete();
    QCOMPARE(m_cli.run({QStringLiteral("share"), QString::number(id)}).code, 0);
    const CliResult sync = m_cli.run({QStringLiteral("sync")});
    QCOMPARE(sync.code, 0);
    QCOMPARE(syncLines(sync).value(0).value(0), QStringLiteral("sent"));
    QVERIFY2(
        sync.err.contains(
            "The list of shared post-mortems on \xe2\x80\x9cTeam share\xe2\x80\x9d could not be updated"),
        sync.err.constData());
    QVERIFY(QFileInfo(QDir(folder()).filePath(documentName(id) + QStringLiteral(".pdf"))).size() > 0);
}

void TestCliShare::sync_unchangedRewritesNothing() {
    QVERIFY(addFolderTarget() > 0);
    const qint64 id = m_cli.declareComplete();
    QVERIFY(id > 0);
    QCOMPARE(m_cli.run({QStringLiteral("share"), QString::number(id)}).code, 0);
    QCOMPARE(m_cli.run({QStringLiteral("sync")}).code, 0);
    const QHash<QString, QDateTime> before = ageFiles();
    QCOMPARE(before.size(), 5); // .md .html .pdf, index.md, index.html

    const CliResult share = m_cli.run({QStringLiteral("share"), QString::number(id)});
    QCOMPARE(share.code, 0);
    QCOMPARE(share.outText(), QStringLiteral("up to date\tTeam share\n"));
    const CliResult sync = m_cli.run({QStringLiteral("sync")});
    QCOMPARE(sync.code, 0);
    QCOMPARE(fileTimes(), before);
}

void TestCliShare::sync_revertedEditIsUnchanged() {
    QVERIFY(addFolderTarget() > 0);
    const qint64 id = m_cli.declareComplete();
    QVERIFY(id > 0);
    const QString sid = QString::number(id);
    QCOMPARE(m_cli.run({QStringLiteral("share"), sid}).code, 0);
    QCOMPARE(m_cli.run({QStringLiteral("sync")}).code, 0);
    const QHash<QString, QDateTime> before = ageFiles();

    // Edited and shared, then the edit taken back before the sync: the target already has this version.
    QCOMPARE(
        m_cli.run({QStringLiteral("set"), sid, QStringLiteral("impact"), QStringLiteral("Briefly changed.")})
            .code,
        0);
    QCOMPARE(m_cli.run({QStringLiteral("share"), sid}).outText(), QStringLiteral("queued\tTeam share\n"));
    QCOMPARE(m_cli
                 .run({QStringLiteral("set"), sid, QStringLiteral("impact"), QStringLiteral("-")},
                      CliFixture::sectionText(Section::Impact).toUtf8())
                 .code,
             0);
    const CliResult sync = m_cli.run({QStringLiteral("sync")});
    QCOMPARE(sync.code, 0);
    const QList<QStringList> lines = syncLines(sync);
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines[0].constFirst(), QStringLiteral("unchanged"));
    QCOMPARE(fileTimes(), before);

    // A real edit rewrites the document's files, not the index (its title, date and cause are the same).
    QCOMPARE(
        m_cli.run({QStringLiteral("set"), sid, QStringLiteral("impact"), QStringLiteral("Really changed.")})
            .code,
        0);
    QCOMPARE(m_cli.run({QStringLiteral("share"), sid}).code, 0);
    const CliResult edited = m_cli.run({QStringLiteral("sync")});
    QCOMPARE(edited.code, 0);
    QCOMPARE(syncLines(edited).constFirst().constFirst(), QStringLiteral("sent"));
    const QHash<QString, QDateTime> after = fileTimes();
    const QString name = QDir(folder()).filePath(documentName(id));
    for (const char *ext : {".md", ".html", ".pdf"})
        QVERIFY2(after.value(name + QLatin1String(ext)) > before.value(name + QLatin1String(ext)), ext);
    QVERIFY(CliFixture::readAll(name + QStringLiteral(".md")).contains("Really changed."));
}

void TestCliShare::sync_hostileTitlesStayInsideTheFolder_data() {
    QTest::addColumn<QString>("title");
    QTest::newRow("parent dirs") << QStringLiteral("../../etc");
    QTest::newRow("slash") << QStringLiteral("a/b");
    QTest::newRow("device name") << QStringLiteral("CON");
    QTest::newRow("300 characters") << QString(300, QLatin1Char('x'));
    QTest::newRow("absolute") << QStringLiteral("/etc/passwd");
}

void TestCliShare::sync_hostileTitlesStayInsideTheFolder() {
    QFETCH(QString, title);
    QVERIFY(addFolderTarget() > 0);
    const qint64 id = m_cli.declare(title);
    QVERIFY(id > 0);
    QCOMPARE(m_cli.run({QStringLiteral("share"), QString::number(id), QStringLiteral("--force")}).code, 0);
    const QStringList outsideBefore = CliFixture::filesUnder(m_cli.dir());
    const CliResult sync = m_cli.run({QStringLiteral("sync")});
    QCOMPARE(sync.code, 0);

    const QStringList inside = CliFixture::filesUnder(folder());
    QCOMPARE(inside.size(), 5);
    for (const QString &path : inside) {
        const QString name = QFileInfo(path).fileName();
        QCOMPARE(QFileInfo(path).absolutePath(), folder()); // no sub-folder either
        QVERIFY2(name.size() <= 255, qPrintable(name));
        QVERIFY2(name.section(QLatin1Char('.'), 0, 0).compare(QStringLiteral("CON"), Qt::CaseInsensitive) !=
                     0,
                 qPrintable(name));
    }
    // Nothing appeared anywhere else in the test's folder (the database's journal files aside).
    for (const QString &path : CliFixture::filesUnder(m_cli.dir()))
        QVERIFY2(path.startsWith(folder() + QLatin1Char('/')) || outsideBefore.contains(path) ||
                     path.startsWith(m_cli.database()),
                 qPrintable(path));
}

void TestCliShare::sync_colleaguesChangeIsConflictExitOne() {
    QVERIFY(addFolderTarget() > 0);
    const qint64 id = m_cli.declareComplete();
    QVERIFY(id > 0);
    const QString sid = QString::number(id);
    QCOMPARE(m_cli.run({QStringLiteral("share"), sid}).code, 0);
    QCOMPARE(m_cli.run({QStringLiteral("sync")}).code, 0);
    const QString md = QDir(folder()).filePath(documentName(id) + QStringLiteral(".md"));
    const QByteArray theirs("# Edited by a colleague\n");
    QVERIFY(CliFixture::writeFile(md, theirs));

    QCOMPARE(m_cli.run({QStringLiteral("set"), sid, QStringLiteral("impact"), QStringLiteral("Ours, later.")})
                 .code,
             0);
    QCOMPARE(m_cli.run({QStringLiteral("share"), sid}).code, 0);
    const CliResult sync = m_cli.run({QStringLiteral("sync")});
    QCOMPARE(sync.code, 1);
    const QList<QStringList> lines = syncLines(sync);
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines[0].constFirst(), QStringLiteral("conflict"));
    QVERIFY(lines[0].size() >= 4 && !lines[0][3].isEmpty());
    QCOMPARE(CliFixture::readAll(md), theirs);
    bool oursBeside = false;
    for (const QString &path : CliFixture::filesUnder(folder()))
        oursBeside = oursBeside ||
                     (path.contains(QLatin1String(".conflict-")) && path.endsWith(QLatin1String(".md")) &&
                      CliFixture::readAll(path).contains("Ours, later."));
    QVERIFY(oursBeside);

    // Replacing theirs is a choice: share --overwrite, then sync succeeds.
    QCOMPARE(m_cli.run({QStringLiteral("share"), sid, QStringLiteral("--overwrite")}).code, 0);
    QCOMPARE(m_cli.run({QStringLiteral("sync")}).code, 0);
    QVERIFY(CliFixture::readAll(md).contains("Ours, later."));
}

void TestCliShare::sync_missingFolderFailsThenArrives() {
    QVERIFY(addFolderTarget() > 0);
    const qint64 id = m_cli.declareComplete();
    QVERIFY(id > 0);
    QCOMPARE(m_cli.run({QStringLiteral("share"), QString::number(id)}).code, 0);
    QVERIFY(QDir(folder()).removeRecursively()); // the share is not mounted
    const CliResult offline = m_cli.run({QStringLiteral("sync")});
    QCOMPARE(offline.code, 1);
    QCOMPARE(syncLines(offline).constFirst().constFirst(), QStringLiteral("failed"));
    QVERIFY(!QFileInfo::exists(folder()));

    QVERIFY(QDir().mkpath(folder()));
    // sync retries at once, without waiting for the backoff.
    const CliResult online = m_cli.run({QStringLiteral("sync")});
    QCOMPARE(online.code, 0);
    QCOMPARE(syncLines(online).constFirst().constFirst(), QStringLiteral("sent"));
    QVERIFY(QFileInfo::exists(QDir(folder()).filePath(documentName(id) + QStringLiteral(".pdf"))));
}

void TestCliShare::help_ofEveryCommandExitsZero_data() {
    QTest::addColumn<QStringList>("args");
    for (const char *sub : {"add", "list", "remove", "test"})
        QTest::newRow(sub) << QStringList{QStringLiteral("target"), QLatin1String(sub),
                                          QStringLiteral("--help")};
    QTest::newRow("target") << QStringList{QStringLiteral("target"), QStringLiteral("--help")};
    QTest::newRow("share") << QStringList{QStringLiteral("share"), QStringLiteral("--help")};
    QTest::newRow("sync") << QStringList{QStringLiteral("sync"), QStringLiteral("--help")};
}

void TestCliShare::help_ofEveryCommandExitsZero() {
    QFETCH(QStringList, args);
    const CliResult r = m_cli.run(args);
    QCOMPARE(r.code, 0);
    QVERIFY(r.outText().contains(QLatin1String("Usage:")));
    QVERIFY(r.err.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliShare)
#include "tst_clishare.moc"
