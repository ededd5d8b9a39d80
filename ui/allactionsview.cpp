#include "allactionsview.h"

#include "allactionsmodel.h"
#include "overduedelegate.h"
#include "plainheaderview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace hs {

AllActionsView::AllActionsView(ActionStore &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(new AllActionsModel(store, this))
    , m_team(new QComboBox(this))
    , m_bucket(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_overdue(new QCheckBox(tr("&Overdue only"), this))
    , m_count(new QLabel(this))
    , m_view(new QTableView(this)) {
    setObjectName(QStringLiteral("allActionsView"));
    m_team->setObjectName(QStringLiteral("teamFilter"));
    m_bucket->setObjectName(QStringLiteral("bucketFilter"));
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_overdue->setObjectName(QStringLiteral("overdueFilter"));
    m_view->setObjectName(QStringLiteral("allActionsTable"));

    m_team->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_bucket->addItem(tr("Any bucket"));
    for (const Bucket b : {Bucket::Now, Bucket::Later})
        m_bucket->addItem(bucketLabel(b), int(b));
    m_status->addItem(tr("Any status"));
    for (const ActionStatus s : {ActionStatus::Open, ActionStatus::Done, ActionStatus::Dropped})
        m_status->addItem(actionStatusLabel(s), int(s));
    // Open actions are what needs doing; the rest is one click away.
    m_status->setCurrentIndex(m_status->findData(int(ActionStatus::Open)));
    fillTeams();

    auto *teamLabel = new QLabel(tr("&Team:"), this);
    teamLabel->setBuddy(m_team);
    auto *bucketLabelWidget = new QLabel(tr("&Bucket:"), this);
    bucketLabelWidget->setBuddy(m_bucket);
    auto *statusLabel = new QLabel(tr("&Status:"), this);
    statusLabel->setBuddy(m_status);
    auto *filters = new QHBoxLayout;
    filters->addWidget(teamLabel);
    filters->addWidget(m_team);
    filters->addWidget(bucketLabelWidget);
    filters->addWidget(m_bucket);
    filters->addWidget(statusLabel);
    filters->addWidget(m_status);
    filters->addWidget(m_overdue);
    filters->addStretch(1);
    filters->addWidget(m_count);

    m_view->setModel(m_model);
    m_view->setItemDelegate(new OverdueDelegate(AllActionsModel::OverdueRole, m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // Compact rows like the incident list: fixed height, so no row is measured.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->setHorizontalHeader(new PlainHeaderView(Qt::Horizontal, m_view));
    m_view->horizontalHeader()->setSectionResizeMode(AllActionsModel::TitleColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setResizeContentsPrecision(0);
    for (const int column :
         {AllActionsModel::DueColumn, AllActionsModel::BucketColumn, AllActionsModel::StatusColumn})
        m_view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);

    connect(m_team, &QComboBox::currentIndexChanged, this, &AllActionsView::applyFilter);
    connect(m_bucket, &QComboBox::currentIndexChanged, this, &AllActionsView::applyFilter);
    connect(m_status, &QComboBox::currentIndexChanged, this, &AllActionsView::applyFilter);
    connect(m_overdue, &QCheckBox::toggled, this, &AllActionsView::applyFilter);
    connect(m_view, &QTableView::activated, this,
            [this](const QModelIndex &index) { emit incidentRequested(m_model->incidentIdAt(index.row())); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &AllActionsView::updateCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &AllActionsView::updateCount);
    applyFilter();
}

void AllActionsView::fillTeams() {
    const QString current = m_team->currentData().toString();
    const QSignalBlocker blocker(m_team);
    m_team->clear();
    m_team->addItem(tr("Any team"));
    for (const QString &team : m_store.teams())
        m_team->addItem(team, team);
    m_team->setCurrentIndex(std::max(0, m_team->findData(current)));
}

void AllActionsView::refresh() {
    fillTeams();
    applyFilter();
}

void AllActionsView::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    fillTeams();
}

void AllActionsView::applyFilter() {
    ActionFilter filter;
    filter.team = m_team->currentData().toString();
    if (m_bucket->currentData().isValid())
        filter.bucket = Bucket(m_bucket->currentData().toInt());
    if (m_status->currentData().isValid())
        filter.status = ActionStatus(m_status->currentData().toInt());
    filter.overdueOnly = m_overdue->isChecked();
    m_model->setFilter(filter);
    updateCount();
}

void AllActionsView::updateCount() {
    m_count->setText(tr("%n action(s)", nullptr, m_model->totalCount()));
}

} // namespace hs
