#!/bin/sh
# Install the MesoDesk folder on Linux, with its menu entry and icon.
#
#   ./install-linux.sh [PREFIX]     default: ~/.local (just you); /usr/local or /opt for everyone (as root)
#
# Copies this folder to PREFIX/lib/MesoDesk, links PREFIX/bin/mesodesk (the application) and
# PREFIX/bin/mesodesk-cli (the command line), and installs share/mesodesk.desktop and the icons
# into PREFIX/share/applications and PREFIX/share/icons/hicolor. Run it again to upgrade.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
prefix=${1:-$HOME/.local}
app="$prefix/lib/MesoDesk"
mkdir -p "$prefix/lib" "$prefix/bin" "$prefix/share/applications"
if [ "$here" != "$app" ]; then
    rm -rf "$app.new"
    cp -R "$here" "$app.new"
    rm -rf "$app"
    mv "$app.new" "$app"
fi
ln -sf "$app/mesodesk" "$prefix/bin/mesodesk"
ln -sf "$app/mesodesk-cli" "$prefix/bin/mesodesk-cli"
for png in "$app"/share/mesodesk-*.png; do
    size=$(basename "$png" .png | sed 's/mesodesk-//')
    mkdir -p "$prefix/share/icons/hicolor/${size}x${size}/apps"
    cp "$png" "$prefix/share/icons/hicolor/${size}x${size}/apps/mesodesk.png"
done
desktop="$prefix/share/applications/mesodesk.desktop"
sed "s|^Exec=.*|Exec=$prefix/bin/mesodesk|" "$app/share/mesodesk.desktop" > "$desktop"
if command -v desktop-file-validate >/dev/null 2>&1; then desktop-file-validate "$desktop"; fi
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$prefix/share/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$prefix/share/icons/hicolor" || true
echo "MesoDesk installed in $app; start it from the menu or with $prefix/bin/mesodesk"
