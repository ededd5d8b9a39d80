#include "../fixtures/postmortemsample.h"
#include "documentrenderer.h"

#include <QFile>
#include <QFontInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

using namespace hs;

namespace {

Incident sample() {
    Incident incident;
    incident.setValue(Field::Title, QStringLiteral("Checkout DB down"));
    incident.setValue(Field::Date, QStringLiteral("2026-11-24"));
    incident.setValue(Field::Status, QStringLiteral("resolved"));
    incident.slug = QStringLiteral("checkout-db-down");
    incident.channel = incident.derivedChannelName();
    incident.setValue(Field::Link, QStringLiteral("https://chat.example.com/archives/C123"));
    incident.setText(Section::Cause, QStringLiteral("The primary ran out of disk.\n\nWAL files piled up."));
    incident.setText(Section::Impact, QStringLiteral("Checkout failed for 42 minutes."));
    incident.setText(Section::Resolution, QStringLiteral("Freed disk space and restarted the replica."));
    incident.setText(Section::Extract, QStringLiteral("10:02 alice: checkout is down\n10:03 bob: looking"));
    incident.setText(Section::Prevention, QStringLiteral("Alert on disk usage above 80%."));
    return incident;
}

// Runs a poppler tool on a file and returns its standard output.
QString poppler(const QString &tool, const QStringList &arguments) {
    const QString program = QStandardPaths::findExecutable(tool);
    if (program.isEmpty())
        return QStringLiteral("<%1 is missing: install poppler-utils>").arg(tool);
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(120000) || process.exitCode() != 0)
        return QStringLiteral("<%1 failed: %2>")
            .arg(tool, QString::fromLocal8Bit(process.readAllStandardError()));
    return QString::fromUtf8(process.readAllStandardOutput());
}

// NFKC: the PDF uses ligatures, which pdftotext reads back as "ﬁ".
QString pdfText(const QString &pdf) {
    return poppler(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")})
        .normalized(QString::NormalizationForm_KC);
}

} // namespace

class TestDocumentRenderer final : public QObject {
    Q_OBJECT
private slots:
    void cleanup() { QLocale::setDefault(QLocale::c()); }
    void formatKeys_data();
    void formatKeys();
    void markdown_followsTheLayout();
    void markdown_emptySectionGetsPlaceholder();
    void markdown_extractFenceIsLongerThanItsBackticks();
    void markdown_escapesLinesThatLookLikeSectionHeadings();
    void markdown_closesAFenceLeftOpen();
    void html_containsEverySection();
    void textDocument_codeBlocksWrapInMonospace();
    void json_hasEveryField();
    void export_pdf_containsEverySection();
    void export_pdf_listsBothBucketsAndReviews();
    void html_trackerLinksAreLinks();
    void json_hasActionsAndReviews();
    void export_pdf_longExtractLinesWrap();
    void export_pdf_pageSizeFollowsLocale_data();
    void export_pdf_pageSizeFollowsLocale();
    void export_writesEachFormat_data();
    void export_writesEachFormat();
    void export_missingFolder_failsWithReason();
    void export_ontoAFolder_failsWithReason();
};

void TestDocumentRenderer::formatKeys_data() {
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("format");
    QTest::newRow("md") << QStringLiteral("md") << int(renderer::Format::Markdown);
    QTest::newRow("markdown") << QStringLiteral("Markdown") << int(renderer::Format::Markdown);
    QTest::newRow("html") << QStringLiteral("html") << int(renderer::Format::Html);
    QTest::newRow("pdf") << QStringLiteral("PDF") << int(renderer::Format::Pdf);
    QTest::newRow("json") << QStringLiteral("json") << int(renderer::Format::Json);
    QTest::newRow("unknown") << QStringLiteral("docx") << -1;
}

void TestDocumentRenderer::formatKeys() {
    QFETCH(QString, key);
    QFETCH(int, format);
    const auto parsed = renderer::formatFromKey(key);
    QCOMPARE(parsed ? int(*parsed) : -1, format);
    if (parsed)
        QCOMPARE(renderer::formatFromKey(renderer::extension(*parsed)), parsed);
}

void TestDocumentRenderer::markdown_followsTheLayout() {
    const Incident incident = sample();
    const QString md = renderer::toMarkdown(incident);
    const QStringList lines = md.split(QLatin1Char('\n'));
    QCOMPARE(lines.value(0), QStringLiteral("# Checkout DB down"));
    QVERIFY(md.contains(QStringLiteral("\n- **Date:** 2026-11-24\n")));
    QVERIFY(md.contains(QStringLiteral("\n- **Status:** resolved\n")));
    QVERIFY(md.contains(QStringLiteral("\n- **Channel:** `#incident-2026-11-24-checkout-db-down`\n")));
    QVERIFY(md.contains(QStringLiteral("\n- **Channel link:** <https://chat.example.com/archives/C123>\n")));
    QVERIFY(md.contains(QStringLiteral("\n- **Document:** `incident_2026_11_24_checkout_db_down`\n")));
    qsizetype previous = 0;
    for (int i = 0; i < SectionCount; ++i) {
        const auto section = static_cast<Section>(i);
        const QString heading = QStringLiteral("\n## ") + sectionLabel(section) + QStringLiteral("\n\n");
        const qsizetype at = md.indexOf(heading);
        QVERIFY2(at > previous, qPrintable(sectionKey(section)));
        QVERIFY2(md.indexOf(incident.text(section), at) == at + heading.size() || section == Section::Extract,
                 qPrintable(sectionKey(section)));
        previous = at;
    }
    QVERIFY(md.contains(QStringLiteral("```\n10:02 alice: checkout is down\n10:03 bob: looking\n```\n")));
    QVERIFY(md.endsWith(QStringLiteral("above 80%.\n")));
}

void TestDocumentRenderer::markdown_emptySectionGetsPlaceholder() {
    Incident incident = sample();
    incident.setText(Section::Impact, QStringLiteral("  \n\n "));
    incident.setText(Section::Extract, QString());
    const QString md = renderer::toMarkdown(incident);
    QVERIFY(md.contains(QStringLiteral("## Impact on clients\n\n*Not written yet.*\n\n## How")));
    QVERIFY(md.contains(QStringLiteral("## Channel extract\n\n*Not written yet.*\n\n## What")));
    QVERIFY(!md.contains(QStringLiteral("```")));
}

void TestDocumentRenderer::markdown_extractFenceIsLongerThanItsBackticks() {
    Incident incident = sample();
    incident.setText(Section::Extract, QStringLiteral("bob: run `df -h`\n````\ncode\n````\nalice: ok"));
    const QString md = renderer::toMarkdown(incident);
    QVERIFY2(md.contains(QStringLiteral("\n`````\nbob: run `df -h`\n````\ncode\n````\nalice: ok\n`````\n")),
             qPrintable(md));
}

void TestDocumentRenderer::markdown_escapesLinesThatLookLikeSectionHeadings() {
    Incident incident = sample();
    incident.setText(Section::Cause, QStringLiteral("First\n## Impact on clients\n\\## cause\n### Details"));
    const QString md = renderer::toMarkdown(incident);
    QVERIFY2(md.contains(QStringLiteral("First\n\\## Impact on clients\n\\\\## cause\n### Details\n")),
             qPrintable(md));
    QCOMPARE(md.count(QStringLiteral("\n## Impact on clients\n")), 1);
}

void TestDocumentRenderer::markdown_closesAFenceLeftOpen() {
    Incident incident = sample();
    incident.setText(Section::Cause, QStringLiteral("See:\n~~~~\nkubectl get pods"));
    const QString md = renderer::toMarkdown(incident);
    QVERIFY2(md.contains(QStringLiteral("See:\n~~~~\nkubectl get pods\n~~~~\n\n## Impact")), qPrintable(md));
    // Qt's Markdown reader agrees: the following heading is still a heading.
    QTextDocument doc;
    doc.setMarkdown(md);
    bool impactIsHeading = false;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next())
        if (b.text() == sectionLabel(Section::Impact))
            impactIsHeading = b.blockFormat().headingLevel() == 2;
    QVERIFY(impactIsHeading);
}

void TestDocumentRenderer::html_containsEverySection() {
    const Incident incident = sample();
    const QString html = renderer::toHtml(incident);
    QVERIFY(html.contains(QStringLiteral("<title>Checkout DB down</title>")));
    QVERIFY(html.contains(QStringLiteral("incident_2026_11_24_checkout_db_down")));
    QVERIFY(html.contains(QStringLiteral("#incident-2026-11-24-checkout-db-down")));
    for (int i = 0; i < SectionCount; ++i) {
        const auto section = static_cast<Section>(i);
        QVERIFY2(html.contains(sectionLabel(section).toHtmlEscaped()), qPrintable(sectionKey(section)));
        const QString firstLine = incident.text(section).section(QLatin1Char('\n'), 0, 0);
        QVERIFY2(html.contains(firstLine.toHtmlEscaped()), qPrintable(firstLine));
    }
    QVERIFY(!html.contains(QStringLiteral("# Checkout")));
}

void TestDocumentRenderer::textDocument_codeBlocksWrapInMonospace() {
    const auto doc = renderer::toTextDocument(sample());
    QCOMPARE(doc->metaInformation(QTextDocument::DocumentTitle), QStringLiteral("Checkout DB down"));
    int codeBlocks = 0;
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        QVERIFY(!b.blockFormat().nonBreakableLines());
        if (!b.blockFormat().hasProperty(QTextFormat::BlockCodeFence))
            continue;
        ++codeBlocks;
        QVERIFY2(QFontInfo(b.charFormat().font()).fixedPitch(), qPrintable(b.charFormat().font().family()));
    }
    QCOMPARE(codeBlocks, 2); // the two lines of the extract
}

void TestDocumentRenderer::json_hasEveryField() {
    const Incident incident = sample();
    const QByteArray json = renderer::toJson(incident);
    QVERIFY(json.contains("\n    \"format\": \"hindsight-postmortem\"")); // indented
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    QCOMPARE(o.value(QStringLiteral("version")).toInt(), 1);
    QCOMPARE(o.value(QStringLiteral("title")).toString(), incident.title);
    QCOMPARE(o.value(QStringLiteral("date")).toString(), QStringLiteral("2026-11-24"));
    QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("resolved"));
    QCOMPARE(o.value(QStringLiteral("channel")).toString(), incident.channel);
    QCOMPARE(o.value(QStringLiteral("channelLink")).toString(), incident.channelLink);
    QCOMPARE(o.value(QStringLiteral("document")).toString(), incident.documentName());
    const QJsonObject sections = o.value(QStringLiteral("sections")).toObject();
    QCOMPARE(sections.size(), SectionCount);
    for (int i = 0; i < SectionCount; ++i) {
        const auto section = static_cast<Section>(i);
        QCOMPARE(sections.value(sectionKey(section)).toString(), incident.text(section));
    }
}

void TestDocumentRenderer::export_pdf_containsEverySection() {
    const Incident incident = sample();
    QTemporaryDir dir;
    const QString path = dir.filePath(incident.documentName() + QStringLiteral(".pdf"));
    QString error;
    QVERIFY2(renderer::exportTo(incident, renderer::Format::Pdf, path, &error), qPrintable(error));
    const QString text = pdfText(path);
    QVERIFY2(text.contains(incident.title), qPrintable(text));
    QVERIFY(text.contains(incident.documentName())); // the header
    QVERIFY(text.contains(QStringLiteral("Page 1 of 1")));
    QVERIFY(text.contains(incident.channel));
    for (int i = 0; i < SectionCount; ++i) {
        const auto section = static_cast<Section>(i);
        QVERIFY2(text.contains(sectionLabel(section)), qPrintable(sectionKey(section)));
        for (const QString &line : incident.text(section).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            QVERIFY2(text.contains(line), qPrintable(line));
    }
    const QString info = poppler(QStringLiteral("pdfinfo"), {path});
    QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Title:\\s+Checkout DB down\n"))),
             qPrintable(info));
}

void TestDocumentRenderer::export_pdf_listsBothBucketsAndReviews() {
    const PostMortem pm = testing::samplePostMortem();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("followups.pdf"));
    QString error;
    QVERIFY2(renderer::exportTo(pm, renderer::Format::Pdf, path, &error), qPrintable(error));
    const QString text = pdfText(path);
    QVERIFY2(text.contains(QStringLiteral("Actions")) && text.contains(QStringLiteral("Reviews")),
             qPrintable(text));
    const qsizetype now = text.indexOf(QStringLiteral("\nNow\n"));
    const qsizetype later = text.indexOf(QStringLiteral("\nLater\n"));
    QVERIFY2(now > 0 && later > now, qPrintable(text));
    // Emoji need a colour font that a build machine may lack: look for the text around them.
    static const QRegularExpression nonAscii(QStringLiteral("[^\\x20-\\x7E]+"));
    for (const Action &a : pm.actions) {
        const QString piece = a.title.split(nonAscii).constFirst().trimmed();
        const qsizetype at = text.indexOf(piece);
        QVERIFY2(at > 0, qPrintable(a.title));
        QVERIFY2(a.bucket == Bucket::Now ? at < later : at > later, qPrintable(a.title)); // under its bucket
        for (const QString &rest : a.title.split(nonAscii, Qt::SkipEmptyParts))
            QVERIFY2(text.indexOf(rest.trimmed(), at) >= at, qPrintable(rest));
    }
    QVERIFY(text.contains(QStringLiteral("2026-12-01 10:00")));
    QVERIFY(text.contains(QStringLiteral("2026-12-24 10:00")));
    // The tracker links are links in the PDF, not only text.
    const QString urls = poppler(QStringLiteral("pdfinfo"), {QStringLiteral("-url"), path});
    for (const Action &a : pm.actions)
        if (!a.link.isEmpty())
            QVERIFY2(urls.contains(a.link), qPrintable(urls));
}

void TestDocumentRenderer::html_trackerLinksAreLinks() {
    const PostMortem pm = testing::samplePostMortem();
    const QString html = renderer::toHtml(pm);
    for (const Action &a : pm.actions) {
        QVERIFY2(html.contains(a.title.toHtmlEscaped()), qPrintable(a.title));
        if (!a.link.isEmpty())
            QVERIFY2(html.contains(QStringLiteral("<a href=\"%1\"").arg(a.link.toHtmlEscaped())),
                     qPrintable(html));
    }
    QVERIFY(html.contains(QStringLiteral(">Now<")) && html.contains(QStringLiteral(">Later<")));
}

void TestDocumentRenderer::json_hasActionsAndReviews() {
    const PostMortem pm = testing::samplePostMortem();
    const QJsonObject o = QJsonDocument::fromJson(renderer::toJson(pm)).object();
    const QJsonArray actions = o.value(QStringLiteral("actions")).toArray();
    QCOMPARE(actions.size(), pm.actions.size());
    const QJsonObject dropped = actions.at(2).toObject();
    QCOMPARE(dropped.value(QStringLiteral("title")).toString(), pm.actions.at(2).title);
    QCOMPARE(dropped.value(QStringLiteral("team")).toString(), pm.actions.at(2).team);
    QCOMPARE(dropped.value(QStringLiteral("bucket")).toString(), QStringLiteral("now"));
    QCOMPARE(dropped.value(QStringLiteral("status")).toString(), QStringLiteral("dropped"));
    QCOMPARE(dropped.value(QStringLiteral("dropReason")).toString(), pm.actions.at(2).dropReason);
    QCOMPARE(dropped.value(QStringLiteral("due")).toString(), QStringLiteral("2026-11-30"));
    const QJsonObject first = actions.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("owner")).toString(), pm.actions.at(0).owner);
    QCOMPARE(first.value(QStringLiteral("link")).toString(), pm.actions.at(0).link);
    QCOMPARE(first.value(QStringLiteral("notes")).toString(), pm.actions.at(0).notes);
    QCOMPARE(actions.at(3).toObject().value(QStringLiteral("bucket")).toString(), QStringLiteral("later"));
    const QJsonArray reviews = o.value(QStringLiteral("reviews")).toArray();
    QCOMPARE(reviews.size(), 2);
    const QJsonObject month = reviews.at(1).toObject();
    QCOMPARE(month.value(QStringLiteral("kind")).toString(), QStringLiteral("month"));
    QCOMPARE(month.value(QStringLiteral("at")).toString(), QStringLiteral("2026-12-24T10:00:00+01:00"));
    QCOMPARE(month.value(QStringLiteral("timeZone")).toString(), QStringLiteral("Europe/Berlin"));
    QCOMPARE(month.value(QStringLiteral("done")).toBool(), true);
    QCOMPARE(month.value(QStringLiteral("notes")).toString(), pm.reviews.at(1).notes);
    // The Incident-only overload has neither array.
    QVERIFY(
        !QJsonDocument::fromJson(renderer::toJson(pm.incident)).object().contains(QStringLiteral("actions")));
}

void TestDocumentRenderer::export_pdf_longExtractLinesWrap() {
    Incident incident = sample();
    QStringList lines;
    const QString words = QStringLiteral("lorem ipsum dolor sit amet ").repeated(11); // 297 characters
    for (int i = 0; i < 5000; ++i)
        lines << QStringLiteral("%1 %2END%3").arg(i, 4, 10, QLatin1Char('0')).arg(words).arg(i);
    incident.setText(Section::Extract, lines.join(QLatin1Char('\n')));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("long.pdf"));
    QString error;
    QVERIFY2(renderer::writePdf(incident, path, &error, QPageSize(QPageSize::A4)), qPrintable(error));
    const QString text = pdfText(path);
    // The end of each long line is on the page, not cut off at the right edge.
    for (int i : {0, 1, 2499, 4999})
        QVERIFY2(text.contains(QStringLiteral("END%1").arg(i)), qPrintable(QString::number(i)));
    const QRegularExpressionMatch pages =
        QRegularExpression(QStringLiteral("Page (\\d+) of (\\d+)")).match(text);
    QVERIFY(pages.hasMatch());
    const int pageCount = pages.captured(2).toInt();
    QVERIFY2(pageCount > 100, qPrintable(QString::number(pageCount))); // 5,000 wrapped lines
    QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(pageCount)));
    QCOMPARE(text.count(incident.documentName()), pageCount + 1); // the header of every page, and the body
}

void TestDocumentRenderer::export_pdf_pageSizeFollowsLocale_data() {
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QSize>("points");
    QTest::newRow("United States") << QLocale(QLocale::English, QLocale::UnitedStates) << QSize(612, 792);
    QTest::newRow("Germany") << QLocale(QLocale::German, QLocale::Germany) << QSize(595, 842);
    QTest::newRow("United Kingdom") << QLocale(QLocale::English, QLocale::UnitedKingdom) << QSize(595, 842);
}

void TestDocumentRenderer::export_pdf_pageSizeFollowsLocale() {
    QFETCH(QLocale, locale);
    QFETCH(QSize, points);
    QLocale::setDefault(locale);
    QCOMPARE(renderer::defaultPageSize().sizePoints(), points);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("page.pdf"));
    QString error;
    QVERIFY2(renderer::exportTo(sample(), renderer::Format::Pdf, path, &error), qPrintable(error));
    const QString info = poppler(QStringLiteral("pdfinfo"), {path});
    const QRegularExpressionMatch size =
        QRegularExpression(QStringLiteral("Page size: +([0-9.]+) x ([0-9.]+) pts")).match(info);
    QVERIFY2(size.hasMatch(), qPrintable(info));
    QCOMPARE(QSize(qRound(size.captured(1).toDouble()), qRound(size.captured(2).toDouble())), points);
}

void TestDocumentRenderer::export_writesEachFormat_data() {
    QTest::addColumn<int>("format");
    QTest::addColumn<QByteArray>("start");
    QTest::newRow("md") << int(renderer::Format::Markdown) << QByteArray("# Checkout DB down\n");
    QTest::newRow("html") << int(renderer::Format::Html) << QByteArray("<!DOCTYPE HTML");
    QTest::newRow("json") << int(renderer::Format::Json) << QByteArray("{\n");
    QTest::newRow("pdf") << int(renderer::Format::Pdf) << QByteArray("%PDF-");
}

void TestDocumentRenderer::export_writesEachFormat() {
    QFETCH(int, format);
    QFETCH(QByteArray, start);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("doc.out"));
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write(QByteArray(100000, 'x')); // replaced whole, not overwritten in place
    old.close();
    QString error;
    QVERIFY2(renderer::exportTo(sample(), renderer::Format(format), path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY2(bytes.startsWith(start), bytes.left(40).constData());
    QVERIFY(!bytes.contains("xxxxxxxx"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1); // no temporary file left behind
}

void TestDocumentRenderer::export_missingFolder_failsWithReason() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing/doc.md"));
    QString error;
    QVERIFY(!renderer::exportTo(sample(), renderer::Format::Markdown, path, &error));
    QVERIFY2(error.contains(QStringLiteral("does not exist")) &&
                 error.contains(dir.filePath(QStringLiteral("missing"))),
             qPrintable(error));
    QVERIFY(!QFile::exists(path));
}

void TestDocumentRenderer::export_ontoAFolder_failsWithReason() {
    QTemporaryDir dir;
    QString error;
    QVERIFY(!renderer::exportTo(sample(), renderer::Format::Pdf, dir.path(), &error));
    QVERIFY2(error.contains(QStringLiteral("is a folder")), qPrintable(error));
}

QTEST_MAIN(TestDocumentRenderer)
#include "tst_documentrenderer.moc"
