#include "calendarsettingsdialog.h"
#include "followupfixture.h"
#include "mainwindow.h"
#include "prompts.h"
#include "uitestsupport.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace hs;

namespace {

// Records what the dialog asks for and answers when the test says so, as the real service would
// (later, from the event loop).
class FakeCalendarApi final : public CalendarApi {
public:
    Account stored;
    QString storedPassword;
    QString sessionPassword;
    QString testedPassword;
    Account tested;
    Callback pendingTest;
    Result saveAnswer{true, false, {}};
    int saves = 0;

    Account account() const override { return stored; }
    void test(const Account &account, const QString &password, Callback done) override {
        tested = account;
        testedPassword = password;
        pendingTest = std::move(done);
    }
    void save(const Account &account, const QString &password, Callback done) override {
        ++saves;
        stored = account;
        if (saveAnswer.ok)
            storedPassword = password;
        done(saveAnswer);
    }
    void keepForSession(const Account &, const QString &password) override { sessionPassword = password; }
};

} // namespace

class TestCalendarSettingsDialog final : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup() { m_dialog.reset(); }
    void open_showsStoredAccountNeverAPassword();
    void test_showsTheAnswer_data();
    void test_showsTheAnswer();
    void test_answerAfterAnEditIsDropped();
    void save_badFieldsSaySoAndSaveNothing_data();
    void save_badFieldsSaySoAndSaveNothing();
    void save_storesAccountAndPassword();
    void save_keychainMissingOffersSessionOnly_data();
    void save_keychainMissingOffersSessionOnly();
    void mainWindow_settingsMenuOpensIt();

private:
    void type(QLineEdit *edit, const QString &text);
    void fill();
    QPushButton *saveButton() const {
        return m_dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
    }

    FakeCalendarApi m_api;
    std::unique_ptr<CalendarSettingsDialog> m_dialog;
    const QString m_url = QStringLiteral("https://cal.example.com/dav/alice/reviews/");
};

void TestCalendarSettingsDialog::init() {
    m_api.stored = {};
    m_api.storedPassword.clear();
    m_api.sessionPassword.clear();
    m_api.pendingTest = nullptr;
    m_api.saveAnswer = {true, false, {}};
    m_api.saves = 0;
    m_dialog = std::make_unique<CalendarSettingsDialog>(m_api);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestCalendarSettingsDialog::type(QLineEdit *edit, const QString &text) {
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
}

void TestCalendarSettingsDialog::fill() {
    type(m_dialog->urlEdit(), m_url);
    type(m_dialog->userEdit(), QStringLiteral("alice"));
    type(m_dialog->passwordEdit(), QStringLiteral("app-token:9x+"));
}

void TestCalendarSettingsDialog::open_showsStoredAccountNeverAPassword() {
    m_api.stored = {QUrl(m_url), QStringLiteral("alice")};
    CalendarSettingsDialog dialog(m_api);
    QCOMPARE(dialog.urlEdit()->text(), m_url);
    QCOMPARE(dialog.userEdit()->text(), QStringLiteral("alice"));
    QVERIFY(dialog.passwordEdit()->text().isEmpty());
    QCOMPARE(dialog.passwordEdit()->echoMode(), QLineEdit::Password);
}

void TestCalendarSettingsDialog::test_showsTheAnswer_data() {
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("message");
    QTest::newRow("works") << true << QStringLiteral("The calendar is called “Reviews”.");
    QTest::newRow("401") << false << QStringLiteral("The calendar server refused the user name or password.");
}

void TestCalendarSettingsDialog::test_showsTheAnswer() {
    QFETCH(bool, ok);
    QFETCH(QString, message);
    fill();
    QTest::mouseClick(m_dialog->testButton(), Qt::LeftButton);
    QVERIFY(m_api.pendingTest);
    QCOMPARE(m_api.tested.url, QUrl(m_url));
    QCOMPARE(m_api.tested.user, QStringLiteral("alice"));
    QCOMPARE(m_api.testedPassword, QStringLiteral("app-token:9x+"));
    QVERIFY(!m_dialog->resultLabel()->text().contains(message));
    m_api.pendingTest(CalendarApi::Result{ok, false, message});
    QVERIFY(m_dialog->resultLabel()->text().contains(message));
    QCOMPARE(m_dialog->resultLabel()->text().startsWith(QStringLiteral("✓")), ok);
    QCOMPARE(m_api.saves, 0); // testing saves nothing
}

void TestCalendarSettingsDialog::test_answerAfterAnEditIsDropped() {
    fill();
    QTest::mouseClick(m_dialog->testButton(), Qt::LeftButton);
    QVERIFY(m_api.pendingTest);
    QTest::keyClicks(m_dialog->userEdit(), QStringLiteral("x"));
    m_api.pendingTest(CalendarApi::Result{true, false, QStringLiteral("Stale answer.")});
    QVERIFY(!m_dialog->resultLabel()->text().contains(QStringLiteral("Stale answer.")));
}

void TestCalendarSettingsDialog::save_badFieldsSaySoAndSaveNothing_data() {
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("user");
    QTest::newRow("no url") << QString() << QStringLiteral("alice");
    QTest::newRow("ftp") << QStringLiteral("ftp://cal.example.com/") << QStringLiteral("alice");
    QTest::newRow("no host") << QStringLiteral("https://") << QStringLiteral("alice");
    QTest::newRow("no user") << m_url << QStringLiteral("  ");
}

void TestCalendarSettingsDialog::save_badFieldsSaySoAndSaveNothing() {
    QFETCH(QString, url);
    QFETCH(QString, user);
    type(m_dialog->urlEdit(), url);
    type(m_dialog->userEdit(), user);
    QTest::mouseClick(saveButton(), Qt::LeftButton);
    QCOMPARE(m_api.saves, 0);
    QVERIFY(m_dialog->isVisible());
    QVERIFY(!m_dialog->resultLabel()->text().isEmpty());
    QTest::mouseClick(m_dialog->testButton(), Qt::LeftButton);
    QVERIFY(!m_api.pendingTest);
}

void TestCalendarSettingsDialog::save_storesAccountAndPassword() {
    fill();
    QTest::mouseClick(saveButton(), Qt::LeftButton);
    QCOMPARE(m_api.saves, 1);
    QCOMPARE(m_api.stored.url, QUrl(m_url));
    QCOMPARE(m_api.stored.user, QStringLiteral("alice"));
    QCOMPARE(m_api.storedPassword, QStringLiteral("app-token:9x+"));
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QVERIFY(m_dialog->passwordEdit()->text().isEmpty());
}

void TestCalendarSettingsDialog::save_keychainMissingOffersSessionOnly_data() {
    QTest::addColumn<bool>("accept");
    QTest::newRow("keep for the session") << true;
    QTest::newRow("decline") << false;
}

void TestCalendarSettingsDialog::save_keychainMissingOffersSessionOnly() {
    QFETCH(bool, accept);
    m_api.saveAnswer = {false, true, QStringLiteral("No keychain is running.")};
    fill();
    prompts::setNextAnswer(accept ? QMessageBox::Yes : QMessageBox::No);
    QTest::mouseClick(saveButton(), Qt::LeftButton);
    QVERIFY(prompts::lastDetails().contains(QStringLiteral("No keychain is running.")));
    QVERIFY(m_api.storedPassword.isEmpty());
    QCOMPARE(m_api.sessionPassword, accept ? QStringLiteral("app-token:9x+") : QString());
    QCOMPARE(m_dialog->isVisible(), !accept);
    if (!accept)
        QVERIFY(m_dialog->resultLabel()->text().contains(QStringLiteral("No keychain is running.")));
}

void TestCalendarSettingsDialog::mainWindow_settingsMenuOpensIt() {
    m_api.stored = {QUrl(m_url), QStringLiteral("alice")};
    test::FollowUpFixture f;
    QString error;
    QVERIFY2(f.setUp(&error), qPrintable(error));
    MainWindow window(*f.incidents);
    window.enableCalendar(m_api);
    auto *action = window.findChild<QAction *>(QStringLiteral("calendarSettings"));
    QVERIFY(action);
    QString shownUrl;
    test::whenModalShown([&](QWidget *modal) {
        if (auto *dialog = qobject_cast<CalendarSettingsDialog *>(modal))
            shownUrl = dialog->urlEdit()->text();
        modal->close();
    });
    action->trigger();
    QCOMPARE(shownUrl, m_url);
}

QTEST_MAIN(TestCalendarSettingsDialog)
#include "tst_calendarsettingsdialog.moc"
