#pragma once

#include "corpus.h"
#include "metrics.h"

namespace hs::bench {

// Shares the corpus's incidents (all of them: run it on the 1,000 corpus) to a throw-away local lighttpd
// WebDAV server (tests/servers/start-lighttpd-webdav.sh) through the outbox (Outbox + OutboxRunner +
// WebDavTarget), then, in five interleaved pairs, shares them again with the HTML and PDF rendered
// beforehand and uploads the very files the outbox wrote with one curl process (one connection, one PUT
// per file, as a fast hand-written script would), then times a no-op re-sync. Counts the requests in
// the server's access log. Works on a copy of the corpus. Needs a QGuiApplication (HTML and PDF).
// Returns false with `error` when lighttpd or curl is missing or something fails.
bool measureShare(const Corpus &corpus, Results &results, QString *error);

} // namespace hs::bench
