#include "icswriter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace hs;

class TestIcsWriter final : public QObject {
    Q_OBJECT
private slots:
    void escapeText_data();
    void escapeText();
    void fold_data();
    void fold();
    void calendar_parsesWithIcalendarAndKeepsEveryField();
    void calendar_bytesAreCrlfFoldedUtf8();
    void calendar_sameInputSameBytes();

private:
    QList<IcsWriter::Event> sampleEvents() const;
};

namespace {

const QDateTime kStamp(QDate(2026, 3, 4), QTime(12, 0, 5), QTimeZone::utc());

QByteArray unfold(const QByteArray &ics) {
    return QByteArray(ics).replace("\r\n ", "");
}

Action action(const QString &title, Bucket bucket, const QString &team, const QDate &due,
              const QString &link) {
    Action a;
    a.title = title;
    a.bucket = bucket;
    a.team = team;
    a.due = due;
    a.link = link;
    return a;
}

} // namespace

QList<IcsWriter::Event> TestIcsWriter::sampleEvents() const {
    const QTimeZone berlin("Europe/Berlin");
    Review week;
    week.id = 1;
    week.kind = ReviewKind::Week;
    week.at = QDateTime(QDate(2026, 3, 27), QTime(10, 0), berlin); // CET, UTC+1
    week.uid = QStringLiteral("0f8e7a52-1111-4a3b-9c1d-2f3e4d5c6b7a@hindsight");
    Review month = week;
    month.id = 2;
    month.kind = ReviewKind::Month;
    month.at = QDateTime(QDate(2026, 4, 20), QTime(10, 0), berlin); // CEST, UTC+2
    month.uid = QStringLiteral("0f8e7a52-2222-4a3b-9c1d-2f3e4d5c6b7a@hindsight");
    month.notes = QStringLiteral("Alert done; runbook, still open");
    const QString title =
        QStringLiteral("Checkout 🔥 down; payments, refunds \\ all — 決済が失敗した長いタイトル"
                       " with enough text to need folding twice over the limit");
    const QList<Action> open{
        action(QStringLiteral("Add a canary, then alert"), Bucket::Now, QStringLiteral("SRE"),
               QDate(2026, 3, 11), QStringLiteral("https://jira.example.com/browse/OPS-42")),
        action(QStringLiteral("Write runbook 📘"), Bucket::Later, QStringLiteral("Payments"),
               QDate(2026, 4, 3), QString()),
    };
    return {{week, title, open}, {month, title, {}}};
}

void TestIcsWriter::escapeText_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("abc") << QStringLiteral("abc");
    QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("a\\,b");
    QTest::newRow("semicolon") << QStringLiteral("a;b") << QStringLiteral("a\\;b");
    QTest::newRow("backslash") << QStringLiteral("a\\b") << QStringLiteral("a\\\\b");
    QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("a\\nb");
    QTest::newRow("crlf") << QStringLiteral("a\r\nb") << QStringLiteral("a\\nb");
    QTest::newRow("colon stays") << QStringLiteral("http://x") << QStringLiteral("http://x");
    QTest::newRow("escaped backslash-n stays literal") << QStringLiteral("\\n") << QStringLiteral("\\\\n");
}

void TestIcsWriter::escapeText() {
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(IcsWriter::escapeText(input), expected);
}

void TestIcsWriter::fold_data() {
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("short") << QByteArray("SUMMARY:short");
    QTest::newRow("exactly 75") << QByteArray(75, 'x');
    QTest::newRow("76") << QByteArray(76, 'x');
    QTest::newRow("long ascii") << QByteArray(400, 'a');
    QTest::newRow("emoji") << QString(QStringLiteral("SUMMARY:") + QStringLiteral("🔥").repeated(60)).toUtf8();
    QTest::newRow("cjk offset")
        << QString(QStringLiteral("SUMMARY:x") + QStringLiteral("決").repeated(80)).toUtf8();
    QTest::newRow("mixed")
        << QString(QStringLiteral("DESCRIPTION:é") + QStringLiteral("a🔥é決").repeated(40)).toUtf8();
}

void TestIcsWriter::fold() {
    QFETCH(QByteArray, line);
    const QByteArray folded = IcsWriter::fold(line);
    QCOMPARE(unfold(folded), line);
    const QList<QByteArray> parts = folded.split('\n');
    for (int i = 0; i < parts.size(); ++i) {
        QByteArray part = parts[i];
        if (i + 1 < parts.size()) {
            QVERIFY(part.endsWith('\r'));
            part.chop(1);
        }
        QVERIFY2(part.size() <= 75, part.constData());
        if (i > 0)
            QVERIFY(part.startsWith(' '));
        QStringDecoder decoder(QStringDecoder::Utf8);
        const QString decoded = decoder(part);
        QVERIFY2(!decoder.hasError(), "a fold split a UTF-8 sequence");
        Q_UNUSED(decoded);
    }
    // No fold is wasted: every line but the last is as full as the sequences allow.
    for (int i = 0; i + 1 < parts.size(); ++i)
        QVERIFY(parts[i].size() - 1 > 75 - 4);
}

void TestIcsWriter::calendar_parsesWithIcalendarAndKeepsEveryField() {
    IcsWriter writer;
    writer.setStamp(kStamp);
    const QList<IcsWriter::Event> events = sampleEvents();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("reviews.ics"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(writer.calendar(events));
    file.close();

    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral(HINDSIGHT_ICS_PARSER), path});
    QVERIFY(python.waitForFinished(30000));
    const QByteArray err = python.readAllStandardError();
    QVERIFY2(!err.contains("No module named 'icalendar'"),
             "python3-icalendar is missing: run scripts/install-deps.sh");
    QVERIFY2(python.exitCode() == 0, err.constData());
    QJsonParseError jsonError;
    const QJsonObject cal = QJsonDocument::fromJson(python.readAllStandardOutput(), &jsonError).object();
    QVERIFY2(jsonError.error == QJsonParseError::NoError, qPrintable(jsonError.errorString()));

    QCOMPARE(cal[QLatin1String("name")].toString(), QStringLiteral("VCALENDAR"));
    QCOMPARE(cal[QLatin1String("version")].toString(), QStringLiteral("2.0"));
    QVERIFY(cal[QLatin1String("prodid")].toString().startsWith(QStringLiteral("-//Hindsight//")));
    QCOMPARE(cal[QLatin1String("calscale")].toString(), QStringLiteral("GREGORIAN"));
    QCOMPARE(cal[QLatin1String("timezones")].toInt(), 0); // UTC times, no VTIMEZONE needed
    const QJsonArray parsed = cal[QLatin1String("events")].toArray();
    QCOMPARE(parsed.size(), events.size());
    for (int i = 0; i < events.size(); ++i) {
        const IcsWriter::Event &e = events[i];
        const QJsonObject ev = parsed[i].toObject();
        QCOMPARE(ev[QLatin1String("uid")].toString(), e.review.uid);
        auto isoUtc = [](const QDateTime &t) -> QString {
            return t.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss")) + QStringLiteral("+00:00");
        };
        for (const char *key : {"dtstamp", "dtstart", "dtend"})
            QVERIFY(ev[QLatin1String(key)].toObject()[QLatin1String("utc")].toBool());
        QCOMPARE(ev[QLatin1String("dtstamp")].toObject()[QLatin1String("iso")].toString(), isoUtc(kStamp));
        QCOMPARE(ev[QLatin1String("dtstart")].toObject()[QLatin1String("iso")].toString(),
                 isoUtc(e.review.at));
        QCOMPARE(ev[QLatin1String("dtend")].toObject()[QLatin1String("iso")].toString(),
                 isoUtc(e.review.at.addSecs(30 * 60)));
        const QString suffix = i == 0 ? QStringLiteral(" (+1 week)") : QStringLiteral(" (+1 month)");
        QCOMPARE(ev[QLatin1String("summary")].toString(),
                 QString(QStringLiteral("Post-mortem review: ") + e.incidentTitle + suffix));
        const QString description = ev[QLatin1String("description")].toString();
        QCOMPARE(description, IcsWriter::description(e));
        const QJsonArray alarms = ev[QLatin1String("alarms")].toArray();
        QCOMPARE(alarms.size(), 1);
        QCOMPARE(alarms[0].toObject()[QLatin1String("action")].toString(), QStringLiteral("DISPLAY"));
        QCOMPARE(alarms[0].toObject()[QLatin1String("trigger_seconds")].toDouble(), -15.0 * 60);
        QCOMPARE(alarms[0].toObject()[QLatin1String("description")].toString(), IcsWriter::summary(e));
    }
    // The description names every open action with bucket, title, team, due date and link.
    const QString first = parsed[0].toObject()[QLatin1String("description")].toString();
    QVERIFY2(first.contains(QStringLiteral("- [now] Add a canary, then alert (team: SRE), due 2026-03-11, "
                                           "https://jira.example.com/browse/OPS-42")),
             qPrintable(first));
    QVERIFY2(first.contains(QStringLiteral("- [later] Write runbook 📘 (team: Payments), due 2026-04-03")),
             qPrintable(first));
    QVERIFY(parsed[1].toObject()[QLatin1String("description")].toString().contains(
        QStringLiteral("Notes: Alert done; runbook, still open")));
    // Berlin 10:00 is 09:00 UTC in winter and 08:00 UTC in summer.
    QCOMPARE(parsed[0].toObject()[QLatin1String("dtstart")].toObject()[QLatin1String("iso")].toString(),
             QStringLiteral("2026-03-27T09:00:00+00:00"));
    QCOMPARE(parsed[1].toObject()[QLatin1String("dtstart")].toObject()[QLatin1String("iso")].toString(),
             QStringLiteral("2026-04-20T08:00:00+00:00"));
}

void TestIcsWriter::calendar_bytesAreCrlfFoldedUtf8() {
    IcsWriter writer;
    writer.setStamp(kStamp);
    const QByteArray ics = writer.calendar(sampleEvents());
    QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\n"));
    QVERIFY(ics.endsWith("END:VCALENDAR\r\n"));
    QCOMPARE(ics.count("\r\n"), ics.count('\n')); // no bare LF
    QCOMPARE(ics.count('\r'), ics.count('\n'));   // no bare CR
    bool folded = false;
    for (const QByteArray &line : ics.split('\n')) {
        QVERIFY2(line.size() <= 76, line.constData()); // 75 octets + the CR
        folded = folded || line.startsWith(' ');
    }
    QVERIFY(folded); // the long title had to be folded
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(ics);
    QVERIFY(!decoder.hasError());
    QVERIFY(QString::fromUtf8(unfold(ics))
                .contains(QStringLiteral("Checkout 🔥 down\\; payments\\, refunds \\\\ all")));
    QCOMPARE(ics.count("BEGIN:VEVENT"), 2);
    QCOMPARE(ics.count("BEGIN:VALARM"), 2);
    QVERIFY(unfold(ics).contains("TRIGGER:-PT15M\r\n"));
    Q_UNUSED(text);
}

void TestIcsWriter::calendar_sameInputSameBytes() {
    IcsWriter writer;
    writer.setStamp(kStamp);
    QCOMPARE(writer.calendar(sampleEvents()), writer.calendar(sampleEvents()));
    const QByteArray single = writer.calendar(sampleEvents().first());
    QCOMPARE(single.count("BEGIN:VEVENT"), 1);
    QVERIFY(single.contains("UID:0f8e7a52-1111-4a3b-9c1d-2f3e4d5c6b7a@hindsight\r\n"));
}

QTEST_GUILESS_MAIN(TestIcsWriter)
#include "tst_icswriter.moc"
