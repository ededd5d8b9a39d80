// review push: writes an incident's reviews to the CalDAV calendar set up with `calendar add`.
#include "caldavclient.h"
#include "calendarsupport.h"
#include "cliio.h"
#include "credentialstore.h"
#include "incident.h"
#include "reviewstore.h"

namespace hs::cli {

namespace {

// The DTSTART of an event as the server has it, to show what changed there.
QString serverStart(const QByteArray &ics) {
    QByteArray unfolded = ics;
    unfolded.replace("\r\n ", "").replace("\r\n\t", "");
    for (const QByteArray &line : unfolded.split('\n'))
        if (line.startsWith("DTSTART"))
            return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
    return {};
}

QString reviewName(const Review &review) {
    return Text::tr("Review %1 (%2)").arg(QString::number(review.id), reviewKindEnglishLabel(review.kind));
}

} // namespace

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
    QString error;
    const QList<IcsWriter::Event> events = reviewEvents(session.database(), *incident, &error);
    if (!error.isEmpty())
        return fail(Failure, error);
    if (events.isEmpty())
        return fail(
            Failure,
            Text::tr("Incident %1 has no reviews yet; review propose schedules them.").arg(*incidentId));

    CredentialStore credentials;
    const auto secret =
        waitFor<CredentialResult>([&](auto done) { credentials.read(account->credentialKey(), done); });
    if (secret.status == CredentialResult::Status::NotFound)
        return fail(Failure, Text::tr("The calendar's password is not in the keychain (it may be locked); "
                                      "calendar add stores it again."));
    if (!secret.ok())
        return fail(Failure, secret.error);

    CalDavClient client;
    client.configure(account->url, account->user, secret.secret);
    ReviewStore reviews(session.database());
    const IcsWriter writer;
    QStringList conflicts;
    for (const IcsWriter::Event &event : events) {
        const Review &review = event.review;
        // An ETag is only good for the event it came from: after a change of calendar, create anew.
        const bool known =
            !review.calendarEtag.isEmpty() && QUrl(review.calendarHref) == client.hrefFor(review.uid);
        const QByteArray ics = writer.calendar(event);
        auto put = [&](const QByteArray &etag) {
            return waitFor<CalDavResult>([&](auto done) { client.putEvent(review.uid, ics, etag, done); });
        };
        CalDavResult result = put(known ? review.calendarEtag.toLatin1() : QByteArray());
        QString what = known ? QStringLiteral("updated") : QStringLiteral("created");
        if (result.status == CalDavResult::Status::Conflict && cli.parser().isSet(overwrite)) {
            result = put(result.serverEtag); // empty when deleted there: created again
            what = QStringLiteral("overwritten");
        }
        if (result.status == CalDavResult::Status::Conflict) {
            const QString start = serverStart(result.serverIcs);
            print(QStringList{QStringLiteral("conflict"), QString::number(review.id),
                              reviewKindKey(review.kind),
                              result.serverIcs.isEmpty() ? QStringLiteral("deleted on the server")
                                                         : QStringLiteral("server starts ") + start}
                      .join(QLatin1Char('\t')));
            conflicts << (result.serverIcs.isEmpty()
                              ? Text::tr("%1 was deleted on the calendar server").arg(reviewName(review))
                              : Text::tr("%1 was changed on the calendar server (it starts %2 there)")
                                    .arg(reviewName(review), start));
            continue;
        }
        if (!result.ok()) // the server is down or refuses us: the next reviews would fail the same way
            return fail(Failure, result.error);
        if (!reviews.setCalendarState(review.id, result.href.toString(), QString::fromLatin1(result.etag),
                                      &error))
            return fail(Failure, error);
        print(QStringList{what, QString::number(review.id), reviewKindKey(review.kind)}.join(
            QLatin1Char('\t')));
    }
    if (!conflicts.isEmpty())
        return fail(Failure, Text::tr("%1 by someone else, so your version was not saved there; push with "
                                      "--overwrite to replace it.")
                                 .arg(conflicts.join(QStringLiteral("; "))));
    return Ok;
}

} // namespace hs::cli
