#include "announcement.h"

#include "shareddocument.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace hs {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("hs::Announcement", text);
}

QString oneLine(const QString &text) {
    QString line = text.simplified();
    if (line.size() > Announcement::maxCauseLength)
        line = line.left(Announcement::maxCauseLength - 1).trimmed() + QChar(0x2026);
    return line;
}

// Slack's three control characters; everything else is shown as sent.
QString slackEscape(const QString &text) {
    QString out = text;
    out.replace(QLatin1Char('&'), QLatin1String("&amp;"))
        .replace(QLatin1Char('<'), QLatin1String("&lt;"))
        .replace(QLatin1Char('>'), QLatin1String("&gt;"));
    return out;
}

// Spelled out rather than "%n now-action(s)": the post is read by the whole channel, and English has
// no numerus translation file to fix the "(s)".
QString nowActions(int n) {
    return n == 1 ? tr("; 1 now-action open.") : tr("; %1 now-actions open.").arg(n);
}

QString linkText(const QUrl &link) {
    return link.adjusted(QUrl::RemoveUserInfo).toString(QUrl::FullyEncoded);
}

} // namespace

Announcement Announcement::of(const ShareDocument &doc) {
    Announcement a;
    a.channel = doc.channel;
    if (doc.publishedLink.isValid() && !doc.publishedLink.isRelative())
        a.link = doc.publishedLink;
    a.documentName = doc.documentName;
    a.cause = doc.cause;
    a.openNowActions = doc.openNowActions;
    return a;
}

QString Announcement::text() const {
    const QString where = link.isEmpty() ? documentName : linkText(link);
    QString text = update ? tr("Post-mortem for %1 was updated: %2").arg(channel, where)
                          : tr("Post-mortem for %1 is ready: %2").arg(channel, where);
    if (const QString c = oneLine(cause); !c.isEmpty())
        text += tr(" — cause: %1").arg(c);
    text += nowActions(openNowActions);
    return text;
}

QString Announcement::slackText() const {
    // "|" and ">" would end Slack's <url|label> syntax; a URL that still holds them is encoded.
    QString url = linkText(link);
    url.replace(QLatin1Char('|'), QLatin1String("%7C")).replace(QLatin1Char('>'), QLatin1String("%3E"));
    const QString where = link.isEmpty() ? QLatin1Char('`') + slackEscape(documentName) + QLatin1Char('`')
                                         : QLatin1Char('<') + url + QLatin1Char('>');
    const QString ch = slackEscape(channel);
    QString text = update ? tr("Post-mortem for %1 was updated: %2").arg(ch, where)
                          : tr("Post-mortem for %1 is ready: %2").arg(ch, where);
    if (const QString c = oneLine(cause); !c.isEmpty())
        text += tr(" — cause: %1").arg(slackEscape(c));
    text += nowActions(openNowActions);
    return text;
}

QJsonObject Announcement::slackPayload() const {
    const QString mrkdwn = slackText();
    const QJsonObject section{
        {QStringLiteral("type"), QStringLiteral("section")},
        {QStringLiteral("text"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("mrkdwn")}, {QStringLiteral("text"), mrkdwn}}}};
    return QJsonObject{{QStringLiteral("text"), mrkdwn},
                       {QStringLiteral("blocks"), QJsonArray{section}},
                       {QStringLiteral("unfurl_links"), false}};
}

} // namespace hs
