"""A realistic, deterministic demo clinic, fast enough for 100,000 patients.

Rows are written in bulk (raw executemany on SQLite, Core inserts elsewhere) in chunks, so
memory stays flat; the patient search index is kept in step by its triggers as usual.

The parts: demo_data (fixed material), demo_rows (bulk writing, ids, the catalogue), demo_patients
(one chunk of patients with everything on file), demo_media and demo_outcomes.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import Table, func, select
from sqlalchemy.engine import Engine

from mesodesk.db import models as m
from mesodesk.db.sequences import advance_sequences
from mesodesk.domain.errors import KnownError
from mesodesk.i18n import current_language
from mesodesk.services import audit, signing
from mesodesk.services.context import SYSTEM, ServiceContext
from mesodesk.services.demo_data import (
    BULK_CACHE_KIB,
    PHOTOS_FOR_ALL_UP_TO,
    DemoSummary,
)
from mesodesk.services.demo_outcomes import add_outcomes
from mesodesk.services.demo_patients import (
    write_patients_chunk,
)
from mesodesk.services.demo_rows import (
    DemoCatalogue,
    IdBlocks,
    NativeValues,
    Rows,
    RowWriter,
    load_catalogue,
    write_catalogue,
)
from mesodesk.storage import trust

if TYPE_CHECKING:
    from multiprocessing.queues import Queue

Progress = Callable[[int, int, str], None]


def build_demo(
    engine: Engine,
    *,
    patients: int = 2000,
    seed: int = 1,
    add: bool = False,
    today: date | None = None,
    progress: Progress | None = None,
    chunk: int = 2000,
    parallel: bool | None = None,
) -> DemoSummary:
    """Fill the database with a demo clinic; refuses a database with records unless ``add``.

    Large clinics are generated in a second process while this one writes (``parallel``, on by
    default from 20,000 patients); the result is the same either way for the same seed.
    """
    today = today or date.today()
    now = datetime.now(UTC)
    progress = progress or (lambda done, total, what: None)
    with engine.begin() as conn:
        existing = conn.scalar(select(func.count(m.Patient.id))) or 0
        if existing and not add:
            raise KnownError(
                "This database already holds {existing} patients; the demo clinic was not added (use --add to add demo patients anyway).",
                existing=existing,
            )
        if not conn.scalar(select(func.count(m.User.id))):
            write_catalogue(conn, random.Random(seed), today, now)
    with engine.connect() as conn:
        plan = _Plan(
            ids=IdBlocks(conn),
            catalogue=load_catalogue(conn),
            prefix="",
            practitioners=[],
            seed=seed,
            patients=patients,
            chunk=chunk,
            today=today,
            now=now,
            sqlite=engine.dialect.name == "sqlite",
            language=current_language(),
        )
        plan.practitioners = list(
            conn.scalars(
                select(m.User.id).where(m.User.role != "assistant").where(m.User.username != "admin")
            )
        )
        if not plan.practitioners and plan.catalogue.admin_id is not None:
            plan.practitioners = [plan.catalogue.admin_id]
        if not plan.practitioners:  # nobody to record the sessions (they need a practitioner)
            raise KnownError("The demo needs the demo catalogue; use a new database.")
        plan.prefix = conn.scalar(select(m.ClinicSettings.file_no_prefix)) or "MD-"
    if parallel is None:
        parallel = patients >= 20_000 and not getattr(sys, "frozen", False)
    chunks = _chunks_in_subprocess(plan) if parallel else _chunks(plan)
    totals = DemoSummary(0, 0, 0, 0)
    # One transaction per chunk keeps the write-ahead log small; a build that is interrupted
    # leaves whole chunks of patients, each with all its records.
    for done, batches, counts in chunks:
        with engine.connect() as conn:
            raw = conn.connection.driver_connection if plan.sqlite else None
            if raw is not None:
                # The generator's ids are consistent by construction (and `mesodesk check` verifies
                # them), so SQLite is spared a foreign-key lookup per row; index pages stay cached.
                raw.execute("PRAGMA foreign_keys = OFF")
                raw.execute(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
            try:
                with conn.begin():
                    writer = RowWriter(conn)
                    for table_name, columns, rows in batches:
                        writer.insert(m.Base.metadata.tables[table_name], columns, rows)
            finally:
                if raw is not None:
                    raw.execute("PRAGMA foreign_keys = ON")
        for name, value in vars(counts).items():
            setattr(totals, name, getattr(totals, name) + value)
        progress(done, patients, "patients")
    with engine.begin() as conn:
        advance_sequences(conn)  # the generator chose the ids; the next patient gets a new one
    add_outcomes(engine, seed=seed, today=today)  # assessments and measurements (services/demo_outcomes.py)
    ctx = ServiceContext(engine, SYSTEM)
    with ctx.write() as s:
        key = trust.clinic_key(s.connection(), create=True)  # the generated signed records get their seals
        if key is not None and signing.seal_unsealed(s.connection(), key):
            s.info["mesodesk_sealed"] = True
        audit.record(
            s,
            ctx,
            "demo",
            None,
            "generate",
            None,
            {"patients": totals.patients, "sessions": totals.sessions, "seed": seed},
        )
    if plan.sqlite:
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA optimize")
        engine.dispose()  # pooled connections drop the bulk-load cache size
    return totals


@dataclass
class _Plan:
    """Everything the generator needs: plain data, so it can travel to a second process."""

    ids: IdBlocks
    catalogue: DemoCatalogue
    prefix: str
    practitioners: list[int]
    seed: int
    patients: int
    chunk: int
    today: date
    now: datetime
    sqlite: bool
    language: str = "en"  # the demo's texts are written in it (a second process does not inherit it)


Batch = tuple[str, tuple[str, ...], Rows]


class _Collector:
    """Stands in for the writer in the generator: keeps each table's rows for the writer."""

    def __init__(self) -> None:
        self.batches: list[Batch] = []

    def insert(self, table: Table, columns: Sequence[str], rows: Rows) -> None:
        if rows:
            self.batches.append((str(table.name), tuple(columns), rows))


def _chunks(plan: _Plan) -> Iterator[tuple[int, list[Batch], DemoSummary]]:
    """(patients done so far, the chunk's rows per table, the chunk's counts), chunk after chunk."""
    rng = random.Random(f"{plan.seed}:patients")
    native = NativeValues(plan.sqlite)
    for start in range(0, plan.patients, plan.chunk):
        count = min(plan.chunk, plan.patients - start)
        collector, counts = _Collector(), DemoSummary(0, 0, 0, 0)
        write_patients_chunk(
            collector,
            native,
            plan.ids,
            rng,
            plan.catalogue,
            plan.practitioners,
            plan.prefix,
            count,
            plan.today,
            plan.now,
            counts,
            plan.patients <= PHOTOS_FOR_ALL_UP_TO,
        )
        yield start + count, collector.batches, counts


def _generate_into(queue: Queue[tuple[str, object]], plan: _Plan) -> None:
    """The second process: generate every chunk into the queue (bounded, so memory stays flat)."""
    import marshal

    from mesodesk.i18n import set_language

    set_language(plan.language)
    try:
        for done, batches, counts in _chunks(plan):
            # marshal: several times faster than pickle for rows of plain values (SQLite's native form)
            payload = marshal.dumps(batches) if plan.sqlite else batches
            queue.put(("chunk", (done, payload, counts)))
        queue.put(("done", None))
    except BaseException as exc:  # reported to the writing process
        queue.put(("error", f"{type(exc).__name__}: {exc}"))


def _chunks_in_subprocess(plan: _Plan) -> Iterator[tuple[int, list[Batch], DemoSummary]]:
    import marshal
    import multiprocessing
    import queue as queue_module

    context = multiprocessing.get_context("spawn")
    queue = context.Queue(maxsize=3)
    process = context.Process(target=_generate_into, args=(queue, plan), daemon=True)
    process.start()
    try:
        while True:
            try:
                kind, item = queue.get(timeout=5)
            except queue_module.Empty:
                if not process.is_alive():
                    raise KnownError("The demo generator stopped unexpectedly.") from None
                continue
            if kind == "done":
                return
            if kind == "error":
                raise KnownError("The demo generator failed: {item}", item=item)
            done, payload, counts = item
            yield done, marshal.loads(payload) if plan.sqlite else payload, counts
    finally:
        if process.is_alive():
            process.terminate()
        process.join(timeout=10)
