#include "subcommands.h"

#include "cliio.h"

namespace hs::cli {

namespace {

QString names(const QList<Subcommand> &subcommands) {
    QStringList list;
    for (const Subcommand &s : subcommands)
        list << QLatin1String(s.name);
    return list.join(QStringLiteral(", "));
}

QString groupHelp(const QString &group, const QString &description, const QList<Subcommand> &subcommands) {
    QString text = Text::tr("Usage: hindsight-cli [--database path] %1 SUBCOMMAND [ARGUMENTS]").arg(group) +
                   QStringLiteral("\n\n") + description + QStringLiteral("\n\n") +
                   Text::tr("Subcommands (each has its own --help):") + QLatin1Char('\n');
    for (const Subcommand &s : subcommands)
        text += QStringLiteral("  %1  %2\n")
                    .arg(QString::fromLatin1(s.name).leftJustified(10), Text::tr(s.summary));
    text += QLatin1Char('\n') + Text::tr("Exit codes: 0 done, 1 failed, 2 wrong usage.");
    return text;
}

} // namespace

int runSubcommand(const QString &group, const QString &description, const QList<Subcommand> &subcommands,
                  const QStringList &args) {
    qsizetype index = -1;
    bool help = false;
    for (qsizetype i = 2; i < args.size() && index < 0; ++i) {
        const QString &arg = args.at(i);
        if (arg == QLatin1String("--database"))
            ++i; // its value is not the sub-command
        else if (arg == QLatin1String("--help") || arg == QLatin1String("-h"))
            help = true;
        else if (!arg.startsWith(QLatin1Char('-')))
            index = i;
    }
    if (index < 0) {
        if (help) {
            print(groupHelp(group, description, subcommands));
            return Ok;
        }
        return fail(UsageError, Text::tr("Say what to do with %1 (%2); hindsight-cli %1 --help explains it.")
                                    .arg(group, names(subcommands)));
    }
    const QString name = args.at(index);
    for (const Subcommand &s : subcommands) {
        if (name != QLatin1String(s.name))
            continue;
        QStringList rest = args.mid(2);
        rest.removeAt(index - 2);
        return s.run(QStringList{args.constFirst(), name} + rest);
    }
    return fail(
        UsageError,
        Text::tr("There is no %1 command “%2”; use one of: %3.").arg(group, name, names(subcommands)));
}

} // namespace hs::cli
