#include "actiondelegates.h"

#include "actionlistmodel.h"
#include "actionstore.h"
#include "theme.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDesktopServices>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QUrl>
#include <utility>

namespace hs {

namespace {

ActionStatus statusOf(const QModelIndex &index) {
    return static_cast<ActionStatus>(index.data(ActionListModel::StatusRole).toInt());
}

// Remembers that the user released the mouse in a combo's popup, which is how a choice is clicked.
class PopupClickWatcher final : public QObject {
public:
    explicit PopupClickWatcher(QWidget *viewport)
        : QObject(viewport) {
        viewport->installEventFilter(this);
    }
    bool take() { return std::exchange(m_clicked, false); }

protected:
    bool eventFilter(QObject *, QEvent *event) override {
        if (event->type() == QEvent::MouseButtonRelease)
            m_clicked = true;
        return false;
    }

private:
    bool m_clicked = false;
};

// Enter is a new line here, as in any text box; Ctrl+Enter is done.
class NotesEditor final : public QPlainTextEdit {
public:
    explicit NotesEditor(QWidget *parent)
        : QPlainTextEdit(parent) {
        setTabChangesFocus(true);
        setObjectName(QStringLiteral("actionNotesEditor"));
        setPlaceholderText(ActionNotesDelegate::tr("Notes (Enter: new line, Ctrl+Enter: save)"));
        setToolTip(ActionNotesDelegate::tr("Enter starts a new line; Ctrl+Enter saves, Escape cancels"));
    }

    void setCommit(std::function<void()> commit) { m_commit = std::move(commit); }

protected:
    void keyPressEvent(QKeyEvent *event) override {
        const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
        if (enter && (event->modifiers() & Qt::ControlModifier) && m_commit) {
            m_commit();
            return;
        }
        QPlainTextEdit::keyPressEvent(event);
    }

private:
    std::function<void()> m_commit;
};

} // namespace

void ActionDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const {
    QStyledItemDelegate::initStyleOption(option, index);
    const ActionStatus status = statusOf(index);
    if (status == ActionStatus::Open)
        return;
    option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
    if (status == ActionStatus::Dropped && index.column() == ActionListModel::TitleColumn)
        option->font.setStrikeOut(true);
}

void ActionDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                          const QModelIndex &index) const {
    QStyledItemDelegate::updateEditorGeometry(editor, option, index);
    const int width = qMax(editor->width(), editor->sizeHint().width());
    if (width > editor->width()) {
        QRect rect = editor->geometry();
        rect.setWidth(width);
        // Grow to the left when there is no room on the right (the last columns).
        if (const QWidget *viewport = editor->parentWidget(); viewport && rect.right() > viewport->width())
            rect.moveRight(qMax(viewport->width(), option.rect.right()));
        editor->setGeometry(rect);
    }
}

ActionComboDelegate::ActionComboDelegate(Kind kind, QObject *parent)
    : ActionDelegate(parent)
    , m_kind(kind) {}

QWidget *ActionComboDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                           const QModelIndex &) const {
    auto *combo = new QComboBox(parent);
    if (m_kind == Kind::Bucket) {
        for (const Bucket b : {Bucket::Now, Bucket::Later})
            combo->addItem(bucketLabel(b), int(b));
    } else {
        for (const ActionStatus s : {ActionStatus::Open, ActionStatus::Done, ActionStatus::Dropped})
            combo->addItem(actionStatusLabel(s), int(s));
    }
    // A click in the popup is the whole edit: commit and close at once. From the keyboard, the arrows
    // only choose (Dropped is two steps away from Open) and Enter commits, as in any other cell.
    auto *clicked = new PopupClickWatcher(combo->view()->viewport());
    connect(combo, &QComboBox::activated, this, [this, combo, clicked] {
        if (!clicked->take())
            return;
        auto *self = const_cast<ActionComboDelegate *>(this);
        emit self->commitData(combo);
        emit self->closeEditor(combo);
    });
    return combo;
}

void ActionComboDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const {
    auto *combo = static_cast<QComboBox *>(editor);
    combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole).toInt()));
}

void ActionComboDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                       const QModelIndex &index) const {
    const QVariant value = static_cast<QComboBox *>(editor)->currentData();
    if (value == index.data(Qt::EditRole))
        return;
    if (m_kind == Kind::Status && static_cast<ActionStatus>(value.toInt()) == ActionStatus::Dropped) {
        emit dropRequested(QPersistentModelIndex(index));
        return;
    }
    model->setData(index, value);
}

QSize ActionComboDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const {
    QSize size = ActionDelegate::sizeHint(option, index);
    const QFontMetrics metrics(option.font);
    int widest = 0;
    if (m_kind == Kind::Bucket) {
        for (const Bucket b : {Bucket::Now, Bucket::Later})
            widest = qMax(widest, metrics.horizontalAdvance(bucketLabel(b)));
    } else {
        for (const ActionStatus s : {ActionStatus::Open, ActionStatus::Done, ActionStatus::Dropped})
            widest = qMax(widest, metrics.horizontalAdvance(actionStatusLabel(s)));
    }
    size.setWidth(qMax(size.width(), widest + 2 * metrics.averageCharWidth() + 4));
    return size;
}

QWidget *ActionDateDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                          const QModelIndex &) const {
    auto *edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return edit;
}

void ActionDateDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const {
    static_cast<QDateEdit *>(editor)->setDate(index.data(Qt::EditRole).toDate());
}

void ActionDateDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                      const QModelIndex &index) const {
    model->setData(index, static_cast<QDateEdit *>(editor)->date());
}

void ActionDateDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const {
    ActionDelegate::initStyleOption(option, index);
    if (index.data(ActionListModel::OverdueRole).toBool())
        option->palette.setColor(QPalette::Text, theme::negativeText(option->palette));
}

ActionTeamDelegate::ActionTeamDelegate(const ActionStore &store, QObject *parent)
    : ActionDelegate(parent)
    , m_store(store) {}

QWidget *ActionTeamDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                          const QModelIndex &) const {
    auto *edit = new QLineEdit(parent);
    edit->setFrame(false);
    // Read when the editor opens: a team typed in another row a moment ago is offered too.
    auto *completer = new QCompleter(m_store.teams(), edit);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchStartsWith);
    edit->setCompleter(completer);
    return edit;
}

QWidget *ActionLinkDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                          const QModelIndex &) const {
    auto *edit = new QLineEdit(parent);
    edit->setFrame(false);
    edit->setPlaceholderText(tr("https://tracker.example.com/browse/OPS-42"));
    connect(edit, &QLineEdit::textChanged, edit, [edit](const QString &text) {
        const bool ok = isValidTrackerLink(text.trimmed());
        QPalette palette = edit->parentWidget() ? edit->parentWidget()->palette() : QPalette();
        if (!ok)
            palette.setColor(QPalette::Text, theme::negativeText(palette));
        edit->setPalette(palette);
        edit->setToolTip(ok ? QString() : tr("Not a full URL yet: type it with https:// and the host."));
    });
    return edit;
}

void ActionLinkDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const {
    ActionDelegate::initStyleOption(option, index);
    if (option->text.isEmpty())
        return;
    option->palette.setColor(QPalette::Text, option->palette.color(QPalette::Link));
    option->palette.setColor(QPalette::HighlightedText, option->palette.color(QPalette::HighlightedText));
    option->font.setUnderline(true);
    option->textElideMode = Qt::ElideLeft; // the key is at the end
}

bool ActionLinkDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
                                     const QStyleOptionViewItem &option, const QModelIndex &index) {
    // A click on the link's text opens it; elsewhere in the cell it selects, as in any other cell.
    if (event->type() == QEvent::MouseButtonRelease) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QWidget *widget = opt.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        QRect text = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
        text.setWidth(qMin(text.width(), QFontMetrics(opt.font).horizontalAdvance(opt.text) + 8));
        if (mouse->button() == Qt::LeftButton && mouse->modifiers() == Qt::NoModifier &&
            text.contains(mouse->position().toPoint()) && openLink(index))
            return true;
    }
    return ActionDelegate::editorEvent(event, model, option, index);
}

bool ActionLinkDelegate::openLink(const QModelIndex &index) {
    const QString link = index.siblingAtColumn(ActionListModel::LinkColumn).data(Qt::EditRole).toString();
    if (link.isEmpty() || !isValidTrackerLink(link))
        return false;
    return QDesktopServices::openUrl(QUrl(link));
}

QWidget *ActionNotesDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                           const QModelIndex &) const {
    // On the window, not the view: the table is only as high as its rows, and the box is higher.
    auto *editor = new NotesEditor(parent->window());
    auto *self = const_cast<ActionNotesDelegate *>(this);
    editor->setCommit([self, editor] {
        emit self->commitData(editor);
        emit self->closeEditor(editor, QAbstractItemDelegate::NoHint);
    });
    return editor;
}

void ActionNotesDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const {
    auto *edit = static_cast<QPlainTextEdit *>(editor);
    edit->setPlainText(index.data(Qt::EditRole).toString());
    edit->moveCursor(QTextCursor::End);
}

void ActionNotesDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                       const QModelIndex &index) const {
    const QString text = static_cast<QPlainTextEdit *>(editor)->toPlainText();
    if (text != index.data(Qt::EditRole).toString())
        model->setData(index, text);
}

void ActionNotesDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                               const QModelIndex &) const {
    // Over the cell and below it: room for about five lines, however low the row is.
    const QFontMetrics metrics(option.font);
    QRect rect = option.rect;
    if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget);
        view && editor->parentWidget())
        rect.moveTopLeft(view->viewport()->mapTo(editor->parentWidget(), rect.topLeft()));
    rect.setWidth(qMax(rect.width(), 28 * metrics.averageCharWidth()));
    rect.setHeight(qMax(rect.height(), 5 * metrics.lineSpacing() + 12));
    if (const QWidget *window = editor->parentWidget()) { // kept inside the window
        if (rect.right() >= window->width())
            rect.moveRight(window->width() - 1);
        if (rect.bottom() >= window->height())
            rect.moveBottom(window->height() - 1);
        rect.moveTopLeft(QPoint(qMax(0, rect.left()), qMax(0, rect.top())));
    }
    editor->setGeometry(rect);
    editor->raise();
}

void ActionNotesDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const {
    ActionDelegate::initStyleOption(option, index);
    // The model shows the first line; a cell of one line can still hint at the others.
    const QString notes = index.data(Qt::EditRole).toString();
    if (notes.contains(QLatin1Char('\n')))
        option->text = notes.split(QLatin1Char('\n'), Qt::SkipEmptyParts).join(QStringLiteral(" · "));
}

} // namespace hs
