// calendar add, list and remove: the CalDAV calendar that `review push` writes the reviews to.
#include "caldavclient.h"
#include "calendarsupport.h"
#include "cliio.h"
#include "commands.h"
#include "credentialstore.h"
#include "subcommands.h"

#include <QSettings>

namespace hs::cli {

namespace {

const QString kUrlKey = QStringLiteral("calendar/url");
const QString kUserKey = QStringLiteral("calendar/user");

// Why a keychain failure stops the CLI: the app could keep the secret for the session, but a CLI
// run is over in a moment, so that would store nothing.
QString keychainSentence(const CredentialResult &result) {
    if (!result.keychainUnavailable())
        return result.error;
    return Text::tr("%1 The calendar was not set up and the password was not stored anywhere (the app "
                    "can keep it for one session without a keychain; a command ends at once).")
        .arg(result.error);
}

int calendarAdd(const QStringList &args) {
    CommandLine cli(
        QStringLiteral("calendar add"),
        Text::tr("Sets up the CalDAV calendar the reviews are pushed to. The password (or app token) "
                 "is read from standard input, checked against the server and kept in the system "
                 "keychain only."));
    const QCommandLineOption user(QStringLiteral("user"), Text::tr("The user name on the server (required)."),
                                  QStringLiteral("U"));
    cli.parser().addOption(user);
    cli.parser().addPositionalArgument(QStringLiteral("url"),
                                       Text::tr("The address of one calendar (a CalDAV collection)."),
                                       QStringLiteral("URL"));
    if (auto stop = cli.parse(args, 1, 1, Text::tr("The command calendar add takes one calendar address.")))
        return *stop;
    CalendarAccount account;
    account.url = QUrl(cli.positional().constFirst(), QUrl::StrictMode);
    account.user = cli.parser().value(user).trimmed();
    if (!account.url.isValid() || account.url.host().isEmpty() ||
        (account.url.scheme() != QLatin1String("https") && account.url.scheme() != QLatin1String("http")))
        return fail(UsageError,
                    Text::tr("“%1” is not a calendar address; give a full http:// or https:// URL.")
                        .arg(cli.positional().constFirst()));
    if (!account.url.userInfo().isEmpty())
        return fail(UsageError,
                    Text::tr("Leave the user name and password out of the address; use --user and "
                             "standard input."));
    if (account.user.isEmpty())
        return fail(UsageError, Text::tr("Name the user on the calendar server with --user."));
    if (const auto current = CalendarAccount::load();
        current && (current->url != account.url || current->user != account.user))
        return fail(Failure, Text::tr("A calendar is already set up (%1); calendar remove forgets it first.")
                                 .arg(current->url.toDisplayString()));

    QString error;
    auto input = readStdin(&error);
    if (!input)
        return fail(UsageError, error);
    QString password = *input;
    while (password.endsWith(QLatin1Char('\n')) || password.endsWith(QLatin1Char('\r')))
        password.chop(1);
    if (password.isEmpty())
        return fail(UsageError, Text::tr("Give the password or app token on standard input."));

    CalDavClient client;
    client.configure(account.url, account.user, password);
    const auto tested = waitFor<CalDavResult>([&](auto done) { client.test(done); });
    if (!tested.ok())
        return fail(Failure, tested.error);

    CredentialStore credentials;
    const auto stored = waitFor<CredentialResult>(
        [&](auto done) { credentials.write(account.credentialKey(), password, done); });
    if (!stored.ok())
        return fail(Failure, keychainSentence(stored));
    account.save();
    print(tested.displayName.isEmpty()
              ? Text::tr("Calendar set up: %1").arg(account.url.toDisplayString())
              : Text::tr("Calendar set up: %1 (%2)").arg(account.url.toDisplayString(), tested.displayName));
    return Ok;
}

int calendarList(const QStringList &args) {
    CommandLine cli(
        QStringLiteral("calendar list"),
        Text::tr("Prints the calendar set up for review push: its address and user, separated by a "
                 "tab (nothing when none is)."));
    if (auto stop = cli.parse(args, 0, 0, Text::tr("The command calendar list takes no arguments.")))
        return *stop;
    if (const auto account = CalendarAccount::load())
        print(account->url.toDisplayString() + QLatin1Char('\t') + account->user);
    return Ok;
}

int calendarRemove(const QStringList &args) {
    CommandLine cli(QStringLiteral("calendar remove"),
                    Text::tr("Forgets the calendar and deletes its password from the keychain; the events "
                             "already pushed stay on the server."));
    cli.parser().addPositionalArgument(
        QStringLiteral("url"), Text::tr("The calendar's address (optional check)."), QStringLiteral("[URL]"));
    if (auto stop = cli.parse(args, 0, 1,
                              Text::tr("The command calendar remove takes at most the calendar's address.")))
        return *stop;
    const auto account = CalendarAccount::load();
    if (!account)
        return fail(Failure, Text::tr("No calendar is set up."));
    if (!cli.positional().isEmpty() && QUrl(cli.positional().constFirst()) != account->url)
        return fail(Failure, Text::tr("The calendar set up is %1, not %2.")
                                 .arg(account->url.toDisplayString(), cli.positional().constFirst()));
    CredentialStore credentials;
    const auto removed =
        waitFor<CredentialResult>([&](auto done) { credentials.remove(account->credentialKey(), done); });
    if (!removed.ok())
        return fail(Failure,
                    Text::tr("The calendar was kept, because its password could not be deleted from the "
                             "keychain: %1")
                        .arg(removed.error));
    CalendarAccount::forget();
    return Ok;
}

} // namespace

std::optional<CalendarAccount> CalendarAccount::load() {
    const QSettings settings;
    CalendarAccount account;
    account.url = QUrl(settings.value(kUrlKey).toString());
    account.user = settings.value(kUserKey).toString();
    if (!account.url.isValid() || account.url.isEmpty() || account.user.isEmpty())
        return std::nullopt;
    return account;
}

void CalendarAccount::save() const {
    QSettings settings;
    settings.setValue(kUrlKey, url.toString());
    settings.setValue(kUserKey, user);
}

void CalendarAccount::forget() {
    QSettings settings;
    settings.remove(kUrlKey);
    settings.remove(kUserKey);
}

QString CalendarAccount::credentialKey() const {
    return CredentialStore::calDavKey(url, user);
}

int runCalendar(const QStringList &args) {
    static const QList<Subcommand> subcommands{
        {"add",
         QT_TRANSLATE_NOOP("hs::cli", "Set up the calendar: add URL --user U (password on standard input)"),
         calendarAdd},
        {"list", QT_TRANSLATE_NOOP("hs::cli", "Show the calendar set up"), calendarList},
        {"remove", QT_TRANSLATE_NOOP("hs::cli", "Forget the calendar and its password: remove [URL]"),
         calendarRemove},
    };
    return runSubcommand(
        QStringLiteral("calendar"),
        Text::tr("The CalDAV calendar (Nextcloud, iCloud, Fastmail, Radicale …) that review push "
                 "writes the reviews to."),
        subcommands, args);
}

} // namespace hs::cli
