#include "foldertarget.h"
#include "outboxtestutil.h"
#include "sha256.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace hs;
using RS = ShareResult::Status;

class TestFolderTarget final : public QObject {
    Q_OBJECT
private slots:
    void publish_writesMarkdownHtmlPdfAtomically();
    void publish_sameContentAgainUploadsNothing();
    void publish_updateOverwritesOurOwnFile();
    void publish_fileChangedBySomeoneElseIsConflictAndKeptBesideIt();
    void publish_overwriteReplacesTheirsWhenAsked();
    void publish_lostAnswerIsRecognisedNotConflict();
    void publish_hostileNamesStayInsideTheFolder_data();
    void publish_hostileNamesStayInsideTheFolder();
    void publish_missingFolderIsRetryableAndNotCreated();
    void index_listsEveryDocumentNewestFirst();
    void test_reportsWritableAndMissingFolders();
    void cancel_answersOnceWithCancelled();

private:
    static QByteArray read(const QString &path) {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    static QStringList allFiles(const QString &root) {
        QStringList files;
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << QDir(root).relativeFilePath(it.next());
        files.sort();
        return files;
    }
};

void TestFolderTarget::publish_writesMarkdownHtmlPdfAtomically() {
    QTemporaryDir dir;
    FolderTarget target(dir.path());
    const ShareDocument doc = sampleDocument();
    const auto answer = publishDoc(target, doc, {});
    QVERIFY(answer);
    QCOMPARE(answer->result.status, RS::Sent);
    QCOMPARE(answer->result.uploads, 3);
    const QString base = dir.filePath(doc.documentName);
    QCOMPARE(read(base + QStringLiteral(".md")), doc.markdown.toUtf8());
    QCOMPARE(read(base + QStringLiteral(".html")), doc.html.toUtf8());
    QCOMPARE(read(base + QStringLiteral(".pdf")), doc.pdf);
    QVERIFY(doc.pdf.startsWith("%PDF"));
    QCOMPARE(answer->result.link, QUrl::fromLocalFile(base + QStringLiteral(".html")));
    // QSaveFile leaves no temporary file behind.
    QCOMPARE(allFiles(dir.path()), QStringList({doc.documentName + QStringLiteral(".html"),
                                                doc.documentName + QStringLiteral(".md"),
                                                doc.documentName + QStringLiteral(".pdf")}));
    QCOMPARE(sharefiles::fileState(answer->state, doc.documentName + QStringLiteral(".md"))
                 .value(QLatin1String("hash"))
                 .toString()
                 .toLatin1(),
             Sha256::hex(doc.markdown.toUtf8()));
}

void TestFolderTarget::publish_sameContentAgainUploadsNothing() {
    QTemporaryDir dir;
    FolderTarget target(dir.path());
    const ShareDocument doc = sampleDocument();
    const auto first = publishDoc(target, doc, {});
    QVERIFY(first);
    const QString md = dir.filePath(doc.documentName + QStringLiteral(".md"));
    const QDateTime written = QFileInfo(md).lastModified();
    // A second rendering (its PDF differs in creation time and id only) is the same document.
    QTest::qWait(1100); // the creation time is in seconds
    const ShareDocument second = sampleDocument();
    QVERIFY(second.pdf != doc.pdf);
    QCOMPARE(ShareDocument::comparablePdf(second.pdf), ShareDocument::comparablePdf(doc.pdf));
    const auto again = publishDoc(target, second, first->state);
    QVERIFY(again);
    QCOMPARE(again->result.status, RS::Unchanged);
    QCOMPARE(again->result.uploads, 0);
    QCOMPARE(QFileInfo(md).lastModified(), written);
}

void TestFolderTarget::publish_updateOverwritesOurOwnFile() {
    QTemporaryDir dir;
    FolderTarget target(dir.path());
    const auto first = publishDoc(target, sampleDocument(), {});
    QVERIFY(first);
    const ShareDocument changed =
        sampleDocument(1, QStringLiteral("checkout-db-down"), QStringLiteral("A full disk."));
    const auto second = publishDoc(target, changed, first->state);
    QVERIFY(second);
    QCOMPARE(second->result.status, RS::Sent);
    QCOMPARE(read(dir.filePath(changed.documentName + QStringLiteral(".md"))), changed.markdown.toUtf8());
    QCOMPARE(allFiles(dir.path()).size(), 3); // no conflict copies
}

void TestFolderTarget::publish_fileChangedBySomeoneElseIsConflictAndKeptBesideIt() {
    QTemporaryDir dir;
    FolderTarget target(dir.path());
    target.setClock([] { return QDateTime(QDate(2026, 11, 25), QTime(15, 30, 0), QTimeZone::utc()); });
    const auto first = publishDoc(target, sampleDocument(), {});
    QVERIFY(first);
    const ShareDocument doc = sampleDocument();
    const QString md = dir.filePath(doc.documentName + QStringLiteral(".md"));
    {
        QFile f(md);
        QVERIFY(f.open(QIODevice::Append));
        f.write("\nA colleague's note.\n");
    }
    const QByteArray theirs = read(md);
    const ShareDocument changed =
        sampleDocument(1, QStringLiteral("checkout-db-down"), QStringLiteral("A full disk."));
    const auto second = publishDoc(target, changed, first->state);
    QVERIFY(second);
    QCOMPARE(second->result.status, RS::Conflict);
    QCOMPARE(read(md), theirs); // not overwritten
    const QString copy = dir.filePath(doc.documentName + QStringLiteral(".conflict-20261125-153000.md"));
    QCOMPARE(read(copy), changed.markdown.toUtf8());
    QVERIFY2(second->result.message.contains(doc.documentName + QStringLiteral(".md")),
             qPrintable(second->result.message));
    // The files nobody touched were updated normally.
    QCOMPARE(read(dir.filePath(doc.documentName + QStringLiteral(".html"))), changed.html.toUtf8());
    // Still a conflict next time: their change is not forgotten.
    const auto third = publishDoc(target, changed, second->state);
    QVERIFY(third);
    QCOMPARE(third->result.status, RS::Conflict);
    QCOMPARE(read(md), theirs);
}

void TestFolderTarget::publish_overwriteReplacesTheirsWhenAsked() {
    QTemporaryDir dir;
    FolderTarget target(dir.path());
    const auto first = publishDoc(target, sampleDocument(), {});
    QVERIFY(first);
    ShareDocument doc = sampleDocument(1, QStringLiteral("checkout-db-down"), QStringLiteral("A full disk."));
    const QString md = dir.filePath(doc.documentName + QStringLiteral(".md"));
    {
        QFile f(md);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("theirs");
    }
    doc.overwrite = true;
    const auto second = publishDoc(target, doc, first->state);
    QVERIFY(second);
    QCOMPARE(second->result.status, RS::Sent);
    QCOMPARE(read(md), doc.markdown.toUtf8());
}

void TestFolderTarget::publish_lostAnswerIsRecognisedNotConflict() {
    QTemporaryDir dir;
    FolderTarget target(dir.path());
    QVERIFY(publishDoc(target, sampleDocument(), {}));
    // The outbox never heard of that success (crash): it publishes again with no state, and a new
    // rendering. The files are ours, so this is no conflict and nothing is copied beside them.
    const auto again = publishDoc(target, sampleDocument(), {});
    QVERIFY(again);
    QCOMPARE(again->result.status, RS::Unchanged);
    QCOMPARE(allFiles(dir.path()).size(), 3);
}

void TestFolderTarget::publish_hostileNamesStayInsideTheFolder_data() {
    QTest::addColumn<QString>("documentName");
    QTest::newRow("parent") << QStringLiteral("../../etc/passwd");
    QTest::newRow("absolute") << QStringLiteral("/etc/passwd");
    QTest::newRow("subfolder") << QStringLiteral("a/b");
    QTest::newRow("backslash") << QStringLiteral("..\\..\\windows");
    QTest::newRow("device") << QStringLiteral("CON");
    QTest::newRow("device with extension") << QStringLiteral("nul.txt");
    QTest::newRow("hidden") << QStringLiteral(".bashrc");
    QTest::newRow("dots only") << QStringLiteral("..");
    QTest::newRow("empty") << QString();
    QTest::newRow("300 characters") << QString(300, QLatin1Char('x'));
    QTest::newRow("non-ASCII") << QStringLiteral("Störung: 数据库 ✓");
    QTest::newRow("control characters") << QStringLiteral("a\nb\tc\x01");
}

void TestFolderTarget::publish_hostileNamesStayInsideTheFolder() {
    QFETCH(QString, documentName);
    QTemporaryDir root;
    const QString folder = root.filePath(QStringLiteral("share/postmortems"));
    QVERIFY(QDir().mkpath(folder));
    FolderTarget target(folder);
    ShareDocument doc = sampleDocument();
    doc.documentName = documentName;
    doc.title = documentName;
    const auto answer = publishDoc(target, doc, {});
    QVERIFY(answer);
    QCOMPARE(answer->result.status, RS::Sent);
    const QStringList files = allFiles(root.path());
    QCOMPARE(files.size(), 3);
    for (const QString &f : files) {
        QVERIFY2(f.startsWith(QStringLiteral("share/postmortems/")), qPrintable(f));
        const QString name = QFileInfo(f).fileName();
        QVERIFY2(!name.startsWith(QLatin1Char('.')), qPrintable(name));
        QVERIFY2(name.size() <= 130, qPrintable(name));
        QVERIFY2(!name.section(QLatin1Char('.'), 0, 0).compare(QStringLiteral("CON"), Qt::CaseInsensitive) ==
                     0,
                 qPrintable(name));
    }
}

void TestFolderTarget::publish_missingFolderIsRetryableAndNotCreated() {
    QTemporaryDir root;
    const QString folder = root.filePath(QStringLiteral("not-mounted"));
    FolderTarget target(folder);
    const auto answer = publishDoc(target, sampleDocument(), {});
    QVERIFY(answer);
    QCOMPARE(answer->result.status, RS::Failed);
    QVERIFY(answer->result.retryable);
    QVERIFY2(answer->result.message.contains(QStringLiteral("not-mounted")),
             qPrintable(answer->result.message));
    QVERIFY(!QFileInfo::exists(folder));
}

void TestFolderTarget::index_listsEveryDocumentNewestFirst() {
    QTemporaryDir dir;
    FolderTarget target(dir.path());
    const QList<ShareIndexEntry> entries = {
        {2, QStringLiteral("incident_2026_12_01_cache"), QStringLiteral("Cache <stampede> & retry"),
         QDate(2026, 12, 1), QStringLiteral("TTL expired")},
        {1, QStringLiteral("incident_2026_11_24_checkout_db_down"), QStringLiteral("Checkout [DB] down"),
         QDate(2026, 11, 24), QStringLiteral("Disk full")},
    };
    const auto answer =
        runShare([&](ShareTarget::PublishCallback done) { target.publishIndex(entries, {}, done); });
    QVERIFY(answer);
    QCOMPARE(answer->result.status, RS::Sent);
    const QString md = QString::fromUtf8(read(dir.filePath(QStringLiteral("index.md"))));
    const QString html = QString::fromUtf8(read(dir.filePath(QStringLiteral("index.html"))));
    QVERIFY(md.indexOf(QStringLiteral("incident_2026_12_01_cache.html")) <
            md.indexOf(QStringLiteral("incident_2026_11_24_checkout_db_down.html")));
    QVERIFY(md.contains(QStringLiteral("Checkout \\[DB\\] down")));
    QVERIFY(html.contains(
        QStringLiteral("<a href=\"incident_2026_12_01_cache.html\">Cache &lt;stampede&gt; &amp; retry</a>")));
    QVERIFY(html.indexOf(QStringLiteral("2026-12-01")) < html.indexOf(QStringLiteral("2026-11-24")));
    // The same index again writes nothing.
    const auto again = runShare(
        [&](ShareTarget::PublishCallback done) { target.publishIndex(entries, answer->state, done); });
    QVERIFY(again);
    QCOMPARE(again->result.status, RS::Unchanged);
}

void TestFolderTarget::test_reportsWritableAndMissingFolders() {
    QTemporaryDir dir;
    FolderTarget ok(dir.path());
    const auto good = testTarget(ok);
    QVERIFY(good);
    QCOMPARE(good->result.status, RS::Sent);
    QVERIFY(allFiles(dir.path()).isEmpty()); // the probe file is gone
    FolderTarget missing(dir.filePath(QStringLiteral("nope")));
    const auto bad = testTarget(missing);
    QVERIFY(bad);
    QCOMPARE(bad->result.status, RS::Failed);
    QVERIFY(bad->result.message.contains(QStringLiteral("does not exist")));
}

void TestFolderTarget::cancel_answersOnceWithCancelled() {
    QTemporaryDir dir;
    FolderTarget target(dir.path());
    const auto answer = runShare([&](ShareTarget::PublishCallback done) {
        target.publish(sampleDocument(), {}, std::move(done));
        target.cancel();
    });
    QVERIFY(answer);
    QCOMPARE(answer->result.status, RS::Cancelled);
    // The target is usable again right away.
    const auto next = publishDoc(target, sampleDocument(), {});
    QVERIFY(next);
    QVERIFY(next->result.ok());
}

QTEST_MAIN(TestFolderTarget)
#include "tst_foldertarget.moc"
