// hindsight-cli end to end: export in every format, hostile titles, import and its round trip.
#include "clifixture.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

using namespace hs;

class TestCliExport final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(m_cli.isValid()); }
    void init() { m_cli.reset(); }
    void export_writesEachFormat_data();
    void export_writesEachFormat();
    void export_pdf_containsTitleAndEverySection();
    void export_toFilePathWritesThatFile();
    void export_hostileTitleStaysInsideFolder_data();
    void export_hostileTitleStaysInsideFolder();
    void import_exportImportExportIsIdentical_data();
    void import_exportImportExportIsIdentical();
    void import_rejectsFileThatIsNotAPostMortem_data();
    void import_rejectsFileThatIsNotAPostMortem();

private:
    CliFixture m_cli;
};

void TestCliExport::export_writesEachFormat_data() {
    QTest::addColumn<QString>("format");
    QTest::newRow("md") << "md";
    QTest::newRow("html") << "html";
    QTest::newRow("json") << "json";
    QTest::newRow("pdf") << "pdf";
}

void TestCliExport::export_writesEachFormat() {
    QFETCH(QString, format);
    const qint64 id = m_cli.declareComplete();
    QVERIFY(id > 0);
    const QString folder = m_cli.filePath(QStringLiteral("out"));
    const CliResult r = m_cli.run({QStringLiteral("export"), QString::number(id), QStringLiteral("--format"),
                                   format, QStringLiteral("--output"), folder + QLatin1Char('/')});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY2(r.err.isEmpty(), r.err.constData()); // no Qt warnings leak to the user
    const QString expectedPath = folder + QStringLiteral("/incident_2026_11_24_checkout_db_down.") + format;
    QCOMPARE(r.outText(), expectedPath + QLatin1Char('\n'));
    QCOMPARE(CliFixture::filesUnder(folder), QStringList{expectedPath});
    const QByteArray bytes = CliFixture::readAll(expectedPath);

    if (format == QLatin1String("pdf")) {
        QVERIFY(bytes.startsWith("%PDF-"));
        return; // the text is checked by export_pdf_containsTitleAndEverySection
    }
    if (format == QLatin1String("json")) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
        QVERIFY2(doc.isObject(), qPrintable(error.errorString()));
    }
    // Every format carries the title, the channel and each section's text (the markers are plain ASCII
    // so HTML escaping cannot hide them).
    const QString text = QString::fromUtf8(bytes);
    QVERIFY(text.contains(QLatin1String("Checkout DB down")));
    QVERIFY(text.contains(QLatin1String("incident-2026-11-24-checkout-db-down")));
    for (int i = 0; i < SectionCount; ++i) {
        const QString marker = CliFixture::sectionMarker(static_cast<Section>(i));
        QVERIFY2(text.contains(marker), qPrintable(marker));
    }
}

void TestCliExport::export_pdf_containsTitleAndEverySection() {
    const qint64 id = m_cli.declareComplete();
    QVERIFY(id > 0);
    const QString pdf = m_cli.filePath(QStringLiteral("meeting.pdf"));
    const CliResult r = m_cli.run({QStringLiteral("export"), QString::number(id), QStringLiteral("--format"),
                                   QStringLiteral("pdf"), QStringLiteral("--output"), pdf});
    QVERIFY2(r.code == 0, r.err.constData());

    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"),
                    {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    QVERIFY2(pdftotext.waitForFinished(60000) && pdftotext.exitCode() == 0,
             "pdftotext (poppler-utils) failed");
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput()).simplified();
    QVERIFY(text.contains(QLatin1String("Checkout DB down")));
    for (int i = 0; i < SectionCount; ++i) {
        const auto section = static_cast<Section>(i);
        QVERIFY2(text.contains(sectionEnglishLabel(section)), qPrintable(sectionEnglishLabel(section)));
        const QString marker = CliFixture::sectionMarker(section);
        QVERIFY2(text.contains(marker), qPrintable(marker));
    }
}

void TestCliExport::export_toFilePathWritesThatFile() {
    const qint64 id = m_cli.declare(QStringLiteral("Named file"));
    const QString path = m_cli.filePath(QStringLiteral("notes for review.md"));
    const CliResult r = m_cli.run({QStringLiteral("export"), QString::number(id), QStringLiteral("-f"),
                                   QStringLiteral("md"), QStringLiteral("-o"), path});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY(CliFixture::readAll(path).contains("Named file"));

    // A file in a folder that does not exist is a runtime failure with a reason, not a crash.
    const CliResult missing = m_cli.run(
        {QStringLiteral("export"), QString::number(id), QStringLiteral("--format"), QStringLiteral("md"),
         QStringLiteral("--output"), m_cli.filePath(QStringLiteral("no/such/folder/x.md"))});
    QCOMPARE(missing.code, 1);
    QVERIFY2(CliFixture::isOneLineError(missing), missing.err.constData());
}

void TestCliExport::export_hostileTitleStaysInsideFolder_data() {
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("format");
    QTest::newRow("parent traversal") << "../../etc/passwd"
                                      << "md";
    QTest::newRow("slash") << "a/b"
                           << "json";
    QTest::newRow("backslash") << "..\\..\\win.ini"
                               << "md";
    QTest::newRow("emoji only") << "🔥💥🚒"
                                << "html";
    QTest::newRow("dots") << ".."
                          << "md";
    QTest::newRow("hidden") << ".bashrc"
                            << "md";
    QTest::newRow("emoji only pdf") << "😱"
                                    << "pdf";
}

void TestCliExport::export_hostileTitleStaysInsideFolder() {
    QFETCH(QString, title);
    QFETCH(QString, format);
    const qint64 id = m_cli.declare(title);
    QVERIFY(id > 0);
    const QString folder = m_cli.filePath(QStringLiteral("deep/out"));
    QVERIFY(QDir().mkpath(folder));
    const QStringList before = CliFixture::filesUnder(m_cli.dir());

    const CliResult r = m_cli.run({QStringLiteral("export"), QString::number(id), QStringLiteral("--format"),
                                   format, QStringLiteral("--output"), folder});
    QVERIFY2(r.code == 0, r.err.constData());
    const QStringList created = CliFixture::filesUnder(folder);
    QCOMPARE(created.size(), 1);
    const QFileInfo file(created.constFirst());
    QCOMPARE(file.canonicalPath(), QFileInfo(folder).canonicalFilePath());
    QVERIFY(!file.fileName().startsWith(QLatin1Char('.')));
    QVERIFY(file.fileName().endsWith(QLatin1Char('.') + format));
    QCOMPARE(r.outText().trimmed(), file.absoluteFilePath());
    QStringList expected = before;
    expected << file.absoluteFilePath();
    expected.sort();
    QCOMPARE(CliFixture::filesUnder(m_cli.dir()), expected);
}

void TestCliExport::import_exportImportExportIsIdentical_data() {
    QTest::addColumn<QString>("format");
    QTest::newRow("md") << "md";
    QTest::newRow("json") << "json";
}

void TestCliExport::import_exportImportExportIsIdentical() {
    QFETCH(QString, format);
    const qint64 id = m_cli.declareComplete();
    QVERIFY(id > 0);
    const QString first = m_cli.filePath(QStringLiteral("first.") + format);
    QCOMPARE(m_cli
                 .run({QStringLiteral("export"), QString::number(id), QStringLiteral("--format"), format,
                       QStringLiteral("--output"), first})
                 .code,
             0);

    // Into a second database, so the names are free and the exports can match byte for byte.
    const QString other = m_cli.filePath(QStringLiteral("other.sqlite"));
    const CliResult imported = m_cli.run({QStringLiteral("import"), first}, {}, other);
    QVERIFY2(imported.code == 0, imported.err.constData());
    const QStringList lines = imported.outText().trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines[0].startsWith(QLatin1String("id: ")));
    QCOMPARE(lines[2], QStringLiteral("document: incident_2026_11_24_checkout_db_down"));

    const QString second = m_cli.filePath(QStringLiteral("second.") + format);
    const CliResult exported =
        m_cli.run({QStringLiteral("export"), lines[0].mid(4), QStringLiteral("--format"), format,
                   QStringLiteral("--output"), second},
                  {}, other);
    QVERIFY2(exported.code == 0, exported.err.constData());
    QCOMPARE(CliFixture::readAll(second), CliFixture::readAll(first));

    const auto original = m_cli.stored(id);
    const auto copy = m_cli.stored(lines[0].mid(4).toLongLong(), other);
    QVERIFY(original && copy);
    for (int f = 0; f < FieldCount; ++f)
        QCOMPARE(copy->value(static_cast<Field>(f)), original->value(static_cast<Field>(f)));
}

void TestCliExport::import_rejectsFileThatIsNotAPostMortem_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("plain text") << "notes.md" << QByteArray("Just some notes.\nNothing else.\n");
    QTest::newRow("foreign json") << "package.json"
                                  << QByteArray(R"({"name": "left-pad", "version": "1.0.0"})");
    QTest::newRow("json array") << "list.json" << QByteArray("[1, 2, 3]");
    QTest::newRow("broken json") << "cut.json" << QByteArray(R"({"title": "Checkout)");
    QTest::newRow("empty") << "empty.md" << QByteArray();
    QTest::newRow("binary") << "image.png" << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    QTest::newRow("missing file") << "" << QByteArray();
}

void TestCliExport::import_rejectsFileThatIsNotAPostMortem() {
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    const QString path = m_cli.filePath(name.isEmpty() ? QStringLiteral("does-not-exist.md") : name);
    if (!name.isEmpty())
        QVERIFY(CliFixture::writeFile(path, content));
    const CliResult r = m_cli.run({QStringLiteral("import"), path});
    QCOMPARE(r.code, 1);
    QVERIFY2(CliFixture::isOneLineError(r), r.err.constData());
    QVERIFY(r.out.isEmpty());
    QVERIFY(m_cli.run({QStringLiteral("list")}).out.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cliexport.moc"
