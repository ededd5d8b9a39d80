#pragma once

#include <optional>
#include <QEventLoop>
#include <QList>
#include <QString>
#include <QUrl>

namespace hs {
class CalDavClient;
} // namespace hs

// What `calendar` and `review push`/`delete` share: the account, its password, and waiting for async answers.
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

// Reads the account's password from the keychain and configures `client` with it; on failure
// prints why and returns the exit code.
std::optional<int> connectCalendar(CalDavClient &client, const CalendarAccount &account);

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
int runReviewDelete(const QStringList &args);

} // namespace hs::cli
