#!/bin/sh
# Runs a test with a throw-away HOME and XDG_RUNTIME_DIR (0700) and a gnome-keyring Secret Service
# unlocked with a fixed password, on the current D-Bus session bus; with --locked the keyring is locked
# again before the test starts (no display, so it cannot prompt), with --no-keyring none is started.
# Run it inside a private bus so the user's own keyring is never touched:
#   dbus-run-session -- sh with-keyring.sh [--locked] TEST [ARGS...]
#   dbus-run-session --config-file=dbus-session-without-services.conf -- sh with-keyring.sh --no-keyring TEST
# The test sees HINDSIGHT_TEST_KEYRING=unlocked|locked|none and HINDSIGHT_TEST_HOME (to search it).
set -eu

mode=unlocked
case "${1:-}" in
--no-keyring) mode=none; shift ;;
--locked) mode=locked; shift ;;
esac
if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
    echo "with-keyring: no D-Bus session bus; run me inside dbus-run-session" >&2
    exit 2
fi

scratch=$(mktemp -d)
keyring_pid=
cleanup() {
    [ -z "$keyring_pid" ] || kill "$keyring_pid" 2>/dev/null || true
    rm -rf "$scratch"
}
trap cleanup EXIT INT TERM
mkdir -p "$scratch/home" "$scratch/runtime"
chmod 700 "$scratch/home" "$scratch/runtime"
HOME=$scratch/home
XDG_RUNTIME_DIR=$scratch/runtime
XDG_CONFIG_HOME=$HOME/.config
XDG_DATA_HOME=$HOME/.local/share
XDG_CACHE_HOME=$HOME/.cache
HINDSIGHT_TEST_KEYRING=$mode
HINDSIGHT_TEST_HOME=$HOME
export HOME XDG_RUNTIME_DIR XDG_CONFIG_HOME XDG_DATA_HOME XDG_CACHE_HOME HINDSIGHT_TEST_KEYRING HINDSIGHT_TEST_HOME
unset GNOME_KEYRING_CONTROL SSH_AUTH_SOCK DISPLAY WAYLAND_DISPLAY

has_secrets() {
    dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true'
}

if [ "$mode" != none ]; then
    command -v gnome-keyring-daemon >/dev/null || { echo "with-keyring: gnome-keyring is not installed" >&2; exit 3; }
    # In the foreground (but in the background of this shell) so that its pid is ours to stop.
    printf 'hindsight-test-keyring' | gnome-keyring-daemon --foreground --unlock --components=secrets \
        >"$scratch/keyring.log" 2>&1 &
    keyring_pid=$!
    i=0
    until has_secrets; do
        i=$((i + 1))
        if [ $i -gt 100 ] || ! kill -0 "$keyring_pid" 2>/dev/null; then
            echo "with-keyring: gnome-keyring-daemon did not start:" >&2
            cat "$scratch/keyring.log" >&2
            exit 1
        fi
        sleep 0.05
    done
fi
if [ "$mode" = locked ]; then
    dbus-send --session --print-reply --dest=org.freedesktop.secrets /org/freedesktop/secrets \
        org.freedesktop.Secret.Service.Lock array:objpath:/org/freedesktop/secrets/collection/login >/dev/null
fi

status=0
"$@" || status=$?
exit $status
