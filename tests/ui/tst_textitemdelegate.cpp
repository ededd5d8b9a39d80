#include "textitemdelegate.h"
#include "theme.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QProxyStyle>
#include <QStandardItemModel>
#include <QStyleFactory>
#include <QTableView>
#include <QTest>

using hs::TextItemDelegate;

namespace {

// TextItemDelegate with initStyleOption() in reach, to ask drawsItself() about a real cell.
class Probe final : public TextItemDelegate {
public:
    using TextItemDelegate::initStyleOption;
};

enum CellState { Plain, Selected, SelectedWithFocus, Focus, Disabled, InactiveSelected };

QStyleOptionViewItem optionFor(const QTableView &view, int column, CellState state) {
    QStyleOptionViewItem option;
    option.initFrom(&view);
    option.widget = &view;
    option.rect = QRect(0, 0, view.columnWidth(column), 22);
    option.showDecorationSelected = true;
    option.state |= QStyle::State_Enabled | QStyle::State_Active;
    if (state == Selected || state == SelectedWithFocus || state == InactiveSelected)
        option.state |= QStyle::State_Selected;
    if (state == SelectedWithFocus || state == Focus)
        option.state |= QStyle::State_HasFocus;
    if (state == Disabled)
        option.state &= ~QStyle::State_Enabled;
    if (state == InactiveSelected)
        option.state &= ~QStyle::State_Active;
    return option;
}

QImage painted(const QStyledItemDelegate &delegate, const QStyleOptionViewItem &option,
               const QModelIndex &index) {
    QImage image(option.rect.size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    delegate.paint(&painter, option, index);
    return image;
}

} // namespace

class TestTextItemDelegate final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        hs::theme::useUnshapedInterfaceText(); // as the app
    }

    void samePixelsAsQStyledItemDelegate_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("alignment");
        QTest::addColumn<int>("elide");
        QTest::addColumn<bool>("background");
        const auto left = int(Qt::AlignLeft | Qt::AlignVCenter);
        const auto right = int(Qt::AlignRight | Qt::AlignVCenter);
        const QString title =
            QStringLiteral("Checkout unavailable: primary database out of disk since the backup failed");
        QTest::newRow("date") << QStringLiteral("19 Nov 2026") << left << int(Qt::ElideRight) << false;
        QTest::newRow("elided title") << title << left << int(Qt::ElideRight) << false;
        QTest::newRow("elided in the middle") << title << left << int(Qt::ElideMiddle) << false;
        QTest::newRow("right-aligned") << QStringLiteral("5/5") << right << int(Qt::ElideRight) << false;
        QTest::newRow("accents and a dash")
            << QStringLiteral("Déploiement raté – Zürich") << left << int(Qt::ElideRight) << false;
        QTest::newRow("empty") << QString() << left << int(Qt::ElideRight) << false;
        QTest::newRow("background brush") << QStringLiteral("Ongoing") << left << int(Qt::ElideRight) << true;
    }

    void samePixelsAsQStyledItemDelegate() {
        QFETCH(QString, text);
        QFETCH(int, alignment);
        QFETCH(int, elide);
        QFETCH(bool, background);
        QStandardItemModel model(1, 1);
        auto *item = new QStandardItem(text);
        item->setTextAlignment(Qt::Alignment(alignment));
        if (background)
            item->setBackground(QColor(255, 240, 200));
        model.setItem(0, 0, item);
        QTableView view;
        view.setModel(&model);
        view.setColumnWidth(0, 170);
        view.setTextElideMode(Qt::TextElideMode(elide));
        const QModelIndex index = model.index(0, 0);
        QStyledItemDelegate qt;
        Probe ours;
        for (const CellState state :
             {Plain, Selected, SelectedWithFocus, Focus, Disabled, InactiveSelected}) {
            QStyleOptionViewItem option = optionFor(view, 0, state);
            option.textElideMode = Qt::TextElideMode(elide);
            QStyleOptionViewItem initialised = option;
            ours.initStyleOption(&initialised, index);
            QVERIFY(TextItemDelegate::drawsItself(initialised)); // else this compares Qt with itself
            QVERIFY2(painted(ours, option, index) == painted(qt, option, index),
                     qPrintable(QStringLiteral("state %1").arg(state)));
        }
    }

    void leavesOtherCellsToQt() {
        QStandardItemModel model(1, 1);
        QTableView view;
        view.setModel(&model);
        Probe delegate;
        const auto initialised = [&](QStandardItem *item) {
            model.setItem(0, 0, item);
            QStyleOptionViewItem option = optionFor(view, 0, Plain);
            delegate.initStyleOption(&option, model.index(0, 0));
            return option;
        };
        QVERIFY(TextItemDelegate::drawsItself(initialised(new QStandardItem(QStringLiteral("text")))));

        auto *icon = new QStandardItem(QStringLiteral("text"));
        QPixmap pixmap(8, 8);
        pixmap.fill(Qt::red);
        icon->setIcon(QIcon(pixmap));
        QVERIFY(!TextItemDelegate::drawsItself(initialised(icon)));

        auto *check = new QStandardItem(QStringLiteral("text"));
        check->setCheckable(true);
        QVERIFY(!TextItemDelegate::drawsItself(initialised(check)));

        QVERIFY(!TextItemDelegate::drawsItself(initialised(new QStandardItem(QStringLiteral("two\nlines")))));

        QStyleOptionViewItem rightToLeft = initialised(new QStandardItem(QStringLiteral("text")));
        rightToLeft.direction = Qt::RightToLeft;
        QVERIFY(!TextItemDelegate::drawsItself(rightToLeft));

        QStyleOptionViewItem wrapped = initialised(new QStandardItem(QStringLiteral("text")));
        wrapped.features |= QStyleOptionViewItem::WrapText;
        QVERIFY(!TextItemDelegate::drawsItself(wrapped));
    }

    void drawsItselfOnlyWhereTheStyleDrawsItemsTheCommonWay() {
        QStandardItemModel model(1, 1);
        model.setItem(0, 0, new QStandardItem(QStringLiteral("text")));
        QTableView view;
        view.setModel(&model);
        Probe delegate;
        const auto drawsItselfWith = [&](QStyle *style) {
            view.setStyle(style);
            QStyleOptionViewItem option = optionFor(view, 0, Plain);
            delegate.initStyleOption(&option, model.index(0, 0));
            return TextItemDelegate::drawsItself(option);
        };
        std::unique_ptr<QStyle> windows(QStyleFactory::create(QStringLiteral("Windows")));
        QVERIFY(windows);
        QVERIFY(!drawsItselfWith(windows.get()));
        QProxyStyle proxy(QStyleFactory::create(QStringLiteral("Fusion")));
        QVERIFY(drawsItselfWith(&proxy));
        view.setStyle(nullptr);
    }
};

QTEST_MAIN(TestTextItemDelegate)
#include "tst_textitemdelegate.moc"
