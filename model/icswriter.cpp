#include "icswriter.h"

namespace hs {

namespace {

QByteArray utcStamp(const QDateTime &t) {
    return t.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

} // namespace

QString IcsWriter::escapeText(const QString &text) {
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\'))
            out += QLatin1String("\\\\");
        else if (c == QLatin1Char(';'))
            out += QLatin1String("\\;");
        else if (c == QLatin1Char(','))
            out += QLatin1String("\\,");
        else if (c == QLatin1Char('\r')) {
            out += QLatin1String("\\n");
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
        } else if (c == QLatin1Char('\n'))
            out += QLatin1String("\\n");
        else if (c.unicode() < 0x20 && c != QLatin1Char('\t'))
            continue; // other control characters are not allowed in TEXT
        else
            out += c;
    }
    return out;
}

QByteArray IcsWriter::fold(const QByteArray &line) {
    QByteArray out;
    out.reserve(line.size() + line.size() / 70 * 3);
    int lineStart = 0; // index in `out` where the current physical line starts
    for (qsizetype i = 0; i < line.size();) {
        // Length of the UTF-8 sequence starting at i (continuation bytes are 10xxxxxx).
        qsizetype len = 1;
        while (i + len < line.size() && (static_cast<unsigned char>(line.at(i + len)) & 0xC0) == 0x80)
            ++len;
        if (out.size() - lineStart + len > 75) {
            out += "\r\n ";
            lineStart = int(out.size()) - 1; // the leading space counts towards the 75 octets
        }
        out += line.mid(i, len);
        i += len;
    }
    return out;
}

QString IcsWriter::summary(const Event &event) {
    return QStringLiteral("Post-mortem review: %1 (%2)")
        .arg(event.incidentTitle, reviewKindEnglishLabel(event.review.kind));
}

QString IcsWriter::description(const Event &event) {
    QStringList lines;
    if (event.openActions.isEmpty()) {
        lines << QStringLiteral("No open actions.");
    } else {
        lines << QStringLiteral("Open actions:");
        for (const Action &a : event.openActions) {
            QString line = QStringLiteral("- [%1] %2").arg(bucketKey(a.bucket), a.title);
            if (!a.team.isEmpty())
                line += QStringLiteral(" (team: %1)").arg(a.team);
            if (a.due.isValid())
                line += QStringLiteral(", due %1").arg(a.due.toString(Qt::ISODate));
            if (!a.link.isEmpty())
                line += QStringLiteral(", %1").arg(a.link);
            lines << line;
        }
    }
    if (!event.review.notes.isEmpty())
        lines << QString() << QStringLiteral("Notes: %1").arg(event.review.notes);
    return lines.join(QLatin1Char('\n'));
}

QByteArray IcsWriter::calendar(const QList<Event> &events) const {
    QByteArray out;
    auto line = [&out](const QByteArray &content) { out += fold(content) + "\r\n"; };
    auto text = [&line](const char *name, const QString &value) {
        line(QByteArray(name) + ':' + escapeText(value).toUtf8());
    };
    const QByteArray stamp = utcStamp(m_stamp.isValid() ? m_stamp : QDateTime::currentDateTimeUtc());
    line("BEGIN:VCALENDAR");
    line("VERSION:2.0");
    line("PRODID:-//Hindsight//Hindsight " HINDSIGHT_VERSION "//EN");
    line("CALSCALE:GREGORIAN");
    line("METHOD:PUBLISH");
    for (const Event &e : events) {
        line("BEGIN:VEVENT");
        text("UID", e.review.uid);
        line("DTSTAMP:" + stamp);
        line("DTSTART:" + utcStamp(e.review.at));
        line("DTEND:" + utcStamp(e.review.at.addSecs(qint64(m_durationMinutes) * 60)));
        text("SUMMARY", summary(e));
        text("DESCRIPTION", description(e));
        line("BEGIN:VALARM");
        line("ACTION:DISPLAY");
        text("DESCRIPTION", summary(e));
        line("TRIGGER:-PT" + QByteArray::number(m_alarmMinutes) + 'M');
        line("END:VALARM");
        line("END:VEVENT");
    }
    line("END:VCALENDAR");
    return out;
}

} // namespace hs
