"""The checks `mesodesk check` runs beyond SQLite's own: the audit chain, signed records, photos.

The list is explicit (``CHECKS`` below); nothing registers itself by being imported.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable

from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from mesodesk.db.models import Consent, InjectionMark, Photo, SessionArea, SessionProduct, TreatmentSession
from mesodesk.domain.enums import SessionStatus
from mesodesk.services import signing
from mesodesk.services.audit import verify_chain

Check = Callable[[Engine], list[str]]


def _session_problems(engine: Engine, batch: int = 5000) -> list[str]:
    """Signed sessions re-hashed from plain rows (no ORM objects: a million sessions in a minute or so)."""
    m = signing

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
    last_id = 0
    hv = m.hash_value
    with engine.connect() as conn:
        while True:
            rows = conn.execute(
                select(ts.c.id, ts.c.content_hash, *[ts.c[c] for c in m.HASH_SESSION_COLUMNS])
                .where(ts.c.id > last_id, ts.c.status == SessionStatus.SIGNED.value)
                .order_by(ts.c.id)
                .limit(batch)
            ).all()
            if not rows:
                break
            ids = [r[0] for r in rows]
            parts: list[dict[int, list[tuple]]] = []
            for table, columns, order in children:
                found: dict[int, list[tuple]] = {}
                for r in conn.execute(
                    select(table.c.session_id, *[table.c[c] for c in columns])
                    .where(table.c.session_id.in_(ids))
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
            last_id = ids[-1]
    return problems


def verify_signed_records(engine: Engine, *, batch: int = 500) -> list[str]:
    """Signed-off sessions and consents whose content no longer matches the hash taken when signed."""

    problems = _session_problems(engine)
    with Session(engine) as s:
        last_id = 0
        while True:
            consents = list(
                s.scalars(select(Consent).where(Consent.id > last_id).order_by(Consent.id).limit(batch))
            )
            if not consents:
                break
            for consent in consents:
                if not consent.content_hash:
                    problems.append(f"consent {consent.id} has no content hash")
                elif signing.consent_hash(consent) != consent.content_hash:
                    problems.append(f"consent {consent.id} was changed after it was signed")
                last_id = consent.id
            s.expunge_all()
    return problems


def verify_photos(engine, *, batch: int = 20) -> list[str]:  # type: ignore[no-untyped-def]
    """Photos whose stored bytes no longer match the size and SHA-256 taken when they were added
    (run by `mesodesk check`; reads a few photos at a time)."""

    problems: list[str] = []
    last_id = 0
    with Session(engine) as s:
        while True:
            rows = s.execute(
                select(Photo.id, Photo.size_bytes, Photo.sha256, Photo.data)
                .where(Photo.id > last_id)
                .order_by(Photo.id)
                .limit(batch)
            ).all()
            if not rows:
                break
            for photo_id, size, digest, data in rows:
                if len(data) != size or hashlib.sha256(data).hexdigest() != digest:
                    problems.append(
                        f"photo {photo_id} is damaged: its bytes do not match the hash taken when added"
                    )
            last_id = rows[-1][0]
    return problems


#: Every check `mesodesk check` runs after the database's own, in order.
CHECKS: tuple[Check, ...] = (verify_chain, verify_signed_records, verify_photos)


def run_checks(engine: Engine) -> list[str]:
    problems: list[str] = []
    for check in CHECKS:
        problems += check(engine)
    return problems
