"""treatment_sessions: one index that holds a plan's sessions in order with what filters them

``ix_treatment_sessions_plan_course`` on (plan_id, performed_at, status, archived) replaces the
single-column ``ix_treatment_sessions_plan_id``: the outcomes report reads every course's first,
last and n-th session from the index alone (no table lookups, no sort), and the lookups by plan
that the old index served use its first column.

Revision ID: 0060_course_index
Revises: 0050_i18n
"""

from alembic import op

revision = "0060_course_index"
down_revision = "0050_i18n"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_treatment_sessions_plan_course",
        "treatment_sessions",
        ["plan_id", "performed_at", "status", "archived"],
    )
    op.drop_index("ix_treatment_sessions_plan_id", table_name="treatment_sessions")


def downgrade() -> None:
    op.create_index("ix_treatment_sessions_plan_id", "treatment_sessions", ["plan_id"])
    op.drop_index("ix_treatment_sessions_plan_course", table_name="treatment_sessions")
