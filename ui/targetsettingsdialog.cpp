#include "targetsettingsdialog.h"

#include "outbox.h"
#include "prompts.h"
#include "sharingapi.h"
#include "targeteditor.h"
#include "theme.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace hs {

namespace {

constexpr int TargetIdRole = Qt::UserRole + 1;

// Where the target writes, in words (nothing secret is in the stored config).
QString place(const ShareTargetConfig &target) {
    const QJsonObject &c = target.config;
    if (target.kind == QLatin1String("folder"))
        return QDir::toNativeSeparators(c.value(QLatin1String("path")).toString());
    if (target.kind == QLatin1String("webdav"))
        return c.value(QLatin1String("url")).toString();
    if (target.kind == QLatin1String("mediawiki"))
        return c.value(QLatin1String("apiUrl")).toString();
    return TargetSettingsDialog::tr("address kept in the keychain");
}

} // namespace

TargetSettingsDialog::TargetSettingsDialog(SharingApi &api, QWidget *parent)
    : QDialog(parent)
    , m_api(api)
    , m_list(new QListWidget(this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_remove(new QPushButton(tr("&Remove"), this)) {
    setWindowTitle(tr("Share Targets"));
    m_list->setObjectName(QStringLiteral("targetList"));
    m_list->setMinimumWidth(m_list->fontMetrics().averageCharWidth() * 64);
    auto *add = new QPushButton(tr("&Add…"), this);
    add->setObjectName(QStringLiteral("addButton"));
    m_edit->setObjectName(QStringLiteral("editButton"));
    m_remove->setObjectName(QStringLiteral("removeButton"));

    auto *note = new QLabel(tr("“Share” sends a documented post-mortem to every checked target. Passwords "
                               "and webhook addresses are kept in the system keychain only."),
                            this);
    note->setWordWrap(true);
    theme::markAsSecondary(note);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(buttons);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(note);
    layout->addWidget(close);

    connect(add, &QPushButton::clicked, this, &TargetSettingsDialog::addTarget);
    connect(m_edit, &QPushButton::clicked, this, &TargetSettingsDialog::editTarget);
    connect(m_remove, &QPushButton::clicked, this, &TargetSettingsDialog::removeTarget);
    connect(m_list, &QListWidget::itemActivated, this, &TargetSettingsDialog::editTarget);
    connect(m_list, &QListWidget::currentRowChanged, this, &TargetSettingsDialog::updateButtons);
    connect(m_list, &QListWidget::itemChanged, this, &TargetSettingsDialog::setEnabled);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reload();
}

void TargetSettingsDialog::reload() {
    const qint64 current = m_list->currentItem() ? m_list->currentItem()->data(TargetIdRole).toLongLong() : 0;
    m_reloading = true;
    m_list->clear();
    QString kindLabel;
    for (const ShareTargetConfig &target : m_api.outbox().targets()) {
        kindLabel = target.kind;
        for (const SharingApi::Kind &kind : m_api.kinds())
            if (kind.key == target.kind)
                kindLabel = kind.label;
        auto *item =
            new QListWidgetItem(tr("%1 — %2: %3").arg(target.name, kindLabel, place(target)), m_list);
        item->setData(TargetIdRole, target.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(target.enabled ? Qt::Checked : Qt::Unchecked);
        if (target.id == current)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    m_reloading = false;
    updateButtons();
}

void TargetSettingsDialog::updateButtons() {
    const bool selected = m_list->currentItem() != nullptr;
    m_edit->setEnabled(selected);
    m_remove->setEnabled(selected);
}

void TargetSettingsDialog::setEnabled(QListWidgetItem *item) {
    if (m_reloading)
        return;
    std::optional<ShareTargetConfig> target = m_api.outbox().target(item->data(TargetIdRole).toLongLong());
    if (!target)
        return;
    target->enabled = item->checkState() == Qt::Checked;
    QString error;
    if (!m_api.outbox().updateTarget(*target, &error))
        prompts::critical(this, tr("The target could not be changed."), error);
}

void TargetSettingsDialog::runEditor(qint64 targetId) {
    const std::optional<ShareTargetConfig> existing =
        targetId != 0 ? m_api.outbox().target(targetId) : std::nullopt;
    TargetEditor editor(m_api, existing ? &*existing : nullptr, this);
    if (editor.exec() != QDialog::Accepted)
        return; // the editor takes back a new target whose secret could not be kept
    reload();
    if (editor.targetId() == 0)
        return;
    for (int row = 0; row < m_list->count(); ++row)
        if (m_list->item(row)->data(TargetIdRole).toLongLong() == editor.targetId())
            m_list->setCurrentRow(row);
}

void TargetSettingsDialog::addTarget() {
    runEditor(0);
}

void TargetSettingsDialog::editTarget() {
    if (QListWidgetItem *item = m_list->currentItem())
        runEditor(item->data(TargetIdRole).toLongLong());
}

void TargetSettingsDialog::removeTarget() {
    QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const qint64 id = item->data(TargetIdRole).toLongLong();
    const std::optional<ShareTargetConfig> target = m_api.outbox().target(id);
    if (!target)
        return;
    const auto answer =
        prompts::ask(this, QMessageBox::Question, tr("Remove the share target “%1”?").arg(target->name),
                     tr("What was already shared there stays there. Its password or address "
                        "is removed from the keychain."),
                     QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    bool needsSecret = false;
    for (const SharingApi::Kind &kind : m_api.kinds())
        needsSecret = needsSecret || (kind.key == target->kind && kind.needsSecret);
    if (!needsSecret) {
        QString error;
        if (!m_api.outbox().removeTarget(id, &error))
            prompts::critical(this, tr("The target could not be removed."), error);
        reload();
        return;
    }
    // The secret goes first: a target removed while the keychain keeps its secret would leave that
    // secret behind for good, with nothing left to remove it through.
    m_remove->setEnabled(false);
    const QPointer<TargetSettingsDialog> self(this);
    SharingApi *api = &m_api; // outlives the dialog: the target goes even if the dialog was closed
    m_api.removeSecret(id, [self, api, id](const SharingApi::SecretResult &result) {
        QString error;
        if (result.ok && !api->outbox().removeTarget(id, &error) && self)
            prompts::critical(self, tr("The target could not be removed."), error);
        if (!self)
            return;
        if (!result.ok)
            prompts::critical(self,
                              tr("The target was kept, because its secret could not be deleted from the "
                                 "keychain."),
                              result.message);
        self->reload();
    });
}

} // namespace hs
