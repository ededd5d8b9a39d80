#pragma once

// Root may write any file, whatever its permissions, so a test of an unwritable file proves nothing when
// the suite runs as root (as scripts/test.sh does on a fresh Debian). HS_RUN_AS_NOBODY() at the top of
// such a test function re-runs just that function of the same test binary as the user "nobody"
// (util-linux's setpriv) and passes or fails with it; run by anyone else the function goes on as usual.

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <unistd.h>

namespace hs::test {

// Runs the current test function as nobody; returns its output, and in `passed` whether it passed.
inline QString rerunAsNobody(bool *passed) {
    *passed = false;
    const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
    if (setpriv.isEmpty())
        return QStringLiteral("setpriv (util-linux) is not installed");
    // nobody must be able to reach this binary (and the build folder the test uses): a clone in a
    // `mktemp -d` folder (mode 0700) is not, and the run would fail for that reason alone.
    for (QDir dir = QFileInfo(QCoreApplication::applicationFilePath()).dir();;) {
        if (!QFileInfo(dir.path()).permission(QFileDevice::ExeOther))
            return QStringLiteral("%1 is closed to other users, so the test cannot run as nobody: make it "
                                  "traversable (chmod o+x) or build in a folder that is")
                .arg(dir.path());
        if (!dir.cdUp())
            break;
    }
    const QString function = QString::fromLatin1(QTest::currentTestFunction());
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // nobody's home does not exist, and root's private runtime folder is not theirs.
    env.insert(QStringLiteral("HOME"), QDir::tempPath());
    env.remove(QStringLiteral("XDG_RUNTIME_DIR"));
    child.setProcessEnvironment(env);
    child.setWorkingDirectory(QDir::tempPath());
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(setpriv,
                {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                 QStringLiteral("--clear-groups"), QCoreApplication::applicationFilePath(), function});
    if (!child.waitForFinished(120000)) {
        child.kill();
        child.waitForFinished();
        return QStringLiteral("the run as nobody did not finish: ") + child.errorString();
    }
    const QString output = QString::fromUtf8(child.readAll());
    // PASS, not merely exit code 0: a skip inside would also exit with 0.
    const QRegularExpression pass(QStringLiteral("^PASS   : \\w+::") + function + QStringLiteral("\\(\\)$"),
                                  QRegularExpression::MultilineOption);
    *passed = child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0 && output.contains(pass);
    return output;
}

} // namespace hs::test

#define HS_RUN_AS_NOBODY()                                                                                   \
    do {                                                                                                     \
        if (geteuid() == 0) {                                                                                \
            bool passedAsNobody = false;                                                                     \
            const QString outputAsNobody = hs::test::rerunAsNobody(&passedAsNobody);                         \
            QVERIFY2(passedAsNobody, qPrintable(outputAsNobody));                                            \
            return;                                                                                          \
        }                                                                                                    \
    } while (false)
