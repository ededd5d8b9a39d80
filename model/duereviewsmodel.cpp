#include "duereviewsmodel.h"

#include <QLocale>

namespace hs {

DueReviewsModel::DueReviewsModel(ReviewStore &store, Clock clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_clock(std::move(clock)) {
    connect(&m_store, &ReviewStore::reviewCreated, this, &DueReviewsModel::reload);
    connect(&m_store, &ReviewStore::reviewChanged, this, &DueReviewsModel::reload);
    connect(&m_store, &ReviewStore::reviewRemoved, this, &DueReviewsModel::reload);
    reload();
}

void DueReviewsModel::setUpcomingDays(int days) {
    m_days = std::max(0, days);
    reload();
}

void DueReviewsModel::reload() {
    beginResetModel();
    m_loadedAt = now();
    m_rows = m_store.upcoming(m_loadedAt, m_days);
    endResetModel();
}

int DueReviewsModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}
int DueReviewsModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

int DueReviewsModel::overdueCount() const {
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [this](const ReviewAgendaItem &i) { return i.review.isOverdue(m_loadedAt); }));
}

QVariant DueReviewsModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReviewAgendaItem &item = m_rows.at(index.row());
    const bool overdue = item.review.isOverdue(m_loadedAt);
    QStringList titles;
    for (const Action &a : item.openActions)
        titles << a.title;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case WhenColumn:
            return QLocale().toString(item.review.at.toLocalTime(), QLocale::ShortFormat);
        case IncidentColumn:
            return item.incidentTitle;
        case KindColumn:
            return reviewKindLabel(item.review.kind);
        case OpenActionsColumn:
            return int(item.openActions.size());
        case StateColumn:
            if (overdue)
                return tr("Overdue");
            if (item.review.at.toLocalTime().date() == m_loadedAt.toLocalTime().date())
                return tr("Today");
            return tr("Upcoming");
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == OpenActionsColumn)
            return titles.isEmpty() ? tr("No open actions") : titles.join(QLatin1Char('\n'));
        break;
    case ReviewIdRole:
        return item.review.id;
    case IncidentIdRole:
        return item.review.incidentId;
    case OverdueRole:
        return overdue;
    case OpenActionTitlesRole:
        return titles;
    case OpenActionCountRole:
        return int(item.openActions.size());
    }
    return {};
}

QVariant DueReviewsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhenColumn:
        return tr("When");
    case IncidentColumn:
        return tr("Incident");
    case KindColumn:
        return tr("Review");
    case OpenActionsColumn:
        return tr("Open actions");
    case StateColumn:
        return tr("State");
    }
    return {};
}

} // namespace hs
