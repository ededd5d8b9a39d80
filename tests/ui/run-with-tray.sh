#!/bin/sh
# Runs one test program under a private X server (Xvfb) with a system tray host (trayer) and its own
# D-Bus session, so QSystemTrayIcon is really available. Used by CTest for tst_tray; the test itself
# waits until the tray is there. Fails (does not skip) when xvfb-run or trayer is missing:
# scripts/install-deps.sh installs both.
set -eu
for tool in xvfb-run trayer dbus-run-session; do
    command -v "$tool" >/dev/null || { echo "run-with-tray: $tool is not installed" >&2; exit 1; }
done
exec xvfb-run -a -s '-screen 0 1024x768x24' dbus-run-session -- sh -c '
    trayer --edge bottom --align right --widthtype pixel --width 200 --heighttype pixel --height 32 \
        >/dev/null 2>&1 &
    tray=$!
    status=0
    "$@" || status=$?
    kill "$tray" 2>/dev/null || true
    exit "$status"
' run-with-tray "$@"
