#!/usr/bin/env bash
# Installs every Debian 12 package that building, running and testing Hindsight needs.
# Safe to run again: apt-get only adds what is missing. Runs as root, or through sudo otherwise.
set -euo pipefail

if [ "$(id -u)" -eq 0 ]; then
    as_root() { "$@"; }
else
    as_root() { sudo "$@"; }
fi

# Without a policy-rc.d, installing dbus or gnome-keyring in a container tries to start services.
if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' | as_root tee /usr/sbin/policy-rc.d >/dev/null
    as_root chmod 755 /usr/sbin/policy-rc.d
fi

packages=(
    # build
    cmake ninja-build g++ make pkgconf
    # libcrypto for SHA-256 of shared files (sync/sha256.h)
    libssl-dev
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev
    libqt6sql6-sqlite qtkeychain-qt6-dev libsecret-1-0
    # Qt's own translations (dialog buttons etc.) for the German UI
    qt6-translations-l10n
    # run and test headless
    xvfb xauth trayer dbus dbus-x11 gnome-keyring libsecret-tools
    poppler-utils imagemagick fonts-dejavu-core python3-icalendar
    # real servers the sync tests start on 127.0.0.1 (CalDAV, WebDAV), and their tools
    radicale apache2-utils curl lighttpd lighttpd-mod-webdav
    # MediaWiki 1.39 on SQLite with PHP's built-in server (wiki share tests; policy-rc.d above keeps
    # the apache2 it depends on from starting); the Slack stand-in runs on Debian's python3
    mediawiki php-sqlite3 php-cli python3
    # packaging checks and the icon
    desktop-file-utils appstream librsvg2-bin dpkg-dev file
)

export DEBIAN_FRONTEND=noninteractive
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#packages[@]} packages are already installed."
    exit 0
fi
echo "install-deps: installing ${missing[*]}"
as_root apt-get update -qq
as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${packages[@]}"
