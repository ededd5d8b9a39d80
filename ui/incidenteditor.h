#pragma once

#include "incident.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QStackedWidget;
class QVBoxLayout;

namespace hs {

class ActionStore;
class ActionsPanel;
class CalendarApi;
class AutoSaver;
class CompletenessIndicator;
class IncidentHeaderForm;
class IncidentStore;
class ReviewStore;
class ReviewsPanel;
class SectionFields;
class ShareStatusPanel;
class SharingApi;

// The post-mortem of the selected incident, bound to it through an AutoSaver: every edit is saved
// on its own (no Save button), and switching away writes what is pending first.
class IncidentEditor final : public QWidget {
    Q_OBJECT
public:
    explicit IncidentEditor(IncidentStore &store, QWidget *parent = nullptr);
    ~IncidentEditor() override;

    // Adds the follow-up actions and reviews under the sections (the editor works without them).
    // When the status becomes documented and the incident has no reviews yet, they are proposed.
    void setFollowUp(ActionStore &actions, ReviewStore &reviews);
    ActionsPanel *actionsPanel() const { return m_actions; }
    ReviewsPanel *reviewsPanel() const { return m_reviews; }
    // The calendar the reviews panel pushes to and deletes events from (now or once it exists).
    void setCalendar(CalendarApi *calendar);
    // Adds the per-target sharing status under the header (the editor works without it).
    void setSharing(SharingApi &api);
    ShareStatusPanel *sharePanel() const { return m_sharing; }

    // Flushes the incident being edited, then loads `id`. Returns false with the reason, keeping
    // the current incident, when the flush or the load fails. Showing the same incident is a no-op.
    bool showIncident(qint64 id, QString *error = nullptr);
    // Shows no incident; pending edits are written first when possible, else dropped.
    void clear();
    // Writes every edit now, including typing still held back in a huge field.
    bool flush(QString *error = nullptr);

    qint64 incidentId() const;
    const Incident &incident() const;
    AutoSaver &saver() const { return *m_saver; }

    void focusFirstSection();
    void copyChannelName();
    // Changes the status as if picked in its field (saved like any edit).
    void setStatus(Status status);
    QPlainTextEdit *sectionField(Section section);
    CompletenessIndicator *completenessIndicator();
    // "Saved", "Saving…" or why saving failed; the window shows it in its status bar.
    QLabel *saveStatus() const { return m_saveStatus; }

signals:
    void message(const QString &text);
    void titleChanged(const QString &title);

private:
    void ensureForm();
    void setSaveStatus(const QString &text, bool error);

    IncidentStore &m_store;
    AutoSaver *m_saver = nullptr;
    QStackedWidget *m_pages = nullptr;
    IncidentHeaderForm *m_header = nullptr;
    CompletenessIndicator *m_completeness = nullptr;
    SectionFields *m_sections = nullptr;
    QLabel *m_saveStatus = nullptr;
    QVBoxLayout *m_formLayout = nullptr;
    ActionsPanel *m_actions = nullptr;
    ReviewsPanel *m_reviews = nullptr;
    CalendarApi *m_calendar = nullptr;
    ShareStatusPanel *m_sharing = nullptr;
};

} // namespace hs
