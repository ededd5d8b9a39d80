#include "../fixtures/postmortemsample.h"
#include "actionstore.h"
#include "database.h"
#include "documentimporter.h"
#include "documentrenderer.h"
#include "incidentstore.h"
#include "reviewstore.h"

#include <memory>
#include <QTemporaryDir>
#include <QTest>

using namespace hs;
using namespace hs::testing;

class TestPostMortem final : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void insertThenLoad_keepsEveryField();
    void exportImportExport_throughTheDatabaseIsByteIdentical_data();
    void exportImportExport_throughTheDatabaseIsByteIdentical();
    void insert_invalidActionStoresNothing();
    void load_missingIncidentFailsWithReason();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<IncidentStore> m_incidents;
    std::unique_ptr<ActionStore> m_actions;
    std::unique_ptr<ReviewStore> m_reviews;
};

void TestPostMortem::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QString error;
    QVERIFY2(m_db->open(m_dir->filePath(QStringLiteral("h.db")), &error), qPrintable(error));
    m_incidents = std::make_unique<IncidentStore>(*m_db);
    m_actions = std::make_unique<ActionStore>(*m_db);
    m_reviews = std::make_unique<ReviewStore>(*m_db);
}

void TestPostMortem::cleanup() {
    m_reviews.reset();
    m_actions.reset();
    m_incidents.reset();
    m_db.reset();
    m_dir.reset();
}

void TestPostMortem::insertThenLoad_keepsEveryField() {
    const PostMortem pm = samplePostMortem();
    QString error;
    const auto stored = insertPostMortem(*m_incidents, *m_actions, *m_reviews, pm, &error);
    QVERIFY2(stored, qPrintable(error));
    QVERIFY(stored->incident.id > 0);
    const auto loaded = loadPostMortem(*m_incidents, *m_actions, *m_reviews, stored->incident.id, &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->incident.title, pm.incident.title);
    QCOMPARE(loaded->actions.size(), pm.actions.size());
    for (qsizetype i = 0; i < pm.actions.size(); ++i) {
        const Action &a = loaded->actions.at(i);
        const Action &e = pm.actions.at(i);
        QCOMPARE(a.incidentId, stored->incident.id);
        QCOMPARE(a.title, e.title);
        QCOMPARE(a.team, e.team);
        QCOMPARE(a.owner, e.owner);
        QCOMPARE(a.bucket, e.bucket);
        QCOMPARE(a.status, e.status);
        QCOMPARE(a.dropReason, e.dropReason);
        QCOMPARE(a.due, e.due);
        QCOMPARE(a.link, e.link);
        QCOMPARE(a.notes, e.notes);
    }
    QCOMPARE(loaded->reviews.size(), pm.reviews.size());
    for (qsizetype i = 0; i < pm.reviews.size(); ++i) {
        const Review &r = loaded->reviews.at(i);
        QCOMPARE(r.kind, pm.reviews.at(i).kind);
        QCOMPARE(r.at, pm.reviews.at(i).at);
        QCOMPARE(reviewZoneId(r.at), reviewZoneId(pm.reviews.at(i).at));
        QCOMPARE(r.done, pm.reviews.at(i).done);
        QCOMPARE(r.notes, pm.reviews.at(i).notes);
        QVERIFY(!r.uid.isEmpty());
    }
}

void TestPostMortem::exportImportExport_throughTheDatabaseIsByteIdentical_data() {
    QTest::addColumn<int>("format");
    QTest::newRow("md") << int(renderer::Format::Markdown);
    QTest::newRow("json") << int(renderer::Format::Json);
}

void TestPostMortem::exportImportExport_throughTheDatabaseIsByteIdentical() {
    QFETCH(int, format);
    QString error;
    const auto first = insertPostMortem(*m_incidents, *m_actions, *m_reviews, samplePostMortem(), &error);
    QVERIFY2(first, qPrintable(error));
    const QString a = m_dir->filePath(QStringLiteral("a.") + renderer::extension(renderer::Format(format)));
    const QString b = m_dir->filePath(QStringLiteral("b.") + renderer::extension(renderer::Format(format)));
    QVERIFY2(renderer::exportTo(*first, renderer::Format(format), a, &error), qPrintable(error));
    const auto read = importer::readFile(a, &error);
    QVERIFY2(read, qPrintable(error));
    // As on another machine: the names are free again (a copy beside the original gets "-2" names).
    QVERIFY2(m_incidents->remove(first->incident.id, &error), qPrintable(error));
    const auto second = insertPostMortem(*m_incidents, *m_actions, *m_reviews, *read, &error);
    QVERIFY2(second, qPrintable(error));
    QCOMPARE(second->actions.size(), first->actions.size());
    const auto loaded = loadPostMortem(*m_incidents, *m_actions, *m_reviews, second->incident.id, &error);
    QVERIFY2(loaded, qPrintable(error));
    QVERIFY2(renderer::exportTo(*loaded, renderer::Format(format), b, &error), qPrintable(error));
    QFile fa(a), fb(b);
    QVERIFY(fa.open(QIODevice::ReadOnly) && fb.open(QIODevice::ReadOnly));
    QCOMPARE(fb.readAll(), fa.readAll());
}

void TestPostMortem::insert_invalidActionStoresNothing() {
    PostMortem pm = samplePostMortem();
    pm.actions[3].link = QStringLiteral("not a url");
    QString error;
    QVERIFY(!insertPostMortem(*m_incidents, *m_actions, *m_reviews, pm, &error));
    QVERIFY2(error.contains(pm.actions[3].title) && error.contains(QStringLiteral("full URL")),
             qPrintable(error));
    QCOMPARE(m_incidents->count(), 0);
    QCOMPARE(m_actions->count(ActionFilter{}), 0);
}

void TestPostMortem::load_missingIncidentFailsWithReason() {
    QString error;
    QVERIFY(!loadPostMortem(*m_incidents, *m_actions, *m_reviews, 42, &error));
    QVERIFY2(!error.isEmpty(), "no reason given");
}

QTEST_MAIN(TestPostMortem)
#include "tst_postmortem.moc"
