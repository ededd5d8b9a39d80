#pragma once

#include <QTimer>
#include <QWidget>

class QLineEdit;
class QTableView;

namespace hs {

class IncidentListModel;
class IncidentStore;

// The filter box above the incident table. Sorting and filtering run in SQL through the model;
// the filter waits for a pause in typing so each keystroke does not query the database.
class IncidentListPanel final : public QWidget {
    Q_OBJECT
public:
    static constexpr int FilterDelayMs = 150;

    explicit IncidentListPanel(IncidentStore &store, QWidget *parent = nullptr);

    IncidentListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }

    qint64 currentId() const;
    // Selects the incident. With `fetch`, pages are loaded (and the filter cleared) until it is
    // found; without, only the rows already loaded are searched, which stays fast on huge lists.
    // Not found: no row is current, and `id` is still the one reselected when it is loaded.
    bool select(qint64 id, bool fetch = true);
    // Selects the row nearest to `row`, e.g. after the incident there was deleted.
    void selectRow(int row);
    void focusFilter();

    QByteArray saveHeaderState() const;
    void restoreHeaderState(const QByteArray &state);

signals:
    // The user (or select()) made another incident current.
    void currentChanged(qint64 id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFilter();

    IncidentListModel *m_model = nullptr;
    QLineEdit *m_filter = nullptr;
    QTableView *m_view = nullptr;
    QTimer m_filterDelay;
    qint64 m_selectedId = 0; // survives model resets (sort, filter, new incident)
    bool m_resetting = false;
    bool m_reselect = false;
};

} // namespace hs
