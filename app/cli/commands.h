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

// Whether an `export` command line asks for a format that needs fonts (a QGuiApplication).
bool exportNeedsFonts(const QStringList &args);

} // namespace hs::cli
