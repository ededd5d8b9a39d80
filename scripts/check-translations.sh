#!/usr/bin/env bash
# The translations_complete test: fails when a .ts file in translations/ has a message still to
# translate. Messages lupdate marks "vanished" or "obsolete" are no longer in the sources and do not count.
#
#   check-translations.sh [TS_DIR [LUPDATE]]
#
# With LUPDATE (the build passes Qt's), a copy of each file is first refreshed from the sources in
# model/, sync/, ui/ and app/, so a new tr() string without a translation fails too, before anyone has run
# `cmake --build <build-dir> --target update_translations`.
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
dir=${1:-$root/translations}
lupdate=${2:-}

shopt -s nullglob
files=("$dir"/*.ts)
if [ ${#files[@]} -eq 0 ]; then
    echo "check-translations: no .ts file in $dir"
    exit 1
fi

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
status=0
for ts in "${files[@]}"; do
    checked=$ts
    if [ -n "$lupdate" ]; then
        checked=$scratch/$(basename "$ts")
        cp "$ts" "$checked"
        # The same options as the update_translations target (translations/CMakeLists.txt).
        (cd "$root" && "$lupdate" -silent -locations none -no-ui-lines -no-obsolete -extensions cpp,h \
            model sync ui app -ts "$checked") 2>/dev/null || { echo "check-translations: lupdate failed"; exit 1; }
    fi
    total=$(grep -c '<message' "$checked")
    unfinished=$(grep -c 'type="unfinished"' "$checked")
    echo "$(basename "$ts"): $total messages, $unfinished unfinished"
    if [ "$total" -eq 0 ]; then
        echo "  no messages at all: run the update_translations target"
        status=1
    fi
    if [ "$unfinished" -gt 0 ]; then
        # Which ones, so the next person knows what to translate.
        awk '/<name>/ { ctx = $0; gsub(/ *<\/?name>/, "", ctx) }
             /<source>/ { src = $0; sub(/^ *<source>/, "", src); sub(/<\/source>$/, "", src) }
             /type="unfinished"/ { print "  [" ctx "] " src }' "$checked"
        echo "  Run 'cmake --build <build-dir> --target update_translations', translate these in"
        echo "  translations/$(basename "$ts") (Qt Linguist or by hand) and commit the file."
        status=1
    fi
done
exit $status
