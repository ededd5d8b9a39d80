#pragma once

#include "incidentstore.h"

#include <QAbstractTableModel>

namespace hs {

// The incident list, read page by page from the store so 100,000 incidents open instantly.
// Sorting and filtering run in SQL; views use sort() and setFilter(), not a proxy.
class IncidentListModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { DateColumn, TitleColumn, StatusColumn, CompletenessColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, StatusRole, CompletenessRole };
    static constexpr int PageSize = 200;

    explicit IncidentListModel(IncidentStore &store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setFilter(const QString &filter);
    QString filter() const { return m_query.filter; }
    // Loads pages until the incident is in the model; -1 when it does not match the filter.
    int rowOf(qint64 id);
    qint64 idAt(int row) const;
    void reload();

private:
    void refreshRow(qint64 id);

    IncidentStore &m_store;
    ListQuery m_query;
    QList<IncidentRow> m_rows;
    bool m_exhausted = false;
    bool m_changing = false; // inside our own reset or insert notifications
};

} // namespace hs
