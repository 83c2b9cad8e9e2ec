"""Without MESODESK_TEST_PG_URL every PostgreSQL test skips (one guard in conftest), none errors."""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# the files whose PostgreSQL tests errored before the guard (create_engine("") in _pg_template)
PG_FILES = [
    "tests/services/test_backup.py",
    "tests/services/test_concurrency.py",
    "tests/interop/test_shared_postgres.py",
]


def test_postgres_tests_skip_without_a_server(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "MESODESK_TEST_PG_URL"}
    report = tmp_path / "junit.xml"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "-m",
            "postgres",
            f"--junitxml={report}",
            *PG_FILES,
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    suite = ET.parse(report).getroot().find("testsuite")
    assert suite is not None
    tests, skipped = int(suite.get("tests", 0)), int(suite.get("skipped", 0))
    assert int(suite.get("errors", 0)) == 0 and int(suite.get("failures", 0)) == 0
    assert tests >= 3 and skipped == tests, done.stdout[-3000:]
    reasons = {case.find("skipped").get("message", "") for case in suite.iter("testcase")}  # type: ignore[union-attr]
    assert reasons == {"no PostgreSQL server (set MESODESK_TEST_PG_URL)"}
