#include "xvfb.h"

#include <QStandardPaths>

namespace hs::bench {

Xvfb::~Xvfb() {
    if (m_server.state() == QProcess::NotRunning)
        return;
    m_server.terminate();
    if (!m_server.waitForFinished(3000))
        m_server.kill();
    m_server.waitForFinished(1000);
}

QString Xvfb::start() {
    const QString program = QStandardPaths::findExecutable(QStringLiteral("Xvfb"));
    if (program.isEmpty())
        return {};
    // -displayfd 1: Xvfb picks a free display and writes its number to stdout once it accepts clients.
    m_server.start(program, {QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-screen"),
                             QStringLiteral("0"), QStringLiteral("1280x800x24"), QStringLiteral("-nolisten"),
                             QStringLiteral("tcp")});
    QByteArray out;
    while (!out.contains('\n') && m_server.waitForReadyRead(10000))
        out += m_server.readAllStandardOutput();
    const QByteArray number = out.trimmed();
    if (number.isEmpty())
        return {};
    return QLatin1Char(':') + QString::fromLatin1(number);
}

} // namespace hs::bench
