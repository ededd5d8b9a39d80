#include "postmortem.h"

#include "actionstore.h"
#include "incidentstore.h"
#include "reviewstore.h"

#include <QCoreApplication>

namespace hs {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("hs::PostMortem", text);
}

std::optional<PostMortem> fail(QString *error, const QString &message) {
    if (error)
        *error = message;
    return std::nullopt;
}

// The checks the stores make, done before anything is written so that a bad action or review in a
// file does not leave half an import behind.
bool validate(const PostMortem &postMortem, QString *error) {
    for (const Action &action : postMortem.actions) {
        Action draft = action;
        if (!draft.due.isValid())
            draft.due = QDate(2000, 1, 1); // the store fills in the bucket's default
        QString reason;
        if (!draft.validate(&reason)) {
            if (error)
                *error = tr("The action “%1” cannot be stored: %2").arg(action.title, reason);
            return false;
        }
    }
    for (const Review &review : postMortem.reviews)
        if (!review.at.isValid()) {
            if (error)
                *error = tr("The %1 review has no valid date.").arg(reviewKindLabel(review.kind));
            return false;
        }
    return true;
}

} // namespace

std::optional<PostMortem> loadPostMortem(const IncidentStore &incidents, const ActionStore &actions,
                                         const ReviewStore &reviews, qint64 incidentId, QString *error) {
    PostMortem result;
    const auto incident = incidents.load(incidentId, error);
    if (!incident)
        return std::nullopt;
    result.incident = *incident;
    QString reason;
    result.actions = actions.forIncident(incidentId, &reason);
    if (!reason.isEmpty())
        return fail(error,
                    tr("The actions of incident %1 could not be read: %2").arg(incidentId).arg(reason));
    result.reviews = reviews.forIncident(incidentId, &reason);
    if (!reason.isEmpty())
        return fail(error,
                    tr("The reviews of incident %1 could not be read: %2").arg(incidentId).arg(reason));
    return result;
}

std::optional<PostMortem> insertPostMortem(IncidentStore &incidents, ActionStore &actions,
                                           ReviewStore &reviews, const PostMortem &postMortem,
                                           QString *error) {
    if (!validate(postMortem, error))
        return std::nullopt;
    PostMortem stored;
    const auto incident = incidents.insert(postMortem.incident, error);
    if (!incident)
        return std::nullopt;
    stored.incident = *incident;
    const qint64 id = incident->id;
    // Takes the incident out again, and with it what was stored so far.
    auto undo = [&](const QString &reason) {
        QString ignored;
        incidents.remove(id, &ignored);
        return fail(error, reason);
    };
    for (Action action : postMortem.actions) {
        action.id = 0;
        action.incidentId = id;
        const auto created = actions.create(action, error);
        if (!created)
            return undo(error ? *error : QString());
        stored.actions << *created;
    }
    for (const Review &review : postMortem.reviews) {
        auto created = reviews.create(id, review.kind, review.at, error);
        if (!created)
            return undo(error ? *error : QString());
        if (review.done || !review.notes.isEmpty()) {
            created->done = review.done;
            created->notes = review.notes;
            if (!reviews.update(*created, error))
                return undo(error ? *error : QString());
        }
        stored.reviews << *created;
    }
    return stored;
}

} // namespace hs
