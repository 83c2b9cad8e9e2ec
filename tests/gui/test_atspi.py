"""The real window read through AT-SPI, as Orca reads it (issue 17 item 4).

The application runs on the xcb platform under Xvfb with a private D-Bus session and the AT-SPI bus;
Debian's python3 with gi (tests/gui/atspi_reader.py) signs in through AT-SPI alone — text set
through the editable-text interface, *Sign in* pressed through the action interface — and records
every accessible node of the sign-in window and the main window. Needs xvfb, dbus, at-spi2-core and
gir1.2-atspi-2.0 (.ci/run installs them); skipped where they are missing.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
BUS_LAUNCHER = Path("/usr/libexec/at-spi-bus-launcher")
SYSTEM_PYTHON = Path("/usr/bin/python3")

#: What a screen reader user acts on: each must have a name.
INTERACTIVE = {
    "push button",
    "toggle button",
    "check box",
    "radio button",
    "combo box",
    "text",
    "password text",
    "spin button",
    "slider",
    "table",
    "tree table",
    "list",
    "page tab",
    "menu item",
}


def _atspi_missing() -> str:
    for tool in ("Xvfb", "dbus-run-session"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed"
    if not BUS_LAUNCHER.exists() or not SYSTEM_PYTHON.exists():
        return "at-spi2-core is not installed"
    probe = subprocess.run(
        [
            str(SYSTEM_PYTHON),
            "-c",
            "import gi; gi.require_version('Atspi', '2.0'); from gi.repository import Atspi",
        ],
        capture_output=True,
    )
    return "" if probe.returncode == 0 else "gir1.2-atspi-2.0 (python3-gi) is not installed"


pytestmark = pytest.mark.skipif(bool(_atspi_missing()), reason=_atspi_missing() or "AT-SPI available")

SESSION = r"""
set -u
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$WORK/display" >/dev/null 2>&1 &
XPID=$!
for _ in $(seq 50); do [ -s "$WORK/display" ] && break; sleep 0.1; done
export DISPLAY=":$(cat "$WORK/display")"
/usr/libexec/at-spi-bus-launcher --launch-immediately >/dev/null 2>&1 &
BPID=$!
sleep 0.5
QT_QPA_PLATFORM=xcb QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 "$APP_PYTHON" -m mesodesk --db "$WORK/clinic.sqlite3" \
    >"$WORK/app.log" 2>&1 &
APID=$!
/usr/bin/python3 "$READER" admin mesodesk "$WORK/tree.json" >"$WORK/reader.log" 2>&1
RC=$?
kill $APID 2>/dev/null; sleep 0.5; kill -9 $APID 2>/dev/null
kill $BPID $XPID 2>/dev/null
exit $RC
"""


def _read(tmp_path: Path, language: str) -> dict:
    env = dict(os.environ)
    for key in ("QT_QPA_PLATFORM", "DISPLAY", "DBUS_SESSION_BUS_ADDRESS", "WAYLAND_DISPLAY"):
        env.pop(key, None)
    home = tmp_path / "home"
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_STATE_HOME=str(home / "state"),
        XDG_CACHE_HOME=str(home / "cache"),
        MESODESK_LANG=language,
        WORK=str(tmp_path),
        APP_PYTHON=sys.executable,
        READER=str(HERE / "atspi_reader.py"),
    )
    built = subprocess.run(
        [
            sys.executable,
            "-m",
            "mesodesk",
            "--db",
            str(tmp_path / "clinic.sqlite3"),
            "demo",
            "--patients",
            "20",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert built.returncode == 0, built.stderr
    script = tmp_path / "session.sh"
    script.write_text(SESSION, encoding="utf-8")
    run = subprocess.run(
        ["dbus-run-session", "--", "sh", str(script)], env=env, timeout=180, capture_output=True
    )
    logs = "\n".join(
        (tmp_path / name).read_text(encoding="utf-8", errors="replace")
        for name in ("reader.log", "app.log")
        if (tmp_path / name).exists()
    )
    assert run.returncode == 0, logs
    return json.loads((tmp_path / "tree.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def english(tmp_path_factory: pytest.TempPathFactory) -> dict:
    return _read(tmp_path_factory.mktemp("atspi-en"), "en")


def test_sign_in_is_read_and_used_through_atspi(english: dict) -> None:
    fields = {(n["role"], n["name"]) for n in english["sign_in"]}
    assert ("text", "User name") in fields and ("password text", "Password") in fields
    assert ("push button", "Sign in") in fields
    frames = [n for n in english["main"] if n["role"] == "frame"]
    assert frames, "signing in through AT-SPI did not open the main window"
    assert "Clinic Administrator" in frames[0]["name"]


def test_every_control_of_the_main_window_has_a_name(english: dict) -> None:
    """Read through AT-SPI, the main window had five nameless controls: the clear buttons of the
    search box and the date field, two combo boxes' lists, and the toolbar's overflow button."""
    unnamed = [n["path"] for n in english["main"] if n["role"] in INTERACTIVE and not n["name"].strip()]
    assert unnamed == []
    names = {n["name"] for n in english["main"]}
    assert {"Search patients", "Main toolbar"} <= names


def test_the_window_is_read_in_french(tmp_path: Path) -> None:
    french = _read(tmp_path, "fr")
    fields = {(n["role"], n["name"]) for n in french["sign_in"]}
    assert ("password text", "Mot de passe") in fields
    names = {n["name"] for n in french["main"]}
    assert "Rechercher des patients" in names or any("Rechercher" in name for name in names)
    assert "Search patients" not in names
