#pragma once

#include "action.h"

#include <QStyledItemDelegate>

namespace hs {

class ActionStore;

// Delegates for the columns of an ActionListModel (see ActionsPanel). All of them grey out actions
// that are done or dropped, so the open ones stand out.
class ActionDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // Editors that need more room than a narrow cell (a combo's arrow, a date edit's button) get it.
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

// Bucket and status: a combo of the enum's labels; the model's EditRole is the enum's int.
// Choosing an entry commits at once (no extra Enter).
class ActionComboDelegate : public ActionDelegate {
    Q_OBJECT
public:
    enum class Kind { Bucket, Status };
    explicit ActionComboDelegate(Kind kind, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    // As wide as the longest choice, so the column does not change width with the values shown.
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

signals:
    // Dropping needs a reason; asking for it inside setModelData() would re-enter the delegate when
    // the question takes the focus from the editor, so the view's owner asks afterwards.
    void dropRequested(const QPersistentModelIndex &index) const;

private:
    Kind m_kind;
};

// Due: a date edit with a calendar popup. Overdue dates are shown in the error colour.
class ActionDateDelegate final : public ActionDelegate {
    Q_OBJECT
public:
    using ActionDelegate::ActionDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

// Team: a line edit completing from every team named so far.
class ActionTeamDelegate final : public ActionDelegate {
    Q_OBJECT
public:
    explicit ActionTeamDelegate(const ActionStore &store, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;

private:
    const ActionStore &m_store;
};

// Tracker link: drawn as a link, opened with QDesktopServices on click; the editor shows while typing
// whether the text is a usable URL (the model refuses an invalid one and says why).
class ActionLinkDelegate final : public ActionDelegate {
    Q_OBJECT
public:
    using ActionDelegate::ActionDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

    static bool openLink(const QModelIndex &index);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

// Notes: several lines, edited in a box that opens over the cell and below it. Enter starts a new
// line, Ctrl+Enter or leaving the box saves, Escape cancels. The cell shows every line, joined by " · ".
class ActionNotesDelegate final : public ActionDelegate {
    Q_OBJECT
public:
    using ActionDelegate::ActionDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace hs
