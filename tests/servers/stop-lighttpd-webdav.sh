#!/bin/sh
# Stops the lighttpd that start-lighttpd-webdav.sh DIR started (its whole process group) and waits for it.
#   stop-lighttpd-webdav.sh DIR
exec sh "$(dirname "$0")/stop-process-group.sh" "$1/lighttpd.pid"
