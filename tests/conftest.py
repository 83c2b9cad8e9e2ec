"""Shared fixtures: a fresh database per test (SQLite, and PostgreSQL when one is configured),
with the user's folders redirected to tmp_path so no test touches a real clinic."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine

PG_URL = os.environ.get("MESODESK_TEST_PG_URL", "").strip()
NO_PG_REASON = "no PostgreSQL server (set MESODESK_TEST_PG_URL)"
BACKENDS = [pytest.param("sqlite", id="sqlite")]
if PG_URL:
    BACKENDS.append(pytest.param("postgresql", id="postgresql", marks=pytest.mark.postgres))


def require_postgres() -> str:
    """The one PostgreSQL guard: the server's URL, or skip the test when none is configured.

    Every PostgreSQL fixture calls it, and every test marked ``postgres`` passes through it
    (pytest_runtest_setup), so without MESODESK_TEST_PG_URL they all skip and none errors.
    """
    if not PG_URL:
        pytest.skip(NO_PG_REASON)
    return PG_URL


def pytest_runtest_setup(item: pytest.Item) -> None:
    if item.get_closest_marker("postgres") is not None:
        require_postgres()


@pytest.fixture(autouse=True)
def fast_password_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Cheap Argon2id parameters in tests (a test of rehashing may override HASHER itself)."""
    from argon2 import PasswordHasher

    import mesodesk.services.users as users

    monkeypatch.setattr(users, "HASHER", PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))


@pytest.fixture(autouse=True)
def _services_speak_english() -> Iterator[None]:
    """Every test starts and ends with the services' messages in English: a test that installs a
    language (make_application with a saved preference) must not leave it to the tests after it."""
    from mesodesk.i18n import set_language

    set_language(None)
    yield
    set_language(None)


@pytest.fixture(autouse=True)
def _isolated_user_folders(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path_factory.mktemp("home")
    for var, sub in (
        ("XDG_DATA_HOME", "data"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_CACHE_HOME", "cache"),
        ("XDG_STATE_HOME", "state"),
    ):
        monkeypatch.setenv(var, str(home / sub))
    monkeypatch.delenv("MESODESK_DB", raising=False)


def pg_schema_url(schema: str) -> str:
    sep = "&" if "?" in PG_URL else "?"
    return f"{PG_URL}{sep}options=-csearch_path%3D{schema}"


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A URL on a fresh, empty PostgreSQL schema (dropped afterwards)."""
    admin = create_engine(require_postgres(), isolation_level="AUTOCOMMIT")
    schema = f"t_{uuid.uuid4().hex[:12]}"
    with admin.connect() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    try:
        yield pg_schema_url(schema)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()


def _db_url_named(name: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(PG_URL).set(database=name).render_as_string(hide_password=False)


@pytest.fixture(scope="session")
def _pg_template() -> Iterator[str]:
    """A migrated PostgreSQL database that each test clones (CREATE DATABASE … TEMPLATE)."""
    from mesodesk.services.database import open_database

    admin = create_engine(require_postgres(), isolation_level="AUTOCOMMIT")
    name = f"mesodesk_tpl_{uuid.uuid4().hex[:8]}"
    with admin.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {name}"))
    engine = open_database(_db_url_named(name))
    engine.dispose()
    try:
        yield name
    finally:
        with admin.connect() as conn:
            conn.execute(text(f"DROP DATABASE IF EXISTS {name}"))
        admin.dispose()


@pytest.fixture
def pg_migrated_url(_pg_template: str) -> Iterator[str]:
    """A fresh, migrated PostgreSQL database (cloned from the session's template)."""
    admin = create_engine(require_postgres(), isolation_level="AUTOCOMMIT")
    name = f"mesodesk_t_{uuid.uuid4().hex[:10]}"
    with admin.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {name} TEMPLATE {_pg_template}"))
    try:
        yield _db_url_named(name)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        admin.dispose()


@pytest.fixture(scope="session")
def _sqlite_template(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """A migrated SQLite file that each test copies."""
    from mesodesk.services.database import open_database

    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    engine = open_database(f"sqlite:///{path}")
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    return path


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path) -> str:  # type: ignore[no-untyped-def]
    """An empty database URL (not migrated) on each backend."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'clinic.sqlite3'}"
    return request.getfixturevalue("pg_url")


@pytest.fixture(params=BACKENDS)
def migrated_url(request: pytest.FixtureRequest, tmp_path) -> str:  # type: ignore[no-untyped-def]
    """A migrated, empty database URL on each backend (fast: cloned from a template)."""
    if request.param == "sqlite":
        import shutil

        target = tmp_path / "clinic.sqlite3"
        shutil.copyfile(request.getfixturevalue("_sqlite_template"), target)
        return f"sqlite:///{target}"
    return request.getfixturevalue("pg_migrated_url")


@pytest.fixture
def sqlite_url(tmp_path, _sqlite_template) -> str:  # type: ignore[no-untyped-def]
    """A migrated, empty SQLite database URL."""
    import shutil

    target = tmp_path / "clinic.sqlite3"
    shutil.copyfile(_sqlite_template, target)
    return f"sqlite:///{target}"


def _open(url: str) -> Iterator[Engine]:
    from mesodesk.services.database import open_database

    engine = open_database(url)
    try:
        yield engine
    finally:
        engine.dispose()


@pytest.fixture
def engine(migrated_url: str) -> Iterator[Engine]:
    """A migrated, empty database on each backend."""
    yield from _open(migrated_url)


@pytest.fixture
def sqlite_engine(sqlite_url: str) -> Iterator[Engine]:
    yield from _open(sqlite_url)


class Clinic:
    """A small clinic for tests: an admin, a practitioner, an assistant, a catalogue."""

    def __init__(self, engine: Engine) -> None:
        from datetime import date, timedelta

        from mesodesk.services import Services
        from mesodesk.services.catalogue import FormulaInput, IngredientInput, LotInput, ProductInput
        from mesodesk.services.context import ServiceContext

        self.engine = engine
        system = Services(ServiceContext(engine))
        self.admin = system.users.create("admin", "Ada Admin", "admin", "correct horse")
        self.services = system.as_user(self.admin.actor)
        self.practitioner = self.services.users.create(
            "dr.zoe", "Dr Zoë Ōtsuka", "practitioner", "battery staple"
        )
        self.assistant = self.services.users.create("sam", "Sam Assistant", "assistant", "assistant pw")
        self.as_practitioner = system.as_user(self.practitioner.actor)
        self.as_assistant = system.as_user(self.assistant.actor)
        cat = self.services.catalogue
        self.today = date.today()
        self.ha = cat.save_product(
            ProductInput("Hyaluronic acid", "MesoLab", "sodium hyaluronate", "13.5 mg/ml")
        )
        self.lido = cat.save_product(ProductInput("Lidocaine 2%", "Anesto", "lidocaine", "20 mg/ml"))
        self.ha_lot = cat.save_lot(LotInput(self.ha.id, "HA-001", self.today + timedelta(days=365), 100.0))
        self.lido_lot = cat.save_lot(LotInput(self.lido.id, "LI-001", self.today + timedelta(days=365), 50.0))
        self.expired_lot = cat.save_lot(LotInput(self.ha.id, "HA-OLD", self.today - timedelta(days=1), 10.0))
        self.recalled_lot = cat.save_lot(
            LotInput(self.ha.id, "HA-REC", self.today + timedelta(days=200), 10.0)
        )
        cat.recall_lot(self.recalled_lot.id, "sterility concern", self.today - timedelta(days=10))
        self.formula = cat.save_formula(
            FormulaInput(
                "Face revitalisation",
                True,
                "",
                [IngredientInput(self.ha.id, 2.0), IngredientInput(self.lido.id, 0.5)],
            )
        )

    def patient(
        self, first: str = "Hélène", last: str = "O'Connor", born=None, duplicate_reason="test fixture", **kw
    ):  # type: ignore[no-untyped-def]
        from datetime import date

        from mesodesk.services.patients import PatientInput

        return self.services.patients.create(
            PatientInput(first, last, born or date(1980, 2, 3), **kw), duplicate_reason=duplicate_reason
        )

    def ready_to_sign(self, patient_id: int, since: datetime | None = None) -> None:
        """What the sign-off gates need on file: a signed consent (from ``since``, default ten years ago)
        and a medical history reviewed today."""
        from datetime import timedelta

        from mesodesk.services.clinic import ConsentInput
        from mesodesk.services.patients import HistoryInput

        svc = self.services
        texts = [t for t in svc.clinic.consent_texts() if t.code == "mesotherapy"]
        text = texts[0] if texts else svc.clinic.add_consent_text("mesotherapy", "1", "Consent", "Risks: …")
        signed_at = since or datetime.now(UTC).replace(microsecond=0) - timedelta(days=3650)
        svc.clinic.record_consent(
            ConsentInput(patient_id, text.id, self.practitioner.id, signed_at, signature_png=b"\x89PNG sig")
        )
        if svc.patients.chart(patient_id, log_view=False).history is None:
            svc.patients.save_history(patient_id, HistoryInput())

    def session_input(self, patient_id: int, when: datetime | None = None, depth: float = 2.0, **kw):  # type: ignore[no-untyped-def]
        from mesodesk.services.sessions import AreaInput, ProductUse, SessionInput

        return SessionInput(
            patient_id=patient_id,
            practitioner_id=self.practitioner.id,
            performed_at=when or datetime.now(UTC).replace(microsecond=0),
            indications=["fine lines"],
            formula_id=self.formula.id,
            areas=[AreaInput("full_face", "papules", "syringe", 32, 4.0, depth, 40, 2.0)],
            products=[ProductUse(self.ha_lot.id, 2.0), ProductUse(self.lido_lot.id, 0.5)],
            **kw,
        )


@pytest.fixture
def clinic(engine: Engine) -> Clinic:
    return Clinic(engine)


@pytest.fixture
def sqlite_clinic(sqlite_engine: Engine) -> Clinic:
    return Clinic(sqlite_engine)


def _fill_today(clinic: Clinic) -> dict[str, Any]:
    """One of each thing the home screen's *Today* shows, and things it must not show; returns them by name.

    Patients: ``call`` (a review due today), ``overdue`` (a visit due yesterday), ``done`` (a follow-up due
    today but done), ``far`` (due in sixty days), ``own`` / ``other`` (drafts of the practitioner and of
    another, the other's older), ``signed`` (a signed session only), ``reaction`` (day-3 check due today),
    ``later`` (its day-3 check is tomorrow), ``resolved`` (a resolved reaction), ``recall`` (received a
    lot since recalled). Lots: ``soon`` (expiring in ten days), ``low`` (5 ml left), ``recall_lot``.
    """
    from dataclasses import replace
    from datetime import date, timedelta

    from mesodesk.services.catalogue import LotInput
    from mesodesk.services.reactions import AssessmentInput, ReactionInput
    from mesodesk.services.sessions import ProductUse

    svc = clinic.services
    today = date.today()
    now = datetime.now(UTC).replace(microsecond=0)
    names = (
        "call",
        "overdue",
        "done",
        "far",
        "own",
        "other",
        "signed",
        "reaction",
        "later",
        "resolved",
        "recall",
    )
    p = {name: clinic.patient(name.capitalize(), f"Today-{name}") for name in names}
    svc.followups.add(p["call"].id, "review", today, "review the result")
    svc.followups.add(p["overdue"].id, "course", today - timedelta(days=1))
    done = svc.followups.add(p["done"].id, "check_call", today)
    svc.followups.mark_done(done.id)
    svc.followups.add(p["far"].id, "maintenance", today + timedelta(days=60))

    other = svc.users.create("dr.other", "Dr Olga Other", "practitioner", "other pw")
    mine = clinic.as_practitioner.sessions
    mine.record(clinic.session_input(p["own"].id, when=now - timedelta(hours=2)))
    svc.sessions.record(
        replace(clinic.session_input(p["other"].id, when=now - timedelta(days=2)), practitioner_id=other.id)
    )
    clinic.ready_to_sign(p["signed"].id)
    mine.record(clinic.session_input(p["signed"].id, when=now - timedelta(hours=1)), sign_off=True)

    def reaction(patient: str, days_ago: int, graded: list[int], resolved: bool = False) -> None:
        onset = now - timedelta(days=days_ago)
        mine_r = clinic.as_practitioner.reactions
        mine_r.record(
            ReactionInput(
                p[patient].id,
                "bruising",
                onset,
                resolved_on=today if resolved else None,
                assessments=[AssessmentInput(d, "bruising", "mild") for d in graded],
            )
        )

    reaction("reaction", 3, [0, 1])
    reaction("later", 2, [0, 1])
    reaction("resolved", 3, [0], resolved=True)

    cat = svc.catalogue
    soon = cat.save_lot(LotInput(clinic.ha.id, "HA-SOON", today + timedelta(days=10), 50.0))
    low = cat.save_lot(LotInput(clinic.lido.id, "LI-LOW", today + timedelta(days=300), 5.0))
    to_recall = cat.save_lot(LotInput(clinic.ha.id, "HA-R2", today + timedelta(days=300), 50.0))
    mine.record(
        replace(
            clinic.session_input(p["recall"].id, when=now - timedelta(days=20)),
            products=[ProductUse(to_recall.id, 2.0)],
        )
    )
    cat.recall_lot(to_recall.id, "particles in the vials", today)
    return {"patients": p, "other": other, "soon": soon, "low": low, "recall_lot": to_recall}


@pytest.fixture
def fill_today():  # type: ignore[no-untyped-def]
    """fill_today(clinic) -> what it added: one of each item of the home screen (see _fill_today)."""
    return _fill_today
