#include "actionspanel.h"

#include "actiondelegates.h"
#include "actionlistmodel.h"
#include "actionstore.h"
#include "plainheaderview.h"
#include "prompts.h"
#include "theme.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace hs {

namespace {

// A table as high as its rows (at least one), so both buckets show whole inside the editor's
// scrolling form instead of scrolling on their own; an empty one says how to add an action.
class ActionTableView final : public QTableView {
public:
    using QTableView::QTableView;

    QSize sizeHint() const override {
        const int rows = qMax(model() ? model()->rowCount() : 0, 1);
        const int height = horizontalHeader()->sizeHint().height() +
                           rows * verticalHeader()->defaultSectionSize() + 2 * frameWidth();
        return {QTableView::sizeHint().width(), height};
    }
    QSize minimumSizeHint() const override {
        return {QTableView::minimumSizeHint().width(), sizeHint().height()};
    }

protected:
    void paintEvent(QPaintEvent *event) override {
        QTableView::paintEvent(event);
        if (!model() || model()->rowCount() > 0)
            return;
        QPainter painter(viewport());
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(viewport()->rect().adjusted(8, 0, -8, 0), Qt::AlignVCenter | Qt::AlignLeft,
                         ActionsPanel::tr("No actions yet. Press Insert to add one, or drag one here."));
    }
};

Bucket other(Bucket bucket) {
    return bucket == Bucket::Now ? Bucket::Later : Bucket::Now;
}

} // namespace

ActionsPanel::ActionsPanel(ActionStore &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_error(new QLabel(this)) {
    m_error->setObjectName(QStringLiteral("actionError"));
    m_error->setWordWrap(true);
    m_error->hide();
    theme::markAsError(m_error, true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(createTable(Bucket::Now));
    layout->addSpacing(6);
    layout->addWidget(createTable(Bucket::Later));
    layout->addWidget(m_error);
    setTabOrder(view(Bucket::Now), m_tables[int(Bucket::Later)].add);
    setTabOrder(m_tables[int(Bucket::Later)].add, view(Bucket::Later));
    setFocusProxy(view(Bucket::Now));
}

// An editor still open commits when the views go, after this object is gone: its answer (say, a
// refused edit) must not reach this panel any more.
ActionsPanel::~ActionsPanel() {
    for (const Table &t : m_tables)
        t.model->disconnect(this);
}

QWidget *ActionsPanel::createTable(Bucket bucket) {
    Table &t = m_tables[int(bucket)];
    auto *box = new QWidget(this);
    t.heading = new QLabel(box);
    t.heading->setObjectName(bucketKey(bucket) + QLatin1String("Heading"));
    QFont bold = t.heading->font();
    bold.setBold(true);
    t.heading->setFont(bold);
    auto *explanation = new QLabel(bucket == Bucket::Now ? tr("— it will happen again shortly otherwise")
                                                         : tr("— worth doing, but it can wait"),
                                   box);
    theme::markAsSecondary(explanation);
    t.add = new QToolButton(box);
    t.add->setObjectName(bucketKey(bucket) + QLatin1String("AddButton"));
    t.add->setIcon(theme::icon(QStringLiteral("list-add")));
    t.add->setText(tr("Add Action"));
    t.add->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    t.add->setAutoRaise(true);
    t.add->setToolTip(tr("Add an action to “%1” (Insert)").arg(bucketLabel(bucket)));
    connect(t.add, &QToolButton::clicked, this, [this, bucket] { addAction(bucket); });

    t.model = new ActionListModel(m_store, this);
    t.model->setBucketFilter(bucket);
    t.view = new ActionTableView(box);
    t.view->setObjectName(bucketKey(bucket) + QLatin1String("ActionsView"));
    t.view->setModel(t.model);
    t.view->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    t.view->verticalHeader()->hide();
    // The same compact rows as the incident list; an editor still fits (combos, date edits).
    t.view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    t.view->verticalHeader()->setDefaultSectionSize(t.view->fontMetrics().height() + 10);
    t.view->setSelectionBehavior(QAbstractItemView::SelectRows);
    t.view->setSelectionMode(QAbstractItemView::SingleSelection);
    t.view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    t.view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    t.view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    t.view->setWordWrap(false);
    t.view->setTabKeyNavigation(false); // Tab leaves the table, as everywhere else in the form
    // The model moves a dropped action in the store itself and offers drags as copies, so the view
    // never removes the source row afterwards (see ActionListModel).
    t.view->setDragDropMode(QAbstractItemView::DragDrop);
    t.view->setDefaultDropAction(Qt::CopyAction);
    t.view->setDragDropOverwriteMode(false);
    t.view->setDropIndicatorShown(true);

    t.view->setItemDelegate(new ActionDelegate(t.view));
    auto *status = new ActionComboDelegate(ActionComboDelegate::Kind::Status, t.view);
    connect(status, &ActionComboDelegate::dropRequested, this, &ActionsPanel::askDropReason,
            Qt::QueuedConnection);
    t.view->setItemDelegateForColumn(ActionListModel::StatusColumn, status);
    t.view->setItemDelegateForColumn(ActionListModel::BucketColumn,
                                     new ActionComboDelegate(ActionComboDelegate::Kind::Bucket, t.view));
    t.view->setItemDelegateForColumn(ActionListModel::DueColumn, new ActionDateDelegate(t.view));
    t.view->setItemDelegateForColumn(ActionListModel::TeamColumn, new ActionTeamDelegate(m_store, t.view));
    t.view->setItemDelegateForColumn(ActionListModel::LinkColumn, new ActionLinkDelegate(t.view));
    t.view->setItemDelegateForColumn(ActionListModel::NotesColumn, new ActionNotesDelegate(t.view));

    t.view->setHorizontalHeader(new PlainHeaderView(Qt::Horizontal, t.view));
    QHeaderView *header = t.view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ActionListModel::TitleColumn, QHeaderView::Stretch);
    for (const int column : {ActionListModel::LinkColumn, ActionListModel::NotesColumn}) {
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        header->resizeSection(column, 120);
    }
    // The table already is one bucket; the reason shows as the status's tooltip.
    t.view->hideColumn(ActionListModel::BucketColumn);
    t.view->hideColumn(ActionListModel::DropReasonColumn);

    addShortcuts(bucket);
    connect(t.model, &ActionListModel::countsChanged, this, [this, bucket] { updateHeading(bucket); });
    connect(t.model, &ActionListModel::editFailed, this, &ActionsPanel::showError);
    connect(t.model, &QAbstractItemModel::dataChanged, m_error, &QWidget::hide);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(t.model, signal, t.view, &QWidget::updateGeometry);
    connect(t.model, &QAbstractItemModel::modelReset, t.view, &QWidget::updateGeometry);
    updateHeading(bucket);

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(t.heading);
    top->addWidget(explanation);
    top->addStretch();
    top->addWidget(t.add);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(top);
    layout->addWidget(t.view);
    return box;
}

void ActionsPanel::addShortcuts(Bucket bucket) {
    QTableView *v = view(bucket);
    v->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto add = [this, v](const char *name, const QString &text, const QList<QKeySequence> &keys, auto slot) {
        auto *a = new QAction(text, v);
        a->setObjectName(QLatin1String(name));
        a->setShortcuts(keys);
        // Only while the table itself has the focus: an open cell editor keeps its own keys.
        a->setShortcutContext(Qt::WidgetShortcut);
        connect(a, &QAction::triggered, this, slot);
        v->addAction(a);
        return a;
    };
    const Bucket to = other(bucket);
    add("addAction", tr("&Add Action"),
        {QKeySequence(Qt::Key_Insert), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A)},
        [this, bucket] { addAction(bucket); })
        ->setIcon(theme::icon(QStringLiteral("list-add")));
    add("moveUp", tr("Move &Up"), {QKeySequence(Qt::CTRL | Qt::Key_Up)},
        [this, bucket] { moveCurrent(bucket, -1); });
    add("moveDown", tr("Move Do&wn"), {QKeySequence(Qt::CTRL | Qt::Key_Down)},
        [this, bucket] { moveCurrent(bucket, 1); });
    add("moveToOtherBucket", tr("Move to “%1”").arg(bucketLabel(to)),
        {QKeySequence(Qt::CTRL | Qt::SHIFT | (to == Bucket::Later ? Qt::Key_Down : Qt::Key_Up))},
        [this, bucket] { moveCurrentToOtherBucket(bucket); });
    add("openLink", tr("&Open Tracker Link"), {QKeySequence(Qt::CTRL | Qt::Key_Return)},
        [this, bucket] { openCurrentLink(bucket); });
    add("removeAction", tr("&Delete Action…"), {QKeySequence(QKeySequence::Delete)}, [this, bucket] {
        removeCurrent(bucket);
    })->setIcon(theme::icon(QStringLiteral("list-remove")));
}

void ActionsPanel::setIncident(qint64 incidentId) {
    for (const Table &t : m_tables)
        t.model->setIncident(incidentId);
    m_error->hide();
}

int ActionsPanel::currentRow(Bucket bucket) const {
    const QModelIndex current = view(bucket)->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void ActionsPanel::addAction(Bucket bucket) {
    ActionListModel *m = model(bucket);
    if (m->incidentId() == 0)
        return;
    const int current = currentRow(bucket);
    const int row = current < 0 ? m->rowCount() : current + 1;
    if (!m->insertRows(row, 1))
        return;
    // The title editor opens at once with "New action" selected, so typing replaces it.
    const QModelIndex title = m->index(row, ActionListModel::TitleColumn);
    view(bucket)->setFocus(Qt::OtherFocusReason);
    view(bucket)->setCurrentIndex(title);
    view(bucket)->edit(title);
}

void ActionsPanel::removeCurrent(Bucket bucket) {
    const int row = currentRow(bucket);
    const Action *action = model(bucket)->actionAt(row);
    if (!action)
        return;
    const auto answer =
        prompts::ask(this, QMessageBox::Question, tr("Delete the action “%1”?").arg(action->title),
                     tr("It is removed from the post-mortem. To keep a trace of it, set its "
                        "status to dropped instead."),
                     QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes || !model(bucket)->removeRows(row, 1))
        return;
    const int rows = model(bucket)->rowCount();
    if (rows > 0)
        view(bucket)->setCurrentIndex(
            model(bucket)->index(qMin(row, rows - 1), ActionListModel::TitleColumn));
}

void ActionsPanel::moveCurrent(Bucket bucket, int delta) {
    const int row = currentRow(bucket);
    const int target = row + delta;
    ActionListModel *m = model(bucket);
    if (row < 0 || target < 0 || target >= m->rowCount())
        return;
    const int column = view(bucket)->currentIndex().column();
    // moveRows() takes the row *before which* to insert, counted before the move.
    if (m->moveRows({}, row, 1, {}, delta > 0 ? target + 1 : target))
        view(bucket)->setCurrentIndex(m->index(target, column));
}

void ActionsPanel::moveCurrentToOtherBucket(Bucket bucket) {
    const int row = currentRow(bucket);
    const qint64 id = model(bucket)->idAt(row);
    if (id == 0 || !model(bucket)->moveToBucket(row, other(bucket)))
        return;
    selectAction(id);
    emit message(tr("Moved to “%1”.").arg(bucketLabel(other(bucket))));
}

void ActionsPanel::openCurrentLink(Bucket bucket) {
    const QModelIndex current = view(bucket)->currentIndex();
    if (current.isValid() && !ActionLinkDelegate::openLink(current))
        emit message(tr("This action has no tracker link."));
}

void ActionsPanel::selectAction(qint64 id) {
    for (const Table &t : m_tables) {
        const int row = t.model->rowOf(id);
        if (row < 0)
            continue;
        t.view->setFocus(Qt::OtherFocusReason);
        t.view->setCurrentIndex(t.model->index(row, ActionListModel::TitleColumn));
        return;
    }
}

void ActionsPanel::askDropReason(const QPersistentModelIndex &index) {
    if (!index.isValid())
        return;
    auto *m = const_cast<ActionListModel *>(qobject_cast<const ActionListModel *>(index.model()));
    const Action *action = m ? m->actionAt(index.row()) : nullptr;
    if (!action)
        return;
    const QString reason = prompts::text(this, tr("Drop Action"),
                                         tr("Why is “%1” dropped?").arg(action->title), action->dropReason)
                               .trimmed();
    if (reason.isEmpty()) {
        emit message(tr("Not dropped: a dropped action needs a reason."));
        return;
    }
    const QModelIndex reasonIndex = m->index(index.row(), ActionListModel::DropReasonColumn);
    const QModelIndex statusIndex = m->index(index.row(), ActionListModel::StatusColumn);
    if (m->setData(reasonIndex, reason))
        m->setData(statusIndex, int(ActionStatus::Dropped));
}

void ActionsPanel::updateHeading(Bucket bucket) {
    const int count = model(bucket)->rowCount();
    heading(bucket)->setText(
        tr("%1 (%2)", "bucket and its number of actions").arg(bucketLabel(bucket)).arg(count));
}

void ActionsPanel::showError(const QString &message) {
    m_error->setText(message);
    m_error->show();
}

} // namespace hs
