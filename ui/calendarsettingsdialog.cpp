#include "calendarsettingsdialog.h"

#include "prompts.h"
#include "theme.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace hs {

CalendarSettingsDialog::CalendarSettingsDialog(CalendarApi &api, QWidget *parent)
    : QDialog(parent)
    , m_api(api)
    , m_url(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_test(new QPushButton(tr("&Test Connection"), this))
    , m_result(new QLabel(this)) {
    setWindowTitle(tr("Calendar"));
    const CalendarApi::Account account = m_api.account();
    m_url->setObjectName(QStringLiteral("calendarUrl"));
    m_url->setText(account.url.toString());
    m_url->setPlaceholderText(
        QStringLiteral("https://cloud.example.com/remote.php/dav/calendars/me/reviews/"));
    m_url->setMinimumWidth(m_url->fontMetrics().averageCharWidth() * 60);
    m_user->setObjectName(QStringLiteral("calendarUser"));
    m_user->setText(account.user);
    m_password->setObjectName(QStringLiteral("calendarPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(account.isValid() ? tr("Stored in the keychain; leave empty to keep it")
                                                     : QString());
    m_test->setObjectName(QStringLiteral("testButton"));
    m_result->setObjectName(QStringLiteral("result"));
    m_result->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Calendar &URL:"), m_url);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Password or app token:"), m_password);
    auto *note = new QLabel(tr("The address of one calendar (CalDAV collection) on Nextcloud, iCloud, "
                               "Fastmail, Radicale … The password is kept in the system keychain only."),
                            this);
    note->setWordWrap(true);
    theme::markAsSecondary(note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    connect(buttons, &QDialogButtonBox::accepted, this, &CalendarSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CalendarSettingsDialog::reject);
    connect(m_test, &QPushButton::clicked, this, &CalendarSettingsDialog::testConnection);
    // An answer about fields that have changed since would be misleading.
    for (QLineEdit *edit : {m_url, m_user, m_password})
        connect(edit, &QLineEdit::textEdited, this, [this] { ++m_testNumber; });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_test, 0, Qt::AlignLeft);
    layout->addWidget(m_result);
    layout->addWidget(buttons);
}

bool CalendarSettingsDialog::readFields(CalendarApi::Account *account, QString *error) const {
    account->url = QUrl(m_url->text().trimmed(), QUrl::StrictMode);
    account->user = m_user->text().trimmed();
    const QString scheme = account->url.scheme();
    if (!account->url.isValid() || account->url.host().isEmpty() ||
        (scheme != QLatin1String("https") && scheme != QLatin1String("http"))) {
        *error = tr("Enter the calendar's address, starting with https://.");
        return false;
    }
    if (account->user.isEmpty()) {
        *error = tr("Enter the user name of the calendar account.");
        return false;
    }
    return true;
}

void CalendarSettingsDialog::testConnection() {
    CalendarApi::Account account;
    QString error;
    if (!readFields(&account, &error)) {
        showResult(error, true);
        return;
    }
    const int number = ++m_testNumber;
    showResult(tr("Testing…"), false);
    theme::markAsSecondary(m_result);
    const QPointer<CalendarSettingsDialog> self(this);
    m_api.test(account, m_password->text(), [self, number](const CalendarApi::Result &result) {
        if (!self || number != self->m_testNumber)
            return;
        if (result.ok)
            self->showResult(tr("✓ Connection works. %1").arg(result.message), false);
        else
            self->showResult(tr("✗ %1").arg(result.message), true);
    });
}

void CalendarSettingsDialog::accept() {
    CalendarApi::Account account;
    QString error;
    if (!readFields(&account, &error)) {
        showResult(error, true);
        return;
    }
    const QString password = m_password->text();
    setBusy(true);
    showResult(tr("Saving…"), false);
    const QPointer<CalendarSettingsDialog> self(this);
    m_api.save(account, password, [self, account, password](const CalendarApi::Result &result) {
        if (self)
            self->saved(result, account, password);
    });
}

void CalendarSettingsDialog::saved(const CalendarApi::Result &result, const CalendarApi::Account &account,
                                   const QString &password) {
    setBusy(false);
    if (result.ok) {
        m_password->clear();
        QDialog::accept();
        return;
    }
    if (result.keychainUnavailable) {
        const auto answer = prompts::ask(
            this, QMessageBox::Warning, tr("The calendar password could not be stored in the keychain."),
            tr("%1\n\nHindsight keeps passwords only in the system keychain, never in a file. It can keep "
               "this one in memory until you quit, and ask again next time.")
                .arg(result.message),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
        if (answer == QMessageBox::Yes) {
            m_api.keepForSession(account, password);
            m_password->clear();
            QDialog::accept();
            return;
        }
    }
    showResult(tr("The calendar is saved without its password: %1").arg(result.message), true);
}

void CalendarSettingsDialog::showResult(const QString &text, bool isError) {
    m_result->setText(text);
    theme::markAsError(m_result, isError);
}

void CalendarSettingsDialog::setBusy(bool busy) {
    m_save->setEnabled(!busy);
    m_test->setEnabled(!busy);
}

} // namespace hs
