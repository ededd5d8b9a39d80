#pragma once

#include "calendarapi.h"

#include <memory>

namespace hs {

class CalDavClient;
class CredentialStore;

// CalendarApi for the app: CalDavClient for the connection test, CredentialStore for the password
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

private:
    void testWith(const Account &account, const QString &password, Callback done);

    CredentialStore &m_credentials;
    std::unique_ptr<CalDavClient> m_client; // the running test; replaced by the next one
};

} // namespace hs
