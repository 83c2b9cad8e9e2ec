"""audit trail append-only: the database refuses to change or delete an audit entry

The one change allowed is the erasure redaction: ``redacted`` set true and ``before_json`` /
``after_json`` set NULL, every other column unchanged (so the hash chain still verifies).

Revision ID: 0002
Revises: 0001
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

#: Columns a redaction must leave exactly as they were.
KEPT = (
    "id",
    "at",
    "user_id",
    "username",
    "entity",
    "entity_id",
    "action",
    "payload_hash",
    "prev_hash",
    "entry_hash",
)

_SQLITE_KEPT = " AND ".join(f"NEW.{c} IS OLD.{c}" for c in KEPT)
_PG_KEPT = " AND ".join(f"NEW.{c} IS NOT DISTINCT FROM OLD.{c}" for c in KEPT)

SQLITE_TRIGGERS = {
    "audit_entries_no_delete": (
        "BEFORE DELETE ON audit_entries BEGIN "
        "SELECT RAISE(ABORT, 'audit entries are append-only: they cannot be deleted'); END"
    ),
    "audit_entries_no_update": (
        "BEFORE UPDATE ON audit_entries "
        f"WHEN NOT (NEW.redacted = 1 AND NEW.before_json IS NULL AND NEW.after_json IS NULL AND {_SQLITE_KEPT}) "
        "BEGIN SELECT RAISE(ABORT, 'audit entries are append-only: they cannot be changed'); END"
    ),
}

PG_FUNCTION = f"""
CREATE OR REPLACE FUNCTION mesodesk_audit_append_only() RETURNS trigger AS $$
BEGIN
    IF TG_OP IN ('DELETE', 'TRUNCATE') THEN
        RAISE EXCEPTION 'audit entries are append-only: they cannot be deleted';
    END IF;
    IF NEW.redacted AND NEW.before_json IS NULL AND NEW.after_json IS NULL AND {_PG_KEPT} THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'audit entries are append-only: they cannot be changed';
END
$$ LANGUAGE plpgsql
"""


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for name, body in SQLITE_TRIGGERS.items():
            op.execute(f"CREATE TRIGGER {name} {body}")
    elif dialect == "postgresql":
        op.execute(PG_FUNCTION)
        op.execute(
            "CREATE TRIGGER audit_entries_append_only BEFORE UPDATE OR DELETE ON audit_entries "
            "FOR EACH ROW EXECUTE FUNCTION mesodesk_audit_append_only()"
        )
        op.execute(
            "CREATE TRIGGER audit_entries_no_truncate BEFORE TRUNCATE ON audit_entries "
            "FOR EACH STATEMENT EXECUTE FUNCTION mesodesk_audit_append_only()"
        )


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for name in SQLITE_TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    elif dialect == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS audit_entries_no_truncate ON audit_entries")
        op.execute("DROP TRIGGER IF EXISTS audit_entries_append_only ON audit_entries")
        op.execute("DROP FUNCTION IF EXISTS mesodesk_audit_append_only()")
