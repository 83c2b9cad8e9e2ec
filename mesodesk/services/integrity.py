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


def verify_seals(engine: Engine) -> list[str]:
    """Signed sessions, consents and photos against their seals (HMACs with the clinic's key): a record set
    back to draft, re-hashed, given new bytes, its signer or time changed, or deleted, shows here."""
    from mesodesk.db.models import ConsentText, Seal
    from mesodesk.storage import trust

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
            .where(seals.c.kind == signing.SESSION)
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
        for (sid,) in conn.execute(select(ts.c.id).where(ts.c.status == SessionStatus.SIGNED.value)):
            if sid not in sealed_sessions:
                problems.append(f"signed session {sid} has no seal (signed behind the application's back)")
        sealed_consents: set[int] = set()
        for cid, seal, content, body in conn.execute(
            select(seals.c.record_id, seals.c.seal, c.c.content_hash, t.c.body)
            .select_from(
                seals.outerjoin(c, c.c.id == seals.c.record_id).outerjoin(t, t.c.id == c.c.consent_text_id)
            )
            .where(seals.c.kind == signing.CONSENT)
        ):
            sealed_consents.add(cid)
            if body is None:
                problems.append(f"consent {cid} was deleted")
            elif seal != key.mac(signing.consent_seal_payload(cid, content, body)):
                problems.append(f"consent {cid} or its consent text was changed after it was signed")
        for (cid,) in conn.execute(select(c.c.id)):
            if cid not in sealed_consents:
                problems.append(f"consent {cid} has no seal (added behind the application's back)")
        sealed_photos: set[int] = set()
        for pid, seal, patient_id, digest, size in conn.execute(
            select(seals.c.record_id, seals.c.seal, p.c.patient_id, p.c.sha256, p.c.size_bytes)
            .select_from(seals.outerjoin(p, p.c.id == seals.c.record_id))
            .where(seals.c.kind == signing.PHOTO)
        ):
            sealed_photos.add(pid)
            if digest is None:
                problems.append(f"photo {pid} was deleted")
            elif seal != key.mac(signing.photo_seal_payload(pid, patient_id, digest, size)):
                problems.append(f"photo {pid} was replaced or moved to another patient after it was added")
        for (pid,) in conn.execute(select(p.c.id)):
            if pid not in sealed_photos:
                problems.append(f"photo {pid} has no seal (added behind the application's back)")
    return problems[:50] + (["(more problems not listed)"] if len(problems) > 50 else [])


#: Every check `mesodesk check` runs after the database's own, in order.
CHECKS: tuple[Check, ...] = (verify_chain, verify_signed_records, verify_seals, verify_photos)


def run_checks(engine: Engine) -> list[str]:
    problems: list[str] = []
    for check in CHECKS:
        problems += check(engine)
    return problems
