#!/usr/bin/env bash
# Fails when a .ts file in translations/ has a message still to translate (the translations_complete test).
# Refresh the files first with `cmake --build <build-dir> --target update_translations`.
# Messages lupdate marked "vanished" or "obsolete" are no longer in the sources and do not count.
set -u
dir=${1:-$(dirname "$0")/../translations}
status=0
shopt -s nullglob
files=("$dir"/*.ts)
if [ ${#files[@]} -eq 0 ]; then
    echo "check-translations: no .ts file in $dir"
    exit 1
fi
for ts in "${files[@]}"; do
    total=$(grep -c '<message' "$ts")
    unfinished=$(grep -c 'type="unfinished"' "$ts")
    echo "$(basename "$ts"): $total messages, $unfinished unfinished"
    if [ "$total" -eq 0 ]; then
        echo "  no messages at all: run the update_translations target"
        status=1
    fi
    if [ "$unfinished" -gt 0 ]; then
        # Show which ones, so the next person knows what to translate.
        awk '/<source>/ { src = $0 } /type="unfinished"/ { sub(/^ */, "", src); print "  " src }' "$ts"
        status=1
    fi
done
exit $status
