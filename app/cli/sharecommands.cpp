// share and sync: queue a documented incident for every share target, then drain the outbox.
#include "cliio.h"
#include "commands.h"
#include "credentialstore.h"
#include "incident.h"
#include "outboxrunner.h"
#include "shareddocument.h"
#include "sharesupport.h"

#include <QEventLoop>

namespace hs::cli {

int runShare(const QStringList &args) {
    CommandLine cli(QStringLiteral("share"),
                    Text::tr("Queues a documented incident for every enabled share target (or the ones named "
                             "with --target) and prints one line per target: queued or up to date, then the "
                             "target's name. Nothing is sent yet: sync sends what is queued."));
    const QCommandLineOption force(QStringLiteral("force"),
                                   Text::tr("Share an incident that is not documented yet."));
    const QCommandLineOption target(QStringLiteral("target"),
                                    Text::tr("Only this target (id or name); may be given more than once."),
                                    QStringLiteral("TARGET"));
    const QCommandLineOption overwrite(
        QStringLiteral("overwrite"),
        Text::tr(
            "Replace copies that someone else changed on the target (after a conflict) with this version."));
    cli.parser().addOptions({force, target, overwrite});
    cli.parser().addPositionalArgument(QStringLiteral("incident"), Text::tr("The incident's id."),
                                       QStringLiteral("INCIDENT"));
    if (auto stop = cli.parse(args, 1, 1, Text::tr("The command share takes one incident id.")))
        return *stop;
    const auto incidentId = parseId(cli.positional().constFirst());
    if (!incidentId)
        return fail(UsageError, Text::tr("“%1” is not an incident id; ids are positive numbers.")
                                    .arg(cli.positional().constFirst()));

    ShareSession session;
    if (auto stop = session.open(cli.databasePath()))
        return *stop;
    QString error;
    const auto postMortem = session.postMortem(*incidentId, &error);
    if (!postMortem)
        return fail(Failure, error);
    const Status status = postMortem->incident.status;
    if (status != Status::Documented && status != Status::Shared && !cli.parser().isSet(force))
        return fail(Failure, Text::tr("Incident %1 is not documented yet (its status is %2): finish the "
                                      "post-mortem and set its status to documented, or share it as it is "
                                      "with --force.")
                                 .arg(QString::number(*incidentId), statusKey(status)));
    QList<qint64> targetIds;
    int code = Ok;
    for (const QString &name : cli.parser().values(target)) {
        const auto config = session.target(name, &code);
        if (!config)
            return code;
        targetIds << config->id;
    }

    // The Markdown decides whether anything changed; HTML and PDF are rendered by sync.
    const ShareDocument doc = ShareDocument::render(*postMortem, false);
    if (session.outbox().share(*incidentId, doc.contentHash, &error, targetIds,
                               cli.parser().isSet(overwrite)) < 0)
        return fail(Failure, error);
    QStringList lines;
    for (const ShareJob &job : session.outbox().jobsForIncident(*incidentId, &error)) {
        if (!targetIds.isEmpty() && !targetIds.contains(job.targetId))
            continue;
        const auto config = session.outbox().target(job.targetId);
        if (!config || (targetIds.isEmpty() && !config->enabled))
            continue;
        const bool upToDate = job.state == ShareJobState::Sent && job.sentHash == doc.contentHash;
        lines << (upToDate ? QStringLiteral("up to date") : QStringLiteral("queued")) + QLatin1Char('\t') +
                     config->name;
    }
    if (!error.isEmpty())
        return fail(Failure, error);
    print(lines.join(QLatin1Char('\n')));
    return Ok;
}

namespace {

QString outcomeKey(const ShareResult &result) {
    switch (result.status) {
    case ShareResult::Status::Sent:
        return QStringLiteral("sent");
    case ShareResult::Status::Unchanged:
        return QStringLiteral("unchanged");
    case ShareResult::Status::Conflict:
        return QStringLiteral("conflict");
    case ShareResult::Status::Failed:
        return QStringLiteral("failed");
    case ShareResult::Status::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

} // namespace

int runSync(const QStringList &args) {
    CommandLine cli(
        QStringLiteral("sync"),
        Text::tr("Sends everything share queued, retrying failed jobs at once, and prints one line per job: "
                 "sent, unchanged, conflict or failed, the incident's id, the target's name and what "
                 "happened (and where to read it), separated by tabs. Exit code 0 when everything was sent "
                 "or was already there, 1 when something failed or is in conflict (it stays queued or "
                 "marked, nothing is lost)."));
    if (auto stop = cli.parse(args, 0, 0, Text::tr("The command sync takes no arguments.")))
        return *stop;
    ShareSession session;
    if (auto stop = session.open(cli.databasePath()))
        return *stop;
    Outbox &outbox = session.outbox();
    QString error;
    // "sync" is the user saying "now": jobs waiting for their backoff go too.
    outbox.retryNow(&error);
    if (!error.isEmpty())
        return fail(Failure, error);

    CredentialStore credentials;
    OutboxRunner runner(
        outbox,
        [&session](qint64 incidentId, QString *loadError) {
            return session.postMortem(incidentId, loadError);
        },
        &credentials);
    runner.readDocumentsFrom(outbox.databasePath());
    int jobs = 0;
    QObject::connect(
        &runner, &OutboxRunner::jobFinished, &runner, [&](qint64 jobId, const ShareResult &result) {
            ++jobs;
            const auto job = outbox.job(jobId);
            const auto target = job ? outbox.target(job->targetId) : std::nullopt;
            QStringList columns{outcomeKey(result), job ? QString::number(job->incidentId) : QString(),
                                target ? target->name : QString(), result.message};
            if (result.link.isValid() && !result.message.contains(result.link.toDisplayString()))
                columns << result.link.toDisplayString();
            print(columns.join(QLatin1Char('\t')));
        });
    // The documents arrived, so the exit code stays 0; the user still has to know the list is stale.
    QObject::connect(&runner, &OutboxRunner::indexFailed, &runner,
                     [&outbox](qint64 targetId, const QString &why) {
                         const auto target = outbox.target(targetId);
                         fail(Ok, Text::tr("The list of shared post-mortems on “%1” could not be updated: %2")
                                      .arg(target ? target->name : QString::number(targetId), why));
                     });
    QEventLoop loop;
    bool drained = false;
    QObject::connect(&runner, &OutboxRunner::drained, &loop, [&] {
        drained = true;
        loop.quit();
    });
    runner.start();
    if (!drained)
        loop.exec();
    if (jobs == 0)
        print(Text::tr("Nothing to send: the outbox is empty."));
    return runner.summary().allDone() ? Ok : Failure;
}

} // namespace hs::cli
