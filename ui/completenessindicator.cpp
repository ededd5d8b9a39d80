#include "completenessindicator.h"

#include "theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

namespace hs {

CompletenessIndicator::CompletenessIndicator(QWidget *parent)
    : QWidget(parent)
    , m_bar(new QProgressBar(this))
    , m_summary(new QLabel(this))
    , m_missing(new QLabel(this)) {
    m_bar->setRange(0, Completeness::Total);
    m_bar->setTextVisible(false);
    m_bar->setMaximumHeight(m_summary->fontMetrics().height() / 2 + 2);
    m_bar->setMaximumWidth(m_summary->fontMetrics().averageCharWidth() * 16);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_missing->setWordWrap(true);
    m_missing->setTextInteractionFlags(Qt::TextSelectableByMouse);
    theme::markAsSecondary(m_missing);

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_summary);
    top->addWidget(m_bar, 0, Qt::AlignVCenter);
    top->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(top);
    layout->addWidget(m_missing);
    setCompleteness({});
}

void CompletenessIndicator::setCompleteness(const Completeness &completeness) {
    m_bar->setValue(completeness.filled);
    m_summary->setText(tr("%1 of %2 written").arg(completeness.filled).arg(Completeness::Total));
    if (completeness.missing.isEmpty())
        m_missing->setText(tr("Every part of the post-mortem is written."));
    else
        m_missing->setText(tr("Missing: %1").arg(completeness.missing.join(tr(", ", "list separator"))));
    setToolTip(m_missing->text());
}

QString CompletenessIndicator::summary() const {
    return m_summary->text();
}

QString CompletenessIndicator::missing() const {
    return m_missing->text();
}

} // namespace hs
