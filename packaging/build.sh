#!/usr/bin/env bash
# Build the one-folder MesoDesk application with PyInstaller (Linux and macOS).
#
#   packaging/build.sh [DIST_DIR]        (default: dist/ in the repository)
#
# Builds the wheel from the checkout, installs it with PyInstaller into a fresh virtual
# environment (nothing of the checkout leaks in), makes the icons from resources/icons/mesodesk.svg
# and freezes the installed package with packaging/mesodesk.spec. Result: DIST_DIR/MesoDesk/
# (mesodesk = the application and command line, mesodesk-cli = a link to it for scripts);
# on macOS also DIST_DIR/MesoDesk.app.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dist=$(mkdir -p "${1:-$root/dist}" && cd "${1:-$root/dist}" && pwd)
python=${PYTHON:-python3}
work=$(mktemp -d "${TMPDIR:-/tmp}/mesodesk-build.XXXXXX")
trap 'rm -rf "$work"' EXIT

echo "build: wheel"
"$python" -m venv "$work/venv"
pip=("$work/venv/bin/python" -m pip -q)
wheel=$("$root/packaging/wheel.sh" "$work/wheel" "$work/venv/bin/python")
echo "build: installing $(basename "$wheel") and PyInstaller into a fresh environment"
"${pip[@]}" install "$wheel[freeze]"
echo "build: icons"
QT_QPA_PLATFORM=offscreen "$work/venv/bin/python" "$root/packaging/make_icons.py" "$work/icons" >/dev/null
echo "build: freezing"
rm -rf "$dist/MesoDesk" "$dist/MesoDesk.app"
(cd "$work" && MESODESK_ICONS="$work/icons" "$work/venv/bin/python" -m PyInstaller --noconfirm --log-level WARN \
    --distpath "$dist" --workpath "$work/pyinstaller" "$root/packaging/mesodesk.spec")
# Outside Windows the one executable is also the command line: mesodesk-cli is a link to it.
ln -sf mesodesk "$dist/MesoDesk/mesodesk-cli"
if [ -d "$dist/MesoDesk.app" ]; then ln -sf mesodesk "$dist/MesoDesk.app/Contents/MacOS/mesodesk-cli"; fi
mkdir -p "$dist/MesoDesk/share"
cp "$root/packaging/mesodesk.desktop" "$dist/MesoDesk/share/"
for size in 16 32 48 64 128 256 512; do
    cp "$work/icons/mesodesk-$size.png" "$dist/MesoDesk/share/mesodesk-$size.png"
done
cp "$root/packaging/install-linux.sh" "$dist/MesoDesk/"
echo "build: $dist/MesoDesk ($(du -sh "$dist/MesoDesk" | cut -f1))"
