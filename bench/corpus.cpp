#include "corpus.h"

#include "database.h"
#include "followups.h"
#include "incident.h"
#include "naming.h"
#include "textgen.h"

#include <algorithm>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace hs::bench {

namespace {

// Bump when the generator changes, so stale cached corpora are not reused.
constexpr int GeneratorVersion = 2; // 2: five actions per incident, reviews once documented
// One incident in BigExtractEvery carries a 10,000-line chat extract; the first one is id 500,
// so even the 1,000-incident corpus has one.
constexpr int BigExtractEvery = 2000;
constexpr int BigExtractLines = 10000;

bool fail(QString *error, const QString &message) {
    if (error)
        *error = message;
    return false;
}

bool exec(QSqlDatabase &db, const QString &sql, QString *error) {
    QSqlQuery q(db);
    return q.exec(sql) || fail(error, q.lastError().text());
}

Status drawStatus(TextGenerator &gen, bool big) {
    if (big)
        return Status::Documented;
    const double u = gen.unit();
    return u < 0.05   ? Status::Ongoing
           : u < 0.25 ? Status::Resolved
           : u < 0.75 ? Status::Documented
                      : Status::Shared;
}

// Fills the sections a team would have written by the time the incident reached its status.
void fillSections(Incident &incident, TextGenerator &gen, bool big) {
    const bool ongoing = incident.status == Status::Ongoing;
    const bool written = incident.status >= Status::Documented;
    if (!ongoing || gen.unit() < 0.5)
        incident.setText(Section::Cause, gen.prose(gen.sectionLength()));
    if (!ongoing) {
        incident.setText(Section::Impact, gen.prose(gen.sectionLength()));
        incident.setText(Section::Resolution, gen.prose(gen.sectionLength()));
    }
    if (written)
        incident.setText(Section::Prevention, gen.prose(gen.sectionLength()));
    if (big)
        incident.setText(Section::Extract, gen.chatExtract(BigExtractLines));
    else if (gen.unit() < 0.7)
        incident.setText(Section::Extract, gen.chatExtract(gen.uniform(10, 60)));
    if (gen.unit() < 0.3)
        incident.channelLink = QStringLiteral("https://chat.example.com/archives/C%1").arg(incident.id);
}

qint64 totalChars(const Incident &incident) {
    qint64 n = incident.title.size();
    for (const QString &s : incident.sections)
        n += s.size();
    return n;
}

QString sidecarPath(const QString &dbPath) {
    return dbPath + QStringLiteral(".json");
}

std::optional<Corpus> readSidecar(const QString &dbPath) {
    QFile file(sidecarPath(dbPath));
    if (!QFileInfo::exists(dbPath) || !file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
    Corpus c;
    c.path = dbPath;
    c.incidents = o.value(QLatin1String("incidents")).toInt();
    c.typicalId = o.value(QLatin1String("typicalId")).toInteger();
    c.largestId = o.value(QLatin1String("largestId")).toInteger();
    c.largestChars = o.value(QLatin1String("largestChars")).toInteger();
    c.fileBytes = QFileInfo(dbPath).size();
    if (c.incidents <= 0 || c.typicalId <= 0 || c.largestId <= 0)
        return std::nullopt;
    return c;
}

bool writeSidecar(const Corpus &c, QString *error) {
    QFile file(sidecarPath(c.path));
    const QJsonObject o{{QLatin1String("incidents"), c.incidents},
                        {QLatin1String("typicalId"), c.typicalId},
                        {QLatin1String("largestId"), c.largestId},
                        {QLatin1String("largestChars"), c.largestChars},
                        {QLatin1String("generator"), GeneratorVersion}};
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(o).toJson()) < 0)
        return fail(error, file.errorString());
    return true;
}

// Writes the rows the way IncidentStore::insert does (same columns, five section rows each), but
// in one transaction with journaling off: 100,000 incidents in seconds instead of minutes.
bool generate(const QString &path, int count, Corpus &corpus, QString *error) {
    Q_ASSERT(error);
    Database database;
    if (!database.open(path, error))
        return false;
    QSqlDatabase &db = database.connection();
    if (!exec(db, QStringLiteral("PRAGMA journal_mode = OFF"), error) ||
        !exec(db, QStringLiteral("PRAGMA synchronous = OFF"), error) || !db.transaction())
        return fail(error, error->isEmpty() ? db.lastError().text() : *error);

    QSqlQuery inc(db);
    inc.prepare(QStringLiteral(
        "INSERT INTO incident (id, title, day, slug, status, channel, channel_link, completeness, created_at,"
        " updated_at, resolved_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    FollowUpWriter followUps(db);
    if (!followUps.prepare(error))
        return false;
    QSqlQuery sec(db);
    sec.prepare(QStringLiteral("INSERT INTO section (incident_id, key, body) VALUES (?, ?, ?)"));
    QStringList keys;
    for (int s = 0; s < SectionCount; ++s)
        keys << sectionKey(static_cast<Section>(s));

    TextGenerator gen(20240101);
    const QDate first(2019, 1, 1);
    const int spanDays = int(first.daysTo(QDate(2025, 12, 31)));
    QSet<QString> taken; // "day slug", as the UNIQUE (day, slug) constraint sees them
    std::vector<std::pair<qint64, qint64>> documented; // (chars, id)
    for (int i = 1; i <= count; ++i) {
        const bool big = i % BigExtractEvery == BigExtractEvery / 4;
        Incident incident;
        incident.id = i;
        incident.title = gen.title();
        // Ids grow with time, as they do when incidents are declared as they happen.
        incident.date = first.addDays(qint64(i - 1) * spanDays / count + gen.uniform(0, 2));
        const QString slug = naming::slugify(incident.title);
        const QString day = incident.date.toString(Qt::ISODate);
        for (int n = 1; incident.slug.isEmpty(); ++n)
            if (const QString s = naming::numberedSlug(slug, n); !taken.contains(day + s)) {
                incident.slug = s;
                taken.insert(day + s);
            }
        incident.channel = incident.derivedChannelName();
        incident.status = drawStatus(gen, big);
        fillSections(incident, gen, big);

        const QString stamp = incident.date.startOfDay(Qt::UTC).toString(Qt::ISODateWithMs);
        const QVariantList values{i, incident.title, day, incident.slug, int(incident.status),
                                  incident.channel,
                                  incident.channelLink.isNull() ? QStringLiteral("") : incident.channelLink,
                                  Completeness::of(incident).filled, stamp, stamp,
                                  // Resolved the day it happened (the app's trigger would say "now").
                                  incident.status >= Status::Resolved ? QVariant(stamp) : QVariant()};
        for (int v = 0; v < values.size(); ++v)
            inc.bindValue(v, values.at(v));
        if (!inc.exec())
            return fail(error, inc.lastError().text());
        for (int s = 0; s < SectionCount; ++s) {
            sec.bindValue(0, i);
            sec.bindValue(1, keys.at(s));
            sec.bindValue(2, incident.sections[s].isNull() ? QStringLiteral("") : incident.sections[s]);
            if (!sec.exec())
                return fail(error, sec.lastError().text());
        }
        // The last 2 % of incidents are recent: their actions open, their reviews still ahead.
        if (!followUps.write(incident, i > count - count / 50, error))
            return false;
        const qint64 chars = totalChars(incident);
        if (chars > corpus.largestChars) {
            corpus.largestChars = chars;
            corpus.largestId = i;
        }
        if (!big && incident.status == Status::Documented)
            documented.emplace_back(chars, i);
    }
    if (!db.commit())
        return fail(error, db.lastError().text());
    if (documented.empty())
        return fail(error, QStringLiteral("The corpus has no documented incident."));
    auto middle = documented.begin() + qsizetype(documented.size() / 2);
    std::nth_element(documented.begin(), middle, documented.end());
    corpus.typicalId = middle->second;
    // Leave the file as the app leaves it: WAL, statistics for the query planner.
    return exec(db, QStringLiteral("PRAGMA journal_mode = WAL"), error) &&
           exec(db, QStringLiteral("PRAGMA optimize"), error);
}

} // namespace

std::optional<Corpus> ensureCorpus(const QString &dir, int incidents, QString *error) {
    if (!QDir().mkpath(dir)) {
        fail(error, QStringLiteral("The corpus folder %1 cannot be created.").arg(dir));
        return std::nullopt;
    }
    const QString path = QDir(dir).absoluteFilePath(
        QStringLiteral("corpus-%1-v%2.sqlite").arg(incidents).arg(GeneratorVersion));
    if (auto cached = readSidecar(path); cached && cached->incidents == incidents)
        return cached;

    // Generate beside the final name and rename, so an interrupted run never leaves a half corpus.
    const QString partial = path + QStringLiteral(".partial");
    for (const QString &p : {path, partial, sidecarPath(path)})
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(p + suffix);
    Corpus corpus;
    corpus.incidents = incidents;
    QElapsedTimer timer;
    timer.start();
    QString reason;
    if (!generate(partial, incidents, corpus, &reason) || !QFile::rename(partial, path)) {
        fail(error, QStringLiteral("Generating %1 failed: %2").arg(path, reason));
        return std::nullopt;
    }
    corpus.generationMs = double(timer.nsecsElapsed()) / 1e6;
    corpus.path = path;
    corpus.fileBytes = QFileInfo(path).size();
    if (!writeSidecar(corpus, error))
        return std::nullopt;
    return corpus;
}

} // namespace hs::bench
