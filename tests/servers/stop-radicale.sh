#!/bin/sh
# Stops the Radicale that start-radicale.sh DIR started (its whole process group) and waits for it.
#   stop-radicale.sh DIR
set -u
dir=$1
[ -f "$dir/radicale.pid" ] || exit 0
pid=$(cat "$dir/radicale.pid")
kill -- "-$pid" 2>/dev/null || true
i=0
while kill -0 "$pid" 2>/dev/null && [ $i -lt 50 ]; do
    i=$((i + 1))
    sleep 0.1
done
kill -9 -- "-$pid" 2>/dev/null || true
rm -f "$dir/radicale.pid"
