#pragma once

#include <QStringList>

// Each command takes the arguments as (program, command name, rest…) and returns the exit code.
namespace hs::cli {

int runNew(const QStringList &args);
int runList(const QStringList &args);
int runShow(const QStringList &args);
int runSet(const QStringList &args);
int runExport(const QStringList &args);
int runImport(const QStringList &args);
// Groups with sub-commands (issue 3): action add|list|set|done|drop, review
// propose|list|done|export-ics|push, calendar add|list|remove.
int runAction(const QStringList &args);
int runReview(const QStringList &args);
int runCalendar(const QStringList &args);
// Issue 4, sharing: target add|list|remove|test, share ID, sync.
int runTarget(const QStringList &args);
int runShare(const QStringList &args);
int runSync(const QStringList &args);

// Whether an `export` command line asks for a format that needs fonts (a QGuiApplication).
bool exportNeedsFonts(const QStringList &args);

} // namespace hs::cli
