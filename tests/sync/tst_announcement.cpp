#include "announcement.h"
#include "shareddocument.h"

#include <QJsonArray>
#include <QTest>

using namespace hs;

Q_DECLARE_METATYPE(hs::Announcement)

// The announcement text, for the clipboard and for the chat: the link or the document's name, the
// cause on one line, the number of open now-actions; in Slack's format nothing typed becomes markup.
class TestAnnouncement final : public QObject {
    Q_OBJECT
private slots:
    void text_data();
    void text();
    void slackText_escapesControlCharacters_data();
    void slackText_escapesControlCharacters();
    void slackPayload_hasTextAndOneMrkdwnSection();
    void of_takesTheDocumentsFields();
};

namespace {
Announcement sample() {
    Announcement a;
    a.channel = QStringLiteral("#incident-2026-11-24-checkout-db-down");
    a.link =
        QUrl(QStringLiteral("https://wiki.test/index.php/Postmortems/incident_2026_11_24_checkout_db_down"));
    a.documentName = QStringLiteral("incident_2026_11_24_checkout_db_down");
    a.cause = QStringLiteral("The primary ran out of disk.");
    a.openNowActions = 2;
    return a;
}
} // namespace

void TestAnnouncement::text_data() {
    QTest::addColumn<Announcement>("announcement");
    QTest::addColumn<QString>("expected");
    const Announcement base = sample();
    QTest::addRow("with link") << base
                               << QStringLiteral(
                                      "Post-mortem for #incident-2026-11-24-checkout-db-down is ready: "
                                      "https://wiki.test/index.php/Postmortems/"
                                      "incident_2026_11_24_checkout_db_down — cause: The primary ran "
                                      "out of disk.; 2 now-actions open.");
    Announcement noLink = base;
    noLink.link = QUrl();
    noLink.openNowActions = 1;
    QTest::addRow("document name when no link")
        << noLink
        << QStringLiteral("Post-mortem for #incident-2026-11-24-checkout-db-down is ready: "
                          "incident_2026_11_24_checkout_db_down — cause: The primary ran out of disk.; 1 "
                          "now-action open.");
    Announcement multiLine = noLink;
    multiLine.cause = QStringLiteral("  Disk\n\nfull\tagain  ");
    multiLine.openNowActions = 0;
    QTest::addRow("cause on one line")
        << multiLine
        << QStringLiteral(
               "Post-mortem for #incident-2026-11-24-checkout-db-down is ready: "
               "incident_2026_11_24_checkout_db_down — cause: Disk full again; 0 now-actions open.");
    Announcement noCause = noLink;
    noCause.cause.clear();
    QTest::addRow("no cause") << noCause
                              << QStringLiteral(
                                     "Post-mortem for #incident-2026-11-24-checkout-db-down is ready: "
                                     "incident_2026_11_24_checkout_db_down; 1 now-action open.");
    Announcement updated = noCause;
    updated.update = true;
    QTest::addRow("update") << updated
                            << QStringLiteral(
                                   "Post-mortem for #incident-2026-11-24-checkout-db-down was updated: "
                                   "incident_2026_11_24_checkout_db_down; 1 now-action open.");
    Announcement credentials = base;
    credentials.link = QUrl(QStringLiteral("https://bob:secret@wiki.test/p"));
    credentials.cause.clear();
    QTest::addRow("no user info in the link")
        << credentials
        << QStringLiteral(
               "Post-mortem for #incident-2026-11-24-checkout-db-down is ready: https://wiki.test/p; 2 "
               "now-actions open.");
}

void TestAnnouncement::text() {
    QFETCH(Announcement, announcement);
    QFETCH(QString, expected);
    QCOMPARE(announcement.text(), expected);
}

void TestAnnouncement::slackText_escapesControlCharacters_data() {
    QTest::addColumn<QString>("cause");
    QTest::addColumn<QString>("shown");
    QTest::addRow("mention") << QStringLiteral("<!channel> look") << QStringLiteral("&lt;!channel&gt; look");
    QTest::addRow("user mention") << QStringLiteral("<@U123>") << QStringLiteral("&lt;@U123&gt;");
    QTest::addRow("fake link") << QStringLiteral("<https://evil.test|wiki>")
                               << QStringLiteral("&lt;https://evil.test|wiki&gt;");
    QTest::addRow("ampersand") << QStringLiteral("R&D &amp; ops") << QStringLiteral("R&amp;D &amp;amp; ops");
    QTest::addRow("long") << QString(300, QLatin1Char('x')) << QString(199, QLatin1Char('x')) + QChar(0x2026);
}

void TestAnnouncement::slackText_escapesControlCharacters() {
    QFETCH(QString, cause);
    QFETCH(QString, shown);
    Announcement a = sample();
    a.cause = cause;
    QCOMPARE(a.slackText(),
             QStringLiteral("Post-mortem for #incident-2026-11-24-checkout-db-down is ready: "
                            "<https://wiki.test/index.php/Postmortems/"
                            "incident_2026_11_24_checkout_db_down> — cause: %1; 2 now-actions open.")
                 .arg(shown));
}

void TestAnnouncement::slackPayload_hasTextAndOneMrkdwnSection() {
    Announcement a = sample();
    a.link = QUrl(QStringLiteral("https://wiki.test/a|b>c"));
    const QJsonObject payload = a.slackPayload();
    QCOMPARE(payload.value(QLatin1String("text")).toString(), a.slackText());
    QVERIFY(a.slackText().contains(QLatin1String("<https://wiki.test/a%7Cb%3Ec>")));
    const QJsonArray blocks = payload.value(QLatin1String("blocks")).toArray();
    QCOMPARE(blocks.size(), 1);
    QCOMPARE(blocks[0][QLatin1String("type")].toString(), QStringLiteral("section"));
    QCOMPARE(blocks[0][QLatin1String("text")][QLatin1String("type")].toString(), QStringLiteral("mrkdwn"));
    QCOMPARE(blocks[0][QLatin1String("text")][QLatin1String("text")].toString(), a.slackText());
    QCOMPARE(payload.value(QLatin1String("unfurl_links")), QJsonValue(false));
}

void TestAnnouncement::of_takesTheDocumentsFields() {
    ShareDocument doc;
    doc.channel = QStringLiteral("#incident-x");
    doc.documentName = QStringLiteral("incident_x");
    doc.cause = QStringLiteral("c");
    doc.openNowActions = 3;
    Announcement a = Announcement::of(doc);
    QVERIFY(a.link.isEmpty());
    QCOMPARE(
        a.text(),
        QStringLiteral("Post-mortem for #incident-x is ready: incident_x — cause: c; 3 now-actions open."));
    doc.publishedLink = QUrl(QStringLiteral("https://dav.test/pm/incident_x.html"));
    QCOMPARE(Announcement::of(doc).link, doc.publishedLink);
    doc.publishedLink = QUrl(QStringLiteral("relative/path")); // not a place anyone can open
    QVERIFY(Announcement::of(doc).link.isEmpty());
}

QTEST_GUILESS_MAIN(TestAnnouncement)
#include "tst_announcement.moc"
