// review propose, list, done and export-ics (review push and delete are in reviewpush.cpp).
#include "calendarsupport.h"
#include "cliio.h"
#include "commands.h"
#include "followupsettings.h"
#include "icswriter.h"
#include "incident.h"
#include "reviewschedule.h"
#include "reviewstore.h"
#include "subcommands.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace hs::cli {

namespace {

std::optional<qint64> idArgument(const QString &text, const QString &what, int *exitCode) {
    const auto id = parseId(text);
    if (!id)
        *exitCode =
            fail(UsageError, Text::tr("“%1” is not %2 id; ids are positive numbers.").arg(text, what));
    return id;
}

QString reviewLine(const Review &review) {
    return QStringList{QString::number(review.id), reviewKindKey(review.kind),
                       review.at.toString(Qt::ISODate)}
        .join(QLatin1Char('\t'));
}

int reviewPropose(const QStringList &args) {
    CommandLine cli(QStringLiteral("review propose"),
                    Text::tr("Schedules the two reviews of an incident, one week and one month after its "
                             "document was written (moved off weekends, at 10:00 local time), and prints "
                             "them: id, kind and time, separated by tabs."));
    const QCommandLineOption from(QStringLiteral("from"),
                                  Text::tr("The day the document was written (default: today)."),
                                  QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption time(
        QStringLiteral("time"),
        Text::tr("The local time of the reviews (default: the hour set in Preferences, 10:00 "
                 "unless changed)."),
        QStringLiteral("HH:MM"));
    const QCommandLineOption replace(
        QStringLiteral("replace"),
        Text::tr("Move the incident's existing reviews to the new dates (they keep "
                 "their calendar events, which the next push updates)."));
    cli.parser().addOptions({from, time, replace});
    cli.parser().addPositionalArgument(QStringLiteral("incident"), Text::tr("The incident's id."),
                                       QStringLiteral("INCIDENT"));
    if (auto stop = cli.parse(args, 1, 1, Text::tr("The command review propose takes one incident id.")))
        return *stop;
    int code = Ok;
    const auto incidentId = idArgument(cli.positional().constFirst(), Text::tr("an incident"), &code);
    if (!incidentId)
        return code;
    QDate documentedOn = QDate::currentDate();
    if (cli.parser().isSet(from)) {
        documentedOn = QDate::fromString(cli.parser().value(from), Qt::ISODate);
        if (!documentedOn.isValid())
            return fail(UsageError,
                        Text::tr("“%1” is not a date; write it YYYY-MM-DD.").arg(cli.parser().value(from)));
    }
    ReviewRules rules;
    rules.time = followupsettings::reviewTime(); // the app's Preferences, unless --time says otherwise
    if (cli.parser().isSet(time)) {
        rules.time = QTime::fromString(cli.parser().value(time), QStringLiteral("HH:mm"));
        if (!rules.time.isValid())
            return fail(UsageError,
                        Text::tr("“%1” is not a time; write it HH:MM.").arg(cli.parser().value(time)));
    }

    Session session;
    if (auto stop = session.open(cli.databasePath()))
        return *stop;
    if (!session.load(*incidentId, &code))
        return code;
    ReviewStore store(session.database());
    QString error;
    const QList<Review> existing = store.forIncident(*incidentId, &error);
    if (!error.isEmpty())
        return fail(Failure, error);
    if (!existing.isEmpty() && !cli.parser().isSet(replace))
        return fail(Failure,
                    Text::tr("Incident %1 already has reviews; review list shows them, and --replace "
                             "moves them to the new dates.")
                        .arg(*incidentId));

    const QList<ReviewProposal> proposals = proposeReviews(documentedOn, rules);
    QList<Review> stored;
    if (existing.isEmpty()) {
        stored = store.create(*incidentId, proposals, &error);
        if (stored.isEmpty())
            return fail(Failure, error);
    } else {
        // Updating in place keeps each review's UID and calendar state, so no event is orphaned.
        for (const ReviewProposal &proposal : proposals) {
            auto it = std::find_if(existing.cbegin(), existing.cend(),
                                   [&](const Review &r) { return r.kind == proposal.kind; });
            if (it == existing.cend()) {
                const auto created = store.create(*incidentId, proposal.kind, proposal.at, &error);
                if (!created)
                    return fail(Failure, error);
                stored << *created;
                continue;
            }
            Review review = *it;
            review.at = proposal.at;
            if (!store.update(review, &error))
                return fail(Failure, error);
            stored << review;
        }
    }
    QStringList lines;
    for (const Review &review : stored)
        lines << reviewLine(review);
    print(lines.join(QLatin1Char('\n')));
    return Ok;
}

int reviewList(const QStringList &args) {
    CommandLine cli(QStringLiteral("review list"),
                    Text::tr("Prints the reviews not done yet, the earliest first: id, time, state (overdue, "
                             "due today or upcoming), kind, incident id, open actions and incident title, "
                             "separated by tabs."));
    const QCommandLineOption due(QStringLiteral("due"), Text::tr("Only the reviews due today or overdue."));
    cli.parser().addOption(due);
    if (auto stop = cli.parse(args, 0, 0, Text::tr("The command review list takes no arguments.")))
        return *stop;
    Session session;
    if (auto stop = session.open(cli.databasePath()))
        return *stop;
    ReviewStore store(session.database());
    const QDateTime now = QDateTime::currentDateTime();
    const QDateTime endOfToday = ReviewStore::endOfDay(now);
    QString error;
    const QList<ReviewAgendaItem> items =
        cli.parser().isSet(due) ? store.due(now, &error) : store.agenda(now.addYears(1000), 1000000, &error);
    if (!error.isEmpty())
        return fail(Failure, error);
    QStringList lines;
    for (const ReviewAgendaItem &item : items) {
        const Review &r = item.review;
        const QString state = r.at < now          ? QStringLiteral("overdue")
                              : r.at < endOfToday ? QStringLiteral("due")
                                                  : QStringLiteral("upcoming");
        QString title = item.incidentTitle;
        title.replace(QLatin1Char('\t'), QLatin1Char(' '));
        lines << QStringList{QString::number(r.id),
                             r.at.toString(Qt::ISODate),
                             state,
                             reviewKindKey(r.kind),
                             QString::number(r.incidentId),
                             QString::number(item.openActions.size()),
                             title}
                     .join(QLatin1Char('\t'));
    }
    if (!lines.isEmpty())
        print(lines.join(QLatin1Char('\n')));
    return Ok;
}

int reviewDone(const QStringList &args) {
    CommandLine cli(QStringLiteral("review done"), Text::tr("Marks a review done, with what was found."));
    const QCommandLineOption notes(QStringLiteral("notes"), Text::tr("What was done, what is still open."),
                                   QStringLiteral("N"));
    cli.parser().addOption(notes);
    cli.parser().addPositionalArgument(QStringLiteral("review"), Text::tr("The review's id."),
                                       QStringLiteral("REVIEW"));
    if (auto stop = cli.parse(args, 1, 1, Text::tr("The command review done takes one review id.")))
        return *stop;
    int code = Ok;
    const auto id = idArgument(cli.positional().constFirst(), Text::tr("a review"), &code);
    if (!id)
        return code;
    Session session;
    if (auto stop = session.open(cli.databasePath()))
        return *stop;
    ReviewStore store(session.database());
    QString error;
    auto review = store.load(*id, &error);
    if (!review)
        return fail(Failure, error.isEmpty() ? Text::tr("There is no review %1.").arg(*id) : error);
    review->done = true;
    if (cli.parser().isSet(notes))
        review->notes = cli.parser().value(notes);
    if (!store.update(*review, &error))
        return fail(Failure, error);
    return Ok;
}

int reviewExportIcs(const QStringList &args) {
    CommandLine cli(
        QStringLiteral("review export-ics"),
        Text::tr("Writes an incident's reviews as an iCalendar (.ics) file and prints its path."));
    const QCommandLineOption output(
        {QStringLiteral("o"), QStringLiteral("output")},
        Text::tr("The file to write, or a folder to write <document name>-reviews.ics "
                 "into (required)."),
        QStringLiteral("path"));
    cli.parser().addOption(output);
    cli.parser().addPositionalArgument(QStringLiteral("incident"), Text::tr("The incident's id."),
                                       QStringLiteral("INCIDENT"));
    if (auto stop = cli.parse(args, 1, 1, Text::tr("The command review export-ics takes one incident id.")))
        return *stop;
    int code = Ok;
    const auto incidentId = idArgument(cli.positional().constFirst(), Text::tr("an incident"), &code);
    if (!incidentId)
        return code;
    if (cli.parser().value(output).isEmpty())
        return fail(UsageError, Text::tr("Say where to write the file with --output."));

    Session session;
    if (auto stop = session.open(cli.databasePath()))
        return *stop;
    const auto incident = session.load(*incidentId, &code);
    if (!incident)
        return code;
    QString error;
    const QList<IcsWriter::Event> events =
        ReviewStore(session.database()).calendarEvents(incident->id, incident->title, &error);
    if (!error.isEmpty())
        return fail(Failure, error);
    if (events.isEmpty())
        return fail(
            Failure,
            Text::tr("Incident %1 has no reviews yet; review propose schedules them.").arg(*incidentId));

    QString path = cli.parser().value(output);
    if (QFileInfo(path).isDir() || path.endsWith(QLatin1Char('/'))) {
        const QString name = incident->documentName();
        if (name.isEmpty() || name.startsWith(QLatin1Char('.')) || name.contains(QLatin1Char('/')))
            return fail(
                Failure,
                Text::tr("The incident's document name “%1” cannot be used as a file name.").arg(name));
        if (!QDir().mkpath(path))
            return fail(Failure,
                        Text::tr("The folder “%1” cannot be created.").arg(QDir::toNativeSeparators(path)));
        path = QDir(path).filePath(name + QStringLiteral("-reviews.ics"));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(IcsWriter().calendar(events)) < 0 || !file.commit())
        return fail(
            Failure,
            Text::tr("“%1” cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    print(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()));
    return Ok;
}

} // namespace

int runReview(const QStringList &args) {
    static const QList<Subcommand> subcommands{
        {"propose",
         QT_TRANSLATE_NOOP("hs::cli",
                           "Schedule the +1 week and +1 month reviews: propose INCIDENT [--from DATE] "
                           "[--time HH:MM] [--replace]"),
         reviewPropose},
        {"list", QT_TRANSLATE_NOOP("hs::cli", "List the reviews not done, earliest first: list [--due]"),
         reviewList},
        {"done", QT_TRANSLATE_NOOP("hs::cli", "Mark a review done: done REVIEW [--notes N]"), reviewDone},
        {"export-ics",
         QT_TRANSLATE_NOOP("hs::cli", "Write the reviews as .ics: export-ics INCIDENT --output F"),
         reviewExportIcs},
        {"push",
         QT_TRANSLATE_NOOP("hs::cli",
                           "Create or update the reviews on the calendar (calendar add): push INCIDENT"),
         runReviewPush},
        {"delete",
         QT_TRANSLATE_NOOP("hs::cli", "Delete a review and its calendar event: delete REVIEW [--keep-event]"),
         runReviewDelete},
    };
    return runSubcommand(QStringLiteral("review"), Text::tr("The +1 week and +1 month reviews of incidents."),
                         subcommands, args);
}

} // namespace hs::cli
