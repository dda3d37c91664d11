#!/usr/bin/env bash
# Build the standalone app and smoke-run the built folder, every step bounded in time:
#   1. packaging/build.py                       (dist/nomdesk/)
#   2. dist/nomdesk/nomdesk --version
#   3. dist/nomdesk/nomdesk demo DEMO.db
#   4. dist/nomdesk/nomdesk DEMO.db on a real X11 display (Xvfb, the xcb plugin forced),
#      quitting once the database is open and painted; a missing X11 library fails here.
#   5. the same with a ballot written from the demo: juror mode (SMOKE_BALLOT=0 skips it)
# Run from anywhere: bash packaging/ci-smoke.sh   (SKIP_BUILD=1 reuses dist/nomdesk/)
set -euo pipefail
cd "$(dirname "$0")/.."

# What a minimal Debian needs for the app to open a window (design §7), and Xvfb for CI.
X11_PACKAGES="libglib2.0-0 libgl1 libegl1 libxkbcommon0 libfontconfig1 libdbus-1-3
fonts-dejavu-core libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0
libxkbcommon-x11-0 xvfb xauth"

step() { echo "== ci-smoke: $*"; }
now() { date +%s; }

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "ok installed"; }

install_x11() {
    local missing=() sudo_cmd=""
    for package in $X11_PACKAGES; do
        # GLib is libglib2.0-0t64 on Debian 13 and Ubuntu 24.04.
        if [ "$package" = libglib2.0-0 ] && installed libglib2.0-0t64; then continue; fi
        installed "$package" || missing+=("$package")
    done
    if [ ${#missing[@]} -eq 0 ]; then return; fi
    [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
    step "installing ${missing[*]}"
    timeout 300 $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive timeout 600 $sudo_cmd apt-get install -y -qq \
        --no-install-recommends "${missing[@]}" >/dev/null
}

explain_gui_failure() {
    echo "ci-smoke: the GUI did not start on X11; Qt's plugin loader says:" >&2
    QT_DEBUG_PLUGINS=1 NOMDESK_EXIT_WHEN_READY=1 QT_QPA_PLATFORM=xcb timeout 60 \
        xvfb-run -a "$app" "$work/demo.db" 2>&1 |
        grep -iE "cannot|not found|failed|error" | head -20 >&2 || true
    ldd dist/nomdesk/_internal/PySide6/Qt/plugins/platforms/libqxcb.so | grep "not found" >&2 || true
}

started=$(now)
if [ "${SKIP_BUILD:-}" != 1 ]; then
    step "building dist/nomdesk"
    timeout 1200 uv run --group packaging python packaging/build.py
fi
app=dist/nomdesk/nomdesk
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A user of its own: settings, data and logs go to the temporary folder.
export HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
export XDG_STATE_HOME="$work/state" XDG_CACHE_HOME="$work/cache"
mkdir -p "$HOME"

step "nomdesk --version"
version=$(timeout 30 "$app" --version)
echo "$version"
[[ "$version" == nomdesk\ * ]]

step "nomdesk demo"
timeout 120 "$app" demo "$work/demo.db"
test -s "$work/demo.db"
timeout 60 "$app" info --db "$work/demo.db" --json >/dev/null

install_x11
step "the GUI on the demo under Xvfb (xcb)"
gui_started=$(now)
if ! NOMDESK_EXIT_WHEN_READY=1 QT_QPA_PLATFORM=xcb timeout 90 \
    xvfb-run -a -s "-screen 0 1280x800x24" "$app" "$work/demo.db"; then
    explain_gui_failure
    exit 1
fi
echo "GUI opened the database and painted in $(($(now) - gui_started)) s"

if [ "${SMOKE_BALLOT:-1}" != 0 ]; then
    step "a ballot opens juror mode under Xvfb"
    timeout 60 "$app" ballots --db "$work/demo.db" --year 2027 -o "$work/ballots" >/dev/null
    ballot=$(find "$work/ballots" -name "*.nomballot" | sort | head -n 1)
    NOMDESK_EXIT_WHEN_READY=1 QT_QPA_PLATFORM=xcb timeout 90 \
        xvfb-run -a -s "-screen 0 1280x800x24" "$app" "$ballot"
    test -n "$(ls -A "$XDG_DATA_HOME/nomdesk/juror-workspaces")"
fi
step "passed in $(($(now) - started)) s"
