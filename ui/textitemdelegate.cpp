#include "textitemdelegate.h"

#include <QApplication>
#include <QPainter>
#include <QProxyStyle>

namespace hs {

namespace {

const QStyle *styleOf(const QStyleOptionViewItem &option) {
    return option.widget ? option.widget->style() : QApplication::style();
}

// Fusion leaves CE_ItemViewItem to QCommonStyle, whose drawing paint() repeats. Other styles (Windows,
// macOS, …) may draw items their own way. A proxy is looked through: ours does not draw items.
bool drawsItemsTheCommonWay(const QStyle *style) {
    if (const auto *proxy = qobject_cast<const QProxyStyle *>(style))
        style = proxy->baseStyle();
    return style && style->inherits("QFusionStyle");
}

QPalette::ColorGroup colorGroup(const QStyleOptionViewItem &option) {
    if (!(option.state & QStyle::State_Enabled))
        return QPalette::Disabled;
    return option.state & QStyle::State_Active ? QPalette::Normal : QPalette::Inactive;
}

} // namespace

bool TextItemDelegate::drawsItself(const QStyleOptionViewItem &option) {
    constexpr auto others = QStyleOptionViewItem::HasDecoration | QStyleOptionViewItem::HasCheckIndicator |
                            QStyleOptionViewItem::WrapText;
    return !(option.features & others) && !(option.state & QStyle::State_Editing) &&
           option.direction == Qt::LeftToRight && !option.text.contains(QChar::LineSeparator) &&
           !option.text.contains(QLatin1Char('\n')) && drawsItemsTheCommonWay(styleOf(option));
}

void TextItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if (!drawsItself(opt)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // QCommonStyle's CE_ItemViewItem for a text-only item (Qt 6.4), with the text drawn in one call.
    const QStyle *style = styleOf(opt);
    const QWidget *widget = opt.widget;
    painter->save();
    painter->setClipRegion(painter->hasClipping() ? painter->clipRegion() & opt.rect : QRegion(opt.rect));
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);
    const QPalette::ColorGroup group = colorGroup(opt);
    if (!opt.text.isEmpty()) {
        const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
        const QRect text =
            style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(margin, 0, -margin, 0);
        painter->setPen(opt.palette.color(
            group, opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
        painter->setFont(opt.font);
        painter->drawText(text, int(QStyle::visualAlignment(opt.direction, opt.displayAlignment)),
                          opt.fontMetrics.elidedText(opt.text, opt.textElideMode, text.width()));
    }
    if (opt.state & QStyle::State_HasFocus) {
        QStyleOptionFocusRect focus;
        focus.QStyleOption::operator=(opt);
        focus.rect = style->subElementRect(QStyle::SE_ItemViewItemFocusRect, &opt, widget);
        focus.state |= QStyle::State_KeyboardFocusChange | QStyle::State_Item;
        // As QCommonStyle: enabled or disabled, never the inactive group.
        const QPalette::ColorGroup backgroundGroup =
            opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
        focus.backgroundColor = opt.palette.color(
            backgroundGroup, opt.state & QStyle::State_Selected ? QPalette::Highlight : QPalette::Window);
        style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, widget);
    }
    painter->restore();
}

} // namespace hs
