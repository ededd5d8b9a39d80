#include "davxml.h"

#include <QRegularExpression>
#include <QXmlStreamReader>

namespace hs::dav {

namespace {
const auto kDav = QLatin1String("DAV:");
const auto kCalDav = QLatin1String("urn:ietf:params:xml:ns:caldav");
} // namespace

QByteArray propfindBody() {
    return QByteArrayLiteral("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                             "<D:propfind xmlns:D=\"DAV:\"><D:prop>"
                             "<D:resourcetype/><D:displayname/><D:getetag/>"
                             "</D:prop></D:propfind>");
}

Properties parseMultistatus(const QByteArray &body) {
    // Only the first <response> matters for Depth 0. Properties in a non-2xx propstat (e.g. 404 for a
    // displayname the collection lacks) are ignored.
    Properties result;
    Properties pending;
    QXmlStreamReader xml(body);
    bool inResponse = false;
    bool inPropstat = false;
    bool inResourceType = false;
    bool doneFirstResponse = false;
    QString statusText;
    while (!xml.atEnd() && !doneFirstResponse) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto ns = xml.namespaceUri();
            const auto name = xml.name();
            if (ns == kDav && name == QLatin1String("response")) {
                inResponse = true;
            } else if (inResponse && ns == kDav && name == QLatin1String("propstat")) {
                inPropstat = true;
                pending = Properties();
                statusText.clear();
            } else if (inPropstat && ns == kDav && name == QLatin1String("resourcetype")) {
                inResourceType = true;
            } else if (inResourceType && ns == kDav && name == QLatin1String("collection")) {
                pending.isCollection = true;
            } else if (inResourceType && ns == kCalDav && name == QLatin1String("calendar")) {
                pending.isCalendar = true;
            } else if (inPropstat && ns == kDav && name == QLatin1String("displayname")) {
                pending.displayName = xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
            } else if (inPropstat && ns == kDav && name == QLatin1String("getetag")) {
                pending.etag = xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed().toUtf8();
            } else if (inPropstat && ns == kDav && name == QLatin1String("status")) {
                statusText = xml.readElementText();
            }
        } else if (xml.isEndElement()) {
            const auto ns = xml.namespaceUri();
            const auto name = xml.name();
            if (ns == kDav && name == QLatin1String("resourcetype")) {
                inResourceType = false;
            } else if (ns == kDav && name == QLatin1String("propstat")) {
                inPropstat = false;
                static const QRegularExpression ok2xx(QStringLiteral("^HTTP/\\S+\\s+2\\d\\d"));
                if (ok2xx.match(statusText.trimmed()).hasMatch()) {
                    result.parsed = true;
                    result.isCollection = result.isCollection || pending.isCollection;
                    result.isCalendar = result.isCalendar || pending.isCalendar;
                    if (!pending.displayName.isEmpty())
                        result.displayName = pending.displayName;
                    if (!pending.etag.isEmpty())
                        result.etag = pending.etag;
                }
            } else if (ns == kDav && name == QLatin1String("response")) {
                doneFirstResponse = true;
            }
        }
    }
    if (xml.hasError() && !doneFirstResponse)
        return Properties();
    return result;
}

QString bodyExcerpt(const QByteArray &body, int maxChars) {
    QString text = QString::fromUtf8(body.left(4096));
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    text.replace(tags, QStringLiteral(" "));
    text = text.replace(spaces, QStringLiteral(" ")).trimmed();
    if (text.size() > maxChars)
        text = text.left(maxChars - 1).trimmed() + QChar(0x2026);
    return text;
}

QNetworkRequest request(const QUrl &url, int timeoutMs, const QString &user, const QString &password) {
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("Hindsight"));
    const QByteArray credentials = (user + QLatin1Char(':') + password).toUtf8().toBase64();
    request.setRawHeader(QByteArrayLiteral("Authorization"), QByteArrayLiteral("Basic ") + credentials);
    return request;
}

} // namespace hs::dav
