#!/bin/sh
# Starts a throw-away lighttpd WebDAV server on 127.0.0.1 for the tests and prints its port on stdout.
#   start-lighttpd-webdav.sh DIR USER PASSWORD [PORT]
# DIR/dav is the served folder (kept across restarts), DIR/logs holds access.log (one line per
# request: method, path, status) and error.log, DIR/htpasswd the one user (apr1). Basic auth for
# everything. Without PORT a free one is chosen. lighttpd runs in its own process group, recorded in
# DIR/lighttpd.pid: stop it with stop-lighttpd-webdav.sh DIR.
set -eu

dir=$1 user=$2 password=$3 port=${4:-}
command -v lighttpd >/dev/null 2>&1 || [ -x /usr/sbin/lighttpd ] ||
    { echo "start-lighttpd-webdav: lighttpd is not installed" >&2; exit 3; }
[ -f /usr/lib/lighttpd/mod_webdav.so ] ||
    { echo "start-lighttpd-webdav: lighttpd-mod-webdav is not installed" >&2; exit 3; }
command -v htpasswd >/dev/null || { echo "start-lighttpd-webdav: htpasswd (apache2-utils) is not installed" >&2; exit 3; }
mkdir -p "$dir/dav" "$dir/logs" "$dir/tmp"
dir=$(cd "$dir" && pwd)
htpasswd -c -b -m "$dir/htpasswd" "$user" "$password" 2>/dev/null
lighttpd=$(command -v lighttpd || echo /usr/sbin/lighttpd)

free_port() {
    /usr/bin/python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

for attempt in 1 2 3 4 5; do
    p=${port:-$(free_port)}
    cat > "$dir/lighttpd.conf" <<CONF
server.modules = ( "mod_auth", "mod_authn_file", "mod_webdav", "mod_accesslog" )
server.bind = "127.0.0.1"
server.port = $p
server.document-root = "$dir/dav"
server.errorlog = "$dir/logs/error.log"
server.upload-dirs = ( "$dir/tmp" )
accesslog.filename = "$dir/logs/access.log"
accesslog.format = "%m %U %>s"
mimetype.assign = ( ".pdf" => "application/pdf", ".html" => "text/html", ".md" => "text/markdown", "" => "application/octet-stream" )
auth.backend = "htpasswd"
auth.backend.htpasswd.userfile = "$dir/htpasswd"
auth.require = ( "/" => ( "method" => "basic", "realm" => "dav", "require" => "valid-user" ) )
webdav.activate = "enable"
webdav.sqlite-db-name = "$dir/tmp/webdav.sqlite"
CONF
    # setsid: own process group, so that the stop script ends lighttpd and nothing else. -D: foreground.
    setsid "$lighttpd" -D -f "$dir/lighttpd.conf" >"$dir/logs/stdout.log" 2>&1 </dev/null &
    pid=$!
    echo "$pid" > "$dir/lighttpd.pid"
    i=0
    while [ $i -lt 100 ]; do
        kill -0 "$pid" 2>/dev/null || break
        # Any HTTP answer (401 without credentials) means lighttpd is listening.
        code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$p/" 2>/dev/null || true)
        if [ -n "$code" ] && [ "$code" != 000 ]; then
            echo "$p"
            exit 0
        fi
        i=$((i + 1))
        sleep 0.05
    done
    kill -- "-$pid" 2>/dev/null || true
    [ -z "$port" ] || break
done
echo "start-lighttpd-webdav: lighttpd did not start; see $dir/logs" >&2
cat "$dir/logs/stdout.log" "$dir/logs/error.log" >&2 2>/dev/null || true
exit 1
