#!/usr/bin/env bash
# Installs the packages, builds Hindsight (Debug, with tests) and runs the whole suite with CTest.
# Tests run offscreen, with a throw-away HOME and XDG_RUNTIME_DIR, inside a private D-Bus session
# (with an unlocked gnome-keyring) so that nothing touches the user's own data, keyring or display.
# Extra arguments go to ctest, e.g. `bash scripts/test.sh -R tst_naming`. Exits with ctest's code.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
build=${HINDSIGHT_TEST_BUILD_DIR:-build}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DHINDSIGHT_BUILD_TESTS=ON
cmake --build "$build" -j "$(nproc)"

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/home" "$scratch/runtime"
chmod 700 "$scratch/runtime"

export HOME="$scratch/home" XDG_RUNTIME_DIR="$scratch/runtime" QT_QPA_PLATFORM=offscreen
export XDG_CONFIG_HOME="$HOME/.config" XDG_DATA_HOME="$HOME/.local/share" XDG_CACHE_HOME="$HOME/.cache"
unset DBUS_SESSION_BUS_ADDRESS DISPLAY WAYLAND_DISPLAY

status=0
dbus-run-session -- bash -c '
    # An unlocked login keyring for tests that store secrets; the suite must pass without it too.
    if command -v gnome-keyring-daemon >/dev/null; then
        eval "$(printf "hindsight-test" | gnome-keyring-daemon --unlock --components=secrets 2>/dev/null)" || true
        export GNOME_KEYRING_CONTROL SSH_AUTH_SOCK
    fi
    cd "$0" && ctest --output-on-failure --timeout 300 "${@}"
' "$build" "$@" || status=$?
exit $status
