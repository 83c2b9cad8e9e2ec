"""photos: the original image bytes become the table's last column (SQLite)

SQLite stores a row's columns in order, and a large value spills onto a chain of overflow pages
that must be walked to reach any column stored after it. With ``data`` (the original photo,
megabytes) in the middle of the row, listing a patient's photos without their data still read
every byte of every photo to reach the thumbnails. With ``data`` last, the list reads only the
small columns and the thumbnails. Nothing changes on PostgreSQL (large values live out of line).

Revision ID: 0003
Revises: 0002
"""

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_FIRST = (
    "id",
    "patient_id",
    "session_id",
    "reaction_id",
    "kind",
    "area",
    "taken_on",
    "filename",
    "mime_type",
    "width",
    "height",
    "size_bytes",
    "sha256",
)
_LAST = ("thumbnail_png", "caption", "include_in_print", "created_at")


def _reorder(order: tuple[str, ...]) -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    with op.batch_alter_table("photos", recreate="always", partial_reordering=[order]):
        pass


def upgrade() -> None:
    _reorder(_FIRST + _LAST + ("data",))


def downgrade() -> None:
    _reorder(_FIRST + ("data",) + _LAST)
