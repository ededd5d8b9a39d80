#include "followupfixture.h"
#include "followupsettings.h"
#include "incidenteditor.h"
#include "mainwindow.h"
#include "preferencesdialog.h"
#include "reviewspanel.h"
#include "uitestsupport.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTest>
#include <QTimeEdit>

using namespace hs;

class TestPreferencesDialog final : public QObject {
    Q_OBJECT
private slots:
    void init() { QSettings().clear(); }
    void open_showsDefaultsThenStoredValues();
    void ok_storesTypedValues();
    void cancel_keepsSettings();
    void mainWindow_ctrlCommaAppliesToNewActionsAndReviews();

private:
    static void type(QWidget *box, const QString &text);
    static void fill(PreferencesDialog *dialog);
};

void TestPreferencesDialog::type(QWidget *box, const QString &text) {
    box->setFocus();
    QTest::keyClick(box, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(box, text);
}

// 3 days for now, 60 for later, reviews at 14:30: all differ from the defaults.
void TestPreferencesDialog::fill(PreferencesDialog *dialog) {
    type(dialog->nowDaysBox(), QStringLiteral("3"));
    type(dialog->laterDaysBox(), QStringLiteral("60"));
    dialog->reviewTimeEdit()->setFocus();
    dialog->reviewTimeEdit()->setSelectedSection(QDateTimeEdit::HourSection);
    QTest::keyClicks(dialog->reviewTimeEdit(), QStringLiteral("14"));
    dialog->reviewTimeEdit()->setSelectedSection(QDateTimeEdit::MinuteSection);
    QTest::keyClicks(dialog->reviewTimeEdit(), QStringLiteral("30"));
}

void TestPreferencesDialog::open_showsDefaultsThenStoredValues() {
    {
        PreferencesDialog dialog;
        QCOMPARE(dialog.nowDaysBox()->value(), DueDefaults{}.nowDays);
        QCOMPARE(dialog.laterDaysBox()->value(), DueDefaults{}.laterDays);
        QCOMPARE(dialog.reviewTimeEdit()->time(), ReviewRules{}.time);
    }
    followupsettings::setDueDefaults(DueDefaults{2, 45});
    followupsettings::setReviewTime(QTime(8, 15));
    PreferencesDialog dialog;
    QCOMPARE(dialog.nowDaysBox()->value(), 2);
    QCOMPARE(dialog.laterDaysBox()->value(), 45);
    QCOMPARE(dialog.reviewTimeEdit()->time(), QTime(8, 15));
}

void TestPreferencesDialog::ok_storesTypedValues() {
    PreferencesDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    fill(&dialog);
    QCOMPARE(dialog.reviewTimeEdit()->time(), QTime(14, 30));
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    const QSettings settings;
    QCOMPARE(settings.value(QStringLiteral("followups/nowDays")).toInt(), 3);
    QCOMPARE(settings.value(QStringLiteral("followups/laterDays")).toInt(), 60);
    QCOMPARE(settings.value(QStringLiteral("reviews/time")).toString(), QStringLiteral("14:30"));
    QCOMPARE(followupsettings::dueDefaults().nowDays, 3);
    QCOMPARE(followupsettings::dueDefaults().laterDays, 60);
    QCOMPARE(followupsettings::reviewTime(), QTime(14, 30));
}

void TestPreferencesDialog::cancel_keepsSettings() {
    PreferencesDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    fill(&dialog);
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!QSettings().contains(QStringLiteral("followups/nowDays")));
    QCOMPARE(followupsettings::reviewTime(), ReviewRules{}.time);
}

void TestPreferencesDialog::mainWindow_ctrlCommaAppliesToNewActionsAndReviews() {
    test::FollowUpFixture f;
    QString error;
    QVERIFY2(f.setUp(&error), qPrintable(error));
    MainWindow window(*f.incidents);
    window.enableFollowUps(*f.actions, *f.reviews, *f.planner);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.findChild<QAction *>(QStringLiteral("preferences")));

    bool answered = false;
    test::whenModalShown([&](QWidget *modal) {
        auto *dialog = qobject_cast<PreferencesDialog *>(modal);
        if (!dialog)
            return;
        fill(dialog);
        answered = true;
        QTest::keyClick(dialog, Qt::Key_Return);
    });
    QTest::keyClick(&window, Qt::Key_Comma, Qt::ControlModifier);
    QTRY_VERIFY(answered);

    for (const Bucket bucket : {Bucket::Now, Bucket::Later}) {
        Action draft; // no due date: the bucket's default
        draft.incidentId = f.checkout;
        draft.title = QStringLiteral("Alert on replication lag");
        draft.team = QStringLiteral("SRE");
        draft.bucket = bucket;
        const auto created = f.actions->create(draft, &error);
        QVERIFY2(created, qPrintable(error));
        QCOMPARE(created->due, defaultDue(bucket, f.now.date(), DueDefaults{3, 60}));
        QVERIFY(created->due != defaultDue(bucket, f.now.date()));
    }
    QVERIFY(window.editor()->reviewsPanel());
    QCOMPARE(window.editor()->reviewsPanel()->rules().time, QTime(14, 30));
}

QTEST_MAIN(TestPreferencesDialog)
#include "tst_preferencesdialog.moc"
