// hindsight-cli end to end: review propose, list, done and export-ics (parsed with python3-icalendar),
// review delete of reviews never pushed, their usage errors and help. review push and delete against a
// real server are in tst_clicalendar.
#include "actionstore.h"
#include "clifixture.h"
#include "database.h"
#include "reviewschedule.h"
#include "reviewstore.h"

#include <initializer_list>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace hs;

namespace {

QStringList argv(std::initializer_list<const char *> words) {
    QStringList list;
    for (const char *w : words)
        list << QString::fromUtf8(w);
    return list;
}

} // namespace

class TestCliReviews final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(m_cli.isValid()); }
    void init();
    void propose_storesWeekAndMonthOnWorkingDays_data();
    void propose_storesWeekAndMonthOnWorkingDays();
    void propose_refusesSecondTimeAndReplaceKeepsUids();
    void propose_errors_data();
    void propose_errors();
    void list_showsStatesAndOpenActions();
    void done_storesNotesAndLeavesTheList();
    void done_errors_data();
    void done_errors();
    void exportIcs_isReadByIcalendar();
    void exportIcs_toFile();
    void exportIcs_errors_data();
    void exportIcs_errors();
    void push_withoutCalendarFails();
    void delete_unpushedReviewIsDeletedHere();
    void delete_pushedWithoutCalendarDeletesNothingUnlessKeepEvent();
    void delete_errors_data();
    void delete_errors();
    void help_ofEverySubcommandExitsZero_data();
    void help_ofEverySubcommandExitsZero();

private:
    QList<Review> reviews(qint64 incident) const;
    CliResult propose(qint64 incident, const char *from) const;
    qint64 addAction(qint64 incident, const QString &title, const char *bucket) const;

    CliFixture m_cli;
    qint64 m_incident = 0;
};

void TestCliReviews::init() {
    m_cli.reset();
    m_incident = m_cli.declare(QStringLiteral("Checkout DB down"));
    QVERIFY(m_incident > 0);
}

QList<Review> TestCliReviews::reviews(qint64 incident) const {
    Database db;
    QString error;
    if (!db.open(m_cli.database(), &error))
        return {};
    return ReviewStore(db).forIncident(incident, &error);
}

CliResult TestCliReviews::propose(qint64 incident, const char *from) const {
    return m_cli.run({QStringLiteral("review"), QStringLiteral("propose"), QString::number(incident),
                      QStringLiteral("--from"), QString::fromLatin1(from)});
}

qint64 TestCliReviews::addAction(qint64 incident, const QString &title, const char *bucket) const {
    const CliResult r = m_cli.run({QStringLiteral("action"), QStringLiteral("add"), QString::number(incident),
                                   title, QStringLiteral("--team"), QStringLiteral("DB"),
                                   QStringLiteral("--bucket"), QString::fromLatin1(bucket)});
    return r.outText().section(QLatin1Char('\n'), 0, 0).mid(4).toLongLong();
}

void TestCliReviews::propose_storesWeekAndMonthOnWorkingDays_data() {
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("time");
    QTest::newRow("Friday, default hour") << QStringLiteral("2026-11-20") << QString();
    QTest::newRow("month end, 14:30") << QStringLiteral("2027-01-31") << QStringLiteral("14:30");
    QTest::newRow("leap day") << QStringLiteral("2028-02-29") << QStringLiteral("09:15");
}

void TestCliReviews::propose_storesWeekAndMonthOnWorkingDays() {
    QFETCH(QString, from);
    QFETCH(QString, time);
    QStringList args{QStringLiteral("review"), QStringLiteral("propose"), QString::number(m_incident),
                     QStringLiteral("--from"), from};
    ReviewRules rules;
    if (!time.isEmpty()) {
        args << QStringLiteral("--time") << time;
        rules.time = QTime::fromString(time, QStringLiteral("HH:mm"));
    }
    const CliResult r = m_cli.run(args);
    QCOMPARE(r.code, 0);
    QVERIFY(r.err.isEmpty());
    // The model's rules (weekends, month ends, DST) decide; the CLI stores exactly the proposal.
    const QList<ReviewProposal> expected = proposeReviews(QDate::fromString(from, Qt::ISODate), rules);
    const QList<Review> stored = reviews(m_incident);
    QCOMPARE(stored.size(), 2);
    const QStringList lines = r.outText().trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 2);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(stored[i].kind, expected[i].kind);
        QCOMPARE(stored[i].at.toUTC(), expected[i].at.toUTC());
        QCOMPARE(stored[i].at.time(), rules.time);
        QVERIFY(stored[i].at.date().dayOfWeek() <= 5);
        QVERIFY(!stored[i].done);
        QCOMPARE(lines[i], QString::number(stored[i].id) + QLatin1Char('\t') + reviewKindKey(stored[i].kind) +
                               QLatin1Char('\t') + stored[i].at.toString(Qt::ISODate));
    }
}

void TestCliReviews::propose_refusesSecondTimeAndReplaceKeepsUids() {
    QCOMPARE(propose(m_incident, "2026-11-20").code, 0);
    const QList<Review> first = reviews(m_incident);
    const CliResult again = propose(m_incident, "2026-12-04");
    QCOMPARE(again.code, 1);
    QVERIFY2(CliFixture::isOneLineError(again), again.err.constData());
    QVERIFY(again.err.contains("--replace"));
    QCOMPARE(reviews(m_incident).at(0).at, first.at(0).at);

    const CliResult replaced =
        m_cli.run({QStringLiteral("review"), QStringLiteral("propose"), QString::number(m_incident),
                   QStringLiteral("--from"), QStringLiteral("2026-12-04"), QStringLiteral("--replace")});
    QCOMPARE(replaced.code, 0);
    const QList<Review> second = reviews(m_incident);
    QCOMPARE(second.size(), 2);
    const QList<ReviewProposal> expected = proposeReviews(QDate(2026, 12, 4));
    for (int i = 0; i < 2; ++i) {
        // Same review, same calendar UID (a pushed event is updated, not duplicated), new date.
        QCOMPARE(second[i].id, first[i].id);
        QCOMPARE(second[i].uid, first[i].uid);
        QCOMPARE(second[i].at.toUTC(), expected[i].at.toUTC());
    }
}

void TestCliReviews::propose_errors_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::newRow("bad date") << argv({"INC", "--from", "2026-13-01"}) << 2;
    QTest::newRow("bad time") << argv({"INC", "--time", "25:00"}) << 2;
    QTest::newRow("id not a number") << argv({"abc"}) << 2;
    QTest::newRow("no incident") << QStringList() << 2;
    QTest::newRow("unknown incident") << argv({"777"}) << 1;
}

void TestCliReviews::propose_errors() {
    QFETCH(QStringList, args);
    QFETCH(int, code);
    args.replaceInStrings(QStringLiteral("INC"), QString::number(m_incident));
    const CliResult r = m_cli.run(QStringList{QStringLiteral("review"), QStringLiteral("propose")} + args);
    QCOMPARE(r.code, code);
    QVERIFY2(CliFixture::isOneLineError(r), r.err.constData());
    QVERIFY(reviews(m_incident).isEmpty());
}

void TestCliReviews::list_showsStatesAndOpenActions() {
    const qint64 other = m_cli.declare(QStringLiteral("Search outage"));
    addAction(m_incident, QStringLiteral("Add index"), "now");
    addAction(m_incident, QStringLiteral("Rotate keys"), "later");
    const qint64 done = addAction(m_incident, QStringLiteral("Page the DBA"), "now");
    QCOMPARE(m_cli.run({QStringLiteral("action"), QStringLiteral("done"), QString::number(done)}).code, 0);
    QCOMPARE(propose(m_incident, "2020-01-06").code, 0);                                     // both overdue
    QCOMPARE(propose(other, QDate::currentDate().toString(Qt::ISODate).toLatin1()).code, 0); // both ahead
    const QList<Review> past = reviews(m_incident);
    const QList<Review> ahead = reviews(other);

    const CliResult all = m_cli.run(argv({"review", "list"}));
    QCOMPARE(all.code, 0);
    QVERIFY(all.err.isEmpty());
    const QStringList lines = all.outText().trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 4);
    auto line = [](const Review &r, const char *state, int openActions, const QString &title) {
        return QStringList{QString::number(r.id),
                           r.at.toString(Qt::ISODate),
                           QString::fromLatin1(state),
                           reviewKindKey(r.kind),
                           QString::number(r.incidentId),
                           QString::number(openActions),
                           title}
            .join(QLatin1Char('\t'));
    };
    QCOMPARE(lines[0], line(past[0], "overdue", 2, QStringLiteral("Checkout DB down")));
    QCOMPARE(lines[1], line(past[1], "overdue", 2, QStringLiteral("Checkout DB down")));
    QCOMPARE(lines[2], line(ahead[0], "upcoming", 0, QStringLiteral("Search outage")));
    QCOMPARE(lines[3], line(ahead[1], "upcoming", 0, QStringLiteral("Search outage")));

    const CliResult due = m_cli.run(argv({"review", "list", "--due"}));
    QCOMPARE(due.code, 0);
    QCOMPARE(due.outText().trimmed().split(QLatin1Char('\n')), lines.mid(0, 2));
}

void TestCliReviews::done_storesNotesAndLeavesTheList() {
    QCOMPARE(propose(m_incident, "2020-01-06").code, 0);
    const Review week = reviews(m_incident).at(0);
    const CliResult r =
        m_cli.run({QStringLiteral("review"), QStringLiteral("done"), QString::number(week.id),
                   QStringLiteral("--notes"), QStringLiteral("Index added; key rotation still open.")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.isEmpty() && r.err.isEmpty());
    const Review after = reviews(m_incident).at(0);
    QVERIFY(after.done);
    QCOMPARE(after.notes, QStringLiteral("Index added; key rotation still open."));
    QCOMPARE(after.at, week.at);
    const QString listed = m_cli.run(argv({"review", "list"})).outText();
    QVERIFY(!listed.startsWith(QString::number(week.id) + QLatin1Char('\t')));
    QCOMPARE(listed.trimmed().split(QLatin1Char('\n')).size(), 1);
}

void TestCliReviews::done_errors_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::newRow("unknown review") << argv({"5150"}) << 1;
    QTest::newRow("id not a number") << argv({"week"}) << 2;
    QTest::newRow("no id") << QStringList() << 2;
}

void TestCliReviews::done_errors() {
    QFETCH(QStringList, args);
    QFETCH(int, code);
    const CliResult r = m_cli.run(QStringList{QStringLiteral("review"), QStringLiteral("done")} + args);
    QCOMPARE(r.code, code);
    QVERIFY2(CliFixture::isOneLineError(r), r.err.constData());
}

void TestCliReviews::exportIcs_isReadByIcalendar() {
    addAction(m_incident, QStringLiteral("Add index; with “quotes”, commas"), "now");
    const qint64 done = addAction(m_incident, QStringLiteral("Already done thing"), "later");
    QCOMPARE(m_cli.run({QStringLiteral("action"), QStringLiteral("done"), QString::number(done)}).code, 0);
    QCOMPARE(propose(m_incident, "2026-11-20").code, 0);
    const QList<Review> stored = reviews(m_incident);
    const QString folder = m_cli.filePath(QStringLiteral("calendar"));
    const CliResult r =
        m_cli.run({QStringLiteral("review"), QStringLiteral("export-ics"), QString::number(m_incident),
                   QStringLiteral("--output"), folder + QLatin1Char('/')});
    QCOMPARE(r.code, 0);
    QVERIFY(r.err.isEmpty());
    const QString path =
        QDir(folder).filePath(m_cli.stored(m_incident)->documentName() + QStringLiteral("-reviews.ics"));
    QCOMPARE(r.outText().trimmed(), path);
    QVERIFY(CliFixture::readAll(path).contains("\r\n"));

    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral(HINDSIGHT_ICS_PARSER), path});
    QVERIFY(python.waitForFinished(30000));
    const QByteArray err = python.readAllStandardError();
    QVERIFY2(!err.contains("No module named"), "python3-icalendar is missing: run scripts/install-deps.sh");
    QVERIFY2(python.exitCode() == 0, err.constData());
    const QJsonObject cal = QJsonDocument::fromJson(python.readAllStandardOutput()).object();
    const QJsonArray events = cal.value(QLatin1String("events")).toArray();
    QCOMPARE(events.size(), 2);
    for (int i = 0; i < 2; ++i) {
        const QJsonObject ev = events.at(i).toObject();
        QCOMPARE(ev.value(QLatin1String("uid")).toString(), stored[i].uid);
        const QJsonObject start = ev.value(QLatin1String("dtstart")).toObject();
        QCOMPARE(QDateTime::fromString(start.value(QLatin1String("iso")).toString(), Qt::ISODate).toUTC(),
                 stored[i].at.toUTC());
        QCOMPARE(ev.value(QLatin1String("summary")).toString(),
                 QStringLiteral("Post-mortem review: Checkout DB down (") +
                     reviewKindEnglishLabel(stored[i].kind) + QLatin1Char(')'));
        const QString description = ev.value(QLatin1String("description")).toString();
        QVERIFY2(description.contains(QStringLiteral("Add index; with “quotes”, commas")),
                 qPrintable(description));
        QVERIFY(!description.contains(QStringLiteral("Already done thing")));
        QCOMPARE(ev.value(QLatin1String("alarms")).toArray().size(), 1);
    }
}

void TestCliReviews::exportIcs_toFile() {
    QCOMPARE(propose(m_incident, "2026-11-20").code, 0);
    const QString path = m_cli.filePath(QStringLiteral("mine.ics"));
    const CliResult r = m_cli.run({QStringLiteral("review"), QStringLiteral("export-ics"),
                                   QString::number(m_incident), QStringLiteral("-o"), path});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.outText().trimmed(), path);
    const QByteArray ics = CliFixture::readAll(path);
    QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\n"));
    QCOMPARE(ics.count("BEGIN:VEVENT"), 2);
}

void TestCliReviews::exportIcs_errors_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("inError");
    QTest::newRow("no output") << argv({"INC"}) << 2 << QStringLiteral("--output");
    QTest::newRow("no reviews yet") << argv({"INC", "--output", "x.ics"}) << 1
                                    << QStringLiteral("review propose");
    QTest::newRow("unknown incident") << argv({"31337", "--output", "x.ics"}) << 1 << QStringLiteral("31337");
    QTest::newRow("folder not writable")
        << argv({"INC", "--output", "/proc/hindsight/"}) << 1 << QStringLiteral("/proc");
}

void TestCliReviews::exportIcs_errors() {
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, inError);
    if (qstrcmp(QTest::currentDataTag(), "folder not writable") == 0)
        QCOMPARE(propose(m_incident, "2026-11-20").code, 0);
    args.replaceInStrings(QStringLiteral("INC"), QString::number(m_incident));
    const CliResult r = m_cli.run(QStringList{QStringLiteral("review"), QStringLiteral("export-ics")} + args);
    QCOMPARE(r.code, code);
    QVERIFY2(CliFixture::isOneLineError(r), r.err.constData());
    QVERIFY2(QString::fromUtf8(r.err).contains(inError), r.err.constData());
    QVERIFY(!QFileInfo::exists(m_cli.filePath(QStringLiteral("x.ics"))));
}

void TestCliReviews::push_withoutCalendarFails() {
    QCOMPARE(propose(m_incident, "2026-11-20").code, 0);
    const CliResult r =
        m_cli.run({QStringLiteral("review"), QStringLiteral("push"), QString::number(m_incident)});
    QCOMPARE(r.code, 1);
    QVERIFY2(CliFixture::isOneLineError(r), r.err.constData());
    QVERIFY(r.err.contains("calendar add"));
    QVERIFY(reviews(m_incident).at(0).calendarHref.isEmpty());
}

void TestCliReviews::delete_unpushedReviewIsDeletedHere() {
    QCOMPARE(propose(m_incident, "2026-11-20").code, 0);
    const QList<Review> before = reviews(m_incident);
    QCOMPARE(before.size(), 2);
    const CliResult r =
        m_cli.run({QStringLiteral("review"), QStringLiteral("delete"), QString::number(before.at(0).id)});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    QCOMPARE(r.outText(), QStringLiteral("%1\tnone\n").arg(before.at(0).id));
    const QList<Review> after = reviews(m_incident);
    QCOMPARE(after.size(), 1);
    QCOMPARE(after.at(0).id, before.at(1).id);
    const CliResult again =
        m_cli.run({QStringLiteral("review"), QStringLiteral("delete"), QString::number(before.at(0).id)});
    QCOMPARE(again.code, 1);
    QVERIFY2(CliFixture::isOneLineError(again), again.err.constData());
}

void TestCliReviews::delete_pushedWithoutCalendarDeletesNothingUnlessKeepEvent() {
    QCOMPARE(propose(m_incident, "2026-11-20").code, 0);
    const Review week = reviews(m_incident).at(0);
    {
        Database db;
        QString error;
        QVERIFY2(db.open(m_cli.database(), &error), qPrintable(error));
        QVERIFY2(ReviewStore(db).setCalendarState(week.id, QStringLiteral("https://cal.example.com/r/x.ics"),
                                                  QStringLiteral("\"1\""), &error),
                 qPrintable(error));
    }
    const QStringList args{QStringLiteral("review"), QStringLiteral("delete"), QString::number(week.id)};
    const CliResult refused = m_cli.run(args);
    QCOMPARE(refused.code, 1);
    QVERIFY2(CliFixture::isOneLineError(refused), refused.err.constData());
    QVERIFY2(refused.err.contains("calendar add") && refused.err.contains("--keep-event"),
             refused.err.constData());
    QCOMPARE(reviews(m_incident).size(), 2); // nothing lost

    const CliResult kept = m_cli.run(args + QStringList{QStringLiteral("--keep-event")});
    QCOMPARE(kept.code, 0);
    QCOMPARE(kept.outText(), QStringLiteral("%1\tkept\n").arg(week.id));
    QCOMPARE(reviews(m_incident).size(), 1);
}

void TestCliReviews::delete_errors_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::newRow("unknown review") << argv({"5150"}) << 1;
    QTest::newRow("id not a number") << argv({"week"}) << 2;
    QTest::newRow("no id") << QStringList() << 2;
    QTest::newRow("two ids") << argv({"1", "2"}) << 2;
    QTest::newRow("unknown option") << argv({"1", "--force"}) << 2;
}

void TestCliReviews::delete_errors() {
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QCOMPARE(propose(m_incident, "2026-11-20").code, 0);
    const CliResult r = m_cli.run(QStringList{QStringLiteral("review"), QStringLiteral("delete")} + args);
    QCOMPARE(r.code, code);
    QVERIFY2(CliFixture::isOneLineError(r), r.err.constData());
    QCOMPARE(reviews(m_incident).size(), 2);
}

void TestCliReviews::help_ofEverySubcommandExitsZero_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("review") << argv({"review", "--help"}) << QStringLiteral("export-ics");
    QTest::newRow("calendar") << argv({"calendar", "--help"}) << QStringLiteral("remove");
    for (const char *sub : {"propose", "list", "done", "export-ics", "push", "delete"})
        QTest::newRow(sub) << argv({"review", sub, "--help"})
                           << QStringLiteral("review ") + QLatin1String(sub);
    for (const char *sub : {"add", "list", "remove"})
        QTest::newRow(sub) << argv({"calendar", sub, "--help"})
                           << QStringLiteral("calendar ") + QLatin1String(sub);
}

void TestCliReviews::help_ofEverySubcommandExitsZero() {
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    const CliResult r = m_cli.run(args);
    QCOMPARE(r.code, 0);
    QVERIFY(r.err.isEmpty());
    QVERIFY2(r.outText().contains(mentions), r.out.constData());
}

QTEST_GUILESS_MAIN(TestCliReviews)
#include "tst_clireviews.moc"
