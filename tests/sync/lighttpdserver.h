#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

// A throw-away lighttpd WebDAV server on 127.0.0.1 (tests/servers/start-lighttpd-webdav.sh) with one
// user, and curl as "another client" that changes files behind the back of the code under test.
class LighttpdServer final {
public:
    LighttpdServer(const QString &user, const QString &password);
    ~LighttpdServer();

    // Empty when the tools are there; otherwise why the tests must be skipped.
    static QString missingTools();
    bool start(QString *error); // a restart keeps the files and the port
    void stop();
    QUrl url(const QString &path) const;
    QString davPath(const QString &path) const; // the served file on disk
    // "PUT /pm/x.md 201" lines; lighttpd writes its access log when it stops.
    QStringList accessLog() const;

    struct Answer {
        int status = 0;
        QByteArray body;
        QByteArray etag;
    };
    Answer curl(const QByteArray &verb, const QUrl &url, const QByteArray &body = {},
                const QStringList &headers = {}) const;

private:
    QString m_user;
    QString m_password;
    QTemporaryDir m_dir;
    int m_port = 0;
    bool m_running = false;
};
