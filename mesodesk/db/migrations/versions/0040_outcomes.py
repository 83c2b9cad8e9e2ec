"""outcomes: measurements, scale assessments (with their photos) and a clinic's own scale definitions

Revision ID: 0040_outcomes
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

from mesodesk.db.base import UTCDateTime

revision = "0040_outcomes"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "outcome_definitions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("code", sa.String(40), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("definition_json", sa.Text(), nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.CheckConstraint("kind = 'scale' OR kind = 'measure'", name=op.f("ck_outcome_definitions_kind")),
        sa.CheckConstraint("length(code) > 0", name=op.f("ck_outcome_definitions_code_not_empty")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outcome_definitions")),
        sa.UniqueConstraint("code", name=op.f("uq_outcome_definitions_code")),
    )
    op.create_table(
        "measurements",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=True),
        sa.Column("measured_on", sa.Date(), nullable=False),
        sa.Column("code", sa.String(40), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("unit", sa.String(20), nullable=False),
        sa.Column("site", sa.String(200), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.CheckConstraint("length(code) > 0", name=op.f("ck_measurements_code_not_empty")),
        sa.ForeignKeyConstraint(
            ["patient_id"],
            ["patients.id"],
            name=op.f("fk_measurements_patient_id_patients"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["treatment_sessions.id"],
            name=op.f("fk_measurements_session_id_treatment_sessions"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"], ["users.id"], name=op.f("fk_measurements_recorded_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_measurements")),
    )
    op.create_index("ix_measurements_patient_day", "measurements", ["patient_id", "measured_on"])
    op.create_index("ix_measurements_code_day", "measurements", ["code", "measured_on"])
    op.create_index(op.f("ix_measurements_session_id"), "measurements", ["session_id"])
    op.create_table(
        "outcome_assessments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=True),
        sa.Column("assessed_on", sa.Date(), nullable=False),
        sa.Column("scale_code", sa.String(40), nullable=False),
        sa.Column("scores_json", sa.Text(), nullable=False),
        sa.Column("total", sa.Float(), nullable=False),
        sa.Column("area", sa.String(40), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("assessed_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.CheckConstraint("length(scale_code) > 0", name=op.f("ck_outcome_assessments_scale_not_empty")),
        sa.ForeignKeyConstraint(
            ["patient_id"],
            ["patients.id"],
            name=op.f("fk_outcome_assessments_patient_id_patients"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["treatment_sessions.id"],
            name=op.f("fk_outcome_assessments_session_id_treatment_sessions"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["assessed_by_id"], ["users.id"], name=op.f("fk_outcome_assessments_assessed_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outcome_assessments")),
    )
    op.create_index(
        "ix_outcome_assessments_patient_day", "outcome_assessments", ["patient_id", "assessed_on"]
    )
    op.create_index("ix_outcome_assessments_scale_day", "outcome_assessments", ["scale_code", "assessed_on"])
    op.create_index(op.f("ix_outcome_assessments_session_id"), "outcome_assessments", ["session_id"])
    op.create_table(
        "outcome_assessment_photos",
        sa.Column("assessment_id", sa.Integer(), nullable=False),
        sa.Column("photo_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["outcome_assessments.id"],
            name=op.f("fk_outcome_assessment_photos_assessment_id_outcome_assessments"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["photo_id"],
            ["photos.id"],
            name=op.f("fk_outcome_assessment_photos_photo_id_photos"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("assessment_id", "photo_id", name=op.f("pk_outcome_assessment_photos")),
    )
    op.create_index(op.f("ix_outcome_assessment_photos_photo_id"), "outcome_assessment_photos", ["photo_id"])


def downgrade() -> None:
    op.drop_table("outcome_assessment_photos")
    op.drop_table("outcome_assessments")
    op.drop_table("measurements")
    op.drop_table("outcome_definitions")
