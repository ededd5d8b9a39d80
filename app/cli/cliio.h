#pragma once

#include <memory>
#include <optional>
#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace hs {
class Database;
class IncidentStore;
struct Incident;
} // namespace hs

// Input, output and argument handling shared by every hindsight-cli command.
namespace hs::cli {

enum ExitCode : int { Ok = 0, Failure = 1, UsageError = 2 };

// Carries the translation context of the CLI's messages.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(hs::cli)
};

// Writes to stdout in UTF-8, adding a newline.
void print(const QString &text);
// What `new` and `import` print: the id on the first line, so scripts can take it from there.
void printCreated(const Incident &incident);
// Prints "hindsight-cli: <sentence>" on one line of stderr and returns `code`.
int fail(ExitCode code, const QString &sentence);
// Reads all of stdin; nullopt with a reason when it is not UTF-8.
std::optional<QString> readStdin(QString *error);
// A positive decimal id, or nullopt.
std::optional<qint64> parseId(const QString &text);

// The parser of one command: its positional arguments and options plus --database and --help.
class CommandLine final {
    Q_DISABLE_COPY_MOVE(CommandLine)
public:
    CommandLine(const QString &command, const QString &description);

    QCommandLineParser &parser() { return m_parser; }
    // Parses `args` (program, command, rest). Returns an exit code when the command must stop here:
    // 0 after --help, UsageError on a malformed command line or a positional count outside [min, max].
    std::optional<int> parse(const QStringList &args, int min, int max, const QString &countError);
    QStringList positional() const; // without the command's name
    QString databasePath() const;

private:
    QCommandLineParser m_parser;
    QCommandLineOption m_help;
    QCommandLineOption m_database;
};

// An open database and its store; open() prints the reason and gives the exit code on failure.
class Session final {
    Q_DISABLE_COPY_MOVE(Session)
public:
    Session();
    ~Session();
    std::optional<int> open(const QString &path);
    IncidentStore &store() { return *m_store; }
    Database &database() { return *m_db; }
    // Loads an incident, or prints why not (an unknown id is a runtime failure).
    std::optional<Incident> load(qint64 id, int *exitCode);

private:
    std::unique_ptr<Database> m_db;
    std::unique_ptr<IncidentStore> m_store;
};

} // namespace hs::cli
