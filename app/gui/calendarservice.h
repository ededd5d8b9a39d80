#pragma once

#include "calendarapi.h"
#include "icswriter.h"

#include <functional>
#include <memory>

namespace hs {

class CalDavClient;
class CredentialStore;
class ReviewCalendarSync;

// CalendarApi for the app: CalDavClient for the connection test, ReviewCalendarSync for pushing and
// deleting review events (one client per operation, so several may run), CredentialStore for the password
// (keychain or this session only), QSettings for the address and user, under the keys hindsight-cli
// uses ("calendar/url", "calendar/user").
class CalendarService final : public CalendarApi {
    Q_OBJECT
public:
    explicit CalendarService(CredentialStore &credentials, QObject *parent = nullptr);
    ~CalendarService() override;

    Account account() const override;
    void test(const Account &account, const QString &password, Callback done) override;
    void save(const Account &account, const QString &password, Callback done) override;
    void keepForSession(const Account &account, const QString &password) override;
    void pushReviews(ReviewStore &reviews, qint64 incidentId, const QString &incidentTitle) override;
    void replaceTheirs(ReviewStore &reviews, qint64 incidentId, const QString &incidentTitle,
                       const QList<ReviewOutcome> &conflicts) override;
    void deleteReview(ReviewStore &reviews, const Review &review) override;

private:
    void testWith(const Account &account, const QString &password, Callback done);
    // The reason a push or delete could not start, and whether it is the keychain's (the UI then says
    // where to enter the password again or keep it for this session only).
    using Failed = std::function<void(const QString &error, bool keychainUnavailable)>;
    // Reads the password and hands a configured sync (alive until the next event loop turn after
    // `finished` is called) to `run`, or the reason why not to `failed`.
    void withSync(ReviewStore &reviews, std::function<void(ReviewCalendarSync &, std::function<void()>)> run,
                  Failed failed);
    // Pushes these events (of the incident's reviews), or fails with `error` when it is not empty;
    // answers with reviewsPushed().
    void push(ReviewStore &reviews, qint64 incidentId, const QList<IcsWriter::Event> &events,
              const QString &error);

    CredentialStore &m_credentials;
    std::unique_ptr<CalDavClient> m_client; // the running test; replaced by the next one
};

} // namespace hs
