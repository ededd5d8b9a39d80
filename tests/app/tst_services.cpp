#include "calendarapi.h"
#include "followupfixture.h"
#include "outbox.h"
#include "servicesloader.h"
#include "sharingapi.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace hs;

// The services plugin (sharing and the calendar, with the network and the keychain), loaded by the app
// after its first paint: the loader finds it or says why not, and the real app works either way.
class TestServices final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void load_fromTheBuildFolder();
    void load_missingSaysWhereItLooked();
    void load_invalidFileSaysWhy();
    void app_loadsThePluginAfterTheFirstPaint();
    void app_withoutThePluginStillWorks();

private:
    // Starts the real hindsight with a throw-away home until it is complete; returns its stderr.
    QString runApp(const QString &program, bool *completed);

    // Two incidents with their actions and reviews, as the app would hand the plugin.
    std::unique_ptr<test::FollowUpFixture> m_f;
    std::unique_ptr<Outbox> m_outbox;
};

void TestServices::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
}

void TestServices::init() {
    m_outbox.reset();
    m_f = std::make_unique<test::FollowUpFixture>();
    QString error;
    QVERIFY2(m_f->setUp(&error), qPrintable(error));
    m_outbox = std::make_unique<Outbox>(m_f->db);
}

void TestServices::load_fromTheBuildFolder() {
    QString error;
    const auto services = servicesloader::load({QStringLiteral(HINDSIGHT_SERVICES_DIR)}, *m_outbox,
                                               *m_f->incidents, *m_f->actions, *m_f->reviews, &error);
    QVERIFY2(services, qPrintable(error));
    // Built on the objects it was given.
    QCOMPARE(&services->sharing().outbox(), m_outbox.get());
    QVERIFY(!services->sharing().kinds().isEmpty());
    QVERIFY(!services->calendar().account().isValid()); // nothing configured in this test's settings
    // One copy of the widgets' interfaces in the process: the plugin's classes derive from the
    // executable's (exported) meta-objects, so signals, casts and metatypes agree on both sides.
    QCOMPARE(services->sharing().metaObject()->superClass(), &SharingApi::staticMetaObject);
    QCOMPARE(services->calendar().metaObject()->superClass(), &CalendarApi::staticMetaObject);
    QVERIFY(qobject_cast<SharingApi *>(&services->sharing()));
    services->start(); // drains an empty outbox: nothing to send, nothing to fail
}

void TestServices::load_missingSaysWhereItLooked() {
    const QTemporaryDir empty;
    QString error;
    QVERIFY(!servicesloader::load({empty.path()}, *m_outbox, *m_f->incidents, *m_f->actions, *m_f->reviews,
                                  &error));
    QVERIFY2(error.contains(QStringLiteral("missing")), qPrintable(error));
    QVERIFY2(error.contains(empty.path()), qPrintable(error));
}

void TestServices::load_invalidFileSaysWhy() {
    const QTemporaryDir dir;
    QFile fake(dir.filePath(QFileInfo(QStringLiteral(HINDSIGHT_SERVICES_PATH)).fileName()));
    QVERIFY(fake.open(QIODevice::WriteOnly));
    fake.write("not a shared library\n");
    fake.close();
    QString error;
    QVERIFY(!servicesloader::load({dir.path()}, *m_outbox, *m_f->incidents, *m_f->actions, *m_f->reviews,
                                  &error));
    QVERIFY2(error.contains(fake.fileName()), qPrintable(error));
}

QString TestServices::runApp(const QString &program, bool *completed) {
    const QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    QProcess app;
    app.setProcessEnvironment(env);
    app.start(program, {QStringLiteral("--database"), home.filePath(QStringLiteral("db.sqlite")),
                        QStringLiteral("--quit-after-first-paint")});
    *completed = app.waitForFinished(30000) && app.exitCode() == 0 &&
                 app.readAllStandardOutput() == "first paint\nwindow complete\n";
    return QString::fromLocal8Bit(app.readAllStandardError());
}

void TestServices::app_loadsThePluginAfterTheFirstPaint() {
    bool completed = false;
    const QString log = runApp(QStringLiteral(HINDSIGHT_APP_PATH), &completed);
    QVERIFY2(completed, qPrintable(log));
    QVERIFY2(!log.contains(QStringLiteral("not available")), qPrintable(log));
}

// A broken install (the plugin deleted): the window opens and completes, and the log says what is missing.
void TestServices::app_withoutThePluginStillWorks() {
    const QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("hindsight"));
    QVERIFY(QFile::copy(QStringLiteral(HINDSIGHT_APP_PATH), copy));
    bool completed = false;
    const QString log = runApp(copy, &completed);
    QVERIFY2(completed, qPrintable(log));
    QVERIFY2(log.contains(QStringLiteral("Sharing and the calendar are not available")), qPrintable(log));
    QVERIFY2(log.contains(QStringLiteral("missing")), qPrintable(log));
}

QTEST_MAIN(TestServices)
#include "tst_services.moc"
