"""Property tests over the public write calls of the services (issue 13, item 10).

For any input — text with control, escape, bidi and invisible characters, floats including inf/nan and
1e308, ints including 10**30, dates from year 1 to 9999, wrong Python types — each call either

* succeeds, and reading the record back gives the input as normalised (NFC, stripped; numbers as
  floats) and only clean, finite, plausible values; or
* raises a mesodesk typed error (a KnownError), and then no table of the database has gained or lost a
  row (the audit trail included): never half-saved.

Any other exception (TypeError, OverflowError, AttributeError, an SQL error ...) fails the test.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from hypothesis.control import currently_in_test_context
from sqlalchemy import func, select

from mesodesk.db.base import Base
from mesodesk.domain import enums, rules
from mesodesk.domain.errors import KnownError
from mesodesk.services.catalogue import LotInput, ProductInput
from mesodesk.services.followups import PlanInput
from mesodesk.services.outcomes import MeasurementInput
from mesodesk.services.patients import HistoryInput, PatientInput
from mesodesk.services.reactions import AssessmentInput, ReactionInput
from mesodesk.services.sessions import AreaInput, MarkInput, ProductUse, SessionInput

PROPERTY = settings(
    max_examples=60,
    deadline=None,
    derandomize=True,  # the same examples on every run (CI); the strategies below stay wide
    database=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,  # one clinic per test; each example compares counts
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.filter_too_much,
    ],
)

# -- strategies ----------------------------------------------------------------------------------------

#: The characters an attacker or a bad import would send: C0/C1 controls, ESC sequences, bidi overrides
#: and isolates, zero-width and other invisible characters, line separators, combining accents.
NASTY = (
    "\x00\x01\x07\x08\t\n\r\x0b\x0c\x1b\x1f\x7f\x80\x85\x9b\x9f"
    "\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\u00ad\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
    "\u2028\u2029\u0301\u0300 "
)
nasty_text = st.text(st.sampled_from(NASTY + "aéZ-'. "), max_size=12)
any_text = st.text(max_size=40)  # every code point, surrogates excluded
not_text = st.one_of(
    st.none(),
    st.integers(),
    st.floats(),
    st.booleans(),
    st.binary(max_size=4),
    st.lists(st.integers(), max_size=2),
)
long_text = st.builds(  # around the notes limit (20,000 characters), with a nasty tail
    lambda n, tail: "n" * n + tail,
    st.integers(rules.MAX_NOTE_LENGTH - 8, rules.MAX_NOTE_LENGTH + 2),
    nasty_text,
)
wild_text = st.one_of(any_text, nasty_text, not_text, long_text)
#: Text a clinic types: letters with combining accents (stored as NFC), digits, punctuation, spaces
#: of every kind around it (stripped).
good_text = st.text(st.characters(categories=["L", "Mn", "N", "P", "Zs"]), max_size=30)
good_name = good_text.filter(lambda t: any(unicodedata.category(ch)[0] in "LN" for ch in t))


def mostly(
    good: st.SearchStrategy[Any], bad: st.SearchStrategy[Any], odds: int = 8
) -> st.SearchStrategy[Any]:
    """``good`` odds times out of odds + 1, else ``bad``: so that a call with a dozen fields still
    saves often enough for the read-back to be checked, while every field is tried with bad values."""
    # the bad branch on a middle value: Hypothesis draws the bounds of a range more often than the rest
    return st.integers(0, odds).flatmap(lambda i: bad if i == odds // 2 else good)


texts = mostly(good_text, wild_text)
names = mostly(good_name, wild_text)

huge_ints = st.one_of(st.integers(-(10**40), 10**40), st.just(10**30), st.just(2**63), st.just(-(2**63) - 1))
floats = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from([math.inf, -math.inf, math.nan, 1e308, -1e308, 1e9, 5e-324, -0.0]),
)
numbers = st.one_of(floats, huge_ints, st.booleans(), st.none(), st.text(max_size=4))


def plausible_float(low: float, high: float) -> st.SearchStrategy[float]:
    return st.floats(low, high, allow_nan=False, allow_infinity=False)


def volumes() -> st.SearchStrategy[Any]:
    return mostly(plausible_float(0.01, 110.0), numbers)


def ints(low: int, high: int) -> st.SearchStrategy[Any]:
    return mostly(
        st.integers(low, high), st.one_of(huge_ints, floats, st.booleans(), st.none(), st.text(max_size=3))
    )


ZONES = st.sampled_from([UTC, timezone(timedelta(hours=14)), timezone(timedelta(hours=-12)), None])
any_dates = st.one_of(
    st.dates(),
    st.sampled_from(
        [date(1, 1, 1), date(1899, 12, 31), date(1900, 1, 1), date(2100, 1, 1), date(9999, 12, 31)]
    ),
    st.datetimes(),
    st.text(max_size=12),
    st.integers(),
    st.none(),
)


def dates_between(low: date, high: date) -> st.SearchStrategy[Any]:
    return mostly(st.dates(low, high), any_dates)


def recent_dates(days: int = 3650) -> st.SearchStrategy[Any]:
    today = date.today()
    return dates_between(today - timedelta(days=days), today)


def moments() -> st.SearchStrategy[Any]:
    now = datetime.now(UTC).replace(microsecond=0)
    return mostly(
        st.datetimes(
            datetime(2000, 1, 1), (now + timedelta(hours=30)).replace(tzinfo=None), timezones=st.just(UTC)
        ),
        st.one_of(
            st.datetimes(timezones=ZONES),
            st.sampled_from(
                [datetime(2100, 1, 1, tzinfo=UTC), datetime(1, 1, 1, tzinfo=timezone(timedelta(hours=5)))]
            ),
            st.dates(),
            st.text(max_size=25),
            st.integers(),
            st.none(),
        ),
    )


def choices(values: list[str]) -> st.SearchStrategy[Any]:
    return mostly(st.sampled_from(values), wild_text)


def ids(*valid: int) -> st.SearchStrategy[Any]:
    return mostly(
        st.sampled_from(valid), st.one_of(huge_ints, st.booleans(), st.none(), st.text(max_size=3), floats)
    )


# -- the property ---------------------------------------------------------------------------------------


def row_counts(engine) -> dict[str, int]:  # type: ignore[no-untyped-def]
    with engine.connect() as conn:
        return {
            name: conn.scalar(select(func.count()).select_from(table))
            for name, table in Base.metadata.tables.items()
        }


def note(what: str) -> None:
    """Count outcomes in Hypothesis' statistics (--hypothesis-show-statistics): how many saved, how many
    were refused and by which error."""
    if currently_in_test_context():
        event(what)


def saves_completely_or_refuses(clinic, call: Callable[[], Any], check: Callable[[Any], None]) -> None:
    """The property: ``call`` succeeds and ``check`` holds on what it saved, or it raises a KnownError and
    nothing changed. Any other exception escapes and fails the test."""
    before = row_counts(clinic.engine)
    try:
        result = call()
    except KnownError as error:
        note(f"refused: {type(error).__name__}")
        assert error.message  # a message renders (no missing placeholder)
        after = row_counts(clinic.engine)
        assert after == before, {k: (before[k], after[k]) for k in before if before[k] != after[k]}
        return
    note("saved")
    check(result)


def one_patient(clinic):  # type: ignore[no-untyped-def]
    """The patient the examples of one test write to (made once per test, not per example)."""
    if getattr(clinic, "_property_patient", None) is None:
        clinic._property_patient = clinic.patient()
    return clinic._property_patient


def norm(value: Any, *, multiline: bool = False) -> str:
    text = unicodedata.normalize("NFC", value or "")
    if multiline:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.strip()


def assert_clean(value: str, *, multiline: bool = False) -> None:
    """What a stored text may hold: NFC, no controls but line breaks and tabs in notes, no bidi controls,
    not only invisible characters."""
    assert isinstance(value, str)
    assert unicodedata.normalize("NFC", value) == value
    assert value == value.strip()
    allowed = "\n\t" if multiline else ""
    for ch in value:
        assert not (ord(ch) < 0x20 or 0x7F <= ord(ch) <= 0x9F) or ch in allowed, repr(value)
        assert not (0x202A <= ord(ch) <= 0x202E or 0x2066 <= ord(ch) <= 0x2069), repr(value)
    if value:
        assert not all(ch.isspace() or unicodedata.category(ch) == "Cf" for ch in value), repr(value)


def assert_number(value: Any, low: float, high: float) -> None:
    assert isinstance(value, int | float) and not isinstance(value, bool)
    assert math.isfinite(value) and low <= value <= high, value


# -- patients ---------------------------------------------------------------------------------------------

TODAY = date.today()
patient_inputs = st.builds(
    PatientInput,
    first_name=names,
    last_name=names,
    date_of_birth=dates_between(date(1900, 1, 1), TODAY),
    sex=choices(["F", "M", "X", "U"]),
    file_no=mostly(st.just(""), texts),
    phone=mostly(st.sampled_from(["", "06 12 34 56 78", " +33 (0)6.12 "]), wild_text),
    email=mostly(st.sampled_from(["", "a@b.fr", " Zoë@clinique.fr "]), wild_text),
    address=mostly(st.sampled_from(["", "1 rue X\r\n75001 Paris", "Via Roma 3\r20100 Milano"]), texts, 2),
    fitzpatrick=mostly(st.one_of(st.none(), st.integers(1, 6)), ints(-3, 9)),
    contraindications=texts,
    notes=texts,
    preferred_language=mostly(st.sampled_from([None, "fr", " DE ", "xx", ""]), wild_text),
)


def check_patient(clinic, data: PatientInput) -> Callable[[Any], None]:  # type: ignore[no-untyped-def]
    def check(saved: Any) -> None:
        stored = clinic.services.patients.get(saved.id)
        assert stored.first_name == norm(data.first_name)
        assert stored.last_name == norm(data.last_name)
        assert stored.date_of_birth == data.date_of_birth
        assert rules.EARLIEST_DATE <= stored.date_of_birth <= date.today()
        assert stored.phone == norm(data.phone) and stored.email == norm(data.email)
        assert stored.address == norm(data.address, multiline=True)
        assert stored.notes == norm(data.notes, multiline=True)
        assert stored.contraindications == norm(data.contraindications, multiline=True)
        assert stored.fitzpatrick == data.fitzpatrick
        assert stored.fitzpatrick is None or type(stored.fitzpatrick) is int and 1 <= stored.fitzpatrick <= 6
        for name in ("first_name", "last_name", "phone", "email", "file_no"):
            assert_clean(getattr(stored, name))
        for name in ("address", "notes", "contraindications"):
            assert_clean(getattr(stored, name), multiline=True)

    return check


@PROPERTY
@given(data=mostly(patient_inputs, st.one_of(st.none(), st.integers(), st.text(max_size=3))))
def test_patient_create(clinic, data):
    saves_completely_or_refuses(
        clinic,
        lambda: clinic.services.patients.create(data, duplicate_reason="property test"),
        check_patient(clinic, data),
    )


@settings(PROPERTY, max_examples=80)
@given(data=patient_inputs, patient_id=mostly(st.just(0), ids(1), 4))
def test_patient_update(clinic, data, patient_id):
    existing = one_patient(clinic).id
    target = existing if patient_id == 0 else patient_id
    version = clinic.services.patients.get(existing).version

    saves_completely_or_refuses(
        clinic,
        lambda: clinic.services.patients.update(target, data, version, duplicate_reason="property test"),
        check_patient(clinic, data),
    )


@PROPERTY
@given(
    flags=st.lists(mostly(st.booleans(), numbers, 20), min_size=7, max_size=7),
    medications=mostly(texts, long_text),
    other=texts,
    reviewed=mostly(st.booleans(), numbers),
)
def test_history_save(clinic, flags, medications, other, reviewed):
    patient = one_patient(clinic)
    data = HistoryInput(*flags, medications=medications, other=other)

    def check(saved: Any) -> None:
        history = clinic.services.patients.chart(patient.id, log_view=False).history
        assert history is not None
        assert history.medications == norm(medications, multiline=True)
        assert history.other == norm(other, multiline=True)
        assert [getattr(history, k) for k in ("anticoagulants", "nsaids", "supplements")] == flags[:3]

    saves_completely_or_refuses(
        clinic, lambda: clinic.services.patients.save_history(patient.id, data, reviewed=reviewed), check
    )


@PROPERTY
@given(
    patient_id=mostly(st.just(0), ids(1), 4),
    substance=names,
    reaction=texts,
    severity=choices([s.value for s in enums.Severity]),
)
def test_allergy_add(clinic, patient_id, substance, reaction, severity):
    pid = patient_id or one_patient(clinic).id

    def check(saved: Any) -> None:
        allergy = next(
            a for a in clinic.services.patients.chart(pid, log_view=False).allergies if a.id == saved.id
        )
        assert allergy.substance == norm(substance) and allergy.reaction == norm(reaction, multiline=True)
        assert_clean(allergy.substance)

    saves_completely_or_refuses(
        clinic, lambda: clinic.services.patients.add_allergy(pid, substance, reaction, severity), check
    )


# -- sessions -----------------------------------------------------------------------------------------------

AREAS = [a.value for a in enums.Area]
area_inputs = st.builds(
    AreaInput,
    area=choices(AREAS),
    technique=choices([t.value for t in enums.Technique]),
    device=choices([d.value for d in enums.Device]),
    needle_gauge=mostly(st.one_of(st.none(), st.integers(18, 34)), ints(0, 60), 20),
    needle_length_mm=mostly(st.one_of(st.none(), plausible_float(0.1, 13.0)), numbers, 20),
    depth_mm=mostly(plausible_float(0.1, 15.0), numbers, 20),
    injection_points=ints(0, 12_000),
    volume_ml=volumes(),
)
mark_inputs = st.builds(
    MarkInput,
    diagram=mostly(st.just("face_front"), wild_text, 20),
    x=mostly(plausible_float(0, 1), numbers, 20),
    y=mostly(plausible_float(0, 1), numbers, 20),
    kind=choices([k.value for k in enums.MarkKind]),
    radius=mostly(st.one_of(st.none(), plausible_float(0, 1)), numbers, 20),
    depth_mm=mostly(st.one_of(st.none(), plausible_float(0.1, 15)), numbers, 20),
    volume_ml=mostly(st.none(), volumes(), 1),
    note=texts,
)


@settings(PROPERTY, max_examples=80)
@given(data=st.data())
def test_session_record(clinic, data):
    patient = one_patient(clinic)
    lots = mostly(
        st.sampled_from([clinic.ha_lot.id, clinic.lido_lot.id]),
        ids(clinic.expired_lot.id, clinic.recalled_lot.id),
        10,
    )
    session = SessionInput(
        patient_id=data.draw(ids(patient.id)),
        practitioner_id=data.draw(mostly(st.just(clinic.practitioner.id), ids(clinic.assistant.id, 10**6))),
        performed_at=data.draw(moments()),
        indications=data.draw(mostly(st.lists(texts, max_size=3), not_text)),
        areas=data.draw(mostly(st.lists(area_inputs, min_size=1, max_size=2), not_text, 20)),
        products=data.draw(
            mostly(
                st.lists(st.builds(ProductUse, lot_id=lots, volume_ml=volumes()), max_size=2), not_text, 20
            )
        ),
        marks=data.draw(st.lists(mark_inputs, max_size=2)),
        formula_id=data.draw(mostly(st.none(), ids(clinic.formula.id), 1)),
        anaesthesia=data.draw(texts),
        immediate_reactions=data.draw(texts),
        notes=data.draw(mostly(texts, long_text, 20)),
    )

    def check(result: Any) -> None:
        stored = clinic.services.sessions.get(result.session.id)
        assert stored.notes == norm(session.notes, multiline=True)
        assert stored.anaesthesia == norm(session.anaesthesia)
        assert_clean(stored.notes, multiline=True)
        now = datetime.now(UTC)
        assert datetime(1900, 1, 1, tzinfo=UTC) <= stored.performed_at <= now + timedelta(days=1)
        assert len(stored.areas) == len(session.areas)
        for given_area, area in zip(session.areas, stored.areas, strict=True):
            assert area.volume_ml == float(given_area.volume_ml)
            assert area.injection_points == given_area.injection_points
            assert_number(area.volume_ml, 0, rules.MAX_VOLUME_ML)
            assert_number(area.depth_mm, 0, rules.MAX_DEPTH_MM)
            assert_number(area.injection_points, 0, rules.MAX_INJECTION_POINTS)
        assert [p.volume_ml for p in stored.products] == [float(p.volume_ml) for p in session.products]
        for product in stored.products:
            assert_number(product.volume_ml, 1e-300, rules.MAX_VOLUME_ML)
        for mark in stored.marks:
            assert_number(mark.x, 0, 1) and assert_number(mark.y, 0, 1)  # type: ignore[func-returns-value]

    saves_completely_or_refuses(clinic, lambda: clinic.services.sessions.record(session), check)


# -- follow-ups, plans, reactions -------------------------------------------------------------------------


@PROPERTY
@given(
    patient_id=mostly(st.just(0), ids(1), 4),
    kind=choices([k.value for k in enums.FollowUpKind]),
    due=dates_between(TODAY - timedelta(days=4000), TODAY + timedelta(days=4000)),
    notes=texts,
)
def test_follow_up_add(clinic, patient_id, kind, due, notes):
    pid = patient_id or one_patient(clinic).id

    def check(saved: Any) -> None:
        stored = next(f for f in clinic.services.followups.for_patient(pid) if f.id == saved.id)
        assert stored.due_date == due and stored.notes == norm(notes, multiline=True)
        low, high = (
            date.today().replace(year=date.today().year - 10),
            date.today().replace(year=date.today().year + 10),
        )
        assert low <= stored.due_date <= high

    saves_completely_or_refuses(clinic, lambda: clinic.services.followups.add(pid, kind, due, notes), check)


@PROPERTY
@given(
    name=names,
    course=ints(1, 120),
    interval=ints(1, 4000),
    maintenance=mostly(st.none(), ints(1, 4000), 1),
    check_hours=mostly(st.none(), ints(1, 800), 1),
    start=mostly(st.none(), dates_between(TODAY - timedelta(days=4000), TODAY + timedelta(days=4000)), 1),
    notes=texts,
)
def test_plan_create(clinic, name, course, interval, maintenance, check_hours, start, notes):
    patient = one_patient(clinic)
    data = PlanInput(patient.id, name, course, interval, maintenance, check_hours, start, None, notes)

    def check(saved: Any) -> None:
        plan = next(p for p in clinic.services.followups.plans(patient.id) if p.id == saved.id)
        assert plan.name == norm(name) and plan.notes == norm(notes, multiline=True)
        assert_number(plan.course_sessions, 1, rules.MAX_COURSE_SESSIONS)
        assert_number(plan.course_interval_days, 1, rules.MAX_INTERVAL_DAYS)

    saves_completely_or_refuses(clinic, lambda: clinic.services.followups.create_plan(data), check)


@PROPERTY
@given(data=st.data())
def test_reaction_record(clinic, data):
    patient = one_patient(clinic)
    reaction = ReactionInput(
        patient_id=data.draw(ids(patient.id)),
        type=data.draw(choices([t.value for t in enums.ReactionType])),
        onset_at=data.draw(moments()),
        area=data.draw(mostly(st.just(""), choices(AREAS), 1)),
        severity=data.draw(choices([g.value for g in enums.Grade])),
        action_taken=data.draw(texts),
        resolved_on=data.draw(mostly(st.none(), recent_dates(30), 1)),
        notes=data.draw(texts),
        assessments=data.draw(
            st.lists(
                st.builds(
                    AssessmentInput,
                    day=ints(0, 400),
                    symptom=choices([t.value for t in enums.ReactionType]),
                    grade=choices([g.value for g in enums.Grade]),
                    notes=texts,
                ),
                max_size=2,
            )
        ),
    )

    def check(result: Any) -> None:
        stored = clinic.services.reactions.get(result.reaction.id)
        assert stored.notes == norm(reaction.notes, multiline=True)
        assert stored.action_taken == norm(reaction.action_taken, multiline=True)
        assert stored.onset_at <= datetime.now(UTC) + timedelta(days=1)
        for given_a, a in zip(reaction.assessments, stored.assessments, strict=True):
            assert a.day == given_a.day and a.notes == norm(given_a.notes, multiline=True)
            assert_number(a.day, 0, rules.MAX_ASSESSMENT_DAY)

    saves_completely_or_refuses(clinic, lambda: clinic.services.reactions.record(reaction), check)


# -- outcomes and the catalogue -----------------------------------------------------------------------------


@PROPERTY
@given(
    measured_on=recent_dates(),
    items=mostly(
        st.lists(
            st.builds(
                MeasurementInput,
                code=mostly(
                    st.sampled_from(["weight", "waist", "height"]),
                    st.one_of(st.sampled_from(["bmi", "unknown"]), wild_text),
                ),
                value=mostly(plausible_float(30, 250), numbers),
                site=texts,
                unit=mostly(st.just(""), choices(["kg", "cm"]), 1),
                notes=texts,
            ),
            min_size=1,
            max_size=3,
        ),
        not_text,
    ),
)
def test_outcome_measurements(clinic, measured_on, items):
    patient = one_patient(clinic)

    def check(rows: Any) -> None:
        stored = {m.id: m for m in _measurements(clinic, patient.id)}
        for given_item, row in zip(items, rows, strict=True):
            value = stored[row.id].value
            assert value == float(given_item.value) and math.isfinite(value)
            assert stored[row.id].site == norm(given_item.site)

    saves_completely_or_refuses(
        clinic, lambda: clinic.services.outcomes.record_measurements(patient.id, measured_on, items), check
    )


def _measurements(clinic, patient_id: int) -> list[Any]:  # type: ignore[no-untyped-def]
    from sqlalchemy.orm import Session

    from mesodesk.db.models import Measurement

    with Session(clinic.engine) as s:
        return list(s.scalars(select(Measurement).where(Measurement.patient_id == patient_id)))


@PROPERTY
@given(
    product=st.builds(
        ProductInput,
        name=names,
        manufacturer=texts,
        active_ingredient=texts,
        concentration=texts,
        unit=mostly(st.just("ml"), names),
        low_stock_threshold=mostly(plausible_float(0, 100), numbers),
    ),
    lot_number=names,
    expiry=dates_between(TODAY, TODAY + timedelta(days=1000)),
    quantity=mostly(plausible_float(0, 1000), numbers),
    received=mostly(st.none(), recent_dates(400), 1),
)
def test_catalogue_product_and_lot(clinic, product, lot_number, expiry, quantity, received):
    def check_product(saved: Any) -> None:
        stored = next(p for p in clinic.services.catalogue.products() if p.id == saved.id)
        assert stored.name == norm(product.name) and stored.unit == norm(product.unit)
        assert_number(stored.low_stock_threshold, 0, rules.MAX_STOCK_QUANTITY)
        assert_clean(stored.name)

    saves_completely_or_refuses(
        clinic, lambda: clinic.services.catalogue.save_product(product), check_product
    )
    lot = LotInput(clinic.ha.id, lot_number, expiry, quantity, received)

    def check_lot(saved: Any) -> None:
        stored = next(x for x in clinic.services.catalogue.lots(clinic.ha.id) if x.id == saved.id)
        assert stored.lot_number == norm(lot_number) and stored.quantity_in_stock == float(quantity)
        assert_number(stored.quantity_in_stock, 0, rules.MAX_STOCK_QUANTITY)
        assert stored.received_on is None or stored.received_on <= date.today()

    saves_completely_or_refuses(clinic, lambda: clinic.services.catalogue.save_lot(lot), check_lot)


@pytest.mark.parametrize("bad", [None, 42, "x", 3.5, True, [], b"\x00"])
def test_wrong_objects_for_every_input_are_field_errors(clinic, bad):
    """Each write call given something that is not its input object at all: a typed error, no crash."""
    svc = clinic.services
    patient = one_patient(clinic)
    calls = [
        lambda: svc.patients.create(bad),
        lambda: svc.patients.save_history(patient.id, bad),
        lambda: svc.sessions.record(bad),
        lambda: svc.reactions.record(bad),
        lambda: svc.followups.create_plan(bad),
        lambda: svc.catalogue.save_product(bad),
        lambda: svc.catalogue.save_lot(bad),
        lambda: svc.outcomes.record_measurements(patient.id, date.today(), bad),
        lambda: svc.patients.add_allergy(bad, "Latex"),
        lambda: svc.followups.add(bad, "course", date.today()),
        lambda: svc.followups.reschedule(bad, date.today()),
    ]
    for call in calls:
        saves_completely_or_refuses(clinic, call, lambda _result: pytest.fail("accepted a wrong object"))


# -- consents, accounts, clinic settings, formulas, reschedules ---------------------------------------------


@PROPERTY
@given(
    signed_at=moments(),
    risks=texts,
    benefits=texts,
    signature=mostly(st.just(b"\x89PNG sig"), st.one_of(st.none(), st.just(b""), st.text(max_size=3))),
    source=choices(["drawn", "scanned"]),
    practitioner=st.data(),
)
def test_consent_record(clinic, signed_at, risks, benefits, signature, source, practitioner):
    from mesodesk.services.clinic import ConsentInput

    patient = one_patient(clinic)
    if getattr(clinic, "_property_text", None) is None:
        clinic._property_text = clinic.services.clinic.add_consent_text("meso", "1", "Consent", "Risks")
    data = ConsentInput(
        patient.id,
        clinic._property_text.id,
        practitioner.draw(ids(clinic.practitioner.id)),
        signed_at,
        risks,
        benefits,
        signature,
        source,
    )

    def check(saved: Any) -> None:
        consent, _text = clinic.services.clinic.consent(saved.id)
        assert consent.risks_discussed == norm(risks, multiline=True)
        assert consent.benefits_discussed == norm(benefits, multiline=True)
        assert datetime(1900, 1, 1, tzinfo=UTC) <= consent.signed_at <= datetime.now(UTC)

    saves_completely_or_refuses(clinic, lambda: clinic.services.clinic.record_consent(data), check)


@PROPERTY
@given(
    username=names,
    full_name=names,
    role=choices([r.value for r in enums.Role]),
    password=mostly(st.text(min_size=8, max_size=20), st.one_of(not_text, st.text(max_size=7), nasty_text)),
)
def test_user_create(clinic, username, full_name, role, password):
    def check(saved: Any) -> None:
        stored = clinic.services.users.get(saved.id)
        assert stored.username == norm(username).lower() and stored.full_name == norm(full_name)
        assert_clean(stored.username) and assert_clean(stored.full_name)  # type: ignore[func-returns-value]

    saves_completely_or_refuses(
        clinic, lambda: clinic.services.users.create(username, full_name, role, password), check
    )


@PROPERTY
@given(
    name=names,
    address=texts,
    phone=texts,
    expiry_days=ints(0, 4000),
    idle=ints(0, 2000),
    review=mostly(st.none(), ints(1, 200), 1),
    keep_location=mostly(st.none(), st.one_of(st.booleans(), numbers), 1),
)
def test_clinic_settings(clinic, name, address, phone, expiry_days, idle, review, keep_location):
    from mesodesk.services.clinic import ClinicInput

    data = ClinicInput(
        name,
        address,
        phone,
        expiry_warning_days=expiry_days,
        idle_lock_minutes=idle,
        history_review_months=review,
        keep_photo_location=keep_location,
    )

    def check(saved: Any) -> None:
        stored = clinic.services.clinic.settings()
        assert stored.name == norm(name) and stored.address == norm(address, multiline=True)
        assert_number(stored.expiry_warning_days, 0, rules.MAX_SETTING_DAYS)
        assert_number(stored.idle_lock_minutes, 0, rules.MAX_IDLE_LOCK_MINUTES)

    saves_completely_or_refuses(clinic, lambda: clinic.services.clinic.save_settings(data), check)


@PROPERTY
@given(
    name=names,
    notes=texts,
    amounts=st.lists(mostly(plausible_float(0, 50), numbers), min_size=1, max_size=3),
    units=st.lists(choices(["ml", "mg", "IU", "%"]), min_size=3, max_size=3),
)
def test_formula_save(clinic, name, notes, amounts, units):
    from mesodesk.services.catalogue import FormulaInput, IngredientInput

    ingredients = [IngredientInput(clinic.ha.id, a, u) for a, u in zip(amounts, units, strict=False)]
    data = FormulaInput(name, True, notes, ingredients)

    def check(saved: Any) -> None:
        stored = clinic.services.catalogue.formula(saved.id)
        assert stored.name == norm(name) and stored.notes == norm(notes, multiline=True)
        assert [i.amount for i in stored.ingredients] == [float(a) for a in amounts]
        for ingredient in stored.ingredients:
            assert_number(ingredient.amount, 0, rules.MAX_INGREDIENT_AMOUNT)

    saves_completely_or_refuses(clinic, lambda: clinic.services.catalogue.save_formula(data), check)


@PROPERTY
@given(
    new_date=dates_between(TODAY - timedelta(days=4000), TODAY + timedelta(days=4000)), follow_up=st.data()
)
def test_follow_up_reschedule(clinic, new_date, follow_up):
    patient = one_patient(clinic)
    if getattr(clinic, "_property_follow_up", None) is None:
        clinic._property_follow_up = clinic.services.followups.add(patient.id, "review", TODAY)
    target = follow_up.draw(ids(clinic._property_follow_up.id))

    def check(saved: Any) -> None:
        stored = next(f for f in clinic.services.followups.for_patient(patient.id) if f.id == saved.id)
        assert stored.due_date == new_date

    saves_completely_or_refuses(clinic, lambda: clinic.services.followups.reschedule(target, new_date), check)
