#pragma once

#include <functional>
#include <QObject>
#include <QString>
#include <QUrl>

namespace hs {

// What the widgets need from the CalDAV calendar, without knowing how it is done (network and
// keychain live in sync/, joined to the UI in app/gui). The address and user are settings shared with
// hindsight-cli; the password or app token is kept in the system keychain only.
class CalendarApi : public QObject {
    Q_OBJECT
public:
    struct Account {
        QUrl url;
        QString user;
        bool isValid() const { return url.isValid() && !url.isEmpty() && !user.isEmpty(); }
    };
    struct Result {
        bool ok = false;
        // The keychain is missing or locked: the UI may offer to keep the secret for this session only.
        bool keychainUnavailable = false;
        QString message; // one sentence for the user; never the password
    };
    using Callback = std::function<void(const Result &)>;

    explicit CalendarApi(QObject *parent = nullptr)
        : QObject(parent) {}
    ~CalendarApi() override = default;

    // The calendar set up so far (invalid when none).
    virtual Account account() const = 0;
    // Reaches the calendar with these credentials; an empty `password` uses the stored one.
    // One test at a time: a new one replaces the last, whose answer is dropped.
    virtual void test(const Account &account, const QString &password, Callback done) = 0;
    // Keeps the address and user in the settings and a non-empty `password` in the keychain only.
    virtual void save(const Account &account, const QString &password, Callback done) = 0;
    // Keeps the password in memory until the app quits (the keychain was not available).
    virtual void keepForSession(const Account &account, const QString &password) = 0;
};

} // namespace hs
