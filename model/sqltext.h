#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVariant>

// How the stores write values into SQLite's text columns.
namespace hs::sqltext {

inline QString now() {
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

inline QString isoDay(const QDate &d) {
    return d.toString(Qt::ISODate);
}

// SQLite stores a null QString as NULL; the columns hold text, empty when nothing was written.
inline QVariant text(const QString &value) {
    return value.isNull() ? QStringLiteral("") : value;
}

} // namespace hs::sqltext
