"""Session rules: lots, depth, volumes, dates, stock, sign-off and amendments."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from mesodesk.db.models import AuditEntry, ProductLot, SessionArea, SessionProduct, TreatmentSession
from mesodesk.domain.errors import LockedRecordError, PermissionDeniedError, ValidationError
from mesodesk.services.sessions import AreaInput, ProductUse, content_hash


def counts(engine) -> tuple[int, int, int]:
    with engine.connect() as conn:
        return (
            conn.scalar(select(func.count(TreatmentSession.id))),
            conn.scalar(select(func.count(SessionArea.id))),
            conn.scalar(select(func.count(SessionProduct.id))),
        )


def stock(engine, lot_id: int) -> float:
    with engine.connect() as conn:
        return conn.scalar(select(ProductLot.quantity_in_stock).where(ProductLot.id == lot_id))


def test_record_stores_areas_lots_and_takes_stock(clinic):
    patient = clinic.patient()
    result = clinic.as_practitioner.sessions.record(clinic.session_input(patient.id))
    session = result.session
    assert [a.area for a in session.areas] == ["full_face"]
    assert {p.lot.lot_number for p in session.products} == {"HA-001", "LI-001"}
    assert stock(clinic.engine, clinic.ha_lot.id) == pytest.approx(98.0)
    assert stock(clinic.engine, clinic.lido_lot.id) == pytest.approx(49.5)
    assert result.warnings == []


@pytest.mark.parametrize("depth", [-1, 0, 20, 15.01])
def test_depth_out_of_range_is_refused(clinic, depth):
    patient = clinic.patient()
    with pytest.raises(ValidationError) as err:
        clinic.as_practitioner.sessions.record(clinic.session_input(patient.id, depth=depth))
    assert err.value.field == "areas[0].depth_mm"
    assert counts(clinic.engine) == (0, 0, 0)
    assert stock(clinic.engine, clinic.ha_lot.id) == pytest.approx(100.0)


@pytest.mark.parametrize("depth", [0.5, 6.0, 15.0])
def test_unusual_depth_is_accepted_with_a_warning(clinic, depth):
    patient = clinic.patient()
    result = clinic.as_practitioner.sessions.record(clinic.session_input(patient.id, depth=depth))
    assert any("outside the usual 1–4 mm" in w for w in result.warnings)
    assert result.session.areas[0].depth_mm == depth


def test_depth_within_usual_range_has_no_warning(clinic):
    patient = clinic.patient()
    assert clinic.as_practitioner.sessions.check(clinic.session_input(patient.id, depth=4.0)) == []


@pytest.mark.parametrize("which", ["expired_lot", "recalled_lot"])
def test_expired_and_recalled_lots_are_refused(clinic, which):
    patient = clinic.patient()
    data = clinic.session_input(patient.id)
    data.products = [ProductUse(getattr(clinic, which).id, 1.0)]
    with pytest.raises(ValidationError) as err:
        clinic.as_practitioner.sessions.record(data)
    assert err.value.field == "products[0].lot"
    assert "expired" in err.value.message or "recalled" in err.value.message
    assert counts(clinic.engine) == (0, 0, 0)


def test_recalled_lot_is_allowed_for_a_session_before_the_recall(clinic):
    patient = clinic.patient(born=date(1970, 1, 1))
    data = clinic.session_input(patient.id, when=datetime.now(UTC) - timedelta(days=30))
    data.products = [ProductUse(clinic.recalled_lot.id, 1.0)]
    assert clinic.as_practitioner.sessions.record(data).session.id


def test_expired_lot_allowed_for_a_session_dated_before_expiry(clinic):
    patient = clinic.patient()
    data = clinic.session_input(patient.id, when=datetime.now(UTC) - timedelta(days=5))
    data.products = [ProductUse(clinic.expired_lot.id, 1.0)]
    assert clinic.as_practitioner.sessions.record(data).session.id


@pytest.mark.parametrize(
    ("mutate", "field"),
    [
        (lambda d: setattr(d.areas[0], "injection_points", -5), "areas[0].injection_points"),
        (lambda d: setattr(d.areas[0], "volume_ml", -0.1), "areas[0].volume_ml"),
        (lambda d: setattr(d.products[0], "volume_ml", -1), "products[0].volume_ml"),
        (lambda d: setattr(d.areas[0], "area", "elbow"), "areas[0].area"),
        (lambda d: setattr(d.areas[0], "technique", "tattoo"), "areas[0].technique"),
        (lambda d: setattr(d.areas[0], "needle_gauge", 12), "areas[0].needle_gauge"),
        (lambda d: setattr(d, "areas", []), "areas"),
        (lambda d: setattr(d, "notes", "x" * 30_000), "notes"),
        (lambda d: setattr(d, "performed_at", datetime(2000, 1, 1)), "performed_at"),
        (lambda d: setattr(d, "performed_at", datetime(1979, 1, 1, tzinfo=UTC)), "performed_at"),
    ],
)
def test_bad_session_input_is_refused_with_nothing_saved(clinic, mutate, field):
    patient = clinic.patient(born=date(1980, 2, 3))
    data = clinic.session_input(patient.id)
    mutate(data)
    with pytest.raises(ValidationError) as err:
        clinic.as_practitioner.sessions.record(data)
    assert err.value.field == field
    assert counts(clinic.engine) == (0, 0, 0)
    assert stock(clinic.engine, clinic.ha_lot.id) == pytest.approx(100.0)


def test_allergy_to_an_ingredient_warns(clinic):
    patient = clinic.patient()
    clinic.as_practitioner.patients.add_allergy(patient.id, "lidocaine", "hives", "severe")
    warnings = clinic.as_practitioner.sessions.check(clinic.session_input(patient.id))
    assert any("ALLERGY" in w and "lidocaine" in w for w in warnings)


def test_low_stock_and_near_expiry_warn(clinic):
    from mesodesk.services.catalogue import LotInput

    patient = clinic.patient()
    lot = clinic.services.catalogue.save_lot(
        LotInput(clinic.ha.id, "HA-SOON", date.today() + timedelta(days=10), 3.0)
    )
    data = clinic.session_input(patient.id)
    data.products = [ProductUse(lot.id, 2.0)]
    warnings = clinic.as_practitioner.sessions.record(data).warnings
    assert any("expires on" in w for w in warnings)
    assert any("low stock" in w for w in warnings)


def test_signed_session_is_locked_and_amendment_keeps_the_original(clinic):
    patient = clinic.patient()
    clinic.ready_to_sign(patient.id)
    svc = clinic.as_practitioner.sessions
    session = svc.record(clinic.session_input(patient.id)).session
    signed = svc.sign_off(session.id)
    assert signed.status == "signed" and signed.content_hash == content_hash(signed)
    changed = clinic.session_input(patient.id, depth=3.0)
    changed.performed_at = signed.performed_at
    with pytest.raises(LockedRecordError):
        svc.update_draft(session.id, changed, signed.version)
    with pytest.raises(ValidationError) as err:
        svc.amend(session.id, changed, "  ", signed.version)
    assert err.value.field == "reason"
    amended = svc.amend(session.id, changed, "depth was mis-typed", signed.version).session
    assert amended.areas[0].depth_mm == 3.0
    assert amended.content_hash == content_hash(amended)
    (amendment,) = svc.amendments(session.id)
    assert amendment.reason == "depth was mis-typed"
    assert '"depth_mm":2.0' in amendment.before_json
    with clinic.engine.connect() as conn:
        actions = list(
            conn.scalars(
                select(AuditEntry.action).where(
                    AuditEntry.entity == "session", AuditEntry.entity_id == session.id
                )
            )
        )
    assert actions == ["create", "sign_off", "amend"]


def test_only_the_treating_practitioner_signs_off(clinic):
    other = clinic.services.users.create("dr.other", "Dr Other", "practitioner", "password 123")
    patient = clinic.patient()
    session = clinic.as_practitioner.sessions.record(clinic.session_input(patient.id)).session
    with pytest.raises(PermissionDeniedError):
        clinic.services.as_user(other.actor).sessions.sign_off(session.id)


def test_draft_update_moves_stock(clinic):
    patient = clinic.patient()
    svc = clinic.as_practitioner.sessions
    session = svc.record(clinic.session_input(patient.id)).session
    data = clinic.session_input(patient.id)
    data.performed_at = session.performed_at
    data.products = [ProductUse(clinic.ha_lot.id, 5.0)]
    svc.update_draft(session.id, data, session.version)
    assert stock(clinic.engine, clinic.ha_lot.id) == pytest.approx(95.0)
    assert stock(clinic.engine, clinic.lido_lot.id) == pytest.approx(50.0)


def test_repeat_last_prefills_from_previous_session(clinic):
    patient = clinic.patient()
    svc = clinic.as_practitioner.sessions
    data = clinic.session_input(patient.id)
    data.areas.append(AreaInput("neck", "nappage", "multi_injector", 32, 4.0, 1.5, 120, 1.0))
    svc.record(data)
    again = svc.repeat_last(patient.id, clinic.practitioner.id, datetime.now(UTC))
    assert again is not None
    assert [a.area for a in again.areas] == ["full_face", "neck"]
    assert {u.lot_id for u in again.products} == {clinic.ha_lot.id, clinic.lido_lot.id}


def test_repeat_last_leaves_out_an_anaesthesia_lot_that_is_no_longer_there(clinic):
    """anaesthesia_lot_id has no foreign key (the service checks it): a session pointing at a lot row that is
    gone must still be repeatable, without its anaesthesia lot, instead of failing on the missing row."""
    from mesodesk.services.catalogue import LotInput

    patient = clinic.patient()
    svc = clinic.as_practitioner.sessions
    cream = clinic.services.catalogue.save_lot(
        LotInput(clinic.lido.id, "LI-CREAM", clinic.today + timedelta(days=200), 5.0)
    )
    svc.record(clinic.session_input(patient.id, anaesthesia="Lidocaine 2%", anaesthesia_lot_id=cream.id))
    again = svc.repeat_last(patient.id, clinic.practitioner.id, datetime.now(UTC))
    assert again is not None and again.anaesthesia_lot_id == cream.id
    with clinic.engine.begin() as conn:
        conn.execute(ProductLot.__table__.delete().where(ProductLot.__table__.c.id == cream.id))
    again = svc.repeat_last(patient.id, clinic.practitioner.id, datetime.now(UTC))
    assert again is not None
    assert again.anaesthesia_lot_id is None and again.anaesthesia == "Lidocaine 2%"


def test_assistant_cannot_record_sessions(clinic):
    from mesodesk.domain.errors import PermissionDeniedError

    patient = clinic.patient()
    with pytest.raises(PermissionDeniedError):
        clinic.as_assistant.sessions.record(clinic.session_input(patient.id))
