#include "autosaver.h"

#include "incidentstore.h"

namespace hs {

AutoSaver::AutoSaver(IncidentStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store) {
    m_debounce.setSingleShot(true);
    connect(&m_debounce, &QTimer::timeout, this, [this] { flush(); });
}

AutoSaver::~AutoSaver() {
    flush();
}

bool AutoSaver::setIncident(const Incident &incident) {
    if (!flush())
        return false;
    m_incident = incident;
    return true;
}

void AutoSaver::clear() {
    flush();
    m_incident = Incident();
    m_dirty.clear();
}

bool AutoSaver::change(Field field, const QVariant &value, QString *error) {
    if (!hasIncident())
        return false;
    if (m_incident.value(field) == value)
        return true;
    if (!m_incident.setValue(field, value, error))
        return false;
    if (m_dirty.isEmpty())
        m_firstPending.start();
    m_dirty.insert(field);
    const int waited = int(m_firstPending.elapsed());
    m_debounce.start(std::max(0, std::min(DebounceMs, MaxDelayMs - waited)));
    emit changed(field);
    return true;
}

bool AutoSaver::flush(QString *error) {
    m_debounce.stop();
    if (m_dirty.isEmpty())
        return true;
    QString message;
    if (!m_store.save(m_incident, m_dirty.values(), &message)) {
        if (error)
            *error = message;
        m_debounce.start(MaxDelayMs); // keep the edit and try again
        emit saveFailed(message);
        return false;
    }
    m_dirty.clear();
    emit saved();
    return true;
}

} // namespace hs
