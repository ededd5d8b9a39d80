#pragma once

// Shared by the GUI tests: a throw-away HOME and XDG folders for the whole process (set before
// QApplication reads them, so settings never touch the real ones), and a way to answer a modal
// dialog that a key press is about to open.

#include <functional>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QPointer>
#include <QTemporaryDir>
#include <QTimer>
#include <QWidget>

namespace hs::test {

struct ThrowAwayHome {
    QTemporaryDir dir;
    ThrowAwayHome() {
        const std::pair<const char *, const char *> folders[] = {{"HOME", "home"},
                                                                 {"XDG_CONFIG_HOME", "config"},
                                                                 {"XDG_DATA_HOME", "data"},
                                                                 {"XDG_CACHE_HOME", "cache"},
                                                                 {"XDG_RUNTIME_DIR", "runtime"}};
        for (const auto &[variable, name] : folders) {
            const QString path = dir.filePath(QLatin1String(name));
            QDir().mkpath(path);
            qputenv(variable, QFile::encodeName(path));
        }
        QFile::setPermissions(dir.filePath(QStringLiteral("runtime")),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
};
inline const ThrowAwayHome throwAwayHome;

// Calls `answer` with the modal dialog as soon as one is shown (polls from the event loop that
// the dialog's exec() runs).
inline void whenModalShown(std::function<void(QWidget *)> answer) {
    auto *timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, answer = std::move(answer)] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            timer->stop();
            timer->deleteLater();
            answer(modal);
        }
    });
    timer->start();
}

} // namespace hs::test
