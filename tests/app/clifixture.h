#pragma once

#include "incident.h"

#include <functional>
#include <memory>
#include <optional>
#include <QByteArray>
#include <QStringList>
#include <QTemporaryDir>

// What one run of hindsight-cli left behind.
struct CliResult {
    int code = -1; // -1: did not start, crashed or hung
    QByteArray out;
    QByteArray err;
    QString outText() const { return QString::fromUtf8(out); }
};

// Runs the real hindsight-cli as a user would (a throw-away HOME, no display, a UTF-8 locale) against
// a fresh database per test, and reads back what it stored through the model.
class CliFixture final {
public:
    CliFixture();
    bool isValid() const;
    void reset(); // a new folder and database; call from init()

    QString dir() const { return m_dir->path(); }
    QString filePath(const QString &name) const { return m_dir->filePath(name); }
    QString database() const { return m_db; }
    QString home() const { return m_home.filePath(QStringLiteral("home")); }

    // Adds --database for the test's database, or `database` when given; "-" adds none. `whileRunning` is
    // called once the command has started (e.g. to stop a server under it).
    CliResult run(const QStringList &args, const QByteArray &input = {}, const QString &database = {},
                  const std::function<void()> &whileRunning = {}) const;
    qint64 declare(const QString &title, const QString &date = QStringLiteral("2026-11-24")) const;
    // An incident with every field filled, each section holding sectionText().
    qint64 declareComplete() const;
    std::optional<hs::Incident> stored(qint64 id, const QString &database = {}) const;

    static QString sectionText(hs::Section s);
    static QString sectionMarker(hs::Section s); // plain ASCII, so no escaping can hide it
    static QByteArray readAll(const QString &path);
    static bool writeFile(const QString &path, const QByteArray &bytes);
    static QStringList filesUnder(const QString &root);
    // The CLI promises one sentence on one line of stderr for every error.
    static bool isOneLineError(const CliResult &r);

private:
    QTemporaryDir m_home;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};
