#!/bin/sh
# Stops the server whose process-group leader's pid is in PIDFILE (started with setsid by one of the
# start-*.sh scripts), waits up to 5 s, then kills what is left and removes PIDFILE.
#   stop-process-group.sh PIDFILE
set -u
pidfile=$1
[ -f "$pidfile" ] || exit 0
pid=$(cat "$pidfile")
kill -- "-$pid" 2>/dev/null || true
i=0
while kill -0 "$pid" 2>/dev/null && [ $i -lt 50 ]; do
    i=$((i + 1))
    sleep 0.1
done
kill -9 -- "-$pid" 2>/dev/null || true
rm -f "$pidfile"
