#pragma once

#include "shareddocument.h"
#include "sharestate.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace hs::sharefiles {

// The files a folder-like target (shared folder, WebDAV) writes for one document, and its index.

// A file name base that cannot leave the folder or upset any file system, whatever it is given:
// only ASCII letters, digits, '_', '-' and inner '.'; no leading dot; no Windows device name (CON,
// NUL, COM1 …); at most 120 characters (a hash keeps shortened names unique); never empty.
QString safeBase(const QString &documentName);

struct File {
    QString name; // "incident_2026_11_24_db_down.md"
    QByteArray bytes;
    QByteArray hash; // Sha256::hex(bytes) when computed beforehand (see ShareDocument::hashFiles())
};
// The SHA-256 (hex) of the file's bytes: the one computed beforehand, or computed now.
QByteArray hashOf(const File &file);
// <base>.md, <base>.html, <base>.pdf (the PDF only when rendered).
QList<File> documentFiles(const ShareDocument &doc);
// Where our version goes when the remote one was changed by someone else:
// "<base>.conflict-20261124-153000.md" (UTC).
QString conflictName(const QString &fileName, const QDateTime &at);

// index.md and index.html: every shared post-mortem, newest first, linking the files beside them.
QList<File> indexFiles(const QList<ShareIndexEntry> &entries);

// RemoteState layout used by the folder and WebDAV targets:
//   {"files": {"<name>": {"hash": "<sha-256 hex of what we wrote>", "etag": "<WebDAV ETag>"}}}
QJsonObject fileState(const RemoteState &state, const QString &name);
void setFileState(RemoteState &state, const QString &name, const QByteArray &hash,
                  const QByteArray &etag = {});

} // namespace hs::sharefiles
