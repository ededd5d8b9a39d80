#include "warmup.h"

#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString FontsDir = QStringLiteral("/usr/share/fonts/truetype/dejavu/");

int threadCount() {
    return int(QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size());
}

// A fontconfig configuration that sees one font file only, in a folder of its own.
bool writeConfig(const QTemporaryDir &dir, const QString &fontFile) {
    const QString fonts = dir.filePath(fontFile);
    QDir().mkpath(fonts);
    QFile::link(FontsDir + fontFile, fonts + QLatin1Char('/') + fontFile);
    QFile config(dir.filePath(QStringLiteral("fonts.conf")));
    if (!config.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    config.write(
        QStringLiteral("<?xml version=\"1.0\"?><fontconfig><dir>%1</dir><cachedir>%2</cachedir></fontconfig>")
            .arg(fonts, dir.filePath(QStringLiteral("cache")))
            .toUtf8());
    return true;
}

} // namespace

class TestWarmUp final : public QObject {
    Q_OBJECT
private slots:
    // main() warmed fontconfig up with a configuration that only has DejaVu Sans Mono, then replaced it
    // with one that only has DejaVu Serif: Qt must use the configuration read by the warm-up, not read
    // it again.
    void qtUsesTheConfigurationReadByTheWarmUp() {
#if !defined(Q_OS_UNIX) || defined(Q_OS_DARWIN)
        QSKIP("Qt does not use fontconfig here.");
#endif
        const QStringList families = QFontDatabase::families();
        QVERIFY2(families.contains(QStringLiteral("DejaVu Sans Mono")), qPrintable(families.join(u", ")));
        QVERIFY2(!families.contains(QStringLiteral("DejaVu Serif")), qPrintable(families.join(u", ")));
    }

    void paintThreadsWaitBeforeTheFirstPaint() {
#ifndef Q_OS_LINUX
        QSKIP("Counts threads in /proc/self/task.");
#endif
        const int before = threadCount();
        hs::warmup::startPaintThreads();
        QVERIFY2(threadCount() > before, qPrintable(QString::number(before)));
    }
};

int main(int argc, char *argv[]) {
    QTemporaryDir dir;
    if (!dir.isValid() || !writeConfig(dir, QStringLiteral("DejaVuSansMono.ttf")))
        qFatal("cannot write a fontconfig configuration in %s", qPrintable(dir.path()));
    qputenv("FONTCONFIG_FILE", dir.filePath(QStringLiteral("fonts.conf")).toLocal8Bit());
    {
        hs::warmup::Fontconfig fontconfig;
        fontconfig.wait();
    }
    if (!writeConfig(dir, QStringLiteral("DejaVuSerif.ttf")))
        qFatal("cannot rewrite the fontconfig configuration");
    QGuiApplication app(argc, argv);
    TestWarmUp test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_warmup.moc"
