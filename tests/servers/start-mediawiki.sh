#!/bin/sh
# Starts a throw-away MediaWiki 1.39 (Debian's package) on SQLite with PHP's built-in server on
# 127.0.0.1 for the tests, and prints its port on stdout.
#   start-mediawiki.sh DIR [PORT]
# The first start installs the wiki into DIR (about 20 s): user "Admin" with the bot password
# Admin@ci / $MW_BOTPW_A and a second user "Bob" with Bob@ci / $MW_BOTPW_B (for edit conflicts, since a
# stale basetimestamp from the same user is merged silently). Anonymous edits are forbidden (or a broken
# login would look like success) and PDF uploads are allowed. A later start with the same DIR keeps the
# wiki and needs its PORT again ($wgServer names it).
# The server runs in its own process group, recorded in DIR/server.pid: stop it with stop-mediawiki.sh DIR.
set -eu

dir=$1 port=${2:-}
botpw_a=${MW_BOTPW_A:-0123456789abcdef0123456789abcdef}  # bot passwords must match ^[0-9a-w]{32,}$
botpw_b=${MW_BOTPW_B:-fedcba9876543210fedcba9876543210}
mw=/usr/share/mediawiki
command -v php >/dev/null || { echo "start-mediawiki: php-cli is not installed" >&2; exit 3; }
[ -f "$mw/maintenance/install.php" ] || { echo "start-mediawiki: mediawiki is not installed" >&2; exit 3; }
command -v curl >/dev/null || { echo "start-mediawiki: curl is not installed" >&2; exit 3; }
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)

free_port() {
    /usr/bin/python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

if [ ! -f "$dir/LocalSettings.php" ]; then
    [ -n "$port" ] || port=$(free_port)
    mkdir -p "$dir/data" "$dir/images"
    php "$mw/maintenance/install.php" --quiet --dbtype sqlite --dbpath "$dir/data" --dbname ciwiki \
        --confpath "$dir" --server "http://127.0.0.1:$port" --scriptpath "" --lang en \
        --pass 'Adm1n-Passw0rd-xyz' CIWiki Admin >"$dir/install.log" 2>&1 ||
        { echo "start-mediawiki: install.php failed; see $dir/install.log" >&2; cat "$dir/install.log" >&2; exit 1; }
    cat >>"$dir/LocalSettings.php" <<PHP
\$wgEnableUploads = true;
\$wgUploadDirectory = "$dir/images";
\$wgUploadPath = "/images";
\$wgFileExtensions[] = 'pdf';
\$wgUseImageMagick = false;
\$wgEnableEmail = false;
\$wgGroupPermissions['*']['edit'] = false;
\$wgGroupPermissions['*']['createpage'] = false;
\$wgGroupPermissions['*']['upload'] = false;
PHP
    echo "$port" >"$dir/port"
    export MW_CONFIG_FILE="$dir/LocalSettings.php"
    grants=basic,editpage,createeditmovepage,uploadfile,uploadeditmovefile,highvolume
    php "$mw/maintenance/createBotPassword.php" --appid ci --grants $grants Admin "$botpw_a" >/dev/null
    php "$mw/maintenance/createAndPromote.php" Bob 'Bob-Passw0rd-xyz-123' >/dev/null
    php "$mw/maintenance/createBotPassword.php" --appid ci --grants $grants Bob "$botpw_b" >/dev/null
fi
[ -n "$port" ] || port=$(cat "$dir/port")

# setsid: own process group, since PHP's workers outlive the master; stop-mediawiki.sh ends the group.
PHP_CLI_SERVER_WORKERS=4 MW_CONFIG_FILE="$dir/LocalSettings.php" \
    setsid php -S "127.0.0.1:$port" -t "$mw" >>"$dir/server.log" 2>&1 </dev/null &
pid=$!
echo "$pid" >"$dir/server.pid"
i=0
while [ $i -lt 100 ]; do
    kill -0 "$pid" 2>/dev/null || break
    if curl -sf -o /dev/null "http://127.0.0.1:$port/api.php?action=query&meta=siteinfo&format=json"; then
        echo "$port"
        exit 0
    fi
    i=$((i + 1))
    sleep 0.1
done
kill -- "-$pid" 2>/dev/null || true
echo "start-mediawiki: MediaWiki did not come up on port $port; see $dir/server.log" >&2
tail -20 "$dir/server.log" >&2
exit 1
