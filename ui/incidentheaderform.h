#pragma once

#include "incident.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace hs {

class AutoSaver;

// The incident's facts above its sections: title, date, status, channel, link and document name.
// Each edit goes straight to the AutoSaver; an invalid value shows why under its field.
class IncidentHeaderForm final : public QWidget {
    Q_OBJECT
public:
    explicit IncidentHeaderForm(AutoSaver &saver, QWidget *parent = nullptr);

    // Shows `incident` without emitting edits (and so without touching the fields' undo history
    // beyond resetting it for the new incident).
    void load(const Incident &incident);
    void copyChannelName();

    QWidget *firstField() const;
    QWidget *lastField() const;

signals:
    void message(const QString &text);

private:
    void edit(Field field, const QVariant &value, QLabel *hint);
    void showDocumentName();

    AutoSaver &m_saver;
    QLineEdit *m_title = nullptr;
    QLabel *m_titleHint = nullptr;
    QDateEdit *m_date = nullptr;
    QComboBox *m_status = nullptr;
    QLineEdit *m_channel = nullptr;
    QPushButton *m_copy = nullptr;
    QLineEdit *m_link = nullptr;
    QLabel *m_linkHint = nullptr;
    QLabel *m_document = nullptr;
};

} // namespace hs
