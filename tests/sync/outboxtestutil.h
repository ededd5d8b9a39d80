#pragma once

// Helpers for the folder, WebDAV and outbox runner tests (tests/sync/tst_foldertarget.cpp …).
#include "postmortemsample.h"
#include "shareddocument.h"
#include "sharetarget.h"

#include <functional>
#include <optional>
#include <QTest>

// One publish/test answer with the state it returned; nullopt if none came or more than one did.
struct ShareAnswer {
    hs::ShareResult result;
    hs::RemoteState state;
};

inline std::optional<ShareAnswer>
runShare(const std::function<void(hs::ShareTarget::PublishCallback)> &call) {
    std::optional<ShareAnswer> answer;
    int calls = 0;
    call([&](const hs::ShareResult &r, const hs::RemoteState &s) {
        answer = ShareAnswer{r, s};
        ++calls;
    });
    if (calls != 0 || !QTest::qWaitFor([&] { return calls > 0; }, 60000))
        return std::nullopt; // answered inside the call, or never
    QTest::qWait(0);         // a second answer would be a bug: give it the chance to show up
    return calls == 1 ? answer : std::nullopt;
}

inline std::optional<ShareAnswer> publishDoc(hs::ShareTarget &target, const hs::ShareDocument &doc,
                                             const hs::RemoteState &last) {
    return runShare(
        [&](hs::ShareTarget::PublishCallback done) { target.publish(doc, last, std::move(done)); });
}

inline std::optional<ShareAnswer> testTarget(hs::ShareTarget &target) {
    return runShare([&](hs::ShareTarget::PublishCallback done) {
        target.test([done = std::move(done)](const hs::ShareResult &r) { done(r, {}); });
    });
}

// The sample post-mortem as a stored incident would give it, with another slug or cause when asked.
inline hs::ShareDocument sampleDocument(qint64 id = 1,
                                        const QString &slug = QStringLiteral("checkout-db-down"),
                                        const QString &cause = {}) {
    hs::PostMortem pm = hs::testing::samplePostMortem();
    pm.incident.id = id;
    pm.incident.slug = slug;
    if (!cause.isEmpty())
        pm.incident.setText(hs::Section::Cause, cause);
    return hs::ShareDocument::render(pm);
}
