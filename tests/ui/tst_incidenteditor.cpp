#include "autosaver.h"
#include "completenessindicator.h"
#include "database.h"
#include "incidenteditor.h"
#include "incidentstore.h"
#include "theme.h"
#include "uitestsupport.h"

#include <memory>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace hs;

class TestIncidentEditor final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        theme::useUnshapedInterfaceText(); // as the app does
    }
    void init();
    void cleanup();
    void completeness_followsTyping();
    void completeness_linkCountsForTheExtract();
    void showIncident_loadsWithoutSaving();
    void title_emptyShowsReasonAndIsNotSaved();
    void saveStatus_showsFailureAndKeepsTheEdit();
    void errorText_followsThePalette();
    void copyButton_putsTheChannelOnTheClipboard();

private:
    Incident declare(const QString &title);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<IncidentStore> m_store;
    std::unique_ptr<IncidentEditor> m_editor;
};

void TestIncidentEditor::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QString error;
    QVERIFY2(m_db->open(m_dir->filePath(QStringLiteral("h.sqlite")), &error), qPrintable(error));
    m_store = std::make_unique<IncidentStore>(*m_db);
    m_editor = std::make_unique<IncidentEditor>(*m_store);
    m_editor->show();
}

void TestIncidentEditor::cleanup() {
    m_editor.reset();
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

Incident TestIncidentEditor::declare(const QString &title) {
    const auto incident = m_store->create(title, QDate(2026, 11, 24), nullptr);
    if (!incident)
        qFatal("cannot declare an incident");
    return *incident;
}

void TestIncidentEditor::completeness_followsTyping() {
    QVERIFY(m_editor->showIncident(declare(QStringLiteral("Checkout DB down")).id));
    CompletenessIndicator *indicator = m_editor->completenessIndicator();
    QCOMPARE(indicator->summary(), QStringLiteral("0 of 5 written"));
    QVERIFY(indicator->missing().contains(sectionLabel(Section::Cause)));

    QTest::keyClicks(m_editor->sectionField(Section::Cause), QStringLiteral("A migration locked the table."));
    QCOMPARE(indicator->summary(), QStringLiteral("1 of 5 written"));
    QVERIFY(!indicator->missing().contains(sectionLabel(Section::Cause)));
    QVERIFY(indicator->missing().contains(sectionLabel(Section::Impact)));

    QTest::keyClicks(m_editor->sectionField(Section::Impact), QStringLiteral("No checkout for 20 min."));
    QTest::keyClicks(m_editor->sectionField(Section::Resolution), QStringLiteral("Killed the migration."));
    QTest::keyClicks(m_editor->sectionField(Section::Extract),
                     QStringLiteral("10:02 <ana> checkout is down"));
    QTest::keyClicks(m_editor->sectionField(Section::Prevention), QStringLiteral("Run migrations off-peak."));
    QCOMPARE(indicator->summary(), QStringLiteral("5 of 5 written"));
    QVERIFY(!indicator->missing().contains(sectionLabel(Section::Prevention)));

    // Emptying a section makes it missing again.
    QPlainTextEdit *impact = m_editor->sectionField(Section::Impact);
    impact->selectAll();
    QTest::keyClick(impact, Qt::Key_Delete);
    QCOMPARE(indicator->summary(), QStringLiteral("4 of 5 written"));
    QVERIFY(indicator->missing().contains(sectionLabel(Section::Impact)));
}

void TestIncidentEditor::completeness_linkCountsForTheExtract() {
    QVERIFY(m_editor->showIncident(declare(QStringLiteral("Search down")).id));
    auto *link = m_editor->findChild<QLineEdit *>(QStringLiteral("linkEdit"));
    QTest::keyClicks(link, QStringLiteral("https://chat.example.com/archives/C42"));
    QCOMPARE(m_editor->completenessIndicator()->summary(), QStringLiteral("1 of 5 written"));
}

void TestIncidentEditor::showIncident_loadsWithoutSaving() {
    Incident incident = declare(QStringLiteral("Cache stampede"));
    incident.setText(Section::Cause, QStringLiteral("TTLs expired together."));
    QVERIFY(m_store->save(incident, {Field::Cause}, nullptr));
    QVERIFY(m_editor->showIncident(incident.id));
    QCOMPARE(m_editor->sectionField(Section::Cause)->toPlainText(), QStringLiteral("TTLs expired together."));
    QCOMPARE(m_editor->findChild<QLineEdit *>(QStringLiteral("titleEdit"))->text(), incident.title);
    QVERIFY2(!m_editor->saver().isDirty(), "showing an incident is not an edit");
    QVERIFY(!m_editor->sectionField(Section::Cause)->document()->isUndoAvailable());
    // What the user writes is shaped (kerning, ligatures), unlike the app's interface text.
    QVERIFY(!(m_editor->sectionField(Section::Cause)->font().styleStrategy() & QFont::PreferNoShaping));
}

void TestIncidentEditor::title_emptyShowsReasonAndIsNotSaved() {
    const Incident incident = declare(QStringLiteral("Queue backlog"));
    QVERIFY(m_editor->showIncident(incident.id));
    auto *title = m_editor->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
    auto *hint = m_editor->findChild<QLabel *>(QStringLiteral("titleHint"));
    title->selectAll();
    QTest::keyClick(title, Qt::Key_Delete);
    QVERIFY(hint->isVisible());
    QVERIFY(!hint->text().isEmpty());
    QVERIFY(m_editor->flush());
    QCOMPARE(m_store->load(incident.id, nullptr)->title, QStringLiteral("Queue backlog"));
    QTest::keyClicks(title, QStringLiteral("Queue backlog at night"));
    QVERIFY(!hint->isVisible());
    QVERIFY(m_editor->flush());
    QCOMPARE(m_store->load(incident.id, nullptr)->title, QStringLiteral("Queue backlog at night"));
}

void TestIncidentEditor::saveStatus_showsFailureAndKeepsTheEdit() {
    const Incident incident = declare(QStringLiteral("Disk full"));
    QVERIFY(m_editor->showIncident(incident.id));
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE UPDATE ON incident "
                                  "BEGIN SELECT RAISE(ABORT, 'the disk is full'); END")));
    QTest::keyClicks(m_editor->sectionField(Section::Cause), QStringLiteral("Logs filled the disk."));
    QString error;
    QVERIFY(!m_editor->flush(&error));
    QVERIFY(m_editor->saveStatus()->text().contains(error));
    QCOMPARE(m_editor->sectionField(Section::Cause)->toPlainText(), QStringLiteral("Logs filled the disk."));

    QVERIFY(q.exec(QStringLiteral("DROP TRIGGER refuse")));
    QVERIFY(m_editor->flush());
    QCOMPARE(m_editor->saveStatus()->text(), QStringLiteral("Saved"));
    QCOMPARE(m_store->load(incident.id, nullptr)->text(Section::Cause),
             QStringLiteral("Logs filled the disk."));
}

void TestIncidentEditor::errorText_followsThePalette() {
    QVERIFY(m_editor->showIncident(declare(QStringLiteral("Dark mode")).id));
    QTest::keyClicks(m_editor->findChild<QLineEdit *>(QStringLiteral("linkEdit")), QStringLiteral("nope"));
    auto *hint = m_editor->findChild<QLabel *>(QStringLiteral("linkHint"));
    QVERIFY(hint->isVisible());
    const QPalette light = QApplication::palette();
    const QColor onLight = hint->palette().color(QPalette::WindowText);
    QCOMPARE(onLight, theme::negativeText(light));
    QVERIFY(onLight != light.color(QPalette::WindowText));

    // Switching the system to a dark palette while running recomputes the red for it.
    QPalette dark = light;
    dark.setColor(QPalette::Base, QColor(30, 30, 30));
    dark.setColor(QPalette::Window, QColor(45, 45, 45));
    dark.setColor(QPalette::WindowText, QColor(240, 240, 240));
    QApplication::setPalette(dark);
    const QColor onDark = hint->palette().color(QPalette::WindowText);
    QApplication::setPalette(light);
    QCOMPARE(onDark, theme::negativeText(dark));
    QVERIFY(onDark != onLight);
    QCOMPARE(hint->palette().color(QPalette::WindowText), onLight);
}

void TestIncidentEditor::copyButton_putsTheChannelOnTheClipboard() {
    QVERIFY(m_editor->showIncident(declare(QStringLiteral("Checkout DB down")).id));
    QApplication::clipboard()->clear();
    QSignalSpy messages(m_editor.get(), &IncidentEditor::message);
    QTest::mouseClick(m_editor->findChild<QPushButton *>(QStringLiteral("copyChannelButton")),
                      Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("#incident-2026-11-24-checkout-db-down"));
    QCOMPARE(messages.count(), 1);
}

QTEST_MAIN(TestIncidentEditor)
#include "tst_incidenteditor.moc"
