#!/bin/sh
# Starts a throw-away Radicale (CalDAV) on 127.0.0.1 for the tests and prints its port on stdout.
#   start-radicale.sh DIR USER PASSWORD [PORT]
# DIR holds the config, the htpasswd file (apr1/md5), the calendars and radicale.log; it may already
# hold calendars from an earlier run (a restart keeps them). Without PORT a free one is chosen.
# Radicale runs in its own process group, recorded in DIR/radicale.pid: stop it with stop-radicale.sh DIR.
set -eu

dir=$1 user=$2 password=$3 port=${4:-}
command -v radicale >/dev/null || { echo "start-radicale: radicale is not installed" >&2; exit 3; }
command -v htpasswd >/dev/null || { echo "start-radicale: htpasswd (apache2-utils) is not installed" >&2; exit 3; }
mkdir -p "$dir/collections"
dir=$(cd "$dir" && pwd)
htpasswd -c -b -m "$dir/users" "$user" "$password" 2>/dev/null

free_port() {
    /usr/bin/python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# Another process may grab a port between choosing it and Radicale binding it: then try another one.
for attempt in 1 2 3 4 5; do
    p=${port:-$(free_port)}
    cat > "$dir/config" <<CONF
[server]
hosts = 127.0.0.1:$p
[auth]
type = htpasswd
htpasswd_filename = $dir/users
htpasswd_encryption = md5
[rights]
type = owner_only
[storage]
filesystem_folder = $dir/collections
[logging]
level = info
CONF
    # setsid: own process group, so that stop-radicale.sh ends Radicale and nothing else.
    setsid radicale --config "$dir/config" >"$dir/radicale.log" 2>&1 </dev/null &
    pid=$!
    echo "$pid" > "$dir/radicale.pid"
    i=0
    while [ $i -lt 100 ]; do
        if ! kill -0 "$pid" 2>/dev/null; then
            break
        fi
        # Any HTTP answer (401 without credentials) means Radicale is listening.
        code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$p/" 2>/dev/null || true)
        if [ -n "$code" ] && [ "$code" != 000 ]; then
            echo "$p"
            exit 0
        fi
        i=$((i + 1))
        sleep 0.1
    done
    kill -- "-$pid" 2>/dev/null || true
    [ -z "$port" ] || break
done
echo "start-radicale: Radicale did not start; see $dir/radicale.log" >&2
cat "$dir/radicale.log" >&2
exit 1
