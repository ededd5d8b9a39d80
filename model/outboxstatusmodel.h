#pragma once

#include "sharestate.h"

#include <QAbstractTableModel>
#include <QList>

namespace hs {

class Outbox;

// Where one incident stands on every share target: one row per configured target (enabled, or holding
// a job for the incident), with its state, when/where it was sent or the last message, and the link.
// Follows the outbox's signals; setContentHash() makes a Sent row read "changed since shared".
class OutboxStatusModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TargetColumn, StateColumn, DetailColumn, ColumnCount };
    enum Role {
        StateKeyRole = Qt::UserRole + 1, // "queued", "sent", …, "" when never shared
        LinkRole,                        // QUrl of the published document
        TargetIdRole,
        JobIdRole,   // 0 when never shared
        ChangedRole, // bool: sent, but the current content differs
    };

    explicit OutboxStatusModel(Outbox &outbox, QObject *parent = nullptr);

    void setIncident(qint64 incidentId);
    qint64 incident() const { return m_incidentId; }
    // The current document's content hash (ShareDocument::contentHash); empty: unknown.
    void setContentHash(const QByteArray &hash);
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        ShareTargetConfig target;
        std::optional<ShareJob> job;
        QString indexError; // the target's index could not be written (Outbox::indexError())
    };
    QString detail(const Row &row) const;
    bool changed(const Row &row) const;

    Outbox &m_outbox;
    qint64 m_incidentId = 0;
    QByteArray m_hash;
    QList<Row> m_rows;
};

} // namespace hs
