"""Migrations: upgrade from empty, downgrade to base, no drift, refusal of foreign or newer databases."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import inspect, text

from mesodesk.db import migrate
from mesodesk.db.engine import make_engine
from mesodesk.domain.errors import DatabaseError
from mesodesk.services.database import check, open_database, schema_drift


def test_upgrade_from_empty_then_downgrade_to_base(db_url):
    engine = make_engine(db_url)
    assert migrate.schema_state(engine) == "empty"
    migrate.upgrade(engine)
    assert migrate.schema_state(engine) == "current"
    assert migrate.current_revision(engine) == migrate.head_revision()
    assert schema_drift(engine) == []
    assert check(engine) == []
    migrate.downgrade(engine, "base")
    with engine.connect() as conn:
        leftover = set(inspect(conn).get_table_names()) - {"alembic_version"}
    assert leftover == set()
    migrate.upgrade(engine)
    assert migrate.schema_state(engine) == "current"
    engine.dispose()


def test_sqlite_pragmas(sqlite_engine):
    with sqlite_engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000


def test_database_constraints_hold_without_the_services(engine):
    """CHECK and FOREIGN KEY constraints live in the database, not only in Python."""
    from sqlalchemy.exc import IntegrityError

    bad = [
        "INSERT INTO patients (file_no, first_name, last_name, date_of_birth, sex, phone, phone_digits, email, "
        "address, contraindications, notes, search_text, archived, created_at, updated_at, version) VALUES "
        "('X1', 'a', '', '1980-01-01', 'F', '', '', '', '', '', '', '', false, CURRENT_TIMESTAMP, "
        "CURRENT_TIMESTAMP, 1)",
        "INSERT INTO patients (file_no, first_name, last_name, date_of_birth, sex, phone, phone_digits, email, "
        "address, contraindications, notes, search_text, archived, created_at, updated_at, version) VALUES "
        "('X2', 'a', 'b', '1980-01-01', 'Z', '', '', '', '', '', '', '', false, CURRENT_TIMESTAMP, "
        "CURRENT_TIMESTAMP, 1)",
        "INSERT INTO allergies (patient_id, substance, reaction, severity, created_at) VALUES "
        "(999, 'x', '', 'mild', CURRENT_TIMESTAMP)",
        "INSERT INTO session_areas (session_id, area, technique, device, depth_mm, injection_points, volume_ml, "
        "position) VALUES (1, 'neck', 'papules', 'syringe', 20, 1, 1, 0)",
    ]
    for statement in bad:
        with pytest.raises(IntegrityError), engine.begin() as conn:
            conn.execute(text(statement))


def test_file_that_is_not_a_database_is_refused_untouched(tmp_path):
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"these are my notes, not a database\n" * 10)
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match="not a MesoDesk database"):
        open_database(str(path))
    assert path.read_bytes() == before


def test_foreign_sqlite_database_is_refused_untouched(tmp_path):
    path = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match="not made by MesoDesk"):
        open_database(str(path))
    assert path.read_bytes() == before


def test_newer_database_is_refused(tmp_path):
    url = f"sqlite:///{tmp_path / 'new.sqlite3'}"
    engine = open_database(url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    engine.dispose()
    with pytest.raises(DatabaseError, match="newer version of MesoDesk"):
        open_database(url)


def test_unreachable_postgresql_is_a_clear_error():
    with pytest.raises(DatabaseError, match="Cannot open the database"):
        open_database("postgresql+psycopg://nobody@127.0.0.1:1/none?connect_timeout=2")


def test_revision_graph_read_without_alembic_matches_alembic():
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrate.alembic_config())
    assert migrate.head_revision() == script.get_current_head()
    assert migrate.known_revisions() == {rev.revision for rev in script.walk_revisions()}
