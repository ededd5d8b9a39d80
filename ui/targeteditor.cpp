#include "targeteditor.h"

#include "outbox.h"
#include "prompts.h"
#include "theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QStackedWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace hs {

namespace {

QLineEdit *lineEdit(QWidget *parent, const char *name, const QString &placeholder) {
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(name));
    edit->setPlaceholderText(placeholder);
    edit->setMinimumWidth(edit->fontMetrics().averageCharWidth() * 44);
    return edit;
}

// The pages of the kind-specific fields, in this order.
enum Page { FolderPage, WebDavPage, WikiPage, WebhookPage };

Page pageOf(const QString &kind) {
    if (kind == QLatin1String("webdav"))
        return WebDavPage;
    if (kind == QLatin1String("mediawiki"))
        return WikiPage;
    if (kind == QLatin1String("webhook"))
        return WebhookPage;
    return FolderPage;
}

} // namespace

TargetEditor::TargetEditor(SharingApi &api, const ShareTargetConfig *existing, QWidget *parent)
    : QDialog(parent)
    , m_api(api)
    , m_kind(new QComboBox(this))
    , m_name(lineEdit(this, "nameEdit", tr("e.g. “Team share”, “Wiki”, “#incidents”")))
    , m_fields(new QStackedWidget(this))
    , m_secretLabel(new QLabel(this))
    , m_secret(lineEdit(this, "secretEdit", {}))
    , m_enabled(new QCheckBox(tr("&Share to this target"), this))
    , m_test(new QPushButton(tr("&Test Connection"), this))
    , m_cancelTest(new QPushButton(tr("Cancel Test"), this))
    , m_result(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(existing ? tr("Edit Share Target") : tr("Add Share Target"));
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    for (const SharingApi::Kind &kind : m_api.kinds())
        m_kind->addItem(kind.label, kind.key);

    // Folder
    auto *folder = new QWidget(m_fields);
    m_path = lineEdit(folder, "pathEdit", tr("A mounted share or a synced folder"));
    auto *browse = new QPushButton(tr("&Browse…"), folder);
    browse->setObjectName(QStringLiteral("browseButton"));
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto *folderForm = new QFormLayout(folder);
    folderForm->setContentsMargins(0, 0, 0, 0);
    folderForm->addRow(tr("&Folder:"), pathRow);
    // WebDAV
    auto *dav = new QWidget(m_fields);
    m_davUrl =
        lineEdit(dav, "davUrlEdit", QStringLiteral("https://cloud.example.org/remote.php/dav/files/me/pm/"));
    m_davUser = lineEdit(dav, "davUserEdit", {});
    auto *davForm = new QFormLayout(dav);
    davForm->setContentsMargins(0, 0, 0, 0);
    davForm->addRow(tr("&Address:"), m_davUrl);
    davForm->addRow(tr("&User:"), m_davUser);
    // MediaWiki
    auto *wiki = new QWidget(m_fields);
    m_wikiUrl = lineEdit(wiki, "wikiUrlEdit", QStringLiteral("https://wiki.example.org/w/api.php"));
    m_wikiUser = lineEdit(wiki, "wikiUserEdit", tr("Bot name, e.g. Me@hindsight"));
    auto *wikiForm = new QFormLayout(wiki);
    wikiForm->setContentsMargins(0, 0, 0, 0);
    wikiForm->addRow(tr("&API address:"), m_wikiUrl);
    wikiForm->addRow(tr("&User:"), m_wikiUser);
    // Webhook: only its URL, which is the secret.
    auto *hook = new QWidget(m_fields);
    m_fields->insertWidget(FolderPage, folder);
    m_fields->insertWidget(WebDavPage, dav);
    m_fields->insertWidget(WikiPage, wiki);
    m_fields->insertWidget(WebhookPage, hook);

    m_secret->setEchoMode(QLineEdit::Password);
    m_secretLabel->setBuddy(m_secret);
    m_enabled->setObjectName(QStringLiteral("enabledCheck"));
    m_enabled->setChecked(true);
    m_test->setObjectName(QStringLiteral("testButton"));
    m_cancelTest->setObjectName(QStringLiteral("cancelTestButton"));
    m_cancelTest->hide();
    m_result->setObjectName(QStringLiteral("testResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Name:"), m_name);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_cancelTest);
    testRow->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_fields);
    auto *secretForm = new QFormLayout;
    secretForm->addRow(m_secretLabel, m_secret);
    secretForm->addRow(QString(), m_enabled);
    layout->addLayout(secretForm);
    layout->addLayout(testRow);
    layout->addWidget(m_result);
    layout->addStretch();
    layout->addWidget(m_buttons);

    if (existing) {
        m_original = *existing;
        m_id = existing->id;
        m_kind->setCurrentIndex(m_kind->findData(existing->kind));
        m_kind->setEnabled(false); // another kind is another target: its stored state means nothing there
        m_name->setText(existing->name);
        const QJsonObject &c = existing->config;
        m_path->setText(QDir::toNativeSeparators(c.value(QLatin1String("path")).toString()));
        m_davUrl->setText(c.value(QLatin1String("url")).toString());
        m_davUser->setText(c.value(QLatin1String("user")).toString());
        m_wikiUrl->setText(c.value(QLatin1String("apiUrl")).toString());
        m_wikiUser->setText(c.value(QLatin1String("user")).toString());
        m_enabled->setChecked(existing->enabled);
    }
    kindChanged();

    connect(m_kind, &QComboBox::currentIndexChanged, this, &TargetEditor::kindChanged);
    connect(browse, &QPushButton::clicked, this, &TargetEditor::browse);
    connect(m_test, &QPushButton::clicked, this, &TargetEditor::testConnection);
    connect(m_cancelTest, &QPushButton::clicked, this, [this] { m_api.cancelTest(); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &TargetEditor::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &TargetEditor::reject);
}

TargetEditor::~TargetEditor() {
    if (m_testing)
        m_api.cancelTest();
}

QString TargetEditor::kindKey() const {
    return m_kind->currentData().toString();
}

SharingApi::Kind TargetEditor::kind() const {
    for (const SharingApi::Kind &k : m_api.kinds())
        if (k.key == kindKey())
            return k;
    return {};
}

QString TargetEditor::secretName() const {
    return kind().secretLabel;
}

void TargetEditor::kindChanged() {
    const QString key = kindKey();
    m_fields->setCurrentIndex(pageOf(key));
    const SharingApi::Kind kind = this->kind();
    m_secretLabel->setText(kind.secretLabel.isEmpty() ? QString() : tr("%1:").arg(kind.secretLabel));
    m_secretLabel->setVisible(kind.needsSecret);
    m_secret->setVisible(kind.needsSecret);
    // A webhook URL is a secret (anyone holding it can post), so it is typed like a password.
    m_secret->setPlaceholderText(m_id != 0 ? tr("Stored in the keychain; leave empty to keep it")
                                 : key == QLatin1String("webhook")
                                     ? QStringLiteral("https://hooks.slack.com/services/…")
                                     : QString());
    m_result->clear();
}

void TargetEditor::browse() {
    const QString dir = prompts::existingDirectory(this, tr("Shared Folder"), m_path->text());
    if (!dir.isEmpty())
        m_path->setText(QDir::toNativeSeparators(dir));
}

ShareTargetConfig TargetEditor::config() const {
    ShareTargetConfig c;
    c.id = m_id;
    c.kind = kindKey();
    c.name = m_name->text().simplified();
    c.enabled = m_enabled->isChecked();
    switch (pageOf(c.kind)) {
    case FolderPage:
        c.config.insert(QStringLiteral("path"), QDir::fromNativeSeparators(m_path->text().trimmed()));
        break;
    case WebDavPage:
        c.config.insert(QStringLiteral("url"), m_davUrl->text().trimmed());
        c.config.insert(QStringLiteral("user"), m_davUser->text().trimmed());
        break;
    case WikiPage:
        // Keep what this dialog does not show (page prefix, category) as it was.
        c.config = m_original.kind == c.kind ? m_original.config : QJsonObject();
        c.config.insert(QStringLiteral("apiUrl"), m_wikiUrl->text().trimmed());
        c.config.insert(QStringLiteral("user"), m_wikiUser->text().trimmed());
        break;
    case WebhookPage:
        break;
    }
    return c;
}

QString TargetEditor::secret() const {
    return m_secret->isHidden() ? QString() : m_secret->text().trimmed();
}

bool TargetEditor::checkFields(QString *error) const {
    const ShareTargetConfig c = config();
    if (!m_api.validate(c, error))
        return false;
    const bool needsSecret = !m_secret->isHidden();
    if (needsSecret && m_id == 0 && secret().isEmpty()) {
        *error = tr("%1 is missing.").arg(secretName());
        return false;
    }
    if (c.kind == QLatin1String("webhook") && !secret().isEmpty()) {
        const QUrl url(secret(), QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty() ||
            (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
            *error = tr("Enter the webhook's http:// or https:// address.");
            return false;
        }
    }
    return true;
}

void TargetEditor::testConnection() {
    QString error;
    if (!checkFields(&error)) {
        showResult(error, true);
        return;
    }
    m_testing = true;
    m_test->setEnabled(false);
    m_cancelTest->show();
    showResult(tr("Testing…"), false);
    theme::markAsSecondary(m_result);
    const QPointer<TargetEditor> self(this);
    m_api.testTarget(config(), secret(), [self](const SharingApi::TestResult &result) {
        if (!self)
            return;
        self->m_testing = false;
        self->m_test->setEnabled(true);
        self->m_cancelTest->hide();
        if (result.cancelled)
            self->showResult(tr("Test cancelled."), false);
        else if (result.ok)
            self->showResult(tr("✓ Connection works. %1").arg(result.message), false);
        else
            self->showResult(tr("✗ %1").arg(result.message), true);
    });
}

void TargetEditor::showResult(const QString &text, bool error) {
    m_result->setText(text);
    theme::markAsError(m_result, error);
}

void TargetEditor::setBusy(bool busy) {
    m_storing = busy;
    m_buttons->setEnabled(!busy);
    m_test->setEnabled(!busy && !m_testing);
}

bool TargetEditor::store() {
    QString error;
    const ShareTargetConfig c = config();
    if (m_id == 0) {
        const std::optional<ShareTargetConfig> added = m_api.outbox().addTarget(c, &error);
        if (!added) {
            showResult(error, true);
            return false;
        }
        m_id = added->id;
        m_original = *added;
        return true;
    }
    if (!m_api.outbox().updateTarget(c, &error)) {
        showResult(error, true);
        return false;
    }
    m_original = c;
    return true;
}

void TargetEditor::accept() {
    if (m_storing)
        return; // the keychain has not answered yet
    QString error;
    if (!checkFields(&error)) {
        showResult(error, true);
        return;
    }
    const QString typed = secret();
    if (typed.isEmpty()) {
        // No secret changes: a folder, or a stored target keeping the one it has.
        if (store())
            QDialog::accept();
        return;
    }
    // All or nothing: a target is never left without its secret. A new one needs its id for the keychain
    // entry, so it is added first and taken back if the secret cannot be kept; a stored one changes only
    // once its new secret is kept.
    const bool adding = m_id == 0;
    if (adding && !store())
        return;
    setBusy(true);
    showResult(tr("Saving in the keychain…"), false);
    const QPointer<TargetEditor> self(this);
    SharingApi *api = &m_api;
    const qint64 id = m_id;
    m_api.storeSecret(id, typed, [self, api, id, adding, typed](const SharingApi::SecretResult &result) {
        if (self) {
            self->secretStored(result, adding, typed);
        } else if (adding && !result.ok) {
            // The dialog was closed before the keychain answered: nobody can be asked, so take it back.
            QString ignored;
            api->outbox().removeTarget(id, &ignored);
        }
    });
}

void TargetEditor::secretStored(const SharingApi::SecretResult &result, bool adding, const QString &typed) {
    setBusy(false);
    bool kept = result.ok;
    if (!kept && result.keychainUnavailable) {
        const auto answer = prompts::ask(
            this, QMessageBox::Warning, tr("%1 could not be stored in the keychain.").arg(secretName()),
            tr("%1\n\nHindsight keeps secrets only in the system keychain, never in a file. It can keep "
               "this one in memory until you quit, and ask again next time.")
                .arg(result.message),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
        if (answer == QMessageBox::Yes) {
            m_api.keepSecretForSession(m_id, typed);
            kept = true;
        }
    }
    if (kept) {
        if (!adding && !store())
            return; // the reason is on the result line; OK again retries
        m_secret->clear();
        QDialog::accept();
        return;
    }
    if (adding) {
        QString error;
        if (!m_api.outbox().removeTarget(m_id, &error)) {
            showResult(error, true);
            return;
        }
        m_id = 0;
        m_original = {};
    }
    // Nothing was stored: OK again retries, Cancel leaves everything as it was.
    showResult(adding ? tr("The target was not added, because the keychain could not keep its secret: %1")
                            .arg(result.message)
                      : tr("Nothing was changed, because the keychain could not keep the new secret: %1")
                            .arg(result.message),
               true);
}

void TargetEditor::reject() {
    if (m_storing)
        return; // closing now could leave a new target without its secret; the keychain answers soon
    if (m_testing)
        m_api.cancelTest();
    QDialog::reject();
}

} // namespace hs
