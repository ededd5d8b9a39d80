#pragma once

#include <QHeaderView>

namespace hs {

// A header that measures its sections in the font it draws them in. QHeaderView measures them in
// bold, for headers that embolden the selected section; this one never does (highlightSections is
// off), so the bold measure only widened the columns, and loaded the bold face before the window's
// first frame just to measure four words.
class PlainHeaderView final : public QHeaderView {
    Q_OBJECT
public:
    explicit PlainHeaderView(Qt::Orientation orientation, QWidget *parent = nullptr);

protected:
    QSize sectionSizeFromContents(int logicalIndex) const override;
};

} // namespace hs
