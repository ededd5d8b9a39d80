#include "plainheaderview.h"

#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using hs::PlainHeaderView;

namespace {

QStandardItemModel *headedModel(QObject *parent) {
    auto *model = new QStandardItemModel(0, 3, parent);
    model->setHorizontalHeaderLabels({QStringLiteral("Date"),
                                      QStringLiteral("What happened, and how it ended"),
                                      QStringLiteral("Written")});
    return model;
}

void configure(QHeaderView &header, QAbstractItemModel *model, const QFont &font) {
    header.setModel(model);
    header.setFont(font);
    header.setSortIndicatorShown(true);
    header.setSortIndicator(0, Qt::DescendingOrder);
}

} // namespace

class TestPlainHeaderView : public QObject {
    Q_OBJECT

private slots:
    void neverHighlights() {
        PlainHeaderView header(Qt::Horizontal);
        QVERIFY(!header.highlightSections());
    }

    // As with the header QTableView makes itself: clicking a heading sorts by that column.
    void aClickSortsTheTable() {
        QTableView view;
        view.setHorizontalHeader(new PlainHeaderView(Qt::Horizontal, &view));
        auto *model = headedModel(&view);
        model->appendRow({new QStandardItem(QStringLiteral("2")), new QStandardItem(QStringLiteral("b")),
                          new QStandardItem(QStringLiteral("x"))});
        model->appendRow({new QStandardItem(QStringLiteral("1")), new QStandardItem(QStringLiteral("a")),
                          new QStandardItem(QStringLiteral("y"))});
        view.setModel(model);
        view.setSortingEnabled(true);
        view.sortByColumn(0, Qt::DescendingOrder);
        view.resize(600, 200);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QHeaderView *header = view.horizontalHeader();
        const QPoint title(header->sectionViewportPosition(1) + header->sectionSize(1) / 2,
                           header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, title);
        QCOMPARE(header->sortIndicatorSection(), 1);
        QCOMPARE(model->item(0, 1)->text(), QStringLiteral("a"));
    }

    // With a bold font, QHeaderView's setBold(true) changes nothing: both must then measure alike, which
    // checks that everything else (margins, sort indicator, icons) is measured the way Qt does.
    void measuresLikeQtOtherwise() {
        QFont bold = QApplication::font();
        bold.setBold(true);
        QStandardItemModel *model = headedModel(this);
        QHeaderView qt(Qt::Horizontal);
        PlainHeaderView plain(Qt::Horizontal);
        configure(qt, model, bold);
        configure(plain, model, bold);
        for (int section = 0; section < model->columnCount(); ++section)
            QCOMPARE(plain.sectionSizeHint(section), qt.sectionSizeHint(section));
    }

    void measuresInItsOwnFont() {
        const QFont regular = QApplication::font();
        QStandardItemModel *model = headedModel(this);
        QHeaderView qt(Qt::Horizontal);
        PlainHeaderView plain(Qt::Horizontal);
        configure(qt, model, regular);
        configure(plain, model, regular);
        const int longest = 1;
        QVERIFY2(plain.sectionSizeHint(longest) < qt.sectionSizeHint(longest),
                 qPrintable(QStringLiteral("%1 vs %2")
                                .arg(plain.sectionSizeHint(longest))
                                .arg(qt.sectionSizeHint(longest))));
        // The label itself, in the header's font, still fits.
        QVERIFY(plain.sectionSizeHint(longest) > QFontMetrics(regular).horizontalAdvance(
                                                     model->headerData(longest, Qt::Horizontal).toString()));
    }

    void highlightingHeadersMeasureInBoldAsQtDoes() {
        QStandardItemModel *model = headedModel(this);
        QHeaderView qt(Qt::Horizontal);
        PlainHeaderView plain(Qt::Horizontal);
        configure(qt, model, QApplication::font());
        configure(plain, model, QApplication::font());
        plain.setHighlightSections(true);
        QCOMPARE(plain.sectionSizeHint(1), qt.sectionSizeHint(1));
    }
};

QTEST_MAIN(TestPlainHeaderView)
#include "tst_plainheaderview.moc"
