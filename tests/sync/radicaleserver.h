#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

// A throw-away Radicale on 127.0.0.1 (tests/servers/start-radicale.sh) with one htpasswd user, and curl
// as "another client" that changes the calendar behind the back of the code under test.
class RadicaleServer final {
public:
    RadicaleServer(const QString &user, const QString &password);
    ~RadicaleServer();

    // Empty when the tools are there; otherwise why the tests must be skipped.
    static QString missingTools();
    bool start(QString *error); // a restart keeps the calendars and the port
    void stop();
    QUrl url(const QString &path) const;
    QString log() const;

    struct Answer {
        int status = 0;
        QByteArray body;
        QByteArray etag;
    };
    // curl -X verb [-H header]... [--data-binary body] url, as the configured user.
    Answer curl(const QByteArray &verb, const QUrl &url, const QByteArray &body = {},
                const QStringList &headers = {}) const;

private:
    QString m_user;
    QString m_password;
    QTemporaryDir m_dir;
    int m_port = 0;
    bool m_running = false;
};

// An .ics as a set of content lines: unfolded and sorted, since servers may re-fold lines and reorder
// properties without changing the event.
QStringList contentLines(const QByteArray &ics);
