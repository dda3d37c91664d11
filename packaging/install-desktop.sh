#!/bin/sh
# Register nomdesk with the Linux desktop for this user: menu entry, icon, and the
# .nomballot / .nomscores / database file types, so that opening such a file starts nomdesk.
#
#   ./install-desktop.sh            beside the built app (dist/nomdesk/, where build.py puts it)
#   packaging/install-desktop.sh    in a checkout, after packaging/build.py
#   ... --uninstall                 remove what it installed
#   NOMDESK_PROGRAM=/usr/bin/nomdesk packaging/install-desktop.sh   start that nomdesk instead
#
# Installs under ${XDG_DATA_HOME:-~/.local/share}; needs no root.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
if [ -d "$here/_internal/nomdesk/resources" ]; then
    resources="$here/_internal/nomdesk/resources"
    program="$here/nomdesk"
else
    resources="$here/../resources"
    program=$(cd "$here/.." && pwd)/dist/nomdesk/nomdesk
fi
program=${NOMDESK_PROGRAM:-$program}  # another nomdesk to start, e.g. an installed one
app_id=org.nomdesk.nomdesk
data=${XDG_DATA_HOME:-$HOME/.local/share}
sizes="16 32 48 64 128 256"

refresh() {
    if command -v update-mime-database >/dev/null; then update-mime-database "$data/mime"; fi
    if command -v update-desktop-database >/dev/null; then
        update-desktop-database "$data/applications"
    fi
    if command -v gtk-update-icon-cache >/dev/null; then
        gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
    fi
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -f "$data/applications/$app_id.desktop" "$data/mime/packages/nomdesk-mime.xml" \
        "$data/metainfo/$app_id.metainfo.xml" "$data/icons/hicolor/scalable/apps/$app_id.svg"
    for size in $sizes; do rm -f "$data/icons/hicolor/${size}x${size}/apps/$app_id.png"; done
    mkdir -p "$data/mime" "$data/applications" "$data/icons/hicolor"
    refresh
    echo "nomdesk removed from the desktop menu and file associations"
    exit 0
fi

if [ ! -x "$program" ]; then
    echo "install-desktop.sh: no built app at $program (run packaging/build.py first)" >&2
    exit 2
fi

mkdir -p "$data/applications" "$data/mime/packages" "$data/metainfo" \
    "$data/icons/hicolor/scalable/apps"
# The menu entry starts this very copy of nomdesk, wherever the folder was put.
quoted=$(printf '%s' "$program" | sed 's/["`$\\]/\\&/g')
sed -e "s|^Exec=nomdesk |Exec=\"$quoted\" |" -e "s|^TryExec=nomdesk\$|TryExec=$program|" \
    "$resources/desktop/$app_id.desktop" >"$data/applications/$app_id.desktop"
cp "$resources/desktop/nomdesk-mime.xml" "$data/mime/packages/"
cp "$resources/desktop/$app_id.metainfo.xml" "$data/metainfo/"
cp "$resources/icons/nomdesk.svg" "$data/icons/hicolor/scalable/apps/$app_id.svg"
for size in $sizes; do
    mkdir -p "$data/icons/hicolor/${size}x${size}/apps"
    cp "$resources/icons/nomdesk-$size.png" "$data/icons/hicolor/${size}x${size}/apps/$app_id.png"
done
refresh
echo "nomdesk added to the desktop menu; .nomballot and .nomscores files now open in it"
echo "(menu entry: $data/applications/$app_id.desktop)"
