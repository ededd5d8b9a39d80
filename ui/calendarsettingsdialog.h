#pragma once

#include "calendarapi.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace hs {

// Settings > Calendar: the CalDAV calendar the reviews are pushed to (server URL, user, password or
// app token), with an asynchronous "Test Connection". Saving keeps the password in the keychain only;
// when that is missing or locked it offers to keep it for this session.
class CalendarSettingsDialog final : public QDialog {
    Q_OBJECT
public:
    explicit CalendarSettingsDialog(CalendarApi &api, QWidget *parent = nullptr);

    QLineEdit *urlEdit() const { return m_url; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }
    QPushButton *testButton() const { return m_test; }
    QLabel *resultLabel() const { return m_result; }

    void accept() override;

private:
    bool readFields(CalendarApi::Account *account, QString *error) const;
    void testConnection();
    void saved(const CalendarApi::Result &result, const CalendarApi::Account &account,
               const QString &password);
    void showResult(const QString &text, bool isError);
    void setBusy(bool busy);

    CalendarApi &m_api;
    QLineEdit *m_url;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QPushButton *m_test;
    QPushButton *m_save = nullptr;
    QLabel *m_result;
    int m_testNumber = 0; // a test's answer counts only if no later test or edit came after it
};

} // namespace hs
