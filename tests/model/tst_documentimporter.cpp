#include "documentformat.h"
#include "documentimporter.h"
#include "documentrenderer.h"
#include "naming.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace hs;

Q_DECLARE_METATYPE(hs::Incident)

namespace {

const QString kFixtures = QStringLiteral(HINDSIGHT_FIXTURES_DIR);

Incident make(const QString &title, std::array<QString, SectionCount> sections) {
    Incident incident;
    incident.setValue(Field::Title, title);
    incident.setValue(Field::Date, QStringLiteral("2026-11-24"));
    incident.slug = naming::slugify(incident.title);
    incident.channel = incident.derivedChannelName();
    incident.sections = std::move(sections);
    return incident;
}

QString readFixture(const QString &name) {
    QFile file(kFixtures + QLatin1Char('/') + name);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes) {
    const QString path = dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
    return path;
}

void compareHeader(const Incident &actual, const Incident &expected) {
    QCOMPARE(actual.title, expected.title);
    QCOMPARE(actual.date, expected.date);
    QCOMPARE(actual.status, expected.status);
    QCOMPARE(actual.channel, expected.channel);
    QCOMPARE(actual.channelLink, expected.channelLink);
    QCOMPARE(actual.slug, expected.slug);
}

} // namespace

class TestDocumentImporter final : public QObject {
    Q_OBJECT
private slots:
    void roundTrip_markdownIsByteIdentical_data();
    void roundTrip_markdownIsByteIdentical();
    void roundTrip_jsonIsByteIdentical_data() { roundTrip_markdownIsByteIdentical_data(); }
    void roundTrip_jsonIsByteIdentical();
    void fromMarkdown_handWrittenDocument();
    void fromMarkdown_crlfReadsTheSame();
    void fromMarkdown_readsMetadataAndDocumentName();
    void fromMarkdown_acceptsHeadingVariants_data();
    void fromMarkdown_acceptsHeadingVariants();
    void fromFile_picksReaderByContent();
    void fromFile_rejectsWithReason_data();
    void fromFile_rejectsWithReason();
    void fromFile_refusesFilesOver64MB();
};

void TestDocumentImporter::roundTrip_markdownIsByteIdentical_data() {
    QTest::addColumn<Incident>("incident");
    // False where Markdown must change the text to keep the document readable (a fence left open).
    QTest::addColumn<bool>("textKept");

    Incident plain =
        make(QStringLiteral("Checkout DB down"),
             {QStringLiteral("Disk full."), QStringLiteral("Checkout failed."), QStringLiteral("Freed disk."),
              QStringLiteral("10:02 alice: down"), QStringLiteral("Alert at 80%.")});
    plain.setValue(Field::Status, QStringLiteral("shared"));
    plain.setValue(Field::Link, QStringLiteral("https://chat.example.com/archives/C123?thread=1&x=%20"));
    QTest::newRow("plain") << plain << true;

    QTest::newRow("accents and emoji")
        << make(QStringLiteral("Paiement échoué à Zürich 🔥"),
                {QStringLiteral("Ça a cassé 💥 — vraiment."), QStringLiteral("Größere Ausfälle: 数据库"),
                 QStringLiteral("Réparé ✅"), QStringLiteral("10:00 zoë: 🔥🔥🔥"), QStringLiteral("Überwachung")})
        << true;

    QTest::newRow("backticks in the extract")
        << make(QStringLiteral("Backticks"), {QStringLiteral("Run `df -h`."),
                                              {},
                                              {},
                                              QStringLiteral("```\ncode\n```\n`````\nfive\n````\n``\n"),
                                              {}})
        << true;

    QTest::newRow("every section empty") << make(QStringLiteral("Nothing yet"), {}) << true;

    QTest::newRow("multi-paragraph sections")
        << make(QStringLiteral("Paragraphs"),
                {QStringLiteral("\n\nFirst paragraph,\nsame paragraph.\n\nSecond paragraph.\n\n\n- a list\n- "
                                "of things\n\n"),
                 QStringLiteral("Windows\r\nline endings\r\n\r\nhere"),
                 QStringLiteral("trailing spaces  \nkept  "),
                 QStringLiteral("\n\n    indented first line\n\n\nthree blank lines above\n"),
                 QStringLiteral("> quoted\n\n1. one\n2. two")})
        << true;

    QStringList longExtract;
    for (int i = 0; i < 10000; ++i)
        longExtract << QStringLiteral("%1 bob: line %1 with `code` and ünïcode").arg(i);
    QTest::newRow("10k-line extract")
        << make(QStringLiteral("Long channel"), {QString(), {}, {}, longExtract.join(QLatin1Char('\n')), {}})
        << true;

    QTest::newRow("lines that look like our markup")
        << make(QStringLiteral("*Tricky* `title` # 2"),
                {QStringLiteral(
                     "## Impact on clients\n\\## cause\n\\\\## PREVENTION\n### Sub\n# Not the title"),
                 QStringLiteral("*Not written yet.*"), QStringLiteral("_Not written yet._"),
                 QStringLiteral("## What could have prevented this\n*Not written yet.*"),
                 QStringLiteral("- **Date:** 1999-01-01\n\\*Not written yet.*")})
        << true;

    QTest::newRow("fence left open") << make(QStringLiteral("Open fence"),
                                             {QStringLiteral("See:\n```sh\nkubectl get pods"),
                                              QStringLiteral("~~~\nx"),
                                              {},
                                              QStringLiteral("```python\nprint('hi')\n```"),
                                              {}})
                                     << false;

    Incident custom = make(QStringLiteral("Custom channel"), {});
    custom.channel = QStringLiteral("`#ops-war-room`");
    custom.setValue(Field::Status, QStringLiteral("documented"));
    custom.slug = QStringLiteral("custom-channel-2");
    QTest::newRow("custom channel, numbered slug") << custom << true;

    Incident noChannel = make(QStringLiteral("No channel"), {QStringLiteral("x"), {}, {}, {}, {}});
    noChannel.channel.clear();
    QTest::newRow("no channel") << noChannel << true;
}

void TestDocumentImporter::roundTrip_markdownIsByteIdentical() {
    QFETCH(Incident, incident);
    QFETCH(bool, textKept);
    const QString exported = renderer::toMarkdown(incident);
    QString error;
    const auto imported = importer::fromMarkdown(exported, &error);
    QVERIFY2(imported, qPrintable(error));
    QCOMPARE(renderer::toMarkdown(*imported), exported);
    compareHeader(*imported, incident);
    for (int i = 0; textKept && i < SectionCount; ++i)
        QCOMPARE(imported->sections[i], docformat::normalizedText(incident.sections[i]));
}

void TestDocumentImporter::roundTrip_jsonIsByteIdentical() {
    QFETCH(Incident, incident);
    const QByteArray exported = renderer::toJson(incident);
    QString error;
    const auto imported = importer::fromJson(exported, &error);
    QVERIFY2(imported, qPrintable(error));
    QCOMPARE(renderer::toJson(*imported), exported);
    compareHeader(*imported, incident);
    QCOMPARE(imported->sections, incident.sections); // JSON keeps the text exactly
}

void TestDocumentImporter::fromMarkdown_handWrittenDocument() {
    QString error;
    const auto incident =
        importer::fromMarkdown(readFixture(QStringLiteral("handwritten-postmortem.md")), &error);
    QVERIFY2(incident, qPrintable(error));
    QCOMPARE(incident->title, QStringLiteral("Payments API returned 502s"));
    QCOMPARE(incident->date, QDate::currentDate()); // no metadata: declared today
    QCOMPARE(incident->status, Status::Ongoing);
    QVERIFY(incident->slug.isEmpty()); // the store derives it from the title
    QVERIFY(incident->channel.isEmpty());
    QCOMPARE(incident->text(Section::Cause),
             QStringLiteral("The load balancer's health check pointed at an endpoint the deploy removed.\n\n"
                            "### Timeline\n\n- 09:00 deploy\n- 09:05 first alerts"));
    QCOMPARE(incident->text(Section::Impact),
             QStringLiteral("About 3% of card payments failed for 20 minutes."));
    QCOMPARE(incident->text(Section::Resolution), QStringLiteral("Rolled back the deploy."));
    // A heading inside the extract's code block stays in the extract.
    QCOMPARE(incident->text(Section::Extract),
             QStringLiteral("09:05 carol: 502s everywhere\n## Impact on clients"));
    QCOMPARE(incident->text(Section::Prevention),
             QStringLiteral("Run the health check in staging before every deploy."));
}

void TestDocumentImporter::fromMarkdown_crlfReadsTheSame() {
    const QString lf = readFixture(QStringLiteral("handwritten-postmortem.md"));
    QVERIFY(!lf.isEmpty() && !lf.contains(QLatin1Char('\r')));
    QString crlf = lf;
    crlf.replace(QLatin1Char('\n'), QLatin1String("\r\n"));
    QString error;
    const auto a = importer::fromMarkdown(lf, &error);
    const auto b = importer::fromMarkdown(crlf, &error);
    QVERIFY2(a && b, qPrintable(error));
    compareHeader(*b, *a);
    QCOMPARE(b->sections, a->sections);
    QCOMPARE(renderer::toMarkdown(*b), renderer::toMarkdown(*a));
}

void TestDocumentImporter::fromMarkdown_readsMetadataAndDocumentName() {
    const QString md = QStringLiteral("\xFEFF# Pay API\n\nDate: 2026-03-01\n* Status: Documented\n"
                                      "- **Channel:** #inc-pay  \nChannel link: https://chat.example.com/x\n"
                                      "Document: `incident_2026_03_01_pay_api_2`\n\n## Cause\n\nx\n");
    QString error;
    const auto incident = importer::fromMarkdown(md, &error);
    QVERIFY2(incident, qPrintable(error));
    QCOMPARE(incident->title, QStringLiteral("Pay API"));
    QCOMPARE(incident->date, QDate(2026, 3, 1));
    QCOMPARE(incident->status, Status::Documented);
    QCOMPARE(incident->channel, QStringLiteral("#inc-pay"));
    QCOMPARE(incident->channelLink, QStringLiteral("https://chat.example.com/x"));
    QCOMPARE(incident->slug, QStringLiteral("pay-api-2"));
    QCOMPARE(incident->documentName(), QStringLiteral("incident_2026_03_01_pay_api_2"));
}

void TestDocumentImporter::fromMarkdown_acceptsHeadingVariants_data() {
    QTest::addColumn<QString>("heading");
    QTest::addColumn<int>("section");
    QTest::addColumn<bool>("german");
    QTest::newRow("English label") << QStringLiteral("## What happened (cause)") << int(Section::Cause)
                                   << false;
    QTest::newRow("lower case") << QStringLiteral("## impact on clients") << int(Section::Impact) << false;
    QTest::newRow("alias Cause") << QStringLiteral("## Cause") << int(Section::Cause) << false;
    QTest::newRow("alias Impact") << QStringLiteral("## IMPACT") << int(Section::Impact) << false;
    QTest::newRow("alias Resolution")
        << QStringLiteral("##   Resolution:") << int(Section::Resolution) << false;
    QTest::newRow("alias Extract") << QStringLiteral("## Extract") << int(Section::Extract) << false;
    QTest::newRow("alias Prevention") << QStringLiteral("## prevention") << int(Section::Prevention) << false;
    QTest::newRow("German label") << QStringLiteral("## Was ist passiert (Ursache)") << int(Section::Cause)
                                  << true;
    QTest::newRow("English under German")
        << QStringLiteral("## How it was solved") << int(Section::Resolution) << true;
}

void TestDocumentImporter::fromMarkdown_acceptsHeadingVariants() {
    QFETCH(QString, heading);
    QFETCH(int, section);
    QFETCH(bool, german);
    QTranslator translator;
    if (german) {
        QVERIFY(translator.load(QStringLiteral(":/i18n/hindsight_de.qm")));
        QCoreApplication::installTranslator(&translator);
    }
    QString error;
    const auto incident = importer::fromMarkdown(
        QStringLiteral("# T\n\n") + heading + QStringLiteral("\n\nthe body\n### not a section\n"), &error);
    QCoreApplication::removeTranslator(&translator);
    QVERIFY2(incident, qPrintable(error));
    for (int i = 0; i < SectionCount; ++i)
        QCOMPARE(incident->sections[i],
                 i == section ? QStringLiteral("the body\n### not a section") : QString());
}

void TestDocumentImporter::fromFile_picksReaderByContent() {
    QTemporaryDir dir;
    const Incident incident = make(QStringLiteral("By content"), {QStringLiteral("x"), {}, {}, {}, {}});
    QString error;
    for (const QString &name : {QStringLiteral("export.txt"), QStringLiteral("export")}) {
        const auto fromJson = importer::fromFile(writeFile(dir, name, renderer::toJson(incident)), &error);
        QVERIFY2(fromJson, qPrintable(error));
        QCOMPARE(fromJson->text(Section::Cause), QStringLiteral("x"));
        const auto fromMd =
            importer::fromFile(writeFile(dir, name, renderer::toMarkdown(incident).toUtf8()), &error);
        QVERIFY2(fromMd, qPrintable(error));
        QCOMPARE(fromMd->title, incident.title);
    }
    // A UTF-8 byte order mark is not part of the document.
    const auto bom = importer::fromFile(
        writeFile(dir, QStringLiteral("bom.json"), QByteArray("\xEF\xBB\xBF") + renderer::toJson(incident)),
        &error);
    QVERIFY2(bom, qPrintable(error));
}

void TestDocumentImporter::fromFile_rejectsWithReason_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("reason");
    const QString notPm = QStringLiteral("This file is not a post-mortem:");
    const QByteArray incomplete = "{\"format\": \"hindsight-postmortem\", \"version\": 1,";
    QJsonParseError parseError;
    QJsonDocument::fromJson(incomplete, &parseError);

    QTest::newRow("no title") << QStringLiteral("a.md") << QByteArray("Just text.\n\n## Cause\n\nx\n")
                              << QStringList{notPm, QStringLiteral("no title line")};
    QTest::newRow("empty") << QStringLiteral("a.md") << QByteArray()
                           << QStringList{notPm, QStringLiteral("no title")};
    QTest::newRow("no section heading")
        << QStringLiteral("README.md") << readFixture(QStringLiteral("not-a-postmortem.md")).toUtf8()
        << QStringList{notPm, QStringLiteral("none of its \"## \" headings")};
    QTest::newRow("other JSON") << QStringLiteral("package.json")
                                << readFixture(QStringLiteral("other-format.json")).toUtf8()
                                << QStringList{notPm, QStringLiteral("\"format\" is \"\""),
                                               QStringLiteral("hindsight-postmortem")};
    QTest::newRow("JSON array") << QStringLiteral("a.json") << QByteArray("[1, 2]")
                                << QStringList{notPm, QStringLiteral("not an object")};
    QTest::newRow("invalid JSON") << QStringLiteral("a.json") << incomplete
                                  << QStringList{notPm, QStringLiteral("not valid JSON"),
                                                 QStringLiteral("at byte %1").arg(parseError.offset)};
    QTest::newRow("newer version") << QStringLiteral("a.json")
                                   << QByteArray("{\"format\": \"hindsight-postmortem\", \"version\": 2, "
                                                 "\"title\": \"T\"}")
                                   << QStringList{QStringLiteral("newer version of Hindsight"),
                                                  QStringLiteral("version 2")};
    QTest::newRow("section not text") << QStringLiteral("a.json")
                                      << QByteArray("{\"format\": \"hindsight-postmortem\", \"version\": 1, "
                                                    "\"title\": \"T\", \"sections\": {\"cause\": 3}}")
                                      << QStringList{notPm, QStringLiteral("\"cause\" is not text")};
    QTest::newRow("binary") << QStringLiteral("a.md") << QByteArray("# T\n\x00\xFF\xFE binary", 16)
                            << QStringList{QStringLiteral("not UTF-8 text")};
    QTest::newRow("invalid link") << QStringLiteral("a.md")
                                  << QByteArray("# T\n\n- **Channel link:** <not a url>\n\n## Cause\n\nx\n")
                                  << QStringList{QStringLiteral("channel link must be a full URL")};
    QTest::newRow("invalid date") << QStringLiteral("a.md")
                                  << QByteArray("# T\n\nDate: 2026-02-30\n\n## Cause\n")
                                  << QStringList{QStringLiteral("valid date")};
    QTest::newRow("unknown status") << QStringLiteral("a.md")
                                    << QByteArray("# T\n\nStatus: closed\n\n## Cause\n")
                                    << QStringList{QStringLiteral("status must be one of")};
}

void TestDocumentImporter::fromFile_rejectsWithReason() {
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(QStringList, reason);
    QTemporaryDir dir;
    QString error;
    QVERIFY(!importer::fromFile(writeFile(dir, name, content), &error));
    for (const QString &part : reason)
        QVERIFY2(error.contains(part), qPrintable(error));
}

void TestDocumentImporter::fromFile_refusesFilesOver64MB() {
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("huge.md"),
                                   renderer::toMarkdown(make(QStringLiteral("T"), {})).toUtf8());
    QFile file(path);
    QVERIFY(file.resize(64 * 1024 * 1024 + 1)); // sparse: nothing is written
    QString error;
    QVERIFY(!importer::fromFile(path, &error));
    QVERIFY2(error.contains(QStringLiteral("too large")) && error.contains(QStringLiteral("64 MB")),
             qPrintable(error));
    QVERIFY(!importer::fromFile(dir.filePath(QStringLiteral("missing.md")), &error));
    QVERIFY2(error.contains(QStringLiteral("does not exist")), qPrintable(error));
}

QTEST_MAIN(TestDocumentImporter)
#include "tst_documentimporter.moc"
