#pragma once

#include "incident.h"

#include <optional>
#include <QList>
#include <QObject>

namespace hs {

class Database;

// One row of the incident list: what the list shows, without the document's sections.
struct IncidentRow {
    qint64 id = 0;
    QDate date;
    QString title;
    Status status = Status::Ongoing;
    int completeness = 0; // filled parts out of Completeness::Total
};

enum class ListColumn { Date, Title, Status, Completeness };

struct ListQuery {
    ListColumn sortColumn = ListColumn::Date;
    Qt::SortOrder order = Qt::DescendingOrder;
    QString filter; // case-insensitive substring of the title or the channel name
};

// The incidents of one database: every read and write goes through prepared statements here,
// each write in one transaction. Widgets never see SQL; they listen to the signals.
class IncidentStore final : public QObject {
    Q_OBJECT
public:
    explicit IncidentStore(Database &db, QObject *parent = nullptr);

    // Declares an incident; its names get "-2", "-3" when the same slug exists that day.
    std::optional<Incident> create(const QString &title, const QDate &date, QString *error);
    // Stores a whole incident read from a file; a fresh slug is chosen when the file's one is taken.
    std::optional<Incident> insert(Incident incident, QString *error);
    std::optional<Incident> load(qint64 id, QString *error) const;
    // Writes the given fields of `incident` (and its completeness) in one transaction.
    bool save(const Incident &incident, const QList<Field> &fields, QString *error);
    bool remove(qint64 id, QString *error);

    std::optional<IncidentRow> row(qint64 id) const;
    QList<IncidentRow> rows(const ListQuery &query, int offset, int limit, QString *error = nullptr) const;
    int count(const QString &filter = {}) const;

signals:
    void incidentCreated(qint64 id);
    void incidentChanged(qint64 id);
    void incidentRemoved(qint64 id);

private:
    std::optional<QString> freeSlug(const QDate &date, const QString &wanted, QString *error) const;

    Database &m_db;
};

} // namespace hs
