#include "theme.h"

#include <functional>
#include <optional>
#include <QAbstractButton>
#include <QApplication>
#include <QEvent>
#include <QFile>
#include <QIconEngine>
#include <QLabel>
#include <QPainter>
#include <QPalette>
#include <QPointer>
#include <QProxyStyle>
#include <QStyleOption>

namespace hs::theme {

namespace {

// See holdIcons().
bool g_iconsHeld = false;

// Looks the icon up (theme search, or the style's PNGs, which Fusion decodes in three sizes at once)
// only when it is first drawn or measured: most actions sit in menus that are not open at start-up,
// and the first paint of the window should not wait for them.
class LazyIconEngine final : public QIconEngine {
public:
    explicit LazyIconEngine(std::function<QIcon()> resolve)
        : m_resolve(std::move(resolve)) {}

    // While held: nothing is drawn or looked up, and the icon counts as present at the size asked
    // for, so that buttons keep their place for it.
    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override {
        if (!held())
            icon().paint(painter, rect, Qt::AlignCenter, mode, state);
    }
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override {
        return held() ? QPixmap() : icon().pixmap(size, mode, state);
    }
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override {
        // `size` is in device pixels here.
        return held() ? QPixmap() : icon().pixmap(scale > 0 ? size / scale : size, scale, mode, state);
    }
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override {
        return held() ? size : icon().actualSize(size, mode, state);
    }
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override {
        return held() ? QList<QSize>() : icon().availableSizes(mode, state);
    }
    QString iconName() override { return held() ? QString() : icon().name(); }
    bool isNull() override { return !held() && icon().isNull(); }
    QString key() const override { return QStringLiteral("hs.lazy"); }
    QIconEngine *clone() const override { return new LazyIconEngine(*this); }

private:
    bool held() const { return g_iconsHeld && m_resolve; }
    const QIcon &icon() {
        if (m_resolve) {
            m_icon = m_resolve();
            m_resolve = nullptr;
        }
        return m_icon;
    }

    std::function<QIcon()> m_resolve;
    QIcon m_icon;
};

QIcon resolveIcon(const QString &themeName, QStyle::StandardPixmap fallback) {
    if (QIcon::hasThemeIcon(themeName))
        return QIcon::fromTheme(themeName);
    return QApplication::style()->standardIcon(fallback);
}

QIcon resolveAppIcon() {
    // An installed icon wins (packagers may theme it); the one built into the binary is the fallback.
    if (QIcon::hasThemeIcon(QStringLiteral("hindsight")))
        return QIcon::fromTheme(QStringLiteral("hindsight"));
    QIcon icon;
    for (const int size : {16, 32, 48, 64, 128, 256}) {
        const QString file = QStringLiteral(":/icons/hindsight-%1.png").arg(size);
        if (QFile::exists(file))
            icon.addFile(file, QSize(size, size));
    }
    if (icon.isNull())
        return QApplication::style()->standardIcon(QStyle::SP_FileDialogDetailedView);
    return icon;
}

class LazyIconStyle final : public QProxyStyle {
public:
    using QProxyStyle::QProxyStyle;

    QIcon standardIcon(StandardPixmap pixmap, const QStyleOption *option,
                       const QWidget *widget) const override {
        // A plain option (direction, palette, state: what a tool bar's overflow button passes) can
        // be copied for later; a subtype might carry more than the copy keeps, so it is used now.
        if (option && option->type != QStyleOption::SO_Default)
            return QProxyStyle::standardIcon(pixmap, option, widget);
        const std::optional<QStyleOption> copy = option ? std::optional<QStyleOption>(*option) : std::nullopt;
        // The style and the widget may be gone by the time the icon is drawn.
        QPointer<QStyle> base = baseStyle();
        QPointer<const QWidget> target = widget;
        return QIcon(new LazyIconEngine([base, target, pixmap, copy] {
            const QStyle *style = base ? base.data() : QApplication::style();
            return style->standardIcon(pixmap, copy ? &*copy : nullptr, target.data());
        }));
    }
};

} // namespace

void installLazyStandardIcons() {
    // By name, so a style chosen with -style or QT_STYLE_OVERRIDE stays the one in use.
    QApplication::setStyle(new LazyIconStyle(QApplication::style()->name()));
}

void useUnshapedInterfaceText() {
    QFont font = QApplication::font();
    font.setStyleStrategy(QFont::PreferNoShaping);
    QApplication::setFont(font);
}

void setUpInterface() {
    installLazyStandardIcons();
    useUnshapedInterfaceText();
}

void useShapedText(QWidget *widget) {
    QFont font = widget->font();
    font.setStyleStrategy(QFont::PreferDefault);
    widget->setFont(font);
}

QIcon icon(const QString &themeName, QStyle::StandardPixmap fallback) {
    return QIcon(new LazyIconEngine([themeName, fallback] { return resolveIcon(themeName, fallback); }));
}

QIcon icon(const QString &themeName) {
    return QIcon(new LazyIconEngine([themeName] { return QIcon::fromTheme(themeName); }));
}

void holdIcons() {
    g_iconsHeld = true;
}

void releaseIcons(QWidget *window) {
    g_iconsHeld = false;
    // An icon the theme turns out not to have takes its reserved room back.
    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            button->setIcon(button->icon()); // buttons keep their size hint until their icon changes
        widget->updateGeometry();
    }
    window->update();
}

QIcon appIcon() {
    return QIcon(new LazyIconEngine(resolveAppIcon));
}

QColor negativeText(const QPalette &palette) {
    // Red with the text's contrast against the background: lighter on dark themes, deeper on light.
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    return QColor::fromHsl(356, dark ? 200 : 170, dark ? 160 : 95);
}

namespace {

enum class Tone { Normal, Error, Secondary };
const char *const kToneProperty = "hsTone";

void applyTone(QLabel *label, Tone tone) {
    label->setProperty(kToneProperty, int(tone));
    // Start from the inherited palette, so that only the one role we set is pinned.
    label->setPalette(QPalette());
    if (tone == Tone::Normal)
        return;
    // From the application's palette, not the parent's: on a palette change the parent may not have
    // been updated yet when the label hears of it.
    const QPalette system = QApplication::palette(label);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText,
                     tone == Tone::Error ? negativeText(system) : system.color(QPalette::PlaceholderText));
    label->setPalette(palette);
}

// A colour set on a label does not follow a later change of the system palette (dark mode
// switched while the app runs): recompute it when the application says its palette changed.
class ToneFollower final : public QObject {
public:
    using QObject::QObject;
    void follow(QLabel *label) {
        if (!m_labels.contains(label))
            m_labels.append(label);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override {
        if (watched == QCoreApplication::instance() && event->type() == QEvent::ApplicationPaletteChange) {
            m_labels.removeAll(nullptr);
            for (const QPointer<QLabel> &label : std::as_const(m_labels))
                applyTone(label, Tone(label->property(kToneProperty).toInt()));
        }
        return false;
    }

private:
    QList<QPointer<QLabel>> m_labels;
};

void setTone(QLabel *label, Tone tone) {
    static QPointer<ToneFollower> follower;
    if (!follower) {
        follower = new ToneFollower(QCoreApplication::instance());
        QCoreApplication::instance()->installEventFilter(follower);
    }
    follower->follow(label);
    applyTone(label, tone);
}

} // namespace

void markAsError(QLabel *label, bool error) {
    setTone(label, error ? Tone::Error : Tone::Normal);
}

void markAsSecondary(QLabel *label) {
    setTone(label, Tone::Secondary);
}

} // namespace hs::theme
