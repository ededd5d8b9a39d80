#include "action.h"

#include "failure.h"
#include "workdays.h"

#include <array>
#include <QCoreApplication>
#include <QUrl>

namespace hs {

namespace {

constexpr std::array<const char *, BucketCount> kBucketKeys{"now", "later"};
constexpr std::array<const char *, BucketCount> kBucketLabels{QT_TRANSLATE_NOOP("hs::Bucket", "Now"),
                                                              QT_TRANSLATE_NOOP("hs::Bucket", "Later")};
constexpr std::array<const char *, ActionStatusCount> kStatusKeys{"open", "done", "dropped"};
constexpr std::array<const char *, ActionStatusCount> kStatusLabels{
    QT_TRANSLATE_NOOP("hs::ActionStatus", "Open"), QT_TRANSLATE_NOOP("hs::ActionStatus", "Done"),
    QT_TRANSLATE_NOOP("hs::ActionStatus", "Dropped")};
constexpr std::array<const char *, ActionFieldCount> kFieldKeys{"title",  "team", "owner", "bucket", "status",
                                                                "reason", "due",  "link",  "notes"};

// Named translate() so that lupdate reads the literal context and text of each call.
QString translate(const char *context, const char *text) {
    return QCoreApplication::translate(context, text);
}

template <typename Enum, std::size_t N>
std::optional<Enum> fromKey(const std::array<const char *, N> &keys, const QString &key) {
    for (std::size_t i = 0; i < N; ++i)
        if (key.trimmed().compare(QLatin1String(keys[i]), Qt::CaseInsensitive) == 0)
            return static_cast<Enum>(i);
    return std::nullopt;
}

template <std::size_t N> QStringList allKeys(const std::array<const char *, N> &keys) {
    QStringList result;
    for (const char *k : keys)
        result << QString::fromLatin1(k);
    return result;
}

// An enum arrives as its int from a view's combo box, or as its key from the CLI.
template <typename Enum, std::size_t N>
std::optional<Enum> enumFrom(const QVariant &value, const std::array<const char *, N> &keys) {
    if (value.typeId() == QMetaType::Int || value.typeId() == QMetaType::LongLong) {
        const int i = value.toInt();
        if (i >= 0 && i < int(N))
            return static_cast<Enum>(i);
        return std::nullopt;
    }
    return fromKey<Enum>(keys, value.toString());
}

} // namespace

QDate defaultDue(Bucket bucket, const QDate &today, const DueDefaults &defaults) {
    return workdays::addDaysOnWorkingDay(today,
                                         bucket == Bucket::Now ? defaults.nowDays : defaults.laterDays);
}

bool isValidTrackerLink(const QString &link) {
    if (link.trimmed().isEmpty())
        return true;
    const QUrl url(link.trimmed(), QUrl::StrictMode);
    return url.isValid() && !url.isRelative() && !url.host().isEmpty();
}

QVariant Action::value(ActionField f) const {
    switch (f) {
    case ActionField::Title:
        return title;
    case ActionField::Team:
        return team;
    case ActionField::Owner:
        return owner;
    case ActionField::Bucket:
        return static_cast<int>(bucket);
    case ActionField::Status:
        return static_cast<int>(status);
    case ActionField::DropReason:
        return dropReason;
    case ActionField::Due:
        return due;
    case ActionField::Link:
        return link;
    case ActionField::Notes:
        return notes;
    }
    return {};
}

bool Action::setValue(ActionField f, const QVariant &value, QString *error) {
    switch (f) {
    case ActionField::Title: {
        const QString t = value.toString().simplified();
        if (t.isEmpty())
            return fail(error, translate("hs::Action", "The action needs a title."));
        title = t;
        return true;
    }
    case ActionField::Team:
        team = value.toString().simplified();
        return true;
    case ActionField::Owner:
        owner = value.toString().simplified();
        return true;
    case ActionField::Bucket: {
        const auto b = enumFrom<Bucket>(value, kBucketKeys);
        if (!b)
            return fail(error, translate("hs::Action", "The bucket must be one of: %1.")
                                   .arg(bucketKeys().join(QLatin1String(", "))));
        bucket = *b;
        return true;
    }
    case ActionField::Status: {
        const auto s = enumFrom<ActionStatus>(value, kStatusKeys);
        if (!s)
            return fail(error, translate("hs::Action", "The status must be one of: %1.")
                                   .arg(actionStatusKeys().join(QLatin1String(", "))));
        if (*s == ActionStatus::Dropped && dropReason.trimmed().isEmpty())
            return fail(error,
                        translate("hs::Action", "Say why the action is dropped: a reason is required."));
        status = *s;
        return true;
    }
    case ActionField::DropReason: {
        const QString reason = value.toString().trimmed();
        if (reason.isEmpty() && status == ActionStatus::Dropped)
            return fail(error,
                        translate("hs::Action", "A dropped action keeps its reason; reopen it first."));
        dropReason = reason;
        return true;
    }
    case ActionField::Due: {
        const QDate d = value.typeId() == QMetaType::QDate
                            ? value.toDate()
                            : QDate::fromString(value.toString().trimmed(), Qt::ISODate);
        if (!d.isValid())
            return fail(error,
                        translate("hs::Action", "The due date must be a valid date written YYYY-MM-DD."));
        due = d;
        return true;
    }
    case ActionField::Link: {
        const QString l = value.toString().trimmed();
        if (!isValidTrackerLink(l))
            return fail(error, translate("hs::Action", "The link must be a full URL such as "
                                                       "https://tracker.example.com/browse/OPS-42."));
        link = l;
        return true;
    }
    case ActionField::Notes:
        notes = value.toString();
        return true;
    }
    return false;
}

bool Action::validate(QString *error) const {
    if (title.simplified().isEmpty())
        return fail(error, translate("hs::Action", "The action needs a title."));
    if (!due.isValid())
        return fail(error, translate("hs::Action", "The due date must be a valid date written YYYY-MM-DD."));
    if (status == ActionStatus::Dropped && dropReason.trimmed().isEmpty())
        return fail(error, translate("hs::Action", "Say why the action is dropped: a reason is required."));
    if (!isValidTrackerLink(link))
        return fail(error, translate("hs::Action", "The link must be a full URL such as "
                                                   "https://tracker.example.com/browse/OPS-42."));
    return true;
}

QString bucketKey(Bucket b) {
    return QString::fromLatin1(kBucketKeys[static_cast<int>(b)]);
}
QString bucketLabel(Bucket b) {
    return translate("hs::Bucket", kBucketLabels[static_cast<int>(b)]);
}
std::optional<Bucket> bucketFromKey(const QString &key) {
    return fromKey<Bucket>(kBucketKeys, key);
}
QStringList bucketKeys() {
    return allKeys(kBucketKeys);
}

QString actionStatusKey(ActionStatus s) {
    return QString::fromLatin1(kStatusKeys[static_cast<int>(s)]);
}
QString actionStatusLabel(ActionStatus s) {
    return translate("hs::ActionStatus", kStatusLabels[static_cast<int>(s)]);
}
std::optional<ActionStatus> actionStatusFromKey(const QString &key) {
    return fromKey<ActionStatus>(kStatusKeys, key);
}
QStringList actionStatusKeys() {
    return allKeys(kStatusKeys);
}

QString actionFieldKey(ActionField f) {
    return QString::fromLatin1(kFieldKeys[static_cast<int>(f)]);
}
std::optional<ActionField> actionFieldFromKey(const QString &key) {
    return fromKey<ActionField>(kFieldKeys, key);
}
QStringList actionFieldKeys() {
    return allKeys(kFieldKeys);
}

} // namespace hs
