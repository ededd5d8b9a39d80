#include "postmortemreader.h"

#include "actionstore.h"
#include "database.h"
#include "incidentstore.h"
#include "reviewstore.h"

namespace hs {

struct PostMortemReader::Stores {
    explicit Stores(Database &db)
        : incidents(db)
        , actions(db)
        , reviews(db) {}
    IncidentStore incidents;
    ActionStore actions;
    ReviewStore reviews;
};

PostMortemReader::PostMortemReader(QString databasePath)
    : m_path(std::move(databasePath)) {}

PostMortemReader::~PostMortemReader() {
    m_stores.reset(); // before the connection they use
    m_db.reset();
}

std::optional<PostMortem> PostMortemReader::load(qint64 incidentId, QString *error) {
    if (!m_stores) {
        auto db = std::make_unique<Database>();
        if (!db->open(m_path, error))
            return std::nullopt;
        m_db = std::move(db);
        m_stores = std::make_unique<Stores>(*m_db);
    }
    return loadPostMortem(m_stores->incidents, m_stores->actions, m_stores->reviews, incidentId, error);
}

} // namespace hs
