#include "review.h"

#include <array>
#include <QCoreApplication>

namespace hs {

namespace {

constexpr std::array<const char *, ReviewKindCount> kKeys{"week", "month"};
constexpr std::array<const char *, ReviewKindCount> kLabels{QT_TRANSLATE_NOOP("hs::ReviewKind", "+1 week"),
                                                            QT_TRANSLATE_NOOP("hs::ReviewKind", "+1 month")};

} // namespace

QString reviewKindKey(ReviewKind k) {
    return QString::fromLatin1(kKeys[static_cast<int>(k)]);
}
QString reviewKindLabel(ReviewKind k) {
    return QCoreApplication::translate("hs::ReviewKind", kLabels[static_cast<int>(k)]);
}
QString reviewKindEnglishLabel(ReviewKind k) {
    return QString::fromLatin1(kLabels[static_cast<int>(k)]);
}

std::optional<ReviewKind> reviewKindFromKey(const QString &key) {
    for (int i = 0; i < ReviewKindCount; ++i)
        if (key.trimmed().compare(QLatin1String(kKeys[i]), Qt::CaseInsensitive) == 0)
            return static_cast<ReviewKind>(i);
    return std::nullopt;
}

QStringList reviewKindKeys() {
    return {reviewKindKey(ReviewKind::Week), reviewKindKey(ReviewKind::Month)};
}

} // namespace hs
