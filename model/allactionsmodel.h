#pragma once

#include "actionstore.h"

#include <QAbstractTableModel>

namespace hs {

// "All actions" across incidents, sorted by due date, read page by page (canFetchMore/fetchMore) so
// 500,000 actions open at once. Filters run in SQL (setFilter); sort() is not offered: the order is
// always the due date, the earliest first. Read-only: a view opens the incident to edit an action.
class AllActionsModel final : public QAbstractTableModel {
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
    static constexpr int PageSize = 200;

    explicit AllActionsModel(ActionStore &store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    void setFilter(const ActionFilter &filter);
    const ActionFilter &filter() const { return m_filter; }
    // How many actions match the filter in total (one count query, for "1,234 actions").
    int totalCount() const { return m_store.count(m_filter); }
    qint64 idAt(int row) const;
    qint64 incidentIdAt(int row) const;
    void reload();

private:
    void refreshRow(qint64 id);

    ActionStore &m_store;
    ActionFilter m_filter;
    QList<ActionRow> m_rows;
    bool m_exhausted = false;
    bool m_changing = false; // inside our own reset or insert notifications
};

} // namespace hs
