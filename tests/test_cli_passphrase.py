"""The CLI on an encrypted clinic (issue 13 item 9): "not an SQLite file" was all it said.

Without $MESODESK_PASSPHRASE the command says the file is encrypted and how to give the passphrase;
on a terminal it asks for it (no echo), and a wrong one is asked again, three times at most.
"""

from __future__ import annotations

import os
import pty
import select
import subprocess
import sys
import time

import pytest

pytest.importorskip("sqlcipher3", reason="SQLCipher (the 'encryption' extra) is not installed")

from mesodesk.storage.database import open_database  # noqa: E402

SECRET = "cinnamon lanterns 42"


@pytest.fixture
def encrypted_db(tmp_path):  # type: ignore[no-untyped-def]
    db = tmp_path / "clinic.sqlite3"
    open_database(str(db), passphrase=SECRET).dispose()
    return db


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "MESODESK_PASSPHRASE"}
    env["PYTHONUNBUFFERED"] = "1"
    return env


def test_without_a_terminal_the_message_says_it_is_encrypted_and_what_to_do(encrypted_db) -> None:  # type: ignore[no-untyped-def]
    run = subprocess.run(
        [sys.executable, "-m", "mesodesk", "--db", str(encrypted_db), "check"],
        capture_output=True,
        text=True,
        env=_env(),
        stdin=subprocess.DEVNULL,
        timeout=120,
    )
    assert run.returncode == 2
    assert "encrypted" in run.stderr and "MESODESK_PASSPHRASE" in run.stderr
    assert "not an SQLite file" not in run.stderr


def _converse(argv: list[str], answers: list[str], timeout: float = 60) -> tuple[int, str]:
    """Run ``argv`` on a pseudo-terminal; type each answer when a passphrase prompt appears."""
    pid, fd = pty.fork()
    if pid == 0:  # the child: the pty is its controlling terminal, so getpass reads from it
        os.execve(sys.executable, [sys.executable, *argv], _env())
    seen = b""
    pending = list(answers)
    answered = 0
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.5)
        if not ready:
            continue
        try:
            chunk = os.read(fd, 4096)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        seen += chunk
        asked = seen.count(b"Passphrase of the encrypted database")
        if pending and asked > answered and seen.rstrip().endswith(b":"):
            os.write(fd, pending.pop(0).encode() + b"\n")
            answered += 1
    else:
        os.kill(pid, 9)  # still waiting for input: fail with what it showed, do not hang the suite
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status), seen.decode(errors="replace")


def test_on_a_terminal_the_passphrase_is_asked_and_opens_the_clinic(encrypted_db) -> None:  # type: ignore[no-untyped-def]
    code, out = _converse(["-m", "mesodesk", "--db", str(encrypted_db), "check"], ["wrong one", SECRET])
    assert out.count("Passphrase of the encrypted database clinic.sqlite3") == 2, out
    assert "The passphrase is wrong" in out
    assert "mesodesk check: OK" in out, out
    assert SECRET not in out  # not echoed
    assert code == 0


def test_three_wrong_passphrases_end_with_the_message(encrypted_db) -> None:  # type: ignore[no-untyped-def]
    code, out = _converse(["-m", "mesodesk", "--db", str(encrypted_db), "check"], ["a", "b", "c"])
    assert out.count("Passphrase of the encrypted database") == 3, out
    assert code == 2 and "The passphrase is wrong" in out
