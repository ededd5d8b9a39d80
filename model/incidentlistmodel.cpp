#include "incidentlistmodel.h"

#include <QLocale>

namespace hs {

IncidentListModel::IncidentListModel(IncidentStore &store, QObject *parent)
    : PagedTableModel(parent)
    , m_store(store) {
    connect(&m_store, &IncidentStore::incidentCreated, this, &IncidentListModel::reload);
    connect(&m_store, &IncidentStore::incidentRemoved, this, &IncidentListModel::reload);
    connect(&m_store, &IncidentStore::incidentChanged, this, &IncidentListModel::refreshRow);
}

int IncidentListModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IncidentListModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const IncidentRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn:
            return QLocale().toString(row.date, QLocale::ShortFormat);
        case TitleColumn:
            return row.title;
        case StatusColumn:
            return statusLabel(row.status);
        case CompletenessColumn:
            return QStringLiteral("%1/%2").arg(row.completeness).arg(Completeness::Total);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == CompletenessColumn)
            return tr("%n of %1 parts of the document written", nullptr, row.completeness)
                .arg(Completeness::Total);
        if (index.column() == TitleColumn)
            return row.title;
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == CompletenessColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case IdRole:
        return row.id;
    case StatusRole:
        return static_cast<int>(row.status);
    case CompletenessRole:
        return row.completeness;
    }
    return {};
}

QVariant IncidentListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case TitleColumn:
        return tr("Title");
    case StatusColumn:
        return tr("Status");
    case CompletenessColumn:
        return tr("Written", "how much of the document is filled in");
    }
    return {};
}

QList<IncidentRow> IncidentListModel::readPage(int offset, int limit) const {
    return m_store.rows(m_query, offset, limit);
}

void IncidentListModel::sort(int column, Qt::SortOrder order) {
    if (column < 0 || column >= ColumnCount)
        return;
    const auto sortColumn = static_cast<ListColumn>(column);
    if (sortColumn == m_query.sortColumn && order == m_query.order)
        return;
    m_query.sortColumn = sortColumn;
    m_query.order = order;
    reload();
}

void IncidentListModel::setFilter(const QString &filter) {
    if (filter == m_query.filter)
        return;
    m_query.filter = filter;
    reload();
}

int IncidentListModel::rowOf(qint64 id) {
    for (int row = 0;; ++row) {
        if (row == m_rows.size()) {
            if (!canFetchMore({}))
                return -1;
            fetchMore({});
            if (row == m_rows.size())
                return -1;
        }
        if (m_rows.at(row).id == id)
            return row;
    }
}

qint64 IncidentListModel::idAt(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

void IncidentListModel::refreshRow(qint64 id) {
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id != id)
            continue;
        // Re-reading one row keeps a renamed incident where it is until the next sort or reload,
        // so the row under the cursor does not jump away while someone types its title.
        const auto fresh = m_store.row(id);
        if (!fresh)
            return;
        m_rows[row] = *fresh;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
}

} // namespace hs
