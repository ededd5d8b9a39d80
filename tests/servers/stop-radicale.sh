#!/bin/sh
# Stops the Radicale that start-radicale.sh DIR started (its whole process group) and waits for it.
#   stop-radicale.sh DIR
exec sh "$(dirname "$0")/stop-process-group.sh" "$1/radicale.pid"
