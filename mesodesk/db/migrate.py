"""Schema versioning through the Alembic migrations shipped in this package.

Alembic itself is imported only when a migration must run: at every start the schema version is
read with one query and compared with the revisions found in ``migrations/versions``.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text
from sqlalchemy.engine import Engine

from mesodesk.domain.errors import DatabaseError

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy.sql.schema import SchemaItem

_HERE = Path(__file__).resolve().parent
_VERSIONS = _HERE / "migrations" / "versions"
_REVISION_RE = re.compile(r"^revision\s*=\s*['\"]([^'\"]+)['\"]", re.M)
_DOWN_RE = re.compile(r"^down_revision\s*=\s*(?:None|['\"]([^'\"]+)['\"])", re.M)

#: Objects made by hand-written migration SQL that the models do not describe.
UNMODELLED = ("patients_fts", "ix_patients_search_tsv")


def include_object(
    obj: SchemaItem, name: str | None, type_: str, reflected: bool, compare_to: SchemaItem | None
) -> bool:
    """Leave the search index (FTS5 table, tsvector index) out of model comparisons."""
    return not (name or "").startswith(UNMODELLED)


def alembic_config(engine: Engine | None = None) -> Config:
    from alembic.config import Config

    cfg = Config(str(_HERE / "alembic.ini"))
    cfg.set_main_option("script_location", str(_HERE / "migrations"))
    if engine is not None:
        cfg.set_main_option(
            "sqlalchemy.url", engine.url.render_as_string(hide_password=False).replace("%", "%%")
        )
    return cfg


@cache
def _revision_graph() -> dict[str, str | None]:
    """revision -> down_revision, read from the migration files without importing Alembic."""
    graph: dict[str, str | None] = {}
    for path in _VERSIONS.glob("*.py"):
        source = path.read_text(encoding="utf-8")
        rev, down = _REVISION_RE.search(source), _DOWN_RE.search(source)
        if rev and down:
            graph[rev.group(1)] = down.group(1)
    return graph


def known_revisions() -> set[str]:
    return set(_revision_graph())


def head_revision() -> str:
    graph = _revision_graph()
    heads = set(graph) - {down for down in graph.values() if down}
    if len(heads) != 1:
        raise RuntimeError(f"the migrations have {len(heads)} heads: {sorted(heads)}")
    return heads.pop()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def schema_state(engine: Engine) -> str:
    """'empty', 'current', 'behind', or raises DatabaseError for a foreign or newer database."""
    with engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        revision = (
            conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
            if "alembic_version" in tables
            else None
        )
    if not tables:
        return "empty"
    if revision is None:
        raise DatabaseError(
            "This database was not made by MesoDesk (it has tables but no MesoDesk schema version)."
        )
    if revision not in known_revisions():
        raise DatabaseError(
            "This database was made by a newer version of MesoDesk (schema {revision}); please update MesoDesk to open it.",
            revision=revision,
        )
    return "current" if revision == head_revision() else "behind"


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    cfg = alembic_config(engine)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def downgrade(engine: Engine, revision: str = "base") -> None:
    from alembic import command

    cfg = alembic_config(engine)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, revision)
