"""What a signature covers: the digests kept on signed sessions and consents (and checked by `check`).

One module for the digests, so the audit trail, the sessions service and the integrity checks share them
without importing one another.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime
from typing import Any

from mesodesk.db.models import TreatmentSession
from mesodesk.services.audit import canonical, snapshot

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
