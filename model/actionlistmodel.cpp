#include "actionlistmodel.h"

#include <QDataStream>
#include <QIODevice>
#include <QLocale>
#include <QMimeData>

namespace hs {

ActionListModel::ActionListModel(ActionStore &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store) {
    connect(&m_store, &ActionStore::actionCreated, this,
            [this](qint64, qint64 incident) { onIncidentActionsChanged(incident); });
    connect(&m_store, &ActionStore::actionRemoved, this,
            [this](qint64, qint64 incident) { onIncidentActionsChanged(incident); });
    connect(&m_store, &ActionStore::actionsReordered, this, &ActionListModel::onIncidentActionsChanged);
    connect(&m_store, &ActionStore::actionChanged, this, &ActionListModel::onActionChanged);
}

void ActionListModel::setIncident(qint64 incidentId) {
    m_incidentId = incidentId;
    reload();
}

void ActionListModel::setBucketFilter(std::optional<Bucket> bucket) {
    m_bucketFilter = bucket;
    reload();
}

void ActionListModel::reload() {
    beginResetModel();
    m_rows.clear();
    if (m_incidentId != 0)
        for (const Action &a : m_store.forIncident(m_incidentId))
            if (!m_bucketFilter || a.bucket == *m_bucketFilter)
                m_rows << a;
    endResetModel();
    emit countsChanged();
}

void ActionListModel::onIncidentActionsChanged(qint64 incidentId) {
    if (incidentId == m_incidentId && !m_selfChange)
        reload();
}

void ActionListModel::onActionChanged(qint64 id, qint64 incidentId) {
    if (incidentId != m_incidentId || m_selfChange)
        return;
    const int row = rowOf(id);
    const auto fresh = m_store.load(id);
    if (row < 0 || !fresh || fresh->bucket != m_rows.at(row).bucket) {
        reload(); // it entered or left this list: positions changed too
        return;
    }
    m_rows[row] = *fresh;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    emit countsChanged();
}

int ActionListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}
int ActionListModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActionListModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Action &a = m_rows.at(index.row());
    const auto field = static_cast<ActionField>(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (field) {
        case ActionField::Bucket:
            return bucketLabel(a.bucket);
        case ActionField::Status:
            return actionStatusLabel(a.status);
        case ActionField::Due:
            return QLocale().toString(a.due, QLocale::ShortFormat);
        case ActionField::Notes:
            return a.notes.section(QLatin1Char('\n'), 0, 0);
        default:
            return a.value(field);
        }
    case Qt::EditRole:
        return a.value(field);
    case Qt::ToolTipRole:
        if (field == ActionField::Status && a.status == ActionStatus::Dropped)
            return tr("Dropped: %1").arg(a.dropReason);
        if (field == ActionField::Due && a.isOverdue(m_store.today()))
            return tr("Overdue since %1").arg(QLocale().toString(a.due, QLocale::LongFormat));
        if (field == ActionField::Notes || field == ActionField::Link || field == ActionField::Title)
            return a.value(field);
        break;
    case IdRole:
        return a.id;
    case BucketRole:
        return int(a.bucket);
    case StatusRole:
        return int(a.status);
    case OverdueRole:
        return a.isOverdue(m_store.today());
    case KeyRole:
        if (field == ActionField::Bucket)
            return bucketKey(a.bucket);
        if (field == ActionField::Status)
            return actionStatusKey(a.status);
        break;
    }
    return {};
}

QVariant ActionListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<ActionField>(section)) {
    case ActionField::Title:
        return tr("Action");
    case ActionField::Team:
        return tr("Team");
    case ActionField::Owner:
        return tr("Owner");
    case ActionField::Bucket:
        return tr("Bucket");
    case ActionField::Status:
        return tr("Status");
    case ActionField::DropReason:
        return tr("Reason dropped");
    case ActionField::Due:
        return tr("Due");
    case ActionField::Link:
        return tr("Link", "tracker issue URL");
    case ActionField::Notes:
        return tr("Notes");
    }
    return {};
}

Qt::ItemFlags ActionListModel::flags(const QModelIndex &index) const {
    if (!index.isValid())
        return m_incidentId != 0 ? Qt::ItemIsDropEnabled : Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable | Qt::ItemIsDragEnabled |
           Qt::ItemIsDropEnabled;
}

bool ActionListModel::report(const QString &message) {
    m_lastError = message;
    emit editFailed(message);
    return false;
}

bool ActionListModel::setData(const QModelIndex &index, const QVariant &value, int role) {
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Action edited = m_rows.at(index.row());
    const auto field = static_cast<ActionField>(index.column());
    QString error;
    if (!edited.setValue(field, value, &error))
        return report(error);
    if (edited.value(field) == m_rows.at(index.row()).value(field))
        return true;
    if (!m_store.save(edited, &error))
        return report(error);
    m_lastError.clear();
    return true; // the store's signal refreshes the row (or reloads when the bucket changed)
}

Bucket ActionListModel::bucketForInsert(int row) const {
    if (m_bucketFilter)
        return *m_bucketFilter;
    if (row > 0 && row <= m_rows.size())
        return m_rows.at(row - 1).bucket;
    return Bucket::Now;
}

int ActionListModel::indexInBucket(int row, Bucket bucket) const {
    int index = 0;
    for (int r = 0; r < row && r < m_rows.size(); ++r)
        if (m_rows.at(r).bucket == bucket)
            ++index;
    return index;
}

bool ActionListModel::insertRows(int row, int count, const QModelIndex &parent) {
    if (parent.isValid() || m_incidentId == 0 || row < 0 || row > m_rows.size() || count < 1)
        return false;
    const Bucket bucket = bucketForInsert(row);
    const int at = indexInBucket(row, bucket);
    QString error;
    for (int i = 0; i < count; ++i) {
        Action draft;
        draft.incidentId = m_incidentId;
        draft.title = tr("New action");
        draft.bucket = bucket;
        const auto created = m_store.create(draft, &error);
        if (!created || !m_store.move(created->id, bucket, at + i, &error))
            return report(error);
    }
    return true; // reloaded through the store's signals
}

bool ActionListModel::removeRows(int row, int count, const QModelIndex &parent) {
    if (parent.isValid() || row < 0 || count < 1 || row + count > m_rows.size())
        return false;
    QList<qint64> ids;
    for (int r = row; r < row + count; ++r)
        ids << m_rows.at(r).id;
    QString error;
    for (qint64 id : ids)
        if (!m_store.remove(id, &error))
            return report(error);
    return true;
}

bool ActionListModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                               const QModelIndex &destinationParent, int destinationChild) {
    if (sourceParent.isValid() || destinationParent.isValid() || count < 1 || sourceRow < 0 ||
        sourceRow + count > m_rows.size() || destinationChild < 0 || destinationChild > m_rows.size())
        return false;
    if (destinationChild >= sourceRow && destinationChild <= sourceRow + count)
        return false; // not a move
    const Bucket bucket = m_rows.at(sourceRow).bucket;
    for (int r = sourceRow; r < sourceRow + count; ++r)
        if (m_rows.at(r).bucket != bucket)
            return false;
    // The destination must lie inside the same bucket's run of rows.
    const bool before = destinationChild < m_rows.size() && m_rows.at(destinationChild).bucket == bucket;
    const bool after = destinationChild > 0 && m_rows.at(destinationChild - 1).bucket == bucket;
    if (!before && !after)
        return false;
    int target = indexInBucket(destinationChild, bucket);
    if (destinationChild > sourceRow)
        target -= count;
    if (!beginMoveRows({}, sourceRow, sourceRow + count - 1, {}, destinationChild))
        return false;
    QList<qint64> ids;
    for (int r = sourceRow; r < sourceRow + count; ++r)
        ids << m_rows.at(r).id;
    QString error;
    m_selfChange = true;
    bool ok = true;
    for (int i = 0; i < ids.size() && ok; ++i)
        ok = m_store.move(ids.at(i), bucket, target + i, &error);
    m_selfChange = false;
    // Re-read the order the store now has; it matches the move unless a write failed.
    QList<Action> fresh;
    for (const Action &a : m_store.forIncident(m_incidentId))
        if (!m_bucketFilter || a.bucket == *m_bucketFilter)
            fresh << a;
    m_rows = fresh;
    endMoveRows();
    if (!ok) {
        reload();
        return report(error);
    }
    return true;
}

bool ActionListModel::moveToBucket(int row, Bucket bucket, int indexInBucket) {
    if (row < 0 || row >= m_rows.size())
        return false;
    QString error;
    const int index = indexInBucket < 0 ? std::numeric_limits<int>::max() : indexInBucket;
    if (!m_store.move(m_rows.at(row).id, bucket, index, &error))
        return report(error);
    return true;
}

QStringList ActionListModel::mimeTypes() const {
    return {QString::fromLatin1(MimeType)};
}

QMimeData *ActionListModel::mimeData(const QModelIndexList &indexes) const {
    QList<qint64> ids;
    for (const QModelIndex &index : indexes)
        if (index.isValid() && !ids.contains(m_rows.at(index.row()).id))
            ids << m_rows.at(index.row()).id;
    if (ids.isEmpty())
        return nullptr;
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << ids;
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(MimeType), bytes);
    return mime;
}

namespace {

QList<qint64> idsFrom(const QMimeData *data) {
    QList<qint64> ids;
    if (!data || !data->hasFormat(QString::fromLatin1(ActionListModel::MimeType)))
        return ids;
    QDataStream in(data->data(QString::fromLatin1(ActionListModel::MimeType)));
    in >> ids;
    return in.status() == QDataStream::Ok ? ids : QList<qint64>();
}

} // namespace

bool ActionListModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                      const QModelIndex &) const {
    return m_incidentId != 0 && (action == Qt::MoveAction || action == Qt::CopyAction) &&
           !idsFrom(data).isEmpty();
}

bool ActionListModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                   const QModelIndex &parent) {
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    // Dropped on a row: before it, in its bucket. Between rows: after the row above (its bucket).
    // On empty space: at the end of the filter's bucket, or of Later when both are shown.
    const int beforeRow = parent.isValid() ? parent.row() : (row < 0 ? int(m_rows.size()) : row);
    Bucket bucket;
    if (m_bucketFilter)
        bucket = *m_bucketFilter;
    else if (parent.isValid())
        bucket = m_rows.at(parent.row()).bucket;
    else if (row < 0)
        bucket = Bucket::Later;
    else
        bucket = bucketForInsert(beforeRow);
    const QList<qint64> ids = idsFrom(data);
    // Where the dropped actions go among the ones that stay: count those of the bucket above beforeRow.
    int insertAt = 0;
    for (int r = 0; r < beforeRow && r < m_rows.size(); ++r)
        if (m_rows.at(r).bucket == bucket && !ids.contains(m_rows.at(r).id))
            ++insertAt;
    QString error;
    for (qint64 id : ids) {
        const auto dropped = m_store.load(id, &error);
        if (!dropped)
            return report(error);
        if (dropped->incidentId != m_incidentId)
            return report(tr("An action can only be moved within its incident."));
    }
    // Two passes keep the arithmetic simple: first every dropped action to the end of the bucket, in
    // order, then each to its slot; the ones still at the end never shift the slots before them.
    m_selfChange = true;
    bool ok = true;
    for (int i = 0; i < ids.size() && ok; ++i)
        ok = m_store.move(ids.at(i), bucket, std::numeric_limits<int>::max(), &error);
    for (int i = 0; i < ids.size() && ok; ++i)
        ok = m_store.move(ids.at(i), bucket, insertAt + i, &error);
    m_selfChange = false;
    reload();
    return ok || report(error);
}

qint64 ActionListModel::idAt(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int ActionListModel::rowOf(qint64 id) const {
    for (int r = 0; r < m_rows.size(); ++r)
        if (m_rows.at(r).id == id)
            return r;
    return -1;
}

const Action *ActionListModel::actionAt(int row) const {
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

} // namespace hs
