"""The aftercare sheet handed to the patient (text kept in resources/texts/aftercare_en.md)."""

from __future__ import annotations

from typing import TYPE_CHECKING, BinaryIO

from reportlab.platypus import Flowable, KeepTogether, Paragraph

from mesodesk.reports.common import clinic_doc, esc, heading, markdown_flowables
from mesodesk.reports.doc_template import styles

if TYPE_CHECKING:
    from mesodesk.services.reporting import AftercareData

TITLE = "Aftercare"


def build_aftercare_sheet(data: AftercareData, out: BinaryIO) -> None:
    patient = data.patient
    doc = clinic_doc(out, data.clinic, title=TITLE + (f" — {patient.full_name}" if patient else ""),
                     subject="Aftercare sheet for the patient",
                     running_label=patient.running_label if patient else None, generated_on=data.generated_on)
    st = styles()
    story: list[Flowable] = markdown_flowables(data.text)
    if patient is not None:
        story.insert(1, Paragraph(f"Prepared for <b>{esc(patient.full_name)}</b> on "
                                  f"{data.generated_on.isoformat()}", st["body"]))
    contact = [line for line in (data.clinic.name, data.clinic.address.replace("\n", ", "),
                                 f"Phone: {data.clinic.phone}" if data.clinic.phone else "",
                                 f"E-mail: {data.clinic.email}" if data.clinic.email else "") if line]
    story.append(KeepTogether([heading("How to reach us", "h2"),
                               Paragraph("<br/>".join(esc(x) for x in contact), st["body"])]))
    doc.build(story)
