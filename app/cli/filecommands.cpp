// export and import: the commands that write and read post-mortem files.
#include "actionstore.h"
#include "cliio.h"
#include "commands.h"
#include "documentimporter.h"
#include "documentrenderer.h"
#include "incidentstore.h"
#include "reviewstore.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>

namespace hs::cli {

namespace {

QCommandLineOption formatOption() {
    return QCommandLineOption({QStringLiteral("f"), QStringLiteral("format")},
                              Text::tr("md, html, pdf or json."), QStringLiteral("format"));
}

QCommandLineOption outputOption() {
    return QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")},
                              Text::tr("The file to write, or a folder to write <document name>.<extension> "
                                       "into (default: the current folder)."),
                              QStringLiteral("path"));
}

// A folder given by the user receives the file under the incident's document name. The name is a
// slug, but the check keeps a file from ever landing outside that folder should that change.
std::optional<QString> fileInFolder(const QString &folder, const Incident &incident, renderer::Format format,
                                    QString *error) {
    const QString name = incident.documentName();
    if (name.isEmpty() || name.startsWith(QLatin1Char('.')) || name.contains(QLatin1Char('/')) ||
        name.contains(QLatin1Char('\\'))) {
        *error = Text::tr("The incident's document name “%1” cannot be used as a file name.").arg(name);
        return std::nullopt;
    }
    return QDir(folder).filePath(name + QLatin1Char('.') + renderer::extension(format));
}

} // namespace

bool exportNeedsFonts(const QStringList &args) {
    QCommandLineParser parser;
    parser.addOption(formatOption());
    parser.addOption(outputOption());
    parser.addOption(QCommandLineOption(QStringLiteral("database"), QString(), QStringLiteral("path")));
    if (!parser.parse(args))
        return false; // a usage error, reported by the command itself
    const auto format = renderer::formatFromKey(parser.value(QStringLiteral("format")));
    return format == renderer::Format::Html || format == renderer::Format::Pdf;
}

int runExport(const QStringList &args) {
    CommandLine cli(QStringLiteral("export"),
                    Text::tr("Writes an incident's post-mortem as Markdown, HTML, PDF or JSON and prints the "
                             "file's path."));
    const QCommandLineOption format = formatOption();
    const QCommandLineOption output = outputOption();
    cli.parser().addOption(format);
    cli.parser().addOption(output);
    cli.parser().addPositionalArgument(QStringLiteral("id"), Text::tr("The incident's id."),
                                       QStringLiteral("ID"));
    if (auto stop = cli.parse(args, 1, 1, Text::tr("The command export takes one incident id.")))
        return *stop;
    const auto id = parseId(cli.positional().constFirst());
    if (!id)
        return fail(UsageError, Text::tr("“%1” is not an incident id; ids are positive numbers.")
                                    .arg(cli.positional().constFirst()));
    if (!cli.parser().isSet(format))
        return fail(UsageError, Text::tr("Choose a format with --format md, html, pdf or json."));
    const auto chosen = renderer::formatFromKey(cli.parser().value(format));
    if (!chosen)
        return fail(
            UsageError,
            Text::tr("“%1” is not a format; use md, html, pdf or json.").arg(cli.parser().value(format)));
    // main() creates a QGuiApplication for these; this guards against the two drifting apart.
    if ((*chosen == renderer::Format::Html || *chosen == renderer::Format::Pdf) &&
        !qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return fail(Failure, Text::tr("HTML and PDF exports need fonts, which were not set up."));

    Session session;
    if (auto stop = session.open(cli.databasePath()))
        return *stop;
    int code = Ok;
    const auto incident = session.load(*id, &code);
    if (!incident)
        return code;

    QString error;
    QString path = cli.parser().isSet(output) ? cli.parser().value(output) : QStringLiteral(".");
    const bool isFolder = QFileInfo(path).isDir() || path.endsWith(QLatin1Char('/'));
    if (isFolder) {
        if (!QDir().mkpath(path))
            return fail(Failure,
                        Text::tr("The folder “%1” cannot be created.").arg(QDir::toNativeSeparators(path)));
        const auto file = fileInFolder(path, *incident, *chosen, &error);
        if (!file)
            return fail(Failure, error);
        path = *file;
    }
    ActionStore actions(session.database());
    ReviewStore reviews(session.database());
    const auto postMortem = loadPostMortem(session.store(), actions, reviews, *id, &error);
    if (!postMortem)
        return fail(Failure, error);
    if (!renderer::exportTo(*postMortem, *chosen, path, &error))
        return fail(Failure, error);
    print(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()));
    return Ok;
}

int runImport(const QStringList &args) {
    CommandLine cli(
        QStringLiteral("import"),
        Text::tr("Adds an incident from a post-mortem in Markdown (same headings as the export) or "
                 "from a JSON export, and prints its id, channel name and document name."));
    cli.parser().addPositionalArgument(QStringLiteral("path"), Text::tr("The .md or .json file."),
                                       QStringLiteral("PATH"));
    if (auto stop = cli.parse(args, 1, 1, Text::tr("The command import takes one file.")))
        return *stop;
    QString error;
    const auto read = importer::readFile(cli.positional().constFirst(), &error);
    if (!read)
        return fail(Failure, error);

    Session session;
    if (auto stop = session.open(cli.databasePath()))
        return *stop;
    ActionStore actions(session.database());
    ReviewStore reviews(session.database());
    const auto created = insertPostMortem(session.store(), actions, reviews, *read, &error);
    if (!created)
        return fail(Failure, error);
    printCreated(created->incident);
    return Ok;
}

} // namespace hs::cli
