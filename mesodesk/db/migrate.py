"""Schema versioning through the Alembic migrations shipped in this package."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect
from sqlalchemy.engine import Engine

from mesodesk.domain.errors import DatabaseError

_HERE = Path(__file__).resolve().parent

#: Objects made by hand-written migration SQL that the models do not describe.
UNMODELLED = ("patients_fts", "ix_patients_search_tsv")


def include_object(obj, name, type_, reflected, compare_to) -> bool:  # type: ignore[no-untyped-def]
    """Leave the search index (FTS5 table, tsvector index) out of model comparisons."""
    return not (name or "").startswith(UNMODELLED)


def alembic_config(engine: Engine | None = None) -> Config:
    cfg = Config(str(_HERE / "alembic.ini"))
    cfg.set_main_option("script_location", str(_HERE / "migrations"))
    if engine is not None:
        cfg.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False).replace("%", "%%"))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def schema_state(engine: Engine) -> str:
    """'empty', 'current', 'behind', or raises DatabaseError for a foreign or newer database."""
    with engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        revision = MigrationContext.configure(conn).get_current_revision()
    if not tables:
        return "empty"
    if revision is None:
        raise DatabaseError("This database was not made by MesoDesk (it has tables but no MesoDesk schema version).")
    script = ScriptDirectory.from_config(alembic_config())
    if revision not in known_revisions():
        raise DatabaseError(
            f"This database was made by a newer version of MesoDesk (schema {revision}); "
            "please update MesoDesk to open it."
        )
    return "current" if revision == script.get_current_head() else "behind"


def upgrade(engine: Engine, revision: str = "head") -> None:
    cfg = alembic_config(engine)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def downgrade(engine: Engine, revision: str = "base") -> None:
    cfg = alembic_config(engine)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, revision)
