#include "calendarapi.h"
#include "database.h"
#include "incidentstore.h"
#include "prompts.h"
#include "reviewproposaldialog.h"
#include "reviewspanel.h"
#include "reviewstore.h"
#include "uitestsupport.h"

#include <memory>
#include <QCheckBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>
#include <QToolButton>

using namespace hs;

namespace {

// Records what the panel asks for; the test answers later with the signals, as the real service
// would from the event loop.
class FakeCalendarApi final : public CalendarApi {
public:
    Account stored;
    QList<std::pair<qint64, QString>> pushes; // incident, title
    QList<Review> deletes;
    QList<QList<ReviewOutcome>> replaces; // the conflicts handed to replaceTheirs()

    Account account() const override { return stored; }
    void test(const Account &, const QString &, Callback) override {}
    void save(const Account &, const QString &, Callback) override {}
    void keepForSession(const Account &, const QString &) override {}
    void pushReviews(ReviewStore &, qint64 incidentId, const QString &title) override {
        pushes.append({incidentId, title});
    }
    void replaceTheirs(ReviewStore &, qint64, const QString &,
                       const QList<ReviewOutcome> &conflicts) override {
        replaces << conflicts;
    }
    void deleteReview(ReviewStore &, const Review &review) override { deletes << review; }
};

} // namespace

class TestReviewsPanel final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void proposeButton_acceptStoresBothReviews();
    void proposeButton_editedDateIsStored();
    void proposeButton_cancelStoresNothing();
    void proposeIfNone_skipsAnIncidentWithReviews();
    void edits_areSavedAtOnce();
    void exportButton_writesTheIcsFile();
    void pushButton_withoutCalendarExplainsHowToSetOneUp();
    void pushButton_pushesWithoutBlockingAndShowsConflict();
    void pushButton_errorIsShown();
    void pushButton_keychainUnavailableSaysWhereToFixIt();
    void conflict_replaceTheirsAsksThenPushesOnlyTheConflict_data();
    void conflict_replaceTheirsAsksThenPushesOnlyTheConflict();
    void conflict_keepTheirsTakesTheirDateAndEtag();
    void conflict_keepTheirsForgetsAnEventDeletedThere();
    void deleteButton_asksAndDeletesAReviewNeverPushed();
    void deleteButton_cancelKeepsIt();
    void deleteKey_pushedReviewDeletesItsEventThroughTheCalendar();
    void delete_conflictAsksAndKeepsOrDeletesHereOnly_data();
    void delete_conflictAsksAndKeepsOrDeletesHereOnly();
    void delete_unreachableCalendarKeepsTheReviewUnlessConfirmed();
    void destroyedWhileBusy_answersAreDropped();

private:
    QList<Review> twoReviews();
    Review pushedWeek();
    // Pushes with the button; the fake answers that `week` was changed (or deleted) in the calendar
    // and the month review went through.
    CalendarApi::ReviewOutcome pushMeetsConflict(const Review &week, bool deletedThere = false);
    // Answers the next modal dialog with `answer` (run from its own event loop).
    void answerNextDialog(std::function<void(ReviewProposalDialog *)> answer);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<IncidentStore> m_incidents;
    std::unique_ptr<ReviewStore> m_store;
    std::unique_ptr<ReviewsPanel> m_panel;
    std::unique_ptr<FakeCalendarApi> m_api;
    ReviewRules m_rules;
    qint64 m_incident = 0;
};

void TestReviewsPanel::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QString error;
    QVERIFY2(m_db->open(m_dir->filePath(QStringLiteral("h.sqlite")), &error), qPrintable(error));
    m_incidents = std::make_unique<IncidentStore>(*m_db);
    m_store = std::make_unique<ReviewStore>(*m_db);
    m_incident = m_incidents->create(QStringLiteral("Checkout DB down"), QDate(2026, 11, 23), &error)->id;
    m_rules.zone = QTimeZone("Europe/Berlin");
    m_panel = std::make_unique<ReviewsPanel>(*m_store);
    m_panel->setRules(m_rules);
    m_panel->setToday([] { return QDate(2026, 11, 24); });
    m_panel->setIncident(m_incident, QStringLiteral("Checkout DB down"));
    m_api = std::make_unique<FakeCalendarApi>();
    m_api->stored = {QUrl(QStringLiteral("https://cal.example.com/dav/alice/reviews/")),
                     QStringLiteral("alice")};
    m_panel->setCalendar(m_api.get());
    m_panel->resize(700, 200);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void TestReviewsPanel::cleanup() {
    m_panel.reset();
    m_api.reset();
    m_store.reset();
    m_incidents.reset();
    m_db.reset();
    m_dir.reset();
}

void TestReviewsPanel::answerNextDialog(std::function<void(ReviewProposalDialog *)> answer) {
    test::whenModalShown([answer = std::move(answer)](QWidget *modal) {
        auto *dialog = qobject_cast<ReviewProposalDialog *>(modal);
        QVERIFY(dialog);
        answer(dialog);
    });
}

void TestReviewsPanel::proposeButton_acceptStoresBothReviews() {
    QVERIFY(m_panel->proposeButton()->isEnabled());
    answerNextDialog([](ReviewProposalDialog *dialog) { QTest::keyClick(dialog, Qt::Key_Return); });
    QTest::mouseClick(m_panel->proposeButton(), Qt::LeftButton);
    const QList<Review> reviews = m_store->forIncident(m_incident);
    QCOMPARE(reviews.size(), 2);
    const QList<ReviewProposal> expected = proposeReviews(QDate(2026, 11, 24), m_rules);
    QCOMPARE(reviews.at(0).kind, ReviewKind::Week);
    QCOMPARE(reviews.at(0).at, expected.at(0).at);
    QCOMPARE(reviews.at(1).at, expected.at(1).at);
    QCOMPARE(reviews.at(0).at.timeZone().id(), QByteArrayLiteral("Europe/Berlin"));
    QCOMPARE(reviews.at(0).at.time(), QTime(10, 0));
    QCOMPARE(m_panel->count(), 2);
    QCOMPARE(m_panel->dateTimeEdit(0)->date(), expected.at(0).at.date());
    QVERIFY(!m_panel->proposeButton()->isVisible()); // proposing twice would double them
}

void TestReviewsPanel::proposeButton_editedDateIsStored() {
    answerNextDialog([](ReviewProposalDialog *dialog) {
        QDateTimeEdit *month = dialog->dateTimeEdit(ReviewKind::Month);
        month->setFocus();
        month->setSelectedSection(QDateTimeEdit::DaySection);
        QTest::keyClick(month, Qt::Key_Down);
        QTest::keyClick(month, Qt::Key_Return);
    });
    QTest::mouseClick(m_panel->proposeButton(), Qt::LeftButton);
    const QList<Review> reviews = m_store->forIncident(m_incident);
    QCOMPARE(reviews.size(), 2);
    const QList<ReviewProposal> proposed = proposeReviews(QDate(2026, 11, 24), m_rules);
    QCOMPARE(reviews.at(1).at, proposed.at(1).at.addDays(-1));
}

void TestReviewsPanel::proposeButton_cancelStoresNothing() {
    answerNextDialog([](ReviewProposalDialog *dialog) { QTest::keyClick(dialog, Qt::Key_Escape); });
    QTest::mouseClick(m_panel->proposeButton(), Qt::LeftButton);
    QVERIFY(m_store->forIncident(m_incident).isEmpty());
    QCOMPARE(m_panel->count(), 0);
    QVERIFY(m_panel->proposeButton()->isVisible()); // they can do it later
    QVERIFY(m_panel->proposeButton()->isEnabled());
}

void TestReviewsPanel::proposeIfNone_skipsAnIncidentWithReviews() {
    QVERIFY(m_store->create(m_incident, ReviewKind::Week,
                            QDateTime(QDate(2026, 12, 2), QTime(10, 0), m_rules.zone), nullptr));
    QCOMPARE(m_panel->count(), 1);
    // Any dialog shown is recorded and closed, so a wrong one cannot block the run.
    bool shown = false;
    QTimer closer;
    connect(&closer, &QTimer::timeout, this, [&shown] {
        if (auto *modal = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
            shown = true;
            modal->reject();
        }
    });
    closer.start(10);
    m_panel->proposeIfNone();
    QVERIFY(!shown);
    QCOMPARE(m_store->forIncident(m_incident).size(), 1);

    // Without reviews it asks.
    QVERIFY(m_store->remove(m_store->forIncident(m_incident).first().id, nullptr));
    m_panel->proposeIfNone();
    QVERIFY(shown);
}

void TestReviewsPanel::edits_areSavedAtOnce() {
    const auto created = m_store->create(m_incident, proposeReviews(QDate(2026, 11, 24), m_rules), nullptr);
    QCOMPARE(created.size(), 2);
    QCOMPARE(m_panel->count(), 2);

    QTest::mouseClick(m_panel->doneBox(0), Qt::LeftButton, {}, QPoint(4, m_panel->doneBox(0)->height() / 2));
    QVERIFY(m_store->load(created.at(0).id)->done);

    QLineEdit *notes = m_panel->notesEdit(0);
    QTest::keyClicks(notes, QStringLiteral("Index added; alerting still open"));
    QCOMPARE(m_store->load(created.at(0).id)->notes, QStringLiteral("Index added; alerting still open"));
    QCOMPARE(m_panel->notesEdit(0), notes); // the row was not rebuilt under the typing

    QDateTimeEdit *month = m_panel->dateTimeEdit(1);
    month->setFocus();
    month->setSelectedSection(QDateTimeEdit::HourSection);
    QTest::keyClicks(month, QStringLiteral("15"));
    QTest::keyClick(month, Qt::Key_Return);
    const Review stored = *m_store->load(created.at(1).id);
    QCOMPARE(stored.at.time(), QTime(15, 0));
    QCOMPARE(stored.at.date(), created.at(1).at.date());
    QCOMPARE(stored.at.timeZone().id(), QByteArrayLiteral("Europe/Berlin"));
}

QList<Review> TestReviewsPanel::twoReviews() {
    const auto created = m_store->create(m_incident, proposeReviews(QDate(2026, 11, 24), m_rules), nullptr);
    return created;
}

Review TestReviewsPanel::pushedWeek() {
    const Review week = twoReviews().at(0);
    m_store->setCalendarState(week.id, QStringLiteral("https://cal.example.com/dav/alice/reviews/w.ics"),
                              QStringLiteral("\"e1\""), nullptr);
    return *m_store->load(week.id);
}

void TestReviewsPanel::exportButton_writesTheIcsFile() {
    QVERIFY(!m_panel->exportButton()->isVisible()); // nothing to export yet
    const QList<Review> reviews = twoReviews();
    QVERIFY(m_panel->exportButton()->isVisible());
    QTemporaryDir out;
    prompts::setNextFileName(out.filePath(QStringLiteral("reviews"))); // typed without the suffix
    QTest::mouseClick(m_panel->exportButton(), Qt::LeftButton);
    QVERIFY(prompts::lastProposedPath().endsWith(QLatin1String("checkout-db-down-reviews.ics")));
    QFile file(out.filePath(QStringLiteral("reviews.ics")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray ics = file.readAll();
    QVERIFY(ics.contains("\r\n")); // RFC 5545 line ends
    ics.replace("\r\n ", "");
    const QList<QByteArray> lines = ics.split('\n');
    auto has = [&](const QByteArray &line) { return lines.contains(line + '\r'); };
    QCOMPARE(ics.count("BEGIN:VEVENT"), 2);
    for (const Review &review : reviews) {
        QVERIFY(has("UID:" + review.uid.toUtf8()));
        QVERIFY(
            has("DTSTART:" + review.at.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1()));
    }
    QVERIFY(has("SUMMARY:Post-mortem review: Checkout DB down (+1 week)"));
    QVERIFY(has("SUMMARY:Post-mortem review: Checkout DB down (+1 month)"));
    QVERIFY(m_panel->calendarStatus()->isVisible());
    QVERIFY(m_panel->calendarStatus()->text().contains(QDir::toNativeSeparators(file.fileName())));

    // Cancelled: nothing written, nothing said.
    QVERIFY(file.remove());
    prompts::setNextFileName(QString());
    QTest::mouseClick(m_panel->exportButton(), Qt::LeftButton);
    QVERIFY(!file.exists());
}

void TestReviewsPanel::pushButton_withoutCalendarExplainsHowToSetOneUp() {
    twoReviews();
    m_api->stored = {};
    QTest::mouseClick(m_panel->pushButton(), Qt::LeftButton);
    QVERIFY(m_api->pushes.isEmpty());
    QVERIFY(m_panel->calendarStatus()->isVisible());
    QVERIFY2(m_panel->calendarStatus()->text().contains(QStringLiteral("Settings > Calendar…")),
             qPrintable(m_panel->calendarStatus()->text()));
    m_panel->setCalendar(nullptr); // no calendar API at all (the app without sync): the same answer
    QVERIFY(m_panel->pushButton()->toolTip().contains(QStringLiteral("Settings > Calendar…")));
    QTest::mouseClick(m_panel->pushButton(), Qt::LeftButton);
    QVERIFY(m_panel->calendarStatus()->text().contains(QStringLiteral("Settings > Calendar…")));
}

void TestReviewsPanel::pushButton_pushesWithoutBlockingAndShowsConflict() {
    const QList<Review> reviews = twoReviews();
    QTest::mouseClick(m_panel->pushButton(), Qt::LeftButton);
    QCOMPARE(m_api->pushes.size(), 1);
    QCOMPARE(m_api->pushes.at(0).first, m_incident);
    QCOMPARE(m_api->pushes.at(0).second, QStringLiteral("Checkout DB down"));
    // The panel is still usable while the push runs; a second click does not push twice.
    QVERIFY(!m_panel->pushButton()->isEnabled());
    QVERIFY(m_panel->notesEdit(0)->isEnabled());
    QTest::mouseClick(m_panel->pushButton(), Qt::LeftButton);
    QCOMPARE(m_api->pushes.size(), 1);

    CalendarApi::PushResult result;
    result.incidentId = m_incident;
    CalendarApi::ReviewOutcome conflict;
    conflict.reviewId = reviews.at(0).id;
    conflict.kind = ReviewKind::Week;
    conflict.status = CalendarApi::ReviewOutcome::Status::Conflict;
    conflict.serverSummary = QStringLiteral("Moved by Bob");
    conflict.serverStart = QDateTime(QDate(2026, 12, 14), QTime(15, 30), QTimeZone::utc());
    CalendarApi::ReviewOutcome pushed;
    pushed.reviewId = reviews.at(1).id;
    pushed.kind = ReviewKind::Month;
    pushed.status = CalendarApi::ReviewOutcome::Status::Pushed;
    result.reviews = {conflict, pushed};
    emit m_api->reviewsPushed(result);
    QVERIFY(m_panel->pushButton()->isEnabled());
    const QString shown = m_panel->calendarStatus()->text();
    QVERIFY2(shown.contains(QStringLiteral("Pushed 1 review")), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("“Moved by Bob”")), qPrintable(shown));
    QVERIFY2(shown.contains(
                 QLocale().toString(conflict.serverStart.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"))),
             qPrintable(shown));
    QVERIFY(shown.contains(reviewKindLabel(ReviewKind::Week)));

    // A clean push says how many.
    QTest::mouseClick(m_panel->pushButton(), Qt::LeftButton);
    result.reviews = {pushed, pushed};
    emit m_api->reviewsPushed(result);
    QVERIFY2(m_panel->calendarStatus()->text().startsWith(QStringLiteral("Pushed 2 review")),
             qPrintable(m_panel->calendarStatus()->text()));
}

void TestReviewsPanel::pushButton_errorIsShown() {
    twoReviews();
    QTest::mouseClick(m_panel->pushButton(), Qt::LeftButton);
    emit m_api->reviewsPushed(CalendarApi::PushResult{
        m_incident,
        {},
        QStringLiteral("The calendar server cal.example.com refused the connection; is it running?"),
        false});
    QVERIFY(m_panel->pushButton()->isEnabled());
    QVERIFY(m_panel->calendarStatus()->text().contains(QStringLiteral("refused the connection")));
    QVERIFY(m_panel->calendarStatus()->text().startsWith(QStringLiteral("Not pushed")));
}

void TestReviewsPanel::pushButton_keychainUnavailableSaysWhereToFixIt() {
    twoReviews();
    QTest::mouseClick(m_panel->pushButton(), Qt::LeftButton);
    emit m_api->reviewsPushed(CalendarApi::PushResult{
        m_incident, {}, QStringLiteral("The keychain is locked; unlock it and try again."), true});
    const QString shown = m_panel->calendarStatus()->text();
    QVERIFY2(shown.contains(QStringLiteral("The keychain is locked")), qPrintable(shown)); // what
    QVERIFY2(shown.contains(QStringLiteral("Settings > Calendar…")), qPrintable(shown));   // where
    QVERIFY2(shown.contains(QStringLiteral("this session only")), qPrintable(shown));
    QVERIFY(!m_panel->replaceTheirsButton()->isVisible());

    // Any other failure does not send the user to the keychain.
    QTest::mouseClick(m_panel->pushButton(), Qt::LeftButton);
    emit m_api->reviewsPushed(CalendarApi::PushResult{
        m_incident, {}, QStringLiteral("The calendar server refused the connection."), false});
    QVERIFY(!m_panel->calendarStatus()->text().contains(QStringLiteral("this session only")));
}

CalendarApi::ReviewOutcome TestReviewsPanel::pushMeetsConflict(const Review &week, bool deletedThere) {
    const Review month = m_store->forIncident(m_incident).at(1);
    const int before = int(m_api->pushes.size());
    QTest::mouseClick(m_panel->pushButton(), Qt::LeftButton);
    if (m_api->pushes.size() != before + 1)
        return {};
    CalendarApi::ReviewOutcome conflict;
    conflict.reviewId = week.id;
    conflict.kind = ReviewKind::Week;
    conflict.status = CalendarApi::ReviewOutcome::Status::Conflict;
    conflict.serverHref = QStringLiteral("https://cal.example.com/dav/alice/reviews/w.ics");
    if (!deletedThere) {
        conflict.serverSummary = QStringLiteral("Moved by Bob");
        conflict.serverStart = QDateTime(QDate(2026, 12, 14), QTime(15, 30), QTimeZone::utc());
        conflict.serverEtag = QStringLiteral("\"theirs\"");
    }
    CalendarApi::ReviewOutcome pushed;
    pushed.reviewId = month.id;
    pushed.kind = ReviewKind::Month;
    pushed.status = CalendarApi::ReviewOutcome::Status::Pushed;
    emit m_api->reviewsPushed(CalendarApi::PushResult{m_incident, {conflict, pushed}, {}, false});
    return conflict;
}

void TestReviewsPanel::conflict_replaceTheirsAsksThenPushesOnlyTheConflict_data() {
    QTest::addColumn<bool>("confirm");
    QTest::newRow("cancel") << false;
    QTest::newRow("replace") << true;
}

void TestReviewsPanel::conflict_replaceTheirsAsksThenPushesOnlyTheConflict() {
    QFETCH(bool, confirm);
    const Review week = pushedWeek();
    QVERIFY(!m_panel->replaceTheirsButton()->isVisible()); // no conflict yet
    const CalendarApi::ReviewOutcome conflict = pushMeetsConflict(week);
    QCOMPARE(conflict.reviewId, week.id);
    QVERIFY(m_panel->replaceTheirsButton()->isVisible());
    QVERIFY(m_panel->keepTheirsButton()->isVisible());

    prompts::setNextAnswer(confirm ? QMessageBox::Yes : QMessageBox::Cancel);
    QTest::mouseClick(m_panel->replaceTheirsButton(), Qt::LeftButton);
    QVERIFY2(prompts::lastText().contains(reviewKindLabel(ReviewKind::Week)),
             qPrintable(prompts::lastText()));
    QVERIFY(!prompts::lastText().contains(reviewKindLabel(ReviewKind::Month)));
    QVERIFY(prompts::lastDetails().contains(QStringLiteral("overwritten")));
    const Review stored = *m_store->load(week.id);
    QCOMPARE(stored.calendarEtag, week.calendarEtag); // nothing changes here before the server agrees
    QCOMPARE(stored.at, week.at);
    if (!confirm) {
        QVERIFY(m_api->replaces.isEmpty());
        QVERIFY(m_panel->replaceTheirsButton()->isVisible()); // still the user's choice
        QVERIFY(m_panel->calendarStatus()->text().contains(QStringLiteral("“Moved by Bob”")));
        return;
    }
    // Only the conflicting review, with the version that was shown (its ETag) to replace.
    QCOMPARE(m_api->replaces.size(), 1);
    QCOMPARE(m_api->replaces.at(0).size(), 1);
    QCOMPARE(m_api->replaces.at(0).at(0).reviewId, week.id);
    QCOMPARE(m_api->replaces.at(0).at(0).serverEtag, QStringLiteral("\"theirs\""));
    QCOMPARE(m_api->pushes.size(), 1); // not a whole new push
    QVERIFY(!m_panel->replaceTheirsButton()->isVisible());
    QVERIFY(!m_panel->pushButton()->isEnabled());                      // busy
    QTest::mouseClick(m_panel->replaceTheirsButton(), Qt::LeftButton); // hidden: nothing happens
    QCOMPARE(m_api->replaces.size(), 1);

    CalendarApi::ReviewOutcome replaced = conflict;
    replaced.status = CalendarApi::ReviewOutcome::Status::Pushed;
    emit m_api->reviewsPushed(CalendarApi::PushResult{m_incident, {replaced}, {}, false});
    QVERIFY(m_panel->pushButton()->isEnabled());
    QVERIFY2(m_panel->calendarStatus()->text().startsWith(QStringLiteral("Pushed 1 review")),
             qPrintable(m_panel->calendarStatus()->text()));
    QVERIFY(!m_panel->replaceTheirsButton()->isVisible());
    QVERIFY(!m_panel->keepTheirsButton()->isVisible());
}

void TestReviewsPanel::conflict_keepTheirsTakesTheirDateAndEtag() {
    const Review week = pushedWeek();
    const Review month = m_store->forIncident(m_incident).at(1);
    const CalendarApi::ReviewOutcome conflict = pushMeetsConflict(week);
    QVERIFY(m_panel->keepTheirsButton()->isVisible());
    QTest::mouseClick(m_panel->keepTheirsButton(), Qt::LeftButton);
    QVERIFY(m_api->replaces.isEmpty()); // nothing is sent
    const Review kept = *m_store->load(week.id);
    QCOMPARE(kept.at, conflict.serverStart);                               // the same instant ...
    QCOMPARE(kept.at.timeZone().id(), QByteArrayLiteral("Europe/Berlin")); // ... in the review's zone
    QCOMPARE(kept.at.time(), QTime(16, 30));
    QCOMPARE(kept.calendarEtag, QStringLiteral("\"theirs\"")); // the next push updates their event
    QCOMPARE(kept.calendarHref, conflict.serverHref);
    QCOMPARE(m_panel->dateTimeEdit(0)->dateTime(), QDateTime(QDate(2026, 12, 14), QTime(16, 30)));
    QCOMPARE(m_store->load(month.id)->at, month.at); // the pushed one is not touched
    QCOMPARE(m_store->load(month.id)->calendarEtag, month.calendarEtag);
    const QString shown = m_panel->calendarStatus()->text();
    // The old date is said, so it can be put back by hand.
    QVERIFY2(shown.contains(QLocale().toString(week.at, QStringLiteral("yyyy-MM-dd HH:mm"))),
             qPrintable(shown));
    QVERIFY(shown.contains(QLocale().toString(kept.at, QStringLiteral("yyyy-MM-dd HH:mm"))));
    QVERIFY(!m_panel->keepTheirsButton()->isVisible());
    QVERIFY(!m_panel->replaceTheirsButton()->isVisible());
}

void TestReviewsPanel::conflict_keepTheirsForgetsAnEventDeletedThere() {
    const Review week = pushedWeek();
    pushMeetsConflict(week, true);
    QVERIFY(m_panel->calendarStatus()->text().contains(QStringLiteral("deleted")));
    QTest::mouseClick(m_panel->keepTheirsButton(), Qt::LeftButton);
    const Review kept = *m_store->load(week.id);
    QCOMPARE(kept.at, week.at);
    QVERIFY(kept.calendarHref.isEmpty()); // so the next push creates it instead of a conflict
    QVERIFY(kept.calendarEtag.isEmpty());
    QVERIFY(m_panel->calendarStatus()->text().contains(QStringLiteral("next push creates it again")));

    // A new push after a conflict first hides the choice until it answers.
    pushMeetsConflict(*m_store->load(week.id));
    QVERIFY(m_panel->keepTheirsButton()->isVisible());
    QTest::mouseClick(m_panel->pushButton(), Qt::LeftButton);
    QVERIFY(!m_panel->keepTheirsButton()->isVisible());
}

void TestReviewsPanel::deleteButton_asksAndDeletesAReviewNeverPushed() {
    const QList<Review> reviews = twoReviews();
    QCOMPARE(m_panel->count(), 2);
    prompts::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(m_panel->deleteButton(0), Qt::LeftButton);
    QVERIFY(prompts::lastText().contains(reviewKindLabel(ReviewKind::Week)));
    QVERIFY(m_api->deletes.isEmpty()); // no event to delete
    QVERIFY(!m_store->load(reviews.at(0).id));
    QCOMPARE(m_panel->count(), 1);
    QCOMPARE(m_store->forIncident(m_incident).size(), 1);
}

void TestReviewsPanel::deleteButton_cancelKeepsIt() {
    twoReviews();
    prompts::setNextAnswer(QMessageBox::Cancel);
    QTest::mouseClick(m_panel->deleteButton(1), Qt::LeftButton);
    QCOMPARE(m_store->forIncident(m_incident).size(), 2);
    QCOMPARE(m_panel->count(), 2);
}

void TestReviewsPanel::deleteKey_pushedReviewDeletesItsEventThroughTheCalendar() {
    const Review week = pushedWeek();
    m_panel->doneBox(0)->setFocus();
    prompts::setNextAnswer(QMessageBox::Yes);
    QTest::keyClick(m_panel->doneBox(0), Qt::Key_Delete);
    QVERIFY(prompts::lastDetails().contains(QStringLiteral("calendar")));
    QCOMPARE(m_api->deletes.size(), 1);
    QCOMPARE(m_api->deletes.at(0).id, week.id);
    QCOMPARE(m_api->deletes.at(0).calendarEtag, QStringLiteral("\"e1\""));
    QVERIFY(m_store->load(week.id)); // nothing deleted before the calendar answers
    QVERIFY(!m_panel->deleteButton(0)->isEnabled());

    // The service deletes the event, then the review, then answers.
    QVERIFY(m_store->remove(week.id, nullptr));
    CalendarApi::DeleteResult result;
    result.review = week;
    result.status = CalendarApi::DeleteResult::Status::Deleted;
    emit m_api->reviewDeleted(result);
    QCOMPARE(m_panel->count(), 1);
    QVERIFY(m_panel->calendarStatus()->text().contains(QStringLiteral("its event in the calendar too")));
}

void TestReviewsPanel::delete_conflictAsksAndKeepsOrDeletesHereOnly_data() {
    QTest::addColumn<bool>("confirm");
    QTest::newRow("keep") << false;
    QTest::newRow("delete here only") << true;
}

void TestReviewsPanel::delete_conflictAsksAndKeepsOrDeletesHereOnly() {
    QFETCH(bool, confirm);
    const Review week = pushedWeek();
    prompts::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(m_panel->deleteButton(0), Qt::LeftButton);
    QCOMPARE(m_api->deletes.size(), 1);
    CalendarApi::DeleteResult result;
    result.review = week;
    result.status = CalendarApi::DeleteResult::Status::Conflict;
    result.message =
        QStringLiteral("The event was changed on the calendar server since it was last synchronised, "
                       "so it was not deleted.");
    result.serverSummary = QStringLiteral("Moved by Bob");
    result.serverStart = QDateTime(QDate(2026, 12, 15), QTime(8, 0), QTimeZone::utc());
    prompts::setNextAnswer(confirm ? QMessageBox::Yes : QMessageBox::No);
    emit m_api->reviewDeleted(result);
    QVERIFY2(prompts::lastText().contains(QStringLiteral("“Moved by Bob”")), qPrintable(prompts::lastText()));
    QCOMPARE(bool(m_store->load(week.id)), !confirm);
    QCOMPARE(m_panel->count(), confirm ? 1 : 2);
    if (confirm)
        QVERIFY(m_panel->calendarStatus()->text().contains(QStringLiteral("still in the calendar")));
    else
        QVERIFY(m_panel->calendarStatus()->text().contains(QStringLiteral("kept")));
}

void TestReviewsPanel::delete_unreachableCalendarKeepsTheReviewUnlessConfirmed() {
    const Review week = pushedWeek();
    prompts::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(m_panel->deleteButton(0), Qt::LeftButton);
    CalendarApi::DeleteResult result;
    result.review = week;
    result.status = CalendarApi::DeleteResult::Status::Failed;
    result.message =
        QStringLiteral("The calendar server cal.example.com refused the connection; is it running?");
    prompts::setNextAnswer(QMessageBox::No);
    emit m_api->reviewDeleted(result);
    QVERIFY(prompts::lastText().contains(QStringLiteral("refused the connection")));
    QVERIFY(m_store->load(week.id));
    QVERIFY(m_panel->calendarStatus()->text().contains(QStringLiteral("refused the connection")));
    QVERIFY(m_panel->deleteButton(0)->isEnabled()); // can be tried again

    // Without a calendar set up at all, it asks before deleting here only.
    m_api->stored = {};
    prompts::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(m_panel->deleteButton(0), Qt::LeftButton);
    QVERIFY(prompts::lastText().contains(QStringLiteral("not set up")));
    QCOMPARE(m_api->deletes.size(), 1);
    QVERIFY(!m_store->load(week.id));
}

void TestReviewsPanel::destroyedWhileBusy_answersAreDropped() {
    const Review week = pushedWeek();
    QTest::mouseClick(m_panel->pushButton(), Qt::LeftButton);
    prompts::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(m_panel->deleteButton(0), Qt::LeftButton);
    QCOMPARE(m_api->deletes.size(), 1);
    m_panel->notesEdit(1)->setFocus();
    QTest::keyClicks(m_panel->notesEdit(1), QStringLiteral("half typed"));
    m_panel.reset();
    // The answers arrive after the panel is gone, and the store keeps changing.
    emit m_api->reviewsPushed(CalendarApi::PushResult{m_incident, {}, {}, false});
    CalendarApi::DeleteResult result;
    result.review = week;
    result.status = CalendarApi::DeleteResult::Status::Deleted;
    QVERIFY(m_store->remove(week.id, nullptr));
    emit m_api->reviewDeleted(result);
    QCOMPARE(m_store->forIncident(m_incident).size(), 1);
    QCOMPARE(m_store->forIncident(m_incident).at(0).notes, QStringLiteral("half typed"));
}

QTEST_MAIN(TestReviewsPanel)
#include "tst_reviewspanel.moc"
