#include "incidentlistpanel.h"

#include "incidentlistmodel.h"
#include "plainheaderview.h"
#include "textitemdelegate.h"
#include "theme.h"

#include <algorithm>
#include <QAction>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>
#include <utility>

namespace hs {

IncidentListPanel::IncidentListPanel(IncidentStore &store, QWidget *parent)
    : QWidget(parent)
    , m_model(new IncidentListModel(store, this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTableView(this)) {
    m_filter->setObjectName(QStringLiteral("filterEdit"));
    // The clear button is only drawn once there is text, and enabling it decodes the style's icon
    // (which probes every image-format plugin) before the first paint: it waits for the first key.
    connect(
        m_filter, &QLineEdit::textChanged, this, [this] { m_filter->setClearButtonEnabled(true); },
        Qt::SingleShotConnection);
    m_filter->setPlaceholderText(tr("Filter by title or channel"));
    // The Find action's icon, so that the filter box shows what Ctrl+F does.
    m_filter->addAction(theme::icon(QStringLiteral("edit-find"), QStyle::SP_FileDialogContentsView),
                        QLineEdit::LeadingPosition);
    m_filter->installEventFilter(this);

    m_view->setObjectName(QStringLiteral("incidentTable"));
    m_view->setHorizontalHeader(new PlainHeaderView(Qt::Horizontal, m_view));
    m_view->setItemDelegate(new TextItemDelegate(m_view));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Size the columns from the rows on screen, not from every loaded row at each layout: the
    // formats are fixed width, and measuring 200 rows per pass was a fifth of the start-up time.
    header->setResizeContentsPrecision(0);
    header->setSectionResizeMode(IncidentListModel::TitleColumn, QHeaderView::Stretch);
    // Newest first: the incident being written up is nearly always the latest one.
    header->setSortIndicator(IncidentListModel::DateColumn, Qt::DescendingOrder);
    m_view->setSortingEnabled(true);

    setFocusProxy(m_view);
    setTabOrder(m_filter, m_view);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_view);

    m_filterDelay.setSingleShot(true);
    m_filterDelay.setInterval(FilterDelayMs);
    connect(&m_filterDelay, &QTimer::timeout, this, &IncidentListPanel::applyFilter);
    connect(m_filter, &QLineEdit::textChanged, this, [this] { m_filterDelay.start(); });
    // A reset (sort, filter, new incident) clears the selection; the model then loads its first
    // page, and the incident being edited is selected again if it is on that page.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_resetting = true; });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_resetting = false;
        m_reselect = m_selectedId != 0;
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (std::exchange(m_reselect, false))
            select(m_selectedId, false);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (m_resetting || !current.isValid())
                    return;
                const qint64 id = m_model->idAt(current.row());
                if (id == m_selectedId)
                    return;
                m_selectedId = id;
                emit currentChanged(id);
            });
    // The first page now rather than at the view's first layout, so the window can restore the
    // last selection before it is shown.
    if (m_model->canFetchMore({}))
        m_model->fetchMore({});
}

qint64 IncidentListPanel::currentId() const {
    return m_selectedId;
}

bool IncidentListPanel::select(qint64 id, bool fetch) {
    int row = -1;
    if (fetch) {
        row = m_model->rowOf(id);
        if (row < 0 && !m_filter->text().isEmpty()) {
            m_filter->clear();
            applyFilter();
            row = m_model->rowOf(id);
        }
    } else {
        for (int r = 0; r < m_model->rowCount() && row < 0; ++r)
            if (m_model->idAt(r) == id)
                row = r;
    }
    if (row < 0) {
        // Shown in the editor but not in the loaded rows: no row stands for it, so that clicking the
        // row that was current (e.g. row 0, made current by the focus) opens that one again.
        m_selectedId = id;
        m_view->selectionModel()->clearCurrentIndex();
        m_view->clearSelection();
        return false;
    }
    m_view->setCurrentIndex(m_model->index(row, IncidentListModel::TitleColumn));
    m_view->scrollTo(m_view->currentIndex());
    return true;
}

void IncidentListPanel::selectRow(int row) {
    const int count = m_model->rowCount();
    if (count == 0)
        return;
    m_view->setCurrentIndex(m_model->index(std::clamp(row, 0, count - 1), IncidentListModel::TitleColumn));
}

void IncidentListPanel::focusFilter() {
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

QByteArray IncidentListPanel::saveHeaderState() const {
    return m_view->horizontalHeader()->saveState();
}

void IncidentListPanel::restoreHeaderState(const QByteArray &state) {
    QHeaderView *header = m_view->horizontalHeader();
    if (state.isEmpty() || !header->restoreState(state))
        return;
    m_view->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
}

bool IncidentListPanel::eventFilter(QObject *watched, QEvent *event) {
    // Down leaves the filter for the list, Escape empties it: the list stays usable without a mouse.
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down) {
            m_view->setFocus(Qt::TabFocusReason);
            if (!m_view->currentIndex().isValid())
                selectRow(0);
            return true;
        }
        if (key == Qt::Key_Escape && !m_filter->text().isEmpty()) {
            m_filter->clear();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void IncidentListPanel::applyFilter() {
    m_filterDelay.stop();
    m_model->setFilter(m_filter->text().trimmed());
}

} // namespace hs
