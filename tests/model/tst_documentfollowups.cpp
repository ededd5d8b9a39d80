#include "../fixtures/postmortemsample.h"
#include "documentfollowups.h"
#include "documentformat.h"
#include "documentimporter.h"
#include "documentrenderer.h"
#include "reviewstore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTranslator>

using namespace hs;
using namespace hs::testing;

Q_DECLARE_METATYPE(hs::PostMortem)

namespace {

void compareActions(const QList<Action> &actual, const QList<Action> &expected) {
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < actual.size(); ++i) {
        const Action &a = actual.at(i);
        const Action &e = expected.at(i);
        QCOMPARE(a.title, e.title);
        QCOMPARE(a.team, e.team);
        QCOMPARE(a.owner, e.owner);
        QCOMPARE(a.bucket, e.bucket);
        QCOMPARE(a.status, e.status);
        QCOMPARE(a.dropReason, e.dropReason);
        QCOMPARE(a.due, e.due);
        QCOMPARE(a.link, e.link);
        QCOMPARE(a.notes, e.notes);
    }
}

void compareReviews(const QList<Review> &actual, const QList<Review> &expected) {
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < actual.size(); ++i) {
        const Review &a = actual.at(i);
        const Review &e = expected.at(i);
        QCOMPARE(a.kind, e.kind);
        QCOMPARE(a.at, e.at); // the same instant
        QCOMPARE(reviewZoneId(a.at), reviewZoneId(e.at));
        QCOMPARE(a.at.time(), e.at.time()); // the same wall-clock time in that zone
        QCOMPARE(a.done, e.done);
        QCOMPARE(a.notes, e.notes);
    }
}

PostMortem withFollowUps(QList<Action> actions, QList<Review> reviews) {
    PostMortem pm = samplePostMortem();
    pm.actions = std::move(actions);
    pm.reviews = std::move(reviews);
    return pm;
}

const QString kDocumentStart =
    QStringLiteral("# Outage\n\n- **Date:** 2026-11-24\n\n## Root cause\n\nDisk.\n\n");

} // namespace

class TestDocumentFollowUps final : public QObject {
    Q_OBJECT
private slots:
    void roundTrip_markdownIsByteIdentical_data();
    void roundTrip_markdownIsByteIdentical();
    void roundTrip_jsonIsByteIdentical_data() { roundTrip_markdownIsByteIdentical_data(); }
    void roundTrip_jsonIsByteIdentical();
    void markdown_followsTheLayout();
    void markdown_headingsInNotesStayNotes();
    void markdown_germanRoundTripsAndReadsEnglish();
    void readMarkdown_oldDocumentHasNoActions();
    void readMarkdown_handWrittenActionsAndReviews();
    void readMarkdown_rejectsWithReason_data();
    void readMarkdown_rejectsWithReason();
    void readJson_rejectsWithReason_data();
    void readJson_rejectsWithReason();
    void escapeInline_roundTrips_data();
    void escapeInline_roundTrips();
};

void TestDocumentFollowUps::roundTrip_markdownIsByteIdentical_data() {
    QTest::addColumn<PostMortem>("postMortem");
    QTest::newRow("both buckets, every status, links, notes, reviews") << samplePostMortem();
    QTest::newRow("no actions, no reviews") << withFollowUps({}, {});
    QTest::newRow("only later, emoji everywhere")
        << withFollowUps({action(Bucket::Later, QStringLiteral("🔥 Put out 🧯 fires"),
                                 QStringLiteral("Ops 🛠"), ActionStatus::Open, QStringLiteral("2027-02-28"),
                                 {}, QStringLiteral("🙂 notes"), QStringLiteral("Zoë"))},
                         {review(ReviewKind::Week, berlin(2027, 3, 1, 9))});
    QTest::newRow("Markdown punctuation, dashes and commas in every field") << withFollowUps(
        {action(Bucket::Now,
                QStringLiteral("Fix `df` *now* [a] <b> _c_ ~d~ & &amp; \\ back — dash, comma: x"),
                QStringLiteral("SRE, EU — west"), ActionStatus::Dropped, QStringLiteral("2026-12-01"),
                QStringLiteral("https://tracker.example.com/a,b?q=1&r=2"), {}, QStringLiteral("Bob_O'Neil"),
                QStringLiteral("Won't do, see #12 — dup")),
         action(Bucket::Now, QStringLiteral("~~"), QStringLiteral("team: x"), ActionStatus::Open,
                QStringLiteral("2026-12-02"))},
        {});
    QTest::newRow("notes with headings, fences and indents") << withFollowUps(
        {action(Bucket::Now, QStringLiteral("Write the runbook"), QStringLiteral("SRE"), ActionStatus::Open,
                QStringLiteral("2026-12-01"), {},
                QStringLiteral(
                    "## Impact on clients\n## Reviews\n```\ncode\n```\n    indented\n- list\n\n\nend")),
         action(Bucket::Now, QStringLiteral("Next"), QStringLiteral("SRE"), ActionStatus::Done,
                QStringLiteral("2026-12-02"))},
        {review(ReviewKind::Week, berlin(2026, 12, 1, 10), false,
                QStringLiteral("first\n\n  second — x\n## Actions"))});
    QTest::newRow("UTC review with seconds, no team, no due, reason kept on a reopened action")
        << withFollowUps({action(Bucket::Later, QStringLiteral("Reopened"), {}, ActionStatus::Open, {}, {},
                                 {}, {}, QStringLiteral("Was a duplicate"))},
                         {review(ReviewKind::Month,
                                 QDateTime(QDate(2026, 12, 1), QTime(9, 30, 15), QTimeZone::utc()), true)});
    QTest::newRow("review across the DST change")
        << withFollowUps({}, {review(ReviewKind::Week, berlin(2026, 3, 30, 10)),
                              review(ReviewKind::Month, berlin(2026, 10, 26, 10))});
}

void TestDocumentFollowUps::roundTrip_markdownIsByteIdentical() {
    QFETCH(PostMortem, postMortem);
    const QString first = renderer::toMarkdown(postMortem);
    QString error;
    const auto read = importer::readMarkdown(first, &error);
    QVERIFY2(read, qPrintable(error));
    compareActions(read->actions, postMortem.actions);
    compareReviews(read->reviews, postMortem.reviews);
    QCOMPARE(read->incident.text(Section::Prevention), postMortem.incident.text(Section::Prevention));
    QCOMPARE(renderer::toMarkdown(*read), first);
}

void TestDocumentFollowUps::roundTrip_jsonIsByteIdentical() {
    QFETCH(PostMortem, postMortem);
    const QByteArray first = renderer::toJson(postMortem);
    QString error;
    const auto read = importer::readJson(first, &error);
    QVERIFY2(read, qPrintable(error));
    compareActions(read->actions, postMortem.actions);
    compareReviews(read->reviews, postMortem.reviews);
    QCOMPARE(renderer::toJson(*read), first);
}

void TestDocumentFollowUps::markdown_followsTheLayout() {
    const QString md = renderer::toMarkdown(samplePostMortem());
    const QString expected = QStringLiteral(
        "\n## What could have prevented this\n\nAlert on disk usage above 80%.\n"
        "\n## Actions\n"
        "\n### Now\n\n"
        "- [ ] Alert on disk usage — team: SRE, owner: Alice, due: 2026-12-01, status: open, "
        "link: <https://jira.example.com/browse/OPS-42>\n"
        "\n  Page the on-call above 80%.\n\n  See the runbook.\n\n"
        "- [x] Rotate WAL files — team: DBA, due: 2026-11-27, status: done\n"
        "- [ ] ~~Bigger disks~~ — team: Infra, due: 2026-11-30, status: dropped, reason: Covered by OPS-42\n"
        "\n### Later\n\n"
        "- [ ] Capacity review 📈 of every DB — team: Platform, due: 2026-12-24, status: open, "
        "link: <https://github.com/acme/db/issues/7?labels=a,b#note>\n"
        "\n## Reviews\n\n"
        "- +1 week: 2026-12-01 10:00 (Europe/Berlin) — open\n"
        "- +1 month: 2026-12-24 10:00 (Europe/Berlin) — done — Alerts are live.\n"
        "  Capacity review still open.\n");
    QVERIFY2(md.endsWith(expected), qPrintable(md));

    const QString empty = renderer::toMarkdown(withFollowUps({}, {}));
    QVERIFY2(
        empty.endsWith(QStringLiteral("## Actions\n\n### Now\n\n*No actions.*\n\n### Later\n\n*No actions.*\n"
                                      "\n## Reviews\n\n*No reviews planned.*\n")),
        qPrintable(empty));
    // The Incident-only overload keeps the layout from before actions existed.
    QVERIFY(!renderer::toMarkdown(samplePostMortem().incident).contains(QStringLiteral("## Actions")));
}

void TestDocumentFollowUps::markdown_headingsInNotesStayNotes() {
    PostMortem pm = samplePostMortem();
    pm.incident.setText(Section::Prevention, QStringLiteral("Alerts.\n## Actions\n## Reviews"));
    pm.actions.first().notes = QStringLiteral("## Impact on clients");
    const QString md = renderer::toMarkdown(pm);
    QVERIFY2(md.contains(QStringLiteral("Alerts.\n\\## Actions\n\\## Reviews\n")), qPrintable(md));
    QCOMPARE(md.count(QStringLiteral("\n## Actions\n")), 1);
    QString error;
    const auto read = importer::readMarkdown(md, &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->incident.text(Section::Prevention), pm.incident.text(Section::Prevention));
    QCOMPARE(read->incident.text(Section::Impact), pm.incident.text(Section::Impact));
    QCOMPARE(read->actions.first().notes, QStringLiteral("## Impact on clients"));
    QCOMPARE(read->actions.size(), pm.actions.size());
}

void TestDocumentFollowUps::markdown_germanRoundTripsAndReadsEnglish() {
    const PostMortem pm = samplePostMortem();
    const QString english = renderer::toMarkdown(pm);
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/hindsight_de.qm")));
    QCoreApplication::installTranslator(&translator);
    const QString german = renderer::toMarkdown(pm);
    QString error;
    const auto fromGerman = importer::readMarkdown(german, &error);
    const auto fromEnglish = importer::readMarkdown(english, &error);
    const QString again = fromGerman ? renderer::toMarkdown(*fromGerman) : QString();
    QCoreApplication::removeTranslator(&translator);
    QVERIFY2(german.contains(QStringLiteral("\n## Maßnahmen\n")) &&
                 german.contains(QStringLiteral("\n### Später\n")) &&
                 german.contains(QStringLiteral("- +1 Woche: 2026-12-01 10:00")),
             qPrintable(german));
    QVERIFY2(fromGerman && fromEnglish, qPrintable(error));
    compareActions(fromGerman->actions, pm.actions);
    compareReviews(fromGerman->reviews, pm.reviews);
    compareActions(fromEnglish->actions, pm.actions);
    compareReviews(fromEnglish->reviews, pm.reviews);
    QCOMPARE(again, german);
}

void TestDocumentFollowUps::readMarkdown_oldDocumentHasNoActions() {
    QFile file(QStringLiteral(HINDSIGHT_FIXTURES_DIR "/handwritten-postmortem.md"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString error;
    const auto read = importer::readMarkdown(QString::fromUtf8(file.readAll()), &error);
    QVERIFY2(read, qPrintable(error));
    QVERIFY(!read->incident.title.isEmpty());
    QVERIFY(read->actions.isEmpty());
    QVERIFY(read->reviews.isEmpty());
    // Written again, it gains the two empty lists and then reads back the same.
    const QString md = renderer::toMarkdown(*read);
    QVERIFY(md.contains(QStringLiteral("*No actions.*")));
    QCOMPARE(renderer::toMarkdown(*importer::readMarkdown(md, &error)), md);
}

void TestDocumentFollowUps::readMarkdown_handWrittenActionsAndReviews() {
    QFile file(QStringLiteral(HINDSIGHT_FIXTURES_DIR "/handwritten-followups.md"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString error;
    const auto read = importer::readMarkdown(QString::fromUtf8(file.readAll()), &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->incident.text(Section::Prevention), QStringLiteral("Alert earlier."));
    QList<Action> expected = {
        action(Bucket::Now, QStringLiteral("Add a disk alert"), {}, ActionStatus::Open, {}),
        action(Bucket::Now, QStringLiteral("Clean up WAL — today"), QStringLiteral("DBA"), ActionStatus::Done,
               QStringLiteral("2026-11-25")),
        action(Bucket::Later, QStringLiteral("Move to bigger disks"), QStringLiteral("Infra"),
               ActionStatus::Dropped, {}, {}, QStringLiteral("Too expensive for now.\nRevisit in Q3."), {},
               QStringLiteral("Budget")),
        action(Bucket::Later, QStringLiteral("Capacity plan"), QStringLiteral("Platform"), ActionStatus::Open,
               QStringLiteral("2027-01-15"), QStringLiteral("https://jira.example.com/browse/CAP-1"), {},
               QStringLiteral("Dana")),
    };
    compareActions(read->actions, expected);
    compareReviews(read->reviews,
                   {review(ReviewKind::Week, berlin(2026, 12, 1, 10)),
                    review(ReviewKind::Month, QDateTime(QDate(2026, 12, 24), QTime(14, 30), QTimeZone::utc()),
                           true, QStringLiteral("All good"))});
}

void TestDocumentFollowUps::readMarkdown_rejectsWithReason_data() {
    QTest::addColumn<QString>("tail");
    QTest::addColumn<QString>("reason");
    QTest::newRow("due date") << QStringLiteral("## Actions\n\n- [ ] Fix — due: 2026-13-01\n")
                              << QStringLiteral("The action “Fix” cannot be read: The due date");
    QTest::newRow("unknown field") << QStringLiteral("## Actions\n\n- [ ] Fix — team: SRE, colour: red\n")
                                   << QStringLiteral("“colour: red” is not one of its fields");
    QTest::newRow("status") << QStringLiteral("## Actions\n\n- [ ] Fix — status: maybe\n")
                            << QStringLiteral("its status “maybe” is not open, done or dropped");
    QTest::newRow("dropped without reason")
        << QStringLiteral("## Actions\n\n- ~~Fix~~\n") << QStringLiteral("dropped without a reason");
    QTest::newRow("link") << QStringLiteral("## Actions\n\n- [ ] Fix — link: <jira/OPS-1>\n")
                          << QStringLiteral("The link must be a full URL");
    QTest::newRow("empty title") << QStringLiteral("## Actions\n\n- [ ] \n")
                                 << QStringLiteral("has no title");
    QTest::newRow("review kind") << QStringLiteral("## Reviews\n\n- +2 weeks: 2026-12-01 10:00\n")
                                 << QStringLiteral("does not start with “+1 week:”");
    QTest::newRow("review date") << QStringLiteral("## Reviews\n\n- +1 week: next Tuesday\n")
                                 << QStringLiteral("its date is not written YYYY-MM-DD HH:MM");
    QTest::newRow("review state") << QStringLiteral("## Reviews\n\n- +1 week: 2026-12-01 10:00 — later\n")
                                  << QStringLiteral("neither open nor done");
}

void TestDocumentFollowUps::readMarkdown_rejectsWithReason() {
    QFETCH(QString, tail);
    QFETCH(QString, reason);
    QString error;
    QVERIFY(!importer::readMarkdown(kDocumentStart + tail, &error));
    QVERIFY2(error.contains(reason), qPrintable(error));
}

void TestDocumentFollowUps::readJson_rejectsWithReason_data() {
    QTest::addColumn<QString>("key");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("reason");
    QTest::newRow("actions not a list")
        << QStringLiteral("actions") << QByteArray("{}") << QStringLiteral("is not a list");
    QTest::newRow("bucket") << QStringLiteral("actions")
                            << QByteArray(R"([{"title": "Fix", "bucket": "soon"}])")
                            << QStringLiteral("The action “Fix” in this file cannot be read");
    QTest::newRow("due") << QStringLiteral("actions")
                         << QByteArray(R"([{"title": "Fix", "bucket": "now", "due": "tomorrow"}])")
                         << QStringLiteral("The due date");
    QTest::newRow("reviews not a list")
        << QStringLiteral("reviews") << QByteArray("3") << QStringLiteral("is not a list");
    QTest::newRow("review date") << QStringLiteral("reviews")
                                 << QByteArray(R"([{"kind": "week", "at": "soon"}])")
                                 << QStringLiteral("no valid kind or date");
}

void TestDocumentFollowUps::readJson_rejectsWithReason() {
    QFETCH(QString, key);
    QFETCH(QByteArray, value);
    QFETCH(QString, reason);
    QJsonObject root = QJsonDocument::fromJson(renderer::toJson(samplePostMortem())).object();
    root.insert(key, QJsonDocument::fromJson("[" + value + "]").array().first());
    QString error;
    QVERIFY(!importer::readJson(QJsonDocument(root).toJson(), &error));
    QVERIFY2(error.contains(reason), qPrintable(error));
}

void TestDocumentFollowUps::escapeInline_roundTrips_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("field");
    QTest::newRow("plain") << QStringLiteral("Add alert") << QStringLiteral("Add alert")
                           << QStringLiteral("Add alert");
    QTest::newRow("emphasis") << QStringLiteral("*a* _b_") << QStringLiteral("\\*a\\* \\_b\\_")
                              << QStringLiteral("\\*a\\* \\_b\\_");
    QTest::newRow("dash") << QStringLiteral("a — b") << QStringLiteral("a &#8212; b")
                          << QStringLiteral("a — b");
    QTest::newRow("comma") << QStringLiteral("a, b") << QStringLiteral("a, b") << QStringLiteral("a\\, b");
    QTest::newRow("entity-like") << QStringLiteral("R&D &amp;") << QStringLiteral("R&D \\&amp;")
                                 << QStringLiteral("R&D \\&amp;");
    QTest::newRow("backslash") << QStringLiteral("C:\\temp") << QStringLiteral("C:\\\\temp")
                               << QStringLiteral("C:\\\\temp");
}

void TestDocumentFollowUps::escapeInline_roundTrips() {
    QFETCH(QString, text);
    QFETCH(QString, title);
    QFETCH(QString, field);
    QCOMPARE(docformat::escapeInline(text, docformat::Inline::Title), title);
    QCOMPARE(docformat::escapeInline(text, docformat::Inline::Field), field);
    QCOMPARE(docformat::unescapeInline(title), text);
    QCOMPARE(docformat::unescapeInline(field), text);
}

QTEST_MAIN(TestDocumentFollowUps)
#include "tst_documentfollowups.moc"
