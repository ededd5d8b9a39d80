#pragma once

#include <QDialog>

class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace hs {

class SharingApi;

// Settings → "Share targets…": every configured target (folder, WebDAV, MediaWiki, webhook) with a check
// box to enable it, and Add / Edit / Remove. The editing itself is TargetEditor.
class TargetSettingsDialog final : public QDialog {
    Q_OBJECT
public:
    explicit TargetSettingsDialog(SharingApi &api, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    void addTarget();
    void editTarget();
    void removeTarget();

private:
    void reload();
    void setEnabled(QListWidgetItem *item);
    void updateButtons();
    void runEditor(qint64 targetId);

    SharingApi &m_api;
    QListWidget *m_list = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
    bool m_reloading = false;
};

} // namespace hs
