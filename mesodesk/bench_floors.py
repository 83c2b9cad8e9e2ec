"""The floors of the benchmark: the same work done by the bare tools, measured in the same run.

Each budget of DESIGN.md is printed beside a floor: what the work costs with nothing of MesoDesk in the
way (a bare Qt window, the raw SQL that a service issues replayed on the DBAPI connection, a plain
ReportLab table, raw inserts, the sqlite3 integrity checks). The ratio to the floor says how much
MesoDesk itself adds, which a budget alone cannot.
"""

from __future__ import annotations

import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Engine

Statement = tuple[str, Any]

_BARE_WINDOW = r"""
import json, os, sys, time
t0 = float(os.environ["MESODESK_BENCH_T0"])
import sqlalchemy
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
engine = sqlalchemy.create_engine(sys.argv[1])
with engine.connect() as conn:
    conn.exec_driver_sql("SELECT 1")
app = QApplication([])
window = QMainWindow()
window.setCentralWidget(QLabel("MesoDesk"))
window.resize(1200, 800)
window.show()
app.processEvents()
ready = time.time()
rss = 0.0
with open("/proc/self/status", encoding="ascii") as fh:
    for line in fh:
        if line.startswith("VmRSS:"):
            rss = int(line.split()[1]) / 1024
print(json.dumps({"startup_s": ready - t0, "rss_mb": rss}))
"""


def bare_window(url: str, repeat: int) -> dict[str, float]:
    """Median start-up and memory of a bare Qt + SQLAlchemy window in fresh processes."""
    runs = []
    for _ in range(repeat):
        env = dict(os.environ, MESODESK_BENCH_T0=repr(time.time()))
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        out = subprocess.run(
            [sys.executable, "-c", _BARE_WINDOW, url],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
            check=True,
        )
        runs.append(json.loads(out.stdout.strip().splitlines()[-1]))
    return {
        "startup_s": statistics.median(r["startup_s"] for r in runs),
        "rss_mb": statistics.median(r["rss_mb"] for r in runs),
    }


@contextmanager
def captured_sql(engine: Engine) -> Iterator[list[Statement]]:
    """Record every statement (with its parameters) that the engine sends while the block runs."""
    statements: list[Statement] = []

    def before(
        conn: Any, cursor: Any, statement: str, parameters: Any, context: Any, executemany: bool
    ) -> None:
        if not executemany and statement.lstrip().upper().startswith(("SELECT", "WITH")):
            statements.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", before)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", before)


def replay(engine: Engine, statements: list[Statement], repeat: int) -> list[float]:
    """Milliseconds to run the captured statements on the raw DBAPI connection, rows fetched."""
    times = []
    raw = engine.raw_connection()
    try:
        for _ in range(repeat):
            cursor = raw.cursor()
            start = time.perf_counter()
            for statement, parameters in statements:
                cursor.execute(statement, parameters)
                cursor.fetchall()
            times.append((time.perf_counter() - start) * 1000)
            cursor.close()
            raw.rollback()
    finally:
        raw.close()
    return times


def reportlab_table(rows: int = 2000, repeat: int = 3) -> float:
    """Median seconds for a plain ReportLab table of ``rows`` rows (the PDF floor)."""
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import LongTable, SimpleDocTemplate

    data = [
        [f"2026-01-{i % 28 + 1:02d}", "Full face", "2.0 mm", "40 points", f"Lot A{i:05d}"]
        for i in range(rows)
    ]

    def build() -> None:
        doc = SimpleDocTemplate(io.BytesIO(), pagesize=A4)
        doc.build([LongTable(data, repeatRows=0)])

    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        build()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def raw_inserts(patients: int) -> float:
    """Seconds to insert ``patients`` patient rows and their FTS5 index in a bare SQLite file."""
    folder = Path(tempfile.mkdtemp(prefix="mesodesk-floor-"))
    path = folder / "floor.sqlite3"
    conn = sqlite3.connect(path)
    try:
        conn.executescript(
            "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
            "CREATE TABLE patients (id INTEGER PRIMARY KEY, file_no TEXT UNIQUE, first_name TEXT,"
            " last_name TEXT, date_of_birth TEXT, phone TEXT, search_text TEXT);"
            "CREATE VIRTUAL TABLE patients_fts USING fts5(search_text, content='patients',"
            " content_rowid='id');"
        )
        rows = (
            (
                i,
                f"P{i:07d}",
                f"First{i % 997}",
                f"Last{i % 7919}",
                f"19{50 + i % 50}-0{i % 9 + 1}-1{i % 9}",
                f"+33 6 {i:08d}",
                f"first{i % 997} last{i % 7919} p{i:07d}",
            )
            for i in range(1, patients + 1)
        )
        start = time.perf_counter()
        with conn:
            conn.executemany("INSERT INTO patients VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
            conn.execute("INSERT INTO patients_fts(patients_fts) VALUES ('rebuild')")
        return time.perf_counter() - start
    finally:
        conn.close()
        for child in folder.iterdir():
            child.unlink()
        folder.rmdir()


def sqlite_checks(path: Path) -> float:
    """Seconds for the sqlite3 client's integrity_check plus foreign_key_check of the file."""
    start = time.perf_counter()
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        conn.execute("PRAGMA integrity_check").fetchall()
        conn.execute("PRAGMA foreign_key_check").fetchall()
    finally:
        conn.close()
    return time.perf_counter() - start


def postgres_checks(url: str) -> float:
    """Seconds to read every table once on PostgreSQL (its nearest equivalent of integrity_check)."""
    from sqlalchemy import create_engine, inspect

    engine = create_engine(url)
    try:
        start = time.perf_counter()
        with engine.connect() as conn:
            for table in inspect(conn).get_table_names():
                conn.exec_driver_sql(f'SELECT count(*) FROM "{table}"').scalar()
        return time.perf_counter() - start
    finally:
        engine.dispose()
