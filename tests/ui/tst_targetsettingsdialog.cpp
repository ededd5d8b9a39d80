#include "database.h"
#include "fakesharingapi.h"
#include "outbox.h"
#include "prompts.h"
#include "targeteditor.h"
#include "targetsettingsdialog.h"
#include "uitestsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace hs;

namespace {

template <typename T> T *child(QWidget *parent, const char *name) {
    auto *w = parent->findChild<T *>(QLatin1String(name));
    if (!w)
        qFatal("no child %s", name);
    return w;
}

void type(QWidget *parent, const char *name, const QString &text) {
    QTest::keyClicks(child<QLineEdit>(parent, name), text);
}

QPushButton *okButton(TargetEditor &editor) {
    return editor.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

void chooseKind(TargetEditor &editor, const QString &key) {
    auto *kind = child<QComboBox>(&editor, "kindCombo");
    kind->setCurrentIndex(kind->findData(key));
}

} // namespace

class TestTargetSettingsDialog final : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void addFolder_byTypingInTheDialog();
    void testConnection_showsTheAnswerAndCanBeCancelled();
    void testConnection_checksTheFieldsFirst();
    void webDav_passwordGoesToTheKeychainOnly();
    void keychainMissing_offersThisSessionOnly();
    void keychainMissing_declinedAddsNothing();
    void keychainMissing_declinedThenCancelLeavesTheListEmpty();
    void keychainMissing_declinedEditChangesNothing();
    void edit_emptyPasswordKeepsTheStoredOne();
    void webhook_addressMustBeHttp();
    void checkBox_enablesAndDisables();
    void remove_asksAndForgetsTheSecret();
    void remove_keptWhileTheKeychainKeepsTheSecret();
    void remove_folderHasNoSecretToForget();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<test::FakeSharingApi> m_api;
};

void TestTargetSettingsDialog::init() {
    QVERIFY(m_dir.isValid());
    m_db = std::make_unique<Database>();
    QString error;
    QVERIFY2(
        m_db->open(m_dir.filePath(QStringLiteral("%1.db").arg(QLatin1String(QTest::currentTestFunction()))),
                   &error),
        qPrintable(error));
    m_outbox = std::make_unique<Outbox>(*m_db);
    m_api = std::make_unique<test::FakeSharingApi>(*m_outbox);
}

void TestTargetSettingsDialog::cleanup() {
    m_api.reset();
    m_outbox.reset();
    m_db.reset();
}

void TestTargetSettingsDialog::addFolder_byTypingInTheDialog() {
    TargetSettingsDialog dialog(*m_api);
    dialog.show();
    QCOMPARE(dialog.list()->count(), 0);
    const QString folder = m_dir.filePath(QStringLiteral("team share"));
    bool answered = false;
    test::whenModalShown([&](QWidget *modal) {
        auto *editor = qobject_cast<TargetEditor *>(modal);
        QVERIFY(editor);
        type(editor, "nameEdit", QStringLiteral("Team share"));
        type(editor, "pathEdit", folder);
        QVERIFY(!child<QLineEdit>(editor, "secretEdit")->isVisibleTo(editor)); // a folder has no secret
        QTest::keyClick(child<QLineEdit>(editor, "pathEdit"), Qt::Key_Return);
        answered = true;
    });
    QTest::mouseClick(child<QPushButton>(&dialog, "addButton"), Qt::LeftButton);
    QVERIFY(answered);

    const QList<ShareTargetConfig> targets = m_outbox->targets();
    QCOMPARE(targets.size(), 1);
    QCOMPARE(targets[0].kind, QStringLiteral("folder"));
    QCOMPARE(targets[0].name, QStringLiteral("Team share"));
    QCOMPARE(targets[0].config.value(QLatin1String("path")).toString(), folder);
    QVERIFY(targets[0].enabled);
    QVERIFY(m_api->stored.isEmpty());
    QCOMPARE(dialog.list()->count(), 1);
    QVERIFY(dialog.list()->item(0)->text().contains(QStringLiteral("Team share")));
    QVERIFY(dialog.list()->item(0)->text().contains(QStringLiteral("team share")));
}

void TestTargetSettingsDialog::testConnection_showsTheAnswerAndCanBeCancelled() {
    TargetEditor editor(*m_api, nullptr);
    editor.show();
    type(&editor, "nameEdit", QStringLiteral("Share"));
    type(&editor, "pathEdit", QStringLiteral("/mnt/pm"));
    QTest::mouseClick(editor.testButton(), Qt::LeftButton);
    QVERIFY(m_api->pendingTest);
    QCOMPARE(m_api->testedConfig.config.value(QLatin1String("path")).toString(), QStringLiteral("/mnt/pm"));
    QVERIFY(!editor.testButton()->isEnabled());
    QVERIFY(editor.cancelTestButton()->isVisible());
    QVERIFY(editor.resultLine()->text().contains(QStringLiteral("Testing")));

    m_api->answerTest({true, false, QStringLiteral("The folder /mnt/pm is writable.")});
    QTRY_VERIFY(editor.resultLine()->text().contains(QStringLiteral("/mnt/pm is writable")));
    QVERIFY(editor.resultLine()->text().contains(QStringLiteral("works")));
    QVERIFY(editor.testButton()->isEnabled());
    QVERIFY(!editor.cancelTestButton()->isVisible());

    QTest::mouseClick(editor.testButton(), Qt::LeftButton);
    m_api->answerTest({false, false, QStringLiteral("The folder /mnt/pm does not exist.")});
    QTRY_VERIFY(editor.resultLine()->text().contains(QStringLiteral("does not exist")));
    QCOMPARE(editor.resultLine()->property("hsTone").toInt(), 1); // shown as an error (theme.cpp)

    QTest::mouseClick(editor.testButton(), Qt::LeftButton);
    QTest::mouseClick(editor.cancelTestButton(), Qt::LeftButton);
    QCOMPARE(m_api->cancels, 1);
    QTRY_VERIFY(editor.resultLine()->text().contains(QStringLiteral("cancelled")));
    QVERIFY(editor.testButton()->isEnabled());
}

void TestTargetSettingsDialog::testConnection_checksTheFieldsFirst() {
    TargetEditor editor(*m_api, nullptr);
    editor.show();
    type(&editor, "pathEdit", QStringLiteral("/mnt/pm"));
    QTest::mouseClick(editor.testButton(), Qt::LeftButton);
    QVERIFY(!m_api->pendingTest); // no name: the fake's validate() refuses, nothing is tried
    QVERIFY(editor.resultLine()->text().contains(QStringLiteral("name")));
}

void TestTargetSettingsDialog::webDav_passwordGoesToTheKeychainOnly() {
    TargetEditor editor(*m_api, nullptr);
    editor.show();
    chooseKind(editor, QStringLiteral("webdav"));
    QVERIFY(child<QLineEdit>(&editor, "secretEdit")->isVisible());
    type(&editor, "nameEdit", QStringLiteral("Nextcloud"));
    type(&editor, "davUrlEdit", QStringLiteral("https://dav.example.org/pm/"));
    type(&editor, "davUserEdit", QStringLiteral("ann"));
    type(&editor, "secretEdit", QStringLiteral("s3cret-pass"));
    QCOMPARE(child<QLineEdit>(&editor, "secretEdit")->echoMode(), QLineEdit::Password);
    QTest::mouseClick(editor.testButton(), Qt::LeftButton);
    QCOMPARE(m_api->testedSecret, QStringLiteral("s3cret-pass"));
    m_api->answerTest({true, false, {}});
    QTRY_VERIFY(editor.testButton()->isEnabled());

    QTest::mouseClick(okButton(editor), Qt::LeftButton);
    QTRY_COMPARE(editor.result(), int(QDialog::Accepted));
    QVERIFY(editor.targetId() > 0);
    QCOMPARE(m_api->stored.value(editor.targetId()), QStringLiteral("s3cret-pass"));
    const auto stored = m_outbox->target(editor.targetId());
    QVERIFY(stored);
    QCOMPARE(stored->config.value(QLatin1String("user")).toString(), QStringLiteral("ann"));
    const QByteArray json = QJsonDocument(stored->config).toJson();
    QVERIFY2(!json.contains("s3cret"), json.constData());
}

void TestTargetSettingsDialog::keychainMissing_offersThisSessionOnly() {
    m_api->secretAnswer = {false, true, QStringLiteral("No keychain is available on this system.")};
    TargetEditor editor(*m_api, nullptr);
    editor.show();
    chooseKind(editor, QStringLiteral("mediawiki"));
    type(&editor, "nameEdit", QStringLiteral("Wiki"));
    type(&editor, "wikiUrlEdit", QStringLiteral("https://wiki.example.org/w/api.php"));
    type(&editor, "wikiUserEdit", QStringLiteral("Ann@hindsight"));
    type(&editor, "secretEdit", QStringLiteral("bot-pass"));
    prompts::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(okButton(editor), Qt::LeftButton);
    QTRY_COMPARE(editor.result(), int(QDialog::Accepted));
    QVERIFY(prompts::lastDetails().contains(QStringLiteral("No keychain is available")));
    QCOMPARE(m_api->session.value(editor.targetId()), QStringLiteral("bot-pass"));
}

void TestTargetSettingsDialog::keychainMissing_declinedAddsNothing() {
    m_api->secretAnswer = {false, true, QStringLiteral("The keychain is locked.")};
    TargetEditor editor(*m_api, nullptr);
    editor.show();
    chooseKind(editor, QStringLiteral("webhook"));
    type(&editor, "nameEdit", QStringLiteral("#incidents"));
    type(&editor, "secretEdit", QStringLiteral("https://hooks.example.org/T000/B000/XXXX"));
    prompts::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(okButton(editor), Qt::LeftButton);
    QTRY_VERIFY(editor.resultLine()->text().contains(QStringLiteral("locked")));
    QVERIFY(editor.resultLine()->text().contains(QStringLiteral("not added")));
    QVERIFY(editor.isVisible());
    QVERIFY(m_api->session.isEmpty());
    QCOMPARE(editor.targetId(), 0);
    QVERIFY(m_outbox->targets().isEmpty()); // no target without its secret

    // The keychain is unlocked now: OK again adds the target once, with its secret.
    m_api->secretAnswer = {true, false, {}};
    m_api->stored.clear();
    QTest::mouseClick(okButton(editor), Qt::LeftButton);
    QTRY_COMPARE(editor.result(), int(QDialog::Accepted));
    QCOMPARE(m_outbox->targets().size(), 1);
    QCOMPARE(m_api->stored.value(editor.targetId()),
             QStringLiteral("https://hooks.example.org/T000/B000/XXXX"));
}

void TestTargetSettingsDialog::keychainMissing_declinedThenCancelLeavesTheListEmpty() {
    m_api->secretAnswer = {false, true, QStringLiteral("No keychain is available on this system.")};
    TargetSettingsDialog dialog(*m_api);
    dialog.show();
    bool answered = false;
    test::whenModalShown([&](QWidget *modal) {
        auto *editor = qobject_cast<TargetEditor *>(modal);
        QVERIFY(editor);
        chooseKind(*editor, QStringLiteral("webdav"));
        type(editor, "nameEdit", QStringLiteral("Nextcloud"));
        type(editor, "davUrlEdit", QStringLiteral("https://dav.example.org/pm/"));
        type(editor, "davUserEdit", QStringLiteral("ann"));
        type(editor, "secretEdit", QStringLiteral("s3cret-pass"));
        prompts::setNextAnswer(QMessageBox::No);
        QTest::keyClick(child<QLineEdit>(editor, "secretEdit"), Qt::Key_Return);
        // While the keychain is asked, Escape does not close the editor half way.
        QTest::keyClick(editor, Qt::Key_Escape);
        QVERIFY(editor->isVisible());
        QTRY_VERIFY(editor->resultLine()->text().contains(QStringLiteral("No keychain")));
        QVERIFY(prompts::lastText().contains(QStringLiteral("Password")));
        QTest::keyClick(editor, Qt::Key_Escape);
        answered = true;
    });
    QTest::mouseClick(child<QPushButton>(&dialog, "addButton"), Qt::LeftButton);
    QVERIFY(answered);
    QVERIFY(m_outbox->targets().isEmpty());
    QCOMPARE(dialog.list()->count(), 0);
    QVERIFY(m_api->session.isEmpty());
}

void TestTargetSettingsDialog::keychainMissing_declinedEditChangesNothing() {
    ShareTargetConfig config;
    config.kind = QStringLiteral("mediawiki");
    config.name = QStringLiteral("Wiki");
    config.config = {{QStringLiteral("apiUrl"), QStringLiteral("https://wiki.example.org/w/api.php")},
                     {QStringLiteral("user"), QStringLiteral("Ann@hindsight")}};
    const auto added = m_outbox->addTarget(config, nullptr);
    QVERIFY(added);
    m_api->secretAnswer = {false, true, QStringLiteral("The keychain is locked.")};
    TargetEditor editor(*m_api, &*added);
    editor.show();
    child<QLineEdit>(&editor, "wikiUserEdit")->clear();
    type(&editor, "wikiUserEdit", QStringLiteral("Bob@hindsight"));
    type(&editor, "secretEdit", QStringLiteral("bobs-bot-pass"));
    prompts::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(okButton(editor), Qt::LeftButton);
    QTRY_VERIFY(editor.resultLine()->text().contains(QStringLiteral("Nothing was changed")));
    QVERIFY(editor.isVisible());
    // The stored user still goes with the stored password.
    QCOMPARE(m_outbox->target(added->id)->config.value(QLatin1String("user")).toString(),
             QStringLiteral("Ann@hindsight"));
    QVERIFY(m_api->session.isEmpty());

    prompts::setNextAnswer(QMessageBox::Yes); // now keep it for this session: both change
    QTest::mouseClick(okButton(editor), Qt::LeftButton);
    QTRY_COMPARE(editor.result(), int(QDialog::Accepted));
    QCOMPARE(m_api->session.value(added->id), QStringLiteral("bobs-bot-pass"));
    QCOMPARE(m_outbox->target(added->id)->config.value(QLatin1String("user")).toString(),
             QStringLiteral("Bob@hindsight"));
}

void TestTargetSettingsDialog::edit_emptyPasswordKeepsTheStoredOne() {
    ShareTargetConfig config;
    config.kind = QStringLiteral("webdav");
    config.name = QStringLiteral("DAV");
    config.config = {{QStringLiteral("url"), QStringLiteral("https://dav.example.org/")},
                     {QStringLiteral("user"), QStringLiteral("ann")}};
    const auto added = m_outbox->addTarget(config, nullptr);
    QVERIFY(added);
    TargetEditor editor(*m_api, &*added);
    editor.show();
    QVERIFY(!child<QComboBox>(&editor, "kindCombo")->isEnabled());
    QCOMPARE(child<QLineEdit>(&editor, "davUserEdit")->text(), QStringLiteral("ann"));
    child<QLineEdit>(&editor, "davUserEdit")->clear();
    type(&editor, "davUserEdit", QStringLiteral("bob"));
    QTest::mouseClick(editor.testButton(), Qt::LeftButton);
    QCOMPARE(m_api->testedConfig.id, added->id); // the service reads the stored password for it
    QVERIFY(m_api->testedSecret.isEmpty());
    m_api->answerTest({true, false, {}});
    QTest::mouseClick(okButton(editor), Qt::LeftButton);
    QCOMPARE(editor.result(), int(QDialog::Accepted));
    QVERIFY(m_api->stored.isEmpty());
    QCOMPARE(m_outbox->target(added->id)->config.value(QLatin1String("user")).toString(),
             QStringLiteral("bob"));
}

void TestTargetSettingsDialog::webhook_addressMustBeHttp() {
    TargetEditor editor(*m_api, nullptr);
    editor.show();
    chooseKind(editor, QStringLiteral("webhook"));
    type(&editor, "nameEdit", QStringLiteral("#incidents"));
    QTest::mouseClick(okButton(editor), Qt::LeftButton);
    QVERIFY(editor.resultLine()->text().contains(QStringLiteral("Webhook URL")));
    type(&editor, "secretEdit", QStringLiteral("hooks.example.org/abc"));
    QTest::mouseClick(okButton(editor), Qt::LeftButton);
    QVERIFY(editor.resultLine()->text().contains(QStringLiteral("https://")));
    QVERIFY(m_outbox->targets().isEmpty());
    QVERIFY(editor.isVisible());
}

void TestTargetSettingsDialog::checkBox_enablesAndDisables() {
    ShareTargetConfig config;
    config.kind = QStringLiteral("folder");
    config.name = QStringLiteral("Share");
    config.config = {{QStringLiteral("path"), QStringLiteral("/mnt/pm")}};
    const auto added = m_outbox->addTarget(config, nullptr);
    QVERIFY(added);
    TargetSettingsDialog dialog(*m_api);
    dialog.show();
    QListWidgetItem *item = dialog.list()->item(0);
    QCOMPARE(item->checkState(), Qt::Checked);
    item->setCheckState(Qt::Unchecked);
    QVERIFY(!m_outbox->target(added->id)->enabled);
    item->setCheckState(Qt::Checked);
    QVERIFY(m_outbox->target(added->id)->enabled);
}

void TestTargetSettingsDialog::remove_asksAndForgetsTheSecret() {
    ShareTargetConfig config;
    config.kind = QStringLiteral("webhook");
    config.name = QStringLiteral("#incidents");
    const auto added = m_outbox->addTarget(config, nullptr);
    QVERIFY(added);
    TargetSettingsDialog dialog(*m_api);
    dialog.show();
    dialog.list()->setCurrentRow(0);
    prompts::setNextAnswer(QMessageBox::Cancel);
    QTest::mouseClick(child<QPushButton>(&dialog, "removeButton"), Qt::LeftButton);
    QCOMPARE(m_outbox->targets().size(), 1);
    QVERIFY(prompts::lastText().contains(QStringLiteral("#incidents")));
    prompts::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>(&dialog, "removeButton"), Qt::LeftButton);
    QCOMPARE(m_api->removed, QList<qint64>{added->id}); // the secret first
    QTRY_VERIFY(m_outbox->targets().isEmpty());
    QCOMPARE(dialog.list()->count(), 0);
}

void TestTargetSettingsDialog::remove_keptWhileTheKeychainKeepsTheSecret() {
    ShareTargetConfig config;
    config.kind = QStringLiteral("webdav");
    config.name = QStringLiteral("Nextcloud");
    config.config = {{QStringLiteral("url"), QStringLiteral("https://dav.example.org/")},
                     {QStringLiteral("user"), QStringLiteral("ann")}};
    const auto added = m_outbox->addTarget(config, nullptr);
    QVERIFY(added);
    m_api->removeAnswer = {false, true, QStringLiteral("The keychain is locked; unlock it and try again.")};
    TargetSettingsDialog dialog(*m_api);
    dialog.show();
    dialog.list()->setCurrentRow(0);
    prompts::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>(&dialog, "removeButton"), Qt::LeftButton);
    prompts::setNextAnswer(QMessageBox::Ok);
    QTRY_VERIFY(prompts::lastText().contains(QStringLiteral("kept")));
    QVERIFY(prompts::lastDetails().contains(QStringLiteral("locked")));
    QCOMPARE(m_outbox->targets().size(), 1); // the target stays, so its secret can still be removed
    QCOMPARE(dialog.list()->count(), 1);
    QVERIFY(child<QPushButton>(&dialog, "removeButton")->isEnabled());

    // Unlocked: removing works.
    m_api->removeAnswer = {true, false, {}};
    prompts::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>(&dialog, "removeButton"), Qt::LeftButton);
    QTRY_VERIFY(m_outbox->targets().isEmpty());
    QCOMPARE(dialog.list()->count(), 0);
}

void TestTargetSettingsDialog::remove_folderHasNoSecretToForget() {
    ShareTargetConfig config;
    config.kind = QStringLiteral("folder");
    config.name = QStringLiteral("Share");
    config.config = {{QStringLiteral("path"), QStringLiteral("/mnt/pm")}};
    QVERIFY(m_outbox->addTarget(config, nullptr));
    TargetSettingsDialog dialog(*m_api);
    dialog.show();
    dialog.list()->setCurrentRow(0);
    prompts::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>(&dialog, "removeButton"), Qt::LeftButton);
    QVERIFY(m_outbox->targets().isEmpty());
    QVERIFY(m_api->removed.isEmpty());
}

QTEST_MAIN(TestTargetSettingsDialog)
#include "tst_targetsettingsdialog.moc"
