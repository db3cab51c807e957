#!/usr/bin/env sh
# Add SmartBMS Desktop to the application menu after `pipx install smartbms-gui` (or pip --user):
# installs the .desktop file, the AppStream metainfo and the icons into ~/.local/share.
# Run from a source checkout:  packaging/linux/install-desktop-entry.sh
set -eu
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
id="io.github.smartbms_desktop.SmartBMSDesktop"
data="${XDG_DATA_HOME:-$HOME/.local/share}"

install -Dm644 "$here/$id.desktop" "$data/applications/$id.desktop"
install -Dm644 "$here/$id.metainfo.xml" "$data/metainfo/$id.metainfo.xml"
for size in 16 24 32 48 64 128 256 512; do
  install -Dm644 "$root/smartbms_gui/resources/icons/smartbms-$size.png" \
    "$data/icons/hicolor/${size}x${size}/apps/$id.png"
done
install -Dm644 "$root/smartbms_gui/resources/icons/smartbms.svg" "$data/icons/hicolor/scalable/apps/$id.svg"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$data/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
echo "Installed the menu entry for SmartBMS Desktop ($id)."
