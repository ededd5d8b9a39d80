// new, list, show and set: the commands that read and edit incidents in the database.
#include "cliio.h"
#include "commands.h"
#include "incident.h"
#include "incidentstore.h"

namespace hs::cli {

namespace {

QString indented(const QString &text) {
    if (text.isEmpty())
        return {};
    QString out = QStringLiteral("\n  ");
    out.reserve(text.size() + text.size() / 20 + 4);
    for (const QChar c : text) {
        out += c;
        if (c == QLatin1Char('\n'))
            out += QStringLiteral("  ");
    }
    return out;
}

std::optional<qint64> idArgument(const QString &text, int *exitCode) {
    const auto id = parseId(text);
    if (!id)
        *exitCode =
            fail(UsageError, Text::tr("“%1” is not an incident id; ids are positive numbers.").arg(text));
    return id;
}

} // namespace

int runNew(const QStringList &args) {
    CommandLine cli(QStringLiteral("new"),
                    Text::tr("Declares an incident and prints its id, channel name and document name."));
    const QCommandLineOption date(QStringLiteral("date"),
                                  Text::tr("The day of the incident (default: today)."),
                                  QStringLiteral("YYYY-MM-DD"));
    cli.parser().addOption(date);
    cli.parser().addPositionalArgument(QStringLiteral("title"), Text::tr("What broke, in a few words."),
                                       QStringLiteral("TITLE"));
    if (auto stop =
            cli.parse(args, 1, 1, Text::tr("The command new takes one title; quote it if it has spaces.")))
        return *stop;

    // Validate with the model's own rules first, so a bad title or date is a usage error, not a failure.
    Incident draft;
    QString error;
    const QString day =
        cli.parser().isSet(date) ? cli.parser().value(date) : QDate::currentDate().toString(Qt::ISODate);
    if (!draft.setValue(Field::Title, cli.positional().constFirst(), &error) ||
        !draft.setValue(Field::Date, day, &error))
        return fail(UsageError, error);

    Session session;
    if (auto stop = session.open(cli.databasePath()))
        return *stop;
    const auto created = session.store().create(draft.title, draft.date, &error);
    if (!created)
        return fail(Failure, error);
    printCreated(*created);
    return Ok;
}

int runList(const QStringList &args) {
    CommandLine cli(QStringLiteral("list"), Text::tr("Prints one line per incident, newest first: "
                                                     "id, date, status and title, separated by tabs."));
    if (auto stop = cli.parse(args, 0, 0, Text::tr("The command list takes no arguments.")))
        return *stop;
    Session session;
    if (auto stop = session.open(cli.databasePath()))
        return *stop;

    // Pages keep memory flat with 100,000 incidents.
    constexpr int PageSize = 1000;
    const ListQuery query; // by date, newest first
    QString error;
    for (int offset = 0;; offset += PageSize) {
        error.clear();
        const QList<IncidentRow> rows = session.store().rows(query, offset, PageSize, &error);
        if (!error.isEmpty())
            return fail(Failure, error);
        QString page;
        for (const IncidentRow &row : rows)
            page += QString::number(row.id) + QLatin1Char('\t') + row.date.toString(Qt::ISODate) +
                    QLatin1Char('\t') + statusKey(row.status) + QLatin1Char('\t') + row.title +
                    QLatin1Char('\n');
        if (!page.isEmpty()) {
            page.chop(1);
            print(page);
        }
        if (rows.size() < PageSize)
            return Ok;
    }
}

int runShow(const QStringList &args) {
    CommandLine cli(QStringLiteral("show"),
                    Text::tr("Prints every field of an incident and what it still misses."));
    cli.parser().addPositionalArgument(
        QStringLiteral("id"), Text::tr("The incident's id, as `list` shows it."), QStringLiteral("ID"));
    if (auto stop = cli.parse(args, 1, 1, Text::tr("The command show takes one incident id.")))
        return *stop;
    int code = Ok;
    const auto id = idArgument(cli.positional().constFirst(), &code);
    if (!id)
        return code;
    Session session;
    if (auto stop = session.open(cli.databasePath()))
        return *stop;
    const auto incident = session.load(*id, &code);
    if (!incident)
        return code;

    const Completeness completeness = Completeness::of(*incident);
    QString completenessText = QStringLiteral("%1/%2").arg(completeness.filled).arg(Completeness::Total);
    if (!completeness.missing.isEmpty())
        completenessText += QStringLiteral(", ") +
                            Text::tr("missing: %1").arg(completeness.missing.join(QStringLiteral("; ")));
    QStringList lines{
        QStringLiteral("id: %1").arg(incident->id),
        QStringLiteral("title: ") + incident->title,
        QStringLiteral("date: ") + incident->date.toString(Qt::ISODate),
        QStringLiteral("status: ") + statusKey(incident->status),
        QStringLiteral("channel: ") + incident->channel,
        QStringLiteral("link: ") + incident->channelLink,
        QStringLiteral("document: ") + incident->documentName(),
        QStringLiteral("completeness: ") + completenessText,
    };
    // Section bodies are indented under their key, so a body line can never pass for a field.
    for (int i = 0; i < SectionCount; ++i) {
        const auto section = static_cast<Section>(i);
        lines << sectionKey(section) + QLatin1Char(':') + indented(incident->text(section));
    }
    print(lines.join(QLatin1Char('\n')));
    return Ok;
}

int runSet(const QStringList &args) {
    CommandLine cli(QStringLiteral("set"),
                    Text::tr("Changes one field of an incident. A value of - reads the "
                             "whole of standard input (UTF-8)."));
    cli.parser().addPositionalArgument(QStringLiteral("id"), Text::tr("The incident's id."),
                                       QStringLiteral("ID"));
    cli.parser().addPositionalArgument(QStringLiteral("field"),
                                       Text::tr("One of: %1.").arg(fieldKeys().join(QStringLiteral(", "))),
                                       QStringLiteral("FIELD"));
    cli.parser().addPositionalArgument(QStringLiteral("value"),
                                       Text::tr("The new value, or - for standard input."),
                                       QStringLiteral("VALUE|-"));
    if (auto stop = cli.parse(args, 3, 3, Text::tr("The command set takes an id, a field and a value.")))
        return *stop;
    const QStringList positional = cli.positional();
    int code = Ok;
    const auto id = idArgument(positional[0], &code);
    if (!id)
        return code;
    const auto field = fieldFromKey(positional[1]);
    if (!field)
        return fail(UsageError, Text::tr("There is no field “%1”; use one of: %2.")
                                    .arg(positional[1], fieldKeys().join(QStringLiteral(", "))));
    QString error;
    QString value = positional[2];
    if (value == QLatin1String("-")) {
        const auto text = readStdin(&error);
        if (!text)
            return fail(UsageError, error);
        value = *text;
    }

    Session session;
    if (auto stop = session.open(cli.databasePath()))
        return *stop;
    auto incident = session.load(*id, &code);
    if (!incident)
        return code;
    if (!incident->setValue(*field, value, &error))
        return fail(UsageError, error);
    if (!session.store().save(*incident, {*field}, &error))
        return fail(Failure, error);
    return Ok;
}

} // namespace hs::cli
