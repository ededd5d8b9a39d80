#pragma once

#include <QStyledItemDelegate>

namespace hs {

// Draws a row whose `overdueRole` is true in the palette's negative text colour (theme.h), so it
// reads on light and dark themes alike.
class OverdueDelegate final : public QStyledItemDelegate {
    Q_OBJECT
public:
    OverdueDelegate(int overdueRole, QObject *parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    int m_role;
};

} // namespace hs
