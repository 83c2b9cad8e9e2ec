"""Run-time files are found through importlib.resources; a missing one is a one-line error naming it;
`mesodesk demo` never leaves a new database with the schema and no users."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from mesodesk import cli, paths, resource_root

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def resources(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the resources folder that the application uses instead of the installed one."""
    folder = tmp_path / "installed" / "resources"
    shutil.copytree(ROOT / "resources", folder)
    monkeypatch.setattr(resource_root, "_packaged", lambda: folder)
    return folder


def test_every_required_resource_is_found() -> None:
    paths.check_resources()
    for relative in paths.REQUIRED:
        assert paths.resource(relative).is_file(), relative
    assert paths.font_path("DejaVuSans.ttf") == paths.resources_dir() / "fonts" / "DejaVuSans.ttf"
    assert paths.diagram_path("face_front").name == "face_front.svg"
    assert paths.text_path("aftercare_en").read_text(encoding="utf-8").strip()


def test_required_files_are_in_the_repository() -> None:
    for relative in paths.REQUIRED:
        assert (ROOT / "resources" / relative).is_file(), relative


def test_the_packaged_folder_wins_over_the_checkout(resources: Path) -> None:
    assert paths.resources_dir() == resources
    assert paths.font_path("DejaVuSans.ttf") == resources / "fonts" / "DejaVuSans.ttf"


def test_no_resources_folder_is_a_known_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(resource_root, "_packaged", lambda: None)
    monkeypatch.setattr(resource_root, "_checkout", lambda: None)
    with pytest.raises(paths.MissingResourceError, match="resources folder is missing"):
        paths.font_path("DejaVuSans.ttf")


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = cli.main(argv)
    return code, capsys.readouterr().err


def test_a_missing_resource_is_one_line_naming_the_file(resources, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    (resources / "fonts" / "DejaVuSans.ttf").unlink()
    import mesodesk.reports.fonts as fonts

    fonts.pdfmetrics._fonts.pop(fonts.FONT_REGULAR, None)  # registered by an earlier test: forget it
    db = tmp_path / "clinic.sqlite3"
    code, err = _run(["--db", str(db), "report", "aftercare", "-o", str(tmp_path / "a.pdf")], capsys)
    assert code == cli.EXIT_KNOWN_ERROR, err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "fonts/DejaVuSans.ttf" in lines[0], err
    assert "something went wrong" not in err and not (tmp_path / "a.pdf").exists()


def test_demo_with_a_missing_resource_creates_no_database(resources, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    (resources / "texts" / "consent_mesotherapy_v1.md").unlink()
    db = tmp_path / "clinic.sqlite3"
    code, err = _run(["--db", str(db), "demo", "--patients", "5"], capsys)
    assert code == cli.EXIT_KNOWN_ERROR
    assert err.strip() == (
        "mesodesk: MesoDesk resource missing: texts/consent_mesotherapy_v1.md "
        f"(not in {resources / 'texts'}); reinstall MesoDesk."
    )
    assert not db.exists()


def test_a_demo_that_fails_removes_the_new_database(tmp_path, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import mesodesk.services.demo as demo

    def broken(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("disk trouble while writing the catalogue")

    monkeypatch.setattr(demo, "write_catalogue", broken)
    db = tmp_path / "clinic.sqlite3"
    code, err = _run(["--db", str(db), "demo", "--patients", "5"], capsys)
    assert code == cli.EXIT_BUG
    assert "was removed" in err
    assert not db.exists() and not Path(f"{db}-wal").exists()


def test_a_demo_that_fails_keeps_an_existing_clinic(tmp_path, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "clinic.sqlite3"
    assert _run(["--db", str(db), "demo", "--patients", "3"], capsys)[0] == 0
    import mesodesk.services.demo as demo

    def broken(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("disk trouble")

    monkeypatch.setattr(demo, "_chunks", broken)
    code, err = _run(["--db", str(db), "demo", "--patients", "3", "--add"], capsys)
    assert code == cli.EXIT_BUG and "removed" not in err
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM patients").fetchone()[0] == 3
        assert conn.execute("SELECT count(*) FROM users").fetchone()[0] == 5
