#pragma once

#include <array>
#include <optional>
#include <QDate>
#include <QString>
#include <QStringList>

namespace hs {

// The lifecycle of the seed's process, in order.
enum class Status { Ongoing, Resolved, Documented, Shared };

// The seed's sections, in the order they appear in the document.
enum class Section { Cause, Impact, Resolution, Extract, Prevention };
inline constexpr int SectionCount = 5;

// Every field a user can edit; the CLI's `set` uses fieldKey() as names.
enum class Field { Title, Date, Status, Channel, Link, Cause, Impact, Resolution, Extract, Prevention };
inline constexpr int FieldCount = 10;

struct Incident {
    qint64 id = 0;
    QString title;
    QDate date;
    Status status = Status::Ongoing;
    QString slug;        // unique per date; fixed at declaration, so names stay stable
    QString channel;     // the chat channel's name, '#incident-…' unless the team chose another
    QString channelLink; // URL of the channel, may be empty
    std::array<QString, SectionCount> sections;

    const QString &text(Section s) const { return sections[static_cast<int>(s)]; }
    void setText(Section s, const QString &value) { sections[static_cast<int>(s)] = value; }

    QString documentName() const; // incident_YYYY_MM_DD_slug, the base of every exported file
    QString derivedChannelName() const;

    QVariant value(Field f) const;
    // Returns false with a reason when the value is not valid for the field.
    bool setValue(Field f, const QVariant &value, QString *error = nullptr);
};

QString statusKey(Status s);   // "ongoing", … (stable, used in files and CLI)
QString statusLabel(Status s); // translated
std::optional<Status> statusFromKey(const QString &key);
QStringList statusKeys();

QString sectionKey(Section s);          // "cause", … (stable, used in files and CLI)
QString sectionLabel(Section s);        // translated heading, "What happened (cause)"
QString sectionEnglishLabel(Section s); // untranslated heading, accepted on import everywhere
QString sectionHint(Section s);         // translated one-line hint from the seed
std::optional<Section> sectionFromKey(const QString &key);

QString fieldKey(Field f);
std::optional<Field> fieldFromKey(const QString &key);
QStringList fieldKeys();
std::optional<Section> sectionOf(Field f);
Field fieldOf(Section s);

// Which parts of the document are still missing: the seed's four points plus prevention.
struct Completeness {
    static constexpr int Total = 5;
    QStringList missing; // translated labels of the empty required parts
    int filled = 0;
    static Completeness of(const Incident &incident);
};

} // namespace hs
