#include "mediawikiclient.h"

#include "mediawikisupport.h"

#include <QCryptographicHash>
#include <QHttpMultiPart>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QNetworkRequest>

Q_LOGGING_CATEGORY(lcMediaWiki, "hindsight.sync.mediawiki")

namespace hs {

namespace {

using WS = WikiResult::Status;

using mediawiki::excerpt;
using mediawiki::result;

} // namespace

MediaWikiClient::MediaWikiClient(QObject *parent)
    : MediaWikiClient(nullptr, parent) {}

MediaWikiClient::MediaWikiClient(QNetworkAccessManager *nam, QObject *parent)
    : WikiClient(parent)
    , m_nam(nam ? nam : new QNetworkAccessManager(this))
    , m_cookies(new QNetworkCookieJar(this)) {}

MediaWikiClient::~MediaWikiClient() = default;

void MediaWikiClient::configure(const QUrl &apiUrl, const QString &user, const QString &password) {
    m_api = apiUrl.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
    m_user = user;
    m_password = password;
    m_csrf.clear();
}

QString MediaWikiClient::where() const {
    return m_api.toDisplayString();
}

QString MediaWikiClient::serverName() const {
    return m_api.adjusted(QUrl::RemovePath).toDisplayString();
}

void MediaWikiClient::answerLater(Callback done, WikiResult r) {
    QMetaObject::invokeMethod(
        this, [done = std::move(done), r = std::move(r)] { done(r); }, Qt::QueuedConnection);
}

bool MediaWikiClient::checkConfigured(Callback &done) {
    if (!m_api.isValid() || m_api.host().isEmpty() ||
        (m_api.scheme() != QLatin1String("https") && m_api.scheme() != QLatin1String("http"))) {
        answerLater(std::move(done),
                    result(WS::InvalidRequest, tr("No wiki address is set up; enter the http:// or https:// "
                                                  "address of the wiki's api.php.")));
        return false;
    }
    if (m_user.isEmpty() || m_password.isEmpty()) {
        answerLater(std::move(done),
                    result(WS::InvalidRequest, tr("No bot user name or password is set up for the wiki.")));
        return false;
    }
    return true;
}

void MediaWikiClient::post(const Params &params, Callback done, JsonHandler handler) {
    QByteArray body = "format=json&formatversion=2";
    for (const auto &[key, value] : params)
        body += '&' + QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    QNetworkRequest request(m_api);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setTransferTimeout(static_cast<int>(m_timeout.count()));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("Hindsight (post-mortem sharing)"));
    if (const auto cookies = m_cookies->cookiesForUrl(m_api); !cookies.isEmpty())
        request.setHeader(QNetworkRequest::CookieHeader, QVariant::fromValue(cookies));
    qCDebug(lcMediaWiki).noquote() << "POST" << where() << params.value(0).second; // the action, no values
    send(m_nam->post(request, body), std::move(done), std::move(handler));
}

void MediaWikiClient::postMultipart(QHttpMultiPart *multipart, Callback done, JsonHandler handler) {
    QNetworkRequest request(m_api);
    request.setTransferTimeout(static_cast<int>(m_timeout.count()));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("Hindsight (post-mortem sharing)"));
    if (const auto cookies = m_cookies->cookiesForUrl(m_api); !cookies.isEmpty())
        request.setHeader(QNetworkRequest::CookieHeader, QVariant::fromValue(cookies));
    qCDebug(lcMediaWiki).noquote() << "POST" << where() << "upload";
    QNetworkReply *reply = m_nam->post(request, multipart);
    multipart->setParent(reply);
    send(reply, std::move(done), std::move(handler));
}

void MediaWikiClient::send(QNetworkReply *reply, Callback done, JsonHandler handler) {
    // The reply belongs to this client: destroying the client aborts it without calling back.
    reply->setParent(this);
    m_running.append(reply);
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, done = std::move(done), handler = std::move(handler)] {
                reply->deleteLater();
                m_running.removeAll(reply);
                const auto cookies =
                    reply->header(QNetworkRequest::SetCookieHeader).value<QList<QNetworkCookie>>();
                if (!cookies.isEmpty())
                    m_cookies->setCookiesFromUrl(cookies, m_api);
                WikiResult r = failure(reply);
                if (!r.ok())
                    return done(r);
                QJsonParseError parseError;
                const QJsonDocument json = QJsonDocument::fromJson(reply->readAll(), &parseError);
                if (!json.isObject())
                    return done(
                        result(WS::ServerError,
                               tr("%1 did not answer like a MediaWiki API; check that the address ends "
                                  "with api.php.")
                                   .arg(where())));
                const QJsonObject object = json.object();
                if (object.contains(QLatin1String("error")))
                    return done(apiError(object.value(QLatin1String("error")).toObject()));
                handler(object);
            });
}

void MediaWikiClient::login(Callback done) {
    if (!checkConfigured(done))
        return;
    if (!m_csrf.isEmpty())
        return answerLater(std::move(done), WikiResult{});
    post(
        {{QStringLiteral("action"), QStringLiteral("query")},
         {QStringLiteral("meta"), QStringLiteral("tokens")},
         {QStringLiteral("type"), QStringLiteral("login")}},
        done, [this, done](const QJsonObject &json) {
            const QString loginToken =
                json[QLatin1String("query")][QLatin1String("tokens")][QLatin1String("logintoken")].toString();
            post({{QStringLiteral("action"), QStringLiteral("login")},
                  {QStringLiteral("lgname"), m_user},
                  {QStringLiteral("lgpassword"), m_password},
                  {QStringLiteral("lgtoken"), loginToken}},
                 done, [this, done](const QJsonObject &answer) {
                     const QJsonObject login = answer.value(QLatin1String("login")).toObject();
                     const QString outcome = login.value(QLatin1String("result")).toString();
                     // "Aborted": this session is already a bot-password session.
                     if (outcome == QLatin1String("Success") || outcome == QLatin1String("Aborted"))
                         return fetchCsrf(done);
                     if (outcome == QLatin1String("Failed"))
                         return done(
                             result(WS::AuthenticationFailed,
                                    tr("The wiki at %1 refused the bot user name or password; check both "
                                       "on the wiki's Special:BotPasswords page.")
                                        .arg(serverName()),
                                    QStringLiteral("Failed")));
                     if (outcome == QLatin1String("Throttled"))
                         return done(result(WS::Busy,
                                            tr("The wiki at %1 refuses sign-ins for a while after too many "
                                               "attempts; try again later.")
                                                .arg(serverName()),
                                            outcome));
                     done(result(
                         WS::AuthenticationFailed,
                         tr("The wiki at %1 did not sign Hindsight in: %2")
                             .arg(serverName(), excerpt(login.value(QLatin1String("reason")).toString())),
                         outcome));
                 });
        });
}

void MediaWikiClient::fetchCsrf(Callback done) {
    post({{QStringLiteral("action"), QStringLiteral("query")},
          {QStringLiteral("meta"), QStringLiteral("tokens|userinfo")},
          {QStringLiteral("uiprop"), QStringLiteral("rights")}},
         done, [this, done](const QJsonObject &json) {
             const QJsonObject query = json.value(QLatin1String("query")).toObject();
             const QString token = query[QLatin1String("tokens")][QLatin1String("csrftoken")].toString();
             const QJsonObject user = query.value(QLatin1String("userinfo")).toObject();
             // The anonymous token "+\": the login did not stick (cookies refused, a proxy ...).
             if (token.isEmpty() || token == QLatin1String("+\\") || user.contains(QLatin1String("anon")))
                 return done(
                     result(WS::AuthenticationFailed,
                            tr("The wiki at %1 accepted the sign-in but did not keep it; check that the "
                               "address is the wiki's own api.php.")
                                .arg(serverName())));
             if (!user.value(QLatin1String("rights")).toArray().contains(QStringLiteral("edit")))
                 return done(result(WS::Forbidden,
                                    tr("The wiki account may not edit pages; give the bot password the "
                                       "\"Edit existing pages\" and \"Create pages\" grants.")));
             m_csrf = token;
             done(WikiResult{});
         });
}

void MediaWikiClient::withToken(Callback done, std::function<void(const QString &, Callback)> step,
                                bool retried) {
    login([this, done = std::move(done), step, retried](const WikiResult &signedIn) mutable {
        if (!signedIn.ok())
            return done(signedIn);
        step(m_csrf, [this, done, step, retried](const WikiResult &r) mutable {
            static const QStringList stale = {QStringLiteral("badtoken"), QStringLiteral("assertuserfailed"),
                                              QStringLiteral("assertnameduserfailed"),
                                              QStringLiteral("notloggedin")};
            if (!retried && stale.contains(r.code)) {
                m_csrf.clear(); // the session expired: sign in again, once
                return withToken(std::move(done), step, true);
            }
            done(r);
        });
    });
}

void MediaWikiClient::postSignedIn(Params params, Callback done, JsonHandler handler) {
    login([this, params = std::move(params), done = std::move(done),
           handler = std::move(handler)](const WikiResult &signedIn) {
        if (!signedIn.ok())
            return done(signedIn);
        post(params, done, handler);
    });
}

void MediaWikiClient::pageInfo(const QString &title, Callback done) {
    postSignedIn(
        {{QStringLiteral("action"), QStringLiteral("query")},
         {QStringLiteral("prop"), QStringLiteral("info|revisions")},
         {QStringLiteral("inprop"), QStringLiteral("url")},
         {QStringLiteral("rvprop"), QStringLiteral("ids|timestamp|user|sha1")},
         {QStringLiteral("curtimestamp"), QStringLiteral("1")},
         {QStringLiteral("titles"), title}},
        done, [this, title, done](const QJsonObject &json) {
            const QJsonObject page = json[QLatin1String("query")][QLatin1String("pages")][0].toObject();
            if (page.isEmpty() || page.value(QLatin1String("invalid")).toBool())
                return done(result(
                    WS::InvalidRequest,
                    tr("The wiki cannot have a page named \"%1\"; choose another page prefix.").arg(title),
                    QStringLiteral("invalidtitle")));
            WikiResult r;
            r.curTimestamp = json.value(QLatin1String("curtimestamp")).toString();
            r.url = QUrl(page.value(QLatin1String("fullurl")).toString());
            const QJsonObject rev = page.value(QLatin1String("revisions"))[0].toObject();
            if (!page.value(QLatin1String("missing")).toBool() && !rev.isEmpty()) {
                r.revisionId = rev.value(QLatin1String("revid")).toInteger();
                r.timestamp = rev.value(QLatin1String("timestamp")).toString();
                r.user = rev.value(QLatin1String("user")).toString();
                r.sha1 = rev.value(QLatin1String("sha1")).toString().toLatin1();
            }
            done(r);
        });
}

void MediaWikiClient::savePage(const QString &title, const QString &text, const QString &summary,
                               const WikiResult &base, Callback done) {
    if (!checkConfigured(done))
        return;
    withToken(std::move(done), [this, title, text, summary, base](const QString &token, Callback stepDone) {
        Params params = {
            {QStringLiteral("action"), QStringLiteral("edit")},
            {QStringLiteral("title"), title},
            {QStringLiteral("text"), text},
            {QStringLiteral("summary"), summary},
            {QStringLiteral("md5"),
             QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Md5).toHex())},
            {QStringLiteral("assert"), QStringLiteral("user")},
            {QStringLiteral("bot"), QStringLiteral("1")}};
        if (!base.curTimestamp.isEmpty())
            params.append({QStringLiteral("starttimestamp"), base.curTimestamp});
        // Based on a revision: only on top of it (a newer one is an edit conflict), never re-creating a
        // deleted page. Based on nothing: only if nobody created the page meanwhile.
        if (base.exists()) {
            params.append({QStringLiteral("basetimestamp"), base.timestamp});
            params.append({QStringLiteral("baserevid"), QString::number(base.revisionId)});
            params.append({QStringLiteral("nocreate"), QStringLiteral("1")});
        } else {
            params.append({QStringLiteral("createonly"), QStringLiteral("1")});
        }
        params.append({QStringLiteral("token"), token});
        post(params, stepDone, [this, title, base, stepDone](const QJsonObject &json) {
            const QJsonObject edit = json.value(QLatin1String("edit")).toObject();
            if (edit.value(QLatin1String("result")).toString() != QLatin1String("Success"))
                return stepDone(result(WS::ApiError,
                                       tr("The wiki did not save the page %1 (it may ask for a captcha or an "
                                          "abuse filter stopped it).")
                                           .arg(title),
                                       edit.value(QLatin1String("result")).toString()));
            WikiResult r = base;
            r.noChange = edit.value(QLatin1String("nochange")).toBool();
            if (!r.noChange) {
                r.revisionId = edit.value(QLatin1String("newrevid")).toInteger();
                r.timestamp = edit.value(QLatin1String("newtimestamp")).toString();
                r.user = m_user.section(QLatin1Char('@'), 0, 0);
            }
            stepDone(r);
        });
    });
}

void MediaWikiClient::fileInfo(const QString &fileName, Callback done) {
    postSignedIn(
        {{QStringLiteral("action"), QStringLiteral("query")},
         {QStringLiteral("prop"), QStringLiteral("imageinfo")},
         {QStringLiteral("iiprop"), QStringLiteral("sha1|comment|url")},
         {QStringLiteral("titles"), QStringLiteral("File:") + fileName}},
        done, [done](const QJsonObject &json) {
            // A missing file has no imageinfo; a name the wiki cannot take is left to the upload,
            // which says why.
            const QJsonObject info =
                json[QLatin1String("query")][QLatin1String("pages")][0][QLatin1String("imageinfo")][0]
                    .toObject();
            WikiResult r;
            r.sha1 = info.value(QLatin1String("sha1")).toString().toLower().toLatin1();
            r.comment = info.value(QLatin1String("comment")).toString();
            r.url = QUrl(info.value(QLatin1String("descriptionurl")).toString());
            done(r);
        });
}

void MediaWikiClient::uploadFile(const QString &fileName, const QByteArray &data, const QString &comment,
                                 Callback done) {
    if (!checkConfigured(done))
        return;
    withToken(std::move(done), [this, fileName, data, comment](const QString &token, Callback stepDone) {
        auto *multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
        auto field = [multipart](const QString &name, const QByteArray &value) {
            QHttpPart part;
            part.setHeader(QNetworkRequest::ContentDispositionHeader,
                           QStringLiteral("form-data; name=\"%1\"").arg(name));
            part.setBody(value);
            multipart->append(part);
        };
        field(QStringLiteral("action"), "upload");
        field(QStringLiteral("format"), "json");
        field(QStringLiteral("formatversion"), "2");
        field(QStringLiteral("filename"), fileName.toUtf8());
        field(QStringLiteral("comment"), comment.toUtf8());
        field(QStringLiteral("ignorewarnings"), "1"); // a re-upload replaces the older version
        field(QStringLiteral("assert"), "user");
        field(QStringLiteral("token"), token.toUtf8());
        QHttpPart file;
        file.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/pdf"));
        file.setHeader(QNetworkRequest::ContentDispositionHeader,
                       QStringLiteral("form-data; name=\"file\"; filename=\"upload.pdf\""));
        file.setBody(data);
        multipart->append(file);
        postMultipart(multipart, stepDone, [fileName, stepDone](const QJsonObject &json) {
            const QJsonObject upload = json.value(QLatin1String("upload")).toObject();
            if (upload.value(QLatin1String("result")).toString() != QLatin1String("Success"))
                return stepDone(result(WS::ApiError, tr("The wiki did not accept the file %1.").arg(fileName),
                                       upload.value(QLatin1String("result")).toString()));
            WikiResult r;
            r.url = QUrl(upload[QLatin1String("imageinfo")][QLatin1String("descriptionurl")].toString());
            r.sha1 = upload[QLatin1String("imageinfo")][QLatin1String("sha1")].toString().toLatin1();
            stepDone(r);
        });
    });
}

void MediaWikiClient::abort() {
    const auto running = m_running;
    for (const QPointer<QNetworkReply> &reply : running) {
        if (!reply)
            continue;
        // Marked, because a transfer timeout ends a reply with the same error as abort() does.
        reply->setProperty("hsCancelled", true);
        reply->abort();
    }
}

} // namespace hs
