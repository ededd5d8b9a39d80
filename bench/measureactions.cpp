#include "measureactions.h"

#include "actionstore.h"
#include "allactionsmodel.h"
#include "database.h"
#include "reminderplanner.h"

#include <algorithm>
#include <QElapsedTimer>
#include <QSqlQuery>

namespace hs::bench {

namespace {

bool fail(QString *error, const QString &message) {
    if (error)
        *error = message;
    return false;
}

// Each repetition opens the database anew, as a freshly started app or a newly opened view does
// (SQLite's page cache is empty, the OS file cache warm); only `timed` is measured.
template <typename F> double medianOnFreshDatabase(const Corpus &corpus, int reps, bool &ok, F &&timed) {
    QList<double> samples;
    for (int i = 0; i < reps && ok; ++i) {
        Database db;
        QString reason;
        ok = db.open(corpus.path, &reason);
        if (!ok)
            break;
        QElapsedTimer timer;
        timer.start();
        ok = timed(db);
        samples << double(timer.nsecsElapsed()) / 1e6;
    }
    return median(samples);
}

} // namespace

bool measureActions(const Corpus &corpus, int reps, Results &results, QString *error) {
    bool ok = true;
    int total = 0;
    results[Metric::AllActionsFirstPage] = medianOnFreshDatabase(corpus, reps, ok, [&](Database &db) {
        ActionStore store(db);
        AllActionsModel model(store); // reads its first page in the constructor
        total = model.rowCount();
        return total == AllActionsModel::PageSize;
    });
    if (!ok)
        return fail(error,
                    QStringLiteral("The All actions view of %1 did not show a full first page (%2 rows).")
                        .arg(corpus.path)
                        .arg(total));

    ActionFilter overdue;
    overdue.overdueOnly = true;
    int overdueRows = 0;
    results[Metric::OverdueQuery] = medianOnFreshDatabase(corpus, reps, ok, [&](Database &db) {
        ActionStore store(db);
        QString reason;
        overdueRows = int(store.rows(overdue, 0, AllActionsModel::PageSize, &reason).size());
        return reason.isEmpty() && overdueRows > 0;
    });
    if (!ok)
        return fail(error, QStringLiteral("The overdue query found nothing in %1.").arg(corpus.path));
    results[Metric::OverdueCount] = medianOnFreshDatabase(
        corpus, reps, ok, [&](Database &db) { return ActionStore(db).count(overdue) > 0; });

    // The first-paint launches open this corpus with the app, which records the reminders it showed
    // today; the check then has to read past them. Measure the day's first start every time.
    {
        Database db;
        QString reason;
        if (!db.open(corpus.path, &reason) ||
            !QSqlQuery(db.connection()).exec(QStringLiteral("DELETE FROM reminder_state")))
            return fail(error, QStringLiteral("Could not reset the reminder state of %1.").arg(corpus.path));
    }
    int reminders = 0;
    results[Metric::ReminderCheck] = medianOnFreshDatabase(corpus, reps, ok, [&](Database &db) {
        QString reason;
        reminders = int(ReminderPlanner(db).pending(&reason).size());
        return reason.isEmpty();
    });
    if (!ok || reminders == 0)
        return fail(error, QStringLiteral("The reminder check found nothing in %1.").arg(corpus.path));
    return true;
}

} // namespace hs::bench
