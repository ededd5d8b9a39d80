#include "actionstore.h"
#include "calendarapi.h"
#include "database.h"
#include "incidentstore.h"
#include "outbox.h"
#include "reviewstore.h"
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

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<IncidentStore> m_incidents;
    std::unique_ptr<ActionStore> m_actions;
    std::unique_ptr<ReviewStore> m_reviews;
    std::unique_ptr<Outbox> m_outbox;
};

void TestServices::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestServices::init() {
    m_outbox.reset();
    m_reviews.reset();
    m_actions.reset();
    m_incidents.reset();
    m_db = std::make_unique<Database>();
    QString error;
    const QString path =
        m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".sqlite"));
    QVERIFY2(m_db->open(path, &error), qPrintable(error));
    m_incidents = std::make_unique<IncidentStore>(*m_db);
    m_actions = std::make_unique<ActionStore>(*m_db);
    m_reviews = std::make_unique<ReviewStore>(*m_db);
    m_outbox = std::make_unique<Outbox>(*m_db);
}

void TestServices::load_fromTheBuildFolder() {
    QString error;
    const auto services = servicesloader::load({QStringLiteral(HINDSIGHT_SERVICES_DIR)}, *m_outbox,
                                               *m_incidents, *m_actions, *m_reviews, &error);
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
    QVERIFY(!servicesloader::load({empty.path()}, *m_outbox, *m_incidents, *m_actions, *m_reviews, &error));
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
    QVERIFY(!servicesloader::load({dir.path()}, *m_outbox, *m_incidents, *m_actions, *m_reviews, &error));
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
