"""The benchmark's floors: the raw work it compares MesoDesk against must be the same work."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from mesodesk.bench import Figure
from mesodesk.bench_floors import captured_sql, replay, sqlite_checks
from mesodesk.db.models import Patient
from mesodesk.services import Services
from mesodesk.services.context import ServiceContext
from mesodesk.services.patients import PatientInput


def test_a_figure_reports_both_ratios():
    fig = Figure("search", 12.0, "ms", 20.0, "p95", 4.0, "raw FTS5")
    assert fig.ratio == 0.6 and fig.floor_ratio == 3.0
    assert "0.60× budget" in fig.line() and "3.00× floor" in fig.line()
    assert "OVER BUDGET" in Figure("x", 30.0, "ms", 20.0, "p95").line()


def test_the_search_floor_replays_the_statements_the_service_sent(sqlite_engine):
    from datetime import date

    services = Services(ServiceContext(sqlite_engine))
    services.patients.create(PatientInput("Hélène", "Dupont", date(1980, 1, 1)))
    with captured_sql(sqlite_engine) as statements:
        hits = services.patients.search("hel")
    assert [h.last_name for h in hits] == ["Dupont"]
    assert any("patients_fts" in sql for sql, _ in statements)
    times = replay(sqlite_engine, statements, 3)
    assert len(times) == 3 and all(t >= 0 for t in times)
    with sqlite_engine.connect() as conn:  # the replay wrote nothing
        assert conn.scalar(select(Patient.last_name)) == "Dupont"


def test_the_check_floor_reads_the_file_without_writing(sqlite_url):
    path = Path(sqlite_url.removeprefix("sqlite:///"))
    before = path.read_bytes()
    assert sqlite_checks(path) > 0
    assert path.read_bytes() == before


def test_a_reused_benchmark_database_keeps_its_heavy_patient(sqlite_engine):
    """`bench --db PATH` on a clinic an earlier run made: the heavy patient was refused as a
    duplicate of itself, and the run stopped with a traceback."""
    from mesodesk.bench import heavy_patient
    from mesodesk.services.demo import build_demo

    build_demo(sqlite_engine, patients=20)
    services = Services(ServiceContext(sqlite_engine))
    first = heavy_patient(services, 5)
    again = heavy_patient(Services(ServiceContext(sqlite_engine)), 5)
    assert again == first
    assert len(services.sessions.for_patient(first)) == 5


def test_a_benchmark_database_without_a_practitioner_is_refused_in_words(sqlite_engine):
    """`bench --db PATH` on a database that is not a demo clinic: no practitioner to record the sessions with."""
    import pytest

    from mesodesk.bench import heavy_patient

    with pytest.raises(SystemExit, match="no practitioner"):
        heavy_patient(Services(ServiceContext(sqlite_engine)), 3)
    with sqlite_engine.connect() as conn:  # nothing half-made
        assert conn.scalar(select(Patient.id)) is None


def test_the_check_figures_are_the_incremental_run_and_the_full_one(sqlite_engine, sqlite_url):
    """Issue 16, item 2: the bench reports `mesodesk check` (incremental, budget twice the floor) and
    `mesodesk check --full` beside the same floor, each also in CPU time."""
    from mesodesk.bench import check_figures
    from mesodesk.services.demo import build_demo

    build_demo(sqlite_engine, patients=20)
    sqlite_engine.dispose()
    figures = {f.name: f for f in check_figures(sqlite_url, 1)}
    incremental, full = figures["mesodesk check"], figures["mesodesk check --full"]
    assert incremental.floor == full.floor and incremental.floor
    assert incremental.budget == 2 * incremental.floor and full.budget is None
    assert "mesodesk check, CPU time" in figures and "mesodesk check --full, CPU time" in figures
    assert figures["mesodesk check, CPU time"].value > 0
