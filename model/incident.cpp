#include "incident.h"

#include "failure.h"
#include "naming.h"

#include <QCoreApplication>
#include <QUrl>
#include <QVariant>

namespace hs {

namespace {

struct SectionText {
    const char *key;
    const char *label;
    const char *hint;
};

// Labels and hints follow the seed's wording; the hints are what the seed asks of each part.
constexpr std::array<SectionText, SectionCount> kSections{{
    {"cause", QT_TRANSLATE_NOOP("hs::Section", "What happened (cause)"),
     QT_TRANSLATE_NOOP("hs::Section", "A quick overall description of what caused the issue.")},
    {"impact", QT_TRANSLATE_NOOP("hs::Section", "Impact on clients"),
     QT_TRANSLATE_NOOP("hs::Section", "What the impact on clients was: who noticed, for how long.")},
    {"resolution", QT_TRANSLATE_NOOP("hs::Section", "How it was solved"),
     QT_TRANSLATE_NOOP("hs::Section", "What fixed it, in a few sentences.")},
    {"extract", QT_TRANSLATE_NOOP("hs::Section", "Channel extract"),
     QT_TRANSLATE_NOOP("hs::Section",
                       "Paste the useful part of the incident channel, or link the channel above.")},
    {"prevention", QT_TRANSLATE_NOOP("hs::Section", "What could have prevented this"),
     QT_TRANSLATE_NOOP("hs::Section", "Causes, not people: what would have stopped this from happening?")},
}};

constexpr std::array<const char *, 4> kStatusKeys{"ongoing", "resolved", "documented", "shared"};
constexpr std::array<const char *, 4> kStatusLabels{
    QT_TRANSLATE_NOOP("hs::Status", "Ongoing"), QT_TRANSLATE_NOOP("hs::Status", "Resolved"),
    QT_TRANSLATE_NOOP("hs::Status", "Documented"), QT_TRANSLATE_NOOP("hs::Status", "Shared")};

constexpr std::array<const char *, FieldCount> kFieldKeys{
    "title", "date", "status", "channel", "link", "cause", "impact", "resolution", "extract", "prevention"};

// Named translate() so that lupdate reads the literal context and text of each call.
QString translate(const char *context, const char *text) {
    return QCoreApplication::translate(context, text);
}

} // namespace

QString Incident::documentName() const {
    return naming::documentName(date, slug);
}
QString Incident::derivedChannelName() const {
    return naming::channelName(date, slug);
}

QVariant Incident::value(Field f) const {
    switch (f) {
    case Field::Title:
        return title;
    case Field::Date:
        return date;
    case Field::Status:
        return static_cast<int>(status);
    case Field::Channel:
        return channel;
    case Field::Link:
        return channelLink;
    default:
        return text(*sectionOf(f));
    }
}

bool Incident::setValue(Field f, const QVariant &value, QString *error) {
    switch (f) {
    case Field::Title: {
        const QString t = value.toString().simplified();
        if (t.isEmpty())
            return fail(error, translate("hs::Incident", "The title cannot be empty."));
        title = t;
        return true;
    }
    case Field::Date: {
        const QDate d = value.typeId() == QMetaType::QDate ? value.toDate()
                                                           : QDate::fromString(value.toString(), Qt::ISODate);
        if (!d.isValid())
            return fail(error,
                        translate("hs::Incident", "The date must be a valid date written YYYY-MM-DD."));
        date = d;
        return true;
    }
    case Field::Status: {
        std::optional<Status> s;
        if (value.typeId() == QMetaType::Int && value.toInt() >= 0 && value.toInt() < int(kStatusKeys.size()))
            s = static_cast<Status>(value.toInt());
        else
            s = statusFromKey(value.toString());
        if (!s)
            return fail(error, translate("hs::Incident", "The status must be one of: %1.")
                                   .arg(statusKeys().join(QLatin1String(", "))));
        status = *s;
        return true;
    }
    case Field::Channel:
        channel = value.toString().trimmed();
        return true;
    case Field::Link: {
        const QString link = value.toString().trimmed();
        if (!link.isEmpty()) {
            const QUrl url(link, QUrl::StrictMode);
            if (!url.isValid() || url.isRelative() || url.host().isEmpty())
                return fail(error, translate("hs::Incident", "The channel link must be a full URL such as "
                                                             "https://chat.example.com/archives/C123."));
        }
        channelLink = link;
        return true;
    }
    default:
        setText(*sectionOf(f), value.toString());
        return true;
    }
}

QString statusKey(Status s) {
    return QString::fromLatin1(kStatusKeys[static_cast<int>(s)]);
}
QString statusLabel(Status s) {
    return translate("hs::Status", kStatusLabels[static_cast<int>(s)]);
}

std::optional<Status> statusFromKey(const QString &key) {
    for (int i = 0; i < int(kStatusKeys.size()); ++i)
        if (key.compare(QLatin1String(kStatusKeys[i]), Qt::CaseInsensitive) == 0)
            return static_cast<Status>(i);
    return std::nullopt;
}

QStringList statusKeys() {
    QStringList keys;
    for (const char *k : kStatusKeys)
        keys << QString::fromLatin1(k);
    return keys;
}

QString sectionKey(Section s) {
    return QString::fromLatin1(kSections[static_cast<int>(s)].key);
}
QString sectionLabel(Section s) {
    return translate("hs::Section", kSections[static_cast<int>(s)].label);
}
QString sectionEnglishLabel(Section s) {
    return QString::fromLatin1(kSections[static_cast<int>(s)].label);
}
QString sectionHint(Section s) {
    return translate("hs::Section", kSections[static_cast<int>(s)].hint);
}

std::optional<Section> sectionFromKey(const QString &key) {
    for (int i = 0; i < SectionCount; ++i)
        if (key == QLatin1String(kSections[i].key))
            return static_cast<Section>(i);
    return std::nullopt;
}

QString fieldKey(Field f) {
    return QString::fromLatin1(kFieldKeys[static_cast<int>(f)]);
}

std::optional<Field> fieldFromKey(const QString &key) {
    for (int i = 0; i < FieldCount; ++i)
        if (key == QLatin1String(kFieldKeys[i]))
            return static_cast<Field>(i);
    return std::nullopt;
}

QStringList fieldKeys() {
    QStringList keys;
    for (const char *k : kFieldKeys)
        keys << QString::fromLatin1(k);
    return keys;
}

std::optional<Section> sectionOf(Field f) {
    const int first = static_cast<int>(Field::Cause);
    const int i = static_cast<int>(f);
    if (i < first)
        return std::nullopt;
    return static_cast<Section>(i - first);
}

Field fieldOf(Section s) {
    return static_cast<Field>(static_cast<int>(Field::Cause) + static_cast<int>(s));
}

Completeness Completeness::of(const Incident &incident) {
    Completeness c;
    auto check = [&c](bool present, const QString &label) {
        if (present)
            ++c.filled;
        else
            c.missing << label;
    };
    auto has = [&incident](Section s) { return !incident.text(s).trimmed().isEmpty(); };
    check(has(Section::Cause), sectionLabel(Section::Cause));
    check(has(Section::Impact), sectionLabel(Section::Impact));
    check(has(Section::Resolution), sectionLabel(Section::Resolution));
    // The seed accepts either a link to the channel or an extract of it.
    check(has(Section::Extract) || !incident.channelLink.isEmpty(),
          translate("hs::Section", "Channel link or extract"));
    check(has(Section::Prevention), sectionLabel(Section::Prevention));
    return c;
}

} // namespace hs
