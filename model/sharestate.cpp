#include "sharestate.h"

#include <QCoreApplication>

namespace hs {

QString shareSecretKey(qint64 targetId) {
    return QStringLiteral("share-target:%1").arg(targetId);
}

QString shareJobStateKey(ShareJobState state) {
    switch (state) {
    case ShareJobState::Queued:
        return QStringLiteral("queued");
    case ShareJobState::Sending:
        return QStringLiteral("sending");
    case ShareJobState::Sent:
        return QStringLiteral("sent");
    case ShareJobState::Failed:
        return QStringLiteral("failed");
    case ShareJobState::Conflict:
        return QStringLiteral("conflict");
    }
    return {};
}

std::optional<ShareJobState> shareJobStateFromKey(const QString &key) {
    for (ShareJobState s : {ShareJobState::Queued, ShareJobState::Sending, ShareJobState::Sent,
                            ShareJobState::Failed, ShareJobState::Conflict})
        if (shareJobStateKey(s) == key)
            return s;
    return std::nullopt;
}

QString shareJobStateLabel(ShareJobState state) {
    switch (state) {
    case ShareJobState::Queued:
        return QCoreApplication::translate("hs::ShareJobState", "Queued");
    case ShareJobState::Sending:
        return QCoreApplication::translate("hs::ShareJobState", "Sending");
    case ShareJobState::Sent:
        return QCoreApplication::translate("hs::ShareJobState", "Sent");
    case ShareJobState::Failed:
        return QCoreApplication::translate("hs::ShareJobState", "Failed");
    case ShareJobState::Conflict:
        return QCoreApplication::translate("hs::ShareJobState", "Conflict");
    }
    return {};
}

} // namespace hs
