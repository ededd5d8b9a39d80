// target add, list, remove and test: the places `share` and `sync` publish post-mortems to.
#include "calendarsupport.h"
#include "cliio.h"
#include "commands.h"
#include "credentialstore.h"
#include "sharesupport.h"
#include "sharetargetfactory.h"
#include "subcommands.h"
#include "webhooktarget.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QUrl>

namespace hs::cli {

namespace {

// The secret as typed or piped: one line, without its line end. Never printed.
std::optional<QString> readSecret(const ShareTargetKind &kind, int *exitCode) {
    QString error;
    auto input = readStdin(&error);
    if (!input) {
        *exitCode = fail(UsageError, error);
        return std::nullopt;
    }
    QString secret = *input;
    while (secret.endsWith(QLatin1Char('\n')) || secret.endsWith(QLatin1Char('\r')))
        secret.chop(1);
    if (secret.isEmpty()) {
        *exitCode =
            fail(UsageError, Text::tr("Give the %1 on standard input.").arg(kind.secretLabel.toLower()));
        return std::nullopt;
    }
    return secret;
}

bool isHttpUrl(const QString &text) {
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && !url.host().isEmpty() &&
           (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
}

// The target's configuration from the command line, or a usage error.
std::optional<ShareTargetConfig> configFromArguments(const QString &kind, const QStringList &positional,
                                                     const QString &user, int *exitCode) {
    ShareTargetConfig config;
    config.kind = kind;
    const QString place = positional.value(1);
    const auto usage = [&](const QString &sentence) {
        *exitCode = fail(UsageError, sentence);
        return std::nullopt;
    };
    if (kind == QLatin1String("webhook")) {
        if (positional.size() != 1)
            return usage(Text::tr("The command target add webhook takes no address: the webhook URL is read "
                                  "from standard input, so it stays out of the shell history."));
        config.name = Text::tr("Chat webhook");
        return config;
    }
    if (positional.size() != 2)
        return usage(
            Text::tr("The command target add %1 takes one %2.")
                .arg(kind, kind == QLatin1String("folder") ? Text::tr("folder path") : Text::tr("address")));
    if (kind == QLatin1String("folder")) {
        const QString path = QDir::cleanPath(QFileInfo(place).absoluteFilePath());
        config.config.insert(QStringLiteral("path"), path);
        config.name = QDir(path).dirName();
        if (config.name.isEmpty())
            config.name = Text::tr("Shared folder");
        return config;
    }
    if (!isHttpUrl(place))
        return usage(Text::tr("“%1” is not an address; give a full http:// or https:// URL.").arg(place));
    if (!QUrl(place).userInfo().isEmpty())
        return usage(Text::tr("Leave the user name and password out of the address; use --user and standard "
                              "input."));
    if (user.isEmpty())
        return usage(Text::tr("Name the user on the server with --user."));
    config.config.insert(kind == QLatin1String("webdav") ? QStringLiteral("url") : QStringLiteral("apiUrl"),
                         place);
    config.config.insert(QStringLiteral("user"), user);
    config.name = QUrl(place).host();
    return config;
}

int targetAdd(const QStringList &args) {
    CommandLine cli(QStringLiteral("target add"),
                    Text::tr("Adds a place to share post-mortems to: a folder (a network mount or a synced "
                             "folder), a WebDAV folder, a MediaWiki or a chat webhook. Passwords and webhook "
                             "addresses are read from standard input and kept in the system keychain only. "
                             "Nothing is contacted yet: target test checks the connection."));
    const QCommandLineOption name(QStringLiteral("name"),
                                  Text::tr("The target's name (default: from the place)."),
                                  QStringLiteral("N"));
    const QCommandLineOption user(
        QStringLiteral("user"),
        Text::tr("The user name (WebDAV) or bot user (MediaWiki, e.g. Bot@hindsight)."), QStringLiteral("U"));
    const QCommandLineOption category(QStringLiteral("category"),
                                      Text::tr("MediaWiki: the category the pages are filed in."),
                                      Text::tr("name"));
    const QCommandLineOption prefix(QStringLiteral("page-prefix"),
                                    Text::tr("MediaWiki: the pages' title prefix (default Postmortems/)."),
                                    Text::tr("prefix"));
    cli.parser().addOptions({name, user, category, prefix});
    cli.parser().addPositionalArgument(
        QStringLiteral("kind"), Text::tr("folder, webdav, mediawiki or webhook."), QStringLiteral("KIND"));
    cli.parser().addPositionalArgument(
        QStringLiteral("place"),
        Text::tr("folder: its path; webdav: the folder's URL; mediawiki: the URL "
                 "of api.php; webhook: none (standard input)."),
        QStringLiteral("[PATH|URL]"));
    if (auto stop = cli.parse(args, 1, 2, Text::tr("The command target add takes a kind and a place.")))
        return *stop;
    const QStringList positional = cli.positional();
    const auto kind = shareTargetKind(positional.constFirst());
    if (!kind)
        return fail(UsageError,
                    Text::tr("There is no kind of target “%1”; use folder, webdav, mediawiki or webhook.")
                        .arg(positional.constFirst()));
    int code = Ok;
    auto config = configFromArguments(kind->key, positional, cli.parser().value(user).trimmed(), &code);
    if (!config)
        return code;
    if (cli.parser().isSet(name))
        config->name = cli.parser().value(name).trimmed();
    if (kind->key == QLatin1String("mediawiki")) {
        if (cli.parser().isSet(category))
            config->config.insert(QStringLiteral("category"), cli.parser().value(category));
        if (cli.parser().isSet(prefix))
            config->config.insert(QStringLiteral("pagePrefix"), cli.parser().value(prefix));
    }
    QString error;
    if (!validateShareTargetConfig(*config, &error))
        return fail(UsageError, error);
    if (kind->key == QLatin1String("folder") &&
        !QFileInfo(config->config.value(QStringLiteral("path")).toString()).isDir())
        return fail(Failure, Text::tr("The folder “%1” does not exist; create it (or mount the share) first.")
                                 .arg(targetPlace(*config)));

    std::optional<QString> secret;
    if (kind->needsSecret) {
        secret = readSecret(*kind, &code);
        if (!secret)
            return code;
        // The address is the secret: the check's sentence never repeats it.
        if (kind->key == QLatin1String("webhook") && !WebhookTarget::validateWebhookUrl(*secret, &error))
            return fail(UsageError, error);
    }

    ShareSession session;
    if (auto stop = session.open(cli.databasePath()))
        return *stop;
    const auto added = session.outbox().addTarget(*config, &error);
    if (!added)
        return fail(Failure, error);
    if (secret) {
        CredentialStore credentials;
        const auto stored = waitFor<CredentialResult>(
            [&](auto done) { credentials.write(shareSecretKey(added->id), *secret, done); });
        if (!stored.ok()) {
            // Without its secret the target could never send anything: take it back.
            QString ignored;
            session.outbox().removeTarget(added->id, &ignored);
            return fail(Failure,
                        shareKeychainSentence(stored, Text::tr("The target was not added and the %1 was not "
                                                               "stored anywhere.")
                                                          .arg(kind->secretLabel.toLower())));
        }
    }
    print(QStringLiteral("id: %1\nname: %2\nkind: %3\nplace: %4")
              .arg(QString::number(added->id), added->name, added->kind, targetPlace(*added)));
    return Ok;
}

int targetList(const QStringList &args) {
    CommandLine cli(QStringLiteral("target list"),
                    Text::tr("Prints one line per share target: id, kind, name, place and whether it is "
                             "enabled, separated by tabs. No secret is shown."));
    if (auto stop = cli.parse(args, 0, 0, Text::tr("The command target list takes no arguments.")))
        return *stop;
    ShareSession session;
    if (auto stop = session.open(cli.databasePath()))
        return *stop;
    QString error;
    const QList<ShareTargetConfig> targets = session.outbox().targets(&error);
    if (!error.isEmpty())
        return fail(Failure, error);
    QStringList lines;
    for (const ShareTargetConfig &t : targets)
        lines << QStringList{QString::number(t.id), t.kind, t.name, targetPlace(t),
                             t.enabled ? QStringLiteral("enabled") : QStringLiteral("disabled")}
                     .join(QLatin1Char('\t'));
    if (!lines.isEmpty())
        print(lines.join(QLatin1Char('\n')));
    return Ok;
}

// What target remove and target test begin with: one TARGET argument, the database, the stored target.
// nullopt with the exit code in `exitCode` (help, usage, no database, no such target).
std::optional<ShareTargetConfig> oneTarget(const QString &command, const QString &description,
                                           const QString &usage, const QStringList &args,
                                           ShareSession &session, int *exitCode) {
    CommandLine cli(command, description);
    cli.parser().addPositionalArgument(QStringLiteral("target"), Text::tr("The target's id or name."),
                                       QStringLiteral("TARGET"));
    if (auto stop = cli.parse(args, 1, 1, usage)) {
        *exitCode = *stop;
        return std::nullopt;
    }
    if (auto stop = session.open(cli.databasePath())) {
        *exitCode = *stop;
        return std::nullopt;
    }
    return session.target(cli.positional().constFirst(), exitCode);
}

int targetRemove(const QStringList &args) {
    ShareSession session;
    int code = Ok;
    const auto target =
        oneTarget(QStringLiteral("target remove"),
                  Text::tr("Forgets a share target, its queue and its secret in the keychain; what was "
                           "already published stays where it is."),
                  Text::tr("The command target remove takes one target id or name."), args, session, &code);
    if (!target)
        return code;
    const auto kind = shareTargetKind(target->kind);
    if (kind && kind->needsSecret) {
        CredentialStore credentials;
        const auto removed = waitFor<CredentialResult>(
            [&](auto done) { credentials.remove(shareSecretKey(target->id), done); });
        if (!removed.ok())
            return fail(Failure,
                        Text::tr("The target was kept, because its secret could not be deleted from the "
                                 "keychain: %1")
                            .arg(removed.error));
    }
    QString error;
    if (!session.outbox().removeTarget(target->id, &error))
        return fail(Failure, error);
    return Ok;
}

int targetTest(const QStringList &args) {
    ShareSession session;
    int code = Ok;
    const auto target =
        oneTarget(QStringLiteral("target test"),
                  Text::tr("Checks that a share target can be reached and written to with its stored "
                           "credentials, without changing anything there."),
                  Text::tr("The command target test takes one target id or name."), args, session, &code);
    if (!target)
        return code;
    QString secret;
    const auto kind = shareTargetKind(target->kind);
    if (kind && kind->needsSecret) {
        CredentialStore credentials;
        const auto read =
            waitFor<CredentialResult>([&](auto done) { credentials.read(shareSecretKey(target->id), done); });
        if (read.status == CredentialResult::Status::NotFound)
            return fail(Failure, Text::tr("No %1 is stored for “%2”; remove the target and add it again.")
                                     .arg(kind->secretLabel.toLower(), target->name));
        if (!read.ok())
            return fail(Failure, shareKeychainSentence(read, Text::tr("The target was not tested.")));
        secret = read.secret;
    }
    QString error;
    const std::unique_ptr<ShareTarget> share = makeShareTarget(*target, secret, nullptr, &error);
    if (!share)
        return fail(Failure, error);
    const auto tested = waitFor<ShareResult>([&](auto done) { share->test(done); });
    if (!tested.ok())
        return fail(Failure, tested.message);
    print(tested.message.isEmpty() ? Text::tr("%1 can be used.").arg(share->where()) : tested.message);
    return Ok;
}

} // namespace

int runTarget(const QStringList &args) {
    static const QList<Subcommand> subcommands{
        {"add",
         QT_TRANSLATE_NOOP("hs::cli",
                           "Add a place: add folder PATH | webdav URL --user U | mediawiki API_URL "
                           "--user U | webhook (secrets on standard input)"),
         targetAdd},
        {"list", QT_TRANSLATE_NOOP("hs::cli", "Show the share targets"), targetList},
        {"remove", QT_TRANSLATE_NOOP("hs::cli", "Forget a target and its secret: remove TARGET"),
         targetRemove},
        {"test", QT_TRANSLATE_NOOP("hs::cli", "Check a target's connection: test TARGET"), targetTest},
    };
    return runSubcommand(
        QStringLiteral("target"),
        Text::tr("The places share and sync publish post-mortems to: shared folders, WebDAV, "
                 "MediaWiki and the incident channel's webhook."),
        subcommands, args);
}

} // namespace hs::cli
