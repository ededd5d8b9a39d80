#include "../fixtures/postmortemsample.h"
#include "wikitextrenderer.h"

#include <QRegularExpression>
#include <QTest>

using namespace hs;

// WikitextRenderer: what the user typed shows as typed on the wiki (no markup gets through), and the
// document's structure becomes wiki structure. The real MediaWiki's reading of the same text is checked
// in tst_mediawikitarget.
class TestWikitextRenderer final : public QObject {
    Q_OBJECT
private slots:
    void escapeInline_leavesNoMarkup_data();
    void escapeInline_leavesNoMarkup();
    void escapePre_cannotCloseOrExpand_data();
    void escapePre_cannotCloseOrExpand();
    void externalLink_onlyForWebAndMail_data();
    void externalLink_onlyForWebAndMail();
    void toWikitext_hasEverySectionInOrder();
    void toWikitext_actionsAreOneTableRowEach();
    void toWikitext_sectionListsHeadingsAndCodeBecomeWikiStructure();
    void toWikitext_hostileExtractStaysInsideOnePre();
    void toWikitext_categoryAndPdfLink();
    void toWikitext_unsafeCategoryOrFileNameIsLeftOut();
    void toWikitext_emptyPartsHavePlaceholders();
};

void TestWikitextRenderer::escapeInline_leavesNoMarkup_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addRow("plain") << QStringLiteral("Disk full on db-1") << QStringLiteral("Disk full on db-1");
    QTest::addRow("template") << QStringLiteral("{{delete}}")
                              << QStringLiteral("&#123;&#123;delete&#125;&#125;");
    QTest::addRow("internal link") << QStringLiteral("[[Main Page]]")
                                   << QStringLiteral("&#91;&#91;Main Page&#93;&#93;");
    QTest::addRow("bold italic") << QStringLiteral("'''x''' ''y''")
                                 << QStringLiteral("&#39;&#39;&#39;x&#39;&#39;&#39; &#39;&#39;y&#39;&#39;");
    QTest::addRow("signature") << QStringLiteral("~~~~") << QStringLiteral("&#126;&#126;&#126;&#126;");
    QTest::addRow("tags") << QStringLiteral("<script>a&b</script>")
                          << QStringLiteral("&lt;script&gt;a&amp;b&lt;/script&gt;");
    QTest::addRow("nowiki close") << QStringLiteral("</nowiki>") << QStringLiteral("&lt;/nowiki&gt;");
    QTest::addRow("entity stays literal") << QStringLiteral("&lt;") << QStringLiteral("&amp;lt;");
    QTest::addRow("table pipe") << QStringLiteral("a || b") << QStringLiteral("a &#124;&#124; b");
    QTest::addRow("magic word") << QStringLiteral("__NOTOC__") << QStringLiteral("&#95;_NOTOC&#95;_");
    QTest::addRow("list at start") << QStringLiteral("* not a list") << QStringLiteral("&#42; not a list");
    QTest::addRow("numbered at start") << QStringLiteral("# no") << QStringLiteral("&#35; no");
    QTest::addRow("heading") << QStringLiteral("== H ==") << QStringLiteral("&#61;= H ==");
    QTest::addRow("rule") << QStringLiteral("----") << QStringLiteral("&#45;---");
    QTest::addRow("definition") << QStringLiteral(";a:b") << QStringLiteral("&#59;a:b");
    QTest::addRow("leading space") << QStringLiteral(" pre") << QStringLiteral("&#32;pre");
    QTest::addRow("table start") << QStringLiteral("{| x") << QStringLiteral("&#123;&#124; x");
    QTest::addRow("inner marks are text")
        << QStringLiteral("a * b # c = d") << QStringLiteral("a * b # c = d");
    QTest::addRow("bare url stays a link")
        << QStringLiteral("see https://x.test/a?b=1&c=2.") << QStringLiteral("see https://x.test/a?b=1&c=2.");
    QTest::addRow("quote in url is encoded")
        << QStringLiteral("https://x.test/it's~{x}") << QStringLiteral("https://x.test/it%27s%7E%7Bx%7D");
    QTest::addRow("markdown link") << QStringLiteral("the [runbook](https://wiki.test/rb) says")
                                   << QStringLiteral("the [https://wiki.test/rb runbook] says");
    QTest::addRow("markdown link with markup label")
        << QStringLiteral("[a{{b}}|c](https://x.test/)")
        << QStringLiteral("[https://x.test/ a&#123;&#123;b&#125;&#125;&#124;c]");
    QTest::addRow("javascript link is text")
        << QStringLiteral("[x](javascript:alert(1))") << QStringLiteral("&#91;x&#93;(javascript:alert(1))");
}

void TestWikitextRenderer::escapeInline_leavesNoMarkup() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(wikitext::escapeInline(text), expected);
}

void TestWikitextRenderer::escapePre_cannotCloseOrExpand_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addRow("close pre") << QStringLiteral("a</pre>b") << QStringLiteral("a&lt;/pre&gt;b");
    QTest::addRow("close pre upper case") << QStringLiteral("</PRE >") << QStringLiteral("&lt;/PRE &gt;");
    QTest::addRow("entity stays literal")
        << QStringLiteral("&amp; &#91;") << QStringLiteral("&amp;amp; &amp;#91;");
    QTest::addRow("signature") << QStringLiteral("bob: ~~~~")
                               << QStringLiteral("bob: &#126;&#126;&#126;&#126;");
    QTest::addRow("subst") << QStringLiteral("{{subst:x}}")
                           << QStringLiteral("&#123;&#123;subst:x&#125;&#125;");
    QTest::addRow("links and quotes stay")
        << QStringLiteral("[[x]] ''y'' * z | w") << QStringLiteral("[[x]] ''y'' * z | w");
    QTest::addRow("crlf") << QStringLiteral("a\r\nb") << QStringLiteral("a\nb");
}

void TestWikitextRenderer::escapePre_cannotCloseOrExpand() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(wikitext::escapePre(text), expected);
}

void TestWikitextRenderer::externalLink_onlyForWebAndMail_data() {
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("expected");
    QTest::addRow("https") << QStringLiteral("https://jira.test/browse/OPS-1") << QStringLiteral("OPS-1")
                           << QStringLiteral("[https://jira.test/browse/OPS-1 OPS-1]");
    QTest::addRow("space and bracket encoded")
        << QStringLiteral("https://x.test/a b]c") << QStringLiteral("l")
        << QStringLiteral("[https://x.test/a%20b%5Dc l]");
    QTest::addRow("label closes link") << QStringLiteral("https://x.test/") << QStringLiteral("a] [[b")
                                       << QStringLiteral("[https://x.test/ a&#93; &#91;&#91;b]");
    QTest::addRow("mailto") << QStringLiteral("mailto:ops@x.test") << QStringLiteral("ops")
                            << QStringLiteral("[mailto:ops@x.test ops]");
    QTest::addRow("javascript") << QStringLiteral("javascript:alert(1)") << QStringLiteral("x")
                                << QStringLiteral("x");
    QTest::addRow("relative") << QStringLiteral("/wiki/x") << QStringLiteral("x") << QStringLiteral("x");
    QTest::addRow("empty label") << QStringLiteral("https://x.test/") << QString()
                                 << QStringLiteral("[https://x.test/ https://x.test/]");
}

void TestWikitextRenderer::externalLink_onlyForWebAndMail() {
    QFETCH(QString, url);
    QFETCH(QString, label);
    QFETCH(QString, expected);
    QCOMPARE(wikitext::externalLink(url, label), expected);
}

void TestWikitextRenderer::toWikitext_hasEverySectionInOrder() {
    const PostMortem pm = testing::samplePostMortem();
    const QString text = wikitext::toWikitext(pm);
    qsizetype last = -1;
    QStringList headings;
    for (int i = 0; i < SectionCount; ++i)
        headings << QStringLiteral("== %1 ==").arg(sectionLabel(static_cast<Section>(i)));
    headings << QStringLiteral("== Actions ==") << QStringLiteral("== Reviews ==");
    for (const QString &h : headings) {
        const qsizetype at = text.indexOf(QLatin1Char('\n') + h + QLatin1Char('\n'));
        QVERIFY2(at > last, qPrintable(h));
        last = at;
    }
    QVERIFY(text.contains(QStringLiteral("The primary ran out of disk.")));
    QVERIFY(text.contains(QStringLiteral("* '''Date:''' 2026-11-24")));
    QVERIFY(text.contains(QStringLiteral("<code>incident_2026_11_24_checkout_db_down</code>")));
    QVERIFY(text.contains(QStringLiteral("* '''Channel:''' #incident-2026-11-24-checkout-db-down")));
    QVERIFY(!text.endsWith(QLatin1Char('\n')));
    QVERIFY(!text.contains(QLatin1Char('\r')));
}

void TestWikitextRenderer::toWikitext_actionsAreOneTableRowEach() {
    const PostMortem pm = testing::samplePostMortem();
    const QString text = wikitext::toWikitext(pm);
    const qsizetype start = text.indexOf(QStringLiteral("{| class=\"wikitable sortable\""));
    const qsizetype end = text.indexOf(QStringLiteral("\n|}"), start);
    QVERIFY(start > 0 && end > start);
    const QStringList rows = text.mid(start, end - start).split(QStringLiteral("\n|-\n"));
    QCOMPARE(rows.size(), pm.actions.size() + 1);
    QCOMPARE(rows.first().section(QLatin1Char('\n'), 1),
             QStringLiteral("! Bucket !! Action !! Team !! Owner !! Due !! Status !! Tracker"));
    for (int i = 0; i < pm.actions.size(); ++i) {
        const Action &a = pm.actions.at(i);
        const QStringList cells = rows.at(i + 1).split(QLatin1Char('\n'));
        QCOMPARE(cells.size(), 7);
        for (const QString &cell : cells)
            QVERIFY2(cell.startsWith(QLatin1String("| ")), qPrintable(cell));
        QCOMPARE(cells.at(0), QLatin1String("| ") + bucketLabel(a.bucket));
        QVERIFY2(cells.at(1).contains(a.title), qPrintable(cells.at(1)));
        QCOMPARE(cells.at(2), QLatin1String("| ") + a.team);
        QCOMPARE(cells.at(3), QLatin1String("| ") + a.owner);
        QCOMPARE(cells.at(4), QLatin1String("| ") + a.due.toString(Qt::ISODate));
        QVERIFY(cells.at(5).startsWith(QLatin1String("| ") + actionStatusLabel(a.status)));
        QCOMPARE(cells.at(6),
                 a.link.isEmpty() ? QStringLiteral("| ") : QStringLiteral("| [%1 %1]").arg(a.link));
    }
    // Dropped: struck through, with the reason; notes on the title's cell, one line.
    QVERIFY(rows.at(3).contains(QStringLiteral("| <s>Bigger disks</s>")));
    QVERIFY(rows.at(3).contains(QStringLiteral(": Covered by OPS-42")));
    QVERIFY(rows.at(1).contains(
        QStringLiteral("<small>Page the on-call above 80%.<br />See the runbook.</small>")));
}

void TestWikitextRenderer::toWikitext_sectionListsHeadingsAndCodeBecomeWikiStructure() {
    PostMortem pm = testing::samplePostMortem();
    pm.incident.setText(Section::Resolution,
                        QStringLiteral("First we looked.\n\n- restarted db-1\n  - twice\n1. paged Bob\n"
                                       "### Timeline\n```\nrm -rf {{x}}\n```\n  indented text"));
    const QString text = wikitext::toWikitext(pm);
    const QString heading = QStringLiteral("== %1 ==\n\n").arg(sectionLabel(Section::Resolution));
    QVERIFY2(text.contains(
                 heading +
                 QStringLiteral("First we looked.\n\n* restarted db-1\n** twice\n"
                                "# paged Bob\n=== Timeline ===\n<pre>rm -rf &#123;&#123;x&#125;&#125;</pre>\n"
                                "indented text\n")),
             qPrintable(text));
}

void TestWikitextRenderer::toWikitext_hostileExtractStaysInsideOnePre() {
    PostMortem pm = testing::samplePostMortem();
    pm.incident.setText(
        Section::Extract,
        QStringLiteral("10:01 eve: </pre>== Owned ==\n10:02 eve: <nowiki>{{x}}</nowiki> ~~~~ &amp;\n"
                       "10:03 eve: [[Category:Spam]] </PRE>"));
    const QString text = wikitext::toWikitext(pm);
    static const QRegularExpression preTag(QStringLiteral("</?pre"),
                                           QRegularExpression::CaseInsensitiveOption);
    QCOMPARE(text.count(preTag), 2);
    QVERIFY(!text.contains(QStringLiteral("\n== Owned")));
    QVERIFY(!text.contains(QStringLiteral("{{")));
    QVERIFY(!text.contains(QStringLiteral("~~~")));
    // Inside the <pre> MediaWiki shows "[[Category:Spam]]" as text; outside it only ours is left.
    const QString outside =
        text.left(text.indexOf(QLatin1String("<pre>"))) + text.mid(text.indexOf(QLatin1String("</pre>")));
    QCOMPARE(outside.count(QStringLiteral("[[Category:")), 1);
}

void TestWikitextRenderer::toWikitext_categoryAndPdfLink() {
    wikitext::WikiPageOptions options;
    options.category = QStringLiteral("Incident reviews");
    options.pdfFileName = QStringLiteral("Incident_2026_11_24_checkout_db_down.pdf");
    const QString text = wikitext::toWikitext(testing::samplePostMortem(), options);
    QVERIFY(text.endsWith(QStringLiteral("\n\n[[Category:Incident reviews]]")));
    QVERIFY(text.contains(QStringLiteral("* '''PDF:''' [[Media:Incident_2026_11_24_checkout_db_down.pdf|"
                                         "Incident_2026_11_24_checkout_db_down.pdf]]")));
    QVERIFY(wikitext::toWikitext(testing::samplePostMortem())
                .endsWith(QStringLiteral("[[Category:Post-mortems]]")));
}

void TestWikitextRenderer::toWikitext_unsafeCategoryOrFileNameIsLeftOut() {
    wikitext::WikiPageOptions options;
    options.category = QStringLiteral("X]] {{evil}}");
    options.pdfFileName = QStringLiteral("a|b.pdf");
    const QString text = wikitext::toWikitext(testing::samplePostMortem(), options);
    QVERIFY(!text.contains(QStringLiteral("[[Category:")));
    QVERIFY(!text.contains(QStringLiteral("[[Media:")));
    QVERIFY(!text.contains(QStringLiteral("evil")));
}

void TestWikitextRenderer::toWikitext_emptyPartsHavePlaceholders() {
    PostMortem pm;
    pm.incident.setValue(Field::Title, QStringLiteral("Empty"));
    pm.incident.setValue(Field::Date, QStringLiteral("2026-01-02"));
    const QString text = wikitext::toWikitext(pm);
    QCOMPARE(text.count(QStringLiteral("''Not written yet.''")), SectionCount);
    QVERIFY(text.contains(QStringLiteral("== Actions ==\n\n''No actions.''")));
    QVERIFY(text.contains(QStringLiteral("== Reviews ==\n\n''No reviews.''")));
    QVERIFY(!text.contains(QStringLiteral("'''Channel:'''")));
}

QTEST_GUILESS_MAIN(TestWikitextRenderer)
#include "tst_wikitextrenderer.moc"
