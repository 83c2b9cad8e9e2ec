"""The core runs without Qt: services, db, reports, interop and domain never import PySide6."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import mesodesk

CORE = ("domain", "db", "storage", "services", "reports", "interop", "commands")


def core_modules() -> list[str]:
    root = Path(mesodesk.__file__).parent
    names = []
    for package in CORE:
        for path in sorted((root / package).rglob("*.py")):
            if "migrations" in path.parts:
                continue
            rel = path.relative_to(root.parent).with_suffix("")
            names.append(".".join(p for p in rel.parts if p != "__init__"))
    return names


def test_core_packages_do_not_import_qt():
    modules = core_modules()
    assert len(modules) > 10
    code = (
        "import sys\n"
        + "".join(f"import {m}\n" for m in modules)
        + "bad = [m for m in sys.modules if m.startswith('PySide6')]\nprint(','.join(bad))\nsys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr


def test_reports_do_not_touch_sql():
    root = Path(mesodesk.__file__).parent / "reports"
    offenders = [p.name for p in root.rglob("*.py") if "sqlalchemy" in p.read_text(encoding="utf-8")]
    assert offenders == []
