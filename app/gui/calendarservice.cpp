#include "calendarservice.h"

#include "caldavclient.h"
#include "credentialstore.h"

#include <QPointer>
#include <QSettings>

namespace hs {

namespace {

// Shared with hindsight-cli's `calendar add`.
const QLatin1String kUrlKey("calendar/url");
const QLatin1String kUserKey("calendar/user");

} // namespace

CalendarService::CalendarService(CredentialStore &credentials, QObject *parent)
    : CalendarApi(parent)
    , m_credentials(credentials) {}

CalendarService::~CalendarService() = default;

CalendarApi::Account CalendarService::account() const {
    const QSettings settings;
    return Account{QUrl(settings.value(kUrlKey).toString()), settings.value(kUserKey).toString()};
}

void CalendarService::test(const Account &account, const QString &password, Callback done) {
    if (!password.isEmpty()) {
        testWith(account, password, std::move(done));
        return;
    }
    const QPointer<CalendarService> self(this);
    m_credentials.read(CredentialStore::calDavKey(account.url, account.user),
                       [self, account, done = std::move(done)](const CredentialResult &secret) {
                           if (!self)
                               return;
                           if (!secret.ok()) {
                               done(Result{false, secret.keychainUnavailable(),
                                           secret.status == CredentialResult::Status::NotFound
                                               ? tr("Enter the password or app token of the account.")
                                               : secret.error});
                               return;
                           }
                           self->testWith(account, secret.secret, done);
                       });
}

void CalendarService::testWith(const Account &account, const QString &password, Callback done) {
    m_client = std::make_unique<CalDavClient>();
    m_client->configure(account.url, account.user, password);
    m_client->test([done = std::move(done)](const CalDavResult &result) {
        if (!result.ok())
            done(Result{false, false, result.error});
        else if (result.displayName.isEmpty())
            done(Result{true, false, {}});
        else
            done(Result{true, false, tr("The calendar is called “%1”.").arg(result.displayName)});
    });
}

void CalendarService::save(const Account &account, const QString &password, Callback done) {
    QSettings settings;
    settings.setValue(kUrlKey, account.url.toString());
    settings.setValue(kUserKey, account.user);
    if (password.isEmpty()) {
        done(Result{true, false, {}});
        return;
    }
    m_credentials.write(CredentialStore::calDavKey(account.url, account.user), password,
                        [done = std::move(done)](const CredentialResult &result) {
                            done(Result{result.ok(), result.keychainUnavailable(), result.error});
                        });
}

void CalendarService::keepForSession(const Account &account, const QString &password) {
    m_credentials.keepForSession(CredentialStore::calDavKey(account.url, account.user), password);
}

} // namespace hs
