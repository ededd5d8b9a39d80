#pragma once

#include "postmortem.h"

#include <memory>
#include <optional>
#include <QString>

namespace hs {

class Database;

// Reads post-mortems through a connection of its own to the database file, for a worker thread: an
// SQLite connection belongs to the thread that opened it. In WAL mode it reads what was committed
// while the app's connection goes on writing. Create, use and destroy it on one thread.
//
//   PostMortemReader reader(db.path());
//   std::optional<PostMortem> pm = reader.load(id, &error);
class PostMortemReader final {
public:
    explicit PostMortemReader(QString databasePath);
    ~PostMortemReader();
    PostMortemReader(const PostMortemReader &) = delete;
    PostMortemReader &operator=(const PostMortemReader &) = delete;

    // Opens the connection at the first call (again after a failed open).
    std::optional<PostMortem> load(qint64 incidentId, QString *error);

private:
    struct Stores;
    QString m_path;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Stores> m_stores;
};

} // namespace hs
