"""Build step of the wheel: the top-level resources/ folder is mapped into the package.

Everything else is declared in pyproject.toml. When a wheel is built, ``build_py`` copies
``resources/`` to ``mesodesk/resources/`` in the build tree and compiles every Qt Linguist source
``resources/translations/*.ts`` to ``.qm`` with PySide6's lrelease (packaging/mesodesk_build.py adds
PySide6 to the build requirements when there is a .ts file). An editable install reads the
checkout's ``resources/`` directly (mesodesk/paths.py), so nothing is copied then.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT / "packaging"))

from mesodesk_build import compile_translations  # noqa: E402


class build_py_with_resources(build_py):  # noqa: N801 (setuptools command naming)
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        target = Path(self.build_lib) / "mesodesk" / "resources"
        if target.exists():
            shutil.rmtree(target)  # no stale files from an earlier build
        shutil.copytree(
            ROOT / "resources",
            target,
            ignore=shutil.ignore_patterns("*.ts", "__pycache__", "*.pyc", "generate.py"),
        )
        for qm in compile_translations(ROOT / "resources" / "translations", target / "translations"):
            self.announce(f"compiled {qm.name}", level=2)


setup(cmdclass={"build_py": build_py_with_resources})
