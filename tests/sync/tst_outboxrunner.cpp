#include "database.h"
#include "documentrenderer.h"
#include "foldertarget.h"
#include "incidentstore.h"
#include "outbox.h"
#include "outboxrunner.h"
#include "outboxstatusmodel.h"
#include "sha256.h"
#include "sharefiles.h"
#include "sharetargetfactory.h"

#include <memory>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTimeZone>

using namespace hs;

namespace {

// A target that answers from a script, and remembers what it was given.
class ScriptedTarget final : public ShareTarget {
    Q_OBJECT
public:
    QList<ShareResult> script; // answered in order; when empty: Sent
    QList<ShareDocument> received;
    bool link = false;
    int parallel = 1;  // maxParallel()
    bool hold = false; // keep the answers in `held` until releaseAll()
    QList<std::function<void()>> held;
    int running = 0;
    int maxRunning = 0;

    int maxParallel() const override { return parallel; }
    void releaseAll() {
        for (const auto &answer : std::exchange(held, {}))
            answer();
    }

    QString kind() const override { return QStringLiteral("test"); }
    QString where() const override { return QStringLiteral("scripted"); }
    bool needsPublishedLink() const override { return link; }
    void test(TestCallback done) override { done(ShareResult{}); }
    void publish(const ShareDocument &doc, const RemoteState &, PublishCallback done) override {
        received.append(doc);
        ShareResult r;
        r.status = ShareResult::Status::Sent;
        r.uploads = 1;
        if (!script.isEmpty())
            r = script.takeFirst();
        maxRunning = std::max(maxRunning, ++running);
        auto answer = [this, done, r] {
            --running;
            done(r, {{QStringLiteral("n"), 1}});
        };
        if (hold)
            held.append(answer);
        else
            QMetaObject::invokeMethod(this, answer, Qt::QueuedConnection);
    }
    void cancel() override {}
};

} // namespace

class TestOutboxRunner final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase_data();
    void init();
    void cleanup();

    void drain_sharesToTheFolderWithIndex_thenOnlyWhatChanged();
    void drain_retryableFailureWaitsForTheBackoff();
    void drain_announcementWaitsForTheDocumentLink();
    void drain_missingPasswordIsExplained();
    void drain_severalJobsOfATargetAtOnce_neverMoreThanItTakes();
    void renderFiles_onAWorkerThread_sameAsOnTheMainThread();
    void drain_indexThatCannotBeWrittenIsShownOnTheShareStatus();
    void cancel_beforeTheDocumentsAreReady_leavesThemQueued();

private:
    qint64 incident(const QString &title, const QDate &date, const QString &cause);
    qint64 target(const QString &kind, const QString &name, const QJsonObject &config = {});
    bool drain();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<IncidentStore> m_incidents;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<OutboxRunner> m_runner;
    QDateTime m_now = QDateTime(QDate(2026, 11, 25), QTime(9, 0), QTimeZone::utc());
    ScriptedTarget *m_scripted = nullptr; // owned by the runner
    std::function<void(ScriptedTarget &)> m_setUp;
};

// Every test runs twice: documents loaded with the loader on the event loop, and on the runner's load
// thread through a connection of its own (as the app and the CLI do).
void TestOutboxRunner::initTestCase_data() {
    QTest::addColumn<bool>("loadThread");
    QTest::newRow("loader") << false;
    QTest::newRow("load thread") << true;
}

void TestOutboxRunner::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QString error;
    QVERIFY2(m_db->open(m_dir->filePath(QStringLiteral("a.sqlite")), &error), qPrintable(error));
    m_incidents = std::make_unique<IncidentStore>(*m_db);
    m_outbox = std::make_unique<Outbox>(*m_db);
    m_outbox->setClock([this] { return m_now; });
    m_outbox->setJitter([] { return 1.0; });
    auto loader = [this](qint64 id, QString *err) -> std::optional<PostMortem> {
        const auto incident = m_incidents->load(id, err);
        return incident ? std::optional<PostMortem>(PostMortem{*incident, {}, {}}) : std::nullopt;
    };
    m_runner = std::make_unique<OutboxRunner>(*m_outbox, loader, nullptr);
    QFETCH_GLOBAL(bool, loadThread);
    if (loadThread)
        m_runner->readDocumentsFrom(m_outbox->databasePath());
    m_runner->setTargetFactory([this](const ShareTargetConfig &config, const QString &secret,
                                      QString *err) -> std::unique_ptr<ShareTarget> {
        if (config.kind == QLatin1String("test")) {
            auto t = std::make_unique<ScriptedTarget>();
            m_scripted = t.get();
            if (m_setUp)
                m_setUp(*t);
            return t;
        }
        return makeShareTarget(config, secret, nullptr, err);
    });
}

void TestOutboxRunner::cleanup() {
    m_runner.reset();
    m_outbox.reset();
    m_incidents.reset();
    m_db.reset();
    m_dir.reset();
    m_scripted = nullptr;
    m_setUp = {};
}

qint64 TestOutboxRunner::incident(const QString &title, const QDate &date, const QString &cause) {
    QString error;
    auto created = m_incidents->create(title, date, &error);
    if (!created)
        return 0;
    created->setText(Section::Cause, cause);
    m_incidents->save(*created, {Field::Cause}, &error);
    return created->id;
}

qint64 TestOutboxRunner::target(const QString &kind, const QString &name, const QJsonObject &config) {
    QString error;
    const auto stored = m_outbox->addTarget({0, kind, name, config, true}, &error);
    return stored ? stored->id : 0;
}

bool TestOutboxRunner::drain() {
    QSignalSpy drained(m_runner.get(), &OutboxRunner::drained);
    m_runner->runDue();
    return QTest::qWaitFor([&] { return !drained.isEmpty() && !m_runner->isBusy(); }, 30000);
}

void TestOutboxRunner::drain_sharesToTheFolderWithIndex_thenOnlyWhatChanged() {
    const QString folder = m_dir->filePath(QStringLiteral("share"));
    QVERIFY(QDir().mkpath(folder));
    target(QStringLiteral("folder"), QStringLiteral("Team share"), {{QStringLiteral("path"), folder}});
    const qint64 a = incident(QStringLiteral("DB down"), QDate(2026, 11, 24), QStringLiteral("Disk full."));
    const qint64 b = incident(QStringLiteral("Cache stampede"), QDate(2026, 12, 1), QStringLiteral("TTL."));
    QString error;
    for (qint64 id : {a, b}) {
        const auto pm = PostMortem{*m_incidents->load(id, &error), {}, {}};
        QCOMPARE(m_outbox->share(id, ShareDocument::render(pm, false).contentHash, &error), 1);
    }
    QVERIFY(drain());
    QCOMPARE(m_runner->summary().sent, 2);
    QCOMPARE(m_outbox->countInState(ShareJobState::Sent), 2);
    const QString mdA = QDir(folder).filePath(QStringLiteral("incident_2026_11_24_db_down.md"));
    const QString mdB = QDir(folder).filePath(QStringLiteral("incident_2026_12_01_cache_stampede.md"));
    QVERIFY(QFile::exists(mdA) && QFile::exists(mdB));
    QFile index(QDir(folder).filePath(QStringLiteral("index.md")));
    QVERIFY(index.open(QIODevice::ReadOnly));
    const QByteArray listed = index.readAll();
    QVERIFY(listed.indexOf("incident_2026_12_01_cache_stampede") <
            listed.indexOf("incident_2026_11_24_db_down"));
    QVERIFY(listed.indexOf("incident_2026_11_24_db_down") > 0);
    const QDateTime aWritten = QFileInfo(mdA).lastModified();

    // Edit b; share both again: a has nothing to do, only b is written.
    auto edited = *m_incidents->load(b, &error);
    edited.setText(Section::Cause, QStringLiteral("The TTL expired everywhere at once."));
    QVERIFY(m_incidents->save(edited, {Field::Cause}, &error));
    m_runner->resetSummary();
    QCOMPARE(
        m_outbox->share(a, ShareDocument::render({*m_incidents->load(a, &error), {}, {}}, false).contentHash,
                        &error),
        0);
    QVERIFY(m_outbox->changedSinceShared(b, ShareDocument::render({edited, {}, {}}, false).contentHash));
    QCOMPARE(m_outbox->share(b, ShareDocument::render({edited, {}, {}}, false).contentHash, &error), 1);
    QVERIFY(drain());
    QCOMPARE(m_runner->summary().sent, 1);
    QCOMPARE(QFileInfo(mdA).lastModified(), aWritten);
    QFile bFile(mdB);
    QVERIFY(bFile.open(QIODevice::ReadOnly));
    QVERIFY(bFile.readAll().contains("The TTL expired everywhere at once."));
}

void TestOutboxRunner::drain_retryableFailureWaitsForTheBackoff() {
    m_setUp = [](ScriptedTarget &t) {
        t.script = {ShareResult::failed(QStringLiteral("Server down."), true)};
    };
    target(QStringLiteral("test"), QStringLiteral("Flaky"));
    const qint64 id = incident(QStringLiteral("DB down"), QDate(2026, 11, 24), QStringLiteral("Disk."));
    QString error;
    QCOMPARE(m_outbox->share(id, "x", &error), 1);
    QVERIFY(drain());
    ShareJob job = m_outbox->jobsForIncident(id).first();
    QCOMPARE(job.state, ShareJobState::Queued);
    QCOMPARE(job.attempts, 1);
    QCOMPARE(job.message, QStringLiteral("Server down."));
    QCOMPARE(job.nextAttempt, m_now.addSecs(30));
    QCOMPARE(m_runner->summary().retrying, 1);
    // Not due yet: nothing is sent.
    m_now = m_now.addSecs(29);
    QVERIFY(drain());
    QCOMPARE(m_scripted->received.size(), 1);
    m_now = m_now.addSecs(1);
    QVERIFY(drain());
    QCOMPARE(m_scripted->received.size(), 2);
    job = m_outbox->jobsForIncident(id).first();
    QCOMPARE(job.state, ShareJobState::Sent);
    QCOMPARE(job.attempts, 0);
    QCOMPARE(job.remoteState.value(QLatin1String("n")).toInt(), 1);
}

void TestOutboxRunner::drain_announcementWaitsForTheDocumentLink() {
    m_setUp = [](ScriptedTarget &t) { t.link = true; };
    const qint64 chat = target(QStringLiteral("test"), QStringLiteral("Chat"));
    const QString folder = m_dir->filePath(QStringLiteral("share"));
    QVERIFY(QDir().mkpath(folder));
    target(QStringLiteral("folder"), QStringLiteral("Team share"), {{QStringLiteral("path"), folder}});
    const qint64 id = incident(QStringLiteral("DB down"), QDate(2026, 11, 24), QStringLiteral("Disk."));
    QString error;
    QCOMPARE(m_outbox->share(id, "x", &error), 2);
    QVERIFY(drain());
    QVERIFY(QTest::qWaitFor([&] { return m_outbox->countInState(ShareJobState::Sent) == 2; }, 10000));
    QVERIFY(m_scripted);
    QCOMPARE(m_scripted->received.size(), 1);
    QCOMPARE(m_scripted->received.first().publishedLink,
             QUrl::fromLocalFile(QDir(folder).filePath(QStringLiteral("incident_2026_11_24_db_down.html"))));
    QVERIFY(m_scripted->received.first().announcement().contains(
        QStringLiteral("incident_2026_11_24_db_down.html")));
    Q_UNUSED(chat)
}

void TestOutboxRunner::drain_missingPasswordIsExplained() {
    // A WebDAV target needs its password from the keychain; this runner has none.
    target(QStringLiteral("webdav"), QStringLiteral("DAV"),
           {{QStringLiteral("url"), QStringLiteral("http://127.0.0.1:9/dav/")},
            {QStringLiteral("user"), QStringLiteral("me")}});
    const qint64 id = incident(QStringLiteral("DB down"), QDate(2026, 11, 24), QStringLiteral("Disk."));
    QString error;
    QCOMPARE(m_outbox->share(id, "x", &error), 1);
    QVERIFY(drain());
    const ShareJob job = m_outbox->jobsForIncident(id).first();
    QCOMPARE(job.state, ShareJobState::Queued);
    QCOMPARE(job.attempts, 1);
    QVERIFY2(job.message.contains(QStringLiteral("keychain")), qPrintable(job.message));
}

void TestOutboxRunner::drain_severalJobsOfATargetAtOnce_neverMoreThanItTakes() {
    m_setUp = [](ScriptedTarget &t) {
        t.parallel = 2;
        t.hold = true;
    };
    target(QStringLiteral("test"), QStringLiteral("Scripted"));
    QString error;
    for (int i = 0; i < 5; ++i) {
        const qint64 id = incident(QStringLiteral("Incident %1").arg(i), QDate(2026, 11, 1 + i),
                                   QStringLiteral("Cause %1.").arg(i));
        QCOMPARE(m_outbox->share(id, QByteArrayLiteral("queued"), &error), 1);
    }
    QSignalSpy drained(m_runner.get(), &OutboxRunner::drained);
    m_runner->runDue();
    // Two at a time (the next documents render on worker threads meanwhile), then the last one.
    for (int round : {2, 2, 1}) {
        QTRY_COMPARE_WITH_TIMEOUT(m_scripted ? int(m_scripted->held.size()) : 0, round, 30000);
        QVERIFY(m_outbox->countInState(ShareJobState::Sending) >= round);
        QVERIFY(m_runner->isBusy());
        m_scripted->releaseAll();
    }
    QTRY_VERIFY_WITH_TIMEOUT(!drained.isEmpty() && !m_runner->isBusy(), 30000);
    QCOMPARE(m_scripted->maxRunning, 2);
    QCOMPARE(m_runner->summary().sent, 5);
    QCOMPARE(m_outbox->countInState(ShareJobState::Sent), 5);
    QSet<qint64> incidents;
    for (const ShareDocument &doc : m_scripted->received) {
        incidents.insert(doc.incidentId);
        QVERIFY(!doc.html.isEmpty());
        QVERIFY(doc.pdf.startsWith("%PDF"));
    }
    QCOMPARE(incidents.size(), 5); // each exactly once
}

void TestOutboxRunner::renderFiles_onAWorkerThread_sameAsOnTheMainThread() {
    const qint64 id = incident(QStringLiteral("DB down"), QDate(2026, 11, 24), QStringLiteral("Disk full."));
    QString error;
    const PostMortem pm{*m_incidents->load(id, &error), {}, {}};
    // The way it was rendered before: HTML and a PDF file, each from its own document.
    const QString html = renderer::toHtml(pm);
    const QString path = m_dir->filePath(QStringLiteral("doc.pdf"));
    QVERIFY2(renderer::writePdf(pm, path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();

    ShareDocument doc = ShareDocument::render(pm, false);
    QVERIFY(doc.html.isEmpty() && doc.pdf.isEmpty());
    QThreadPool pool;
    pool.start([&doc] {
        doc.renderFiles();
        doc.hashFiles(); // as the runner does, so that the event loop never hashes a PDF
    });
    pool.waitForDone();
    QCOMPARE(doc.html, html);
    QCOMPARE(ShareDocument::comparablePdf(doc.pdf), ShareDocument::comparablePdf(pdf));
    QCOMPARE(doc.contentHash, ShareDocument::render(pm, true).contentHash);
    // The files a target writes carry the hashes of their very bytes.
    const QList<sharefiles::File> files = sharefiles::documentFiles(doc);
    QCOMPARE(files.size(), 3);
    for (const sharefiles::File &f : files) {
        QVERIFY2(!f.hash.isEmpty(), qPrintable(f.name));
        QCOMPARE(f.hash, Sha256::hex(f.bytes));
        QCOMPARE(sharefiles::hashOf(f), f.hash);
    }
}

void TestOutboxRunner::drain_indexThatCannotBeWrittenIsShownOnTheShareStatus() {
    const QString folder = m_dir->filePath(QStringLiteral("share"));
    // A folder where the index file should be: the documents can be written, the index cannot.
    QVERIFY(QDir().mkpath(QDir(folder).filePath(QStringLiteral("index.html"))));
    const qint64 tid =
        target(QStringLiteral("folder"), QStringLiteral("Team share"), {{QStringLiteral("path"), folder}});
    const qint64 id = incident(QStringLiteral("DB down"), QDate(2026, 11, 24), QStringLiteral("Disk full."));
    QString error;
    QCOMPARE(m_outbox->share(id, QByteArrayLiteral("first"), &error), 1);
    OutboxStatusModel status(*m_outbox);
    status.setIncident(id);
    QSignalSpy failed(m_runner.get(), &OutboxRunner::indexFailed);
    QVERIFY(drain());
    QCOMPARE(m_runner->summary().sent, 1);
    QCOMPARE(m_runner->summary().indexFailures, 1);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(0).toLongLong(), tid);
    const QString why = m_outbox->indexError(tid);
    QVERIFY(!why.isEmpty());
    QCOMPARE(status.rowCount(), 1);
    const QString detail = status.data(status.index(0, OutboxStatusModel::DetailColumn)).toString();
    QVERIFY2(detail.contains(QStringLiteral("could not be updated")) && detail.contains(why),
             qPrintable(detail));

    // Once the index can be written again (after the next document sent there), the note goes away.
    QVERIFY(QDir(QDir(folder).filePath(QStringLiteral("index.html"))).removeRecursively());
    auto edited = *m_incidents->load(id, &error);
    edited.setText(Section::Cause, QStringLiteral("The disk was full."));
    QVERIFY(m_incidents->save(edited, {Field::Cause}, &error));
    QCOMPARE(m_outbox->share(id, QByteArrayLiteral("second"), &error), 1);
    QVERIFY(drain());
    QCOMPARE(m_outbox->indexError(tid), QString());
    QVERIFY(QFile::exists(QDir(folder).filePath(QStringLiteral("index.html"))));
    QVERIFY(!status.data(status.index(0, OutboxStatusModel::DetailColumn))
                 .toString()
                 .contains(QStringLiteral("could not be updated")));
}

void TestOutboxRunner::cancel_beforeTheDocumentsAreReady_leavesThemQueued() {
    m_setUp = [](ScriptedTarget &t) { t.parallel = 4; };
    target(QStringLiteral("test"), QStringLiteral("Scripted"));
    QString error;
    const qint64 first = incident(QStringLiteral("First"), QDate(2026, 11, 1), QStringLiteral("Cause."));
    QCOMPARE(m_outbox->share(first, QByteArrayLiteral("q"), &error), 1);
    QVERIFY(drain()); // the target exists from now on, so the next runDue() dispatches at once
    QList<qint64> ids;
    for (int i = 0; i < 3; ++i) {
        ids << incident(QStringLiteral("Incident %1").arg(i), QDate(2026, 11, 2 + i),
                        QStringLiteral("Cause."));
        QCOMPARE(m_outbox->share(ids.last(), QByteArrayLiteral("q"), &error), 1);
    }
    QSignalSpy drained(m_runner.get(), &OutboxRunner::drained);
    m_runner->runDue();
    m_runner->runDue(); // reads the due jobs again while the first dispatch is under way
    QVERIFY(m_runner->isBusy());
    m_runner->cancel();
    QTRY_VERIFY_WITH_TIMEOUT(!drained.isEmpty() && !m_runner->isBusy(), 30000);
    QCOMPARE(m_scripted->received.size(), 1); // only the first
    for (qint64 id : ids)
        QCOMPARE(m_outbox->jobsForIncident(id).first().state, ShareJobState::Queued);

    QVERIFY(drain());
    QCOMPARE(m_scripted->received.size(), 4);
    QSet<qint64> sent;
    for (const ShareDocument &doc : m_scripted->received)
        sent.insert(doc.incidentId);
    QCOMPARE(sent.size(), 4); // each exactly once
    QCOMPARE(m_outbox->countInState(ShareJobState::Sent), 4);
}

QTEST_MAIN(TestOutboxRunner)
#include "tst_outboxrunner.moc"
