#!/bin/sh
# Stops the MediaWiki that start-mediawiki.sh DIR started (its whole process group) and waits for it.
#   stop-mediawiki.sh DIR
exec sh "$(dirname "$0")/stop-process-group.sh" "$1/server.pid"
