#pragma once

#include <QString>

namespace hs {

class Database;

// Opens the database the GUI works on. When it cannot (damaged, newer schema, unwritable), tells
// the user why in a dialog and returns false; the file is left exactly as it was.
bool openDatabaseOrExplain(Database &db, const QString &path);

} // namespace hs
