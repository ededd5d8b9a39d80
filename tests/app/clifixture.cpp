#include "clifixture.h"

#include "database.h"
#include "incidentstore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>

using namespace hs;

CliFixture::CliFixture() {
    QDir(m_home.path()).mkpath(QStringLiteral("runtime"));
    QFile::setPermissions(m_home.filePath(QStringLiteral("runtime")),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    reset();
}

bool CliFixture::isValid() const {
    return m_home.isValid() && m_dir->isValid() && QFileInfo::exists(QStringLiteral(HINDSIGHT_CLI_PATH));
}

void CliFixture::reset() {
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = m_dir->filePath(QStringLiteral("hindsight.sqlite"));
}

CliResult CliFixture::run(const QStringList &args, const QByteArray &input, const QString &database,
                          const std::function<void()> &whileRunning) const {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name :
         {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY", "XDG_DATA_HOME", "XDG_CONFIG_HOME"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("HOME"), home());
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_home.filePath(QStringLiteral("runtime")));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));

    QStringList all = args;
    if (database != QLatin1String("-"))
        all << QStringLiteral("--database") << (database.isEmpty() ? m_db : database);
    QProcess process;
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(m_dir->path());
    process.start(QStringLiteral(HINDSIGHT_CLI_PATH), all);
    CliResult r;
    if (!process.waitForStarted())
        return r;
    process.write(input);
    process.closeWriteChannel();
    if (whileRunning)
        whileRunning();
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
        return r;
    r.code = process.exitCode();
    r.out = process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    return r;
}

qint64 CliFixture::declare(const QString &title, const QString &date) const {
    const CliResult r = run({QStringLiteral("new"), title, QStringLiteral("--date"), date});
    if (r.code != 0)
        qWarning("new failed: %s", r.err.constData());
    const QString first = r.outText().section(QLatin1Char('\n'), 0, 0);
    return first.startsWith(QLatin1String("id: ")) ? first.mid(4).toLongLong() : 0;
}

qint64 CliFixture::declareComplete() const {
    const qint64 id = declare(QStringLiteral("Checkout DB down"));
    if (id <= 0)
        return 0;
    const QString sid = QString::number(id);
    if (run({QStringLiteral("set"), sid, QStringLiteral("status"), QStringLiteral("documented")}).code != 0 ||
        run({QStringLiteral("set"), sid, QStringLiteral("link"),
             QStringLiteral("https://chat.example.com/archives/C123")})
                .code != 0)
        return 0;
    for (int i = 0; i < SectionCount; ++i) {
        const auto section = static_cast<Section>(i);
        if (run({QStringLiteral("set"), sid, sectionKey(section), QStringLiteral("-")},
                sectionText(section).toUtf8())
                .code != 0)
            return 0;
    }
    return id;
}

std::optional<Incident> CliFixture::stored(qint64 id, const QString &database) const {
    Database db;
    QString error;
    if (!db.open(database.isEmpty() ? m_db : database, &error))
        return std::nullopt;
    IncidentStore store(db);
    return store.load(id, &error);
}

QString CliFixture::sectionMarker(Section s) {
    return QStringLiteral("Marker %1 text.").arg(sectionKey(s));
}

QString CliFixture::sectionText(Section s) {
    return sectionMarker(s) + QStringLiteral("\nSecond line of %1 🙂.").arg(sectionKey(s));
}

QByteArray CliFixture::readAll(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool CliFixture::writeFile(const QString &path, const QByteArray &bytes) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QStringList CliFixture::filesUnder(const QString &root) {
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files;
}

bool CliFixture::isOneLineError(const CliResult &r) {
    const QByteArray prefix("hindsight-cli: ");
    return r.err.startsWith(prefix) && r.err.endsWith(".\n") && r.err.count('\n') == 1 &&
           r.err.size() > prefix.size() + 4;
}
