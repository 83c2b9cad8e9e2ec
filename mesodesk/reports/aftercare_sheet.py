"""The aftercare sheet handed to the patient (text kept in resources/texts/aftercare_en.md)."""

from __future__ import annotations

from typing import TYPE_CHECKING, BinaryIO

from reportlab.platypus import Flowable, KeepTogether, Paragraph

from mesodesk.i18n import N_, _, use_language
from mesodesk.reports.common import clinic_doc, esc, fmt_d, heading, markdown_flowables
from mesodesk.reports.doc_template import styles

if TYPE_CHECKING:
    from mesodesk.services.report_data import AftercareData

TITLE = N_("Aftercare")
#: Stems of "call" in the shipped languages (en, fr, it, es, de) for the "When to call us" heading.
CALL_WORDS = ("call", "appel", "chiam", "llam", "anruf", "contact", "contatt", "kontakt")


def build_aftercare_sheet(data: AftercareData, out: BinaryIO) -> None:
    """The sheet in the language of its text (the patient's preferred language when there is one)."""
    with use_language(data.language):
        _build(data, out)


def _build(data: AftercareData, out: BinaryIO) -> None:
    patient = data.patient
    doc = clinic_doc(
        out,
        data.clinic,
        title=_(TITLE) + (f" — {patient.full_name}" if patient else ""),
        subject=_("Aftercare sheet for the patient"),
        running_label=patient.running_label if patient else None,
        generated_on=data.generated_on,
    )
    st = styles()
    story: list[Flowable] = markdown_flowables(data.text, compact=True)
    if patient is not None:
        story.insert(
            1,
            Paragraph(
                _(
                    "Prepared for <b>{name}</b> on {date}",
                    name=esc(patient.full_name),
                    date=fmt_d(data.generated_on),
                ),
                st["body"],
            ),
        )
    contact = "  ·  ".join(
        esc(x)
        for x in (
            data.clinic.display_name,
            _("Phone {phone}", phone=data.clinic.phone) if data.clinic.phone else "",
            data.clinic.email,
        )
        if x
    )
    reach = Paragraph(f"<b>{contact}</b>", st["body"])
    # the clinic's contact details go right under "When to call the clinic" (or at the end); the
    # heading is recognised by its word for "call" in any of the shipped languages
    call_words = CALL_WORDS
    at = next(
        (
            i + 1
            for i, f in enumerate(story)
            if isinstance(f, Paragraph)
            and any(w in f.getPlainText().lower() for w in call_words)
            and f.style.name.startswith("h2")
        ),
        None,
    )
    if at is None:
        story.append(KeepTogether([heading(_("How to reach us"), "h2"), reach]))
    else:
        story.insert(at, reach)
    doc.build(story)
