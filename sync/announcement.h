#pragma once

#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace hs {

struct ShareDocument;

// The incident channel's announcement of a finished post-mortem: "Post-mortem for #incident-… is ready:
// <link> — cause: …; N now-action(s) open." Posted by the chat webhook (slackPayload()) and put on the
// clipboard by "Copy announcement" (text()) for teams without one. The link is the best one a target
// published, or the document's name when none did.
struct Announcement {
    QString channel;
    QUrl link;            // empty: name the document instead
    QString documentName; // incident_YYYY_MM_DD_slug
    QString cause;        // one line
    int openNowActions = 0;
    bool update = false; // the document was announced before: "… was updated: …"

    static Announcement of(const ShareDocument &doc);

    // Plain text, translated, for the clipboard and as the chat's notification text.
    QString text() const;
    // The same in Slack's mrkdwn (Mattermost reads it too): & < > escaped so that nothing in the cause
    // becomes a mention (<!channel>) or a link, and the link as <url>.
    QString slackText() const;
    // Slack's incoming-webhook JSON: {"text": …, "blocks": [{"type": "section", "text": {"type": "mrkdwn",
    // "text": …}}], "unfurl_links": false}.
    QJsonObject slackPayload() const;

    static constexpr int maxCauseLength = 200;
};

} // namespace hs
