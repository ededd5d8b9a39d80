#include "theme.h"

#include <QApplication>
#include <QImage>
#include <QLabel>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QProxyStyle>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleOption>
#include <QTest>
#include <QToolButton>

using namespace hs;

namespace {

QImage imageOf(const QIcon &icon, QIcon::Mode mode = QIcon::Normal) {
    return icon.pixmap(QSize(16, 16), 1.0, mode).toImage().convertToFormat(QImage::Format_ARGB32);
}

} // namespace

class TestTheme final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        theme::installLazyStandardIcons();
    }
    void lazyStandardIcons_keepTheStyleInUse();
    void lazyStandardIcons_drawTheStylesPixels_data();
    void lazyStandardIcons_drawTheStylesPixels();
    void lazyStandardIcons_followTheDirectionOfTheOption();
    void lazyStandardIcons_surviveTheirWidget();
    void heldIcons_keepTheirRoomAndAppearWhenReleased();
    void interfaceTextUnshaped_proseShaped();
};

void TestTheme::lazyStandardIcons_keepTheStyleInUse() {
    const auto *proxy = qobject_cast<QProxyStyle *>(QApplication::style());
    QVERIFY(proxy);
    QCOMPARE(proxy->baseStyle()->name(), QStringLiteral("fusion"));
}

void TestTheme::lazyStandardIcons_drawTheStylesPixels_data() {
    QTest::addColumn<int>("pixmap");
    QTest::newRow("file") << int(QStyle::SP_FileIcon);
    QTest::newRow("trash") << int(QStyle::SP_TrashIcon);
    QTest::newRow("tool bar overflow") << int(QStyle::SP_ToolBarHorizontalExtensionButton);
    QTest::newRow("message box") << int(QStyle::SP_MessageBoxInformation);
}

void TestTheme::lazyStandardIcons_drawTheStylesPixels() {
    QFETCH(int, pixmap);
    const auto which = QStyle::StandardPixmap(pixmap);
    std::unique_ptr<QStyle> plain(QStyleFactory::create(QStringLiteral("Fusion")));
    const QIcon lazy = QApplication::style()->standardIcon(which);
    const QIcon direct = plain->standardIcon(which);
    QVERIFY(!lazy.isNull());
    QCOMPARE(imageOf(lazy), imageOf(direct));
    QCOMPARE(imageOf(lazy, QIcon::Disabled), imageOf(direct, QIcon::Disabled));
    QCOMPARE(lazy.availableSizes(), direct.availableSizes());
}

void TestTheme::lazyStandardIcons_followTheDirectionOfTheOption() {
    // The tool bar's overflow arrow points the other way right to left: the option's direction
    // must reach the style even though the icon is made later.
    std::unique_ptr<QStyle> plain(QStyleFactory::create(QStringLiteral("Fusion")));
    QStyleOption rtl;
    rtl.direction = Qt::RightToLeft;
    QStyleOption ltr;
    ltr.direction = Qt::LeftToRight;
    const auto arrow = QStyle::SP_ToolBarHorizontalExtensionButton;
    const QImage lazyRtl = imageOf(QApplication::style()->standardIcon(arrow, &rtl));
    QCOMPARE(lazyRtl, imageOf(plain->standardIcon(arrow, &rtl)));
    QVERIFY(lazyRtl != imageOf(plain->standardIcon(arrow, &ltr)));
}

void TestTheme::lazyStandardIcons_surviveTheirWidget() {
    auto *button = new QToolButton;
    const QIcon icon = QApplication::style()->standardIcon(QStyle::SP_DialogOkButton, nullptr, button);
    delete button;
    QVERIFY(!imageOf(icon).isNull());
}

void TestTheme::heldIcons_keepTheirRoomAndAppearWhenReleased() {
    QWidget window;
    auto *button = new QToolButton(&window);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setText(QStringLiteral("Delete"));
    button->setIconSize(QSize(16, 16));
    theme::holdIcons();
    // A name no theme has: with the fallback it is the style's icon, without it there is none.
    const QIcon withFallback = theme::icon(QStringLiteral("hindsight-no-such-icon"), QStyle::SP_TrashIcon);
    const QIcon without = theme::icon(QStringLiteral("hindsight-no-such-icon"));
    button->setIcon(without);
    QVERIFY(!withFallback.isNull()); // room is kept while held…
    QVERIFY(!without.isNull());
    QCOMPARE(withFallback.actualSize(QSize(16, 16)), QSize(16, 16));
    QVERIFY(withFallback.pixmap(QSize(16, 16)).isNull()); // …but nothing is looked up or drawn
    const QSize heldHint = button->sizeHint();

    theme::releaseIcons(&window);
    std::unique_ptr<QStyle> plain(QStyleFactory::create(QStringLiteral("Fusion")));
    QCOMPARE(imageOf(withFallback), imageOf(plain->standardIcon(QStyle::SP_TrashIcon)));
    QVERIFY(without.isNull());
    // The button that held room for an icon that does not exist gives it back.
    QVERIFY2(button->sizeHint().width() < heldHint.width(),
             qPrintable(QStringLiteral("%1 then %2").arg(heldHint.width()).arg(button->sizeHint().width())));
    // Icons made after the release are looked up at once, as before.
    QVERIFY(theme::icon(QStringLiteral("hindsight-no-such-icon")).isNull());
}

// Interface text skips HarfBuzz for scripts that do not need it; a widget marked for prose shapes
// again, and so do its children, although the application font does not.
void TestTheme::interfaceTextUnshaped_proseShaped() {
    const QFont before = QApplication::font();
    theme::useUnshapedInterfaceText();
    QWidget window;
    auto *label = new QLabel(QStringLiteral("Status"), &window);
    auto *prose = new QWidget(&window);
    auto *field = new QPlainTextEdit(prose);
    theme::useShapedText(prose);
    QVERIFY(label->font().styleStrategy() & QFont::PreferNoShaping);
    QVERIFY(!(field->font().styleStrategy() & QFont::PreferNoShaping));
    // The rest of the font still follows the application's (family, size).
    QCOMPARE(field->font().family(), label->font().family());
    QCOMPARE(field->font().pointSizeF(), label->font().pointSizeF());
    QApplication::setFont(before);
}

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
