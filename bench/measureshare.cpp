#include "measureshare.h"

#include "actionstore.h"
#include "credentialstore.h"
#include "database.h"
#include "incidentstore.h"
#include "outbox.h"
#include "outboxrunner.h"
#include "reviewstore.h"
#include "shareddocument.h"

#include <ctime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QLoggingCategory>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QTimer>

namespace hs::bench {

namespace {

const QString kUser = QStringLiteral("bench");
const QString kPassword = QStringLiteral("bench-password");
const QString kServers = QStringLiteral(HINDSIGHT_TEST_SERVERS_DIR);
// Pairs of "outbox with the files rendered beforehand" and curl (medians of these).
constexpr int kSharePairs = 5;

bool fail(QString *error, const QString &message) {
    if (error)
        *error = message;
    return false;
}

double msSince(const QElapsedTimer &timer) {
    return double(timer.nsecsElapsed()) / 1e6;
}

// The lighttpd of tests/servers, for the length of the measurement.
class Server final {
public:
    explicit Server(const QString &dir)
        : m_dir(dir) {}
    ~Server() { stop(); }
    bool start(QString *error) {
        QProcess p;
        p.start(QStringLiteral("sh"),
                {kServers + QStringLiteral("/start-lighttpd-webdav.sh"), m_dir, kUser, kPassword});
        if (!p.waitForFinished(30000) || p.exitCode() != 0)
            return fail(error, QStringLiteral("lighttpd did not start: %1")
                                   .arg(QString::fromUtf8(p.readAllStandardError())));
        m_port = p.readAllStandardOutput().trimmed().toInt();
        return m_port > 0;
    }
    void stop() {
        if (m_port)
            QProcess::execute(QStringLiteral("sh"),
                              {kServers + QStringLiteral("/stop-lighttpd-webdav.sh"), m_dir});
        m_port = 0;
    }
    QString url(const QString &path) const {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path);
    }
    QStringList log() const {
        QFile f(m_dir + QStringLiteral("/logs/access.log"));
        return f.open(QIODevice::ReadOnly)
                   ? QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts)
                   : QStringList();
    }

private:
    QString m_dir;
    int m_port = 0;
};

// Runs curl with a config file (the password stays off the command line); returns its stdout.
std::optional<QByteArray> curl(const QString &config, QString *error) {
    QProcess p;
    p.start(QStringLiteral("curl"), {QStringLiteral("-K"), config});
    if (!p.waitForFinished(600000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        fail(error, QStringLiteral("curl failed: %1").arg(QString::fromUtf8(p.readAllStandardError())));
        return std::nullopt;
    }
    return p.readAllStandardOutput();
}

QString quoted(const QString &text) {
    return QLatin1Char('"') + QString(text).replace(QLatin1Char('\\'), QLatin1String("\\\\")) +
           QLatin1Char('"');
}

bool writeText(const QString &path, const QString &text) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text.toUtf8()) >= 0;
}

// Drains the outbox; false after ten minutes.
bool drain(OutboxRunner &runner, bool start) {
    QEventLoop loop;
    bool drained = false;
    const auto connection = QObject::connect(&runner, &OutboxRunner::drained, &loop, [&] {
        drained = true;
        loop.quit();
    });
    QTimer::singleShot(600000, &loop, &QEventLoop::quit);
    start ? runner.start() : runner.runDue();
    if (!drained)
        loop.exec();
    QObject::disconnect(connection);
    return drained;
}

} // namespace

bool measureShare(const Corpus &corpus, Results &results, QString *error) {
    if (QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty() ||
        !QFile::exists(QStringLiteral("/usr/lib/lighttpd/mod_webdav.so")))
        return fail(error, QStringLiteral(
                               "sharing needs curl and lighttpd with mod_webdav (scripts/install-deps.sh)"));
    // One debug line per request would be timed too.
    QLoggingCategory::setFilterRules(QStringLiteral("hindsight.*.debug=false\nhindsight.*.info=false"));
    QTemporaryDir scratch;
    const QString dbPath = scratch.filePath(QStringLiteral("share.sqlite"));
    if (!scratch.isValid() || !QFile::copy(corpus.path, dbPath))
        return fail(error, QStringLiteral("The corpus cannot be copied to %1.").arg(scratch.path()));
    Server server(scratch.filePath(QStringLiteral("server")));
    if (!server.start(error))
        return false;

    Database db;
    if (!db.open(dbPath, error))
        return false;
    IncidentStore incidents(db);
    ActionStore actions(db);
    ReviewStore reviews(db);
    Outbox outbox(db);
    // The password lives only in this process, as the app keeps it when there is no keychain.
    CredentialStore credentials(QStringLiteral("hindsight-bench"));
    const auto addTarget = [&](const QString &name, const QString &path) -> std::optional<qint64> {
        ShareTargetConfig config;
        config.kind = QStringLiteral("webdav");
        config.name = name;
        config.config = {{QStringLiteral("url"), server.url(path)}, {QStringLiteral("user"), kUser}};
        const auto target = outbox.addTarget(config, error);
        if (!target)
            return std::nullopt;
        credentials.keepForSession(shareSecretKey(target->id), kPassword);
        return target->id;
    };
    const auto loader = [&](qint64 id, QString *loadError) {
        return loadPostMortem(incidents, actions, reviews, id, loadError);
    };

    QList<qint64> ids;
    {
        QSqlQuery q(db.connection());
        if (!q.exec(QStringLiteral("SELECT id FROM incident ORDER BY id")))
            return fail(error, QStringLiteral("The corpus cannot be read."));
        while (q.next())
            ids << q.value(0).toLongLong();
    }
    const auto shareAll = [&](int *queued) {
        for (qint64 id : ids) {
            const auto pm = loader(id, error);
            if (!pm)
                return false;
            const int n = outbox.share(id, ShareDocument::render(*pm, false).contentHash, error);
            if (n < 0)
                return false;
            *queued += n;
        }
        return true;
    };
    // Why jobs did not arrive, for the error message.
    const auto whyNot = [&] {
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT state, message, COUNT(*) FROM share_job WHERE state != 'sent'"
                              " GROUP BY state, message LIMIT 5"));
        QStringList why;
        while (q.next())
            why << QStringLiteral("%1 × %2: %3")
                       .arg(q.value(2).toInt())
                       .arg(q.value(0).toString(), q.value(1).toString());
        return why.join(QStringLiteral("; "));
    };
    const auto failed = [&](const QString &what) {
        return fail(error, error && !error->isEmpty() ? *error : what);
    };

    // 1. End to end, as the user waits for it: hash, queue, render (on worker threads, while other
    // documents upload), upload, index.
    const auto mainTarget = addTarget(QStringLiteral("bench"), QStringLiteral("/outbox/"));
    if (!mainTarget)
        return false;
    // As the app and `hindsight-cli sync` do: documents are loaded on a worker thread.
    OutboxRunner runner(outbox, loader, &credentials);
    runner.readDocumentsFrom(dbPath);
    QElapsedTimer timer;
    timer.start();
    int queued = 0;
    if (!shareAll(&queued) || !drain(runner, true))
        return failed(QStringLiteral("The outbox did not drain."));
    results[Metric::ShareOutbox] = msSince(timer);
    if (runner.summary().sent != ids.size())
        return fail(error, QStringLiteral("The outbox sent %1 of %2 documents (%3).")
                               .arg(runner.summary().sent)
                               .arg(ids.size())
                               .arg(whyNot()));

    // 2. Rendering alone, on as many threads as the runner renders on; the documents are kept for 3.
    QHash<qint64, ShareDocument> prerendered;
    {
        QList<ShareDocument> docs;
        for (qint64 id : ids) {
            const auto pm = loader(id, error);
            if (!pm)
                return false;
            docs.append(ShareDocument::render(*pm, false));
        }
        QThreadPool pool;
        timer.restart();
        for (ShareDocument &doc : docs)
            pool.start([&doc] { doc.renderFiles(); });
        pool.waitForDone();
        results[Metric::ShareRender] = msSince(timer);
        for (const ShareDocument &doc : std::as_const(docs))
            prerendered.insert(doc.incidentId, doc);
    }

    // 3 and 4, in interleaved pairs (medians; the ratio is the median of the per-pair ratios, which
    // cancels the drift of a shared machine): the outbox given the rendered files, as curl is, to its
    // own folder with a fresh runner (new connections) and only that target enabled, everything else
    // timed as in 1; and one curl process uploading the very files the outbox wrote in 1, over one
    // connection, to a folder of its own.
    ShareTargetConfig first = *outbox.target(*mainTarget);
    runner.cancel(); // idle; it must not take the jobs below (it would render them itself)
    first.enabled = false;
    if (!outbox.updateTarget(first, error))
        return false;
    const auto prerenderedRun = [&](int pair, double *ms, double *cpuMs) {
        const auto target = addTarget(QStringLiteral("bench-prerendered-%1").arg(pair),
                                      QStringLiteral("/prerendered-%1/").arg(pair));
        if (!target)
            return false;
        OutboxRunner given(outbox, loader, &credentials);
        given.readDocumentsFrom(dbPath);
        given.setFileRenderer([&prerendered](ShareDocument &doc) {
            // constFind: read-only on the workers, and no copy of the whole document.
            const ShareDocument &ready = *prerendered.constFind(doc.incidentId);
            doc.html = ready.html;
            doc.pdf = ready.pdf;
        });
        timer.restart();
        queued = 0;
        timespec t0{}, t1{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t0);
        if (!shareAll(&queued))
            return false;
        if (!drain(given, true))
            return failed(QStringLiteral("The outbox did not drain."));
        *ms = msSince(timer);
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t1);
        *cpuMs = double(t1.tv_sec - t0.tv_sec) * 1000.0 + double(t1.tv_nsec - t0.tv_nsec) / 1e6;
        if (given.summary().sent != ids.size())
            return fail(error, QStringLiteral("The outbox sent %1 of %2 pre-rendered documents (%3).")
                                   .arg(given.summary().sent)
                                   .arg(ids.size())
                                   .arg(whyNot()));
        return outbox.removeTarget(*target, error); // its jobs go with it
    };

    const QDir uploaded(scratch.filePath(QStringLiteral("server/dav/outbox")));
    const QStringList files = uploaded.entryList(QDir::Files, QDir::Name);
    const QString copies = scratch.filePath(QStringLiteral("files"));
    QDir().mkpath(copies);
    for (const QString &name : files)
        if (!QFile::copy(uploaded.filePath(name), QDir(copies).filePath(name)))
            return fail(error, QStringLiteral("%1 cannot be copied.").arg(name));
    const QString config1 =
        QStringLiteral("silent\nuser = %1\n").arg(quoted(kUser + QLatin1Char(':') + kPassword));
    const auto curlRun = [&](int pair, double *ms) {
        const QString folder = QStringLiteral("/curl-%1/").arg(pair);
        const QString mkcol =
            config1 + QStringLiteral("request = \"MKCOL\"\nurl = %1\noutput = \"/dev/null\"\n")
                          .arg(quoted(server.url(folder)));
        QString upload = config1 + QStringLiteral("write-out = \"%{http_code}\\n\"\n");
        for (const QString &name : files)
            upload += QStringLiteral("url = %1\nupload-file = %2\noutput = \"/dev/null\"\n")
                          .arg(quoted(server.url(folder + name)), quoted(QDir(copies).filePath(name)));
        const QString mkcolConfig = scratch.filePath(QStringLiteral("mkcol.curlrc"));
        const QString uploadConfig = scratch.filePath(QStringLiteral("upload.curlrc"));
        if (!writeText(mkcolConfig, mkcol) || !writeText(uploadConfig, upload) || !curl(mkcolConfig, error))
            return false;
        timer.restart();
        const auto codes = curl(uploadConfig, error);
        *ms = msSince(timer);
        if (!codes)
            return false;
        if (codes->count("201\n") != files.size())
            return fail(error, QStringLiteral("curl did not create every file."));
        return true;
    };

    QList<double> outboxMs, cpuMs, curlMs, ratios;
    for (int pair = 0; pair < kSharePairs; ++pair) {
        double ours = 0, cpu = 0, theirs = 0;
        // Alternate who goes first, so that neither always meets a warmer or a busier machine.
        const bool oursFirst = pair % 2 == 0;
        if (oursFirst && !prerenderedRun(pair, &ours, &cpu))
            return false;
        if (!curlRun(pair, &theirs))
            return false;
        if (!oursFirst && !prerenderedRun(pair, &ours, &cpu))
            return false;
        outboxMs << ours;
        cpuMs << cpu;
        curlMs << theirs;
        ratios << ours / theirs;
    }
    first.enabled = true; // back to the one target of the no-op runs below
    if (!outbox.updateTarget(first, error))
        return false;
    results[Metric::ShareOutboxPrerendered] = median(outboxMs);
    results[Metric::SharePrerenderedCpu] = median(cpuMs);
    results[Metric::ShareCurl] = median(curlMs);
    results[Metric::ShareRatio] = results[Metric::ShareOutbox] / results[Metric::ShareCurl];
    results[Metric::ShareUploadRatio] = median(ratios);

    // 5. No-op: every document shared again unchanged (nothing is queued), then every job queued again
    // with content the server already has (as after edits taken back): the runner must upload nothing.
    const QString marker = scratch.filePath(QStringLiteral("marker.curlrc"));
    const QString markerText = config1 + QStringLiteral("url = %1\noutput = \"/dev/null\"\n")
                                             .arg(quoted(server.url(QStringLiteral("/no-op-starts-here"))));
    if (!writeText(marker, markerText) || !curl(marker, error))
        return false;
    runner.resetSummary();
    timer.restart();
    queued = 0;
    if (!shareAll(&queued) || !drain(runner, false))
        return false;
    results[Metric::ShareNoopReshare] = msSince(timer);
    if (queued != 0)
        return fail(error, QStringLiteral("%1 unchanged documents were queued again.").arg(queued));
    {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("UPDATE share_job SET state = 'queued', next_attempt = :now"));
        q.bindValue(QStringLiteral(":now"), outbox.now().toString(Qt::ISODateWithMs));
        if (!q.exec())
            return fail(error, QStringLiteral("The jobs cannot be queued again."));
    }
    timer.restart();
    if (!drain(runner, false))
        return fail(error, QStringLiteral("The outbox did not drain."));
    results[Metric::ShareNoopResync] = msSince(timer);
    if (runner.summary().unchanged != ids.size())
        return fail(error, QStringLiteral("The re-sync found %1 of %2 unchanged.")
                               .arg(runner.summary().unchanged)
                               .arg(ids.size()));

    // The access log is written when lighttpd stops.
    server.stop();
    int outboxPuts = 0, outboxRequests = 0, curlPuts = 0, noopRequests = 0, prerenderedPuts = 0;
    bool afterMarker = false;
    for (const QString &line : server.log()) {
        const QString path = line.section(QLatin1Char(' '), 1, 1);
        if (path == QLatin1String("/no-op-starts-here"))
            afterMarker = true;
        else if (afterMarker)
            ++noopRequests;
        else if (path.startsWith(QLatin1String("/outbox/"))) {
            ++outboxRequests;
            outboxPuts += line.startsWith(QLatin1String("PUT ")) ? 1 : 0;
        } else if (path.startsWith(QLatin1String("/prerendered-0/"))) // one pair's worth
            prerenderedPuts += line.startsWith(QLatin1String("PUT ")) ? 1 : 0;
        else if (path.startsWith(QLatin1String("/curl-0/")))
            curlPuts += line.startsWith(QLatin1String("PUT ")) ? 1 : 0;
    }
    results[Metric::ShareOutboxPuts] = outboxPuts;
    results[Metric::ShareOutboxRequests] = outboxRequests;
    results[Metric::ShareCurlPuts] = curlPuts;
    results[Metric::SharePrerenderedPuts] = prerenderedPuts;
    results[Metric::ShareNoopRequests] = noopRequests;
    return true;
}

} // namespace hs::bench
