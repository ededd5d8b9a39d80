#pragma once

// A SharingApi for widget tests: the outbox is real (SQLite), everything that would reach the network or
// the keychain is recorded, and the test answers it when it wants to.

#include "outbox.h"
#include "sharingapi.h"

#include <QHash>
#include <QTimer>

namespace hs::test {

class FakeSharingApi final : public SharingApi {
public:
    explicit FakeSharingApi(Outbox &outbox)
        : m_outbox(outbox) {}

    Outbox &outbox() override { return m_outbox; }
    QList<Kind> kinds() const override {
        return {
            {QStringLiteral("folder"), QStringLiteral("Shared folder"), false, {}},
            {QStringLiteral("webdav"), QStringLiteral("WebDAV"), true, QStringLiteral("Password")},
            {QStringLiteral("mediawiki"), QStringLiteral("MediaWiki"), true, QStringLiteral("Bot password")},
            {QStringLiteral("webhook"), QStringLiteral("Chat webhook"), true, QStringLiteral("Webhook URL")}};
    }
    bool validate(const ShareTargetConfig &config, QString *error) const override {
        if (config.name.isEmpty()) {
            *error = QStringLiteral("Give the share target a name.");
            return false;
        }
        return true;
    }
    void testTarget(const ShareTargetConfig &config, const QString &secret, TestCallback done) override {
        testedConfig = config;
        testedSecret = secret;
        pendingTest = std::move(done);
    }
    void cancelTest() override {
        ++cancels;
        if (pendingTest)
            answerTest({false, true, {}});
    }
    // Answers the pending test from the event loop, as the real one does.
    void answerTest(const TestResult &result) {
        TestCallback done;
        std::swap(done, pendingTest);
        QTimer::singleShot(0, this, [done, result] { done(result); });
    }
    void storeSecret(qint64 targetId, const QString &secret, SecretCallback done) override {
        stored.insert(targetId, secret);
        QTimer::singleShot(0, this, [done, r = secretAnswer] { done(r); });
    }
    void keepSecretForSession(qint64 targetId, const QString &secret) override {
        session.insert(targetId, secret);
    }
    void removeSecret(qint64 targetId, SecretCallback done) override {
        removed.append(targetId);
        QTimer::singleShot(0, this, [done, r = removeAnswer] { done(r); });
    }

    QByteArray contentHash(qint64 incidentId) override { return hashes.value(incidentId, "h1"); }
    int share(qint64 incidentId, QString *error, const QList<qint64> &targetIds, bool overwrite) override {
        shares.append({incidentId, targetIds, overwrite});
        return m_outbox.share(incidentId, contentHash(incidentId), error, targetIds, overwrite);
    }
    void cancelSharing() override { ++sharingCancels; }
    bool isBusy() const override { return false; }
    std::optional<QString> announcement(qint64 incidentId, QString *) override {
        return QStringLiteral("announcement of %1").arg(incidentId);
    }

    struct Share {
        qint64 incidentId;
        QList<qint64> targetIds;
        bool overwrite;
    };
    ShareTargetConfig testedConfig;
    QString testedSecret;
    TestCallback pendingTest;
    int cancels = 0;
    int sharingCancels = 0;
    SecretResult secretAnswer{true, false, {}};
    SecretResult removeAnswer{true, false, {}};
    QHash<qint64, QString> stored;
    QHash<qint64, QString> session;
    QList<qint64> removed;
    QHash<qint64, QByteArray> hashes;
    QList<Share> shares;

private:
    Outbox &m_outbox;
};

} // namespace hs::test
