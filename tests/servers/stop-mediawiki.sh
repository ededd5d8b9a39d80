#!/bin/sh
# Stops the MediaWiki that start-mediawiki.sh DIR started (its whole process group) and waits for it.
#   stop-mediawiki.sh DIR
set -u
dir=$1
[ -f "$dir/server.pid" ] || exit 0
pid=$(cat "$dir/server.pid")
kill -- "-$pid" 2>/dev/null || true
i=0
while kill -0 "$pid" 2>/dev/null && [ $i -lt 50 ]; do
    i=$((i + 1))
    sleep 0.1
done
kill -9 -- "-$pid" 2>/dev/null || true
rm -f "$dir/server.pid"
