"""safe at the chair: sign-off gates and photo privacy as clinic settings; merged patients;
the reason a warning was overridden at sign-off; anaesthesia chosen from the catalogue (with its lot)

Revision ID: 0020_chair
Revises: 0010_trust
"""

import sqlalchemy as sa
from alembic import op

revision = "0020_chair"
down_revision = "0010_trust"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("clinic_settings") as batch:
        batch.add_column(sa.Column("consent_gate", sa.String(10), nullable=False, server_default="require"))
        batch.add_column(sa.Column("history_gate", sa.String(10), nullable=False, server_default="warn"))
        batch.add_column(
            sa.Column("history_review_months", sa.Integer(), nullable=False, server_default="12")
        )
        batch.add_column(sa.Column("risk_gate", sa.String(10), nullable=False, server_default="warn"))
        batch.add_column(sa.Column("colleague_amend", sa.String(20), nullable=False, server_default="admin"))
        batch.add_column(
            sa.Column("keep_photo_location", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch.create_check_constraint(
            op.f("ck_clinic_settings_gates"),
            "(consent_gate = 'off' OR consent_gate = 'warn' OR consent_gate = 'require') AND "
            "(history_gate = 'off' OR history_gate = 'warn' OR history_gate = 'require') AND "
            "(risk_gate = 'off' OR risk_gate = 'warn' OR risk_gate = 'require')",
        )
        batch.create_check_constraint(
            op.f("ck_clinic_settings_colleague_amend"),
            "colleague_amend = 'admin' OR colleague_amend = 'practitioner'",
        )
        batch.create_check_constraint(
            op.f("ck_clinic_settings_history_review_months"), "history_review_months >= 1"
        )
    # Plain ADD COLUMN (no table rebuild): the patients table carries the search triggers on SQLite,
    # and both tables are the largest of a clinic. No foreign keys on the new id columns, so both
    # stay droppable without a rebuild: merged_into_id must not block erasing the record a duplicate
    # was merged into (ids are never reused); anaesthesia_lot_id is checked by the sessions service.
    op.add_column("patients", sa.Column("merged_into_id", sa.Integer(), nullable=True))
    op.add_column(
        "treatment_sessions", sa.Column("override_reason", sa.Text(), nullable=False, server_default="")
    )
    op.add_column("treatment_sessions", sa.Column("anaesthesia_lot_id", sa.Integer(), nullable=True))


def downgrade() -> None:
    # Plain DROP COLUMN (SQLite 3.35+): no table rebuild, which would cascade deletes with foreign keys on.
    op.drop_column("treatment_sessions", "anaesthesia_lot_id")
    op.drop_column("treatment_sessions", "override_reason")
    op.drop_column("patients", "merged_into_id")
    with op.batch_alter_table("clinic_settings") as batch:
        batch.drop_constraint(op.f("ck_clinic_settings_history_review_months"), type_="check")
        batch.drop_constraint(op.f("ck_clinic_settings_colleague_amend"), type_="check")
        batch.drop_constraint(op.f("ck_clinic_settings_gates"), type_="check")
        for name in (
            "keep_photo_location",
            "colleague_amend",
            "risk_gate",
            "history_review_months",
            "history_gate",
            "consent_gate",
        ):
            batch.drop_column(name)
