#pragma once

#include "sharestate.h"
#include "sharingapi.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace hs {

// Adds or edits one share target: its kind, name and fields (folder path with a browse button; WebDAV
// URL and user; MediaWiki API URL and user; webhook URL), its secret, and "Test connection" with the
// answer on a line below (asynchronous, with a cancel). OK stores the non-secret part in the outbox and
// the secret in the keychain only; when there is no usable keychain it offers to keep the secret for
// this session, never in plain text. All or nothing: if the secret is kept nowhere, a new target is not
// added and a stored one is not changed.
class TargetEditor final : public QDialog {
    Q_OBJECT
public:
    // `existing` null: a new target.
    TargetEditor(SharingApi &api, const ShareTargetConfig *existing, QWidget *parent = nullptr);
    ~TargetEditor() override;

    // The target as the fields describe it (id 0 until stored).
    ShareTargetConfig config() const;
    QString secret() const;
    // The stored target after OK.
    qint64 targetId() const { return m_id; }

    QLabel *resultLine() const { return m_result; }
    QPushButton *testButton() const { return m_test; }
    QPushButton *cancelTestButton() const { return m_cancelTest; }

    void accept() override;
    void reject() override;

private:
    void kindChanged();
    void browse();
    void testConnection();
    void showResult(const QString &text, bool error);
    bool checkFields(QString *error) const;
    bool store();
    void secretStored(const SharingApi::SecretResult &result, bool adding, const QString &typed);
    void setBusy(bool busy);
    QString kindKey() const;
    SharingApi::Kind kind() const;
    QString secretName() const; // "Password", "Webhook URL"

    SharingApi &m_api;
    qint64 m_id = 0;
    bool m_testing = false;
    bool m_storing = false; // waiting for the keychain
    QComboBox *m_kind = nullptr;
    QLineEdit *m_name = nullptr;
    QStackedWidget *m_fields = nullptr;
    QLineEdit *m_path = nullptr;
    QLineEdit *m_davUrl = nullptr;
    QLineEdit *m_davUser = nullptr;
    QLineEdit *m_wikiUrl = nullptr;
    QLineEdit *m_wikiUser = nullptr;
    QLabel *m_secretLabel = nullptr;
    QLineEdit *m_secret = nullptr;
    QCheckBox *m_enabled = nullptr;
    QPushButton *m_test = nullptr;
    QPushButton *m_cancelTest = nullptr;
    QLabel *m_result = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    ShareTargetConfig m_original;
};

} // namespace hs
