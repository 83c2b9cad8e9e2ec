"""Issue 16, item 2: `mesodesk check` verifies signatures incrementally (the table pages that changed since
the last clean check), and still finds every change made behind the application's back."""

from __future__ import annotations

import hashlib
import io
import sqlite3
from pathlib import Path

import pytest

from mesodesk import cli
from mesodesk.db.engine import sqlite_path
from mesodesk.services.integrity import verify
from mesodesk.storage import verified
from mesodesk.storage.pages import PageReader


def _path(engine) -> Path:  # type: ignore[no-untyped-def]
    path = sqlite_path(engine.url.render_as_string(hide_password=False))
    assert path is not None
    return path


def _shell(path: Path, *statements: str, params: tuple = ()) -> None:
    """Edit the file as the sqlite3 client would, behind the application's back."""
    conn = sqlite3.connect(path)
    for statement in statements:
        conn.execute(statement, params) if params else conn.execute(statement)
    conn.commit()
    conn.close()


def _one(path: Path, query: str) -> tuple:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(query).fetchone()
    finally:
        conn.close()


@pytest.fixture
def demo(sqlite_engine):  # type: ignore[no-untyped-def]
    """A demo clinic of a few hundred signed sessions (many pages of each table), checked once in full."""
    from mesodesk.services.demo import build_demo

    build_demo(sqlite_engine, patients=40, seed=3)
    first = verify(sqlite_engine, full=True)
    assert first.problems == [] and first.recorded
    return sqlite_engine


def _signed(path: Path) -> int:
    return int(_one(path, "SELECT count(*) FROM treatment_sessions WHERE status = 'signed'")[0])


def test_a_second_run_with_nothing_changed_verifies_nothing_and_full_everything(demo):
    path = _path(demo)
    signed = _signed(path)
    assert signed > 200
    again = verify(demo)
    assert again.problems == [] and not again.full
    assert again.pages > 50 and again.changed_pages == 0
    assert again.verified.get("signed sessions", 0) == 0
    assert again.verified.get("consents", 0) == 0 and again.verified.get("photos", 0) == 0
    full = verify(demo, full=True)
    assert full.full and full.verified["signed sessions"] == signed
    assert full.verified["rows read for the text check"] > signed


def test_a_session_edited_with_the_sqlite3_client_is_still_found(demo):
    path = _path(demo)
    (sid,) = _one(
        path, "SELECT id FROM treatment_sessions WHERE status = 'signed' ORDER BY id LIMIT 1 OFFSET 100"
    )
    _shell(path, f"UPDATE treatment_sessions SET notes = notes || ' (edited)' WHERE id = {sid}")
    result = verify(demo)
    assert any(f"signed session {sid} was changed" in p for p in result.problems), result.problems
    assert 0 < result.verified["signed sessions"] < _signed(path) / 4  # only what is near the change
    assert not result.recorded
    # a problem is not forgotten: nothing was recorded, the next run finds it again
    assert any(f"signed session {sid} was changed" in p for p in verify(demo).problems)


def test_an_edited_row_of_a_session_and_an_edited_seal_are_found(demo):
    path = _path(demo)
    (mark, sid) = _one(
        path,
        "SELECT m.id, m.session_id FROM injection_marks m JOIN treatment_sessions s ON s.id = m.session_id "
        "WHERE s.status = 'signed' ORDER BY m.id LIMIT 1 OFFSET 50",
    )
    _shell(path, f"UPDATE injection_marks SET volume_ml = volume_ml + 0.000001 WHERE id = {mark}")
    assert any(f"signed session {sid} was changed" in p for p in verify(demo).problems)
    _shell(path, f"UPDATE injection_marks SET volume_ml = volume_ml - 0.000001 WHERE id = {mark}")
    (other,) = _one(
        path, "SELECT record_id FROM seals WHERE kind = 'session' ORDER BY record_id DESC LIMIT 1"
    )
    _shell(path, f"UPDATE seals SET seal = '{'0' * 64}' WHERE kind = 'session' AND record_id = {other}")
    problems = verify(demo).problems
    assert any(f"signed session {other} was changed after it was signed off (its seal" in p for p in problems)


def test_deleted_rows_are_found(demo):
    path = _path(demo)
    (mark, sid) = _one(
        path,
        "SELECT m.id, m.session_id FROM injection_marks m JOIN treatment_sessions s ON s.id = m.session_id "
        "WHERE s.status = 'signed' ORDER BY m.id LIMIT 1 OFFSET 10",
    )
    _shell(path, f"DELETE FROM injection_marks WHERE id = {mark}")
    assert any(f"signed session {sid} was changed" in p for p in verify(demo).problems)

    (gone,) = _one(
        path, "SELECT id FROM treatment_sessions WHERE status = 'signed' ORDER BY id LIMIT 1 OFFSET 150"
    )
    _shell(path, "PRAGMA foreign_keys = ON", f"DELETE FROM treatment_sessions WHERE id = {gone}")
    assert any(f"signed session {gone} was deleted" in p for p in verify(demo).problems)


def test_whole_pages_of_rows_deleted_are_found(demo):
    """Rows deleted with every other row of their page: no page left to hold the change but the record's."""
    path = _path(demo)
    (first_mark, first_session) = _one(path, "SELECT id, session_id FROM injection_marks ORDER BY id LIMIT 1")
    _shell(path, f"DELETE FROM injection_marks WHERE id < {first_mark} + 400")
    problems = verify(demo).problems
    assert any(f"signed session {first_session} was changed" in p for p in problems), problems[:3]

    (lowest,) = _one(path, "SELECT min(id) FROM treatment_sessions")
    _shell(path, "PRAGMA foreign_keys = ON", f"DELETE FROM treatment_sessions WHERE id < {lowest} + 300")
    problems = verify(demo).problems
    assert any(f"signed session {lowest} was deleted" in p for p in problems), problems[:3]


def test_a_deleted_seal_is_found(demo):
    path = _path(demo)
    (sid,) = _one(
        path, "SELECT record_id FROM seals WHERE kind = 'session' ORDER BY record_id LIMIT 1 OFFSET 30"
    )
    _shell(path, f"DELETE FROM seals WHERE kind = 'session' AND record_id = {sid}")
    assert any(f"signed session {sid} has no seal" in p for p in verify(demo).problems)


def test_photo_bytes_consent_text_and_bad_text_are_found(demo):
    path = _path(demo)
    (photo,) = _one(path, "SELECT id FROM photos ORDER BY id LIMIT 1")
    conn = sqlite3.connect(path)
    data = conn.execute(f"SELECT data FROM photos WHERE id = {photo}").fetchone()[0]
    conn.execute("UPDATE photos SET data = ? WHERE id = ?", (data[:-1] + bytes([data[-1] ^ 1]), photo))
    conn.commit()
    conn.close()
    assert any(f"photo {photo} is damaged" in p for p in verify(demo).problems)
    _shell(path, "UPDATE photos SET data = ? WHERE id = ?", params=(data, photo))
    assert verify(demo).problems == []

    (consent, text_id) = _one(path, "SELECT id, consent_text_id FROM consents ORDER BY id LIMIT 1")
    _shell(path, f"UPDATE consent_texts SET body = body || ' ' WHERE id = {text_id}")
    assert any(f"consent {consent} " in p for p in verify(demo).problems)
    _shell(path, f"UPDATE consent_texts SET body = substr(body, 1, length(body) - 1) WHERE id = {text_id}")

    (patient,) = _one(path, "SELECT id FROM patients ORDER BY id LIMIT 1 OFFSET 20")
    _shell(path, f"UPDATE patients SET notes = CAST(X'C328' AS TEXT) WHERE id = {patient}")
    assert any(f"patients row {patient}: notes" in p for p in verify(demo).problems)


def test_an_edited_record_of_verified_pages_is_ignored_and_everything_verified(demo):
    path = _path(demo)
    record = verified.record_path(demo)
    assert record is not None and record.exists()
    (sid,) = _one(
        path, "SELECT id FROM treatment_sessions WHERE status = 'signed' ORDER BY id LIMIT 1 OFFSET 5"
    )
    _shell(path, f"UPDATE treatment_sessions SET notes = 'forged' WHERE id = {sid}")
    # the attacker also puts the page they changed into the record (they cannot recompute its HMAC)
    text = record.read_bytes()
    record.write_bytes(text.replace(b'"version":1', b'"version":1 '))
    result = verify(demo)
    assert result.full and result.verified["signed sessions"] == _signed(path)
    assert any("was changed, damaged or is of another clinic" in n for n in result.notes)
    assert any(f"signed session {sid} was changed" in p for p in result.problems)
    record.write_bytes(b"not a record at all")
    assert verify(demo).full


def test_a_rewritten_audit_trail_is_still_found(demo):
    path = _path(demo)
    conn = sqlite3.connect(path)
    conn.execute("DROP TRIGGER audit_entries_no_update")
    conn.execute(
        "UPDATE audit_entries SET username = 'mallory' WHERE id = (SELECT min(id) FROM audit_entries)"
    )
    conn.commit()
    conn.close()
    assert any("audit" in p for p in verify(demo).problems)


def test_nothing_is_recorded_when_the_file_changed_during_the_check(demo):
    from mesodesk.services import Services
    from mesodesk.services.context import ServiceContext
    from mesodesk.services.patients import PatientInput

    record = verified.record_path(demo)
    assert record is not None
    before = record.read_bytes()
    result = verify(demo, record=False)
    assert result.commit is not None
    from datetime import date

    Services(ServiceContext(demo)).patients.create(PatientInput("Late", "Writer", date(1990, 1, 1)))
    assert result.commit() is False
    assert record.read_bytes() == before


def test_the_page_walk_agrees_with_sqlites_own_listing(demo):
    path = _path(demo)
    conn = sqlite3.connect(path)
    try:
        with PageReader(path) as reader:
            for name in ("treatment_sessions", "injection_marks", "photos", "seals", "patients"):
                (root,) = conn.execute(
                    "SELECT rootpage FROM sqlite_master WHERE name = ?", (name,)
                ).fetchone()
                listing = conn.execute(
                    "SELECT pageno, pagetype, path FROM dbstat WHERE name = ?", (name,)
                ).fetchall()
                walked = reader.leaves(root)
                assert walked == reader.leaves_listed(listing) and len(walked) > 1
                count, lo, hi = conn.execute(
                    f"SELECT count(*), min(rowid), max(rowid) FROM {name}"
                ).fetchone()
                assert walked[0].lo == lo and walked[-1].hi == hi
    finally:
        conn.close()


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_command_shows_progress_on_a_terminal_only(demo, monkeypatch, capsys):
    path = str(_path(demo))
    demo.dispose()
    terminal = _Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    assert cli.main(["--db", path, "check"]) == 0
    shown = terminal.getvalue()
    assert "\rchecking: SQLite integrity check" in shown and "comparing pages" in shown
    out = capsys.readouterr().out
    assert "mesodesk check: OK" in out and "0 of " in out and "table pages changed" in out

    quiet = _Terminal()
    monkeypatch.setattr("sys.stderr", quiet)
    assert cli.main(["--db", path, "check", "--no-progress", "--full"]) == 0
    assert "checking:" not in quiet.getvalue()
    assert "verified in full" in capsys.readouterr().out

    monkeypatch.undo()
    assert cli.main(["--db", path, "check"]) == 0
    assert "checking:" not in capsys.readouterr().err  # not a terminal


def test_digest_of_a_page_covers_its_overflow_pages(demo):
    """A photo's bytes live on overflow pages: changing one of them changes the digest of its leaf."""
    path = _path(demo)
    conn = sqlite3.connect(path)
    listing = conn.execute("SELECT pageno, pagetype, path FROM dbstat WHERE name = 'photos'").fetchall()
    conn.close()
    overflow = [n for n, kind, _ in listing if kind == "overflow"]
    assert overflow
    with PageReader(path) as reader:
        before = reader.leaves_listed(listing)
        page_size = reader.page_size
    with open(path, "r+b") as fh:  # one byte of an overflow page, as a hex editor would
        fh.seek((overflow[0] - 1) * page_size + 100)
        byte = fh.read(1)
        fh.seek((overflow[0] - 1) * page_size + 100)
        fh.write(bytes([byte[0] ^ 0xFF]))
    with PageReader(path) as reader:
        after = reader.leaves_listed(listing)
    assert [p.digest for p in before] != [p.digest for p in after]
    assert hashlib.sha256(b"").digest() not in {p.digest for p in after}


def test_a_row_added_to_an_old_session_verifies_that_session_not_all_in_between(demo):
    path = _path(demo)
    (first,) = _one(path, "SELECT min(id) FROM treatment_sessions WHERE status = 'signed'")
    _shell(
        path,
        "INSERT INTO injection_marks (session_id, diagram, kind, x, y, radius, depth_mm, volume_ml, product_id, "
        "note, position) SELECT session_id, diagram, kind, x, y, radius, depth_mm, volume_ml, product_id, note, "
        f"position + 1 FROM injection_marks WHERE session_id = {first} LIMIT 1",
    )
    result = verify(demo)
    assert any(f"signed session {first} was changed" in p for p in result.problems), result.problems[:3]
    assert result.verified["signed sessions"] < _signed(path) / 4


def test_without_sqlites_page_listing_the_b_trees_are_walked_to_the_same_pages(demo):
    """Some SQLite builds lack the dbstat table: the pages are then found by walking each b-tree."""
    from mesodesk.services import incremental

    path = _path(demo)
    conn = sqlite3.connect(path)

    class NoDbstat:
        def execute(self, sql: str, *args):  # type: ignore[no-untyped-def]
            if "dbstat" in sql:
                raise sqlite3.OperationalError("no such table: dbstat")
            return conn.execute(sql, *args)

    try:
        tables = incremental._tables(conn)
        listed = incremental._read_pages(conn, path, tables)
        walked = incremental._read_pages(NoDbstat(), path, tables)  # type: ignore[arg-type]
    finally:
        conn.close()
    assert "treatment_sessions" in tables and walked == listed
    assert all(pages for name, pages in listed.items() if name in ("treatment_sessions", "photos", "seals"))
