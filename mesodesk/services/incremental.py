"""What changed since the last clean `mesodesk check`: the table pages whose bytes differ from those it
verified, and the records their rows are (or were) part of.

A row on a page whose bytes are the very bytes verified last time is the row verified last time: no edit,
by the application or behind its back, leaves a page as it was. Pages are read from the file (SQLite only,
not encrypted files) and compared with the record beside it (``storage/verified.py``, HMAC'd by the clinic's
key). For a table whose record is missing every row counts as changed.

Per table, the rows to look at again are those on the pages that are new or changed, and those that were
on the pages verified last time and now gone (rows deleted or moved). A session's rows, consent texts and
seals point at other records: those records are verified again too, from the ids the rows point at now and
the ids the vanished pages pointed at when verified.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import cast

from sqlalchemy.engine import Engine

from mesodesk.db.engine import sqlite_path
from mesodesk.storage import verified
from mesodesk.storage.pages import FileState, LeafPage, PageReader, UnreadablePagesError
from mesodesk.storage.trust import ClinicKey

log = logging.getLogger("mesodesk.check")

Ranges = list[tuple[int, int]] | None

#: Tables whose rows point at a signed session (column) and, for the seals, at every kind of signed record.
SESSION_ROWS = {
    "session_areas": "session_id",
    "session_products": "session_id",
    "injection_marks": "session_id",
}
SEALS = "seals"
KINDS = ("session", "consent", "photo")


@dataclass
class Plan:
    """The rows to verify (None: all of that kind) and how to record the pages once they passed."""

    sessions: Ranges
    consents: Ranges
    photos: Ranges
    text: dict[str, Ranges]
    pages: int = 0  # pages compared
    changed: int = 0  # of them new or changed, plus the vanished ones
    record: Callable[[], bool] | None = None
    notes: list[str] = field(default_factory=list)


def _tables(raw: sqlite3.Connection) -> dict[str, int]:
    """Our rowid tables in the file, with their root pages."""
    from mesodesk.db import models  # noqa: F401 - the tables
    from mesodesk.db.base import Base

    ours = {t.name for t in Base.metadata.sorted_tables}
    found: dict[str, int] = {}
    for name, root, sql in raw.execute("SELECT name, rootpage, sql FROM sqlite_master WHERE type = 'table'"):
        if name in ours and root and "WITHOUT ROWID" not in (sql or "").upper():
            found[name] = int(root)
    return found


def _settle_wal(engine: Engine, path: Path) -> bool:
    """Copy the write-ahead log into the file (a passive checkpoint); True when the file then holds every
    committed page, so reading it directly reads what SQLite reads."""
    wal = path.with_name(path.name + "-wal")
    try:
        if wal.stat().st_size == 0:
            return True
    except FileNotFoundError:
        return True
    raw = engine.raw_connection()
    try:
        driver = cast(sqlite3.Connection, raw.driver_connection)  # or SQLCipher's, with the same interface
        row = driver.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
    except sqlite3.DatabaseError:
        row = None
    finally:
        raw.close()
    if row is None:
        return False
    busy, frames, copied = (int(v) for v in row)
    return frames <= 0 or (not busy and frames == copied)


def _read_pages(
    raw: sqlite3.Connection, path: Path, tables: dict[str, int]
) -> dict[str, list[LeafPage] | None]:
    out: dict[str, list[LeafPage] | None] = {}
    with PageReader(path) as reader:
        try:
            raw.execute("SELECT 1 FROM dbstat LIMIT 0")
            listed = True
        except sqlite3.DatabaseError:
            listed = False  # SQLite built without the dbstat table: walk the b-trees ourselves
        for name, root in tables.items():
            try:
                if listed:
                    rows = raw.execute(
                        "SELECT pageno, pagetype, path FROM dbstat WHERE name = ?", (name,)
                    ).fetchall()
                    out[name] = reader.leaves_listed(rows)
                else:
                    out[name] = reader.leaves(root)
            except UnreadablePagesError as exc:
                log.info("table %s: pages not compared (%s)", name, exc)
                out[name] = None
    return out


def _runs(ids: list[int]) -> list[int]:
    """Sorted ids as runs: [lo, hi, lo, hi, ...]."""
    out: list[int] = []
    for i in ids:
        if out and i == out[-1] + 1:
            out[-1] = i
        else:
            out += [i, i]
    return out


def _refs(raw: sqlite3.Connection, table: str, page: LeafPage) -> dict[str, list[int]]:
    """The ids the rows of a page point at, as runs: a session's rows their session, seals their record."""
    span = (page.lo, page.hi)
    if table in SESSION_ROWS:
        column = SESSION_ROWS[table]
        ids = [
            int(v)
            for (v,) in raw.execute(
                f"SELECT DISTINCT {column} FROM {table} WHERE rowid BETWEEN ? AND ? AND {column} IS NOT NULL "
                f"ORDER BY 1",
                span,
            )
        ]
        return {"session": _runs(ids)}
    if table == SEALS:
        found: dict[str, list[int]] = {kind: [] for kind in KINDS}
        for kind, record_id in raw.execute(
            "SELECT kind, record_id FROM seals WHERE rowid BETWEEN ? AND ? ORDER BY kind, record_id", span
        ):
            if kind in found:
                found[kind].append(int(record_id))
        return {kind: _runs(ids) for kind, ids in found.items()}
    return {}


def _pairs(runs: list[int]) -> list[tuple[int, int]]:
    return list(zip(runs[::2], runs[1::2], strict=True))


def plan(engine: Engine, key: ClinicKey | None, *, full: bool) -> Plan:
    """The plan of one run; everything (with a note saying why) when pages cannot be compared."""
    everything = Plan(None, None, None, {})
    path = sqlite_path(engine.url.render_as_string(hide_password=False))
    record_file = verified.record_path(engine)
    if engine.dialect.name != "sqlite" or path is None or record_file is None or key is None:
        return everything
    if not _settle_wal(engine, path):
        everything.notes.append(
            "the write-ahead log could not be copied into the file (another program is writing, or the file "
            "is read-only): every signature was verified"
        )
        return everything
    before = FileState.of(path)
    cached: dict[str, verified.TablePages] | None = None
    if not full:
        cached, status = verified.load(record_file, key)
        if status == "missing":
            everything.notes.append(
                "no record of an earlier check: every signature was verified (later checks verify what changed)"
            )
        elif status == "invalid":
            everything.notes.append(
                f"the record of verified pages ({record_file.name}) was changed, damaged or is of another clinic: "
                "it was ignored and every signature was verified"
            )
    with engine.connect() as conn:  # one read transaction: the page listing and the queries see one state
        # sqlite3's connection, or SQLCipher's with the same interface (its pages are refused below)
        raw = cast(sqlite3.Connection, conn.connection.driver_connection)
        tables = _tables(raw)
        try:
            current = _read_pages(raw, path, tables)
        except (UnreadablePagesError, OSError) as exc:
            log.info("pages not compared: %s", exc)
            everything.notes.append(
                "this database file cannot be compared page by page (encrypted?): every signature was verified"
            )
            return everything
        return _compare(raw, path, key, record_file, before, cached, current, everything.notes)


def _compare(
    raw: sqlite3.Connection,
    path: Path,
    key: ClinicKey,
    record_file: Path,
    before: FileState,
    cached: dict[str, verified.TablePages] | None,
    current: dict[str, list[LeafPage] | None],
    notes: list[str],
) -> Plan:
    changed: dict[str, Ranges] = {}
    pointed: dict[str, list[tuple[int, int]] | None] = {kind: [] for kind in KINDS}
    new_record: dict[str, verified.TablePages] = {}
    compared = differing = 0
    for table, pages in current.items():
        if pages is None:
            changed[table] = None
            if table in SESSION_ROWS:
                pointed["session"] = None
            elif table == SEALS:
                pointed = dict.fromkeys(KINDS)
            continue
        old = cached.get(table) if cached else None
        old_index = {d: i for i, d in enumerate(old.digests)} if old else {}
        now = {p.digest for p in pages}
        entry = verified.TablePages()
        kinds = ("session",) if table in SESSION_ROWS else KINDS if table == SEALS else ()
        for kind in kinds:
            entry.refs[kind] = []
        ranges: list[tuple[int, int]] = []
        for page in pages:
            i = old_index.get(page.digest)
            if i is not None and old is not None and all(kind in old.refs for kind in kinds):
                refs = {kind: old.refs[kind][i] for kind in kinds}
            else:
                refs = _refs(raw, table, page)
                if i is None:
                    ranges.append((page.lo, page.hi))
                    for kind, runs in refs.items():
                        known = pointed[kind]
                        if known is not None and old is not None:
                            known += _pairs(runs)
            entry.digests.append(page.digest)
            entry.lo.append(page.lo)
            entry.hi.append(page.hi)
            for kind in kinds:
                entry.refs[kind].append(refs.get(kind, []))
        if old is not None:
            for i, digest in enumerate(old.digests):
                if digest not in now:  # rows deleted or moved since: what they pointed at is verified again
                    ranges.append((old.lo[i], old.hi[i]))
                    for kind in kinds:
                        known = pointed[kind]
                        if kind in old.refs and known is not None:
                            known += _pairs(old.refs[kind][i])
            changed[table] = ranges
        else:
            changed[table] = None
            for kind in kinds:
                pointed[kind] = None
        compared += len(pages)
        differing += len(ranges) if old is not None else len(pages)
        new_record[table] = entry

    def union(*parts: Ranges) -> Ranges:
        out: list[tuple[int, int]] = []
        for part in parts:
            if part is None:
                return None
            out += part
        return out

    consent_texts = changed.get("consent_texts") if "consent_texts" in current else []
    from_texts: Ranges
    if consent_texts is None:
        from_texts = None
    else:
        from_texts = [
            (int(cid), int(cid))
            for lo, hi in consent_texts
            for (cid,) in raw.execute(
                "SELECT id FROM consents WHERE consent_text_id BETWEEN ? AND ?", (lo, hi)
            )
        ]
    result = Plan(
        sessions=union(changed.get("treatment_sessions"), pointed["session"]),
        consents=union(changed.get("consents"), pointed["consent"], from_texts),
        photos=union(changed.get("photos"), pointed["photo"]),
        text=changed,
        pages=compared,
        changed=differing,
        notes=notes,
    )

    def record() -> bool:
        if FileState.of(path) != before:  # written while we read: record nothing, check it all next time
            log.info("the database changed during the check: pages not recorded")
            return False
        if cached is not None and differing == 0 and set(cached) == set(new_record):
            return True  # the record already says exactly this
        try:
            verified.save(record_file, key, new_record)
        except OSError as exc:
            log.warning("could not record the verified pages: %s", type(exc).__name__)
            return False
        return True

    result.record = record
    return result
