#pragma once

#include <QAbstractTableModel>
#include <QList>

namespace hs {

// A flat table read page by page from SQL (canFetchMore/fetchMore), so lists of 100,000 rows open at
// once. Subclasses say how to read one page and how to show a Row; reload() starts over after a
// change of filter, order or content.
template <typename Row> class PagedTableModel : public QAbstractTableModel {
public:
    static constexpr int PageSize = 200;

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    bool canFetchMore(const QModelIndex &parent) const override { return !parent.isValid() && !m_exhausted; }

    void fetchMore(const QModelIndex &parent) override {
        // A view (or QAbstractItemModelTester) may ask for more from a slot of our own reset or insert
        // signals; changing the model inside them would nest changes, so it asks again later.
        if (parent.isValid() || m_exhausted || m_changing)
            return;
        const QList<Row> page = readPage(int(m_rows.size()), PageSize);
        m_exhausted = page.size() < PageSize;
        if (page.isEmpty())
            return;
        m_changing = true;
        this->beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
        m_rows += page;
        this->endInsertRows();
        m_changing = false;
    }

    void reload() {
        m_changing = true;
        this->beginResetModel();
        m_rows.clear();
        m_exhausted = false;
        this->endResetModel();
        m_changing = false;
        fetchMore({});
    }

protected:
    virtual QList<Row> readPage(int offset, int limit) const = 0;

    QList<Row> m_rows;

private:
    bool m_exhausted = false;
    bool m_changing = false; // inside our own reset or insert notifications
};

} // namespace hs
