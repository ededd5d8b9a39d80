#pragma once

#include <QStyledItemDelegate>

namespace hs {

// Paints a plain text cell the way QCommonStyle does (the style's item panel, the text, the focus
// frame), with one QPainter::drawText() instead of the two QTextLayouts QStyledItemDelegate makes per
// cell. Same pixels (tst_textitemdelegate), about a third less work for the list's first frame and for
// each row scrolled into view. Anything else (icons, check boxes, wrapped or right-to-left text, styles
// that draw items their own way) is painted by QStyledItemDelegate.
class TextItemDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

    // Whether paint() draws this cell itself; `option` as initStyleOption() leaves it.
    static bool drawsItself(const QStyleOptionViewItem &option);
};

} // namespace hs
