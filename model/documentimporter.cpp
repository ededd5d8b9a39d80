#include "documentimporter.h"

#include "documentfollowups.h"
#include "documentformat.h"
#include "naming.h"
#include "reviewstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTimeZone>

namespace hs::importer {

namespace {

using docformat::Meta;

constexpr qint64 MaxFileSize = 64 * 1024 * 1024;
constexpr int JsonVersion = 1;

QString tr(const char *text) {
    return QCoreApplication::translate("hs::importer", text);
}

std::optional<PostMortem> fail(QString *error, const QString &message) {
    if (error)
        *error = message;
    return std::nullopt;
}

std::optional<PostMortem> notPostMortem(QString *error, const QString &reason) {
    return fail(error, tr("This file is not a post-mortem: %1").arg(reason));
}

bool isBlank(const QString &line) {
    return line.trimmed().isEmpty();
}

QString stripPair(const QString &value, QChar open, QChar close) {
    if (value.size() >= 2 && value.startsWith(open) && value.endsWith(close))
        return value.mid(1, value.size() - 2);
    return value;
}

// incident_2026_11_24_checkout_db_down → checkout-db-down; empty when the name has another shape.
QString slugFromDocumentName(const QString &name) {
    static const QRegularExpression pattern(QStringLiteral("^incident_\\d{4}_\\d{2}_\\d{2}_(.+)$"));
    const QRegularExpressionMatch match = pattern.match(name);
    if (!match.hasMatch())
        return {};
    QString slug = match.captured(1);
    slug.replace(QLatin1Char('_'), QLatin1Char('-'));
    return naming::slugify(slug); // a hand-edited name must still be a safe file name
}

std::optional<Status> statusFromText(const QString &text) {
    if (const auto s = statusFromKey(text))
        return s;
    for (const QString &key : statusKeys()) {
        const Status s = *statusFromKey(key);
        if (text.compare(statusLabel(s), Qt::CaseInsensitive) == 0)
            return s;
    }
    return std::nullopt;
}

// "- **Date:** 2026-11-24" or a hand-written "Date: 2026-11-24".
bool readMetadata(const QString &line, Incident &incident, QString *error) {
    QString text = line.trimmed();
    if (text.startsWith(QLatin1String("- ")) || text.startsWith(QLatin1String("* ")))
        text = text.mid(2).trimmed();
    QString label;
    QString value;
    if (text.startsWith(QLatin1String("**"))) {
        const qsizetype end = text.indexOf(QLatin1String(":**"), 2);
        if (end < 0)
            return true;
        label = text.mid(2, end - 2);
        value = text.mid(end + 3).trimmed();
    } else {
        const qsizetype colon = text.indexOf(QLatin1Char(':'));
        if (colon < 0)
            return true;
        label = text.left(colon);
        value = text.mid(colon + 1).trimmed();
    }
    const auto meta = docformat::metaFromLabel(label);
    if (!meta)
        return true; // other lines before the first section are the author's, not ours
    switch (*meta) {
    case Meta::Date:
        return incident.setValue(Field::Date, value, error);
    case Meta::Status: {
        const auto status = statusFromText(value);
        return incident.setValue(Field::Status, status ? statusKey(*status) : value, error);
    }
    case Meta::Channel:
        return incident.setValue(Field::Channel, stripPair(value, QLatin1Char('`'), QLatin1Char('`')), error);
    case Meta::Link:
        return incident.setValue(Field::Link, stripPair(value, QLatin1Char('<'), QLatin1Char('>')), error);
    case Meta::Document:
        incident.slug = slugFromDocumentName(stripPair(value, QLatin1Char('`'), QLatin1Char('`')));
        return true;
    }
    return true;
}

QString sectionText(QStringList lines) {
    while (!lines.isEmpty() && isBlank(lines.constFirst()))
        lines.removeFirst();
    while (!lines.isEmpty() && isBlank(lines.constLast()))
        lines.removeLast();
    if (lines.size() == 1 && docformat::isPlaceholder(lines.constFirst()))
        return {};
    for (QString &line : lines)
        line = docformat::unescapeLine(line);
    return lines.join(QLatin1Char('\n'));
}

// The extract is written as one fenced code block; its lines are taken verbatim. Returns the index of
// the closing fence, or `from - 1` when the section does not start with a fence.
qsizetype readFencedBlock(const QStringList &lines, qsizetype from, QString *content) {
    qsizetype i = from;
    while (i < lines.size() && isBlank(lines.at(i)))
        ++i;
    if (i >= lines.size())
        return from - 1;
    const QString fence = docformat::openingFence(lines.at(i));
    if (fence.isEmpty())
        return from - 1;
    qsizetype end = i + 1;
    while (end < lines.size() && !docformat::closesFence(lines.at(end), fence))
        ++end;
    *content = docformat::normalizedText(lines.mid(i + 1, end - i - 1).join(QLatin1Char('\n')));
    return end;
}

// "actions": [{"title": …, "bucket": "now", …}], optional; each value is checked like an edit.
bool readActionsJson(const QJsonValue &value, QList<Action> *actions, QString *error) {
    if (value.isUndefined())
        return true;
    if (!value.isArray()) {
        notPostMortem(error, tr("its \"actions\" is not a list."));
        return false;
    }
    for (const QJsonValue &item : value.toArray()) {
        const QJsonObject o = item.toObject();
        Action a;
        auto text = [&o](const char *key) { return o.value(QLatin1String(key)).toString(); };
        const auto bucket = bucketFromKey(text("bucket"));
        const auto status =
            actionStatusFromKey(text("status").isEmpty() ? QStringLiteral("open") : text("status"));
        QString reason;
        bool ok =
            item.isObject() && a.setValue(ActionField::Title, text("title"), &reason) && bucket && status;
        if (ok) {
            a.bucket = *bucket;
            a.team = text("team").simplified();
            a.owner = text("owner").simplified();
            a.dropReason = text("dropReason");
            a.status = *status;
            a.notes = text("notes");
            ok = (text("due").isEmpty() || a.setValue(ActionField::Due, text("due"), &reason)) &&
                 a.setValue(ActionField::Link, text("link"), &reason);
        }
        if (!ok) {
            fail(error, tr("The action “%1” in this file cannot be read: %2")
                            .arg(text("title"),
                                 reason.isEmpty() ? tr("its bucket or status is not known.") : reason));
            return false;
        }
        actions->append(a);
    }
    return true;
}

// "reviews": [{"kind": "week", "at": "2026-12-01T10:00:00+01:00", "timeZone": "Europe/Berlin", …}].
bool readReviewsJson(const QJsonValue &value, QList<Review> *reviews, QString *error) {
    if (value.isUndefined())
        return true;
    if (!value.isArray()) {
        notPostMortem(error, tr("its \"reviews\" is not a list."));
        return false;
    }
    for (const QJsonValue &item : value.toArray()) {
        const QJsonObject o = item.toObject();
        Review r;
        const auto kind = reviewKindFromKey(o.value(QStringLiteral("kind")).toString());
        const QDateTime at = QDateTime::fromString(o.value(QStringLiteral("at")).toString(), Qt::ISODate);
        if (!kind || !at.isValid()) {
            fail(error, tr("A review in this file has no valid kind or date."));
            return false;
        }
        r.kind = *kind;
        // The same instant, shown in the zone it was planned in (so it stays at 10:00 across DST).
        const QString zone = o.value(QStringLiteral("timeZone")).toString();
        if (zone == QLatin1String("UTC"))
            r.at = at.toUTC();
        else if (const QTimeZone tz(zone.toUtf8()); tz.isValid())
            r.at = at.toTimeZone(tz);
        else
            r.at = at.toLocalTime();
        r.done = o.value(QStringLiteral("done")).toBool();
        r.notes = o.value(QStringLiteral("notes")).toString();
        reviews->append(r);
    }
    return true;
}

} // namespace

std::optional<PostMortem> readMarkdown(const QString &markdown, QString *error) {
    QString text = markdown;
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QStringList lines = text.split(QLatin1Char('\n'));

    PostMortem result;
    Incident &incident = result.incident;
    incident.date = QDate::currentDate();
    bool hasTitle = false;
    std::optional<Section> current;
    // The index of the part while in "## Actions" or "## Reviews", else -1. A plain int rather than an
    // optional: GCC's -O3 flags a false "maybe uninitialized" on optional<enum> here.
    int part = -1;
    std::array<QStringList, SectionCount> bodies;
    std::array<QStringList, docformat::PartCount> partBodies;
    QString fencedExtract;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        // Inside Actions and Reviews, indented lines are the notes of a list item, never headings.
        const bool canBeHeading = hasTitle && (part < 0 || !line.startsWith(QLatin1Char(' ')));
        if (const auto section = canBeHeading ? docformat::sectionOfHeading(line) : std::nullopt) {
            current = section;
            part = -1;
            if (*section == Section::Extract && fencedExtract.isEmpty())
                i = readFencedBlock(lines, i + 1, &fencedExtract);
            continue;
        }
        if (const auto p = canBeHeading ? docformat::partOfHeading(line) : std::nullopt) {
            part = int(*p);
            continue;
        }
        if (part >= 0) {
            partBodies[part] << line;
        } else if (current) {
            bodies[int(*current)] << line;
        } else if (!hasTitle) {
            if (line.startsWith(QLatin1String("# "))) {
                if (!incident.setValue(Field::Title, line.mid(2), nullptr))
                    return notPostMortem(error, tr("its title line is empty."));
                hasTitle = true;
            }
        } else if (!readMetadata(line, incident, error)) {
            return std::nullopt;
        }
    }
    if (!hasTitle)
        return notPostMortem(error, tr("it has no title line starting with \"# \"."));
    if (!current)
        return notPostMortem(error, tr("none of its \"## \" headings is a post-mortem section such as "
                                       "\"## %1\".")
                                        .arg(sectionLabel(Section::Cause)));
    for (int i = 0; i < SectionCount; ++i)
        incident.setText(static_cast<Section>(i), sectionText(bodies[i]));
    if (!fencedExtract.isEmpty()) {
        const QString rest = incident.text(Section::Extract);
        incident.setText(Section::Extract, rest.isEmpty()
                                               ? fencedExtract
                                               : QString(fencedExtract + QLatin1String("\n\n") + rest));
    }
    if (!docformat::readActions(partBodies[int(docformat::Part::Actions)], &result.actions, error) ||
        !docformat::readReviews(partBodies[int(docformat::Part::Reviews)], &result.reviews, error))
        return std::nullopt;
    return result;
}

std::optional<PostMortem> readJson(const QByteArray &json, QString *error) {
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return notPostMortem(
            error,
            tr("it is not valid JSON (%1 at byte %2).").arg(parseError.errorString()).arg(parseError.offset));
    if (!doc.isObject())
        return notPostMortem(error, tr("its JSON is not an object."));
    const QJsonObject root = doc.object();
    const QString format = root.value(QStringLiteral("format")).toString();
    if (format != QLatin1String("hindsight-postmortem"))
        return notPostMortem(error,
                             tr("its \"format\" is \"%1\", not \"hindsight-postmortem\".").arg(format));
    const int version = root.value(QStringLiteral("version")).toInt(0);
    if (version < 1)
        return notPostMortem(error, tr("it has no valid \"version\"."));
    if (version > JsonVersion)
        return fail(error, tr("This post-mortem was written by a newer version of Hindsight (format version "
                              "%1); this version reads version %2.")
                               .arg(version)
                               .arg(JsonVersion));

    PostMortem result;
    Incident &incident = result.incident;
    incident.date = QDate::currentDate();
    auto string = [&root](const char *key) { return root.value(QLatin1String(key)).toString(); };
    if (!incident.setValue(Field::Title, string("title"), error))
        return std::nullopt;
    if (!string("date").isEmpty() && !incident.setValue(Field::Date, string("date"), error))
        return std::nullopt;
    if (!string("status").isEmpty() && !incident.setValue(Field::Status, string("status"), error))
        return std::nullopt;
    if (!incident.setValue(Field::Channel, string("channel"), error) ||
        !incident.setValue(Field::Link, string("channelLink"), error))
        return std::nullopt;
    incident.slug = slugFromDocumentName(string("document"));
    const QJsonValue sections = root.value(QStringLiteral("sections"));
    if (!sections.isUndefined() && !sections.isObject())
        return notPostMortem(error, tr("its \"sections\" is not an object."));
    for (int i = 0; i < SectionCount; ++i) {
        const auto section = static_cast<Section>(i);
        const QJsonValue value = sections.toObject().value(sectionKey(section));
        if (!value.isUndefined() && !value.isString())
            return notPostMortem(error, tr("its section \"%1\" is not text.").arg(sectionKey(section)));
        incident.setText(section, value.toString());
    }
    if (!readActionsJson(root.value(QStringLiteral("actions")), &result.actions, error) ||
        !readReviewsJson(root.value(QStringLiteral("reviews")), &result.reviews, error))
        return std::nullopt;
    return result;
}

std::optional<PostMortem> readFile(const QString &path, QString *error) {
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists())
        return fail(error, tr("The file %1 does not exist.").arg(shown));
    if (info.isDir())
        return fail(error, tr("%1 is a folder, not a file.").arg(shown));
    if (info.size() > MaxFileSize)
        return fail(error, tr("The file %1 is too large to be a post-mortem (%2 MB; the limit is 64 MB).")
                               .arg(shown)
                               .arg(info.size() / (1024 * 1024)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(error, tr("Cannot read %1: %2").arg(shown, file.errorString()));
    QByteArray bytes = file.read(MaxFileSize + 1);
    if (bytes.size() > MaxFileSize)
        return fail(error,
                    tr("The file %1 is too large to be a post-mortem (the limit is 64 MB).").arg(shown));

    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError() || bytes.contains('\0'))
        return fail(error, tr("The file %1 is not a post-mortem: it is not UTF-8 text.").arg(shown));

    const QString suffix = info.suffix().toLower();
    const bool json = suffix == QLatin1String("json") ||
                      (suffix != QLatin1String("md") && suffix != QLatin1String("markdown") &&
                       text.trimmed().startsWith(QLatin1Char('{')));
    if (json) {
        if (bytes.startsWith("\xEF\xBB\xBF"))
            bytes.remove(0, 3);
        return readJson(bytes, error);
    }
    return readMarkdown(text, error);
}

namespace {

std::optional<Incident> incidentOf(std::optional<PostMortem> read) {
    if (!read)
        return std::nullopt;
    return std::move(read->incident);
}

} // namespace

std::optional<Incident> fromMarkdown(const QString &markdown, QString *error) {
    return incidentOf(readMarkdown(markdown, error));
}
std::optional<Incident> fromJson(const QByteArray &json, QString *error) {
    return incidentOf(readJson(json, error));
}
std::optional<Incident> fromFile(const QString &path, QString *error) {
    return incidentOf(readFile(path, error));
}

} // namespace hs::importer
