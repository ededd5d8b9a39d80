#include "naming.h"

#include <QHash>

namespace hs::naming {

namespace {

// Letters NFKD does not decompose into ASCII, but that have a customary spelling.
QString transliterate(QChar c) {
    static const QHash<QChar, QString> table{
        {QChar(0x00DF), QStringLiteral("ss")}, {QChar(0x00E6), QStringLiteral("ae")},
        {QChar(0x00F8), QStringLiteral("o")},  {QChar(0x0153), QStringLiteral("oe")},
        {QChar(0x0142), QStringLiteral("l")},  {QChar(0x0111), QStringLiteral("d")},
        {QChar(0x00F0), QStringLiteral("d")},  {QChar(0x00FE), QStringLiteral("th")},
        {QChar(0x0131), QStringLiteral("i")},
    };
    return table.value(c);
}

} // namespace

QString slugify(const QString &title) {
    const QString decomposed = title.toLower().normalized(QString::NormalizationForm_KD);
    QString slug;
    slug.reserve(decomposed.size());
    bool pendingDash = false;
    for (const QChar c : decomposed) {
        QString piece;
        if (c.unicode() < 128 && c.isLetterOrNumber())
            piece = c;
        else if (c.category() == QChar::Mark_NonSpacing)
            continue; // the accent of an already emitted letter
        else
            piece = transliterate(c);
        if (piece.isEmpty()) {
            pendingDash = !slug.isEmpty();
            continue;
        }
        if (pendingDash)
            slug += QLatin1Char('-');
        pendingDash = false;
        slug += piece;
    }
    if (slug.size() > MaxSlugLength) {
        slug.truncate(MaxSlugLength);
        const qsizetype lastDash = slug.lastIndexOf(QLatin1Char('-'));
        if (lastDash > MaxSlugLength / 2)
            slug.truncate(lastDash); // cut between words when one is near
        while (slug.endsWith(QLatin1Char('-')))
            slug.chop(1);
    }
    return slug.isEmpty() ? QStringLiteral("incident") : slug;
}

QString numberedSlug(const QString &slug, int n) {
    return n < 2 ? slug : slug + QLatin1Char('-') + QString::number(n);
}

QString channelName(const QDate &date, const QString &slug) {
    return QStringLiteral("#incident-") + date.toString(QStringLiteral("yyyy-MM-dd")) + QLatin1Char('-') +
           slug;
}

QString documentName(const QDate &date, const QString &slug) {
    QString underscored = slug;
    underscored.replace(QLatin1Char('-'), QLatin1Char('_'));
    return QStringLiteral("incident_") + date.toString(QStringLiteral("yyyy_MM_dd")) + QLatin1Char('_') +
           underscored;
}

} // namespace hs::naming
