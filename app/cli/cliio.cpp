#include "cliio.h"

#include "database.h"
#include "incident.h"
#include "incidentstore.h"

#include <cstdio>
#include <QFile>
#include <QStringDecoder>

namespace hs::cli {

namespace {

void write(FILE *stream, const QString &text) {
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

// Messages from SQLite or the file system can span lines; the CLI promises one line per error.
QString oneLine(const QString &text) {
    QString line = text;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    line.replace(QLatin1Char('\r'), QLatin1Char(' '));
    return line.simplified();
}

} // namespace

void print(const QString &text) {
    write(stdout, text + QLatin1Char('\n'));
}

void printCreated(const Incident &incident) {
    print(QStringLiteral("id: %1\nchannel: %2\ndocument: %3")
              .arg(QString::number(incident.id), incident.channel, incident.documentName()));
}

int fail(ExitCode code, const QString &sentence) {
    QString line = oneLine(sentence);
    // Some reasons come from the system ("No such file or directory"); end them like a sentence.
    if (!line.isEmpty() && !line.endsWith(QLatin1Char('.')) && !line.endsWith(QLatin1Char('!')) &&
        !line.endsWith(QLatin1Char('?')))
        line += QLatin1Char('.');
    write(stderr, QStringLiteral("hindsight-cli: ") + line + QLatin1Char('\n'));
    return code;
}

std::optional<QString> readStdin(QString *error) {
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        if (error)
            *error = Text::tr("Standard input cannot be read: %1").arg(in.errorString());
        return std::nullopt;
    }
    const QByteArray bytes = in.readAll();
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder(bytes);
    if (decoder.hasError()) {
        if (error)
            *error = Text::tr("The text read from standard input is not valid UTF-8.");
        return std::nullopt;
    }
    return text;
}

std::optional<qint64> parseId(const QString &text) {
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0 || text.startsWith(QLatin1Char('+')))
        return std::nullopt;
    return id;
}

// Fully qualified Text::tr: lupdate loses the namespace inside this constructor and would file the
// strings under a context the app never asks for.
CommandLine::CommandLine(const QString &command, const QString &description)
    : m_help({QStringLiteral("h"), QStringLiteral("help")}, hs::cli::Text::tr("Shows this help."))
    , m_database(QStringLiteral("database"),
                 hs::cli::Text::tr("The database file (default: %1).").arg(Database::defaultPath()),
                 hs::cli::Text::tr("path")) {
    m_parser.setApplicationDescription(description);
    m_parser.addOption(m_database);
    m_parser.addOption(m_help);
    m_parser.addPositionalArgument(command, hs::cli::Text::tr("The command."), command);
}

std::optional<int> CommandLine::parse(const QStringList &args, int min, int max, const QString &countError) {
    if (!m_parser.parse(args))
        return fail(UsageError, m_parser.errorText());
    if (m_parser.isSet(m_help)) {
        write(stdout, m_parser.helpText());
        return Ok;
    }
    const qsizetype count = positional().size();
    if (count < min || count > max)
        return fail(UsageError, countError);
    return std::nullopt;
}

QStringList CommandLine::positional() const {
    return m_parser.positionalArguments().mid(1);
}

QString CommandLine::databasePath() const {
    return m_parser.isSet(m_database) ? m_parser.value(m_database) : Database::defaultPath();
}

Session::Session() = default;
Session::~Session() = default;

std::optional<int> Session::open(const QString &path) {
    m_db = std::make_unique<Database>();
    QString error;
    if (!m_db->open(path, &error))
        return fail(Failure, error);
    m_store = std::make_unique<IncidentStore>(*m_db);
    return std::nullopt;
}

std::optional<Incident> Session::load(qint64 id, int *exitCode) {
    QString error;
    auto incident = m_store->load(id, &error);
    if (!incident)
        *exitCode = fail(Failure, error);
    return incident;
}

} // namespace hs::cli
