"""MesoDesk's build backend: setuptools, plus PySide6 at wheel-build time when translations exist.

pyproject.toml names this module as the build backend (``backend-path = ["packaging"]``). It is
setuptools' own backend with one difference: building a wheel (not an editable install) also
needs PySide6 when ``resources/translations/*.ts`` exist, because setup.py compiles them to .qm
with PySide6's lrelease. ``compile_translations`` is shared with the PyInstaller build.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import build_meta as _setuptools
from setuptools.build_meta import *  # noqa: F403 (the whole PEP 517 interface of setuptools)

ROOT = Path(__file__).resolve().parent.parent
PYSIDE = "PySide6-Essentials>=6.6,!=6.12.0"


def _sources(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.ts")) if folder.is_dir() else []


def get_requires_for_build_wheel(config_settings=None):  # type: ignore[no-untyped-def]
    extra = [PYSIDE] if _sources(ROOT / "resources" / "translations") else []
    return _setuptools.get_requires_for_build_wheel(config_settings) + extra


def _lrelease() -> list[str]:
    """The command that runs Qt's lrelease: PySide6's (importable here), else one on the PATH."""
    try:
        import PySide6  # noqa: F401
    except ImportError:
        pass
    else:
        return [
            sys.executable,
            "-c",
            "import sys; from PySide6.scripts.pyside_tool import lrelease; sys.argv[0] = 'lrelease'; lrelease()",
        ]
    for name in ("pyside6-lrelease", "lrelease", "lrelease-qt6"):
        found = shutil.which(name)
        if found:
            return [found]
    raise RuntimeError(
        "cannot compile the translations (resources/translations/*.ts): "
        "install PySide6 (pip install PySide6-Essentials) or Qt's lrelease"
    )


def compile_translations(source: Path, target: Path) -> list[Path]:
    """Compile every ``source/*.ts`` to ``target/<name>.qm``; returns the .qm files written."""
    sources = _sources(source)
    if not sources:
        return []
    target.mkdir(parents=True, exist_ok=True)
    command = _lrelease()
    written = []
    for ts in sources:
        qm = target / f"{ts.stem}.qm"
        done = subprocess.run([*command, "-silent", str(ts), "-qm", str(qm)], capture_output=True, text=True)
        if done.returncode != 0 or not qm.is_file() or qm.stat().st_size == 0:
            raise RuntimeError(f"lrelease failed on {ts.name}: {(done.stderr or done.stdout).strip()}")
        written.append(qm)
    return written
