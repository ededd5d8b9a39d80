#pragma once

#include <QDate>
#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace hs {

// Asks for what declaring an incident needs — a title and a date — and shows the channel and
// document names they give while the user types, so the team can open the channel right away.
class NewIncidentDialog final : public QDialog {
    Q_OBJECT
public:
    explicit NewIncidentDialog(QWidget *parent = nullptr);

    QString title() const;
    QDate date() const;

private:
    void updateNames();

    QLineEdit *m_title = nullptr;
    QDateEdit *m_date = nullptr;
    QLabel *m_channel = nullptr;
    QLabel *m_document = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace hs
