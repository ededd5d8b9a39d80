#include "naming.h"

#include <QTest>

using namespace hs;

class TestNaming final : public QObject {
    Q_OBJECT
private slots:
    void slugify_data();
    void slugify();
    void slugify_isAlwaysSafeAsFileName_data() { slugify_data(); }
    void slugify_isAlwaysSafeAsFileName();
    void names_followTheSeed();
    void numberedSlug_addsSuffixFromTwo();
};

void TestNaming::slugify_data() {
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("slug");

    QTest::newRow("plain") << QStringLiteral("Checkout DB down") << QStringLiteral("checkout-db-down");
    QTest::newRow("accents") << QStringLiteral("Paiement échoué à Zürich")
                             << QStringLiteral("paiement-echoue-a-zurich");
    QTest::newRow("german sharp s") << QStringLiteral("Straße gesperrt")
                                    << QStringLiteral("strasse-gesperrt");
    QTest::newRow("nordic") << QStringLiteral("Ærø Øresund") << QStringLiteral("aero-oresund");
    QTest::newRow("emoji dropped") << QStringLiteral("🔥 API on fire 🔥") << QStringLiteral("api-on-fire");
    QTest::newRow("only emoji") << QStringLiteral("🔥🔥") << QStringLiteral("incident");
    QTest::newRow("dot dot slash") << QStringLiteral("../../etc/passwd") << QStringLiteral("etc-passwd");
    QTest::newRow("slashes") << QStringLiteral("a/b\\c") << QStringLiteral("a-b-c");
    QTest::newRow("empty") << QString() << QStringLiteral("incident");
    QTest::newRow("whitespace") << QStringLiteral("   \t ") << QStringLiteral("incident");
    QTest::newRow("punctuation runs") << QStringLiteral("500s -- on /api!!") << QStringLiteral("500s-on-api");
    QTest::newRow("cjk dropped") << QStringLiteral("数据库 down") << QStringLiteral("down");
    QTest::newRow("ligature") << QStringLiteral("ﬁle ﬂood") << QStringLiteral("file-flood");
    QTest::newRow("windows device name") << QStringLiteral("CON") << QStringLiteral("con");
    QTest::newRow("300 characters") << QString(QStringLiteral("word ")).repeated(60)
                                    << QStringLiteral(
                                           "word-word-word-word-word-word-word-word-word-word-word-word");
    QTest::newRow("one long word") << QString(300, QLatin1Char('x')) << QString(60, QLatin1Char('x'));
}

void TestNaming::slugify() {
    QFETCH(QString, title);
    QFETCH(QString, slug);
    QCOMPARE(naming::slugify(title), slug);
}

void TestNaming::slugify_isAlwaysSafeAsFileName() {
    QFETCH(QString, title);
    const QString slug = naming::slugify(title);
    QVERIFY(!slug.isEmpty());
    QVERIFY(slug.size() <= naming::MaxSlugLength);
    static const QRegularExpression safe(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    QVERIFY2(safe.match(slug).hasMatch(), qPrintable(slug));
}

void TestNaming::names_followTheSeed() {
    const QDate day(2026, 11, 24);
    QCOMPARE(naming::channelName(day, QStringLiteral("checkout-db-down")),
             QStringLiteral("#incident-2026-11-24-checkout-db-down"));
    QCOMPARE(naming::documentName(day, QStringLiteral("checkout-db-down")),
             QStringLiteral("incident_2026_11_24_checkout_db_down"));
    QCOMPARE(naming::documentName(day, QStringLiteral("checkout-db-down-2")),
             QStringLiteral("incident_2026_11_24_checkout_db_down_2"));
}

void TestNaming::numberedSlug_addsSuffixFromTwo() {
    QCOMPARE(naming::numberedSlug(QStringLiteral("db"), 1), QStringLiteral("db"));
    QCOMPARE(naming::numberedSlug(QStringLiteral("db"), 2), QStringLiteral("db-2"));
    QCOMPARE(naming::numberedSlug(QStringLiteral("db"), 3), QStringLiteral("db-3"));
}

QTEST_APPLESS_MAIN(TestNaming)
#include "tst_naming.moc"
