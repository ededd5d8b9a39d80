// review push and review delete: the reviews on the CalDAV calendar set up with `calendar add`, through
// ReviewCalendarSync (the app uses the same class).
#include "caldavclient.h"
#include "calendarsupport.h"
#include "cliio.h"
#include "credentialstore.h"
#include "incident.h"
#include "reviewcalendarsync.h"
#include "reviewstore.h"

namespace hs::cli {

namespace {

QString reviewName(const Review &review) {
    return Text::tr("Review %1 (%2)").arg(QString::number(review.id), reviewKindEnglishLabel(review.kind));
}

QString outcomeKey(ReviewPushOutcome::Status status) {
    switch (status) {
    case ReviewPushOutcome::Status::Created:
        return QStringLiteral("created");
    case ReviewPushOutcome::Status::Updated:
        return QStringLiteral("updated");
    case ReviewPushOutcome::Status::Overwritten:
        return QStringLiteral("overwritten");
    case ReviewPushOutcome::Status::Conflict:
        return QStringLiteral("conflict");
    case ReviewPushOutcome::Status::Failed:
        return QStringLiteral("failed");
    case ReviewPushOutcome::Status::NotTried:
        break;
    }
    return QStringLiteral("not-tried");
}

// The one-sentence description of a conflict's server side, for the error line.
QString conflictText(const Review &review, const QByteArray &serverIcs) {
    if (serverIcs.isEmpty())
        return Text::tr("%1 was deleted on the calendar server").arg(reviewName(review));
    return Text::tr("%1 was changed on the calendar server (it starts %2 there)")
        .arg(reviewName(review), ReviewCalendarSync::eventStartText(serverIcs));
}

} // namespace

std::optional<int> connectCalendar(CalDavClient &client, const CalendarAccount &account) {
    CredentialStore credentials;
    const auto secret =
        waitFor<CredentialResult>([&](auto done) { credentials.read(account.credentialKey(), done); });
    if (secret.status == CredentialResult::Status::NotFound)
        return fail(Failure, Text::tr("The calendar's password is not in the keychain (it may be locked); "
                                      "calendar add stores it again."));
    if (!secret.ok())
        return fail(Failure, secret.error);
    client.configure(account.url, account.user, secret.secret);
    return std::nullopt;
}

int runReviewPush(const QStringList &args) {
    CommandLine cli(
        QStringLiteral("review push"),
        Text::tr("Creates or updates an incident's reviews as events on the calendar set up with "
                 "calendar add, and prints one line per review: created, updated or conflict, then "
                 "its id and kind. An event changed on the server since the last push is never "
                 "overwritten unless --overwrite says so."));
    const QCommandLineOption overwrite(
        QStringLiteral("overwrite"),
        Text::tr("Replace events that were changed on the server with this version."));
    cli.parser().addOption(overwrite);
    cli.parser().addPositionalArgument(QStringLiteral("incident"), Text::tr("The incident's id."),
                                       QStringLiteral("INCIDENT"));
    if (auto stop = cli.parse(args, 1, 1, Text::tr("The command review push takes one incident id.")))
        return *stop;
    const auto incidentId = parseId(cli.positional().constFirst());
    if (!incidentId)
        return fail(UsageError, Text::tr("“%1” is not an incident id; ids are positive numbers.")
                                    .arg(cli.positional().constFirst()));
    const auto account = CalendarAccount::load();
    if (!account)
        return fail(Failure, Text::tr("No calendar is set up; calendar add sets one up."));

    Session session;
    if (auto stop = session.open(cli.databasePath()))
        return *stop;
    int code = Ok;
    const auto incident = session.load(*incidentId, &code);
    if (!incident)
        return code;
    ReviewStore reviews(session.database());
    QString error;
    const QList<IcsWriter::Event> events = reviews.calendarEvents(incident->id, incident->title, &error);
    if (!error.isEmpty())
        return fail(Failure, error);
    if (events.isEmpty())
        return fail(
            Failure,
            Text::tr("Incident %1 has no reviews yet; review propose schedules them.").arg(*incidentId));

    CalDavClient client;
    if (auto stop = connectCalendar(client, *account))
        return *stop;
    ReviewCalendarSync sync(reviews, client);
    const auto report =
        waitFor<ReviewPushReport>([&](auto done) { sync.push(events, cli.parser().isSet(overwrite), done); });

    QStringList conflicts;
    for (const ReviewPushOutcome &outcome : report.outcomes) {
        const Review &review = outcome.review;
        if (outcome.status == ReviewPushOutcome::Status::NotTried ||
            outcome.status == ReviewPushOutcome::Status::Failed)
            continue;
        QStringList line{outcomeKey(outcome.status), QString::number(review.id), reviewKindKey(review.kind)};
        if (outcome.status == ReviewPushOutcome::Status::Conflict) {
            line << (outcome.serverIcs.isEmpty() ? QStringLiteral("deleted on the server")
                                                 : QStringLiteral("server starts ") +
                                                       ReviewCalendarSync::eventStartText(outcome.serverIcs));
            conflicts << conflictText(review, outcome.serverIcs);
        }
        print(line.join(QLatin1Char('\t')));
    }
    if (!report.error.isEmpty()) // the server is down or refuses us
        return fail(Failure, report.error);
    if (!conflicts.isEmpty())
        return fail(Failure, Text::tr("%1 by someone else, so your version was not saved there; push with "
                                      "--overwrite to replace it.")
                                 .arg(conflicts.join(QStringLiteral("; "))));
    return Ok;
}

// Never loses data silently: when the event cannot be deleted (conflict, server down, calendar no
// longer set up) nothing is deleted and the user is told; --keep-event deletes the review only.
int runReviewDelete(const QStringList &args) {
    CommandLine cli(
        QStringLiteral("review delete"),
        Text::tr("Deletes a review and, when it was pushed, its event on the calendar set up with "
                 "calendar add. Prints the review's id and what became of the event (deleted, "
                 "already gone, kept or none), separated by a tab. When the event cannot be deleted "
                 "(changed on the server, server unreachable) nothing is deleted, unless --keep-event "
                 "says to delete the review here only."));
    const QCommandLineOption keepEvent(
        QStringLiteral("keep-event"),
        Text::tr("Delete the review here only and leave its event on the calendar."));
    cli.parser().addOption(keepEvent);
    cli.parser().addPositionalArgument(QStringLiteral("review"), Text::tr("The review's id."),
                                       QStringLiteral("REVIEW"));
    if (auto stop = cli.parse(args, 1, 1, Text::tr("The command review delete takes one review id.")))
        return *stop;
    const auto id = parseId(cli.positional().constFirst());
    if (!id)
        return fail(UsageError, Text::tr("“%1” is not a review id; ids are positive numbers.")
                                    .arg(cli.positional().constFirst()));
    Session session;
    if (auto stop = session.open(cli.databasePath()))
        return *stop;
    ReviewStore reviews(session.database());
    QString error;
    const auto review = reviews.load(*id, &error);
    if (!review)
        return fail(Failure, error.isEmpty() ? Text::tr("There is no review %1.").arg(*id) : error);

    auto deleteHere = [&](const QString &event) {
        if (!reviews.remove(review->id, &error))
            return fail(Failure, error);
        print(QString::number(review->id) + QLatin1Char('\t') + event);
        return int(Ok);
    };
    if (review->calendarHref.isEmpty())
        return deleteHere(QStringLiteral("none"));
    if (cli.parser().isSet(keepEvent))
        return deleteHere(QStringLiteral("kept"));
    const auto account = CalendarAccount::load();
    if (!account)
        return fail(Failure, Text::tr("%1 is on a calendar, but no calendar is set up now, so its event "
                                      "cannot be deleted; nothing was deleted. calendar add sets the "
                                      "calendar up again, or --keep-event deletes the review here only.")
                                 .arg(reviewName(*review)));

    CalDavClient client;
    if (auto stop = connectCalendar(client, *account))
        return *stop;
    ReviewCalendarSync sync(reviews, client);
    const auto result = waitFor<ReviewDeleteResult>([&](auto done) { sync.remove(*review, done); });
    switch (result.status) {
    case ReviewDeleteResult::Status::Deleted:
        print(QString::number(review->id) + QLatin1Char('\t') +
              (result.eventWasGone ? QStringLiteral("already gone") : QStringLiteral("deleted")));
        return Ok;
    case ReviewDeleteResult::Status::LocalOnly:
        print(QString::number(review->id) + QStringLiteral("\tnone"));
        return Ok;
    case ReviewDeleteResult::Status::Conflict:
        print(QStringList{QStringLiteral("conflict"), QString::number(review->id),
                          QStringLiteral("server starts ") +
                              ReviewCalendarSync::eventStartText(result.serverIcs)}
                  .join(QLatin1Char('\t')));
        return fail(Failure, Text::tr("%1 by someone else since the last push, so neither the event nor the "
                                      "review was deleted; --keep-event deletes the review here only.")
                                 .arg(conflictText(*review, result.serverIcs)));
    case ReviewDeleteResult::Status::Failed:
        break;
    }
    return fail(Failure, Text::tr("%1 The review was not deleted; --keep-event deletes it here only and "
                                  "leaves its event on the calendar.")
                             .arg(result.error));
}

} // namespace hs::cli
