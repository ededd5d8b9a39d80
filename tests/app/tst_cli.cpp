// hindsight-cli end to end: the commands that edit incidents, usage errors, help and damaged databases.
#include "../unprivileged.h"
#include "clifixture.h"
#include "database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace hs;

class TestCli final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(m_cli.isValid()); }
    void init() { m_cli.reset(); }
    void new_printsIdChannelAndDocumentName();
    void new_withoutDatabaseOptionUsesAppDataUnderHome();
    void list_printsTabSeparatedLinesNewestFirst();
    void show_printsEveryFieldAndWhatIsMissing();
    void set_storesValidatedValue_data();
    void set_storesValidatedValue();
    void set_dashReadsWholeStdin_data();
    void set_dashReadsWholeStdin();
    void set_rejectsStdinThatIsNotUtf8();
    void usageError_exitsTwoWithOneLineAndChangesNothing_data();
    void usageError_exitsTwoWithOneLineAndChangesNothing();
    void unknownId_exitsOne_data();
    void unknownId_exitsOne();
    void help_ofEveryCommandExitsZero_data();
    void help_ofEveryCommandExitsZero();
    void version_printsVersion();
    void database_corruptFileIsRefusedAndUntouched_data();
    void database_corruptFileIsRefusedAndUntouched();
    void database_newerSchemaIsRefusedAndUntouched();
    void database_folderInsteadOfFileIsRefused();
    void database_unwritableFileIsRefusedAndUntouched();

private:
    CliFixture m_cli;
};

void TestCli::new_printsIdChannelAndDocumentName() {
    const CliResult r = m_cli.run({QStringLiteral("new"), QStringLiteral("Checkout DB down"),
                                   QStringLiteral("--date"), QStringLiteral("2026-11-24")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.err.isEmpty());
    const QStringList lines = r.outText().trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines[0].startsWith(QLatin1String("id: ")));
    const qint64 id = lines[0].mid(4).toLongLong();
    const auto incident = m_cli.stored(id);
    QVERIFY(incident);
    QCOMPARE(incident->title, QStringLiteral("Checkout DB down"));
    QCOMPARE(incident->date, QDate(2026, 11, 24));
    QCOMPARE(lines[1], QStringLiteral("channel: #incident-2026-11-24-checkout-db-down"));
    QCOMPARE(lines[2], QStringLiteral("document: incident_2026_11_24_checkout_db_down"));

    // The same title the same day gets the next number, as the model decides.
    const CliResult again = m_cli.run({QStringLiteral("new"), QStringLiteral("Checkout DB down"),
                                       QStringLiteral("--date"), QStringLiteral("2026-11-24")});
    QCOMPARE(again.code, 0);
    QVERIFY(again.outText().contains(QLatin1String("document: incident_2026_11_24_checkout_db_down_2")));
}

void TestCli::new_withoutDatabaseOptionUsesAppDataUnderHome() {
    const QString home = m_cli.home();
    QDir(home).removeRecursively();
    const CliResult r =
        m_cli.run({QStringLiteral("new"), QStringLiteral("Default place")}, {}, QStringLiteral("-"));
    QCOMPARE(r.code, 0);
    const QStringList files = CliFixture::filesUnder(home);
    QCOMPARE(files.filter(QStringLiteral(".sqlite")).size() >= 1, true);
    QVERIFY(files.constFirst().startsWith(home + QStringLiteral("/.local/share/")));
    QVERIFY(m_cli.run({QStringLiteral("list")}, {}, QStringLiteral("-")).out.contains("Default place"));
}

void TestCli::list_printsTabSeparatedLinesNewestFirst() {
    QVERIFY(m_cli.run({QStringLiteral("list")}).out.isEmpty());
    const qint64 older = m_cli.declare(QStringLiteral("Older one"), QStringLiteral("2025-01-02"));
    const qint64 newer = m_cli.declare(QStringLiteral("Newer one 🙂"), QStringLiteral("2026-03-04"));
    const qint64 middle = m_cli.declare(QStringLiteral("Middle one"), QStringLiteral("2025-06-07"));
    QVERIFY(older > 0 && newer > 0 && middle > 0);
    QCOMPARE(m_cli
                 .run({QStringLiteral("set"), QString::number(middle), QStringLiteral("status"),
                       QStringLiteral("resolved")})
                 .code,
             0);

    const CliResult r = m_cli.run({QStringLiteral("list")});
    QCOMPARE(r.code, 0);
    const QStringList expected{
        QStringLiteral("%1\t2026-03-04\tongoing\tNewer one 🙂").arg(newer),
        QStringLiteral("%1\t2025-06-07\tresolved\tMiddle one").arg(middle),
        QStringLiteral("%1\t2025-01-02\tongoing\tOlder one").arg(older),
    };
    QCOMPARE(r.outText(), expected.join(QLatin1Char('\n')) + QLatin1Char('\n'));
}

void TestCli::show_printsEveryFieldAndWhatIsMissing() {
    const qint64 id = m_cli.declare(QStringLiteral("Half written"));
    const QString sid = QString::number(id);
    QCOMPARE(m_cli
                 .run({QStringLiteral("set"), sid, QStringLiteral("cause"),
                       QStringLiteral("A bad deploy.\nThen more.")})
                 .code,
             0);
    QCOMPARE(
        m_cli.run({QStringLiteral("set"), sid, QStringLiteral("channel"), QStringLiteral("#ops-war-room")})
            .code,
        0);

    const CliResult r = m_cli.run({QStringLiteral("show"), sid});
    QCOMPARE(r.code, 0);
    const QString out = r.outText();
    for (const QString &line :
         {QString(QStringLiteral("id: ") + sid), QStringLiteral("title: Half written"),
          QStringLiteral("date: 2026-11-24"), QStringLiteral("status: ongoing"),
          QStringLiteral("channel: #ops-war-room"),
          QStringLiteral("document: incident_2026_11_24_half_written"), QStringLiteral("completeness: 1/5"),
          QStringLiteral("  A bad deploy."), QStringLiteral("  Then more.")})
        QVERIFY2(out.contains(line), qPrintable(line));
    for (const QString &key : fieldKeys())
        QVERIFY2(out.contains(QLatin1Char('\n') + key + QLatin1Char(':')) || out.startsWith(key),
                 qPrintable(key));
    const auto incident = m_cli.stored(id);
    QVERIFY(incident);
    for (const QString &missing : Completeness::of(*incident).missing)
        QVERIFY2(out.contains(missing), qPrintable(missing));
    QVERIFY(!out.contains(sectionLabel(Section::Cause) + QLatin1String(";")));
}

void TestCli::set_storesValidatedValue_data() {
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QVariant>("expected");

    QTest::newRow("title") << "title"
                           << "  New   title 🚀 " << QVariant(QStringLiteral("New title 🚀"));
    QTest::newRow("date") << "date"
                          << "2025-02-28" << QVariant(QDate(2025, 2, 28));
    QTest::newRow("status") << "status"
                            << "shared" << QVariant(int(Status::Shared));
    QTest::newRow("channel") << "channel"
                             << "#war-room" << QVariant(QStringLiteral("#war-room"));
    QTest::newRow("link") << "link"
                          << "https://chat.example.com/x"
                          << QVariant(QStringLiteral("https://chat.example.com/x"));
    QTest::newRow("empty link") << "link"
                                << "" << QVariant(QString());
    QTest::newRow("cause") << "cause"
                           << "Line 1\nLine 2" << QVariant(QStringLiteral("Line 1\nLine 2"));
    QTest::newRow("impact") << "impact"
                            << "Ünïcödé ✓" << QVariant(QStringLiteral("Ünïcödé ✓"));
    QTest::newRow("resolution") << "resolution"
                                << "Rolled back." << QVariant(QStringLiteral("Rolled back."));
    QTest::newRow("extract") << "extract"
                             << "10:01 <ana> it's down" << QVariant(QStringLiteral("10:01 <ana> it's down"));
    QTest::newRow("prevention") << "prevention"
                                << "A canary." << QVariant(QStringLiteral("A canary."));
}

void TestCli::set_storesValidatedValue() {
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QVariant, expected);
    const qint64 id = m_cli.declare(QStringLiteral("Editable"));
    const CliResult r = m_cli.run({QStringLiteral("set"), QString::number(id), field, value});
    QCOMPARE(r.code, 0);
    QVERIFY(r.err.isEmpty());
    const auto incident = m_cli.stored(id);
    QVERIFY(incident);
    QCOMPARE(incident->value(*fieldFromKey(field)), expected);
}

void TestCli::set_dashReadsWholeStdin_data() {
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");

    QTest::newRow("emoji") << "cause" << QStringLiteral("💥🔥 Everything fell over 😱\n");
    QTest::newRow("emoji title") << "title" << QStringLiteral("🔥🔥🔥");
    QTest::newRow("leading dash and blank lines")
        << "prevention" << QStringLiteral("- a list\n\n- of items\n\n");
    QString big;
    for (int i = 0; big.size() < 10 * 1024 * 1024; ++i)
        big += QStringLiteral("[10:%1] <ana> the checkout DB is still down 🙁, retrying (line %2)\n")
                   .arg(i % 60, 2, 10, QLatin1Char('0'))
                   .arg(i);
    QTest::newRow("10 MB paste") << "extract" << big;
}

void TestCli::set_dashReadsWholeStdin() {
    QFETCH(QString, field);
    QFETCH(QString, text);
    const qint64 id = m_cli.declare(QStringLiteral("Pasted"));
    const CliResult r =
        m_cli.run({QStringLiteral("set"), QString::number(id), field, QStringLiteral("-")}, text.toUtf8());
    QCOMPARE(r.code, 0);
    QVERIFY(r.err.isEmpty());
    const auto incident = m_cli.stored(id);
    QVERIFY(incident);
    QCOMPARE(incident->value(*fieldFromKey(field)).toString(), text);
}

void TestCli::set_rejectsStdinThatIsNotUtf8() {
    const qint64 id = m_cli.declare(QStringLiteral("Latin-1 paste"));
    const CliResult r =
        m_cli.run({QStringLiteral("set"), QString::number(id), QStringLiteral("cause"), QStringLiteral("-")},
                  QByteArray("caf\xe9 au lait"));
    QCOMPARE(r.code, 2);
    QVERIFY2(CliFixture::isOneLineError(r), r.err.constData());
    QVERIFY(m_cli.stored(id)->text(Section::Cause).isEmpty());
}

void TestCli::usageError_exitsTwoWithOneLineAndChangesNothing_data() {
    QTest::addColumn<QStringList>("args");
    auto row = [](const char *name, const QStringList &args) { QTest::newRow(name) << args; };
    row("no command", {});
    row("unknown command", {QStringLiteral("frobnicate")});
    row("unknown option", {QStringLiteral("list"), QStringLiteral("--frobnicate")});
    row("new without title", {QStringLiteral("new")});
    row("new with two titles", {QStringLiteral("new"), QStringLiteral("a"), QStringLiteral("b")});
    row("new with empty title", {QStringLiteral("new"), QStringLiteral("   ")});
    row("new with bad date",
        {QStringLiteral("new"), QStringLiteral("x"), QStringLiteral("--date"), QStringLiteral("2026-02-30")});
    row("new with date missing", {QStringLiteral("new"), QStringLiteral("x"), QStringLiteral("--date")});
    row("list with argument", {QStringLiteral("list"), QStringLiteral("everything")});
    row("show without id", {QStringLiteral("show")});
    row("show with word id", {QStringLiteral("show"), QStringLiteral("first")});
    row("show with zero id", {QStringLiteral("show"), QStringLiteral("0")});
    row("set without value", {QStringLiteral("set"), QStringLiteral("1"), QStringLiteral("title")});
    row("set unknown field",
        {QStringLiteral("set"), QStringLiteral("1"), QStringLiteral("owner"), QStringLiteral("me")});
    row("set empty title",
        {QStringLiteral("set"), QStringLiteral("1"), QStringLiteral("title"), QStringLiteral(" ")});
    row("set bad date",
        {QStringLiteral("set"), QStringLiteral("1"), QStringLiteral("date"), QStringLiteral("yesterday")});
    row("set bad status",
        {QStringLiteral("set"), QStringLiteral("1"), QStringLiteral("status"), QStringLiteral("done")});
    row("set bad link",
        {QStringLiteral("set"), QStringLiteral("1"), QStringLiteral("link"), QStringLiteral("not a url")});
    row("export without format", {QStringLiteral("export"), QStringLiteral("1")});
    row("export unknown format",
        {QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("docx")});
    row("import without path", {QStringLiteral("import")});
}

void TestCli::usageError_exitsTwoWithOneLineAndChangesNothing() {
    QFETCH(QStringList, args);
    QCOMPARE(m_cli.declare(QStringLiteral("Existing")), 1);
    const QByteArray before = m_cli.run({QStringLiteral("show"), QStringLiteral("1")}).out;
    const CliResult r = m_cli.run(args);
    QCOMPARE(r.code, 2);
    QVERIFY2(CliFixture::isOneLineError(r), r.err.constData());
    QVERIFY(r.out.isEmpty());
    QCOMPARE(m_cli.run({QStringLiteral("show"), QStringLiteral("1")}).out, before);
    QCOMPARE(m_cli.run({QStringLiteral("list")}).outText().count(QLatin1Char('\n')), 1);
}

void TestCli::unknownId_exitsOne_data() {
    QTest::addColumn<QStringList>("args");
    QTest::newRow("show") << QStringList{QStringLiteral("show"), QStringLiteral("42")};
    QTest::newRow("set") << QStringList{QStringLiteral("set"), QStringLiteral("42"), QStringLiteral("title"),
                                        QStringLiteral("x")};
    QTest::newRow("export md") << QStringList{QStringLiteral("export"), QStringLiteral("42"),
                                              QStringLiteral("--format"), QStringLiteral("md")};
    QTest::newRow("export pdf") << QStringList{QStringLiteral("export"), QStringLiteral("42"),
                                               QStringLiteral("--format"), QStringLiteral("pdf")};
}

void TestCli::unknownId_exitsOne() {
    QFETCH(QStringList, args);
    QVERIFY(m_cli.declare(QStringLiteral("Only one")) > 0);
    const CliResult r = m_cli.run(args);
    QCOMPARE(r.code, 1);
    QCOMPARE(r.err, QByteArray("hindsight-cli: There is no incident 42.\n"));
    QVERIFY(r.out.isEmpty());
}

void TestCli::help_ofEveryCommandExitsZero_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("usage");
    QTest::newRow("global") << QStringList{QStringLiteral("--help")} << QStringLiteral("COMMAND");
    QTest::newRow("global -h") << QStringList{QStringLiteral("-h")} << QStringLiteral("COMMAND");
    QTest::newRow("before command") << QStringList{QStringLiteral("--help"), QStringLiteral("set")}
                                    << QStringLiteral("set ID FIELD");
    for (const char *command : {"new", "list", "show", "set", "export", "import"})
        QTest::newRow(command) << QStringList{QString::fromLatin1(command), QStringLiteral("--help")}
                               << QString::fromLatin1(command);
}

void TestCli::help_ofEveryCommandExitsZero() {
    QFETCH(QStringList, args);
    QFETCH(QString, usage);
    const CliResult r = m_cli.run(args);
    QCOMPARE(r.code, 0);
    QVERIFY(r.err.isEmpty());
    const QString firstLine = r.outText().section(QLatin1Char('\n'), 0, 0);
    QVERIFY2(firstLine.startsWith(QLatin1String("Usage: ")) && firstLine.contains(usage),
             qPrintable(firstLine));
    QVERIFY(r.out.contains("--database"));
    // Asking for help must not create a database.
    QVERIFY(!QFileInfo::exists(m_cli.database()));
}

void TestCli::version_printsVersion() {
    const CliResult r = m_cli.run({QStringLiteral("--version")});
    QCOMPARE(r.code, 0);
    QVERIFY2(QRegularExpression(QStringLiteral("^hindsight-cli \\d+\\.\\d+\\.\\d+\\n$"))
                 .match(r.outText())
                 .hasMatch(),
             r.out.constData());
}

void TestCli::database_corruptFileIsRefusedAndUntouched_data() {
    QTest::addColumn<QStringList>("args");
    QTest::newRow("list") << QStringList{QStringLiteral("list")};
    QTest::newRow("new") << QStringList{QStringLiteral("new"), QStringLiteral("x")};
    QTest::newRow("show") << QStringList{QStringLiteral("show"), QStringLiteral("1")};
    QTest::newRow("set") << QStringList{QStringLiteral("set"), QStringLiteral("1"), QStringLiteral("title"),
                                        QStringLiteral("x")};
    QTest::newRow("export") << QStringList{QStringLiteral("export"), QStringLiteral("1"),
                                           QStringLiteral("--format"), QStringLiteral("md")};
}

void TestCli::database_corruptFileIsRefusedAndUntouched() {
    QFETCH(QStringList, args);
    QByteArray garbage("SQLite format 3");
    for (int i = 0; garbage.size() < 8192; ++i)
        garbage += char('A' + i % 26);
    QVERIFY(CliFixture::writeFile(m_cli.database(), garbage));

    const CliResult r = m_cli.run(args);
    QCOMPARE(r.code, 1);
    QVERIFY2(CliFixture::isOneLineError(r), r.err.constData());
    QVERIFY2(r.err.contains("hindsight.sqlite"), r.err.constData());
    QCOMPARE(CliFixture::readAll(m_cli.database()), garbage);
    QVERIFY(!QFileInfo::exists(m_cli.database() + QStringLiteral("-wal")));
}

void TestCli::database_newerSchemaIsRefusedAndUntouched() {
    QVERIFY(m_cli.declare(QStringLiteral("From the future")) > 0);
    const int newer = Database::latestSchemaVersion() + 1;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(m_cli.database());
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(newer)));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    const QByteArray before = CliFixture::readAll(m_cli.database());

    for (const QStringList &args : {QStringList{QStringLiteral("list")},
                                    QStringList{QStringLiteral("set"), QStringLiteral("1"),
                                                QStringLiteral("title"), QStringLiteral("Downgraded")}}) {
        const CliResult r = m_cli.run(args);
        QCOMPARE(r.code, 1);
        QVERIFY2(CliFixture::isOneLineError(r), r.err.constData());
        QVERIFY2(r.err.contains(QByteArray::number(newer)), r.err.constData());
        QVERIFY(r.out.isEmpty());
        QCOMPARE(CliFixture::readAll(m_cli.database()), before);
    }
}

void TestCli::database_folderInsteadOfFileIsRefused() {
    const QString folder = m_cli.filePath(QStringLiteral("a-folder"));
    QVERIFY(QDir().mkpath(folder));
    const CliResult r = m_cli.run({QStringLiteral("list")}, {}, folder);
    QCOMPARE(r.code, 1);
    QVERIFY2(CliFixture::isOneLineError(r), r.err.constData());
    QVERIFY(CliFixture::filesUnder(folder).isEmpty());
}

void TestCli::database_unwritableFileIsRefusedAndUntouched() {
    HS_RUN_AS_NOBODY(); // root could write it anyway
    QVERIFY(m_cli.declare(QStringLiteral("Read only")) > 0);
    QVERIFY(QFile::setPermissions(m_cli.database(), QFileDevice::ReadOwner | QFileDevice::ReadGroup));
    const QByteArray before = CliFixture::readAll(m_cli.database());
    for (const QStringList &args :
         {QStringList{QStringLiteral("list")}, QStringList{QStringLiteral("new"), QStringLiteral("x")},
          QStringList{QStringLiteral("set"), QStringLiteral("1"), QStringLiteral("title"),
                      QStringLiteral("y")}}) {
        const CliResult r = m_cli.run(args);
        QCOMPARE(r.code, 1);
        QVERIFY2(CliFixture::isOneLineError(r), r.err.constData());
        QVERIFY2(r.err.contains("cannot be written"), r.err.constData());
        QVERIFY(r.out.isEmpty());
        QCOMPARE(CliFixture::readAll(m_cli.database()), before);
    }
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
