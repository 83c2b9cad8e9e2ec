"""Issue 13, item 10: bad input reaching the services is refused with a ValidationError naming the field,
never stored and never a traceback. One example per problem the issue quotes."""

from __future__ import annotations

import json
import math
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select, text

from mesodesk.db.models import AuditEntry, FollowUp, Patient, SessionProduct, TreatmentSession
from mesodesk.domain.errors import ValidationError
from mesodesk.services.patients import PatientInput
from mesodesk.services.sessions import AreaInput, ProductUse


def counts(engine) -> tuple[int, int, int, int, int]:
    with engine.connect() as conn:
        return tuple(  # type: ignore[return-value]
            conn.scalar(select(func.count()).select_from(model))
            for model in (Patient, TreatmentSession, SessionProduct, FollowUp, AuditEntry)
        )


def refused(clinic, call, field: str) -> ValidationError:
    """Run ``call``: it must raise a ValidationError on ``field`` and leave the database unchanged."""
    before = counts(clinic.engine)
    with pytest.raises(ValidationError) as info:
        call()
    assert info.value.field == field, info.value
    assert info.value.message  # renders (a catalogued message id with its parameters)
    assert counts(clinic.engine) == before
    return info.value


def new_patient(clinic, **changes):  # type: ignore[no-untyped-def]
    data = PatientInput("Hélène", "Lefèvre", date(1980, 2, 3))
    for key, value in changes.items():
        setattr(data, key, value)
    return lambda: clinic.services.patients.create(data, duplicate_reason="test")


@pytest.mark.parametrize(
    ("field", "value", "why"),
    [
        ("first_name", "Ann\x07e", "control character"),
        ("last_name", "Smith\x85", "control character"),
        ("last_name", "\x1b[31mSmith\x1b[0m", "escape"),
        ("last_name", "Smith\u202egnp.exe", "direction"),
        ("first_name", "Ann\u2066e", "direction"),
        ("first_name", "\u200b\u200b", "invisible"),
        ("last_name", "\ufeff \u2060", "invisible"),
    ],
)
def test_names_with_hidden_characters_are_refused(clinic, field, value, why):
    error = refused(clinic, new_patient(clinic, **{field: value}), field)
    assert why in error.render("en")


def test_control_characters_in_notes_are_refused_but_line_breaks_kept(clinic):
    refused(clinic, new_patient(clinic, notes="first line\x1b[2Jcleared"), "notes")
    patient = new_patient(clinic, notes="line one\r\n\tline two", address="1 rue X\n75001 Paris")()
    stored = clinic.services.patients.get(patient.id)
    assert stored.notes == "line one\n\tline two"
    assert stored.address == "1 rue X\n75001 Paris"


def test_names_are_stored_in_nfc(clinic):
    patient = new_patient(clinic, first_name="He\u0301le\u0300ne")()
    assert clinic.services.patients.get(patient.id).first_name == "Hélène"


@pytest.mark.parametrize("volume", [math.inf, -math.inf, math.nan, 1e308, 1e9])
def test_impossible_product_volumes_are_refused(clinic, volume):
    patient = clinic.patient()
    data = clinic.session_input(patient.id)
    data.products = [ProductUse(clinic.ha_lot.id, volume)]
    refused(clinic, lambda: clinic.services.sessions.record(data), "products[0].volume_ml")


@pytest.mark.parametrize("volume", [math.inf, 1e308, 1e9])
def test_impossible_area_volumes_are_refused(clinic, volume):
    patient = clinic.patient()
    data = clinic.session_input(patient.id)
    data.areas = [AreaInput("full_face", volume_ml=volume, injection_points=20)]
    refused(clinic, lambda: clinic.services.sessions.record(data), "areas[0].volume_ml")


def test_injection_points_beyond_any_integer_column_are_a_field_error(clinic):
    patient = clinic.patient()
    data = clinic.session_input(patient.id)
    data.areas = [AreaInput("full_face", injection_points=10**30, volume_ml=2.0)]
    refused(clinic, lambda: clinic.services.sessions.record(data), "areas[0].injection_points")


def test_a_session_dated_2100_is_refused(clinic):
    patient = clinic.patient()
    data = clinic.session_input(patient.id, datetime(2100, 1, 1, 10, 0, tzinfo=UTC))
    error = refused(clinic, lambda: clinic.services.sessions.record(data), "performed_at")
    assert "future" in error.render("en")


def test_a_session_up_to_a_day_ahead_is_accepted(clinic):
    patient = clinic.patient()
    when = datetime.now(UTC).replace(microsecond=0) + timedelta(hours=20)
    assert clinic.services.sessions.record(clinic.session_input(patient.id, when)).session.id


def test_a_follow_up_due_in_1900_is_refused(clinic):
    patient = clinic.patient()
    error = refused(
        clinic, lambda: clinic.services.followups.add(patient.id, "course", date(1900, 1, 1)), "due_date"
    )
    assert "10 years" in error.render("en")
    fu = clinic.services.followups.add(patient.id, "course", date.today() + timedelta(days=300))
    refused(clinic, lambda: clinic.services.followups.reschedule(fu.id, date(2100, 1, 1)), "due_date")


def test_fitzpatrick_2_5_is_refused(clinic):
    refused(clinic, new_patient(clinic, fitzpatrick=2.5), "fitzpatrick")
    refused(clinic, new_patient(clinic, fitzpatrick=True), "fitzpatrick")


def test_a_string_where_a_date_is_expected_is_a_field_error(clinic):
    refused(clinic, new_patient(clinic, date_of_birth="1980-02-03"), "date_of_birth")
    patient = clinic.patient()
    data = clinic.session_input(patient.id, "2026-01-01T10:00:00+00:00")
    refused(clinic, lambda: clinic.services.sessions.record(data), "performed_at")
    refused(clinic, lambda: clinic.services.followups.add(patient.id, "course", "2027-01-01"), "due_date")


def test_an_int_where_a_name_is_expected_is_a_field_error(clinic):
    refused(clinic, new_patient(clinic, first_name=42), "first_name")
    refused(clinic, new_patient(clinic, last_name=None), "last_name")
    refused(clinic, new_patient(clinic, date_of_birth=None), "date_of_birth")


def test_births_before_1900_or_in_the_future_are_refused(clinic):
    refused(clinic, new_patient(clinic, date_of_birth=date(1899, 12, 31)), "date_of_birth")
    refused(clinic, new_patient(clinic, date_of_birth=date.today() + timedelta(days=1)), "date_of_birth")


def test_a_lot_received_in_the_future_is_refused(clinic):
    from mesodesk.services.catalogue import LotInput

    lot = LotInput(
        clinic.ha.id, "HA-NEW", date.today() + timedelta(days=400), 10.0, date.today() + timedelta(days=3)
    )
    refused(clinic, lambda: clinic.services.catalogue.save_lot(lot), "received_on")
    lot.received_on, lot.quantity_in_stock = None, math.nan
    refused(clinic, lambda: clinic.services.catalogue.save_lot(lot), "quantity_in_stock")


def _strict_json(text_: str) -> object:
    def no_constant(name: str) -> object:
        raise AssertionError(f"{name} is not JSON")

    return json.loads(text_, parse_constant=no_constant)


def test_exports_never_write_infinity_or_nan(clinic, tmp_path):
    """Even a value stored before these checks (written here behind the services' back) is exported as
    JSON, not as the non-standard Infinity/NaN."""
    from mesodesk.interop.record_export import export_patient

    patient = clinic.patient()
    saved = clinic.services.sessions.record(clinic.session_input(patient.id)).session
    with clinic.engine.begin() as conn:
        conn.execute(
            text("UPDATE session_products SET volume_ml = :inf WHERE session_id = :id"),
            {"inf": math.inf, "id": saved.id},
        )
        conn.execute(
            text("UPDATE session_areas SET volume_ml = :inf WHERE session_id = :id"),
            {"inf": math.inf, "id": saved.id},
        )
    for fmt in ("json", "fhir"):
        path = export_patient(clinic.services, patient.id, tmp_path / f"record.{fmt}.json", fmt)
        _strict_json(path.read_text(encoding="utf-8"))


def test_draft_updates_and_amendments_are_checked_like_new_sessions(clinic):
    patient = clinic.patient()
    saved = clinic.services.sessions.record(clinic.session_input(patient.id)).session
    bad = clinic.session_input(patient.id)
    bad.products = [ProductUse(clinic.ha_lot.id, 1e9)]
    refused(
        clinic,
        lambda: clinic.services.sessions.update_draft(saved.id, bad, saved.version),
        "products[0].volume_ml",
    )
    bad.products, bad.performed_at = [], datetime(2100, 1, 1, tzinfo=UTC)
    refused(
        clinic,
        lambda: clinic.services.sessions.amend(saved.id, bad, "typo", saved.version),
        "performed_at",
    )
    assert clinic.services.sessions.get(saved.id).products[0].volume_ml == 2.0
