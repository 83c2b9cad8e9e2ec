"""trust: ids never reused, file numbers from a counter, sign-in lockout, the audit key's clinic, seals

- ``id_counters``: the highest id ever given per table (and the last file number); the application takes
  the next id from it, and a trigger per table (SQLite) raises it when a row is deleted, so an erased
  patient's id (and every id of their records) is never given again. PostgreSQL sequences never reuse ids.
- ``users.locked_until`` and the clinic's ``lockout_threshold`` / ``lockout_minutes``; failed sign-ins
  with user names that do not exist are counted in ``sign_in_failures`` (slowed down and locked out alike).
- ``trust_state``: the clinic's id (naming its audit key, kept outside the database) and the last audit
  entry made before the chain was keyed; ``audit_secret`` holds the key on PostgreSQL only (server side,
  readable by the database owner alone).
- ``seals``: for each signed session, consent and photo an HMAC with the clinic's key over what was signed
  (a table of its own: the photos table keeps its image bytes last, the session table stays as it is).

Revision ID: 0010_trust
Revises: 0030_interop
"""

import sqlalchemy as sa
from alembic import op

from mesodesk.db.base import UTCDateTime

revision = "0010_trust"
down_revision = "0030_interop"
branch_labels = None
depends_on = None


def _id_tables(bind: sa.engine.Connection) -> list[str]:
    inspector = sa.inspect(bind)
    found = []
    for name in inspector.get_table_names():
        if name in ("alembic_version", "id_counters", "audit_entries") or name.startswith("patients_fts"):
            continue
        pk = inspector.get_pk_constraint(name).get("constrained_columns") or []
        if pk == ["id"]:
            found.append(name)
    return sorted(found)


def upgrade() -> None:
    bind = op.get_bind()
    tables = _id_tables(bind)
    op.create_table(
        "id_counters",
        sa.Column("name", sa.String(60), nullable=False),
        sa.Column("value", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_id_counters")),
    )
    for table in tables:
        op.execute(
            f"INSERT INTO id_counters (name, value) SELECT '{table}', coalesce(max(id), 0) FROM {table}"
        )
    op.execute("INSERT INTO id_counters (name, value) VALUES ('file_no', 0)")
    if bind.dialect.name == "sqlite":
        for table in tables:
            op.execute(
                f"CREATE TRIGGER {table}_id_high_water AFTER DELETE ON {table} BEGIN "
                f"UPDATE id_counters SET value = max(value, OLD.id) WHERE name = '{table}'; END"
            )
    with op.batch_alter_table("users") as batch:
        batch.add_column(sa.Column("locked_until", UTCDateTime(), nullable=True))
    op.create_table(
        "sign_in_failures",
        sa.Column("username", sa.String(80), nullable=False),
        sa.Column("failed_attempts", sa.Integer(), nullable=False),
        sa.Column("last_failed_at", UTCDateTime(), nullable=True),
        sa.Column("locked_until", UTCDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("username", name=op.f("pk_sign_in_failures")),
    )
    with op.batch_alter_table("clinic_settings") as batch:
        batch.add_column(sa.Column("lockout_threshold", sa.Integer(), nullable=False, server_default="5"))
        batch.add_column(sa.Column("lockout_minutes", sa.Integer(), nullable=False, server_default="15"))
    op.create_table(
        "trust_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("clinic_id", sa.String(36), nullable=False),
        sa.Column("legacy_last_audit_id", sa.Integer(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_trust_state_single_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trust_state")),
    )
    op.create_table(
        "audit_secret",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("secret", sa.String(128), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_audit_secret_single_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_secret")),
    )
    if bind.dialect.name == "postgresql":
        op.execute("REVOKE ALL ON audit_secret FROM PUBLIC")
    op.create_table(
        "seals",
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("seal", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("kind", "record_id", name=op.f("pk_seals")),
    )


def downgrade() -> None:
    bind = op.get_bind()
    op.drop_table("seals")
    op.drop_table("audit_secret")
    op.drop_table("trust_state")
    # ALTER TABLE … DROP COLUMN (SQLite 3.35+): a batch copy of users would DROP the table under foreign keys
    op.execute("ALTER TABLE clinic_settings DROP COLUMN lockout_minutes")
    op.execute("ALTER TABLE clinic_settings DROP COLUMN lockout_threshold")
    op.execute("ALTER TABLE users DROP COLUMN locked_until")
    op.drop_table("sign_in_failures")
    if bind.dialect.name == "sqlite":
        for table in _id_tables(bind):
            op.execute(f"DROP TRIGGER IF EXISTS {table}_id_high_water")
    op.drop_table("id_counters")
