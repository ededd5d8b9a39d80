#pragma once

#include "documentrenderer.h"
#include "shareddocument.h"
#include "sharetarget.h"

#include <functional>
#include <optional>
#include <QCryptographicHash>
#include <QTest>

// One ShareTarget call and its answer; nullopt if none came or more than one did.
struct PublishAnswer {
    hs::ShareResult result;
    hs::RemoteState state;
};

inline std::optional<PublishAnswer> runPublish(hs::ShareTarget &target, const hs::ShareDocument &doc,
                                               const hs::RemoteState &last, int timeoutMs = 60000) {
    std::optional<PublishAnswer> answer;
    int calls = 0;
    target.publish(doc, last, [&](const hs::ShareResult &r, const hs::RemoteState &s) {
        answer = PublishAnswer{r, s};
        ++calls;
    });
    if (calls != 0 || !QTest::qWaitFor([&] { return calls > 0; }, timeoutMs))
        return std::nullopt; // answered inside the call, or never
    QTest::qWait(0);         // a second answer would be a bug: give it the chance to show up
    return calls == 1 ? answer : std::nullopt;
}

inline std::optional<hs::ShareResult> runTest(hs::ShareTarget &target) {
    std::optional<hs::ShareResult> answer;
    int calls = 0;
    target.test([&](const hs::ShareResult &r) {
        answer = r;
        ++calls;
    });
    if (calls != 0 || !QTest::qWaitFor([&] { return calls > 0; }, 60000))
        return std::nullopt;
    QTest::qWait(0);
    return calls == 1 ? answer : std::nullopt;
}

// A ShareDocument as the runner would hand it over, with a given PDF (the same bytes every time, so a
// re-upload is recognised by the server as no change).
inline hs::ShareDocument shareDocument(const hs::PostMortem &pm, const QByteArray &pdf) {
    hs::ShareDocument doc;
    doc.incidentId = pm.incident.id;
    doc.documentName = pm.incident.documentName();
    doc.title = pm.incident.title;
    doc.date = pm.incident.date;
    doc.channel = pm.incident.channel;
    doc.channelLink = QUrl(pm.incident.channelLink);
    doc.cause = pm.incident.text(hs::Section::Cause).simplified();
    for (const hs::Action &a : pm.actions)
        if (a.bucket == hs::Bucket::Now && a.status == hs::ActionStatus::Open)
            ++doc.openNowActions;
    doc.postMortem = pm;
    doc.markdown = hs::renderer::toMarkdown(pm);
    doc.contentHash = QCryptographicHash::hash(doc.markdown.toUtf8(), QCryptographicHash::Sha256);
    doc.pdf = pdf;
    return doc;
}
