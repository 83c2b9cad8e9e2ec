"""languages: a patient's preferred language; the language of a consent text

``patients.preferred_language`` (en, fr, it, es, de; NULL = the clinic's language) chooses the
language of the documents handed to the patient (consent, aftercare, progress sheet).
``consent_texts.language`` says which language a consent text is written in (NULL = English).

Revision ID: 0050_i18n
Revises: 0020_chair
"""

import sqlalchemy as sa
from alembic import op

revision = "0050_i18n"
down_revision = "0020_chair"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("patients", sa.Column("preferred_language", sa.String(length=5), nullable=True))
    op.add_column("consent_texts", sa.Column("language", sa.String(length=5), nullable=True))


def downgrade() -> None:
    # Native DROP COLUMN (SQLite 3.35+, PostgreSQL): a batch rebuild would drop the patients table with
    # foreign keys on, and ON DELETE CASCADE would take every patient's records with it.
    op.execute("ALTER TABLE consent_texts DROP COLUMN language")
    op.execute("ALTER TABLE patients DROP COLUMN preferred_language")
