#include "mediawikiclient.h"
#include "mediawikisupport.h"

#include <QJsonObject>
#include <QNetworkReply>

// How MediaWiki's error codes and transport failures become one sentence for the user.
namespace hs {

namespace {

using WS = WikiResult::Status;

using mediawiki::excerpt;
using mediawiki::result;

} // namespace

WikiResult MediaWikiClient::apiError(const QJsonObject &error) const {
    const QString code = error.value(QLatin1String("code")).toString();
    const QString info = excerpt(error.value(QLatin1String("info")).toString());
    if (code == QLatin1String("editconflict"))
        return result(WS::Conflict,
                      tr("Someone else saved the wiki page at the same time, so it was not overwritten."),
                      code);
    if (code == QLatin1String("articleexists"))
        return result(WS::Conflict,
                      tr("Someone else created the wiki page meanwhile, so it was not overwritten."), code);
    if (code == QLatin1String("missingtitle") || code == QLatin1String("pagedeleted"))
        return result(WS::Conflict, tr("The wiki page was deleted meanwhile, so it was not created again."),
                      code);
    if (code == QLatin1String("fileexists-no-change")) {
        WikiResult same;
        same.noChange = true;
        same.code = code;
        return same;
    }
    if (code == QLatin1String("ratelimited") || code == QLatin1String("maxlag") ||
        code == QLatin1String("readonly"))
        return result(WS::Busy, tr("The wiki asks to come back later: %1").arg(info), code);
    if (code == QLatin1String("uploaddisabled"))
        return result(WS::Forbidden, tr("Uploads are turned off on the wiki, so the PDF cannot be attached."),
                      code);
    static const QStringList forbidden = {
        QStringLiteral("permissiondenied"), QStringLiteral("protectedpage"),
        QStringLiteral("cascadeprotected"), QStringLiteral("cantcreate"),
        QStringLiteral("noedit"),           QStringLiteral("blocked"),
        QStringLiteral("autoblocked"),      QStringLiteral("mustbeloggedin")};
    if (forbidden.contains(code))
        return result(WS::Forbidden, tr("The wiki does not allow this account to do that: %1").arg(info),
                      code);
    if (code.startsWith(QLatin1String("internal_api_error")))
        return result(WS::ServerError, tr("The wiki failed with an internal error: %1").arg(info), code);
    return result(WS::ApiError, tr("The wiki refused the request: %1 (%2)").arg(info, code), code);
}

WikiResult MediaWikiClient::failure(QNetworkReply *reply) const {
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString server = serverName();
    if (reply->property("hsCancelled").toBool())
        return result(WS::Cancelled, tr("Cancelled."));
    if (status >= 200 && status < 300 && reply->error() == QNetworkReply::NoError)
        return {};
    if (status >= 500)
        return result(WS::ServerError, tr("The wiki at %1 failed with HTTP %2.").arg(server).arg(status));
    if (status == 401 || status == 403)
        return result(WS::Forbidden, tr("The web server in front of the wiki at %1 refused access (HTTP %2).")
                                         .arg(server)
                                         .arg(status));
    if (status == 404)
        return result(WS::InvalidRequest, tr("There is no wiki API at %1; check the address.").arg(where()));
    if (status == 429)
        return result(WS::Busy, tr("The wiki at %1 asks to come back later (HTTP 429).").arg(server));
    if (status > 0)
        return result(WS::ApiError, tr("The wiki at %1 answered HTTP %2.").arg(server).arg(status));
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        return result(WS::ConnectionRefused,
                      tr("The wiki at %1 refused the connection; is it running?").arg(server));
    case QNetworkReply::HostNotFoundError:
        return result(WS::HostNotFound,
                      tr("The wiki server %1 could not be found; check the address.").arg(server));
    case QNetworkReply::SslHandshakeFailedError:
        return result(
            WS::TlsError,
            tr("The secure connection to %1 failed: its certificate could not be verified.").arg(server));
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // what the transfer timeout reports (abort() is handled
                                                // above)
        return result(WS::Timeout, tr("The wiki at %1 did not answer within %n second(s).", nullptr,
                                      static_cast<int>((m_timeout.count() + 999) / 1000))
                                       .arg(server));
    case QNetworkReply::RemoteHostClosedError:
        return result(WS::NetworkError,
                      tr("The wiki at %1 closed the connection before answering.").arg(server));
    default:
        return result(WS::NetworkError,
                      tr("The wiki at %1 could not be reached (%2).").arg(server, reply->errorString()));
    }
}

} // namespace hs
