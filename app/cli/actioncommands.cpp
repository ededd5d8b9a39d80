// action add, list, set, done and drop: the follow-up actions of incidents.
#include "actionstore.h"
#include "cliio.h"
#include "commands.h"
#include "followupsettings.h"
#include "incident.h"
#include "subcommands.h"

namespace hs::cli {

namespace {

// A field printed in a tab-separated line must not break the line or the columns.
QString cell(const QString &text) {
    QString out = text;
    for (QChar &c : out)
        if (c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            c = QLatin1Char(' ');
    return out;
}

std::optional<qint64> idArgument(const QString &text, const QString &what, int *exitCode) {
    const auto id = parseId(text);
    if (!id)
        *exitCode =
            fail(UsageError, Text::tr("“%1” is not %2 id; ids are positive numbers.").arg(text, what));
    return id;
}

QString anIncident() {
    return Text::tr("an incident");
}

QString anAction() {
    return Text::tr("an action");
}

int actionAdd(const QStringList &args) {
    CommandLine cli(QStringLiteral("action add"),
                    Text::tr("Adds a follow-up action to an incident and prints its id and due date."));
    const QCommandLineOption team(QStringLiteral("team"), Text::tr("The team that does it (required)."),
                                  QStringLiteral("T"));
    const QCommandLineOption bucket(QStringLiteral("bucket"), Text::tr("now or later (required)."),
                                    QStringLiteral("now|later"));
    const QCommandLineOption owner(QStringLiteral("owner"), Text::tr("Who owns it."), QStringLiteral("O"));
    const QCommandLineOption due(QStringLiteral("due"),
                                 Text::tr("The due date (default: +7 days for now, +30 days for later, or "
                                          "the days set in Preferences; moved off weekends)."),
                                 QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption link(QStringLiteral("link"), Text::tr("The tracker issue's URL."),
                                  QStringLiteral("URL"));
    cli.parser().addOptions({team, bucket, owner, due, link});
    cli.parser().addPositionalArgument(QStringLiteral("incident"), Text::tr("The incident's id."),
                                       QStringLiteral("INCIDENT"));
    cli.parser().addPositionalArgument(QStringLiteral("title"), Text::tr("What to do, in a few words."),
                                       QStringLiteral("TITLE"));
    if (auto stop = cli.parse(args, 2, 2,
                              Text::tr("The command action add takes an incident id and a title; quote the "
                                       "title if it has spaces.")))
        return *stop;
    int code = Ok;
    const auto incidentId = idArgument(cli.positional().at(0), anIncident(), &code);
    if (!incidentId)
        return code;
    if (cli.parser().value(team).trimmed().isEmpty())
        return fail(UsageError, Text::tr("Name the team that does the action with --team."));
    if (!cli.parser().isSet(bucket))
        return fail(UsageError, Text::tr("Choose a bucket with --bucket now or --bucket later."));

    Action draft;
    draft.incidentId = *incidentId;
    draft.team = cli.parser().value(team).trimmed();
    QString error;
    if (!draft.setValue(ActionField::Title, cli.positional().at(1), &error) ||
        !draft.setValue(ActionField::Bucket, cli.parser().value(bucket), &error) ||
        !draft.setValue(ActionField::Owner, cli.parser().value(owner), &error) ||
        (cli.parser().isSet(due) && !draft.setValue(ActionField::Due, cli.parser().value(due), &error)) ||
        !draft.setValue(ActionField::Link, cli.parser().value(link), &error))
        return fail(UsageError, error);

    Session session;
    if (auto stop = session.open(cli.databasePath()))
        return *stop;
    if (!session.load(*incidentId, &code))
        return code;
    ActionStore store(session.database());
    store.setDueDefaults(followupsettings::dueDefaults()); // the same days the app's Preferences set
    const auto created = store.create(draft, &error);      // an unset due date becomes the bucket's default
    if (!created)
        return fail(Failure, error);
    print(QStringLiteral("id: %1\ndue: %2")
              .arg(QString::number(created->id), created->due.toString(Qt::ISODate)));
    return Ok;
}

int actionList(const QStringList &args) {
    CommandLine cli(QStringLiteral("action list"),
                    Text::tr("Prints one line per action, the earliest due first: id, due date, bucket, "
                             "status, team, owner, incident id, title and link, separated by tabs."));
    const QCommandLineOption overdue(QStringLiteral("overdue"),
                                     Text::tr("Only open actions past their due date."));
    const QCommandLineOption team(QStringLiteral("team"), Text::tr("Only this team's actions."),
                                  QStringLiteral("T"));
    const QCommandLineOption bucket(QStringLiteral("bucket"), Text::tr("Only this bucket."),
                                    QStringLiteral("now|later"));
    const QCommandLineOption status(QStringLiteral("status"), Text::tr("Only this status."),
                                    QStringLiteral("open|done|dropped"));
    cli.parser().addOptions({overdue, team, bucket, status});
    cli.parser().addPositionalArgument(QStringLiteral("incident"),
                                       Text::tr("Only this incident's actions (default: every incident)."),
                                       QStringLiteral("[INCIDENT]"));
    if (auto stop = cli.parse(args, 0, 1, Text::tr("The command action list takes at most one incident id.")))
        return *stop;
    ActionFilter filter;
    int code = Ok;
    if (!cli.positional().isEmpty()) {
        const auto id = idArgument(cli.positional().constFirst(), anIncident(), &code);
        if (!id)
            return code;
        filter.incidentId = *id;
    }
    filter.overdueOnly = cli.parser().isSet(overdue);
    filter.team = cli.parser().value(team).trimmed();
    if (cli.parser().isSet(bucket)) {
        filter.bucket = bucketFromKey(cli.parser().value(bucket));
        if (!filter.bucket)
            return fail(UsageError,
                        Text::tr("“%1” is not a bucket; use one of: %2.")
                            .arg(cli.parser().value(bucket), bucketKeys().join(QStringLiteral(", "))));
    }
    if (cli.parser().isSet(status)) {
        filter.status = actionStatusFromKey(cli.parser().value(status));
        if (!filter.status)
            return fail(UsageError,
                        Text::tr("“%1” is not an action status; use one of: %2.")
                            .arg(cli.parser().value(status), actionStatusKeys().join(QStringLiteral(", "))));
    }

    Session session;
    if (auto stop = session.open(cli.databasePath()))
        return *stop;
    if (filter.incidentId && !session.load(filter.incidentId, &code))
        return code;
    ActionStore store(session.database());
    // Pages keep memory flat with half a million actions.
    constexpr int PageSize = 1000;
    QString error;
    for (int offset = 0;; offset += PageSize) {
        error.clear();
        const QList<ActionRow> rows = store.rows(filter, offset, PageSize, &error);
        if (!error.isEmpty())
            return fail(Failure, error);
        QStringList lines;
        for (const ActionRow &row : rows) {
            const Action &a = row.action;
            lines << QStringList{QString::number(a.id),
                                 a.due.toString(Qt::ISODate),
                                 bucketKey(a.bucket),
                                 actionStatusKey(a.status),
                                 cell(a.team),
                                 cell(a.owner),
                                 QString::number(a.incidentId),
                                 cell(a.title),
                                 cell(a.link)}
                         .join(QLatin1Char('\t'));
        }
        if (!lines.isEmpty())
            print(lines.join(QLatin1Char('\n')));
        if (rows.size() < PageSize)
            return Ok;
    }
}

// Opens the database and loads the action named by the first positional argument.
struct LoadedAction {
    Session session;
    std::unique_ptr<ActionStore> store;
    Action action;
};

int loadAction(const CommandLine &cli, LoadedAction &loaded) {
    int code = Ok;
    const auto id = idArgument(cli.positional().constFirst(), anAction(), &code);
    if (!id)
        return code;
    if (auto stop = loaded.session.open(cli.databasePath()))
        return *stop;
    loaded.store = std::make_unique<ActionStore>(loaded.session.database());
    QString error;
    const auto action = loaded.store->load(*id, &error);
    if (!action)
        return fail(Failure, error.isEmpty() ? Text::tr("There is no action %1.").arg(*id) : error);
    loaded.action = *action;
    return Ok;
}

int actionSet(const QStringList &args) {
    const QString keys = actionFieldKeys().join(QStringLiteral(", "));
    CommandLine cli(QStringLiteral("action set"),
                    Text::tr("Changes one field of an action. A value of - reads the whole of standard input "
                             "(UTF-8). Dates are YYYY-MM-DD; a dropped action needs its reason set first."));
    cli.parser().addPositionalArgument(QStringLiteral("action"), Text::tr("The action's id."),
                                       QStringLiteral("ACTION"));
    cli.parser().addPositionalArgument(QStringLiteral("field"), Text::tr("One of: %1.").arg(keys),
                                       QStringLiteral("FIELD"));
    cli.parser().addPositionalArgument(QStringLiteral("value"),
                                       Text::tr("The new value, or - for standard input."),
                                       QStringLiteral("VALUE|-"));
    if (auto stop = cli.parse(args, 3, 3,
                              Text::tr("The command action set takes an action id, a field and a value.")))
        return *stop;
    const QStringList positional = cli.positional();
    int code = Ok;
    if (!idArgument(positional[0], anAction(), &code))
        return code;
    const auto field = actionFieldFromKey(positional[1]);
    if (!field)
        return fail(UsageError,
                    Text::tr("There is no action field “%1”; use one of: %2.").arg(positional[1], keys));
    QString error;
    QString value = positional[2];
    if (value == QLatin1String("-")) {
        const auto text = readStdin(&error);
        if (!text)
            return fail(UsageError, error);
        value = *text;
        // `echo x |` ends with a newline that only the notes may keep.
        if (*field != ActionField::Notes)
            while (value.endsWith(QLatin1Char('\n')) || value.endsWith(QLatin1Char('\r')))
                value.chop(1);
    }

    LoadedAction loaded;
    if (const int failed = loadAction(cli, loaded))
        return failed;
    if (!loaded.action.setValue(*field, value, &error))
        return fail(UsageError, error);
    if (!loaded.store->save(loaded.action, &error))
        return fail(Failure, error);
    return Ok;
}

int actionDone(const QStringList &args) {
    CommandLine cli(QStringLiteral("action done"), Text::tr("Marks an action done."));
    cli.parser().addPositionalArgument(QStringLiteral("action"), Text::tr("The action's id."),
                                       QStringLiteral("ACTION"));
    if (auto stop = cli.parse(args, 1, 1, Text::tr("The command action done takes one action id.")))
        return *stop;
    LoadedAction loaded;
    if (const int failed = loadAction(cli, loaded))
        return failed;
    QString error;
    if (!loaded.store->setStatus(loaded.action.id, ActionStatus::Done, &error))
        return fail(Failure, error);
    return Ok;
}

int actionDrop(const QStringList &args) {
    CommandLine cli(QStringLiteral("action drop"), Text::tr("Drops an action, saying why."));
    const QCommandLineOption reason(QStringLiteral("reason"), Text::tr("Why it is not done (required)."),
                                    QStringLiteral("R"));
    cli.parser().addOption(reason);
    cli.parser().addPositionalArgument(QStringLiteral("action"), Text::tr("The action's id."),
                                       QStringLiteral("ACTION"));
    if (auto stop = cli.parse(args, 1, 1, Text::tr("The command action drop takes one action id.")))
        return *stop;
    if (cli.parser().value(reason).trimmed().isEmpty())
        return fail(UsageError, Text::tr("Say why the action is dropped with --reason."));
    LoadedAction loaded;
    if (const int failed = loadAction(cli, loaded))
        return failed;
    QString error;
    if (!loaded.store->setStatus(loaded.action.id, ActionStatus::Dropped, &error,
                                 cli.parser().value(reason).trimmed()))
        return fail(Failure, error);
    return Ok;
}

} // namespace

int runAction(const QStringList &args) {
    static const QList<Subcommand> subcommands{
        {"add",
         QT_TRANSLATE_NOOP("hs::cli",
                           "Add an action: add INCIDENT TITLE --team T --bucket now|later [--owner O] "
                           "[--due YYYY-MM-DD] [--link URL]"),
         actionAdd},
        {"list",
         QT_TRANSLATE_NOOP("hs::cli", "List actions by due date: list [INCIDENT] [--overdue] [--team T] "
                                      "[--bucket B] [--status S]"),
         actionList},
        {"set",
         QT_TRANSLATE_NOOP("hs::cli", "Change a field: set ACTION FIELD VALUE (- reads standard input)"),
         actionSet},
        {"done", QT_TRANSLATE_NOOP("hs::cli", "Mark an action done: done ACTION"), actionDone},
        {"drop", QT_TRANSLATE_NOOP("hs::cli", "Drop an action: drop ACTION --reason R"), actionDrop},
    };
    return runSubcommand(QStringLiteral("action"),
                         Text::tr("The follow-up actions of incidents, in a now and a later bucket."),
                         subcommands, args);
}

} // namespace hs::cli
