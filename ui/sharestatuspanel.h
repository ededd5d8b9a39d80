#pragma once

#include <QUrl>
#include <QWidget>

class QLabel;
class QPushButton;
class QTimer;
class QVBoxLayout;

namespace hs {

class OutboxStatusModel;
class SharingApi;

// The editor's compact "Sharing" list: where the incident stands on each target (not shared / queued /
// sent, when, where, with a link to open / failed with the server's message and Retry / conflict with
// "Replace theirs"), and whether the document changed since it was shared.
class ShareStatusPanel final : public QWidget {
    Q_OBJECT
public:
    explicit ShareStatusPanel(SharingApi &api, QWidget *parent = nullptr);

    void setIncident(qint64 incidentId);
    qint64 incident() const { return m_incidentId; }
    // The document was saved: compare its content with what was shared (debounced).
    void contentEdited();
    // Now, without the debounce (tests, and when an incident is shown).
    void refreshHash();

    OutboxStatusModel *model() const { return m_model; }
    QLabel *summary() const { return m_summary; }
    // The row of a target ("shareRow_<id>") and its Retry button, for tests.
    QLabel *rowLabel(qint64 targetId) const;
    QPushButton *retryButton(qint64 targetId) const;
    bool isChanged() const { return m_changed; }

    void retry(qint64 targetId);
    void replaceTheirs(qint64 targetId);

signals:
    void shareRequested();
    void copyAnnouncementRequested();
    void settingsRequested();
    void linkActivated(const QUrl &link);
    void message(const QString &text);

private:
    void rebuild();

    SharingApi &m_api;
    OutboxStatusModel *m_model = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_share = nullptr;
    QPushButton *m_announce = nullptr;
    QWidget *m_rows = nullptr;
    QVBoxLayout *m_rowsLayout = nullptr;
    QTimer *m_hashTimer = nullptr;
    qint64 m_incidentId = 0;
    bool m_changed = false;
};

} // namespace hs
