#pragma once

// What LighttpdServer and RadicaleServer share: a throw-away server in a temporary folder, started by a
// script of tests/servers (`start.sh DIR USER PASSWORD [PORT]` prints the free loopback port it took;
// `stop.sh DIR` stops it), with one user, and curl as "another client" acting as that user behind the
// back of the code under test. Header-only so that the tests compiling lighttpdserver.cpp or
// radicaleserver.cpp (tests/sync and tests/app) need no other source.

#include <initializer_list>
#include <QByteArray>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

class ScriptedServer {
public:
    ScriptedServer(const ScriptedServer &) = delete;
    ScriptedServer &operator=(const ScriptedServer &) = delete;

    // A restart keeps the files and the port.
    bool start(QString *error) {
        QProcess p;
        QStringList args = {m_startScript, m_dir.path(), m_user, m_password};
        if (m_port)
            args << QString::number(m_port);
        p.start(QStringLiteral("sh"), args);
        if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            *error = QString::fromUtf8(p.readAllStandardError());
            return false;
        }
        m_port = p.readAllStandardOutput().trimmed().toInt();
        m_running = m_port > 0;
        return m_running;
    }

    void stop() {
        if (!m_running)
            return;
        QProcess::execute(QStringLiteral("sh"), {m_stopScript, m_dir.path()});
        m_running = false;
    }

    QUrl url(const QString &path) const {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path));
    }

    struct Answer {
        int status = 0;
        QByteArray body;
        QByteArray etag;
    };
    // curl -X verb [-H header]... [--data-binary body] url, as the configured user.
    Answer curl(const QByteArray &verb, const QUrl &url, const QByteArray &body = {},
                const QStringList &headers = {}) const {
        QTemporaryDir out;
        const QString headerFile = out.filePath(QStringLiteral("headers"));
        const QString bodyFile = out.filePath(QStringLiteral("body"));
        QStringList args = {
            QStringLiteral("-s"), QStringLiteral("-u"),          m_user + QLatin1Char(':') + m_password,
            QStringLiteral("-X"), QString::fromLatin1(verb),     QStringLiteral("-D"),
            headerFile,           QStringLiteral("-o"),          bodyFile,
            QStringLiteral("-w"), QStringLiteral("%{http_code}")};
        for (const QString &h : headers)
            args << QStringLiteral("-H") << h;
        if (!body.isNull()) {
            const QString upload = out.filePath(QStringLiteral("upload"));
            QFile f(upload);
            if (f.open(QIODevice::WriteOnly))
                f.write(body);
            f.close();
            args << QStringLiteral("--data-binary") << QLatin1Char('@') + upload;
        }
        args << url.toString(QUrl::FullyEncoded);
        QProcess p;
        p.start(QStringLiteral("curl"), args);
        p.waitForFinished(30000);
        Answer answer;
        answer.status = p.readAllStandardOutput().toInt();
        QFile b(bodyFile);
        if (b.open(QIODevice::ReadOnly))
            answer.body = b.readAll();
        QFile h(headerFile);
        if (h.open(QIODevice::ReadOnly))
            for (const QByteArray &line : h.readAll().split('\n'))
                if (line.toLower().startsWith("etag:"))
                    answer.etag = line.mid(5).trimmed();
        return answer;
    }

    // Those of `tools` that are not on PATH.
    static QStringList missingExecutables(std::initializer_list<const char *> tools) {
        QStringList missing;
        for (const char *tool : tools)
            if (QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty())
                missing << QLatin1String(tool);
        return missing;
    }

protected:
    ScriptedServer(const QString &startScript, const QString &stopScript, const QString &user,
                   const QString &password)
        : m_startScript(startScript)
        , m_stopScript(stopScript)
        , m_user(user)
        , m_password(password) {}
    ~ScriptedServer() { stop(); }

    // A file in the server's folder (its data, configuration and logs).
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

private:
    QString m_startScript;
    QString m_stopScript;
    QString m_user;
    QString m_password;
    QTemporaryDir m_dir;
    int m_port = 0;
    bool m_running = false;
};
