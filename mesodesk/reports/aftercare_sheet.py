"""The aftercare sheet handed to the patient (text kept in resources/texts/aftercare_en.md)."""

from __future__ import annotations

from typing import TYPE_CHECKING, BinaryIO

from reportlab.platypus import Flowable, KeepTogether, Paragraph

from mesodesk.reports.common import clinic_doc, esc, heading, markdown_flowables
from mesodesk.reports.doc_template import styles

if TYPE_CHECKING:
    from mesodesk.services.report_data import AftercareData

TITLE = "Aftercare"


def build_aftercare_sheet(data: AftercareData, out: BinaryIO) -> None:
    patient = data.patient
    doc = clinic_doc(
        out,
        data.clinic,
        title=TITLE + (f" — {patient.full_name}" if patient else ""),
        subject="Aftercare sheet for the patient",
        running_label=patient.running_label if patient else None,
        generated_on=data.generated_on,
    )
    st = styles()
    story: list[Flowable] = markdown_flowables(data.text, compact=True)
    if patient is not None:
        story.insert(
            1,
            Paragraph(
                f"Prepared for <b>{esc(patient.full_name)}</b> on {data.generated_on.isoformat()}", st["body"]
            ),
        )
    contact = "  ·  ".join(
        esc(x)
        for x in (
            data.clinic.name,
            f"Phone {data.clinic.phone}" if data.clinic.phone else "",
            data.clinic.email,
        )
        if x
    )
    reach = Paragraph(f"<b>{contact}</b>", st["body"])
    # the clinic's contact details go right under "When to call the clinic" (or at the end)
    at = next(
        (
            i + 1
            for i, f in enumerate(story)
            if isinstance(f, Paragraph)
            and "call" in f.getPlainText().lower()
            and f.style.name.startswith("h2")
        ),
        None,
    )
    if at is None:
        story.append(KeepTogether([heading("How to reach us", "h2"), reach]))
    else:
        story.insert(at, reach)
    doc.build(story)
