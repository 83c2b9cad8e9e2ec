"""Issue 12 items 6, 8 and 10 on the service side: clinical text never dropped in silence, one open
follow-up per plan step, location removed from stored photos."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime, timedelta

import pytest

from mesodesk.domain.errors import ValidationError
from mesodesk.services.clinic import ClinicInput
from mesodesk.services.followups import PlanInput
from mesodesk.services.patients import PatientInput
from mesodesk.services.photos import has_location, strip_location


def test_assistant_typing_contraindications_gets_a_message_not_a_silent_drop(clinic):
    """The quoted problem: an assistant typed 'Pregnant – no treatment', saved, and nothing was stored."""
    patient = clinic.patient()
    a = clinic.as_assistant.patients
    seen = a.get(patient.id)
    data = PatientInput(
        seen.first_name, seen.last_name, seen.date_of_birth, contraindications="Pregnant – no treatment"
    )
    with pytest.raises(ValidationError) as err:
        a.update(patient.id, data, seen.version)
    assert err.value.field == "contraindications" and "nothing was saved" in err.value.message
    with pytest.raises(ValidationError):
        a.create(PatientInput("New", "Person", date(1990, 1, 1), notes="anxious"))
    # what an assistant may write is saved, and the clinical text on file is kept
    clinic.as_practitioner.patients.update(
        patient.id,
        PatientInput(seen.first_name, seen.last_name, seen.date_of_birth, contraindications="Keloids"),
        seen.version,
    )
    seen = a.get(patient.id)
    a.update(
        patient.id,
        PatientInput(seen.first_name, seen.last_name, seen.date_of_birth, phone="0102"),
        seen.version,
    )
    assert clinic.services.patients.get(patient.id).contraindications == "Keloids"


def test_one_open_follow_up_per_plan_step(clinic):
    """The quoted problem: after a new session the plan held two open maintenance follow-ups."""
    patient = clinic.patient()
    svc = clinic.as_practitioner
    start = datetime.now(UTC).replace(microsecond=0) - timedelta(days=60)
    plan = svc.followups.create_plan(PlanInput(patient.id, "Face", 1, 7, 28, None, start.date()))
    svc.sessions.record(clinic.session_input(patient.id, start, plan_id=plan.id))
    svc.sessions.record(clinic.session_input(patient.id, start + timedelta(days=10), plan_id=plan.id))
    chart = svc.patients.chart(patient.id, log_view=False)
    open_visits = [f for f in chart.follow_ups if f.status == "open" and f.kind in ("course", "maintenance")]
    assert [(f.kind, f.due_date) for f in open_visits] == [
        ("maintenance", (start + timedelta(days=38)).date())
    ]


def gps_jpeg() -> bytes:
    from PIL import Image

    exif = Image.Exif()
    exif[0x0110] = "TestCam"
    exif[0x0112] = 6  # orientation must survive
    exif[0x8825] = {1: "N", 2: (48.0, 51.0, 24.0), 3: "E", 4: (2.0, 21.0, 3.0)}
    exif.get_ifd(0x8769)[0x9003] = "2026:05:01 10:00:00"
    buf = io.BytesIO()
    Image.new("RGB", (40, 30), (200, 100, 50)).save(buf, "JPEG", exif=exif.tobytes(), quality=90)
    return buf.getvalue()


def test_strip_location_keeps_pixels_and_other_exif():
    from PIL import Image

    data = gps_jpeg()
    assert has_location(data)
    clean = strip_location(data)
    assert not has_location(clean)
    before, after = Image.open(io.BytesIO(data)), Image.open(io.BytesIO(clean))
    assert before.tobytes() == after.tobytes()  # not re-encoded
    exif = after.getexif()
    assert exif[0x0110] == "TestCam" and exif[0x0112] == 6
    assert exif.get_ifd(0x8769)[0x9003] == "2026:05:01 10:00:00"
    assert strip_location(clean) == clean


def test_stored_photos_lose_their_gps_unless_the_clinic_keeps_it(clinic):
    patient = clinic.patient()
    photos = clinic.as_practitioner.photos
    first = photos.add(patient.id, gps_jpeg(), "a.jpg", "before", "full_face", date.today())
    assert not has_location(photos.data(first.id))
    assert photos.get(first.id).width == 30  # still upright from the orientation tag
    clinic.services.clinic.save_settings(ClinicInput("Clinique", keep_photo_location=True))
    kept = photos.add(patient.id, gps_jpeg(), "b.jpg", "before", "full_face", date.today())
    assert has_location(photos.data(kept.id))
