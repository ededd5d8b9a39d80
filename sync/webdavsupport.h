#pragma once

#include "webdavtarget.h"

#include <QLoggingCategory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>

// What WebDavTarget's upload steps (webdavtarget.cpp) and its HTTP side (webdavhttp.cpp) share
// (internal to sync/).
Q_DECLARE_LOGGING_CATEGORY(lcWebDav)

namespace hs {

namespace webdav {

inline int httpStatusOf(QNetworkReply *reply) {
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

inline QString displayUrl(const QUrl &url) {
    return url.adjusted(QUrl::RemoveUserInfo).toDisplayString();
}

} // namespace webdav

// One publish or publishIndex in progress: the files, which one is next, what we learnt so far.
struct WebDavTarget::Run {
    QList<sharefiles::File> files;
    qsizetype index = 0;
    RemoteState last;
    RemoteState state;
    bool overwrite = false;
    bool isIndex = false;
    bool collectionMade = false;
    ShareResult result;
    QStringList conflicts;
    QUrl conflictCopy;
    PublishCallback done;
    QPointer<QNetworkReply> reply; // the request in flight
    QByteArray hash;               // of the current file, when computed

    const sharefiles::File &file() const { return files.at(index); }
};

} // namespace hs
