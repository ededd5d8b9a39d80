#include "duereviewsview.h"

#include "overduedelegate.h"
#include "plainheaderview.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace hs {

DueReviewsView::DueReviewsView(ReviewStore &store, DueReviewsModel::Clock clock, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(new DueReviewsModel(store, std::move(clock), this))
    , m_view(new QTableView(this))
    , m_openActions(new QLabel(this))
    , m_notes(new QPlainTextEdit(this))
    , m_saveNotes(new QPushButton(tr("Save &Notes"), this))
    , m_done(new QPushButton(tr("&Mark Done"), this)) {
    setObjectName(QStringLiteral("dueReviewsView"));
    m_view->setObjectName(QStringLiteral("dueReviewsTable"));
    m_notes->setObjectName(QStringLiteral("reviewNotes"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new OverdueDelegate(DueReviewsModel::OverdueRole, m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // Compact rows like the incident list: fixed height, so no row is measured.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->setHorizontalHeader(new PlainHeaderView(Qt::Horizontal, m_view));
    m_view->horizontalHeader()->setSectionResizeMode(DueReviewsModel::IncidentColumn, QHeaderView::Stretch);

    m_openActions->setWordWrap(true);
    m_openActions->setTextFormat(Qt::PlainText);
    m_notes->setPlaceholderText(tr("What was done, what is still open"));
    m_notes->setTabChangesFocus(true);
    auto *notesLabel = new QLabel(tr("N&otes:"), this);
    notesLabel->setBuddy(m_notes);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_saveNotes);
    buttons->addWidget(m_done);
    auto *details = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_openActions);
    detailsLayout->addWidget(notesLabel);
    detailsLayout->addWidget(m_notes, 1);
    detailsLayout->addLayout(buttons);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_view);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit incidentRequested(index.data(DueReviewsModel::IncidentIdRole).toLongLong());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DueReviewsView::showCurrent);
    // A reload (after a save, or on show) keeps the review selected when it is still listed.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_keepId = currentReviewId(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QModelIndex index = m_model->index(row, 0);
            if (m_keepId != 0 && index.data(DueReviewsModel::ReviewIdRole).toLongLong() == m_keepId)
                m_view->setCurrentIndex(index);
        }
        showCurrent();
    });
    connect(m_saveNotes, &QPushButton::clicked, this, [this] {
        QString error;
        if (saveCurrent(false, &error))
            emit message(tr("Notes saved."));
    });
    connect(m_done, &QPushButton::clicked, this, [this] {
        QString error;
        if (saveCurrent(true, &error))
            emit message(tr("Review marked done."));
    });
    showCurrent();
}

qint64 DueReviewsView::currentReviewId() const {
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(DueReviewsModel::ReviewIdRole).toLongLong() : 0;
}

void DueReviewsView::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    m_model->reload(); // actions may have changed, and the clock moved on
}

void DueReviewsView::showCurrent() {
    const qint64 id = currentReviewId();
    const std::optional<Review> review = id != 0 ? m_store.load(id) : std::nullopt;
    m_notes->setEnabled(review.has_value());
    m_saveNotes->setEnabled(review.has_value());
    m_done->setEnabled(review.has_value());
    if (!review) {
        m_openActions->setText(m_model->rowCount() == 0 ? tr("No reviews are due.") : QString());
        m_notes->clear();
        return;
    }
    const QStringList titles =
        m_view->currentIndex().siblingAtColumn(0).data(DueReviewsModel::OpenActionTitlesRole).toStringList();
    m_openActions->setText(titles.isEmpty()
                               ? tr("No open actions.")
                               : tr("Open actions:\n• %1").arg(titles.join(QStringLiteral("\n• "))));
    m_notes->setPlainText(review->notes);
    m_notes->moveCursor(QTextCursor::End); // notes grow at the end
}

bool DueReviewsView::saveCurrent(bool done, QString *error) {
    const qint64 id = currentReviewId();
    std::optional<Review> review = id != 0 ? m_store.load(id, error) : std::nullopt;
    if (!review)
        return false;
    review->notes = m_notes->toPlainText();
    review->done = review->done || done;
    if (!m_store.update(*review, error)) {
        emit message(tr("The review could not be saved: %1").arg(error ? *error : QString()));
        return false;
    }
    return true;
}

} // namespace hs
