#!/usr/bin/env bash
# Validates the desktop entry and the AppStream metainfo in packaging/ (the packaging_validate test).
# Exit 77 (skipped) when a validator is not installed.
set -u
dir=${1:-$(dirname "$0")/../packaging}
app_id=io.github.hindsight.Hindsight

for tool in desktop-file-validate appstreamcli; do
    if ! command -v "$tool" >/dev/null; then
        echo "validate-packaging: $tool is not installed; run scripts/install-deps.sh"
        exit 77
    fi
done

status=0
desktop-file-validate "$dir/$app_id.desktop" || status=1
appstreamcli validate --no-net --explain "$dir/$app_id.metainfo.xml" || status=1
for size in 16 32 48 64 128 256; do
    [ -s "$dir/icons/hicolor/${size}x${size}/hindsight.png" ] || { echo "missing ${size}px icon"; status=1; }
done
[ $status -eq 0 ] && echo "validate-packaging: desktop entry, metainfo and icons are valid"
exit $status
