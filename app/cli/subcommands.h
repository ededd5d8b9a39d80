#pragma once

#include <QList>
#include <QStringList>

// Commands with sub-commands (`action add`, `review push`, `calendar list` …).
namespace hs::cli {

struct Subcommand {
    const char *name;
    const char *summary; // QT_TRANSLATE_NOOP("hs::cli", …)
    int (*run)(const QStringList &args);
};

// Finds the sub-command in `args` (program, group, rest…) and runs it with (program, sub-command,
// the rest without it), so its CommandLine sees --database and --help wherever they were written.
// Without a sub-command: the group's help for --help, otherwise a usage error.
int runSubcommand(const QString &group, const QString &description, const QList<Subcommand> &subcommands,
                  const QStringList &args);

} // namespace hs::cli
