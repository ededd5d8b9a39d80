// hindsight-cli: finds the command and hands it its arguments; the commands live beside this file.
#include "appinfo.h"
#include "cliio.h"
#include "commands.h"

#include <array>
#include <memory>
#include <QGuiApplication>
#include <QLoggingCategory>

namespace {

using namespace hs::cli;

struct Command {
    const char *name;
    const char *summary;
    int (*run)(const QStringList &args);
};

const std::array<Command, 12> kCommands{{
    {"new", QT_TRANSLATE_NOOP("hs::cli", "Declare an incident: new TITLE [--date YYYY-MM-DD]"), runNew},
    {"list", QT_TRANSLATE_NOOP("hs::cli", "List the incidents, newest first"), runList},
    {"show", QT_TRANSLATE_NOOP("hs::cli", "Show every field of an incident: show ID"), runShow},
    {"set", QT_TRANSLATE_NOOP("hs::cli", "Change a field: set ID FIELD VALUE (- reads standard input)"),
     runSet},
    {"export",
     QT_TRANSLATE_NOOP("hs::cli", "Write a post-mortem: export ID --format md|html|pdf|json --output PATH"),
     runExport},
    {"import", QT_TRANSLATE_NOOP("hs::cli", "Add an incident from a .md or .json post-mortem: import PATH"),
     runImport},
    {"action", QT_TRANSLATE_NOOP("hs::cli", "Follow-up actions: action add|list|set|done|drop …"), runAction},
    {"review", QT_TRANSLATE_NOOP("hs::cli", "Reviews: review propose|list|done|export-ics|push …"),
     runReview},
    {"calendar", QT_TRANSLATE_NOOP("hs::cli", "The CalDAV calendar for reviews: calendar add|list|remove …"),
     runCalendar},
    {"target", QT_TRANSLATE_NOOP("hs::cli", "Places to share post-mortems to: target add|list|remove|test …"),
     runTarget},
    {"share", QT_TRANSLATE_NOOP("hs::cli", "Queue a documented incident for every share target: share ID"),
     runShare},
    {"sync", QT_TRANSLATE_NOOP("hs::cli", "Send what is queued; the exit code tells whether all arrived"),
     runSync},
}};

const Command *findCommand(const QString &name) {
    for (const Command &c : kCommands)
        if (name == QLatin1String(c.name))
            return &c;
    return nullptr;
}

QString commandNames() {
    QStringList names;
    for (const Command &c : kCommands)
        names << QLatin1String(c.name);
    return names.join(QStringLiteral(", "));
}

// The command's name is the first argument that is neither an option nor the value of --database.
qsizetype commandIndex(const QStringList &args) {
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--database"))
            ++i;
        else if (!args[i].startsWith(QLatin1Char('-')))
            return i;
    }
    return -1;
}

// HTML and PDF lay text out with fonts, which only a QGuiApplication provides; everything else runs
// without one, so the CLI works on a server with no display.
bool needsFonts(const QStringList &args) {
    const qsizetype i = commandIndex(args);
    if (i > 0 && args[i] == QLatin1String("sync"))
        return true; // shared documents go out as HTML and PDF too
    return i > 0 && args[i] == QLatin1String("export") &&
           exportNeedsFonts(QStringList{args[0]} + args.mid(i + 1));
}

int run(const QStringList &args) {
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    QString description = Text::tr("Hindsight's post-mortems from the shell.") + QStringLiteral("\n\n") +
                          Text::tr("Commands (each has its own --help):") + QLatin1Char('\n');
    for (const Command &c : kCommands)
        description += QStringLiteral("  %1  %2\n")
                           .arg(QString::fromLatin1(c.name).leftJustified(8), Text::tr(c.summary));
    description += QLatin1Char('\n') + Text::tr("Exit codes: 0 done, 1 failed, 2 wrong usage.");
    parser.setApplicationDescription(description);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  Text::tr("Shows this help."));
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")},
                                     Text::tr("Shows the version."));
    const QCommandLineOption database(QStringLiteral("database"),
                                      Text::tr("The database file, for every command."), Text::tr("path"));
    parser.addOptions({help, version, database});
    parser.addPositionalArgument(QStringLiteral("command"), Text::tr("One of: %1.").arg(commandNames()),
                                 QStringLiteral("COMMAND [ARGUMENTS]"));
    if (!parser.parse(args))
        return fail(UsageError, parser.errorText());

    const QStringList rest = parser.positionalArguments();
    if (rest.isEmpty()) {
        if (parser.isSet(version)) {
            print(QStringLiteral("hindsight-cli ") + QCoreApplication::applicationVersion());
            return Ok;
        }
        if (parser.isSet(help)) {
            print(parser.helpText().trimmed());
            return Ok;
        }
        return fail(UsageError,
                    Text::tr("Name a command (%1); hindsight-cli --help explains them.").arg(commandNames()));
    }
    const Command *command = findCommand(rest.constFirst());
    if (!command)
        return fail(
            UsageError,
            Text::tr("There is no command “%1”; use one of: %2.").arg(rest.constFirst(), commandNames()));

    // The command parses its own options; options given before it are handed on.
    QStringList commandArgs{args.constFirst(), rest.constFirst()};
    if (parser.isSet(database))
        commandArgs << QStringLiteral("--database") << parser.value(database);
    if (parser.isSet(help))
        commandArgs << QStringLiteral("--help");
    commandArgs << rest.mid(1);
    return command->run(commandArgs);
}

} // namespace

int main(int argc, char *argv[]) {
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);

    std::unique_ptr<QCoreApplication> app;
    if (needsFonts(args)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    hs::initApplication(*app);
    // stderr is for one-sentence errors, which already say what the layers' log lines detail;
    // QT_LOGGING_RULES still turns those on for debugging.
    QLoggingCategory::setFilterRules(QStringLiteral("hindsight.*.debug=false\nhindsight.*.info=false\n"
                                                    "hindsight.*.warning=false"));
    return run(app->arguments());
}
