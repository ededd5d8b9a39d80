#pragma once

#include "icswriter.h"

#include <optional>
#include <QEventLoop>
#include <QList>
#include <QString>
#include <QUrl>

namespace hs {
class Database;
struct Incident;
} // namespace hs

// What `calendar` and `review push` share: the account, the events, and waiting for async answers.
namespace hs::cli {

// The one CalDAV calendar the reviews go to. Its address and user are kept in the settings
// ("calendar/url", "calendar/user", shared with the app); the password only in the keychain, under
// CredentialStore::calDavKey(url, user).
struct CalendarAccount {
    QUrl url;
    QString user;

    static std::optional<CalendarAccount> load();
    void save() const;
    static void forget();
    QString credentialKey() const;
};

// The incident's reviews as calendar events, each listing the incident's open actions.
QList<IcsWriter::Event> reviewEvents(Database &db, const Incident &incident, QString *error);

// The sync layer answers through callbacks from the event loop; the CLI has nothing else to do
// meanwhile, so it runs a local loop until the one answer came. `start` receives the callback.
template <typename Result, typename Start> Result waitFor(Start start) {
    QEventLoop loop;
    std::optional<Result> answer;
    start([&](const Result &result) {
        answer = result;
        loop.quit();
    });
    if (!answer)
        loop.exec();
    return *answer;
}

int runReviewPush(const QStringList &args);

} // namespace hs::cli
