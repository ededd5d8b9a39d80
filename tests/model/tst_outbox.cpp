#include "database.h"
#include "incidentstore.h"
#include "outbox.h"
#include "outboxstatusmodel.h"

#include <memory>
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace hs;
using namespace std::chrono_literals;

class TestOutbox final : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void retryDelay_doublesWithJitterAndCap_data();
    void retryDelay_doublesWithJitterAndCap();
    void targets_addUpdateRemove_uniqueNamesNoSecretStored();
    void share_queuesOneJobPerEnabledTarget();
    void share_sentWithSameHashStaysSent_changedHashQueuesAgain();
    void finish_retryBacksOffWithFakeClock_data();
    void finish_retryBacksOffWithFakeClock();
    void finish_failedAndConflictWaitForTheNextShare();
    void jobs_surviveRestart_sendingIsQueuedAgain();
    void sharedEntries_newestFirstForIndex();
    void statusModel_followsTheJobs();

private:
    void reopen();
    qint64 incident(const QString &title, const QDate &date);
    qint64 addTarget(const QString &name, bool enabled = true);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<IncidentStore> m_incidents;
    std::unique_ptr<Outbox> m_outbox;
    QDateTime m_now = QDateTime(QDate(2026, 11, 25), QTime(9, 0), QTimeZone::utc());
    double m_jitter = 0.5;
};

void TestOutbox::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    reopen();
}

void TestOutbox::cleanup() {
    m_outbox.reset();
    m_incidents.reset();
    m_db.reset();
    m_dir.reset();
}

void TestOutbox::reopen() {
    m_outbox.reset();
    m_incidents.reset();
    m_db = std::make_unique<Database>();
    QString error;
    QVERIFY2(m_db->open(m_dir->filePath(QStringLiteral("a.sqlite")), &error), qPrintable(error));
    m_incidents = std::make_unique<IncidentStore>(*m_db);
    m_outbox = std::make_unique<Outbox>(*m_db);
    m_outbox->setClock([this] { return m_now; });
    m_outbox->setJitter([this] { return m_jitter; });
}

qint64 TestOutbox::incident(const QString &title, const QDate &date) {
    QString error;
    const auto created = m_incidents->create(title, date, &error);
    return created ? created->id : 0;
}

qint64 TestOutbox::addTarget(const QString &name, bool enabled) {
    ShareTargetConfig config;
    config.kind = QStringLiteral("folder");
    config.name = name;
    config.config = {{QStringLiteral("path"), QString(QStringLiteral("/srv/share/") + name)}};
    config.enabled = enabled;
    QString error;
    const auto stored = m_outbox->addTarget(config, &error);
    return stored ? stored->id : 0;
}

void TestOutbox::retryDelay_doublesWithJitterAndCap_data() {
    QTest::addColumn<int>("attempts");
    QTest::addColumn<double>("jitter");
    QTest::addColumn<qint64>("expectedMs");
    QTest::newRow("1st, no jitter") << 1 << 1.0 << qint64(30000);
    QTest::newRow("1st, lowest jitter") << 1 << 0.0 << qint64(15000);
    QTest::newRow("2nd") << 2 << 1.0 << qint64(60000);
    QTest::newRow("3rd, half jitter") << 3 << 0.5 << qint64(90000);
    QTest::newRow("7th: 32 min") << 7 << 1.0 << qint64(1920000);
    QTest::newRow("8th: capped at 1 h") << 8 << 1.0 << qint64(3600000);
    QTest::newRow("100th: capped, no overflow") << 100 << 1.0 << qint64(3600000);
    QTest::newRow("capped, lowest jitter") << 100 << 0.0 << qint64(1800000);
    QTest::newRow("jitter out of range is clamped") << 1 << 7.0 << qint64(30000);
}

void TestOutbox::retryDelay_doublesWithJitterAndCap() {
    QFETCH(int, attempts);
    QFETCH(double, jitter);
    QFETCH(qint64, expectedMs);
    QCOMPARE(Outbox::retryDelay(attempts, jitter).count(), expectedMs);
}

void TestOutbox::targets_addUpdateRemove_uniqueNamesNoSecretStored() {
    QSignalSpy changed(m_outbox.get(), &Outbox::targetsChanged);
    const qint64 a = addTarget(QStringLiteral("Team share"));
    QVERIFY(a > 0);
    QCOMPARE(addTarget(QStringLiteral("Team share")), 0); // names are unique
    auto stored = m_outbox->target(a);
    QVERIFY(stored);
    QCOMPARE(stored->config.value(QLatin1String("path")).toString(), QStringLiteral("/srv/share/Team share"));
    stored->enabled = false;
    stored->name = QStringLiteral("Old share");
    QString error;
    QVERIFY2(m_outbox->updateTarget(*stored, &error), qPrintable(error));
    QCOMPARE(m_outbox->targetByName(QStringLiteral("Old share"))->enabled, false);
    QVERIFY(m_outbox->removeTarget(a, &error));
    QVERIFY(!m_outbox->target(a));
    // Ids are never reused, so a removed target's keychain key cannot point at a new one.
    const qint64 b = addTarget(QStringLiteral("New share"));
    QVERIFY(b > a);
    QCOMPARE(shareSecretKey(b), QStringLiteral("share-target:%1").arg(b));
    QCOMPARE(changed.count(), 4);
}

void TestOutbox::share_queuesOneJobPerEnabledTarget() {
    const qint64 id = incident(QStringLiteral("DB down"), QDate(2026, 11, 24));
    QString error;
    QCOMPARE(m_outbox->share(id, "h1", &error), -1); // no target yet
    QVERIFY(error.contains(QStringLiteral("No share target")));
    const qint64 a = addTarget(QStringLiteral("A"));
    const qint64 b = addTarget(QStringLiteral("B"));
    addTarget(QStringLiteral("Disabled"), false);
    QSignalSpy queued(m_outbox.get(), &Outbox::jobsQueued);
    QCOMPARE(m_outbox->share(id, "h1", &error), 2);
    QCOMPARE(queued.count(), 1);
    const QList<ShareJob> jobs = m_outbox->jobsForIncident(id);
    QCOMPARE(jobs.size(), 2);
    QCOMPARE(jobs[0].targetId, a);
    QCOMPARE(jobs[1].targetId, b);
    for (const ShareJob &j : jobs) {
        QCOMPARE(j.state, ShareJobState::Queued);
        QCOMPARE(j.queuedHash, QByteArray("h1"));
        QCOMPARE(j.nextAttempt, m_now);
    }
    QCOMPARE(m_outbox->dueJobs().size(), 2);
    QCOMPARE(m_outbox->share(999, "h1", &error), -1);
    // Only the given targets.
    const qint64 other = incident(QStringLiteral("Cache"), QDate(2026, 11, 25));
    QCOMPARE(m_outbox->share(other, "h2", &error, {b}), 1);
}

void TestOutbox::share_sentWithSameHashStaysSent_changedHashQueuesAgain() {
    const qint64 id = incident(QStringLiteral("DB down"), QDate(2026, 11, 24));
    addTarget(QStringLiteral("A"));
    QString error;
    QCOMPARE(m_outbox->share(id, "h1", &error), 1);
    ShareJob job = m_outbox->dueJobs().first();
    QVERIFY(m_outbox->begin(job.id));
    QVERIFY(!m_outbox->begin(job.id)); // taken once only
    ShareOutcome sent{ShareOutcome::Kind::Sent,
                      QStringLiteral("Written."),
                      QUrl(QStringLiteral("file:///srv/a.html")),
                      QStringLiteral("/srv"),
                      "h1",
                      {{QStringLiteral("k"), 1}}};
    QVERIFY(m_outbox->finish(job.id, sent));
    job = *m_outbox->job(job.id);
    QCOMPARE(job.state, ShareJobState::Sent);
    QCOMPARE(job.sentHash, QByteArray("h1"));
    QCOMPARE(job.sentAt, m_now);
    QCOMPARE(job.remoteState.value(QLatin1String("k")).toInt(), 1);
    QVERIFY(!m_outbox->changedSinceShared(id, "h1"));
    QVERIFY(m_outbox->changedSinceShared(id, "h2"));
    // Sharing the same content again has nothing to do.
    QSignalSpy changed(m_outbox.get(), &Outbox::jobChanged);
    QCOMPARE(m_outbox->share(id, "h1", &error), 0);
    QCOMPARE(m_outbox->job(job.id)->state, ShareJobState::Sent);
    QCOMPARE(changed.size(), 0);
    // Edited: queued again, the target's state kept for the update.
    QCOMPARE(m_outbox->share(id, "h2", &error), 1);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toLongLong(), job.id);
    QCOMPARE(changed.first().at(1).toLongLong(), id);
    job = *m_outbox->job(job.id);
    QCOMPARE(job.state, ShareJobState::Queued);
    QCOMPARE(job.queuedHash, QByteArray("h2"));
    QCOMPARE(job.remoteState.value(QLatin1String("k")).toInt(), 1);

    // A conflict on the update: what was sent before stays recorded as sent; the rest is the conflict's.
    const QDateTime sentAt = m_now;
    m_now = m_now.addSecs(60);
    QVERIFY(m_outbox->begin(job.id));
    changed.clear();
    QVERIFY(m_outbox->finish(job.id, {ShareOutcome::Kind::Conflict,
                                      QStringLiteral("Changed by someone else."),
                                      QUrl(QStringLiteral("file:///srv/a (conflict).html")),
                                      QStringLiteral("/srv"),
                                      "h2",
                                      {{QStringLiteral("k"), 2}}}));
    QCOMPARE(changed.size(), 1);
    job = *m_outbox->job(job.id);
    QCOMPARE(job.state, ShareJobState::Conflict);
    QCOMPARE(job.sentHash, QByteArray("h1"));
    QCOMPARE(job.sentAt, sentAt);
    QCOMPARE(job.message, QStringLiteral("Changed by someone else."));
    QCOMPARE(job.link, QUrl(QStringLiteral("file:///srv/a (conflict).html")));
    QCOMPARE(job.remoteState.value(QLatin1String("k")).toInt(), 2);
    QVERIFY(!job.overwrite);
    QVERIFY(!m_outbox->finish(job.id + 1000, sent)); // no such job
}

void TestOutbox::finish_retryBacksOffWithFakeClock_data() {
    QTest::addColumn<int>("failures");
    QTest::addColumn<double>("jitter");
    QTest::addColumn<qint64>("waitSeconds");
    QTest::newRow("1 failure") << 1 << 1.0 << qint64(30);
    QTest::newRow("2 failures") << 2 << 1.0 << qint64(60);
    QTest::newRow("3 failures, jitter 0") << 3 << 0.0 << qint64(60);
    QTest::newRow("9 failures: cap") << 9 << 1.0 << qint64(3600);
}

void TestOutbox::finish_retryBacksOffWithFakeClock() {
    QFETCH(int, failures);
    QFETCH(double, jitter);
    QFETCH(qint64, waitSeconds);
    m_jitter = jitter;
    const qint64 id = incident(QStringLiteral("DB down"), QDate(2026, 11, 24));
    addTarget(QStringLiteral("A"));
    QString error;
    QCOMPARE(m_outbox->share(id, "h1", &error), 1);
    const qint64 jobId = m_outbox->dueJobs().first().id;
    const ShareOutcome retry{
        ShareOutcome::Kind::Retry, QStringLiteral("The server refused the connection."), {}, {}, {}, {}};
    for (int i = 0; i < failures; ++i) {
        const auto due = m_outbox->dueJobs();
        QCOMPARE(due.size(), 1);
        QVERIFY(m_outbox->begin(jobId));
        QVERIFY(m_outbox->finish(jobId, retry));
        const ShareJob job = *m_outbox->job(jobId);
        QCOMPARE(job.attempts, i + 1);
        QCOMPARE(job.state, ShareJobState::Queued);
        QCOMPARE(job.nextAttempt, m_now.addMSecs(Outbox::retryDelay(i + 1, jitter).count()));
        m_now = job.nextAttempt;
    }
    const ShareJob job = *m_outbox->job(jobId);
    m_now = job.nextAttempt.addMSecs(-1);
    QVERIFY(m_outbox->dueJobs().isEmpty());
    QCOMPARE(m_outbox->nextAttempt(), job.nextAttempt);
    m_now = job.nextAttempt;
    QCOMPARE(m_outbox->dueJobs().size(), 1);
    QCOMPARE(job.nextAttempt, m_now);
    QCOMPARE(Outbox::retryDelay(failures, jitter), std::chrono::milliseconds(waitSeconds * 1000));
    QCOMPARE(job.message, QStringLiteral("The server refused the connection."));
    // "Sync now" makes a waiting job due at once; success resets the count.
    m_now = m_now.addSecs(-10);
    QCOMPARE(m_outbox->retryNow(), 1);
    QCOMPARE(m_outbox->dueJobs().size(), 1);
    QVERIFY(m_outbox->begin(jobId));
    QVERIFY(m_outbox->finish(jobId, {ShareOutcome::Kind::Sent, {}, {}, {}, "h1", {}}));
    QCOMPARE(m_outbox->job(jobId)->attempts, 0);
}

void TestOutbox::finish_failedAndConflictWaitForTheNextShare() {
    const qint64 id = incident(QStringLiteral("DB down"), QDate(2026, 11, 24));
    addTarget(QStringLiteral("A"));
    addTarget(QStringLiteral("B"));
    QString error;
    QCOMPARE(m_outbox->share(id, "h1", &error), 2);
    const QList<ShareJob> jobs = m_outbox->dueJobs();
    QVERIFY(m_outbox->begin(jobs[0].id) && m_outbox->begin(jobs[1].id));
    QVERIFY(m_outbox->finish(
        jobs[0].id, {ShareOutcome::Kind::Failed, QStringLiteral("Wrong password."), {}, {}, {}, {}}));
    QVERIFY(m_outbox->finish(jobs[1].id, {ShareOutcome::Kind::Conflict,
                                          QStringLiteral("Changed by someone else."),
                                          QUrl(QStringLiteral("file:///c.md")),
                                          {},
                                          "h1",
                                          {}}));
    QVERIFY(m_outbox->dueJobs().isEmpty());
    QVERIFY(!m_outbox->nextAttempt());
    QCOMPARE(m_outbox->countInState(ShareJobState::Failed), 1);
    QCOMPARE(m_outbox->countInState(ShareJobState::Conflict), 1);
    // The user shares again (after fixing the password / choosing to replace theirs).
    QCOMPARE(m_outbox->share(id, "h1", &error, {}, true), 2);
    QCOMPARE(m_outbox->dueJobs().size(), 2);
    QVERIFY(m_outbox->job(jobs[1].id)->overwrite);
}

void TestOutbox::jobs_surviveRestart_sendingIsQueuedAgain() {
    const qint64 id = incident(QStringLiteral("DB down"), QDate(2026, 11, 24));
    addTarget(QStringLiteral("A"));
    addTarget(QStringLiteral("B"));
    QString error;
    QCOMPARE(m_outbox->share(id, "h1", &error), 2);
    const qint64 sending = m_outbox->dueJobs().first().id;
    QVERIFY(m_outbox->begin(sending));
    reopen(); // as after a crash while sending
    QCOMPARE(m_outbox->jobsForIncident(id).size(), 2);
    QCOMPARE(m_outbox->job(sending)->state, ShareJobState::Sending);
    QCOMPARE(m_outbox->dueJobs().size(), 1);
    QCOMPARE(m_outbox->recoverInterrupted(), 1);
    QCOMPARE(m_outbox->dueJobs().size(), 2);
}

void TestOutbox::sharedEntries_newestFirstForIndex() {
    const qint64 older = incident(QStringLiteral("DB down"), QDate(2026, 11, 24));
    const qint64 newer = incident(QStringLiteral("Cache stampede"), QDate(2026, 12, 1));
    const qint64 notSent = incident(QStringLiteral("Unsent"), QDate(2026, 12, 2));
    const qint64 a = addTarget(QStringLiteral("A"));
    QString error;
    for (qint64 id : {older, newer, notSent})
        QCOMPARE(m_outbox->share(id, "h", &error), 1);
    for (const ShareJob &j : m_outbox->dueJobs())
        if (j.incidentId != notSent) {
            QVERIFY(m_outbox->begin(j.id));
            QVERIFY(m_outbox->finish(j.id, {ShareOutcome::Kind::Sent, {}, {}, {}, "h", {}}));
        }
    const QList<ShareIndexEntry> entries = m_outbox->sharedEntries(a);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries[0].incidentId, newer);
    QCOMPARE(entries[0].documentName, QStringLiteral("incident_2026_12_01_cache_stampede"));
    QCOMPARE(entries[1].incidentId, older);
    QCOMPARE(entries[1].date, QDate(2026, 11, 24));
}

void TestOutbox::statusModel_followsTheJobs() {
    const qint64 id = incident(QStringLiteral("DB down"), QDate(2026, 11, 24));
    addTarget(QStringLiteral("A"));
    addTarget(QStringLiteral("B"));
    OutboxStatusModel model(*m_outbox);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setIncident(id);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, OutboxStatusModel::StateColumn).data().toString(), QStringLiteral("Not shared"));
    QString error;
    QCOMPARE(m_outbox->share(id, "h1", &error), 2);
    QCOMPARE(model.index(0, 0).data(OutboxStatusModel::StateKeyRole).toString(), QStringLiteral("queued"));
    const QList<ShareJob> jobs = m_outbox->dueJobs();
    QVERIFY(m_outbox->begin(jobs[0].id) && m_outbox->begin(jobs[1].id));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(m_outbox->finish(jobs[0].id, {ShareOutcome::Kind::Sent,
                                          QStringLiteral("Written."),
                                          QUrl(QStringLiteral("https://dav.example.org/pm/a.html")),
                                          QStringLiteral("https://dav.example.org/pm/"),
                                          "h1",
                                          {}}));
    QVERIFY(m_outbox->finish(
        jobs[1].id, {ShareOutcome::Kind::Failed, QStringLiteral("Wrong password."), {}, {}, {}, {}}));
    QVERIFY(changed.count() >= 2);
    const QModelIndex sent = model.index(0, OutboxStatusModel::DetailColumn);
    QVERIFY2(sent.data().toString().contains(QStringLiteral("https://dav.example.org/pm/")),
             qPrintable(sent.data().toString()));
    QCOMPARE(sent.data(OutboxStatusModel::LinkRole).toUrl(),
             QUrl(QStringLiteral("https://dav.example.org/pm/a.html")));
    QCOMPARE(model.index(1, OutboxStatusModel::DetailColumn).data().toString(),
             QStringLiteral("Wrong password."));
    QCOMPARE(model.index(1, 0).data(OutboxStatusModel::StateKeyRole).toString(), QStringLiteral("failed"));
    // Edited since: the sent row says so.
    model.setContentHash("h2");
    QVERIFY(model.index(0, 0).data(OutboxStatusModel::ChangedRole).toBool());
    QCOMPARE(model.index(0, OutboxStatusModel::StateColumn).data().toString(), QStringLiteral("Changed"));
    // A new target shows up as a row.
    addTarget(QStringLiteral("C"));
    QCOMPARE(model.rowCount(), 3);
}

QTEST_MAIN(TestOutbox)
#include "tst_outbox.moc"
