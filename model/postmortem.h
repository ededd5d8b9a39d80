#pragma once

#include "action.h"
#include "incident.h"
#include "review.h"

#include <optional>
#include <QList>

namespace hs {

class ActionStore;
class IncidentStore;
class ReviewStore;

// Everything one exported document holds: the incident with its sections, its follow-up actions and
// the reviews of those actions. What the renderer writes and the importer reads.
struct PostMortem {
    Incident incident;
    QList<Action> actions; // Now first, then Later, each in the incident's order
    QList<Review> reviews; // in the store's order (by date)
};

// Reads an incident with its actions and reviews.
std::optional<PostMortem> loadPostMortem(const IncidentStore &incidents, const ActionStore &actions,
                                         const ReviewStore &reviews, qint64 incidentId, QString *error);

// Stores a post-mortem read from a file as a new incident, then its actions (in the given order, each
// at the end of its bucket) and its reviews (with new calendar uids). Returns what was stored, with
// the new ids.
//
// Each store writes in its own transaction, so this is not one transaction: everything is checked
// before the first write, and when a later write still fails the new incident is removed again, which
// removes the actions and reviews stored so far with it (ON DELETE CASCADE).
std::optional<PostMortem> insertPostMortem(IncidentStore &incidents, ActionStore &actions,
                                           ReviewStore &reviews, const PostMortem &postMortem,
                                           QString *error);

} // namespace hs
