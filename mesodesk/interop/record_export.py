"""A patient's whole record (right of access): complete JSON, and a FHIR R4 Bundle.

JSON (``record_json``) — the documented, complete form; see resources/docs/patient_record_json.md
and resources/docs/patient_record.schema.json. Shape::

    {
      "format": "mesodesk.patient-record", "format_version": 1,
      "exported_at": "2026-01-02T10:00:00+00:00", "exported_by": "admin",
      "application": "MesoDesk 0.1.0",
      "clinic": {"name": ..., "address": ..., "phone": ..., "email": ...},
      "patient_id": 12,
      "binary_encoding": "base64",
      "binary_columns": {"photos": ["data", "thumbnail_png"], "consents": ["signature_png"], ...},
      "counts": {"patients": 1, "treatment_sessions": 7, ...},
      "tables": {"patients": [{column: value, ...}], "medical_histories": [...], ...}
    }

``tables`` holds every row the database keeps about the patient, one list per table, with every
column: patients, medical_histories, allergies, consents (signature included), treatment_plans,
treatment_sessions, session_areas, session_products, injection_marks, session_amendments,
reactions, reaction_assessments, follow_ups, contact_attempts, photos (original and thumbnail),
audit_entries about any of these rows; and the rows they refer to: consent_texts, products,
product_lots, formulas, formula_ingredients, protocols, users (id, username, full_name, role
only). Dates are ISO 8601 (YYYY-MM-DD), times ISO 8601 in UTC, binary columns base64 strings.

FHIR (``fhir_bundle``) — a FHIR R4 Bundle (collection, or transaction with PUT requests) built by
mesodesk.interop.fhir_export; the codes and why: resources/docs/fhir_codes.md.
"""

from __future__ import annotations

import base64
import json
import math
import os
import tempfile
import uuid
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mesodesk.domain.errors import KnownError
from mesodesk.services.exports import ExportService, PatientRecord

if TYPE_CHECKING:
    from mesodesk.services import Services

FORMAT = "mesodesk.patient-record"
FORMAT_VERSION = 1
FHIR_VERSION = "4.0.1"
NAMESPACE = uuid.UUID("6f1f6f1e-5b8a-4d3e-9a59-6d6573b0d35b")  # MesoDesk's namespace for stable ids


class ExportWriteError(KnownError):
    pass


# -- JSON ----------------------------------------------------------------------------------------


def _json_value(value: Any) -> Any:
    if isinstance(value, datetime):
        return (value.astimezone(UTC) if value.tzinfo else value).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (bytes, bytearray, memoryview)):
        return base64.b64encode(bytes(value)).decode("ascii")
    return value


def record_json(record: PatientRecord) -> dict[str, Any]:
    """The complete record as JSON-ready data (see the module docstring)."""
    from mesodesk import __version__

    binary: dict[str, list[str]] = {}
    tables: dict[str, list[dict[str, Any]]] = {}
    for name, rows in record.tables.items():
        tables[name] = [{k: _json_value(v) for k, v in row.items()} for row in rows]
        cols = sorted(
            {k for row in rows for k, v in row.items() if isinstance(v, (bytes, bytearray, memoryview))}
        )
        if cols:
            binary[name] = cols
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "exported_at": _json_value(record.exported_at),
        "exported_by": record.exported_by,
        "application": f"MesoDesk {__version__}",
        "clinic": record.clinic,
        "patient_id": record.patient_id,
        "binary_encoding": "base64",
        "binary_columns": binary,
        "counts": record.counts(),
        "tables": tables,
    }


def export_patient(
    services: Services,
    patient_id: int,
    path: str | Path,
    fmt: str = "json",
    bundle_type: str = "collection",
) -> Path:
    """Write one patient's record as 'json' or 'fhir' (a Bundle: collection or transaction), atomically."""
    record = ExportService(services.ctx).patient_record(patient_id)
    data = record_json(record) if fmt == "json" else fhir_bundle(record, bundle_type)
    text = json.dumps(finite(data), ensure_ascii=False, indent=1 if fmt == "fhir" else None, allow_nan=False)
    return write_text_atomically(Path(path), text)


def finite(data: Any) -> Any:
    """JSON-ready data without Infinity or NaN (not JSON): a non-finite number, which the services refuse
    but an older record may hold, is written as null."""
    if isinstance(data, float):
        return data if math.isfinite(data) else None
    if isinstance(data, dict):
        return {k: finite(v) for k, v in data.items()}
    if isinstance(data, list | tuple):
        return [finite(v) for v in data]
    return data


def write_text_atomically(path: Path, text: str) -> Path:
    return write_bytes_atomically(path, text.encode("utf-8"))


def write_bytes_atomically(path: Path, data: bytes) -> Path:
    """Write to a temporary file beside path, fsync, then rename over it."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, path)
        except BaseException:
            if os.path.exists(tmp):
                os.unlink(tmp)
            raise
    except OSError as exc:
        raise ExportWriteError(
            "Cannot write {path}: {reason}", path=path, reason=exc.strerror or exc
        ) from exc
    return path


# -- FHIR ----------------------------------------------------------------------------------------
# The FHIR R4 Bundle lives in mesodesk.interop.fhir_export (kept importable from here).
from mesodesk.interop.fhir_export import fhir_bundle, validate_bundle  # noqa: E402

__all__ = [
    "record_json",
    "export_patient",
    "fhir_bundle",
    "validate_bundle",
    "write_text_atomically",
    "write_bytes_atomically",
]
