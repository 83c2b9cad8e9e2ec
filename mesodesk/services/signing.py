"""What a signature covers: the digests kept on signed sessions and consents (and checked by `check`).

One module for the digests, so the audit trail, the sessions service and the integrity checks share them
without importing one another.
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import inspect

from mesodesk.db.models import TreatmentSession


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat() if value.tzinfo else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bytes):
        return {"bytes": len(value), "sha256": hashlib.sha256(value).hexdigest()}
    return value


def snapshot(obj: Any, *, exclude: tuple[str, ...] = ("search_text",)) -> dict[str, Any]:
    """Column values of a model instance, JSON-ready (binary columns as size and hash)."""
    mapper = inspect(obj).mapper
    return {
        attr.key: _plain(getattr(obj, attr.key)) for attr in mapper.column_attrs if attr.key not in exclude
    }


def canonical(data: Any) -> str:
    return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)


#: What a signature covers: the clinical columns of a session and of its rows, in a fixed order.
HASH_SESSION_COLUMNS = (
    "id",
    "patient_id",
    "practitioner_id",
    "performed_at",
    "indications",
    "protocol_id",
    "formula_id",
    "formula_name",
    "formula_is_custom",
    "anaesthesia",
    "immediate_reactions",
    "notes",
    "created_at",
)
HASH_AREA_COLUMNS = (
    "area",
    "technique",
    "device",
    "needle_gauge",
    "needle_length_mm",
    "depth_mm",
    "injection_points",
    "volume_ml",
    "position",
)
HASH_PRODUCT_COLUMNS = ("lot_id", "product_id", "volume_ml")
HASH_MARK_COLUMNS = (
    "diagram",
    "kind",
    "x",
    "y",
    "radius",
    "depth_mm",
    "volume_ml",
    "product_id",
    "note",
    "position",
)


def hash_value(value: object) -> object:
    """The form a value takes in a content digest (datetimes as UTC ISO text, dates as ISO text)."""
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


def content_digest(session: tuple, areas: list[tuple], products: list[tuple], marks: list[tuple]) -> str:
    """SHA-256 over the columns above (values already in hash_value form)."""
    return hashlib.sha256(repr((session, areas, products, marks)).encode()).hexdigest()


def _row(obj: object, columns: tuple[str, ...]) -> tuple:
    return tuple(hash_value(getattr(obj, c)) for c in columns)


def content_hash(ts: TreatmentSession) -> str:
    """The digest a signature keeps; recomputed by `mesodesk check` to find changes made behind our back."""
    return content_digest(
        _row(ts, HASH_SESSION_COLUMNS),
        [_row(a, HASH_AREA_COLUMNS) for a in ts.areas],
        [_row(p, HASH_PRODUCT_COLUMNS) for p in ts.products],
        [_row(m, HASH_MARK_COLUMNS) for m in ts.marks],
    )


def consent_hash(consent: Any) -> str:
    """The hash kept on a consent: every column but the hash itself (the signature as size and hash)."""
    return hashlib.sha256(canonical(snapshot(consent, exclude=("content_hash",))).encode()).hexdigest()


# -- seals: an HMAC with the clinic's key over what was signed (checked by `mesodesk check`) ----------------------
SESSION, CONSENT, PHOTO = "session", "consent", "photo"


def _when(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        return value
    return value.astimezone(UTC).isoformat() if value.tzinfo else value.replace(tzinfo=UTC).isoformat()


def session_seal_payload(
    session_id: int, content: str | None, status: str, signer: int | None, signed_at: Any
) -> str:
    """What a session's seal covers: its content hash, its status, who signed it and when."""
    return canonical([SESSION, session_id, content, status, signer, _when(signed_at)])


def consent_seal_payload(consent_id: int, content: str | None, text_body: str) -> str:
    """A consent's content hash (every column, the signature included) and the consent text's body."""
    return canonical([CONSENT, consent_id, content, hashlib.sha256(text_body.encode()).hexdigest()])


def photo_seal_payload(photo_id: int, patient_id: int, sha256: str, size: int) -> str:
    return canonical([PHOTO, photo_id, patient_id, sha256, size])


def put_seal(s: Any, kind: str, record_id: int, payload: str) -> None:
    """Seal a record in the current transaction (replacing its seal, e.g. after an amendment)."""
    from mesodesk.db.models import Seal
    from mesodesk.storage import trust

    key = trust.clinic_key(s.connection(), create=True)
    if key is None:  # a database from before migration 0010
        return
    existing = s.get(Seal, (kind, record_id))
    if existing is None:
        s.add(Seal(kind=kind, record_id=record_id, seal=key.mac(payload)))
    else:
        existing.seal = key.mac(payload)
    s.info["mesodesk_sealed"] = True


def seal_session(s: Any, ts: TreatmentSession) -> None:
    put_seal(
        s,
        SESSION,
        ts.id,
        session_seal_payload(ts.id, ts.content_hash, ts.status, ts.signed_off_by_id, ts.signed_off_at),
    )


def seal_consent(s: Any, consent: Any) -> None:
    from mesodesk.db.models import ConsentText

    body = s.get(ConsentText, consent.consent_text_id).body
    put_seal(s, CONSENT, consent.id, consent_seal_payload(consent.id, consent.content_hash, body))


def seal_photo(s: Any, photo: Any) -> None:
    put_seal(
        s, PHOTO, photo.id, photo_seal_payload(photo.id, photo.patient_id, photo.sha256, photo.size_bytes)
    )


def seal_unsealed(conn: Any, key: Any) -> int:
    """Seal every signed record that has no seal yet, over what it holds now (the chain's first keying, and
    records written in bulk such as the demo clinic's); returns how many were sealed."""
    from sqlalchemy import select

    from mesodesk.db.models import Consent, ConsentText, Photo, Seal
    from mesodesk.domain.enums import SessionStatus

    ts, seals = TreatmentSession.__table__, Seal.__table__
    done = 0

    def have(kind: str) -> Any:
        return select(seals.c.record_id).where(seals.c.kind == kind)

    def add(rows: list[dict[str, Any]]) -> None:
        nonlocal done
        if rows:
            conn.execute(seals.insert(), rows)
            done += len(rows)

    batch: list[dict[str, Any]] = []
    for r in conn.execute(
        select(ts.c.id, ts.c.content_hash, ts.c.status, ts.c.signed_off_by_id, ts.c.signed_off_at).where(
            ts.c.status == SessionStatus.SIGNED.value, ts.c.id.not_in(have(SESSION))
        )
    ):
        payload = session_seal_payload(r[0], r[1], r[2], r[3], r[4])
        batch.append({"kind": SESSION, "record_id": r[0], "seal": key.mac(payload)})
        if len(batch) >= 5000:
            add(batch)
            batch = []
    add(batch)
    c, t = Consent.__table__, ConsentText.__table__
    add(
        [
            {"kind": CONSENT, "record_id": r[0], "seal": key.mac(consent_seal_payload(r[0], r[1], r[2]))}
            for r in conn.execute(
                select(c.c.id, c.c.content_hash, t.c.body)
                .join(t, t.c.id == c.c.consent_text_id)
                .where(c.c.id.not_in(have(CONSENT)))
            )
        ]
    )
    p = Photo.__table__
    add(
        [
            {"kind": PHOTO, "record_id": r[0], "seal": key.mac(photo_seal_payload(r[0], r[1], r[2], r[3]))}
            for r in conn.execute(
                select(p.c.id, p.c.patient_id, p.c.sha256, p.c.size_bytes).where(p.c.id.not_in(have(PHOTO)))
            )
        ]
    )
    return done
