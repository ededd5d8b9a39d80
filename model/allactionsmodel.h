#pragma once

#include "actionstore.h"
#include "pagedtablemodel.h"

namespace hs {

// "All actions" across incidents, sorted by due date, read page by page (canFetchMore/fetchMore) so
// 500,000 actions open at once. Filters run in SQL (setFilter); sort() is not offered: the order is
// always the due date, the earliest first. Read-only: a view opens the incident to edit an action.
class AllActionsModel final : public PagedTableModel<ActionRow> {
    Q_OBJECT
public:
    enum Column {
        DueColumn,
        TitleColumn,
        TeamColumn,
        OwnerColumn,
        BucketColumn,
        StatusColumn,
        IncidentColumn,
        LinkColumn,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1, IncidentIdRole, BucketRole, StatusRole, OverdueRole };

    explicit AllActionsModel(ActionStore &store, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setFilter(const ActionFilter &filter);
    const ActionFilter &filter() const { return m_filter; }
    // How many actions match the filter in total (one count query, for "1,234 actions").
    int totalCount() const { return m_store.count(m_filter); }
    qint64 idAt(int row) const;
    qint64 incidentIdAt(int row) const;

private:
    QList<ActionRow> readPage(int offset, int limit) const override;
    void refreshRow(qint64 id);

    ActionStore &m_store;
    ActionFilter m_filter;
};

} // namespace hs
