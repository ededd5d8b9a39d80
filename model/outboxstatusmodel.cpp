#include "outboxstatusmodel.h"

#include "outbox.h"

#include <QLocale>

namespace hs {

OutboxStatusModel::OutboxStatusModel(Outbox &outbox, QObject *parent)
    : QAbstractTableModel(parent)
    , m_outbox(outbox) {
    connect(&m_outbox, &Outbox::targetsChanged, this, &OutboxStatusModel::reload);
    connect(&m_outbox, &Outbox::indexErrorChanged, this, [this](qint64 targetId) {
        for (const Row &row : std::as_const(m_rows))
            if (row.target.id == targetId) {
                reload();
                return;
            }
    });
    connect(&m_outbox, &Outbox::jobChanged, this, [this](qint64 jobId, qint64 incidentId) {
        if (incidentId != m_incidentId)
            return;
        for (int row = 0; row < m_rows.size(); ++row)
            if (m_rows[row].job && m_rows[row].job->id == jobId) {
                m_rows[row].job = m_outbox.job(jobId);
                emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
                return;
            }
        reload(); // a first job for this incident on some target
    });
}

void OutboxStatusModel::setIncident(qint64 incidentId) {
    m_incidentId = incidentId;
    reload();
}

void OutboxStatusModel::setContentHash(const QByteArray &hash) {
    m_hash = hash;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

void OutboxStatusModel::reload() {
    beginResetModel();
    m_rows.clear();
    if (m_incidentId > 0) {
        const QList<ShareJob> jobs = m_outbox.jobsForIncident(m_incidentId);
        for (const ShareTargetConfig &t : m_outbox.targets()) {
            Row row{t, std::nullopt, m_outbox.indexError(t.id)};
            for (const ShareJob &j : jobs)
                if (j.targetId == t.id)
                    row.job = j;
            if (t.enabled || row.job)
                m_rows.append(row);
        }
    }
    endResetModel();
}

int OutboxStatusModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OutboxStatusModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

bool OutboxStatusModel::changed(const Row &row) const {
    return row.job && row.job->state == ShareJobState::Sent && !m_hash.isEmpty() &&
           row.job->sentHash != m_hash;
}

QString OutboxStatusModel::detail(const Row &row) const {
    if (!row.job)
        return tr("Not shared yet");
    const ShareJob &j = *row.job;
    const QLocale locale;
    switch (j.state) {
    case ShareJobState::Queued:
        if (j.attempts > 0)
            return tr("Next try at %1. %2")
                .arg(locale.toString(j.nextAttempt.toLocalTime(), QLocale::ShortFormat), j.message);
        return tr("Waiting to be sent");
    case ShareJobState::Sending:
        return tr("Sending to %1").arg(j.where.isEmpty() ? row.target.name : j.where);
    case ShareJobState::Sent: {
        QString sent =
            tr("Sent %1 to %2").arg(locale.toString(j.sentAt.toLocalTime(), QLocale::ShortFormat), j.where);
        if (changed(row))
            sent = tr("%1; changed since, share again to update it").arg(sent);
        if (!row.indexError.isEmpty())
            sent = tr("%1. The list of shared post-mortems there could not be updated: %2")
                       .arg(sent, row.indexError);
        return sent;
    }
    case ShareJobState::Failed:
    case ShareJobState::Conflict:
        return j.message;
    }
    return {};
}

QVariant OutboxStatusModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TargetColumn:
            return row.target.name;
        case StateColumn:
            if (!row.job)
                return tr("Not shared");
            return changed(row) ? tr("Changed") : shareJobStateLabel(row.job->state);
        case DetailColumn:
            return detail(row);
        }
        return {};
    case StateKeyRole:
        return row.job ? shareJobStateKey(row.job->state) : QString(QLatin1String(""));
    case LinkRole:
        return row.job ? row.job->link : QUrl();
    case TargetIdRole:
        return row.target.id;
    case JobIdRole:
        return row.job ? row.job->id : qint64(0);
    case ChangedRole:
        return changed(row);
    }
    return {};
}

QVariant OutboxStatusModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TargetColumn:
        return tr("Target");
    case StateColumn:
        return tr("State");
    case DetailColumn:
        return tr("Details");
    }
    return {};
}

} // namespace hs
