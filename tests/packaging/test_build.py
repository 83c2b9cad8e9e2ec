"""The build pieces: resources mapped into the wheel, translations compiled, icons made, desktop entry valid."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from mesodesk import paths

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))

import make_icons  # noqa: E402
import mesodesk_build  # noqa: E402

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>MainWindow</name>
    <message>
        <source>Find a patient</source>
        <translation>Trouver un patient</translation>
    </message>
</context>
</TS>
"""


def test_translations_are_compiled_to_qm(tmp_path: Path) -> None:
    from PySide6.QtCore import QTranslator

    source = tmp_path / "translations"
    source.mkdir()
    (source / "mesodesk_fr.ts").write_text(TS, encoding="utf-8")
    written = mesodesk_build.compile_translations(source, tmp_path / "out")
    assert [p.name for p in written] == ["mesodesk_fr.qm"]
    translator = QTranslator()
    assert translator.load(str(written[0]))
    assert translator.translate("MainWindow", "Find a patient") == "Trouver un patient"


def test_a_broken_ts_fails_the_build(tmp_path: Path) -> None:
    (tmp_path / "mesodesk_de.ts").write_text("<TS><context><name>x", encoding="utf-8")
    with pytest.raises(RuntimeError, match="mesodesk_de.ts"):
        mesodesk_build.compile_translations(tmp_path, tmp_path / "out")


def test_no_translations_need_no_pyside_at_build_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert mesodesk_build.compile_translations(tmp_path / "none", tmp_path / "out") == []
    monkeypatch.setattr(mesodesk_build, "ROOT", tmp_path)
    monkeypatch.setattr(mesodesk_build._setuptools, "get_requires_for_build_wheel", lambda settings=None: [])
    assert mesodesk_build.PYSIDE not in mesodesk_build.get_requires_for_build_wheel()
    (tmp_path / "resources" / "translations").mkdir(parents=True)
    (tmp_path / "resources" / "translations" / "mesodesk_it.ts").write_text(TS, encoding="utf-8")
    assert mesodesk_build.PYSIDE in mesodesk_build.get_requires_for_build_wheel()


@pytest.mark.skipif(shutil.which("git") is None, reason="git is needed to copy the tracked files")
def test_the_wheel_carries_the_resources_and_migrations(tmp_path: Path) -> None:
    import zipfile

    done = subprocess.run(
        ["bash", str(ROOT / "packaging" / "wheel.sh"), str(tmp_path), sys.executable],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    wheel = Path(done.stdout.strip().splitlines()[-1])
    names = set(zipfile.ZipFile(wheel).namelist())
    for relative in paths.REQUIRED:
        assert f"mesodesk/resources/{relative}" in names, relative
    for path in (ROOT / "resources").rglob("*"):  # everything else under resources/ ships too
        relative = path.relative_to(ROOT / "resources").as_posix()
        if not path.is_file() or "__pycache__" in relative or path.name == "generate.py":
            continue
        if path.suffix == ".ts":  # a translation ships compiled
            relative = relative[: -len(".ts")] + ".qm"
        assert f"mesodesk/resources/{relative}" in names, relative
    assert "mesodesk/db/migrations/env.py" in names and "mesodesk/db/alembic.ini" in names
    assert any(n.startswith("mesodesk/db/migrations/versions/") for n in names)
    assert not any(n.endswith(".ts") or n.endswith("generate.py") for n in names)
    metadata = next(n for n in names if n.endswith(".dist-info/METADATA"))
    import mesodesk

    assert f"Version: {mesodesk.__version__}" in zipfile.ZipFile(wheel).read(metadata).decode()


def test_icons_are_made_from_the_svg(tmp_path: Path) -> None:
    from PIL import Image

    made = make_icons.make_icons(tmp_path)
    png = Image.open(made["png"])
    assert png.size == (256, 256) and png.mode == "RGBA"
    assert png.getpixel((0, 0))[3] == 0, "transparent corner (the SVG has rounded corners)"
    assert png.getpixel((128, 30))[3] == 255
    ico = Image.open(made["ico"])
    assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])
    icns = Image.open(made["icns"])
    assert icns.format == "ICNS" and (512, 512, 2) in icns.info["sizes"]
    assert Image.open(tmp_path / "mesodesk-16.png").size == (16, 16)


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils not installed")
def test_desktop_entry_is_valid() -> None:
    done = subprocess.run(
        ["desktop-file-validate", str(ROOT / "packaging" / "mesodesk.desktop")],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "error" not in done.stdout.lower()
