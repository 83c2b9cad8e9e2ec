"""The benchmark: measures DESIGN.md's budgets on a generated clinic.

    python -m mesodesk.bench                 # 100,000 patients (~1M sessions), a few minutes
    python -m mesodesk.bench --smoke         # a small clinic, seconds (CI)
    python -m mesodesk.bench --db PATH       # reuse a database built earlier (kept with --keep)

Each figure is a median (or 95th percentile) over repeated runs, with its budget and the ratio.
Exit status 1 if a budget is missed (only in full size; the smoke run only proves it runs).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from mesodesk.bench_figure import Figure, percentile, timed
from mesodesk.bench_outcomes import add_outcomes, outcomes_report_figure, outcomes_tab_figure

if TYPE_CHECKING:
    from mesodesk.services import Services


def build(url: str, patients: int) -> Figure:
    from mesodesk.bench_floors import raw_inserts
    from mesodesk.services.demo import build_demo
    from mesodesk.storage.database import open_database

    engine = open_database(url)
    start = time.perf_counter()
    build_demo(engine, patients=patients, seed=1)
    seconds = time.perf_counter() - start
    engine.dispose()
    return Figure(
        f"build the demo clinic ({patients:,} patients)",
        seconds,
        "s",
        45.0 if patients >= 100_000 else None,
        "one run",
        raw_inserts(patients),
        f"{patients:,} rows + FTS5 in raw SQLite",
    )


def search_keystrokes(services: Services, rounds: int) -> Figure:
    import random

    from sqlalchemy import select

    from mesodesk.db.models import Patient

    rng = random.Random(7)
    with services.ctx.read() as s:
        sample = list(
            s.execute(
                select(Patient.last_name, Patient.first_name, Patient.file_no, Patient.phone_digits)
                .order_by(Patient.id)
                .limit(5000)
            )
        )
    queries: list[str] = []
    for _ in range(rounds):
        last, first, file_no, phone = rng.choice(sample)
        word = rng.choice([last, first, file_no, phone[-9:]])
        queries += [word[:n] for n in range(1, min(len(word), 6) + 1)]  # typed one key at a time
    model = None
    try:
        from PySide6.QtWidgets import QApplication

        from mesodesk.gui.models.patient_table_model import PatientTableModel

        app = QApplication.instance() or QApplication([])
        model = PatientTableModel()
        _ = app
    except Exception:  # the GUI part is optional for the figure; the service call is the bulk
        model = None

    def keystroke(q: str) -> None:
        hits = services.patients.search(q)
        if model is not None:
            model.set_rows(hits)

    from mesodesk.bench_floors import captured_sql, replay

    times = []
    floors = []
    for q in queries:
        start = time.perf_counter()
        with captured_sql(services.ctx.engine) as statements:
            keystroke(q)
        times.append((time.perf_counter() - start) * 1000)
        floors.append(statistics.median(replay(services.ctx.engine, statements, 3)))
    how = f"p95 of {len(times)} keystrokes" + (" incl. the table model" if model is not None else "")
    kind = "FTS5" if services.ctx.engine.dialect.name == "sqlite" else "tsvector"
    return Figure(
        "search keystroke to updated patient list",
        percentile(times, 95),
        "ms",
        20.0,
        how,
        percentile(floors, 95),
        f"p95 of the raw {kind} prefix queries",
    )


def heavy_patient(services: Services, sessions: int) -> int:
    """A patient with many sessions (recorded through the services, as the clinic would)."""
    from datetime import date

    from sqlalchemy import select

    from mesodesk.db.models import ProductLot, User
    from mesodesk.services.patients import PatientInput
    from mesodesk.services.sessions import AreaInput, ProductUse, SessionInput

    with services.ctx.read() as s:
        practitioner = s.scalar(select(User.id).where(User.role == "practitioner").limit(1))
        lots = list(
            s.scalars(
                select(ProductLot)
                .where(
                    ProductLot.recalled.is_(False),
                    # in stock before the first session: a lot is never used before it was received
                    ProductLot.received_on <= (datetime.now(UTC) - timedelta(days=sessions)).date(),
                )
                .order_by(ProductLot.expiry_date.desc())
                .limit(3)
            )
        )
    if practitioner is None:
        raise SystemExit("the benchmark database has no practitioner: build it with the demo clinic")
    born = date(1970, 1, 1)
    for hit in services.patients.search("Ōtsuka-Łukasiewicz"):  # a reused database (--db) has them
        if hit.date_of_birth == born and len(services.sessions.for_patient(hit.id)) >= sessions:
            return hit.id
    patient = services.patients.create(
        PatientInput("Zoë", "Ōtsuka-Łukasiewicz", born),
        duplicate_reason=f"benchmark: a patient with {sessions} sessions",
    )
    start = datetime.now(UTC) - timedelta(days=sessions)
    for i in range(sessions):
        services.sessions.record(
            SessionInput(
                patient_id=patient.id,
                practitioner_id=practitioner,
                performed_at=start + timedelta(days=i),
                indications=["fine lines"],
                areas=[
                    AreaInput("full_face", depth_mm=2.0, injection_points=40, volume_ml=2),
                    AreaInput("neck", depth_mm=1.5, injection_points=30, volume_ml=1),
                ],
                products=[ProductUse(lot.id, 0.1) for lot in lots],  # a zero-volume line is refused
            )
        )
    return patient.id


def chart_figure(services: Services, patient_id: int, repeat: int, n: int) -> Figure:
    from mesodesk.bench_floors import captured_sql, replay

    services.patients.chart(patient_id)  # warm the caches, as a second opening would
    with captured_sql(services.ctx.engine) as statements:
        services.patients.chart(patient_id)
    times = timed(lambda: services.patients.chart(patient_id), repeat)
    floor = statistics.median(replay(services.ctx.engine, statements, repeat))
    return Figure(
        f"open a chart with {n} sessions (service)",
        statistics.median(times),
        "ms",
        150.0,
        f"median of {repeat}",
        floor,
        f"its {len(statements)} SQL statements on the raw connection",
    )


def gui_probe(url: str, patient_id: int | None, repeat: int, n: int) -> list[Figure]:
    """Start-up, chart and memory measured in fresh processes running the real main window."""
    from mesodesk.bench_floors import bare_window

    figures: list[Figure] = []
    runs: list[dict[str, float]] = []
    for _ in range(repeat):
        env = dict(
            os.environ,
            QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            MESODESK_BENCH_T0=repr(time.time()),
        )
        out = subprocess.run(
            [sys.executable, "-m", "mesodesk.bench_probe", url, str(patient_id or 0)],
            capture_output=True,
            text=True,
            env=env,
            timeout=300,
        )
        if out.returncode != 0:
            print(
                f"(GUI probe failed: {out.stderr.strip().splitlines()[-1:] or out.returncode})",
                file=sys.stderr,
            )
            return figures
        runs.append(json.loads(out.stdout.strip().splitlines()[-1]))
    bare = bare_window(url, repeat)
    figures.append(
        Figure(
            "start to an interactive window (sign-in)",
            statistics.median(r["startup_s"] for r in runs),
            "s",
            0.8,
            f"median of {repeat} fresh processes",
            bare["startup_s"],
            "bare Qt + SQLAlchemy window",
        )
    )
    figures.append(
        Figure(
            "sign-in to the main window shown",
            statistics.median(r["main_window_s"] for r in runs),
            "s",
            None,
            f"median of {repeat}, the password check left out",
        )
    )
    if patient_id:
        figures.append(
            Figure(
                f"open a chart with {n} sessions (GUI)",
                statistics.median(r["chart_ms"] for r in runs),
                "ms",
                150.0,
                f"median of {repeat}",
            )
        )
    figures.append(
        Figure(
            "resident memory with the database open",
            statistics.median(r["rss_mb"] for r in runs),
            "MB",
            150.0,
            f"median of {repeat}",
            bare["rss_mb"],
            "bare Qt + SQLAlchemy window",
        )
    )
    return figures


def _children_cpu() -> float | None:
    try:
        import resource
    except ImportError:  # Windows
        return None
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def check_figures(url: str, repeat: int) -> list[Figure]:
    """`mesodesk check` as the administrator runs it (a fresh process), beside the bare database checks:
    ``--full`` (every signature verified; it records the pages) and then the default, incremental run
    (only what changed since: nothing here), the floor measured between them in each round. Wall time, and
    CPU time beside it (steadier than wall time on a machine other people use)."""
    from mesodesk.bench_floors import postgres_checks, sqlite_checks
    from mesodesk.db.engine import sqlite_path

    def run_check(*extra: str) -> tuple[float, float | None]:
        cpu, start = _children_cpu(), time.perf_counter()
        out = subprocess.run(
            [sys.executable, "-m", "mesodesk", "--db", url, "check", "--no-progress", *extra],
            capture_output=True,
            text=True,
            timeout=3600,
        )
        if out.returncode != 0:
            raise RuntimeError(f"mesodesk check failed: {out.stderr.strip()[-300:]}")
        after = _children_cpu()
        return time.perf_counter() - start, None if cpu is None or after is None else after - cpu

    def run_floor() -> tuple[float, float]:
        cpu = time.process_time()
        seconds = sqlite_checks(path) if path is not None else postgres_checks(url)
        return seconds, time.process_time() - cpu

    path = sqlite_path(url)
    runs: dict[str, list[tuple[float, float | None]]] = {"full": [], "incremental": [], "floor": []}
    for _ in range(repeat):
        runs["full"].append(run_check("--full"))
        runs["incremental"].append(run_check())
        runs["floor"].append(run_floor())
    floor_how = (
        "sqlite3 integrity_check + foreign_key_check"
        if path is not None
        else "a count(*) scan of every table"
    )
    floor = statistics.median(w for w, _ in runs["floor"])
    how = f"median of {repeat} fresh processes"
    figures = [
        Figure(
            "mesodesk check",
            statistics.median(w for w, _ in runs["incremental"]),
            "s",
            2 * floor,
            how + ", nothing changed since --full",
            floor,
            floor_how,
        ),
        Figure(
            "mesodesk check --full",
            statistics.median(w for w, _ in runs["full"]),
            "s",
            None,
            how,
            floor,
            floor_how,
        ),
    ]
    cpu = {key: [c for _, c in rows if c is not None] for key, rows in runs.items()}
    if path is not None and all(len(cpu[k]) == len(runs[k]) for k in ("incremental", "full", "floor")):
        cpu_floor = statistics.median(cpu["floor"])
        for name, key in (
            ("mesodesk check, CPU time", "incremental"),
            ("mesodesk check --full, CPU time", "full"),
        ):
            figures.append(
                Figure(
                    name,
                    statistics.median(cpu[key]),
                    "s",
                    2 * cpu_floor if key == "incremental" else None,
                    how,
                    cpu_floor,
                    floor_how + ", CPU time",
                )
            )
    return figures


def add_photos(services: Services, patient_id: int, count: int = 6) -> None:
    """Camera-sized photos (about 12 MP of noise-free gradient, JPEG) marked for printing."""
    import io
    from datetime import date

    from PIL import Image

    for i in range(count):
        image = Image.linear_gradient("L").resize((4000, 3000)).convert("RGB")
        buffer = io.BytesIO()
        image.save(buffer, "JPEG", quality=88)
        services.photos.add(
            patient_id,
            buffer.getvalue(),
            f"photo{i}.jpg",
            "before" if i % 2 == 0 else "after",
            "full_face",
            date.today(),
            include_in_print=True,
        )


def pdf_figure(services: Services, patient_id: int, repeat: int, n: int) -> Figure:
    import io

    from mesodesk.reports.patient_summary import build_patient_summary
    from mesodesk.services.reporting import ReportingService

    reporting = ReportingService(services.ctx)

    def build() -> None:
        build_patient_summary(reporting.patient_summary(patient_id), io.BytesIO())

    from mesodesk.bench_floors import reportlab_table

    times = timed(build, repeat)
    return Figure(
        f"patient summary PDF, {n} sessions + 6 photos",
        statistics.median(times) / 1000,
        "s",
        1.5,
        f"median of {repeat}",
        reportlab_table(2000, repeat),
        "a 2,000-row ReportLab table",
    )


@contextmanager
def bench_database(args: argparse.Namespace, folder: Path) -> Iterator[str]:
    """The URL to measure: an existing database (--db), a fresh one on a PostgreSQL server (--url), else a
    fresh SQLite file in ``folder``. A fresh PostgreSQL database is dropped afterwards unless --keep."""
    if args.db:
        yield args.db if "://" in args.db else f"sqlite:///{Path(args.db).resolve()}"
        return
    if not args.url:
        yield f"sqlite:///{folder / f'bench-{args.patients}.sqlite3'}"
        return
    import uuid

    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"mesodesk_bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(args.url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {name}"))
    try:
        yield make_url(args.url).set(database=name).render_as_string(hide_password=False)
    finally:
        if not args.keep:
            with admin.connect() as conn:
                conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        admin.dispose()


def measure(url: str, args: argparse.Namespace, *, fresh: bool, gui: bool = True) -> list[Figure]:
    """Every figure on one database, printed as it is measured."""
    repeat = 3 if args.smoke else 7
    figures: list[Figure] = []

    def add(fig: Figure) -> None:
        figures.append(fig)
        print(fig.line(), flush=True)

    if fresh:
        add(build(url, args.patients))

    from mesodesk.services import Services
    from mesodesk.services.context import ServiceContext
    from mesodesk.storage.database import open_database

    engine = open_database(url)
    services = Services(ServiceContext(engine))
    add(search_keystrokes(services, 20 if args.smoke else 60))
    n = 40 if args.smoke else 200
    patient_id = heavy_patient(services, n)
    add(chart_figure(services, patient_id, repeat, n))
    add_outcomes(services, patient_id)
    add(outcomes_tab_figure(services, patient_id, repeat, n, gui))
    add(outcomes_report_figure(services, repeat))
    if gui:
        add_photos(services, patient_id)
        add(pdf_figure(services, patient_id, repeat, n))
    engine.dispose()
    if gui:
        for fig in gui_probe(url, patient_id, repeat, n):
            add(fig)
    for fig in check_figures(url, 3):
        add(fig)
    return figures


def growth(args: argparse.Namespace, folder: Path) -> int:
    """Build clinics of growing size and print the Markdown table of docs/performance.md."""
    sizes = [int(x) for x in args.growth.split(",")]
    backend = "PostgreSQL" if args.url else "SQLite"
    rows = []
    for size in sizes:
        args.patients = size
        print(f"-- {size:,} patients on {backend}", flush=True)
        with bench_database(args, folder) as url:
            figures = {f.name.split(" (")[0]: f for f in measure(url, args, fresh=True, gui=False)}
            if not args.url and not args.keep:
                path = folder / f"bench-{size}.sqlite3"
                for leftover in folder.glob(f"{path.name}*"):
                    leftover.unlink()
        rows.append((size, figures))
    print()
    print(f"| patients ({backend}) | build s | search p95 ms (floor) | chart ms (floor) | check s (floor) |")
    print("| ---: | ---: | ---: | ---: | ---: |")
    for size, f in rows:
        build_fig = next(v for k, v in f.items() if k.startswith("build"))
        search = f["search keystroke to updated patient list"]
        chart = next(v for k, v in f.items() if k.startswith("open a chart"))
        check = f["mesodesk check"]
        print(
            f"| {size:,} | {build_fig.value:.1f} | {search.value:.2f} ({search.floor:.2f}) "
            f"| {chart.value:.1f} ({chart.floor:.1f}) | {check.value:.1f} ({check.floor:.1f}) |"
        )
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m mesodesk.bench",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--patients", type=int, default=100_000)
    parser.add_argument("--smoke", action="store_true", help="small clinic, few repeats (CI)")
    parser.add_argument("--db", help="an existing benchmark database, path or URL (skips the build)")
    parser.add_argument(
        "--url", help="a PostgreSQL server URL: the clinic is built in a fresh database there"
    )
    parser.add_argument("--keep", action="store_true", help="keep the generated database")
    parser.add_argument(
        "--growth", metavar="SIZES", help="comma-separated clinic sizes: print the growth table"
    )
    parser.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    parser.add_argument(
        "--check-only",
        action="store_true",
        help="with --db: only the `mesodesk check` figures (full, incremental, floor; 3 rounds)",
    )
    args = parser.parse_args(argv)
    if args.check_only and not args.db:
        parser.error("--check-only measures an existing clinic: give it with --db")
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.smoke:
        args.patients = min(args.patients, 1500)
    folder = Path(tempfile.mkdtemp(prefix="mesodesk-bench-"))
    try:
        if args.growth:
            return growth(args, folder)
        with bench_database(args, folder) as url:
            if args.check_only:
                figures = check_figures(url, 3)
                for fig in figures:
                    print(fig.line(), flush=True)
            else:
                figures = measure(url, args, fresh=not args.db)
            if args.keep or args.db:
                print(f"database: {url}")
    finally:
        if not args.keep:
            import shutil

            shutil.rmtree(folder, ignore_errors=True)
    if args.json:
        Path(args.json).write_text(json.dumps([f.as_dict() for f in figures], indent=2), encoding="utf-8")
    over = [f for f in figures if f.ratio is not None and f.ratio > 1]
    if args.smoke:
        print(f"bench smoke: {len(figures)} figures measured")
        return 0
    print(f"{len(figures) - len(over)} of {len(figures)} figures within budget")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
