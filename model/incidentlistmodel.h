#pragma once

#include "incidentstore.h"
#include "pagedtablemodel.h"

namespace hs {

// The incident list, read page by page from the store so 100,000 incidents open instantly.
// Sorting and filtering run in SQL; views use sort() and setFilter(), not a proxy.
class IncidentListModel final : public PagedTableModel<IncidentRow> {
    Q_OBJECT
public:
    enum Column { DateColumn, TitleColumn, StatusColumn, CompletenessColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, StatusRole, CompletenessRole };

    explicit IncidentListModel(IncidentStore &store, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setFilter(const QString &filter);
    QString filter() const { return m_query.filter; }
    // Loads pages until the incident is in the model; -1 when it does not match the filter.
    int rowOf(qint64 id);
    qint64 idAt(int row) const;

private:
    QList<IncidentRow> readPage(int offset, int limit) const override;
    void refreshRow(qint64 id);

    IncidentStore &m_store;
    ListQuery m_query;
};

} // namespace hs
