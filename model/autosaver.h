#pragma once

#include "incident.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace hs {

class IncidentStore;

// Holds the incident being edited and writes what changed, debounced: a pause in typing saves
// after DebounceMs, continuous typing still saves at least every MaxDelayMs. A failed write keeps
// the changes pending and retries, so nothing typed is dropped.
class AutoSaver final : public QObject {
    Q_OBJECT
public:
    static constexpr int DebounceMs = 400;
    static constexpr int MaxDelayMs = 1000;

    explicit AutoSaver(IncidentStore &store, QObject *parent = nullptr);
    ~AutoSaver() override;

    // Flushes the previous incident first; returns false (and keeps it) when that fails.
    bool setIncident(const Incident &incident);
    void clear();
    const Incident &incident() const { return m_incident; }
    bool hasIncident() const { return m_incident.id != 0; }

    // Applies an edit to the working copy and schedules the save. Returns false with a reason
    // for an invalid value (which is not applied).
    bool change(Field field, const QVariant &value, QString *error = nullptr);
    bool isDirty() const { return !m_dirty.isEmpty(); }
    // Writes pending changes now.
    bool flush(QString *error = nullptr);

signals:
    void changed(hs::Field field);
    void saved();
    void saveFailed(const QString &message);

private:
    IncidentStore &m_store;
    Incident m_incident;
    QSet<Field> m_dirty;
    QTimer m_debounce;
    QElapsedTimer m_firstPending;
};

} // namespace hs
