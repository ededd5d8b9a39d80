#include "allactionsmodel.h"

#include <QLocale>

namespace hs {

AllActionsModel::AllActionsModel(ActionStore &store, QObject *parent)
    : PagedTableModel(parent)
    , m_store(store) {
    connect(&m_store, &ActionStore::actionCreated, this, &AllActionsModel::reload);
    connect(&m_store, &ActionStore::actionRemoved, this, &AllActionsModel::reload);
    connect(&m_store, &ActionStore::actionChanged, this, [this](qint64 id, qint64) { refreshRow(id); });
    fetchMore({});
}

int AllActionsModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AllActionsModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ActionRow &row = m_rows.at(index.row());
    const Action &a = row.action;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DueColumn:
            return QLocale().toString(a.due, QLocale::ShortFormat);
        case TitleColumn:
            return a.title;
        case TeamColumn:
            return a.team;
        case OwnerColumn:
            return a.owner;
        case BucketColumn:
            return bucketLabel(a.bucket);
        case StatusColumn:
            return actionStatusLabel(a.status);
        case IncidentColumn:
            return row.incidentTitle;
        case LinkColumn:
            return a.link;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == DueColumn && a.isOverdue(m_store.today()))
            return tr("Overdue");
        if (index.column() == IncidentColumn)
            return QStringLiteral("%1 — %2").arg(QLocale().toString(row.incidentDate, QLocale::ShortFormat),
                                                 row.incidentTitle);
        if (index.column() == StatusColumn && a.status == ActionStatus::Dropped)
            return tr("Dropped: %1").arg(a.dropReason);
        break;
    case IdRole:
        return a.id;
    case IncidentIdRole:
        return a.incidentId;
    case BucketRole:
        return int(a.bucket);
    case StatusRole:
        return int(a.status);
    case OverdueRole:
        return a.isOverdue(m_store.today());
    }
    return {};
}

QVariant AllActionsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DueColumn:
        return tr("Due");
    case TitleColumn:
        return tr("Action");
    case TeamColumn:
        return tr("Team");
    case OwnerColumn:
        return tr("Owner");
    case BucketColumn:
        return tr("Bucket");
    case StatusColumn:
        return tr("Status");
    case IncidentColumn:
        return tr("Incident");
    case LinkColumn:
        return tr("Link", "tracker issue URL");
    }
    return {};
}

QList<ActionRow> AllActionsModel::readPage(int offset, int limit) const {
    return m_store.rows(m_filter, offset, limit);
}

void AllActionsModel::setFilter(const ActionFilter &filter) {
    m_filter = filter;
    reload();
}

qint64 AllActionsModel::idAt(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).action.id : 0;
}

qint64 AllActionsModel::incidentIdAt(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).action.incidentId : 0;
}

void AllActionsModel::refreshRow(qint64 id) {
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).action.id != id)
            continue;
        // In place, like the incident list: a row being edited elsewhere does not jump away; the
        // next reload applies the filter and the order again.
        const auto fresh = m_store.load(id);
        if (!fresh)
            return;
        m_rows[row].action = *fresh;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
}

} // namespace hs
