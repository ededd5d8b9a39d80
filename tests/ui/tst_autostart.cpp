#include "autostart.h"

#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace hs;

class TestAutostart final : public QObject {
    Q_OBJECT
private slots:
    void init();
    void entryPath_honoursXdgConfigHome();
    void entryPath_relativeXdgConfigHomeFallsBackToHome();
    void setEnabled_writesAndRemovesTheEntry();
    void entryText_quotesExecutable_data();
    void entryText_quotesExecutable();
    void setEnabled_unwritableFolderSaysWhy();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestAutostart::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    qputenv("HOME", QFile::encodeName(m_dir->filePath(QStringLiteral("home"))));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir->filePath(QStringLiteral("config"))));
}

void TestAutostart::entryPath_honoursXdgConfigHome() {
    QCOMPARE(autostart::entryPath(),
             m_dir->filePath(QStringLiteral("config/autostart/io.github.hindsight.Hindsight.desktop")));
}

void TestAutostart::entryPath_relativeXdgConfigHomeFallsBackToHome() {
    qputenv("XDG_CONFIG_HOME", "relative/config");
    QCOMPARE(autostart::entryPath(),
             m_dir->filePath(QStringLiteral("home/.config/autostart/io.github.hindsight.Hindsight.desktop")));
    qunsetenv("XDG_CONFIG_HOME");
    QCOMPARE(autostart::entryPath(),
             m_dir->filePath(QStringLiteral("home/.config/autostart/io.github.hindsight.Hindsight.desktop")));
}

void TestAutostart::setEnabled_writesAndRemovesTheEntry() {
    QVERIFY(!autostart::isEnabled());
    QString error;
    QVERIFY2(autostart::setEnabled(true, QStringLiteral("/opt/hindsight/bin/hindsight"), &error),
             qPrintable(error));
    QVERIFY(autostart::isEnabled());
    // Read back as a desktop file by an INI reader, like a session manager would.
    QSettings entry(autostart::entryPath(), QSettings::IniFormat);
    entry.beginGroup(QStringLiteral("Desktop Entry"));
    QCOMPARE(entry.value(QStringLiteral("Type")).toString(), QStringLiteral("Application"));
    QCOMPARE(entry.value(QStringLiteral("Exec")).toString(),
             QStringLiteral("/opt/hindsight/bin/hindsight --tray"));
    QCOMPARE(entry.value(QStringLiteral("Name")).toString(), QStringLiteral("Hindsight"));
    // Writing again replaces, does not append.
    QVERIFY(autostart::setEnabled(true, QStringLiteral("/usr/bin/hindsight"), &error));
    QFile file(autostart::entryPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QCOMPARE(text.count(QStringLiteral("[Desktop Entry]")), 1);
    QVERIFY(text.contains(QStringLiteral("\nExec=/usr/bin/hindsight --tray\n")));

    QVERIFY2(autostart::setEnabled(false, QString(), &error), qPrintable(error));
    QVERIFY(!autostart::isEnabled());
    QVERIFY(!QFileInfo::exists(autostart::entryPath()));
    // Turning off what is off is fine.
    QVERIFY(autostart::setEnabled(false, QString(), &error));
}

void TestAutostart::entryText_quotesExecutable_data() {
    QTest::addColumn<QString>("executable");
    QTest::addColumn<QString>("exec");
    QTest::newRow("plain") << QStringLiteral("/usr/bin/hindsight") << QStringLiteral("/usr/bin/hindsight");
    QTest::newRow("space") << QStringLiteral("/home/me/My Apps/hindsight")
                           << QStringLiteral("\"/home/me/My Apps/hindsight\"");
    QTest::newRow("percent") << QStringLiteral("/opt/100%/hindsight")
                             << QStringLiteral("/opt/100%%/hindsight");
    QTest::newRow("dollar and quote")
        << QStringLiteral("/opt/a$b\"c/hindsight") << QStringLiteral("\"/opt/a\\\\$b\\\\\"c/hindsight\"");
    QTest::newRow("backslash") << QStringLiteral("/opt/a\\b/hindsight")
                               << QStringLiteral("\"/opt/a\\\\\\\\b/hindsight\"");
}

void TestAutostart::entryText_quotesExecutable() {
    QFETCH(QString, executable);
    QFETCH(QString, exec);
    const QString text = autostart::entryText(executable);
    QVERIFY2(text.contains(QString(QStringLiteral("\nExec=") + exec + QStringLiteral(" --tray\n"))),
             qPrintable(text));
}

void TestAutostart::setEnabled_unwritableFolderSaysWhy() {
    // A file where the autostart folder should be.
    QVERIFY(QDir().mkpath(m_dir->filePath(QStringLiteral("config"))));
    QFile blocker(m_dir->filePath(QStringLiteral("config/autostart")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    QString error;
    QVERIFY(!autostart::setEnabled(true, QStringLiteral("/usr/bin/hindsight"), &error));
    QVERIFY2(error.contains(QStringLiteral("autostart")), qPrintable(error));
    QVERIFY(!autostart::isEnabled());
}

QTEST_GUILESS_MAIN(TestAutostart)
#include "tst_autostart.moc"
