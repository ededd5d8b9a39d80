#pragma once

#include "postmortem.h"

#include <QString>

namespace hs::wikitext {

// What goes around the document on the wiki: the category the page is filed under and the uploaded
// PDF it links to (empty: no PDF line).
struct WikiPageOptions {
    QString category = QStringLiteral("Post-mortems");
    QString pdfFileName; // the file's name on the wiki, without "File:"
};

// A post-mortem as MediaWiki wikitext: the metadata as a list, each section under "== heading ==" with
// its paragraphs, "- "/"* " and "1. " lists and Markdown links kept as wiki lists and links, the
// extract in a <pre>, the actions as one wikitable (bucket, title, team, owner, due, status, tracker
// link), the reviews as a list, then the category. Everything the user typed is escaped so it shows
// as typed: no template, tag, signature, table or magic word can come from the document. The text has
// no trailing newline (MediaWiki strips it, and callers compare hashes of what the wiki stores).
QString toWikitext(const PostMortem &postMortem, const WikiPageOptions &options = {});

// Inline text escaped for wikitext: every character that MediaWiki would read as markup ([ ] { } | < >
// & ' ~ = * # : ; "__" and line-leading space or dash) becomes an HTML entity. Bare URLs stay links.
QString escapeInline(const QString &text);
// Text for a <pre> block: only & < > { } ~ are entities (a <pre> shows everything else as typed, and
// decodes entities), so "</pre>" cannot close it and nothing inside is expanded when the page is saved.
QString escapePre(const QString &text);
// An external link "[url label]", or the escaped label alone when `url` is not an http(s)/mailto URL.
QString externalLink(const QString &url, const QString &label);

} // namespace hs::wikitext
