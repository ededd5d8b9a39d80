// The app's share secrets end to end, as a person types them: a WebDAV password, a MediaWiki bot password
// and a webhook URL entered in Settings → Share Targets… go to a real gnome-keyring (tests/servers/
// with-keyring.sh) and nowhere else — not the database, not the settings file, not the log, not the
// answer of Test Connection or of a failed share. Without a keychain, declining "this session only" adds
// no target, and accepting keeps the secret in memory only; a locked keychain is explained. CTest runs
// it once per keyring mode; each test skips, saying why, in the modes it does not belong to.

#include "logcapture.h"
#include "prompts.h"
#include "sharestate.h"
#include "sharingapp.h"
#include "targeteditor.h"
#include "targetsettingsdialog.h"
#include "uitestsupport.h"

#include <memory>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QTest>

using namespace hs;

namespace {

// Every regular file below `root`.
QStringList filesUnder(const QString &root) {
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    return files;
}

QByteArray readAll(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

struct Typed {
    QString kind;
    QString name;
    QList<std::pair<const char *, QString>> fields;
    QString secret;
};

} // namespace

#define REQUIRE_KEYRING(mode)                                                                                \
    do {                                                                                                     \
        if (m_mode != QLatin1String(mode))                                                                   \
            QSKIP(                                                                                           \
                qPrintable(QStringLiteral("needs tests/servers/with-keyring.sh with keyring mode %1 (CTest " \
                                          "runs it so); this run is \"%2\"")                                 \
                               .arg(QLatin1String(mode), m_mode)));                                          \
    } while (false)

class TestSharingSecrets final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void keychain_typedSecretsAreKeptThereOnly();
    void noKeychain_declinedAddsNoTarget_acceptedKeepsItInMemoryOnly();
    void lockedKeychain_isExplainedAndDeclinedAddsNoTarget();

private:
    // Settings → Share Targets… → Add…, typed in, OK; returns the editor's last result line.
    QString addThroughTheDialog(const Typed &typed, QMessageBox::StandardButton sessionAnswer);
    // Settings → Share Targets…, the target selected, Remove, Yes.
    void removeThroughTheDialog(qint64 targetId);
    std::optional<CredentialResult> readFromKeychain(qint64 targetId);
    void expectNowhere(const QStringList &secrets);

    QString m_mode;
    std::unique_ptr<LogCapture> m_log;
    QTemporaryDir m_dir;
    SharingApp m_app;
};

void TestSharingSecrets::initTestCase() {
    m_mode = qEnvironmentVariable("HINDSIGHT_TEST_KEYRING");
    m_log = std::make_unique<LogCapture>();
}

void TestSharingSecrets::cleanupTestCase() {
    m_log.reset();
}

void TestSharingSecrets::init() {
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_app.open(m_dir.filePath(QStringLiteral("hindsight.sqlite")), &error), qPrintable(error));
}

void TestSharingSecrets::cleanup() {
    m_app.close(); // the window writes its settings
}

QString TestSharingSecrets::addThroughTheDialog(const Typed &typed,
                                                QMessageBox::StandardButton sessionAnswer) {
    QString result;
    bool done = false;
    test::whenModalShown([&](QWidget *settings) {
        auto *dialog = qobject_cast<TargetSettingsDialog *>(settings);
        QVERIFY(dialog);
        test::whenModalShown([&](QWidget *modal) {
            auto *editor = qobject_cast<TargetEditor *>(modal);
            QVERIFY(editor);
            auto *kind = editor->findChild<QComboBox *>(QStringLiteral("kindCombo"));
            kind->setCurrentIndex(kind->findData(typed.kind));
            QTest::keyClicks(editor->findChild<QLineEdit *>(QStringLiteral("nameEdit")), typed.name);
            for (const auto &[field, text] : typed.fields)
                QTest::keyClicks(editor->findChild<QLineEdit *>(QLatin1String(field)), text);
            QTest::keyClicks(editor->findChild<QLineEdit *>(QStringLiteral("secretEdit")), typed.secret);
            prompts::setNextAnswer(sessionAnswer);
            QPushButton *ok = editor->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            QTest::mouseClick(ok, Qt::LeftButton);
            // The keychain answers later; the editor closes only when the secret is kept somewhere.
            QTRY_VERIFY_WITH_TIMEOUT(!editor->isVisible() || ok->isEnabled(), 20000);
            result = editor->resultLine()->text();
            if (editor->isVisible())
                editor->reject();
            done = true;
        });
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("addButton")), Qt::LeftButton);
        dialog->reject();
    });
    m_app.window->action(QStringLiteral("shareTargets"))->trigger();
    prompts::setNextAnswer(QMessageBox::NoButton);
    if (!done)
        qWarning("the target editor was not shown");
    return result;
}

void TestSharingSecrets::removeThroughTheDialog(qint64 targetId) {
    bool done = false;
    test::whenModalShown([&](QWidget *settings) {
        auto *dialog = qobject_cast<TargetSettingsDialog *>(settings);
        QVERIFY(dialog);
        const int before = dialog->list()->count();
        for (int row = 0; row < before; ++row)
            if (dialog->list()->item(row)->data(Qt::UserRole + 1).toLongLong() == targetId)
                dialog->list()->setCurrentRow(row);
        prompts::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("removeButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->list()->count() == before - 1, 20000);
        dialog->reject();
        done = true;
    });
    m_app.window->action(QStringLiteral("shareTargets"))->trigger();
    QVERIFY(done);
}

std::optional<CredentialResult> TestSharingSecrets::readFromKeychain(qint64 targetId) {
    CredentialStore fresh; // not the app's: nothing kept for the session there
    std::optional<CredentialResult> answer;
    fresh.read(shareSecretKey(targetId), [&](const CredentialResult &r) { answer = r; });
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, 20000))
        return std::nullopt;
    return answer;
}

void TestSharingSecrets::expectNowhere(const QStringList &secrets) {
    // The database, the settings file (in the test's own XDG_CONFIG_HOME, uitestsupport.h) and every
    // other file in the homes the test and the keyring were given.
    const QString settings = QSettings().fileName();
    QVERIFY2(QFileInfo::exists(settings), qPrintable(settings));
    const QString home = qEnvironmentVariable("HINDSIGHT_TEST_HOME");
    QVERIFY(!home.isEmpty());
    QStringList files;
    QStringList keyring;
    for (const QString &root : {m_dir.path(), home, test::throwAwayHome.dir.path()})
        for (const QString &file : filesUnder(root))
            (file.contains(QLatin1String("/keyrings/")) ? keyring : files) << file;
    QVERIFY(files.contains(m_dir.filePath(QStringLiteral("hindsight.sqlite"))));
    QVERIFY(files.contains(settings));
    for (const QString &file : std::as_const(files)) {
        const QByteArray bytes = readAll(file);
        for (const QString &secret : secrets)
            QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(file + QStringLiteral(": ") + secret));
    }
    for (const QString &secret : secrets)
        QVERIFY2(!m_log->text().contains(secret), qPrintable(secret));
    // The keyring's own file is encrypted: the secret is not readable there either.
    for (const QString &file : std::as_const(keyring))
        for (const QString &secret : secrets)
            QVERIFY2(!readAll(file).contains(secret.toUtf8()), qPrintable(file));
}

void TestSharingSecrets::keychain_typedSecretsAreKeptThereOnly() {
    REQUIRE_KEYRING("unlocked");
    // Port 1 on loopback refuses: every test and share fails, with a message to check.
    const QList<Typed> typed{
        {QStringLiteral("webdav"),
         QStringLiteral("Nextcloud"),
         {{"davUrlEdit", QStringLiteral("http://127.0.0.1:1/remote.php/dav/files/ann/pm/")},
          {"davUserEdit", QStringLiteral("ann")}},
         QStringLiteral("dav-Pa55-word-7d1e")},
        {QStringLiteral("mediawiki"),
         QStringLiteral("Wiki"),
         {{"wikiUrlEdit", QStringLiteral("http://127.0.0.1:1/w/api.php")},
          {"wikiUserEdit", QStringLiteral("Ann@hindsight")}},
         QStringLiteral("wikibot0123456789abcdef01234567")},
        {QStringLiteral("webhook"),
         QStringLiteral("#incidents"),
         {},
         QStringLiteral("http://127.0.0.1:1/services/T0SECRET/B0SECRET/XyZhooksecret")}};
    QStringList secrets;
    for (const Typed &t : typed) {
        secrets << t.secret;
        addThroughTheDialog(t, QMessageBox::NoButton);
    }
    secrets << QStringLiteral("XyZhooksecret") << QStringLiteral("T0SECRET/B0SECRET");
    const QList<ShareTargetConfig> targets = m_app.outbox->targets();
    QCOMPARE(targets.size(), typed.size());
    for (int i = 0; i < typed.size(); ++i) {
        const auto stored = readFromKeychain(targets[i].id);
        QVERIFY(stored);
        QVERIFY2(stored->ok(), qPrintable(stored->error));
        QCOMPARE(stored->secret, typed[i].secret);
        QVERIFY(!m_app.credentials->hasSessionSecret(shareSecretKey(targets[i].id)));
    }

    // Test Connection of each stored target, with the secret read back from the keychain.
    for (const ShareTargetConfig &target : targets) {
        std::optional<SharingApi::TestResult> tested;
        m_app.sharing->testTarget(target, {}, [&](const SharingApi::TestResult &r) { tested = r; });
        QTRY_VERIFY_WITH_TIMEOUT(tested.has_value(), 30000);
        QVERIFY(!tested->ok);
        QVERIFY(!tested->message.isEmpty());
        for (const QString &secret : std::as_const(secrets))
            QVERIFY2(!tested->message.contains(secret), qPrintable(tested->message));
    }

    // A share that fails everywhere: the stored messages hold no secret either.
    std::optional<Incident> incident =
        m_app.store->create(QStringLiteral("Checkout DB down"), QDate(2026, 11, 24), nullptr);
    QVERIFY(incident);
    incident->status = Status::Documented;
    QVERIFY(m_app.store->save(*incident, {Field::Status}, nullptr));
    QString error;
    QVERIFY2(m_app.sharing->share(incident->id, &error) > 0, qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            int attempted = 0;
            for (const ShareJob &job : m_app.outbox->jobsForIncident(incident->id))
                attempted += job.attempts > 0 || job.state == ShareJobState::Failed;
            return attempted >= 2;
        }(),
        30000);
    for (const ShareJob &job : m_app.outbox->jobsForIncident(incident->id))
        for (const QString &secret : std::as_const(secrets))
            QVERIFY2(!job.message.contains(secret), qPrintable(job.message));

    // Removing a target removes its secret from the keychain.
    removeThroughTheDialog(targets[2].id);
    QVERIFY(!m_app.outbox->target(targets[2].id));
    const auto removed = readFromKeychain(targets[2].id);
    QVERIFY(removed);
    QCOMPARE(removed->status, CredentialResult::Status::NotFound);

    QVERIFY(m_app.window->close()); // writes the window's settings
    m_app.window.reset();
    QVERIFY(!m_log->text().isEmpty()); // the sync layer did log: the grep below means something
    expectNowhere(secrets);
}

void TestSharingSecrets::noKeychain_declinedAddsNoTarget_acceptedKeepsItInMemoryOnly() {
    REQUIRE_KEYRING("none");
    const Typed dav{
        QStringLiteral("webdav"),
        QStringLiteral("Nextcloud"),
        {{"davUrlEdit", QStringLiteral("http://127.0.0.1:1/dav/")}, {"davUserEdit", QStringLiteral("ann")}},
        QStringLiteral("no-keychain-Pa55-3c9a")};
    const QString declined = addThroughTheDialog(dav, QMessageBox::No);
    QVERIFY2(declined.contains(QStringLiteral("not added")), qPrintable(declined));
    QVERIFY(prompts::lastText().contains(QStringLiteral("could not be stored in the keychain")));
    QVERIFY2(!prompts::lastDetails().isEmpty(), "the prompt says why the keychain is not there");
    QVERIFY(m_app.outbox->targets().isEmpty());

    addThroughTheDialog(dav, QMessageBox::Yes);
    const QList<ShareTargetConfig> targets = m_app.outbox->targets();
    QCOMPARE(targets.size(), 1);
    QVERIFY(m_app.credentials->hasSessionSecret(shareSecretKey(targets[0].id)));
    // Without a keychain there is nothing to delete there: the target and its session copy go.
    removeThroughTheDialog(targets[0].id);
    QVERIFY(m_app.outbox->targets().isEmpty());
    QVERIFY(!m_app.credentials->hasSessionSecret(shareSecretKey(targets[0].id)));
    QVERIFY(m_app.window->close());
    m_app.window.reset();
    expectNowhere({dav.secret});
}

void TestSharingSecrets::lockedKeychain_isExplainedAndDeclinedAddsNoTarget() {
    REQUIRE_KEYRING("locked");
    const Typed hook{QStringLiteral("webhook"),
                     QStringLiteral("#incidents"),
                     {},
                     QStringLiteral("http://127.0.0.1:1/services/T0LOCK/B0LOCK/lockedhooksecret")};
    const QString declined = addThroughTheDialog(hook, QMessageBox::No);
    QVERIFY2(declined.contains(QStringLiteral("not added")), qPrintable(declined));
    QVERIFY2(prompts::lastDetails().contains(QStringLiteral("locked")), qPrintable(prompts::lastDetails()));
    QVERIFY(m_app.outbox->targets().isEmpty());
    QVERIFY(m_app.window->close());
    m_app.window.reset();
    expectNowhere({hook.secret, QStringLiteral("lockedhooksecret")});
}

QTEST_MAIN(TestSharingSecrets)
#include "tst_sharingsecrets.moc"
