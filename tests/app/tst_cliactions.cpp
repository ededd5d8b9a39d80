// hindsight-cli end to end: action add, list, set, done and drop, their usage errors and help.
#include "actionstore.h"
#include "clifixture.h"
#include "database.h"
#include "followupsettings.h"

#include <initializer_list>
#include <QDir>
#include <QFile>
#include <QSettings>
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

class TestCliActions final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(m_cli.isValid()); }
    void init();
    void add_printsIdAndBucketDefaultDue_data();
    void add_printsIdAndBucketDefaultDue();
    void add_configuredDaysChangeTheDefaultDue_data();
    void add_configuredDaysChangeTheDefaultDue();
    void add_storesEveryOption();
    void add_usageErrorStoresNothing_data();
    void add_usageErrorStoresNothing();
    void add_unknownIncidentFails();
    void list_tabSeparatedByDueDate();
    void list_filters_data();
    void list_filters();
    void list_badFilterIsUsageError_data();
    void list_badFilterIsUsageError();
    void set_storesField_data();
    void set_storesField();
    void set_errors_data();
    void set_errors();
    void done_marksDone();
    void drop_needsReasonAndStoresIt();
    void unknownAction_exitsOne_data();
    void unknownAction_exitsOne();
    void group_withoutOrWithUnknownSubcommandIsUsageError_data();
    void group_withoutOrWithUnknownSubcommandIsUsageError();
    void help_ofEverySubcommandExitsZero_data();
    void help_ofEverySubcommandExitsZero();

private:
    qint64 add(const QStringList &args) const;
    std::optional<Action> action(qint64 id) const;
    int actionCount() const;
    QList<qint64> listedIds(const CliResult &r) const;

    CliFixture m_cli;
    qint64 m_incident = 0;
};

void TestCliActions::init() {
    m_cli.reset();
    m_incident = m_cli.declare(QStringLiteral("Checkout DB down"));
    QVERIFY(m_incident > 0);
}

qint64 TestCliActions::add(const QStringList &args) const {
    const CliResult r = m_cli.run(
        QStringList{QStringLiteral("action"), QStringLiteral("add"), QString::number(m_incident)} + args);
    if (r.code != 0)
        qWarning("action add failed: %s", r.err.constData());
    const QString first = r.outText().section(QLatin1Char('\n'), 0, 0);
    return first.startsWith(QLatin1String("id: ")) ? first.mid(4).toLongLong() : 0;
}

std::optional<Action> TestCliActions::action(qint64 id) const {
    Database db;
    QString error;
    if (!db.open(m_cli.database(), &error))
        return std::nullopt;
    return ActionStore(db).load(id, &error);
}

int TestCliActions::actionCount() const {
    Database db;
    QString error;
    return db.open(m_cli.database(), &error) ? ActionStore(db).count({}) : -1;
}

QList<qint64> TestCliActions::listedIds(const CliResult &r) const {
    QList<qint64> ids;
    for (const QString &line : r.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        ids << line.section(QLatin1Char('\t'), 0, 0).toLongLong();
    return ids;
}

void TestCliActions::add_printsIdAndBucketDefaultDue_data() {
    QTest::addColumn<QString>("bucket");
    QTest::newRow("now") << QStringLiteral("now");
    QTest::newRow("later") << QStringLiteral("later");
}

void TestCliActions::add_printsIdAndBucketDefaultDue() {
    QFETCH(QString, bucket);
    const CliResult r =
        m_cli.run({QStringLiteral("action"), QStringLiteral("add"), QString::number(m_incident),
                   QStringLiteral("Add an index on orders.created_at"), QStringLiteral("--team"),
                   QStringLiteral("Database"), QStringLiteral("--bucket"), bucket});
    QCOMPARE(r.code, 0);
    QVERIFY(r.err.isEmpty());
    const QStringList lines = r.outText().trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines[0].startsWith(QLatin1String("id: ")));
    const auto stored = action(lines[0].mid(4).toLongLong());
    QVERIFY(stored);
    QCOMPARE(stored->incidentId, m_incident);
    QCOMPARE(stored->title, QStringLiteral("Add an index on orders.created_at"));
    QCOMPARE(stored->team, QStringLiteral("Database"));
    QCOMPARE(bucketKey(stored->bucket), bucket);
    QCOMPARE(stored->status, ActionStatus::Open);
    // The model's bucket rule (+7 / +30 days, off weekends) decides, not the CLI.
    const QDate expected = defaultDue(*bucketFromKey(bucket), QDate::currentDate());
    QCOMPARE(stored->due, expected);
    QCOMPARE(lines[1], QStringLiteral("due: ") + expected.toString(Qt::ISODate));
}

void TestCliActions::add_configuredDaysChangeTheDefaultDue_data() {
    QTest::addColumn<QString>("bucket");
    QTest::newRow("now") << QStringLiteral("now");
    QTest::newRow("later") << QStringLiteral("later");
}

// The days set in the app's Preferences (the same QSettings file) decide the CLI's default too.
void TestCliActions::add_configuredDaysChangeTheDefaultDue() {
    QFETCH(QString, bucket);
    const QString file = QDir(m_cli.home()).filePath(QStringLiteral(".config/hindsight/hindsight.conf"));
    {
        QSettings settings(file, QSettings::IniFormat);
        settings.setValue(QLatin1String(followupsettings::NowDaysKey), 3);
        settings.setValue(QLatin1String(followupsettings::LaterDaysKey), 60);
    }
    const qint64 id = add({QStringLiteral("Alert on replication lag"), QStringLiteral("--team"),
                           QStringLiteral("SRE"), QStringLiteral("--bucket"), bucket});
    QFile::remove(file); // the home is shared by every test
    QVERIFY(id > 0);
    const auto stored = action(id);
    QVERIFY(stored);
    const QDate expected = defaultDue(*bucketFromKey(bucket), QDate::currentDate(), DueDefaults{3, 60});
    QVERIFY(expected != defaultDue(*bucketFromKey(bucket), QDate::currentDate()));
    QCOMPARE(stored->due, expected);
}

void TestCliActions::add_storesEveryOption() {
    const qint64 id =
        add(argv({"Rotate the DB credentials", "--team", "Security", "--bucket", "later", "--owner",
                  "Ana Müller", "--due", "2027-02-26", "--link", "https://jira.example.com/browse/SEC-12"}));
    QVERIFY(id > 0);
    const auto stored = action(id);
    QVERIFY(stored);
    QCOMPARE(stored->bucket, Bucket::Later);
    QCOMPARE(stored->owner, QStringLiteral("Ana Müller"));
    QCOMPARE(stored->due, QDate(2027, 2, 26));
    QCOMPARE(stored->link, QStringLiteral("https://jira.example.com/browse/SEC-12"));
}

void TestCliActions::add_usageErrorStoresNothing_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("inError");
    QTest::newRow("no team") << argv({"T", "--bucket", "now"}) << QStringLiteral("--team");
    QTest::newRow("blank team") << argv({"T", "--team", " ", "--bucket", "now"}) << QStringLiteral("--team");
    QTest::newRow("no bucket") << argv({"T", "--team", "DB"}) << QStringLiteral("--bucket");
    QTest::newRow("bad bucket") << argv({"T", "--team", "DB", "--bucket", "soon"})
                                << QStringLiteral("bucket");
    QTest::newRow("bad due") << argv({"T", "--team", "DB", "--bucket", "now", "--due", "2027-02-30"})
                             << QStringLiteral("YYYY-MM-DD");
    QTest::newRow("bad link") << argv({"T", "--team", "DB", "--bucket", "now", "--link", "jira/SEC-12"})
                              << QStringLiteral("URL");
    QTest::newRow("empty title") << argv({"", "--team", "DB", "--bucket", "now"}) << QStringLiteral("title");
    QTest::newRow("no title") << argv({"--team", "DB", "--bucket", "now"}) << QStringLiteral("title");
    QTest::newRow("unknown option") << argv({"T", "--team", "DB", "--bucket", "now", "--colour", "red"})
                                    << QStringLiteral("colour");
}

void TestCliActions::add_usageErrorStoresNothing() {
    QFETCH(QStringList, args);
    QFETCH(QString, inError);
    const CliResult r = m_cli.run(
        QStringList{QStringLiteral("action"), QStringLiteral("add"), QString::number(m_incident)} + args);
    QCOMPARE(r.code, 2);
    QVERIFY2(CliFixture::isOneLineError(r), r.err.constData());
    QVERIFY2(QString::fromUtf8(r.err).contains(inError), r.err.constData());
    QVERIFY(r.out.isEmpty());
    QCOMPARE(actionCount(), 0);
}

void TestCliActions::add_unknownIncidentFails() {
    const CliResult r = m_cli.run(argv({"action", "add", "999", "T", "--team", "DB", "--bucket", "now"}));
    QCOMPARE(r.code, 1);
    QVERIFY2(CliFixture::isOneLineError(r), r.err.constData());
    QVERIFY(r.err.contains("999"));
    QCOMPARE(actionCount(), 0);
    const CliResult word = m_cli.run(argv({"action", "add", "one", "T", "--team", "DB", "--bucket", "now"}));
    QCOMPARE(word.code, 2);
    QVERIFY(CliFixture::isOneLineError(word));
}

void TestCliActions::list_tabSeparatedByDueDate() {
    const qint64 late =
        add(argv({"Later thing", "--team", "Ops", "--bucket", "later", "--due", "2027-03-01"}));
    const qint64 early = add(argv({"Early\tthing", "--team", "DB", "--bucket", "now", "--due", "2027-01-04",
                                   "--owner", "Bo", "--link", "https://gitlab.example.com/x/-/issues/3"}));
    const qint64 middle =
        add(argv({"Middle thing", "--team", "DB", "--bucket", "now", "--due", "2027-02-01"}));
    const CliResult r = m_cli.run(argv({"action", "list"}));
    QCOMPARE(r.code, 0);
    QVERIFY(r.err.isEmpty());
    QCOMPARE(listedIds(r), (QList<qint64>{early, middle, late}));
    const QStringList first = r.outText().section(QLatin1Char('\n'), 0, 0).split(QLatin1Char('\t'));
    // A tab inside a title must not shift the columns.
    QCOMPARE(first, (QStringList{QString::number(early), QStringLiteral("2027-01-04"), QStringLiteral("now"),
                                 QStringLiteral("open"), QStringLiteral("DB"), QStringLiteral("Bo"),
                                 QString::number(m_incident), QStringLiteral("Early thing"),
                                 QStringLiteral("https://gitlab.example.com/x/-/issues/3")}));
}

void TestCliActions::list_filters_data() {
    QTest::addColumn<QStringList>("filter");
    QTest::addColumn<QList<int>>("expected"); // indexes into the actions made by the test
    QTest::newRow("all") << QStringList() << QList<int>{0, 3, 1, 2, 4}; // by due date
    QTest::newRow("overdue") << argv({"--overdue"}) << QList<int>{0};
    QTest::newRow("team, any case") << argv({"--team", "db"}) << QList<int>{0, 3, 1};
    QTest::newRow("bucket later") << argv({"--bucket", "later"}) << QList<int>{3, 2};
    QTest::newRow("status done") << argv({"--status", "done"}) << QList<int>{3};
    QTest::newRow("team and bucket") << argv({"--team", "DB", "--bucket", "now"}) << QList<int>{0, 1};
    QTest::newRow("other incident") << argv({"OTHER"}) << QList<int>{4};
}

void TestCliActions::list_filters() {
    QFETCH(QStringList, filter);
    QFETCH(QList<int>, expected);
    const qint64 other = m_cli.declare(QStringLiteral("Search outage"));
    QList<qint64> ids{
        add(argv({"Overdue", "--team", "DB", "--bucket", "now", "--due", "2020-01-06"})),
        add(argv({"Soon", "--team", "DB", "--bucket", "now", "--due", "2090-01-02"})),
        add(argv({"Later", "--team", "Ops", "--bucket", "later", "--due", "2090-02-01"})),
        add(argv({"Done long ago", "--team", "DB", "--bucket", "later", "--due", "2020-01-07"})),
    };
    QCOMPARE(m_cli.run({QStringLiteral("action"), QStringLiteral("done"), QString::number(ids[3])}).code, 0);
    const CliResult o = m_cli.run(
        {QStringLiteral("action"), QStringLiteral("add"), QString::number(other), QStringLiteral("Elsewhere"),
         QStringLiteral("--team"), QStringLiteral("Search"), QStringLiteral("--bucket"),
         QStringLiteral("now"), QStringLiteral("--due"), QStringLiteral("2090-03-01")});
    QCOMPARE(o.code, 0);
    ids << o.outText().section(QLatin1Char('\n'), 0, 0).mid(4).toLongLong();
    filter.replaceInStrings(QStringLiteral("OTHER"), QString::number(other));

    QList<qint64> want;
    for (int i : expected)
        want << ids[i];
    const CliResult r = m_cli.run(QStringList{QStringLiteral("action"), QStringLiteral("list")} + filter);
    QCOMPARE(r.code, 0);
    QCOMPARE(listedIds(r), want);
}

void TestCliActions::list_badFilterIsUsageError_data() {
    QTest::addColumn<QStringList>("args");
    QTest::newRow("bucket") << argv({"--bucket", "sideways"});
    QTest::newRow("status") << argv({"--status", "finished"});
    QTest::newRow("incident") << argv({"first"});
    QTest::newRow("two incidents") << argv({"1", "2"});
}

void TestCliActions::list_badFilterIsUsageError() {
    QFETCH(QStringList, args);
    const CliResult r = m_cli.run(QStringList{QStringLiteral("action"), QStringLiteral("list")} + args);
    QCOMPARE(r.code, 2);
    QVERIFY2(CliFixture::isOneLineError(r), r.err.constData());
    QVERIFY(r.out.isEmpty());
}

void TestCliActions::set_storesField_data() {
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QVariant>("expected");
    QTest::newRow("title") << QStringLiteral("title") << QStringLiteral("Add the index") << QByteArray()
                           << QVariant(QStringLiteral("Add the index"));
    QTest::newRow("team") << QStringLiteral("team") << QStringLiteral("Platform") << QByteArray()
                          << QVariant(QStringLiteral("Platform"));
    QTest::newRow("owner cleared") << QStringLiteral("owner") << QStringLiteral("") << QByteArray()
                                   << QVariant(QString());
    QTest::newRow("bucket") << QStringLiteral("bucket") << QStringLiteral("later") << QByteArray()
                            << QVariant(int(Bucket::Later));
    QTest::newRow("status") << QStringLiteral("status") << QStringLiteral("done") << QByteArray()
                            << QVariant(int(ActionStatus::Done));
    QTest::newRow("due") << QStringLiteral("due") << QStringLiteral("2028-02-29") << QByteArray()
                         << QVariant(QDate(2028, 2, 29));
    QTest::newRow("link") << QStringLiteral("link") << QStringLiteral("https://github.com/o/r/issues/7")
                          << QByteArray() << QVariant(QStringLiteral("https://github.com/o/r/issues/7"));
    QTest::newRow("notes from stdin")
        << QStringLiteral("notes") << QStringLiteral("-") << QByteArray("Line one\nLine two 🙂\n")
        << QVariant(QStringLiteral("Line one\nLine two 🙂\n"));
    QTest::newRow("title from stdin, newline dropped")
        << QStringLiteral("title") << QStringLiteral("-") << QByteArray("From a pipe\n")
        << QVariant(QStringLiteral("From a pipe"));
}

void TestCliActions::set_storesField() {
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QByteArray, input);
    QFETCH(QVariant, expected);
    const qint64 id = add(argv({"Original", "--team", "DB", "--bucket", "now", "--owner", "Bo"}));
    const CliResult r = m_cli.run(
        {QStringLiteral("action"), QStringLiteral("set"), QString::number(id), field, value}, input);
    QCOMPARE(r.code, 0);
    QVERIFY(r.err.isEmpty());
    const auto stored = action(id);
    QVERIFY(stored);
    const QVariant actual = stored->value(*actionFieldFromKey(field));
    if (expected.typeId() == QMetaType::QString)
        QCOMPARE(actual.toString(), expected.toString());
    else
        QCOMPARE(actual, expected);
}

void TestCliActions::set_errors_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::newRow("unknown field") << argv({"ID", "colour", "red"}) << 2;
    QTest::newRow("bad date") << argv({"ID", "due", "tomorrow"}) << 2;
    QTest::newRow("bad bucket") << argv({"ID", "bucket", "soon"}) << 2;
    QTest::newRow("dropped without reason") << argv({"ID", "status", "dropped"}) << 2;
    QTest::newRow("empty title") << argv({"ID", "title", ""}) << 2;
    QTest::newRow("id not a number") << argv({"x", "title", "T"}) << 2;
    QTest::newRow("missing value") << argv({"ID", "title"}) << 2;
    QTest::newRow("unknown action") << argv({"9999", "title", "T"}) << 1;
}

void TestCliActions::set_errors() {
    QFETCH(QStringList, args);
    QFETCH(int, code);
    const qint64 id = add(argv({"Original", "--team", "DB", "--bucket", "now"}));
    const auto before = action(id);
    args.replaceInStrings(QStringLiteral("ID"), QString::number(id));
    const CliResult r = m_cli.run(QStringList{QStringLiteral("action"), QStringLiteral("set")} + args);
    QCOMPARE(r.code, code);
    QVERIFY2(CliFixture::isOneLineError(r), r.err.constData());
    const auto after = action(id);
    QVERIFY(before && after);
    for (int f = 0; f < ActionFieldCount; ++f)
        QCOMPARE(after->value(ActionField(f)), before->value(ActionField(f)));
}

void TestCliActions::done_marksDone() {
    const qint64 id = add(argv({"Fix it", "--team", "DB", "--bucket", "now", "--due", "2020-01-06"}));
    QCOMPARE(m_cli.run(argv({"action", "list", "--overdue"})).outText().count(QLatin1Char('\n')), 1);
    const CliResult r = m_cli.run({QStringLiteral("action"), QStringLiteral("done"), QString::number(id)});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.isEmpty() && r.err.isEmpty());
    QCOMPARE(action(id)->status, ActionStatus::Done);
    QVERIFY(m_cli.run(argv({"action", "list", "--overdue"})).out.isEmpty());
}

void TestCliActions::drop_needsReasonAndStoresIt() {
    const qint64 id = add(argv({"Rewrite in Rust", "--team", "DB", "--bucket", "later"}));
    const CliResult none = m_cli.run({QStringLiteral("action"), QStringLiteral("drop"), QString::number(id)});
    QCOMPARE(none.code, 2);
    QVERIFY(CliFixture::isOneLineError(none));
    QVERIFY(none.err.contains("--reason"));
    QCOMPARE(action(id)->status, ActionStatus::Open);

    const CliResult r = m_cli.run({QStringLiteral("action"), QStringLiteral("drop"), QString::number(id),
                                   QStringLiteral("--reason"), QStringLiteral("Not worth it after the fix")});
    QCOMPARE(r.code, 0);
    QCOMPARE(action(id)->status, ActionStatus::Dropped);
    QCOMPARE(action(id)->dropReason, QStringLiteral("Not worth it after the fix"));
}

void TestCliActions::unknownAction_exitsOne_data() {
    QTest::addColumn<QStringList>("args");
    QTest::newRow("done") << argv({"action", "done", "4242"});
    QTest::newRow("drop") << argv({"action", "drop", "4242", "--reason", "r"});
    QTest::newRow("set") << argv({"action", "set", "4242", "owner", "Bo"});
    QTest::newRow("list of unknown incident") << argv({"action", "list", "4242"});
}

void TestCliActions::unknownAction_exitsOne() {
    QFETCH(QStringList, args);
    const CliResult r = m_cli.run(args);
    QCOMPARE(r.code, 1);
    QVERIFY2(CliFixture::isOneLineError(r), r.err.constData());
    QVERIFY(r.err.contains("4242"));
}

void TestCliActions::group_withoutOrWithUnknownSubcommandIsUsageError_data() {
    QTest::addColumn<QStringList>("args");
    QTest::newRow("action alone") << argv({"action"});
    QTest::newRow("unknown") << argv({"action", "finish", "1"});
}

void TestCliActions::group_withoutOrWithUnknownSubcommandIsUsageError() {
    QFETCH(QStringList, args);
    const CliResult r = m_cli.run(args);
    QCOMPARE(r.code, 2);
    QVERIFY2(CliFixture::isOneLineError(r), r.err.constData());
    QVERIFY(r.err.contains("add, list, set, done, drop"));
}

void TestCliActions::help_ofEverySubcommandExitsZero_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("action") << argv({"action", "--help"}) << QStringLiteral("drop");
    QTest::newRow("--help first") << argv({"--help", "action", "add"}) << QStringLiteral("--bucket");
    for (const char *sub : {"add", "list", "set", "done", "drop"})
        QTest::newRow(sub) << argv({"action", sub, "--help"})
                           << QStringLiteral("action ") + QLatin1String(sub);
}

void TestCliActions::help_ofEverySubcommandExitsZero() {
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    const CliResult r = m_cli.run(args);
    QCOMPARE(r.code, 0);
    QVERIFY(r.err.isEmpty());
    QVERIFY2(r.outText().contains(mentions), r.out.constData());
    QCOMPARE(actionCount(), 0);
}

QTEST_GUILESS_MAIN(TestCliActions)
#include "tst_cliactions.moc"
