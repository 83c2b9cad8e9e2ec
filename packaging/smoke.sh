#!/usr/bin/env bash
# Smoke test of an installed MesoDesk, run from an empty folder outside the source tree with an
# empty home: version, demo clinic, patient summary and aftercare PDFs, check, GUI start.
#
#   packaging/smoke.sh CLI [GUI]
#     wheel:       packaging/smoke.sh /tmp/venv/bin/mesodesk
#     PyInstaller: packaging/smoke.sh dist/MesoDesk/mesodesk-cli dist/MesoDesk/mesodesk
set -euo pipefail
cli=$(realpath "$1")
gui=$(realpath "${2:-$1}")
here=$(mktemp -d "${TMPDIR:-/tmp}/mesodesk-smoke.XXXXXX")
trap 'rm -rf "$here"' EXIT
cd "$here"
export HOME="$here/home" XDG_DATA_HOME="$here/home/data" XDG_STATE_HOME="$here/home/state" \
    XDG_CONFIG_HOME="$here/home/config" XDG_CACHE_HOME="$here/home/cache" QT_QPA_PLATFORM=offscreen
unset MESODESK_DB PYTHONPATH MESODESK_PASSPHRASE || true
step() { echo "smoke: $*"; }

version=$("$cli" --version)
step "$version"
[[ $version =~ ^MesoDesk\ [0-9] ]] || { echo "smoke: unexpected --version: $version"; exit 1; }
step "demo"
"$cli" --db clinic.sqlite3 demo --patients 50 2>/dev/null
step "patient summary"
"$cli" --db clinic.sqlite3 report patient MD-000001 -o summary.pdf
step "aftercare sheet"
"$cli" --db clinic.sqlite3 report aftercare --patient MD-000001 -o aftercare.pdf
for pdf in summary.pdf aftercare.pdf; do
    pdfinfo "$pdf" | grep -q "^Creator: *$version\$" || { echo "smoke: $pdf lacks Creator $version"; exit 1; }
    pdftotext "$pdf" - | grep -q "MD-000001" || { echo "smoke: $pdf does not name the patient"; exit 1; }
done
step "check"
"$cli" --db clinic.sqlite3 check
step "GUI start (offscreen, quits after 5 s)"
"$gui" --db clinic.sqlite3 --quit-after 5 2>gui.err || { cat gui.err; exit 1; }
grep -q "showing: Sign in" gui.err || { echo "smoke: the sign-in window did not show:"; cat gui.err; exit 1; }
step "OK"
