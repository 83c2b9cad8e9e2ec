"""interop: the clinic's UUID, its identifier system and minimum patient age, registration dates,
and what the last calendar export published

- clinic_identity: one row holding a random UUID made here, once, when the clinic file is created
  (or upgraded); calendar UIDs and FHIR identifiers derive from it, never from the clinic's name.
- clinic_settings.identifier_system_url: a URL the clinic owns, used as its FHIR identifier system.
- clinic_settings.min_patient_age (default 18): two-digit birth years resolve with it.
- patients.registered_on: the date a patient joined the clinic, as an import from an earlier
  system can carry it ("new patients" reports count by it, else by the first session).
- calendar_publications: per follow-up, the SEQUENCE and content last exported to a calendar.

Revision ID: 0030_interop
Revises: 0040_outcomes
"""

import uuid
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

import mesodesk.db.base

revision = "0030_interop"
down_revision = "0040_outcomes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    identity = op.create_table(
        "clinic_identity",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("clinic_uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", mesodesk.db.base.UTCDateTime(timezone=True), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_clinic_identity_single_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_clinic_identity")),
        sa.UniqueConstraint("clinic_uuid", name=op.f("uq_clinic_identity_clinic_uuid")),
    )
    op.bulk_insert(identity, [{"id": 1, "clinic_uuid": str(uuid.uuid4()), "created_at": datetime.now(UTC)}])
    op.create_table(
        "calendar_publications",
        sa.Column("follow_up_id", sa.Integer(), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("cancelled", sa.Boolean(), nullable=False),
        sa.Column("published_at", mesodesk.db.base.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["follow_up_id"],
            ["follow_ups.id"],
            name=op.f("fk_calendar_publications_follow_up_id_follow_ups"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("follow_up_id", name=op.f("pk_calendar_publications")),
    )
    with op.batch_alter_table("clinic_settings") as batch:
        batch.add_column(sa.Column("min_patient_age", sa.Integer(), server_default="18", nullable=False))
        batch.add_column(
            sa.Column("identifier_system_url", sa.String(length=200), server_default="", nullable=False)
        )
    with op.batch_alter_table("patients") as batch:
        batch.add_column(sa.Column("registered_on", sa.Date(), nullable=True))


def downgrade() -> None:
    # Native DROP COLUMN (SQLite 3.35+): a batch rebuild would drop the patients table with foreign keys
    # on, and ON DELETE CASCADE would take every patient's records with it.
    for table, column in (
        ("patients", "registered_on"),
        ("clinic_settings", "identifier_system_url"),
        ("clinic_settings", "min_patient_age"),
    ):
        op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    op.drop_table("calendar_publications")
    op.drop_table("clinic_identity")
