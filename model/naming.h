#pragma once

#include <QDate>
#include <QString>

namespace hs::naming {

inline constexpr int MaxSlugLength = 60;

// Lower-case ASCII words joined by '-'. Accents are transliterated (NFKD), anything else dropped;
// never empty ("incident"), never longer than MaxSlugLength, safe as a file name on every OS.
QString slugify(const QString &title);

// The n-th incident with the same slug on the same day gets "-n" (n ≥ 2).
QString numberedSlug(const QString &slug, int n);

QString channelName(const QDate &date, const QString &slug);  // #incident-2026-11-24-checkout-db-down
QString documentName(const QDate &date, const QString &slug); // incident_2026_11_24_checkout_db_down

} // namespace hs::naming
