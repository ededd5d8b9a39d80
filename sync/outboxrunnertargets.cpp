#include "credentialstore.h"
#include "outboxrunnerslot.h"
#include "sharetargetfactory.h"

// OutboxRunner's targets: making one (with its secret from the keychain) when its first job is due,
// the slot that tracks what it is doing, and rewriting its index once it is idle.
namespace hs {

bool OutboxRunner::isBusy() const {
    if (!m_creating.isEmpty())
        return true;
    for (const auto &[targetId, slot] : m_slots)
        if (slot->busy())
            return true;
    return false;
}

OutboxRunner::Slot *OutboxRunner::slotOf(qint64 targetId) const {
    const auto it = m_slots.find(targetId);
    return it == m_slots.end() ? nullptr : it->second.get();
}

bool OutboxRunner::isRunning(const ShareJob &job) const {
    const Slot *slot = slotOf(job.targetId);
    return slot && slot->jobs.contains(job.id);
}

void OutboxRunner::withTarget(const ShareTargetConfig &config,
                              std::function<void(ShareTarget *, const QString &error)> then) {
    const auto kind = shareTargetKind(config.kind);
    auto make = [this, config, then](const QString &secret) {
        QString error;
        std::unique_ptr<ShareTarget> target = m_factory(config, secret, &error);
        if (!target) {
            then(nullptr, error);
            return;
        }
        const qint64 targetId = config.id;
        connect(target.get(), &ShareTarget::progress, this, [this, targetId](qint64 done, qint64 total) {
            // With several jobs at once the target's progress is reported for the oldest of them.
            const Slot *slot = slotOf(targetId);
            if (slot && !slot->jobs.isEmpty())
                emit progress(slot->jobs.first(), done, total);
        });
        auto slot = std::make_unique<Slot>();
        slot->target = std::move(target);
        ShareTarget *raw = slot->target.get();
        m_slots[targetId] = std::move(slot);
        then(raw, {});
    };
    if (!kind || !kind->needsSecret) {
        QMetaObject::invokeMethod(
            this, [make] { make({}); }, Qt::QueuedConnection);
        return;
    }
    if (!m_credentials) {
        QMetaObject::invokeMethod(
            this, [then] { then(nullptr, tr("No keychain is available to read the password.")); },
            Qt::QueuedConnection);
        return;
    }
    const QString name = config.name;
    m_credentials->read(shareSecretKey(config.id), [make, then, name](const CredentialResult &result) {
        if (result.ok())
            make(result.secret);
        else if (result.status == CredentialResult::Status::NotFound)
            then(nullptr,
                 tr("No password is stored for \"%1\"; enter it again in the share settings.").arg(name));
        else
            then(nullptr, result.error);
    });
}

void OutboxRunner::targetIdle(qint64 targetId) {
    m_indexDirty.remove(targetId);
    Slot *slot = slotOf(targetId);
    if (!slot || !slot->target->keepsIndex())
        return;
    slot->indexing = true;
    RemoteState last = m_outbox.indexState(targetId);
    last.remove(QLatin1String("error")); // ours, not the target's
    slot->target->publishIndex(m_outbox.sharedEntries(targetId), last,
                               [this, targetId](const ShareResult &result, const RemoteState &state) {
                                   if (Slot *s = slotOf(targetId))
                                       s->indexing = false;
                                   if (result.ok()) {
                                       RemoteState written = state;
                                       written.remove(QLatin1String("error"));
                                       m_outbox.setIndexState(targetId, written);
                                   } else {
                                       // Shown on the share status of every document sent there.
                                       qCWarning(lcOutbox).noquote()
                                           << "index of target" << targetId << result.message;
                                       m_outbox.setIndexError(targetId, result.message);
                                       ++m_summary.indexFailures;
                                       emit indexFailed(targetId, result.message);
                                   }
                                   checkDrained();
                               });
}

} // namespace hs
