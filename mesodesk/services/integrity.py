"""The checks `mesodesk check` runs beyond SQLite's own: the audit chain, signed records, photos, text.

The list is explicit (``CHECKS`` below); nothing registers itself by being imported.

Incremental by default on SQLite (``verify``): the signature checks and the UTF-8 check look only at the rows
on table pages whose bytes differ from the pages verified by the last clean check (``storage/pages.py``,
``storage/verified.py``), plus every record such a row points at or was pointing at. ``full=True``
verifies every row. The audit chain, the anchor and SQLite's own checks always run in full.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from mesodesk.db.models import Consent, InjectionMark, Photo, SessionArea, SessionProduct, TreatmentSession
from mesodesk.domain.enums import SessionStatus
from mesodesk.services import signing
from mesodesk.services.audit import verify_chain

Check = Callable[..., list[str]]
Progress = Callable[[int, int, str], None]
#: Id ranges (inclusive) to verify; None: every row.
Ranges = list[tuple[int, int]] | None
STEP = 5000  # ids per query (and per step of the progress display)


@dataclass
class Scope:
    """What a run verifies: id ranges per kind of signed record, rowid ranges per table for the UTF-8 check
    (a table missing from ``text``: all of it). ``Scope()`` is everything."""

    sessions: Ranges = None
    consents: Ranges = None
    photos: Ranges = None
    text: dict[str, Ranges] | None = None
    progress: Progress | None = None
    verified: dict[str, int] = field(default_factory=dict)  # rows verified, per kind (filled as it runs)

    def count(self, kind: str, n: int) -> None:
        self.verified[kind] = self.verified.get(kind, 0) + n


def pieces(ranges: Ranges, everything: tuple[int, int] | None) -> list[tuple[int, int]]:
    """``ranges`` merged and cut into pieces of at most STEP ids; None means ``everything`` (min, max id)."""
    if ranges is None:
        ranges = [everything] if everything is not None else []
    out: list[tuple[int, int]] = []
    for lo, hi in sorted(ranges):
        if hi < lo:
            continue
        if out and lo <= out[-1][1] + 1:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    cut: list[tuple[int, int]] = []
    for lo, hi in out:
        while lo <= hi:
            cut.append((lo, min(hi, lo + STEP - 1)))
            lo += STEP
    return cut


def _id_span(conn: Any, column: Any) -> tuple[int, int] | None:
    lo, hi = conn.execute(select(func.min(column), func.max(column))).one()
    return None if lo is None else (int(lo), int(hi))


def _session_problems(engine: Engine, scope: Scope | None = None) -> list[str]:
    """Signed sessions re-hashed from plain rows (no ORM objects: a million sessions in a minute or so)."""
    m = signing
    scope = scope or Scope()

    ts, sa, sp, im = (
        TreatmentSession.__table__,
        SessionArea.__table__,
        SessionProduct.__table__,
        InjectionMark.__table__,
    )
    children = (
        (sa, m.HASH_AREA_COLUMNS, (sa.c.session_id, sa.c.position, sa.c.id)),
        (sp, m.HASH_PRODUCT_COLUMNS, (sp.c.session_id, sp.c.id)),
        (im, m.HASH_MARK_COLUMNS, (im.c.session_id, im.c.position, im.c.id)),
    )
    problems: list[str] = []
    hv = m.hash_value
    with engine.connect() as conn:
        todo = pieces(scope.sessions, _id_span(conn, ts.c.id))
        for step, (lo, hi) in enumerate(todo, 1):
            rows = conn.execute(
                select(ts.c.id, ts.c.content_hash, *[ts.c[c] for c in m.HASH_SESSION_COLUMNS])
                .where(ts.c.id.between(lo, hi), ts.c.status == SessionStatus.SIGNED.value)
                .order_by(ts.c.id)
            ).all()
            if scope.progress:
                scope.progress(step, len(todo), "signed sessions")
            if not rows:
                continue
            scope.count("signed sessions", len(rows))
            parts: list[dict[int, list[tuple]]] = []
            for table, columns, order in children:
                found: dict[int, list[tuple]] = {}
                for r in conn.execute(
                    select(table.c.session_id, *[table.c[c] for c in columns])
                    .where(table.c.session_id.between(rows[0][0], rows[-1][0]))
                    .order_by(*order)
                ):
                    found.setdefault(r[0], []).append(tuple(hv(v) for v in r[1:]))
                parts.append(found)
            for r in rows:
                sid, stored = r[0], r[1]
                if not stored:
                    problems.append(f"signed session {sid} has no content hash")
                    continue
                digest = m.content_digest(
                    tuple(hv(v) for v in r[2:]),
                    parts[0].get(sid, []),
                    parts[1].get(sid, []),
                    parts[2].get(sid, []),
                )
                if digest != stored:
                    problems.append(f"signed session {sid} was changed after it was signed off")
    return problems


def verify_signed_records(engine: Engine, scope: Scope | None = None, *, batch: int = 500) -> list[str]:
    """Signed-off sessions and consents whose content no longer matches the hash taken when signed."""
    scope = scope or Scope()
    problems = _session_problems(engine, scope)
    with Session(engine) as s:
        for lo, hi in pieces(scope.consents, _id_span(s.connection(), Consent.__table__.c.id)):
            last_id = lo - 1
            while True:
                consents = list(
                    s.scalars(
                        select(Consent)
                        .where(Consent.id > last_id, Consent.id <= hi)
                        .order_by(Consent.id)
                        .limit(batch)
                    )
                )
                if not consents:
                    break
                scope.count("consents", len(consents))
                for consent in consents:
                    if not consent.content_hash:
                        problems.append(f"consent {consent.id} has no content hash")
                    elif signing.consent_hash(consent) != consent.content_hash:
                        problems.append(f"consent {consent.id} was changed after it was signed")
                    last_id = consent.id
                s.expunge_all()
    return problems


def verify_photos(engine: Engine, scope: Scope | None = None, *, batch: int = 20) -> list[str]:
    """Photos whose stored bytes no longer match the size and SHA-256 taken when they were added
    (run by `mesodesk check`; reads a few photos at a time)."""

    scope = scope or Scope()
    problems: list[str] = []
    with Session(engine) as s:
        for lo, hi in pieces(scope.photos, _id_span(s.connection(), Photo.__table__.c.id)):
            last_id = lo - 1
            while True:
                rows = s.execute(
                    select(Photo.id, Photo.size_bytes, Photo.sha256, Photo.data)
                    .where(Photo.id > last_id, Photo.id <= hi)
                    .order_by(Photo.id)
                    .limit(batch)
                ).all()
                if not rows:
                    break
                scope.count("photos", len(rows))
                for photo_id, size, digest, data in rows:
                    if len(data) != size or hashlib.sha256(data).hexdigest() != digest:
                        problems.append(
                            f"photo {photo_id} is damaged: its bytes do not match the hash taken when added"
                        )
                last_id = rows[-1][0]
    return problems


def _within(column: Any, lo: int, hi: int) -> Any:
    return column.between(lo, hi)


def verify_seals(engine: Engine, scope: Scope | None = None) -> list[str]:
    """Signed sessions, consents and photos against their seals (HMACs with the clinic's key): a record set
    back to draft, re-hashed, given new bytes, its signer or time changed, or deleted, shows here."""
    from mesodesk.db.models import ConsentText, Seal
    from mesodesk.storage import trust

    scope = scope or Scope()
    problems: list[str] = []
    with engine.connect() as conn:
        try:
            key = trust.clinic_key(conn)
        except trust.MissingKeyError as exc:
            return [str(exc)]
        if key is None:
            return []
        seals = Seal.__table__
        ts, c, t, p = TreatmentSession.__table__, Consent.__table__, ConsentText.__table__, Photo.__table__

        def span(kind: str, table: Any) -> tuple[int, int] | None:
            a = _id_span(conn, table.c.id)
            b = _id_span(conn, select(seals.c.record_id).where(seals.c.kind == kind).subquery().c.record_id)
            if a is None or b is None:
                return a or b
            return (min(a[0], b[0]), max(a[1], b[1]))

        for lo, hi in pieces(scope.sessions, span(signing.SESSION, ts)):
            sealed_sessions: set[int] = set()
            for sid, seal, content, status, signer, signed_at in conn.execute(
                select(
                    seals.c.record_id,
                    seals.c.seal,
                    ts.c.content_hash,
                    ts.c.status,
                    ts.c.signed_off_by_id,
                    ts.c.signed_off_at,
                )
                .select_from(seals.outerjoin(ts, ts.c.id == seals.c.record_id))
                .where(seals.c.kind == signing.SESSION, _within(seals.c.record_id, lo, hi))
            ):
                sealed_sessions.add(sid)
                if status is None:
                    problems.append(f"signed session {sid} was deleted")
                elif status != SessionStatus.SIGNED.value:
                    problems.append(f"signed session {sid} was set back to {status} after it was signed off")
                elif seal != key.mac(signing.session_seal_payload(sid, content, status, signer, signed_at)):
                    problems.append(
                        f"signed session {sid} was changed after it was signed off (its seal does not match)"
                    )
            for (sid,) in conn.execute(
                select(ts.c.id).where(ts.c.status == SessionStatus.SIGNED.value, _within(ts.c.id, lo, hi))
            ):
                if sid not in sealed_sessions:
                    problems.append(
                        f"signed session {sid} has no seal (signed behind the application's back)"
                    )
        for lo, hi in pieces(scope.consents, span(signing.CONSENT, c)):
            sealed_consents: set[int] = set()
            for cid, seal, content, body in conn.execute(
                select(seals.c.record_id, seals.c.seal, c.c.content_hash, t.c.body)
                .select_from(
                    seals.outerjoin(c, c.c.id == seals.c.record_id).outerjoin(
                        t, t.c.id == c.c.consent_text_id
                    )
                )
                .where(seals.c.kind == signing.CONSENT, _within(seals.c.record_id, lo, hi))
            ):
                sealed_consents.add(cid)
                if body is None:
                    problems.append(f"consent {cid} was deleted")
                elif seal != key.mac(signing.consent_seal_payload(cid, content, body)):
                    problems.append(f"consent {cid} or its consent text was changed after it was signed")
            for (cid,) in conn.execute(select(c.c.id).where(_within(c.c.id, lo, hi))):
                if cid not in sealed_consents:
                    problems.append(f"consent {cid} has no seal (added behind the application's back)")
        for lo, hi in pieces(scope.photos, span(signing.PHOTO, p)):
            sealed_photos: set[int] = set()
            for pid, seal, patient_id, digest, size in conn.execute(
                select(seals.c.record_id, seals.c.seal, p.c.patient_id, p.c.sha256, p.c.size_bytes)
                .select_from(seals.outerjoin(p, p.c.id == seals.c.record_id))
                .where(seals.c.kind == signing.PHOTO, _within(seals.c.record_id, lo, hi))
            ):
                sealed_photos.add(pid)
                if digest is None:
                    problems.append(f"photo {pid} was deleted")
                elif seal != key.mac(signing.photo_seal_payload(pid, patient_id, digest, size)):
                    problems.append(
                        f"photo {pid} was replaced or moved to another patient after it was added"
                    )
            for (pid,) in conn.execute(select(p.c.id).where(_within(p.c.id, lo, hi))):
                if pid not in sealed_photos:
                    problems.append(f"photo {pid} has no seal (added behind the application's back)")
    return problems[:50] + (["(more problems not listed)"] if len(problems) > 50 else [])


def verify_text(engine: Engine, scope: Scope | None = None) -> list[str]:
    """Text cells that are not valid UTF-8 (SQLite only), in the rows the scope names."""
    from mesodesk.storage.database import invalid_text

    if engine.dialect.name != "sqlite":
        return []
    scope = scope or Scope()
    with engine.connect() as conn:
        return invalid_text(conn, scope.text, count=scope.count)


#: Every check `mesodesk check` runs after the database's own, in order.
CHECKS: tuple[Check, ...] = (verify_chain, verify_signed_records, verify_seals, verify_photos, verify_text)


def run_checks(engine: Engine, *, full: bool = False) -> list[str]:
    """Every check; incremental unless ``full`` (see ``verify``), recording what passed when all did."""
    return verify(engine, full=full).problems


@dataclass
class Verification:
    """One run of the checks: the problems, notes for the administrator, what was verified."""

    problems: list[str]
    notes: list[str]
    verified: dict[str, int]
    full: bool  # every row verified (no earlier record used)
    pages: int = 0
    changed_pages: int = 0
    recorded: bool = False
    commit: Callable[[], bool] | None = None  # records the pages as verified (None: nothing to record)


def verify(
    engine: Engine, *, full: bool = False, progress: Progress | None = None, record: bool = True
) -> Verification:
    """Every check of ``CHECKS``. On SQLite the signature and text checks look only at what changed since
    the last clean run (``services/incremental.py``) unless ``full``; with ``record`` the pages are recorded
    as verified when no problem was found (``record=False``: the caller records, or not, with ``commit``)."""
    from mesodesk.services import incremental
    from mesodesk.storage import trust

    try:
        with engine.connect() as conn:
            key = trust.clinic_key(conn)
    except trust.MissingKeyError:
        key = None  # verify_chain says so
    if progress:
        progress(0, 1, "comparing pages")
    plan = incremental.plan(engine, key, full=full)
    if progress:
        progress(1, 1, "comparing pages")
    scope = Scope(
        sessions=plan.sessions, consents=plan.consents, photos=plan.photos, text=plan.text, progress=progress
    )
    problems: list[str] = []
    for check in CHECKS:
        problems += check(engine, scope=scope)
    result = Verification(
        problems,
        list(plan.notes),
        scope.verified,
        full=plan.sessions is None and plan.consents is None and plan.photos is None,
        pages=plan.pages,
        changed_pages=plan.changed,
        commit=plan.record,
    )
    if record and not problems and plan.record is not None:
        result.recorded = plan.record()
    return result
