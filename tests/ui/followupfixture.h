#pragma once

// Shared by the follow-up GUI tests: a database with two incidents, their actions and reviews, and
// one clock (planner, action store and views) fixed at Friday 13 March 2026, 09:00 UTC.
//
//  "Checkout outage": review +1 week on 12 March 10:00 (overdue), +1 month on 1 April;
//                     now-action "Add alert" (SRE, due 10 March: overdue), later-action
//                     "Write runbook" (Payments, due 10 April).
//  "DNS flap":        review +1 week on 16 March 10:00 (upcoming); now-action "Pin resolver"
//                     (Web, due 20 March), done now-action "Roll back" (SRE, due 5 March).

#include "actionstore.h"
#include "database.h"
#include "incidentstore.h"
#include "reminderplanner.h"
#include "reviewstore.h"

#include <memory>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

namespace hs::test {

struct FollowUpFixture {
    QTemporaryDir dir;
    Database db;
    std::unique_ptr<IncidentStore> incidents;
    std::unique_ptr<ActionStore> actions;
    std::unique_ptr<ReviewStore> reviews;
    std::unique_ptr<ReminderPlanner> planner;
    QDateTime now{QDate(2026, 3, 13), QTime(9, 0), QTimeZone::utc()};
    qint64 checkout = 0;
    qint64 dns = 0;
    qint64 overdueReview = 0;

    static QDateTime utc(int month, int day, int hour) {
        return QDateTime(QDate(2026, month, day), QTime(hour, 0), QTimeZone::utc());
    }

    // Returns false (with a message in `error`) when the fixture could not be written.
    bool setUp(QString *error) {
        if (!db.open(dir.filePath(QStringLiteral("followups.sqlite")), error))
            return false;
        incidents = std::make_unique<IncidentStore>(db);
        actions = std::make_unique<ActionStore>(db);
        actions->setToday([this] { return now.date(); });
        reviews = std::make_unique<ReviewStore>(db);
        planner = std::make_unique<ReminderPlanner>(db, [this] { return now; });
        const auto a = incidents->create(QStringLiteral("Checkout outage"), QDate(2026, 3, 1), error);
        const auto b = incidents->create(QStringLiteral("DNS flap"), QDate(2026, 3, 2), error);
        if (!a || !b)
            return false;
        checkout = a->id;
        dns = b->id;
        const auto week = reviews->create(checkout, ReviewKind::Week, utc(3, 12, 10), error);
        if (!week || !reviews->create(checkout, ReviewKind::Month, utc(4, 1, 10), error) ||
            !reviews->create(dns, ReviewKind::Week, utc(3, 16, 10), error))
            return false;
        overdueReview = week->id;
        auto add = [&](qint64 incident, const char *title, const char *team, Bucket bucket, QDate due) {
            Action action;
            action.incidentId = incident;
            action.title = QString::fromUtf8(title);
            action.team = QString::fromUtf8(team);
            action.bucket = bucket;
            action.due = due;
            return actions->create(action, error);
        };
        const auto rollBack = add(dns, "Roll back", "SRE", Bucket::Now, QDate(2026, 3, 5));
        return add(checkout, "Add alert", "SRE", Bucket::Now, QDate(2026, 3, 10)) &&
               add(checkout, "Write runbook", "Payments", Bucket::Later, QDate(2026, 4, 10)) &&
               add(dns, "Pin resolver", "Web", Bucket::Now, QDate(2026, 3, 20)) && rollBack &&
               actions->setStatus(rollBack->id, ActionStatus::Done, error);
    }
};

} // namespace hs::test
