#include "plainheaderview.h"

#include <QIcon>
#include <QPixmap>
#include <QStyleOptionHeader>

namespace hs {

PlainHeaderView::PlainHeaderView(Qt::Orientation orientation, QWidget *parent)
    : QHeaderView(orientation, parent) {
    setSectionsClickable(true); // as the header QTableView makes: a click sorts, or selects the column
    setHighlightSections(false);
}

// QHeaderView's own measure (Qt 6.4), without its setBold(true).
QSize PlainHeaderView::sectionSizeFromContents(int logicalIndex) const {
    if (!model() || highlightSections())
        return QHeaderView::sectionSizeFromContents(logicalIndex);
    ensurePolished();
    const QVariant sizeHint = model()->headerData(logicalIndex, orientation(), Qt::SizeHintRole);
    if (sizeHint.isValid())
        return sizeHint.toSize();

    QStyleOptionHeader option;
    initStyleOption(&option);
    option.section = logicalIndex;
    const QVariant font = model()->headerData(logicalIndex, orientation(), Qt::FontRole);
    option.fontMetrics = font.canConvert<QFont>() ? QFontMetrics(font.value<QFont>()) : fontMetrics();
    option.text = model()->headerData(logicalIndex, orientation(), Qt::DisplayRole).toString();
    const QVariant decoration = model()->headerData(logicalIndex, orientation(), Qt::DecorationRole);
    option.icon = decoration.value<QIcon>();
    if (option.icon.isNull())
        option.icon = decoration.value<QPixmap>();
    QSize size = style()->sizeFromContents(QStyle::CT_HeaderSection, &option, QSize(), this);
    if (isSortIndicatorShown()) {
        const int margin = style()->pixelMetric(QStyle::PM_HeaderMargin, &option, this);
        if (orientation() == Qt::Horizontal)
            size.rwidth() += size.height() + margin;
        else
            size.rheight() += size.width() + margin;
    }
    return size;
}

} // namespace hs
