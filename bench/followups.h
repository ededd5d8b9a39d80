#pragma once

#include "incident.h"
#include "textgen.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace hs::bench {

// Writes each incident's follow-ups the way ActionStore and ReviewStore store them: five actions
// (two now, three later; mostly done, some dropped, a fifth still open and so overdue) and, once the
// document is written, the +1 week and +1 month reviews (the old ones done). It draws from its own
// generator, so the incidents stay the same as in corpora without follow-ups.
class FollowUpWriter final {
public:
    static constexpr int ActionsPerIncident = 5;

    explicit FollowUpWriter(QSqlDatabase &db);
    bool prepare(QString *error);
    bool write(const Incident &incident, bool recent, QString *error);

private:
    QSqlQuery m_action;
    QSqlQuery m_review;
    TextGenerator m_gen;
};

} // namespace hs::bench
