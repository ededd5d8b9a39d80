#pragma once

#include <QDialog>

class QSpinBox;
class QTimeEdit;

namespace hs {

// Settings > Preferences: the default due dates of new actions (days from today per bucket) and the
// hour at which reviews are proposed. Shows followupsettings and writes them back on OK; the caller
// applies them to the stores and panels.
class PreferencesDialog final : public QDialog {
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    QSpinBox *nowDaysBox() const { return m_nowDays; }
    QSpinBox *laterDaysBox() const { return m_laterDays; }
    QTimeEdit *reviewTimeEdit() const { return m_reviewTime; }

    void accept() override;

private:
    QSpinBox *m_nowDays;
    QSpinBox *m_laterDays;
    QTimeEdit *m_reviewTime;
};

} // namespace hs
