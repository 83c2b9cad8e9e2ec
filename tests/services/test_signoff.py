"""Issue 12 items 4 and 5: sign-off gates (consent, history review, risks, allergies) and allergy checks
that follow the session as it is."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from mesodesk.db.models import AuditEntry, MedicalHistory
from mesodesk.domain.errors import PermissionDeniedError, ValidationError
from mesodesk.services.clinic import ClinicInput
from mesodesk.services.patients import HistoryInput
from mesodesk.services.sessions import ProductUse
from mesodesk.services.signoff import SignOffBlockedError, SignOffWarningError


def test_new_patient_cannot_be_signed_off_without_consent_or_history(clinic):
    """The quoted problem: a brand-new patient's session was signed with no consent and no history."""
    patient = clinic.patient()
    doc = clinic.as_practitioner.sessions
    data = clinic.session_input(patient.id)
    gates = doc.signoff_check(data)
    assert {g.code for g in gates} == {"consent", "history"}
    assert [g.blocking for g in gates if g.code == "consent"] == [True]  # default: consent required
    with pytest.raises(SignOffBlockedError) as err:
        doc.record(data, sign_off=True, override_reason="in a hurry")
    assert "consent" in str(err.value)
    assert doc.for_patient(patient.id) == []  # nothing half-saved
    draft = doc.record(data).session  # a draft is fine
    with pytest.raises(SignOffBlockedError):
        doc.sign_off(draft.id)


def test_history_never_reviewed_warns_and_needs_a_reason(clinic):
    patient = clinic.patient()
    clinic.ready_to_sign(patient.id)
    svc = clinic.as_practitioner.sessions
    with clinic.engine.begin() as conn:  # the history was reviewed (ready_to_sign): make that long ago
        conn.execute(
            MedicalHistory.__table__.update().values(reviewed_at=datetime.now(UTC) - timedelta(days=400))
        )
    draft = svc.record(clinic.session_input(patient.id)).session
    (gate,) = svc.gates(draft.id)
    assert gate.code == "history" and "more than 12 months" in gate.message and not gate.blocking
    with pytest.raises(SignOffWarningError):
        svc.sign_off(draft.id)
    signed = svc.sign_off(draft.id, override_reason="history re-taken verbally, form to follow")
    assert signed.status == "signed"
    assert signed.override_reason.startswith("history re-taken verbally")
    assert "more than 12 months" in signed.override_reason
    with clinic.engine.connect() as conn:
        after = conn.scalar(
            select(AuditEntry.after_json).where(
                AuditEntry.entity == "session",
                AuditEntry.entity_id == draft.id,
                AuditEntry.action == "sign_off",
            )
        )
    assert "history re-taken verbally" in after


@pytest.mark.parametrize(
    ("flag", "words"),
    [
        ("pregnant_or_breastfeeding", "pregnant"),
        ("anticoagulants", "anticoagulants"),
        ("active_skin_infection", "skin infection"),
        ("keloid_tendency", "keloid"),
    ],
)
def test_history_risks_are_checked_at_sign_off(clinic, flag, words):
    patient = clinic.patient()
    clinic.as_practitioner.patients.save_history(patient.id, HistoryInput(**{flag: True}))
    clinic.ready_to_sign(patient.id)
    gates = clinic.as_practitioner.sessions.signoff_check(clinic.session_input(patient.id))
    assert [g.code for g in gates] == ["risk"] and words in gates[0].message.lower()


def test_clinic_settings_make_a_gate_required_or_off(clinic):
    patient = clinic.patient()
    settings = clinic.services.clinic
    settings.save_settings(ClinicInput("Clinique", consent_gate="warn", history_gate="require"))
    doc = clinic.as_practitioner.sessions
    gates = doc.signoff_check(clinic.session_input(patient.id))
    assert {(g.code, g.blocking) for g in gates} == {("consent", False), ("history", True)}
    settings.save_settings(ClinicInput("Clinique", consent_gate="off", history_gate="off"))
    assert doc.signoff_check(clinic.session_input(patient.id)) == []
    with pytest.raises(ValidationError):
        settings.save_settings(ClinicInput("Clinique", consent_gate="maybe"))


def test_consent_signed_after_the_session_does_not_count(clinic):
    patient = clinic.patient()
    clinic.ready_to_sign(patient.id, since=datetime.now(UTC) - timedelta(hours=1))
    earlier = clinic.session_input(patient.id, datetime.now(UTC) - timedelta(days=3))
    assert [g.code for g in clinic.as_practitioner.sessions.signoff_check(earlier)] == ["consent"]


def test_allergy_warning_follows_the_products_of_the_session(clinic):
    """The quoted problem: after removing Lidocaine 2% (and ticking custom formula) the warning stayed."""
    patient = clinic.patient()
    clinic.as_practitioner.patients.add_allergy(patient.id, "lidocaine", "hives", "severe")
    svc = clinic.as_practitioner.sessions
    data = clinic.session_input(patient.id)
    warned = [w for w in svc.check(data) if "ALLERGY" in w]
    assert warned and "Lidocaine 2%" in warned[0] and "lidocaine" in warned[0]
    data.products = [ProductUse(clinic.ha_lot.id, 2.0)]  # lidocaine removed from the formula
    assert not [w for w in svc.check(data) if "ALLERGY" in w]
    data.formula_is_custom = True
    assert not [w for w in svc.check(data) if "ALLERGY" in w]
    data.products = []  # nothing recorded yet: the standard formula's ingredients count
    data.formula_is_custom = False
    assert [w for w in svc.check(data) if "ALLERGY" in w]


def test_free_text_anaesthesia_is_checked_against_allergies(clinic):
    patient = clinic.patient()
    clinic.as_practitioner.patients.add_allergy(patient.id, "Lidocaine", "hives", "severe")
    svc = clinic.as_practitioner.sessions
    data = clinic.session_input(patient.id, anaesthesia="topical lidocaine cream")
    data.products = [ProductUse(clinic.ha_lot.id, 2.0)]
    (warning,) = [w for w in svc.check(data) if "ALLERGY" in w]
    assert "Lidocaine" in warning and "topical lidocaine cream" in warning
    data.anaesthesia = "ice pack"
    assert not [w for w in svc.check(data) if "ALLERGY" in w]


def test_anaesthesia_from_the_catalogue_keeps_its_lot_and_is_checked(clinic):
    patient = clinic.patient()
    clinic.as_practitioner.patients.add_allergy(patient.id, "lidocaine")
    svc = clinic.as_practitioner.sessions
    data = clinic.session_input(patient.id, anaesthesia="Lidocaine 2%", anaesthesia_lot_id=clinic.lido_lot.id)
    data.products = [ProductUse(clinic.ha_lot.id, 2.0)]
    assert any("Lidocaine 2% (anaesthesia)" in w for w in svc.check(data))
    saved = svc.record(data).session
    assert saved.anaesthesia_lot_id == clinic.lido_lot.id
    data.anaesthesia_lot_id = clinic.expired_lot.id
    with pytest.raises(ValidationError) as err:
        svc.check(data)
    assert err.value.field == "anaesthesia"


def test_allergen_exposure_is_signed_only_with_a_reason(clinic):
    patient = clinic.patient()
    clinic.as_practitioner.patients.add_allergy(patient.id, "lidocaine", "hives", "severe")
    clinic.ready_to_sign(patient.id)
    svc = clinic.as_practitioner.sessions
    with pytest.raises(SignOffWarningError) as err:
        svc.record(clinic.session_input(patient.id), sign_off=True)
    assert [g.code for g in err.value.gates] == ["allergy"]
    saved = svc.record(
        clinic.session_input(patient.id), sign_off=True, override_reason="tolerated a test dose"
    ).session
    assert "tolerated a test dose" in saved.override_reason and "lidocaine" in saved.override_reason


def test_amending_a_colleagues_signed_session(clinic):
    patient = clinic.patient()
    clinic.ready_to_sign(patient.id)
    saved = clinic.as_practitioner.sessions.record(clinic.session_input(patient.id), sign_off=True).session
    other = clinic.services.users.create("dr.other", "Dr Other", "practitioner", "password 123")
    colleague = clinic.services.as_user(other.actor).sessions
    changed = clinic.session_input(patient.id, depth=3.0)
    changed.performed_at = saved.performed_at
    with pytest.raises(PermissionDeniedError):
        colleague.amend(saved.id, changed, "typo", saved.version)
    amended = clinic.services.sessions.amend(saved.id, changed, "typo fixed by admin", saved.version).session
    clinic.services.clinic.save_settings(ClinicInput("Clinique", colleague_amend="practitioner"))
    changed.notes = "seen again"
    colleague.amend(saved.id, changed, "note added by colleague", amended.version)


def test_zero_volume_product_line_is_refused(clinic):
    patient = clinic.patient()
    data = clinic.session_input(patient.id)
    data.products = [ProductUse(clinic.ha_lot.id, 0.0)]
    with pytest.raises(ValidationError) as err:
        clinic.as_practitioner.sessions.record(data)
    assert err.value.field == "products[0].volume_ml"


def test_lot_received_after_the_session_is_refused(clinic):
    from mesodesk.services.catalogue import LotInput

    patient = clinic.patient()
    lot = clinic.services.catalogue.save_lot(
        LotInput(clinic.ha.id, "HA-NEW", clinic.today + timedelta(days=300), 10.0, received_on=clinic.today)
    )
    data = clinic.session_input(patient.id, datetime.now(UTC) - timedelta(days=5))
    data.products = [ProductUse(lot.id, 1.0)]
    with pytest.raises(ValidationError) as err:
        clinic.as_practitioner.sessions.check(data)
    assert "received" in err.value.message


def test_a_consent_signed_in_the_patients_language_counts(clinic):
    """Seen in a French demo under a real X server: a patient who had signed the French consent text
    (code ``mesotherapy_fr``) was refused at sign-off, "no signed consent to mesotherapy is on file"."""
    from mesodesk.services.clinic import ConsentInput
    from mesodesk.services.patients import HistoryInput

    patient = clinic.patient()
    french = clinic.services.clinic.add_consent_text("mesotherapy_fr", "1", "Consentement", "Risques…", "fr")
    signed_at = datetime.now(UTC).replace(microsecond=0) - timedelta(days=30)
    clinic.services.clinic.record_consent(
        ConsentInput(patient.id, french.id, clinic.practitioner.id, signed_at, signature_png=b"\x89PNG sig")
    )
    clinic.services.patients.save_history(patient.id, HistoryInput())
    assert [
        g.code for g in clinic.as_practitioner.sessions.signoff_check(clinic.session_input(patient.id))
    ] == []
    other = clinic.patient("Other", "Text")
    unrelated = clinic.services.clinic.add_consent_text("photography_fr", "1", "Photos", "…", "fr")
    clinic.services.clinic.record_consent(
        ConsentInput(other.id, unrelated.id, clinic.practitioner.id, signed_at, signature_png=b"\x89PNG sig")
    )
    clinic.services.patients.save_history(other.id, HistoryInput())
    gates = clinic.as_practitioner.sessions.signoff_check(clinic.session_input(other.id))
    assert [g.code for g in gates] == ["consent"]  # a photography consent is not one to mesotherapy
