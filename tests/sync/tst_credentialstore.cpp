#include "credentialstore.h"

#include <optional>
#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace hs;
using Status = CredentialResult::Status;

// Runs under tests/servers/with-keyring.sh three times: with an unlocked gnome-keyring
// (HINDSIGHT_TEST_KEYRING =unlocked), with a locked one (=locked) and on a bus that has no Secret Service at
// all (=none).
class TestCredentialStore final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();

    void calDavKey_namesServerAndUserWithoutUserInfo();
    void fromKeychainError_givesOneClearSentence_data();
    void fromKeychainError_givesOneClearSentence();

    void keychain_writeReadRemoveRoundTrip();
    void keychain_writeReplacesEarlierSecret();
    void keychain_keysAreSeparate();
    void keychain_removeOfMissingEntryIsOk();
    void keychain_answersFromTheEventLoopNeverInsideTheCall();
    void keychain_secretIsOnlyInTheEncryptedKeyringFile();

    void unavailable_writeAndReadSayWhatIsWrong();
    void unavailable_sessionOnlyFallbackKeepsSecretInMemoryOnly();

private:
    QString skipReason(const QStringList &modes) const;
    QString uniqueSecret() const;

    QString m_mode;
    QString m_home;
};

namespace {

// Runs one store call and waits for its single answer.
template <typename Call> std::optional<CredentialResult> waitFor(Call call) {
    std::optional<CredentialResult> answer;
    int calls = 0;
    call([&](const CredentialResult &r) {
        answer = r;
        ++calls;
    });
    if (!QTest::qWaitFor([&] { return calls > 0; }, 20000))
        return std::nullopt;
    QTest::qWait(0); // a second answer would be a bug: give it the chance to show up
    return calls == 1 ? answer : std::nullopt;
}

// Every file below `root` whose bytes contain the secret (UTF-8 or UTF-16, the two ways Qt may store it).
QStringList filesContaining(const QString &root, const QString &secret) {
    const QByteArray utf8 = secret.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2);
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = f.readAll();
        if (bytes.contains(utf8) || bytes.contains(utf16))
            hits << path;
    }
    return hits;
}

const QString kKeyringFile = QStringLiteral("/.local/share/keyrings/login.keyring");

} // namespace

void TestCredentialStore::initTestCase() {
    m_mode = qEnvironmentVariable("HINDSIGHT_TEST_KEYRING");
    m_home = qEnvironmentVariable("HINDSIGHT_TEST_HOME");
}

QString TestCredentialStore::skipReason(const QStringList &modes) const {
    if (m_mode.isEmpty())
        return QStringLiteral(
            "needs tests/servers/with-keyring.sh (a private D-Bus session); CTest runs it so");
    if (!modes.contains(m_mode))
        return QStringLiteral("needs HINDSIGHT_TEST_KEYRING=%1; this run is %2")
            .arg(modes.join(QLatin1Char('|')), m_mode);
    return {};
}

// QSKIP returns from the function it is written in, so this is a macro.
#define REQUIRE_KEYRING(...)                                                                                 \
    do {                                                                                                     \
        const QString why = skipReason({__VA_ARGS__});                                                       \
        if (!why.isEmpty())                                                                                  \
            QSKIP(qPrintable(why));                                                                          \
    } while (false)

QString TestCredentialStore::uniqueSecret() const {
    return QStringLiteral("pw-%1-%2-äß")
        .arg(QRandomGenerator::global()->generate64(), 0, 36)
        .arg(QRandomGenerator::global()->generate64(), 0, 36);
}

void TestCredentialStore::calDavKey_namesServerAndUserWithoutUserInfo() {
    const QUrl url(QStringLiteral("https://alice:hunter2@dav.example.test/cal/alice/reviews/"));
    const QString key = CredentialStore::calDavKey(url, QStringLiteral("alice"));
    QCOMPARE(key, QStringLiteral("caldav:https://dav.example.test/cal/alice/reviews/:alice"));
    QVERIFY(!key.contains(QLatin1String("hunter2")));
    QVERIFY(CredentialStore::calDavKey(url, QStringLiteral("bob")) != key);
}

void TestCredentialStore::fromKeychainError_givesOneClearSentence_data() {
    // Errors and messages QtKeychain gives on Linux (see TOOLCHAIN.md); the numbers are QKeychain::Error.
    QTest::addColumn<int>("error");
    QTest::addColumn<QString>("message");
    QTest::addColumn<Status>("status");
    QTest::addRow("no session bus") << 7 << QStringLiteral("Cannot autolaunch D-Bus without X11 $DISPLAY")
                                    << Status::NoKeychain;
    QTest::addRow("no secrets service")
        << 7 << QStringLiteral("The name org.freedesktop.secrets was not provided by any .service files")
        << Status::NoKeychain;
    QTest::addRow("no backend") << 5 << QStringLiteral("No keychain service available") << Status::NoKeychain;
    QTest::addRow("locked, read")
        << 7 << QStringLiteral("Object does not exist at path “/org/freedesktop/secrets/collection/login”")
        << Status::Locked;
    QTest::addRow("locked, write") << 4 << QStringLiteral("Cannot create an item in a locked collection")
                                   << Status::Locked;
    QTest::addRow("user said no") << 3 << QStringLiteral("Access denied") << Status::AccessDenied;
    QTest::addRow("not found") << 1 << QStringLiteral("Entry not found") << Status::NotFound;
    QTest::addRow("other") << 7 << QStringLiteral("Something odd happened") << Status::Failed;
}

void TestCredentialStore::fromKeychainError_givesOneClearSentence() {
    QFETCH(int, error);
    QFETCH(QString, message);
    QFETCH(Status, status);
    const CredentialResult r = CredentialStore::fromKeychainError(error, message);
    QCOMPARE(r.status, status);
    QCOMPARE(r.detail, message);
    QVERIFY(r.error.endsWith(QLatin1Char('.')) || r.error.endsWith(QLatin1String("happened")));
    QCOMPARE(r.keychainUnavailable(),
             status == Status::NoKeychain || status == Status::Locked || status == Status::AccessDenied);
    if (status != Status::Failed) // the sentence is ours, not the backend's jargon
        QVERIFY2(!r.error.contains(message), qPrintable(r.error));
}

void TestCredentialStore::keychain_writeReadRemoveRoundTrip() {
    REQUIRE_KEYRING(QStringLiteral("unlocked"));
    CredentialStore store;
    QCOMPARE(store.service(), QStringLiteral("hindsight"));
    const QString key = CredentialStore::calDavKey(
        QUrl(QStringLiteral("http://127.0.0.1:5232/alice/reviews/")), QStringLiteral("alice"));
    const QString secret = uniqueSecret();

    auto w = waitFor([&](auto cb) { store.write(key, secret, cb); });
    QVERIFY(w);
    QVERIFY2(w->ok(), qPrintable(w->error + QLatin1String(" / ") + w->detail));

    auto r = waitFor([&](auto cb) { store.read(key, cb); });
    QVERIFY(r);
    QVERIFY2(r->ok(), qPrintable(r->error));
    QCOMPARE(r->secret, secret);
    QVERIFY(!r->fromSession);

    // A second store (a later start of the app) finds it too: it is in the keychain, not in memory.
    CredentialStore later;
    auto r2 = waitFor([&](auto cb) { later.read(key, cb); });
    QVERIFY(r2 && r2->ok());
    QCOMPARE(r2->secret, secret);

    auto d = waitFor([&](auto cb) { store.remove(key, cb); });
    QVERIFY(d);
    QVERIFY2(d->ok(), qPrintable(d->error));

    auto gone = waitFor([&](auto cb) { store.read(key, cb); });
    QVERIFY(gone);
    QCOMPARE(gone->status, Status::NotFound);
    QVERIFY(gone->secret.isEmpty());
    QVERIFY(!gone->error.isEmpty());
}

void TestCredentialStore::keychain_writeReplacesEarlierSecret() {
    REQUIRE_KEYRING(QStringLiteral("unlocked"));
    CredentialStore store;
    const QString key = QStringLiteral("caldav:http://replace.test/:alice");
    QVERIFY(waitFor([&](auto cb) { store.write(key, QStringLiteral("old-one"), cb); })->ok());
    QVERIFY(waitFor([&](auto cb) { store.write(key, QStringLiteral("new-one"), cb); })->ok());
    auto r = waitFor([&](auto cb) { store.read(key, cb); });
    QVERIFY(r && r->ok());
    QCOMPARE(r->secret, QStringLiteral("new-one"));
    QVERIFY(waitFor([&](auto cb) { store.remove(key, cb); })->ok());
}

void TestCredentialStore::keychain_keysAreSeparate() {
    REQUIRE_KEYRING(QStringLiteral("unlocked"));
    CredentialStore store;
    const QUrl url(QStringLiteral("https://dav.example.test/alice/reviews/"));
    const QString alice = CredentialStore::calDavKey(url, QStringLiteral("alice"));
    const QString bob = CredentialStore::calDavKey(url, QStringLiteral("bob"));
    QVERIFY(waitFor([&](auto cb) { store.write(alice, QStringLiteral("alice-pw"), cb); })->ok());
    QVERIFY(waitFor([&](auto cb) { store.write(bob, QStringLiteral("bob-pw"), cb); })->ok());
    QCOMPARE(waitFor([&](auto cb) { store.read(alice, cb); })->secret, QStringLiteral("alice-pw"));
    QCOMPARE(waitFor([&](auto cb) { store.read(bob, cb); })->secret, QStringLiteral("bob-pw"));
    // Another service name is another namespace.
    CredentialStore other(QStringLiteral("hindsight-other"));
    QCOMPARE(waitFor([&](auto cb) { other.read(alice, cb); })->status, Status::NotFound);
    QVERIFY(waitFor([&](auto cb) { store.remove(alice, cb); })->ok());
    QCOMPARE(waitFor([&](auto cb) { store.read(bob, cb); })->secret, QStringLiteral("bob-pw"));
    QVERIFY(waitFor([&](auto cb) { store.remove(bob, cb); })->ok());
}

void TestCredentialStore::keychain_removeOfMissingEntryIsOk() {
    REQUIRE_KEYRING(QStringLiteral("unlocked"));
    CredentialStore store;
    auto d = waitFor([&](auto cb) { store.remove(QStringLiteral("caldav:http://never.test/:nobody"), cb); });
    QVERIFY(d);
    QVERIFY2(d->ok(), qPrintable(d->error));
}

void TestCredentialStore::keychain_answersFromTheEventLoopNeverInsideTheCall() {
    REQUIRE_KEYRING(QStringLiteral("unlocked"));
    CredentialStore store;
    store.keepForSession(QStringLiteral("k"), QStringLiteral("v"));
    bool answered = false;
    store.read(QStringLiteral("k"), [&](const CredentialResult &) { answered = true; });
    QVERIFY(!answered); // even a secret at hand arrives later, like every other answer
    QTRY_VERIFY(answered);
    answered = false;
    store.read(QStringLiteral("caldav:http://absent.test/:x"),
               [&](const CredentialResult &) { answered = true; });
    QVERIFY(!answered);
    QTRY_VERIFY(answered);
}

void TestCredentialStore::keychain_secretIsOnlyInTheEncryptedKeyringFile() {
    REQUIRE_KEYRING(QStringLiteral("unlocked"));
    QVERIFY(!m_home.isEmpty());
    CredentialStore store;
    const QString key = QStringLiteral("caldav:http://kept.test/:alice");
    const QString secret = uniqueSecret();
    QVERIFY(waitFor([&](auto cb) { store.write(key, secret, cb); })->ok());
    // Wait until gnome-keyring has saved it: a fresh store reads it back.
    CredentialStore fresh;
    QCOMPARE(waitFor([&](auto cb) { fresh.read(key, cb); })->secret, secret);
    QTRY_VERIFY(QFile::exists(m_home + kKeyringFile));

    // The keyring file is encrypted: the secret is in no file under HOME, that one included.
    const QStringList hits = filesContaining(m_home, secret);
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1String(", "))));
    const QStringList runtimeHits = filesContaining(qEnvironmentVariable("XDG_RUNTIME_DIR"), secret);
    QVERIFY2(runtimeHits.isEmpty(), qPrintable(runtimeHits.join(QLatin1String(", "))));
    // The test itself can see the secret in a file, so an empty result means something.
    QFile probe(m_home + QStringLiteral("/probe.txt"));
    QVERIFY(probe.open(QIODevice::WriteOnly));
    probe.write(secret.toUtf8());
    probe.close();
    QCOMPARE(filesContaining(m_home, secret), QStringList{probe.fileName()});
    probe.remove();
    QVERIFY(waitFor([&](auto cb) { store.remove(key, cb); })->ok());
}

void TestCredentialStore::unavailable_writeAndReadSayWhatIsWrong() {
    REQUIRE_KEYRING(QStringLiteral("none"), QStringLiteral("locked"));
    CredentialStore store;
    const QString key = QStringLiteral("caldav:http://127.0.0.1:5232/alice/reviews/:alice");
    auto w = waitFor([&](auto cb) { store.write(key, uniqueSecret(), cb); });
    QVERIFY(w);
    QVERIFY(!w->detail.isEmpty());
    QVERIFY(w->keychainUnavailable());
    if (m_mode == QLatin1String("none")) {
        QCOMPARE(w->status, Status::NoKeychain);
        QCOMPARE(w->error,
                 QStringLiteral("No keychain is available on this system (no Secret Service such as "
                                "GNOME Keyring or KWallet is running)."));
    } else {
        QCOMPARE(w->status, Status::Locked);
        QCOMPARE(w->error,
                 QStringLiteral("The keychain is locked; unlock it (for example by logging in again) "
                                "and try again."));
    }

    auto r = waitFor([&](auto cb) { store.read(key, cb); });
    QVERIFY(r);
    QVERIFY(!r->ok());
    QVERIFY(r->secret.isEmpty());
    QVERIFY(!r->error.isEmpty());
}

void TestCredentialStore::unavailable_sessionOnlyFallbackKeepsSecretInMemoryOnly() {
    REQUIRE_KEYRING(QStringLiteral("none"), QStringLiteral("locked"));
    CredentialStore store;
    const QString key = QStringLiteral("caldav:http://127.0.0.1:5232/alice/reviews/:alice");
    const QString secret = uniqueSecret();
    auto w = waitFor([&](auto cb) { store.write(key, secret, cb); });
    QVERIFY(w && w->keychainUnavailable());

    // What the UI does when the user accepts "keep it for this session only".
    store.keepForSession(key, secret);
    QVERIFY(store.hasSessionSecret(key));
    auto r = waitFor([&](auto cb) { store.read(key, cb); });
    QVERIFY(r && r->ok());
    QCOMPARE(r->secret, secret);
    QVERIFY(r->fromSession);

    // Only this process knows it: another store (a restart of the app) does not.
    CredentialStore other;
    QVERIFY(!waitFor([&](auto cb) { other.read(key, cb); })->ok());
    // Nothing was written: no QSettings fallback, no file anywhere under HOME.
    const QStringList hits = filesContaining(m_home, secret);
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1String(", "))));

    store.forgetSession(key);
    QVERIFY(!store.hasSessionSecret(key));
    QVERIFY(!waitFor([&](auto cb) { store.read(key, cb); })->ok());
}

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
