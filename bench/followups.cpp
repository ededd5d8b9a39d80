#include "followups.h"

#include "action.h"
#include "review.h"

#include <QSqlError>
#include <QTimeZone>

namespace hs::bench {

namespace {

const QStringList kVerbs{QStringLiteral("Add an alert for"),
                         QStringLiteral("Write a runbook for"),
                         QStringLiteral("Load-test"),
                         QStringLiteral("Add retries with backoff to"),
                         QStringLiteral("Document the limits of"),
                         QStringLiteral("Automate the failover of"),
                         QStringLiteral("Add a dashboard for"),
                         QStringLiteral("Remove the single point of failure in")};
const QStringList kObjects{QStringLiteral("checkout"),
                           QStringLiteral("the payment API"),
                           QStringLiteral("search"),
                           QStringLiteral("the login service"),
                           QStringLiteral("the order queue"),
                           QStringLiteral("the CDN"),
                           QStringLiteral("the primary database"),
                           QStringLiteral("DNS"),
                           QStringLiteral("the mail relay"),
                           QStringLiteral("the build pipeline")};
const QStringList kTeams{QStringLiteral("Checkout"), QStringLiteral("Payments"), QStringLiteral("Search"),
                         QStringLiteral("Identity"), QStringLiteral("Platform"), QStringLiteral("Database"),
                         QStringLiteral("Network"),  QStringLiteral("SRE"),      QStringLiteral("Mobile"),
                         QStringLiteral("Web"),      QStringLiteral("Data"),     QStringLiteral("Security")};
const QStringList kOwners{QStringLiteral("Ana"),   QStringLiteral("Bo"),    QStringLiteral("Chen"),
                          QStringLiteral("Dara"),  QStringLiteral("Emeka"), QStringLiteral("Fatima"),
                          QStringLiteral("Goran"), QStringLiteral("Hana"),  QStringLiteral("Ivo"),
                          QStringLiteral("Jun")};

bool fail(QString *error, const QString &message) {
    *error = message;
    return false;
}

} // namespace

FollowUpWriter::FollowUpWriter(QSqlDatabase &db)
    : m_action(db)
    , m_review(db)
    , m_gen(20240102) {}

bool FollowUpWriter::prepare(QString *error) {
    if (!m_action.prepare(QStringLiteral(
            "INSERT INTO action (incident_id, position, title, team, owner, bucket, status, drop_reason, "
            "due, link,"
            " notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?)")))
        return fail(error, m_action.lastError().text());
    if (!m_review.prepare(
            QStringLiteral("INSERT INTO review (incident_id, kind, at, zone, at_utc, done, notes, uid,"
                           " created_at, updated_at) VALUES (?, ?, ?, 'UTC', ?, ?, '', ?, ?, ?)")))
        return fail(error, m_review.lastError().text());
    return true;
}

bool FollowUpWriter::write(const Incident &incident, bool recent, QString *error) {
    const QString stamp = incident.date.startOfDay(Qt::UTC).toString(Qt::ISODateWithMs);
    int positions[BucketCount] = {0, 0};
    for (int n = 0; n < ActionsPerIncident; ++n) {
        const Bucket bucket = n < 2 ? Bucket::Now : Bucket::Later;
        const double u = m_gen.unit();
        // Recent incidents still have most of their actions open; old ones are mostly settled.
        const ActionStatus status = recent || u >= 0.85 ? ActionStatus::Open
                                    : u < 0.75          ? ActionStatus::Done
                                                        : ActionStatus::Dropped;
        const QString object = kObjects.at(m_gen.uniform(0, int(kObjects.size()) - 1));
        const QVariantList values{
            incident.id,
            positions[int(bucket)]++,
            QString(kVerbs.at(m_gen.uniform(0, int(kVerbs.size()) - 1)) + QLatin1Char(' ') + object),
            kTeams.at(m_gen.uniform(0, int(kTeams.size()) - 1)),
            m_gen.unit() < 0.3 ? QString(QLatin1String(""))
                               : kOwners.at(m_gen.uniform(0, int(kOwners.size()) - 1)),
            bucketKey(bucket),
            actionStatusKey(status),
            status == ActionStatus::Dropped ? QStringLiteral("Superseded by the new design")
                                            : QStringLiteral(""),
            defaultDue(bucket, incident.date).toString(Qt::ISODate),
            m_gen.unit() < 0.5
                ? QStringLiteral("https://jira.example.com/browse/OPS-%1").arg(incident.id * 10 + n)
                : QStringLiteral(""),
            stamp,
            stamp};
        for (int v = 0; v < values.size(); ++v)
            m_action.bindValue(v, values.at(v));
        if (!m_action.exec())
            return fail(error, m_action.lastError().text());
    }
    if (incident.status < Status::Documented)
        return true;
    for (const ReviewKind kind : {ReviewKind::Week, ReviewKind::Month}) {
        const QDateTime at(defaultDue(Bucket::Now, incident.date).addDays(kind == ReviewKind::Week ? 0 : 23),
                           QTime(10, 0), QTimeZone::utc());
        const QVariantList values{
            incident.id,
            reviewKindKey(kind),
            at.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss")),
            at.toString(Qt::ISODate),
            recent ? 0 : 1,
            QStringLiteral("bench-%1-%2@hindsight").arg(incident.id).arg(reviewKindKey(kind)),
            stamp,
            stamp};
        for (int v = 0; v < values.size(); ++v)
            m_review.bindValue(v, values.at(v));
        if (!m_review.exec())
            return fail(error, m_review.lastError().text());
    }
    return true;
}

} // namespace hs::bench
