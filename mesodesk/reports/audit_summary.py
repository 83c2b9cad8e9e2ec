"""The monthly audit summary: a page to print, sign and file (its chain head is an anchor outside the file)."""

from __future__ import annotations

from typing import TYPE_CHECKING, BinaryIO

from babel.dates import format_skeleton
from reportlab.platypus import Flowable, Paragraph, Spacer

from mesodesk.i18n import _, format_number
from mesodesk.i18n.formatting import babel_locale
from mesodesk.reports.common import clinic_doc, esc, note
from mesodesk.reports.doc_template import data_table, styles

if TYPE_CHECKING:
    from mesodesk.services.audit_summary import AuditMonthSummary


def grouped_hash(digest: str) -> str:
    """The 64 hex digits in groups of eight, so a person can read them back without losing their place."""
    return " ".join(digest[i : i + 8] for i in range(0, len(digest), 8))


def build_audit_summary(data: AuditMonthSummary, out: BinaryIO) -> None:
    month = format_skeleton("yMMMM", data.month, locale=babel_locale())
    title = _("Audit trail: {month}", month=month)
    doc = clinic_doc(
        out,
        data.clinic,
        title=title,
        subject=_("What the audit trail recorded in a month, and its chain head"),
        running_label=title,
        generated_on=data.generated_on,
    )
    st = styles()
    story: list[Flowable] = [Paragraph(esc(title), st["title"])]
    story.append(
        Paragraph(
            esc(
                _(
                    "{entries} entries by {users} users (entries {first} to {last}).",
                    entries=format_number(data.entries),
                    users=format_number(data.users),
                    first=data.first_id if data.first_id is not None else "—",
                    last=data.last_id if data.last_id is not None else "—",
                )
            ),
            st["body"],
        )
    )
    if data.by_action:
        story.append(
            data_table(
                [_("Action"), _("Entries")],
                [[action, format_number(n)] for action, n in data.by_action],
                [doc.width * 0.7, doc.width * 0.3],
            )
        )
    story.append(Spacer(1, 12))
    if data.head_id is None or data.head_hash is None:
        story.append(note(_("The audit trail had no entry by the end of this month.")))
    else:
        story.append(Paragraph(esc(_("Chain head at the end of the month")), st["h2"]))
        story.append(
            Paragraph(
                esc(_("Entry {n} of {total}", n=data.head_id, total=format_number(data.total_entries))),
                st["body"],
            )
        )
        story.append(Paragraph(f"<font name='Courier'>{grouped_hash(data.head_hash)}</font>", st["body"]))
        story.append(
            note(
                _(
                    "Keep this page with the clinic's records. Later, `mesodesk check --head {n}:<the hash "
                    "above>` proves that the audit trail up to this entry is the one printed here: not cut "
                    "short and not rewritten, even by someone who holds the database file.",
                    n=data.head_id,
                )
            )
        )
        story.append(Spacer(1, 24))
        story.append(
            Paragraph(esc(_("Checked and filed by: ____________________   Date: __________")), st["body"])
        )
    doc.build(story)
