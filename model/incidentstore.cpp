#include "incidentstore.h"

#include "database.h"
#include "failure.h"
#include "naming.h"
#include "sqltext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace hs {

namespace {

using sqltext::isoDay;
using sqltext::now;
using sqltext::text;

QString columnFor(Field f) {
    switch (f) {
    case Field::Title:
        return QStringLiteral("title");
    case Field::Date:
        return QStringLiteral("day");
    case Field::Status:
        return QStringLiteral("status");
    case Field::Channel:
        return QStringLiteral("channel");
    case Field::Link:
        return QStringLiteral("channel_link");
    default:
        return {};
    }
}

QVariant sqlValue(const Incident &incident, Field f) {
    switch (f) {
    case Field::Date:
        return isoDay(incident.date);
    case Field::Status:
        return static_cast<int>(incident.status);
    default:
        return text(incident.value(f).toString());
    }
}

// Escapes LIKE wildcards so a filter of "100%" means the text "100%".
QString likePattern(const QString &filter) {
    QString escaped = filter;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

const QString kFilterClause =
    QStringLiteral(" WHERE (title LIKE :f ESCAPE '\\' OR channel LIKE :f ESCAPE '\\')");

} // namespace

IncidentStore::IncidentStore(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db) {}

std::optional<QString> IncidentStore::freeSlug(const QDate &date, const QString &wanted,
                                               QString *error) const {
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT slug FROM incident WHERE day = :day AND (slug = :slug OR slug LIKE :prefix)"));
    q.bindValue(QStringLiteral(":day"), isoDay(date));
    q.bindValue(QStringLiteral(":slug"), wanted);
    q.bindValue(QStringLiteral(":prefix"), QString(wanted + QStringLiteral("-%")));
    if (!q.exec()) {
        fail(error, q.lastError().text());
        return std::nullopt;
    }
    QSet<QString> taken;
    while (q.next())
        taken.insert(q.value(0).toString());
    for (int n = 1;; ++n) {
        const QString candidate = naming::numberedSlug(wanted, n);
        if (!taken.contains(candidate))
            return candidate;
    }
}

std::optional<Incident> IncidentStore::create(const QString &title, const QDate &date, QString *error) {
    Incident incident;
    if (!incident.setValue(Field::Title, title, error) || !incident.setValue(Field::Date, date, error))
        return std::nullopt;
    incident.slug = naming::slugify(incident.title);
    return insert(incident, error);
}

std::optional<Incident> IncidentStore::insert(Incident incident, QString *error) {
    if (incident.title.trimmed().isEmpty() || !incident.date.isValid()) {
        fail(error, tr("An incident needs a title and a valid date."));
        return std::nullopt;
    }
    QSqlDatabase &db = m_db.connection();
    if (!db.transaction()) {
        fail(error, tr("The database is busy or read-only: %1").arg(db.lastError().text()));
        return std::nullopt;
    }
    auto rollback = [&](const QString &message) {
        db.rollback();
        fail(error, tr("The incident could not be saved: %1").arg(message));
        return std::nullopt;
    };
    const auto slug = freeSlug(
        incident.date, naming::slugify(incident.slug.isEmpty() ? incident.title : incident.slug), error);
    if (!slug)
        return rollback(error ? *error : QString());
    const bool derivedChannel =
        incident.channel.isEmpty() || incident.channel == incident.derivedChannelName();
    incident.slug = *slug;
    if (derivedChannel)
        incident.channel = incident.derivedChannelName();

    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("INSERT INTO incident (title, day, slug, status, channel, channel_link, completeness, "
                       "created_at, updated_at)"
                       " VALUES (:title, :day, :slug, :status, :channel, :link, :completeness, :now, :now)"));
    q.bindValue(QStringLiteral(":title"), incident.title);
    q.bindValue(QStringLiteral(":day"), isoDay(incident.date));
    q.bindValue(QStringLiteral(":slug"), incident.slug);
    q.bindValue(QStringLiteral(":status"), static_cast<int>(incident.status));
    q.bindValue(QStringLiteral(":channel"), text(incident.channel));
    q.bindValue(QStringLiteral(":link"), text(incident.channelLink));
    q.bindValue(QStringLiteral(":completeness"), Completeness::of(incident).filled);
    q.bindValue(QStringLiteral(":now"), now());
    if (!q.exec())
        return rollback(q.lastError().text());
    incident.id = q.lastInsertId().toLongLong();

    QSqlQuery s(db);
    s.prepare(QStringLiteral("INSERT INTO section (incident_id, key, body) VALUES (:id, :key, :body)"));
    for (int i = 0; i < SectionCount; ++i) {
        s.bindValue(QStringLiteral(":id"), incident.id);
        s.bindValue(QStringLiteral(":key"), sectionKey(static_cast<Section>(i)));
        s.bindValue(QStringLiteral(":body"), text(incident.sections[i]));
        if (!s.exec())
            return rollback(s.lastError().text());
    }
    if (!db.commit())
        return rollback(db.lastError().text());
    emit incidentCreated(incident.id);
    return incident;
}

std::optional<Incident> IncidentStore::load(qint64 id, QString *error) const {
    Incident incident;
    {
        auto q = m_db.prepared(QStringLiteral(
            "SELECT title, day, slug, status, channel, channel_link FROM incident WHERE id = :id"));
        q->bindValue(QStringLiteral(":id"), id);
        if (!q->exec()) {
            fail(error, q->lastError().text());
            return std::nullopt;
        }
        if (!q->next()) {
            fail(error, tr("There is no incident %1.").arg(id));
            return std::nullopt;
        }
        incident.id = id;
        incident.title = q->value(0).toString();
        incident.date = QDate::fromString(q->value(1).toString(), Qt::ISODate);
        incident.slug = q->value(2).toString();
        incident.status = static_cast<Status>(std::clamp(q->value(3).toInt(), 0, int(Status::Shared)));
        incident.channel = q->value(4).toString();
        incident.channelLink = q->value(5).toString();
    }
    auto s = m_db.prepared(QStringLiteral("SELECT key, body FROM section WHERE incident_id = :id"));
    s->bindValue(QStringLiteral(":id"), id);
    if (!s->exec()) {
        fail(error, s->lastError().text());
        return std::nullopt;
    }
    while (s->next())
        if (const auto section = sectionFromKey(s->value(0).toString()))
            incident.setText(*section, s->value(1).toString());
    return incident;
}

bool IncidentStore::save(const Incident &incident, const QList<Field> &fields, QString *error) {
    QSqlDatabase &db = m_db.connection();
    if (!db.transaction())
        return fail(error, tr("The database is busy or read-only: %1").arg(db.lastError().text()));
    auto rollback = [&](const QString &message) {
        db.rollback();
        return fail(error, tr("Your changes could not be saved yet: %1").arg(message));
    };

    QStringList assignments{QStringLiteral("completeness = :completeness"),
                            QStringLiteral("updated_at = :now")};
    for (Field f : fields)
        if (const QString column = columnFor(f); !column.isEmpty())
            assignments << column + QStringLiteral(" = :") + column;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE incident SET ") + assignments.join(QLatin1String(", ")) +
              QStringLiteral(" WHERE id = :id"));
    for (Field f : fields)
        if (const QString column = columnFor(f); !column.isEmpty())
            q.bindValue(QString(QLatin1Char(':') + column), sqlValue(incident, f));
    q.bindValue(QStringLiteral(":completeness"), Completeness::of(incident).filled);
    q.bindValue(QStringLiteral(":now"), now());
    q.bindValue(QStringLiteral(":id"), incident.id);
    if (!q.exec())
        return rollback(q.lastError().text());
    if (q.numRowsAffected() != 1)
        return rollback(tr("the incident no longer exists"));

    QSqlQuery s(db);
    s.prepare(QStringLiteral("INSERT INTO section (incident_id, key, body) VALUES (:id, :key, :body)"
                             " ON CONFLICT (incident_id, key) DO UPDATE SET body = excluded.body"));
    for (Field f : fields) {
        const auto section = sectionOf(f);
        if (!section)
            continue;
        s.bindValue(QStringLiteral(":id"), incident.id);
        s.bindValue(QStringLiteral(":key"), sectionKey(*section));
        s.bindValue(QStringLiteral(":body"), text(incident.text(*section)));
        if (!s.exec())
            return rollback(s.lastError().text());
    }
    if (!db.commit())
        return rollback(db.lastError().text());
    emit incidentChanged(incident.id);
    return true;
}

bool IncidentStore::remove(qint64 id, QString *error) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM incident WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec())
        return fail(error, q.lastError().text());
    emit incidentRemoved(id);
    return true;
}

namespace {

IncidentRow readRow(const QSqlQuery &q) {
    IncidentRow row;
    row.id = q.value(0).toLongLong();
    row.date = QDate::fromString(q.value(1).toString(), Qt::ISODate);
    row.title = q.value(2).toString();
    row.status = static_cast<Status>(std::clamp(q.value(3).toInt(), 0, int(Status::Shared)));
    row.completeness = q.value(4).toInt();
    return row;
}

} // namespace

std::optional<IncidentRow> IncidentStore::row(qint64 id) const {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, day, title, status, completeness FROM incident WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readRow(q);
}

QList<IncidentRow> IncidentStore::rows(const ListQuery &query, int offset, int limit, QString *error) const {
    const QString dir = query.order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    QString order;
    switch (query.sortColumn) {
    case ListColumn::Date:
        order = QStringLiteral("day %1, id %1");
        break;
    case ListColumn::Title:
        order = QStringLiteral("title COLLATE NOCASE %1, id %1");
        break;
    case ListColumn::Status:
        order = QStringLiteral("status %1, day %1, id %1");
        break;
    case ListColumn::Completeness:
        order = QStringLiteral("completeness %1, day %1, id %1");
        break;
    }
    QString sql = QStringLiteral("SELECT id, day, title, status, completeness FROM incident");
    if (!query.filter.isEmpty())
        sql += kFilterClause;
    sql += QStringLiteral(" ORDER BY ") + order.arg(dir) + QStringLiteral(" LIMIT :limit OFFSET :offset");

    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    if (!query.filter.isEmpty()) {
        q.bindValue(QStringLiteral(":f"), likePattern(query.filter));
    }
    q.bindValue(QStringLiteral(":limit"), limit);
    q.bindValue(QStringLiteral(":offset"), offset);
    QList<IncidentRow> result;
    if (!q.exec()) {
        fail(error, q.lastError().text());
        return result;
    }
    while (q.next())
        result << readRow(q);
    return result;
}

int IncidentStore::count(const QString &filter) const {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM incident") +
              (filter.isEmpty() ? QString() : kFilterClause));
    if (!filter.isEmpty()) {
        q.bindValue(QStringLiteral(":f"), likePattern(filter));
    }
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

} // namespace hs
