"""The record of what `mesodesk check` last verified: the digest of every table page whose rows passed.

Kept beside the SQLite file (``<db>.verified``), like the audit anchor, with an HMAC by the clinic's key
over its whole text: without the key it cannot be edited, forged or moved to another clinic. A record that
does not verify is ignored (the check then verifies everything again and says so); a missing one too.

Format: the HMAC (hex) on the first line, then JSON: ``{"version", "clinic_id", "tables": {name: {"digests":
the 32-byte page digests one after another, "lo", "hi": 64-bit integers, "refs": {kind: {"sizes", "ids"}}}}}``
(binary fields in base64): per page its rowid range and, for tables that point at signed records (a
session's rows, the seals), the runs of record ids its rows pointed at when it was verified (``lo, hi, lo,
hi...``; ``sizes``: how many numbers each page has).
"""

from __future__ import annotations

import base64
import hmac
import json
import os
import threading
from array import array
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.engine import Engine

from mesodesk.db.engine import sqlite_path
from mesodesk.storage.trust import ClinicKey

#: Bumped whenever what `check` verifies per row changes: an older record is then ignored.
VERSION = 1
DIGEST = 32


@dataclass
class TablePages:
    """The verified pages of one table (parallel lists)."""

    digests: list[bytes] = field(default_factory=list)
    lo: list[int] = field(default_factory=list)
    hi: list[int] = field(default_factory=list)
    refs: dict[str, list[list[int]]] = field(default_factory=dict)  # per kind, per page: lo, hi, lo, hi...


def _blob(values: list[int]) -> str:
    return base64.b64encode(array("q", values).tobytes()).decode("ascii")


def _ints(text: str) -> list[int]:
    data = array("q")
    data.frombytes(base64.b64decode(text))
    return data.tolist()


def record_path(engine: Engine) -> Path | None:
    db = sqlite_path(engine.url.render_as_string(hide_password=False))
    return None if db is None else db.with_name(db.name + ".verified")


def load(path: Path, key: ClinicKey) -> tuple[dict[str, TablePages] | None, str]:
    """The record and how it was found: ``"ok"``, ``"missing"`` or ``"invalid"`` (changed, damaged, of another
    clinic or of another version of MesoDesk)."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None, "missing"
    except OSError:
        return None, "invalid"
    mac, _, body = raw.partition(b"\n")
    try:
        text = body.decode("utf-8")
        if not hmac.compare_digest(mac.decode("ascii"), key.mac(text)):
            return None, "invalid"
        data = json.loads(text)
        if data.get("version") != VERSION or data.get("clinic_id") != key.clinic_id:
            return None, "invalid"
        tables: dict[str, TablePages] = {}
        for name, t in data["tables"].items():
            blob = base64.b64decode(t["digests"])
            digests = [blob[i : i + DIGEST] for i in range(0, len(blob), DIGEST)]
            lo, hi = _ints(t["lo"]), _ints(t["hi"])
            refs: dict[str, list[list[int]]] = {}
            for kind, r in t.get("refs", {}).items():
                sizes, ids, pages, at = _ints(r["sizes"]), _ints(r["ids"]), [], 0
                for n in sizes:
                    if n < 0 or n % 2:
                        return None, "invalid"
                    pages.append(ids[at : at + n])
                    at += n
                if at != len(ids):
                    return None, "invalid"
                refs[kind] = pages
            if not (len(digests) == len(lo) == len(hi)) or any(len(r) != len(digests) for r in refs.values()):
                return None, "invalid"
            tables[name] = TablePages(digests, lo, hi, refs)
    except (ValueError, KeyError, TypeError, AttributeError, IndexError):
        return None, "invalid"
    return tables, "ok"


def save(path: Path, key: ClinicKey, tables: dict[str, TablePages]) -> None:
    """Write the record atomically (a temporary file renamed over it)."""
    body = json.dumps(
        {
            "version": VERSION,
            "clinic_id": key.clinic_id,
            "tables": {
                name: {
                    "digests": base64.b64encode(b"".join(t.digests)).decode("ascii"),
                    "lo": _blob(t.lo),
                    "hi": _blob(t.hi),
                    "refs": {
                        kind: {
                            "sizes": _blob([len(p) for p in pages]),
                            "ids": _blob([i for p in pages for i in p]),
                        }
                        for kind, pages in t.refs.items()
                    },
                }
                for name, t in tables.items()
            },
        },
        separators=(",", ":"),
        sort_keys=True,
    )
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.partial")
    try:
        with open(tmp, "wb") as fh:
            fh.write(key.mac(body).encode("ascii") + b"\n" + body.encode("utf-8"))
        os.replace(tmp, path)
    except OSError:
        tmp.unlink(missing_ok=True)
        raise
