#pragma once

#include "action.h"
#include "review.h"

#include <QList>
#include <QString>
#include <QStringList>

// The Markdown of a post-mortem's follow-ups, shared by the renderer and the importer so that what
// one writes the other reads back exactly:
//
//   ## Actions
//
//   ### Now
//
//   - [ ] Alert on disk usage — team: SRE, owner: Alice, due: 2026-12-01, status: open, link: <https://…>
//
//     Notes, indented by two spaces
//   - [x] Done action — team: DBA, due: 2026-12-02, status: done
//   - [ ] ~~Dropped action~~ — team: Web, due: 2026-12-03, status: dropped, reason: Covered by OPS-7
//
//   ### Later
//
//   *No actions.*
//
//   ## Reviews
//
//   - +1 week: 2026-12-01 10:00 (Europe/Berlin) — open
//   - +1 month: 2026-12-24 10:00 (Europe/Berlin) — done — What was done, what is still open
//     further lines of the notes, indented by two spaces
//
// Headings, field names and the "+1 week" labels are written in the current language and read in
// English or the current language; status values are the stable keys. In titles, teams, owners and
// reasons, Markdown punctuation is backslash-escaped (so it shows as typed), commas in field values
// are escaped as "\,", and an em dash in a title is written "&#8212;": the first " — " of an item
// always ends its title.
namespace hs::docformat {

// "## Actions" with "### Now" and "### Later" lists, ending with a newline.
QString actionsMarkdown(const QList<Action> &actions);
// "## Reviews" with one list item per review, ending with a newline.
QString reviewsMarkdown(const QList<Review> &reviews);

// Read the lines after the "## Actions" / "## Reviews" heading. Prose between the lists is ignored;
// a list item that cannot be read fails with the reason. Actions get their bucket from the "### "
// heading above them (Now before any); a missing due date stays invalid (the store picks the default).
bool readActions(const QStringList &lines, QList<Action> *actions, QString *error);
bool readReviews(const QStringList &lines, QList<Review> *reviews, QString *error);

} // namespace hs::docformat
