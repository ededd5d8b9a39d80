#include "overduedelegate.h"

#include "theme.h"

namespace hs {

OverdueDelegate::OverdueDelegate(int overdueRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_role(overdueRole) {}

void OverdueDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const {
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(m_role).toBool())
        option->palette.setColor(QPalette::Text, theme::negativeText(option->palette));
}

} // namespace hs
