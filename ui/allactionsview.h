#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QTableView;

namespace hs {

class ActionStore;
class AllActionsModel;

// "All actions" across incidents: filters by team, bucket, status and "overdue only" above a table
// sorted by due date; overdue rows are drawn in the palette's negative colour. Activating a row asks
// for its incident to be opened.
class AllActionsView final : public QWidget {
    Q_OBJECT
public:
    explicit AllActionsView(ActionStore &store, QWidget *parent = nullptr);

    AllActionsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QComboBox *teamFilter() const { return m_team; }
    QComboBox *bucketFilter() const { return m_bucket; }
    QComboBox *statusFilter() const { return m_status; }
    QCheckBox *overdueFilter() const { return m_overdue; }
    // Re-reads the teams and the rows (the store does not signal every change to every view).
    void refresh();

signals:
    void incidentRequested(qint64 incidentId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void applyFilter();
    void updateCount();
    void fillTeams();

    ActionStore &m_store;
    AllActionsModel *m_model = nullptr;
    QComboBox *m_team = nullptr;
    QComboBox *m_bucket = nullptr;
    QComboBox *m_status = nullptr;
    QCheckBox *m_overdue = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_view = nullptr;
};

} // namespace hs
