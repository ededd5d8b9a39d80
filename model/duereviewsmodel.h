#pragma once

#include "reviewstore.h"

#include <functional>
#include <QAbstractTableModel>

namespace hs {

// "Due reviews": the reviews not done that are overdue, due today or due within the next days,
// earliest first, each with its incident's open actions. The clock is injectable for tests.
class DueReviewsModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { WhenColumn, IncidentColumn, KindColumn, OpenActionsColumn, StateColumn, ColumnCount };
    enum Role {
        ReviewIdRole = Qt::UserRole + 1,
        IncidentIdRole,
        OverdueRole,          // bool: its time has passed
        OpenActionTitlesRole, // QStringList, Now first
        OpenActionCountRole,
    };
    using Clock = std::function<QDateTime()>;

    explicit DueReviewsModel(ReviewStore &store, Clock clock = {}, QObject *parent = nullptr);

    // How far ahead "upcoming" reaches, in days after today (7 unless set).
    void setUpcomingDays(int days);
    int upcomingDays() const { return m_days; }
    // Reads again; call it when actions changed or on a timer (the store only signals review changes).
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int overdueCount() const;

private:
    QDateTime now() const { return m_clock ? m_clock() : QDateTime::currentDateTime(); }

    ReviewStore &m_store;
    Clock m_clock;
    int m_days = 7;
    QDateTime m_loadedAt; // the "now" the rows were read at, so states match the rows
    QList<ReviewAgendaItem> m_rows;
};

} // namespace hs
