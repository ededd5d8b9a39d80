#pragma once

#include "actionstore.h"

#include <optional>
#include <QAbstractTableModel>

namespace hs {

// The actions of one incident, editable in place. Columns follow ActionField (column i is field i),
// so a view's delegates can be chosen by column: combos for Bucket and Status (Qt::EditRole is the
// enum's int), a date editor for Due (QDate), a completer from ActionStore::teams() for Team.
//
// Rows are Now first, then Later, each in the incident's order. setBucketFilter() shows one bucket
// only: the editor can show two tables ("Now" and "Later") over two models, and a drop on either
// moves the action into that bucket.
//
// Drag and drop carries action ids (MimeType). dropMimeData() moves the action in the store itself, so
// drags are offered as Qt::CopyAction: a view then never calls removeRows() on the source afterwards.
class ActionListModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        TitleColumn = int(ActionField::Title),
        TeamColumn = int(ActionField::Team),
        OwnerColumn = int(ActionField::Owner),
        BucketColumn = int(ActionField::Bucket),
        StatusColumn = int(ActionField::Status),
        DropReasonColumn = int(ActionField::DropReason),
        DueColumn = int(ActionField::Due),
        LinkColumn = int(ActionField::Link),
        NotesColumn = int(ActionField::Notes),
        ColumnCount = ActionFieldCount
    };
    enum Role { IdRole = Qt::UserRole + 1, BucketRole, StatusRole, OverdueRole, KeyRole };
    static constexpr const char *MimeType = "application/x-hindsight-action-ids";

    explicit ActionListModel(ActionStore &store, QObject *parent = nullptr);

    void setIncident(qint64 incidentId); // 0: empty
    qint64 incidentId() const { return m_incidentId; }
    void setBucketFilter(std::optional<Bucket> bucket);
    std::optional<Bucket> bucketFilter() const { return m_bucketFilter; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Validates through Action::setValue() and saves at once; on failure returns false and emits
    // editFailed() with the reason. Changing the bucket moves the row to the end of that bucket.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    // New actions titled "New action" in the bucket of the row before `row` (or the filter's bucket,
    // or Now), with that bucket's default due date.
    bool insertRows(int row, int count, const QModelIndex &parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;
    // Reorders within one bucket (keyboard "move up/down"); a move across buckets returns false:
    // use moveToBucket() or setData() on BucketColumn.
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                  const QModelIndex &destinationParent, int destinationChild) override;
    bool moveToBucket(int row, Bucket bucket, int indexInBucket = -1); // -1: at the end

    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction | Qt::CopyAction; }
    Qt::DropActions supportedDragActions() const override { return Qt::CopyAction; }

    ActionCounts counts() const { return m_store.counts(m_incidentId); }
    qint64 idAt(int row) const;
    int rowOf(qint64 id) const;
    const Action *actionAt(int row) const;
    QString lastError() const { return m_lastError; }

signals:
    void editFailed(const QString &message);
    // Emitted after any change of the incident's actions (for "Now 3 · Later 2" labels).
    void countsChanged();

private:
    void reload();
    void onActionChanged(qint64 id, qint64 incidentId);
    void onIncidentActionsChanged(qint64 incidentId);
    Bucket bucketForInsert(int row) const;
    int indexInBucket(int row, Bucket bucket) const;
    bool report(const QString &message);

    ActionStore &m_store;
    qint64 m_incidentId = 0;
    std::optional<Bucket> m_bucketFilter;
    QList<Action> m_rows;
    QString m_lastError;
    bool m_selfChange = false; // our own moveRows: the store's signal must not reset the model
};

} // namespace hs
