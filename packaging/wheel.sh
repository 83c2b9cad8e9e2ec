#!/usr/bin/env bash
# Build the MesoDesk wheel from a clean copy of the checkout's tracked files (no stale build/,
# no untracked files), into OUT_DIR; prints the wheel's path.
#
#   packaging/wheel.sh OUT_DIR [PYTHON]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=$(mkdir -p "$1" && cd "$1" && pwd)
python=${2:-${PYTHON:-python3}}
src=$(mktemp -d "${TMPDIR:-/tmp}/mesodesk-src.XXXXXX")
trap 'rm -rf "$src"' EXIT
if git -C "$root" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    (cd "$root" && git ls-files -z --cached | tar --null -T - -cf - 2>/dev/null) | tar -xf - -C "$src"
else
    (cd "$root" && tar --exclude=.venv --exclude=build --exclude=dist --exclude='*.egg-info' -cf - .) | tar -xf - -C "$src"
fi
"$python" -m pip wheel -q --no-deps -w "$out" "$src" >&2
ls "$out"/mesodesk-*.whl | tail -1
