#include "documentfollowups.h"

#include "documentformat.h"
#include "failure.h"
#include "reviewstore.h"

#include <array>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>

namespace hs::docformat {

namespace {

// The fields of an action line after its title, in the order they are written.
enum class Attr { Team, Owner, Due, Status, Reason, Link };
inline constexpr int AttrCount = 6;
constexpr std::array<const char *, AttrCount> kAttrLabels{
    QT_TRANSLATE_NOOP("hs::Document", "team"),   QT_TRANSLATE_NOOP("hs::Document", "owner"),
    QT_TRANSLATE_NOOP("hs::Document", "due"),    QT_TRANSLATE_NOOP("hs::Document", "status"),
    QT_TRANSLATE_NOOP("hs::Document", "reason"), QT_TRANSLATE_NOOP("hs::Document", "link")};

const char *const kNoActions = QT_TRANSLATE_NOOP("hs::Document", "*No actions.*");
const char *const kNoReviews = QT_TRANSLATE_NOOP("hs::Document", "*No reviews planned.*");

const QString kDash = QStringLiteral(" \u2014 "); // the separator after a title and between review parts

QString translate(const char *text) {
    return QCoreApplication::translate("hs::Document", text);
}

// Messages for the importer; lupdate files them under this namespace.
QString tr(const char *text) {
    return QCoreApplication::translate("hs::docformat", text);
}

QString attrLabel(Attr a) {
    return translate(kAttrLabels[int(a)]);
}

std::optional<Attr> attrFromLabel(const QString &label) {
    const QString l = label.trimmed();
    for (int i = 0; i < AttrCount; ++i)
        if (l.compare(QLatin1String(kAttrLabels[i]), Qt::CaseInsensitive) == 0 ||
            l.compare(attrLabel(Attr(i)), Qt::CaseInsensitive) == 0)
            return Attr(i);
    return std::nullopt;
}

bool isBlank(const QString &line) {
    return line.trimmed().isEmpty();
}

// "- item" at the start of a line (other markers too, for hand-written documents).
bool isListItem(const QString &line) {
    return line.startsWith(QLatin1String("- ")) || line.startsWith(QLatin1String("* ")) ||
           line.startsWith(QLatin1String("+ "));
}

// Lines under a list item that belong to it: blank or indented. Returns them without the two-space
// indent and without trailing blank lines, and moves `i` to the item's last line.
QString continuation(const QStringList &lines, qsizetype &i) {
    QStringList out;
    while (i + 1 < lines.size()) {
        const QString &next = lines.at(i + 1);
        if (!isBlank(next) && !next.startsWith(QLatin1Char(' ')) && !next.startsWith(QLatin1Char('\t')))
            break;
        ++i;
        out << (next.startsWith(QLatin1String("  ")) ? next.mid(2) : next.trimmed());
    }
    while (!out.isEmpty() && isBlank(out.constLast()))
        out.removeLast();
    return out.join(QLatin1Char('\n'));
}

QString indented(const QString &text) {
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines)
        if (!line.isEmpty())
            line.prepend(QLatin1String("  "));
    return lines.join(QLatin1Char('\n'));
}

std::optional<Bucket> bucketOfHeading(const QString &line) {
    if (!line.startsWith(QLatin1String("### ")))
        return std::nullopt;
    QString text = line.mid(4).trimmed();
    if (text.endsWith(QLatin1Char(':')))
        text.chop(1);
    for (int i = 0; i < BucketCount; ++i) {
        const auto b = static_cast<Bucket>(i);
        if (text.compare(bucketKey(b), Qt::CaseInsensitive) == 0 ||
            text.compare(bucketLabel(b), Qt::CaseInsensitive) == 0)
            return b;
    }
    return std::nullopt;
}

std::optional<ActionStatus> statusFromText(const QString &text) {
    if (const auto s = actionStatusFromKey(text))
        return s;
    for (int i = 0; i < ActionStatusCount; ++i)
        if (text.trimmed().compare(actionStatusLabel(ActionStatus(i)), Qt::CaseInsensitive) == 0)
            return ActionStatus(i);
    return std::nullopt;
}

// Splits "team: SRE, due: 2026-12-01, link: <https://x/a,b>" at the commas that are neither escaped
// nor inside the link's angle brackets.
QStringList splitFields(const QString &text) {
    QStringList parts;
    QString part;
    bool inLink = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\') && i + 1 < text.size()) {
            part += c;
            part += text.at(++i);
            continue;
        }
        if (c == QLatin1Char('<'))
            inLink = true;
        else if (c == QLatin1Char('>'))
            inLink = false;
        if (!inLink && c == QLatin1Char(',') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char(' ')) {
            parts << part;
            part.clear();
            ++i;
            continue;
        }
        part += c;
    }
    parts << part;
    return parts;
}

QString actionLine(const Action &a) {
    QString title = escapeInline(a.title, Inline::Title);
    if (a.status == ActionStatus::Dropped)
        title = QString(QLatin1String("~~") + title + QLatin1String("~~"));
    QStringList fields;
    auto field = [&fields](Attr attr, const QString &value) {
        fields << QString(attrLabel(attr) + QLatin1String(": ") + value);
    };
    if (!a.team.isEmpty())
        field(Attr::Team, escapeInline(a.team, Inline::Field));
    if (!a.owner.isEmpty())
        field(Attr::Owner, escapeInline(a.owner, Inline::Field));
    if (a.due.isValid())
        field(Attr::Due, a.due.toString(Qt::ISODate));
    field(Attr::Status, actionStatusKey(a.status));
    if (!a.dropReason.trimmed().isEmpty())
        field(Attr::Reason, escapeInline(a.dropReason.simplified(), Inline::Field));
    if (!a.link.isEmpty())
        field(Attr::Link, QString(QLatin1Char('<') + a.link + QLatin1Char('>')));
    QString line = QLatin1String(a.status == ActionStatus::Done ? "- [x] " : "- [ ] ") + title + kDash +
                   fields.join(QLatin1String(", ")) + QLatin1Char('\n');
    const QString notes = normalizedText(a.notes);
    if (!notes.isEmpty())
        line += QLatin1Char('\n') + indented(notes) + QLatin1String("\n\n");
    return line;
}

bool readActionLine(const QString &item, Bucket bucket, const QString &notes, Action *action,
                    QString *error) {
    Action a;
    a.bucket = bucket;
    a.notes = notes;
    QString text = item.mid(2).trimmed();
    bool checked = false;
    for (const QLatin1String box : {QLatin1String("[ ]"), QLatin1String("[x]"), QLatin1String("[X]")})
        if (text == box || text.startsWith(box + QLatin1Char(' '))) {
            checked = box != QLatin1String("[ ]");
            text = text.mid(3).trimmed();
        }
    // The title ends at the first " — " that is followed by a field ("team: …"); a hand-written title
    // may have dashes of its own, ours are written as "&#8212;".
    QString title = text;
    QStringList fields;
    for (qsizetype dash = text.indexOf(kDash); dash >= 0; dash = text.indexOf(kDash, dash + 1)) {
        const QStringList candidate = splitFields(text.mid(dash + kDash.size()));
        if (attrFromLabel(candidate.constFirst().section(QLatin1Char(':'), 0, 0))) {
            title = text.left(dash);
            fields = candidate;
            break;
        }
    }
    const bool struck =
        title.size() > 4 && title.startsWith(QLatin1String("~~")) && title.endsWith(QLatin1String("~~"));
    if (struck)
        title = title.mid(2, title.size() - 4);
    a.title = unescapeInline(title).simplified();
    if (a.title.isEmpty())
        return fail(error, tr("An action in the list has no title."));
    auto bad = [&](const QString &reason) {
        return fail(error, tr("The action “%1” cannot be read: %2").arg(a.title, reason));
    };
    std::optional<ActionStatus> status;
    for (const QString &f : fields) {
        const qsizetype colon = f.indexOf(QLatin1Char(':'));
        const auto attr = colon < 0 ? std::nullopt : attrFromLabel(f.left(colon));
        if (!attr)
            return bad(tr("“%1” is not one of its fields.").arg(f.trimmed()));
        const QString value = f.mid(colon + 1).trimmed();
        QString reason;
        bool ok = true;
        switch (*attr) {
        case Attr::Team:
            a.team = unescapeInline(value).simplified();
            break;
        case Attr::Owner:
            a.owner = unescapeInline(value).simplified();
            break;
        case Attr::Due:
            ok = a.setValue(ActionField::Due, value, &reason);
            break;
        case Attr::Status:
            status = statusFromText(value);
            if (!status)
                reason = tr("its status “%1” is not open, done or dropped.").arg(value);
            ok = status.has_value();
            break;
        case Attr::Reason:
            a.dropReason = unescapeInline(value).simplified();
            break;
        case Attr::Link: {
            const QString link = value.startsWith(QLatin1Char('<')) && value.endsWith(QLatin1Char('>'))
                                     ? value.mid(1, value.size() - 2)
                                     : value;
            ok = a.setValue(ActionField::Link, link, &reason);
            break;
        }
        }
        if (!ok)
            return bad(reason);
    }
    // Without a status field (hand-written), the checkbox and the strike-through say it.
    a.status = status.value_or(checked  ? ActionStatus::Done
                               : struck ? ActionStatus::Dropped
                                        : ActionStatus::Open);
    if (a.status == ActionStatus::Dropped && a.dropReason.isEmpty())
        return bad(tr("it is dropped without a reason."));
    *action = a;
    return true;
}

QString reviewTimeText(const QDateTime &at) {
    const QString format =
        at.time().second() == 0 ? QStringLiteral("yyyy-MM-dd HH:mm") : QStringLiteral("yyyy-MM-dd HH:mm:ss");
    return QString(at.toString(format) + QLatin1String(" (") + reviewZoneId(at) + QLatin1Char(')'));
}

std::optional<ReviewKind> reviewKindFromText(const QString &text) {
    if (const auto k = reviewKindFromKey(text))
        return k;
    for (int i = 0; i < ReviewKindCount; ++i) {
        const auto k = static_cast<ReviewKind>(i);
        if (text.trimmed().compare(reviewKindLabel(k), Qt::CaseInsensitive) == 0 ||
            text.trimmed().compare(reviewKindEnglishLabel(k), Qt::CaseInsensitive) == 0)
            return k;
    }
    return std::nullopt;
}

bool readReviewLine(const QString &item, const QString &more, Review *review, QString *error) {
    const QString text = item.mid(2).trimmed();
    auto bad = [&](const QString &reason) {
        return fail(error, tr("The review “%1” cannot be read: %2").arg(text, reason));
    };
    Review r;
    const qsizetype colon = text.indexOf(QLatin1String(": "));
    const auto kind = colon < 0 ? std::nullopt : reviewKindFromText(text.left(colon));
    if (!kind)
        return bad(tr("it does not start with “+1 week:” or “+1 month:”."));
    r.kind = *kind;
    const QStringList parts = text.mid(colon + 2).split(kDash);
    static const QRegularExpression when(
        QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})[ T](\\d{2}:\\d{2}(?::\\d{2})?)(?:\\s*\\(([^)]+)\\))?$"));
    const QRegularExpressionMatch m = when.match(parts.constFirst().trimmed());
    if (m.hasMatch()) {
        QString time = m.captured(2);
        if (time.size() == 5)
            time += QLatin1String(":00");
        const QString zone = m.captured(3).isEmpty() ? QString::fromUtf8(QTimeZone::systemTimeZoneId())
                                                     : m.captured(3).trimmed();
        r.at = reviewTimeFrom(m.captured(1) + QLatin1Char('T') + time, zone);
    }
    if (!r.at.isValid())
        return bad(tr("its date is not written YYYY-MM-DD HH:MM (time zone)."));
    if (parts.size() > 1) {
        const auto status = statusFromText(parts.at(1));
        if (!status || *status == ActionStatus::Dropped)
            return bad(tr("its state is neither open nor done."));
        r.done = *status == ActionStatus::Done;
    }
    QString notes = parts.size() > 2 ? QStringList(parts.mid(2)).join(kDash) : QString();
    if (!more.isEmpty())
        notes = notes.isEmpty() ? more : QString(notes + QLatin1Char('\n') + more);
    r.notes = normalizedText(notes);
    *review = r;
    return true;
}

} // namespace

QString actionsMarkdown(const QList<Action> &actions) {
    QString md = QLatin1String("## ") + partLabel(Part::Actions) + QLatin1Char('\n');
    for (int b = 0; b < BucketCount; ++b) {
        const auto bucket = static_cast<Bucket>(b);
        md += QLatin1String("\n### ") + bucketLabel(bucket) + QLatin1String("\n\n");
        QString list;
        for (const Action &a : actions)
            if (a.bucket == bucket)
                list += actionLine(a);
        if (list.isEmpty())
            list = translate(kNoActions) + QLatin1Char('\n');
        if (list.endsWith(QLatin1String("\n\n")))
            list.chop(1);
        md += list;
    }
    return md;
}

QString reviewsMarkdown(const QList<Review> &reviews) {
    QString md = QLatin1String("## ") + partLabel(Part::Reviews) + QLatin1String("\n\n");
    if (reviews.isEmpty())
        return md + translate(kNoReviews) + QLatin1Char('\n');
    for (const Review &r : reviews) {
        md += QLatin1String("- ") + reviewKindLabel(r.kind) + QLatin1String(": ") + reviewTimeText(r.at) +
              kDash + actionStatusKey(r.done ? ActionStatus::Done : ActionStatus::Open);
        const QString notes = normalizedText(r.notes);
        if (!notes.isEmpty()) {
            const qsizetype newline = notes.indexOf(QLatin1Char('\n'));
            md += kDash + notes.left(newline);
            if (newline >= 0)
                md += QLatin1Char('\n') + indented(notes.mid(newline + 1));
        }
        md += QLatin1Char('\n');
    }
    return md;
}

bool readActions(const QStringList &lines, QList<Action> *actions, QString *error) {
    Bucket bucket = Bucket::Now;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (const auto b = bucketOfHeading(line)) {
            bucket = *b;
        } else if (isListItem(line)) {
            const QString notes = normalizedText(continuation(lines, i));
            Action a;
            if (!readActionLine(line, bucket, notes, &a, error))
                return false;
            actions->append(a);
        }
    }
    return true;
}

bool readReviews(const QStringList &lines, QList<Review> *reviews, QString *error) {
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (!isListItem(line))
            continue;
        const QString more = continuation(lines, i);
        Review r;
        if (!readReviewLine(line, more, &r, error))
            return false;
        reviews->append(r);
    }
    return true;
}

} // namespace hs::docformat
