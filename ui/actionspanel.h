#pragma once

#include "action.h"

#include <array>
#include <QWidget>

class QLabel;
class QTableView;
class QToolButton;

namespace hs {

class ActionListModel;
class ActionStore;

// The incident's follow-up actions in the seed's two buckets: a "Now" table and a "Later" table, each
// over its own ActionListModel, edited in place and saved at once by the store (no Save button).
//
// Keyboard, in either table: Insert or Ctrl+Shift+A adds an action and opens its title, Delete
// removes the selected one (after asking), Ctrl+Up/Down reorders, Ctrl+Shift+Down/Up moves it to
// Later/Now, Ctrl+Return opens its tracker link. Rows can also be dragged between the tables.
class ActionsPanel final : public QWidget {
    Q_OBJECT
public:
    explicit ActionsPanel(ActionStore &store, QWidget *parent = nullptr);
    ~ActionsPanel() override;

    void setIncident(qint64 incidentId); // 0: none

    QTableView *view(Bucket bucket) const { return m_tables[int(bucket)].view; }
    ActionListModel *model(Bucket bucket) const { return m_tables[int(bucket)].model; }
    QLabel *heading(Bucket bucket) const { return m_tables[int(bucket)].heading; }
    // Why the last edit was refused, e.g. a link that is not a URL; hidden after a good edit.
    QLabel *errorLabel() const { return m_error; }

    // The keyboard commands, for menus and tests. They act on the table's current row.
    void addAction(Bucket bucket);
    void removeCurrent(Bucket bucket);
    void moveCurrent(Bucket bucket, int delta);
    void moveCurrentToOtherBucket(Bucket bucket);
    void openCurrentLink(Bucket bucket);

signals:
    void message(const QString &text);

private:
    struct Table {
        QLabel *heading = nullptr;
        QToolButton *add = nullptr;
        QTableView *view = nullptr;
        ActionListModel *model = nullptr;
    };
    QWidget *createTable(Bucket bucket);
    void addShortcuts(Bucket bucket);
    void askDropReason(const QPersistentModelIndex &index);
    void updateHeading(Bucket bucket);
    void showError(const QString &message);
    void selectAction(qint64 id);
    int currentRow(Bucket bucket) const;

    ActionStore &m_store;
    std::array<Table, BucketCount> m_tables{};
    QLabel *m_error = nullptr;
};

} // namespace hs
