#include "newincidentdialog.h"
#include "uitestsupport.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

using namespace hs;

class TestNewIncidentDialog final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void names_followTheTitleAsItIsTyped_data();
    void names_followTheTitleAsItIsTyped();
    void names_followTheDate();
    void ok_disabledWhileTitleEmpty();
    void date_defaultsToToday();

private:
    static QPushButton *okButton(const NewIncidentDialog &dialog) {
        return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    }
};

void TestNewIncidentDialog::names_followTheTitleAsItIsTyped_data() {
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("channel");
    QTest::addColumn<QString>("document");
    QTest::newRow("issue example") << QStringLiteral("Checkout DB down")
                                   << QStringLiteral("#incident-2026-11-24-checkout-db-down")
                                   << QStringLiteral("incident_2026_11_24_checkout_db_down");
    QTest::newRow("accents") << QStringLiteral("Cache réseau")
                             << QStringLiteral("#incident-2026-11-24-cache-reseau")
                             << QStringLiteral("incident_2026_11_24_cache_reseau");
}

void TestNewIncidentDialog::names_followTheTitleAsItIsTyped() {
    QFETCH(QString, typed);
    QFETCH(QString, channel);
    QFETCH(QString, document);
    NewIncidentDialog dialog;
    dialog.findChild<QDateEdit *>(QStringLiteral("dateEdit"))->setDate(QDate(2026, 11, 24));
    auto *channelLabel = dialog.findChild<QLabel *>(QStringLiteral("channelPreview"));
    auto *documentLabel = dialog.findChild<QLabel *>(QStringLiteral("documentPreview"));
    auto *title = dialog.findChild<QLineEdit *>(QStringLiteral("titleEdit"));
    QVERIFY(channelLabel && documentLabel && title);

    // Half-way through typing, the names already show what is typed so far. QTest types ASCII
    // only; the rest (accents) arrives as an insertion, like input-method text.
    const QString half = typed.left(typed.indexOf(QLatin1Char(' ')));
    QTest::keyClicks(title, half);
    QVERIFY(channelLabel->text().startsWith(QStringLiteral("#incident-2026-11-24-")));
    QVERIFY(!channelLabel->text().contains(QLatin1Char(' ')));
    QVERIFY(channel.startsWith(channelLabel->text()));
    title->insert(typed.mid(half.size()));
    QCOMPARE(channelLabel->text(), channel);
    QCOMPARE(documentLabel->text(), document);
    QCOMPARE(dialog.title(), typed);
}

void TestNewIncidentDialog::names_followTheDate() {
    NewIncidentDialog dialog;
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("titleEdit")), QStringLiteral("API slow"));
    dialog.findChild<QDateEdit *>(QStringLiteral("dateEdit"))->setDate(QDate(2025, 1, 2));
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("channelPreview"))->text(),
             QStringLiteral("#incident-2025-01-02-api-slow"));
    QCOMPARE(dialog.date(), QDate(2025, 1, 2));
}

void TestNewIncidentDialog::ok_disabledWhileTitleEmpty() {
    NewIncidentDialog dialog;
    auto *title = dialog.findChild<QLineEdit *>(QStringLiteral("titleEdit"));
    QVERIFY(!okButton(dialog)->isEnabled());
    QTest::keyClicks(title, QStringLiteral("x"));
    QVERIFY(okButton(dialog)->isEnabled());
    QTest::keyClick(title, Qt::Key_Backspace);
    QVERIFY(!okButton(dialog)->isEnabled());
    QTest::keyClicks(title, QStringLiteral("   "));
    QVERIFY2(!okButton(dialog)->isEnabled(), "a title of spaces is empty");
}

void TestNewIncidentDialog::date_defaultsToToday() {
    NewIncidentDialog dialog;
    QCOMPARE(dialog.date(), QDate::currentDate());
    QVERIFY(dialog.findChild<QDateEdit *>(QStringLiteral("dateEdit"))->calendarPopup());
}

QTEST_MAIN(TestNewIncidentDialog)
#include "tst_newincidentdialog.moc"
