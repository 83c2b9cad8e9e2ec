"""The command line: demo, check, version, and one-line errors instead of tracebacks."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest


def run(*args: str, env_db: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "mesodesk", *args], capture_output=True, text=True, timeout=300
    )


def test_version_and_help():
    out = run("--version")
    assert out.returncode == 0 and "MesoDesk" in out.stdout
    for command in ("demo", "check", "migrate"):
        helped = run(command, "--help")
        assert helped.returncode == 0 and "usage: mesodesk" in helped.stdout


def test_demo_then_check(db_url):
    made = run("--db", db_url, "demo", "--patients", "120", "--seed", "7")
    assert made.returncode == 0, made.stderr
    assert "120 patients" in made.stdout
    checked = run("--db", db_url, "check")
    assert checked.returncode == 0, checked.stderr
    assert "OK" in checked.stdout
    again = run("--db", db_url, "demo", "--patients", "5")
    assert again.returncode == 2
    assert "already holds 120 patients" in again.stderr
    assert "Traceback" not in again.stderr


def test_check_reports_a_broken_database_in_one_line(tmp_path):
    path = tmp_path / "c.sqlite3"
    assert run("--db", str(path), "demo", "--patients", "30").returncode == 0
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys=OFF")
    conn.execute(
        "INSERT INTO allergies (patient_id, substance, reaction, severity, created_at) "
        "VALUES (424242, 'x', '', 'mild', '2024-01-01 00:00:00')"
    )
    conn.commit()
    conn.close()
    out = run("--db", str(path), "check")
    assert out.returncode == 1
    assert "broken foreign keys" in out.stderr
    assert "Traceback" not in out.stderr


@pytest.mark.parametrize("content", [b"", b"hello world, I am not a database" * 100])
def test_not_a_database_is_one_line_and_untouched(tmp_path, content):
    path = tmp_path / "x.sqlite3"
    path.write_bytes(content)
    out = run("--db", str(path), "check")
    assert out.returncode != 0
    assert "Traceback" not in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1
    assert path.read_bytes() == content


def test_unreachable_server_is_one_line():
    out = run("--db", "postgresql+psycopg://nobody@127.0.0.1:1/none?connect_timeout=2", "check")
    assert out.returncode == 2
    assert "Cannot open the database" in out.stderr
    assert "Traceback" not in out.stderr
