"""What the chart shows of a loaded record: the header's text, the timeline rows, the history and session
HTML (the ChartContent mixin of PatientChart).
"""

from __future__ import annotations

import html
import logging
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from mesodesk.domain.rules import age_on
from mesodesk.gui import theme
from mesodesk.gui.i18n import format_date, format_datetime, format_number
from mesodesk.gui.labels import FITZPATRICK, area_label, followup_label, label, reaction_label, status_label
from mesodesk.gui.models.chart_table_models import (
    TimelineEntry,
)
from mesodesk.gui.widgets.chart_header import PHOTO_SIZE, initials_pixmap, rounded_photo

log = logging.getLogger("mesodesk.gui.chart")


#: The medical-history risk factors, in the order shown (labels: ``label("risk", key)``).
RISK_FIELDS = (
    "anticoagulants",
    "nsaids",
    "supplements",
    "pregnant_or_breastfeeding",
    "autoimmune_disease",
    "keloid_tendency",
    "active_skin_infection",
)


if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from mesodesk.db.models import Photo, TreatmentSession
    from mesodesk.gui.widgets.chart_header import ChartHeader
    from mesodesk.services.patient_chart import PatientChart

    _WidgetBase = QWidget
else:
    _WidgetBase = object


class ChartContent(_WidgetBase):
    """Fills the chart's header and timeline and writes the history and session panes from a loaded chart.

    Mixed into PatientChart (a QWidget), which makes ``header`` and knows the user's names.
    """

    header: ChartHeader
    _clinical: bool  # the user may read clinical records

    def _fill_header(self, chart: PatientChart) -> None:
        p = chart.patient
        h = self.header
        h.name.setText(f"{p.first_name} {p.last_name}".strip())
        today = date.today()
        age = age_on(p.date_of_birth, today)
        years = QCoreApplication.translate("ChartContent", "%n year(s)", None, age)
        bits = [
            years,
            self.tr("born %1").replace("%1", format_date(p.date_of_birth)),
            label("sex", p.sex),
            self.tr("File %1").replace("%1", p.file_no),
        ]
        if p.fitzpatrick:
            bits.append(self.tr("Fitzpatrick %1").replace("%1", FITZPATRICK[p.fitzpatrick - 1]))
        if p.archived:
            bits.append(self.tr("ARCHIVED"))
        h.identity.setText("  ·  ".join(b for b in bits if b))
        h.contact.setText("  ·  ".join(b for b in (p.phone, p.email) if b) or self.tr("No contact details"))
        merged = getattr(chart, "merged_from", None) or []
        h.merged.setText(
            self.tr("Merged from: %1").replace("%1", "; ".join(f"{no} ({name})" for _id, no, name in merged))
        )
        h.merged.setVisible(bool(merged))
        ratio = self.devicePixelRatioF() or 1.0
        pixmap = None
        photo = self._header_photo(chart.photos)
        if photo is not None:
            pixmap = rounded_photo(photo.thumbnail_png, PHOTO_SIZE, ratio)
        if pixmap is None or photo is None:
            pixmap = initials_pixmap(p.first_name, p.last_name, PHOTO_SIZE, ratio)
            h.photo.setToolTip(self.tr("No photo yet"))
        else:
            h.photo.setToolTip(self.tr("Photo of %1").replace("%1", format_date(photo.taken_on)))
        h.photo.setPixmap(pixmap)
        due = chart.next_due
        if due is not None:
            overdue = due.due_date < today
            color = theme.css("error" if overdue else "info")
            text = (self.tr("Overdue since %1") if overdue else self.tr("Next due %1")).replace(
                "%1", format_date(due.due_date)
            )
            h.next_due.setText(
                f"<span style='color:{color}'><b>{html.escape(text)}</b></span><br>"
                f"{html.escape(followup_label(due.kind))}"
            )
        else:
            h.next_due.setText(self.tr("Nothing due"))
        if not self._clinical:
            h.review.setText("")
        elif chart.history is None or chart.history.reviewed_at is None:
            h.review.setText(
                f"<span style='color:{theme.css('warning')}'>"
                + html.escape(self.tr("Medical history never reviewed"))
                + "</span>"
            )
        else:
            h.review.setText(
                html.escape(
                    self.tr("History reviewed %1").replace(
                        "%1", format_date(chart.history.reviewed_at.astimezone().date())
                    )
                )
            )

    @staticmethod
    def _header_photo(photos: list[Photo]) -> Photo | None:
        """The newest photo of kind Profile: a clinical photo (before, after, reaction) is never the
        avatar (issue 12); without one the header shows initials."""
        found = [ph for ph in photos if ph.kind == "profile" and ph.thumbnail_png]
        return max(found, key=lambda ph: (ph.taken_on, ph.id)) if found else None

    def _timeline(self, chart: PatientChart, names: dict[int, str]) -> list[TimelineEntry]:
        entries: list[TimelineEntry] = []
        for s in chart.sessions:
            areas = ", ".join(area_label(a.area) for a in s.areas) or self.tr("no area")
            depths = sorted({a.depth_mm for a in s.areas})
            depth = ""
            if depths:
                span = (
                    format_number(depths[0])
                    if len(depths) == 1
                    else f"{format_number(depths[0])}–{format_number(depths[-1])}"
                )
                depth = self.tr("%1 mm").replace("%1", span)
            detail = "  ·  ".join(
                x
                for x in (s.formula_name, depth, names.get(s.practitioner_id, ""), status_label(s.status))
                if x
            )
            entries.append(
                TimelineEntry(
                    s.performed_at, "session", self.tr("Session: %1").replace("%1", areas), detail, s.id
                )
            )
        for r in chart.reactions:
            title = (
                self.tr("Reaction: %1 (%2)")
                .replace("%1", reaction_label(r.type))
                .replace("%2", label("grade", r.severity).lower())
            )
            resolved = (
                self.tr("resolved %1").replace("%1", format_date(r.resolved_on))
                if r.resolved_on
                else self.tr("not resolved yet")
            )
            detail = "  ·  ".join(
                x
                for x in (
                    area_label(r.area),
                    r.action_taken.splitlines()[0] if r.action_taken else "",
                    resolved,
                )
                if x
            )
            entries.append(
                TimelineEntry(
                    r.onset_at,
                    "reaction",
                    title,
                    detail,
                    r.id,
                    alert=r.severity == "severe" or r.type == "anaphylaxis",
                )
            )
        for consent, text in chart.consents:
            entries.append(
                TimelineEntry(
                    consent.signed_at,
                    "consent",
                    self.tr("Consent signed: %1").replace("%1", text.title),
                    self.tr("version %1").replace("%1", text.version),
                    consent.id,
                )
            )
        for plan in chart.plans:
            sessions = QCoreApplication.translate("ChartContent", "%n session(s)", None, plan.course_sessions)
            entries.append(
                TimelineEntry(
                    plan.start_date,
                    "plan",
                    self.tr("Plan started: %1").replace("%1", plan.name),
                    sessions,
                    plan.id,
                )
            )
        entries.sort(key=lambda e: e.sort_key, reverse=True)
        due = chart.next_due
        if due is not None:
            entries.insert(
                0,
                TimelineEntry(
                    due.due_date,
                    "due",
                    self.tr("Next due: %1").replace("%1", followup_label(due.kind)),
                    " ".join(due.notes.split()),
                    due.id,
                    alert=due.due_date < date.today(),
                ),
            )
        return entries

    def _history_html(self, chart: PatientChart) -> str:
        esc = html.escape
        parts = []
        parts.append(f"<h3>{esc(self.tr('Allergies'))}</h3>")
        if chart.allergies:
            parts.append("<ul>")
            for a in chart.allergies:
                extra = f" — {esc(a.reaction)}" if a.reaction else ""
                parts.append(
                    f"<li><b style='color:{theme.css('error')}'>{esc(a.substance)}</b> "
                    f"({esc(label('severity', a.severity))}){extra}</li>"
                )
            parts.append("</ul>")
        else:
            parts.append(f"<p>{esc(self.tr('No known allergies recorded.'))}</p>")
        parts.append(f"<h3>{esc(self.tr('Risk factors'))}</h3>")
        history = chart.history
        if history is None:
            parts.append(
                f"<p style='color:{theme.css('warning')}'>{esc(self.tr('No medical history recorded yet.'))}</p>"
            )
        else:
            present = [label("risk", key) for key in RISK_FIELDS if getattr(history, key)]
            if present:
                parts.append("<ul>" + "".join(f"<li><b>{esc(t)}</b></li>" for t in present) + "</ul>")
            else:
                parts.append(f"<p>{esc(self.tr('None of the listed risk factors.'))}</p>")
            if history.medications:
                parts.append(f"<h3>{esc(self.tr('Medications'))}</h3><p>{esc(history.medications)}</p>")
            if history.other:
                parts.append(f"<h3>{esc(self.tr('Other'))}</h3><p>{esc(history.other)}</p>")
            if history.reviewed_at:
                who = self.user_names().get(history.reviewed_by_id or 0, "")
                text = self.tr("Last reviewed %1").replace("%1", format_datetime(history.reviewed_at))
                if who:
                    text += " " + self.tr("by %1").replace("%1", who)
                parts.append(f"<p style='color:{theme.css('muted')}'>{esc(text)}</p>")
        if chart.patient.contraindications:
            parts.append(
                f"<h3>{esc(self.tr('Contraindications'))}</h3><p>{esc(chart.patient.contraindications)}</p>"
            )
        return "".join(parts)

    def _session_html(self, s: TreatmentSession) -> str:
        esc = html.escape
        names = self.user_names()
        head = (
            f"<h3>{esc(format_datetime(s.performed_at))} — {esc(status_label(s.status))}</h3>"
            f"<p>{esc(self.tr('Practitioner'))}: {esc(names.get(s.practitioner_id, ''))}"
            + (f"<br>{esc(self.tr('Indications'))}: {esc(s.indications)}" if s.indications else "")
            + (f"<br>{esc(self.tr('Formula'))}: {esc(s.formula_name)}" if s.formula_name else "")
            + (f"<br>{esc(self.tr('Anaesthesia'))}: {esc(s.anaesthesia)}" if s.anaesthesia else "")
            + "</p>"
        )
        rows = "".join(
            f"<tr><td nowrap>{esc(area_label(a.area))}</td><td nowrap>{esc(label('technique', a.technique))}</td>"
            f"<td nowrap>{esc(label('device', a.device))}</td>"
            f"<td nowrap>{esc(str(a.needle_gauge) + 'G' if a.needle_gauge else '')}"
            f"{esc(' × ' + format_number(a.needle_length_mm) + ' mm' if a.needle_length_mm else '')}</td>"
            f"<td align='right'>{esc(format_number(a.depth_mm))}</td><td align='right'>{a.injection_points}</td>"
            f"<td align='right'>{esc(format_number(a.volume_ml))}</td></tr>"
            for a in s.areas
        )
        headers = [
            self.tr("Area"),
            self.tr("Technique"),
            self.tr("Device"),
            self.tr("Needle"),
            self.tr("Depth (mm)"),
            self.tr("Points"),
            self.tr("Volume (ml)"),
        ]
        table = (
            "<table cellspacing='0' cellpadding='4' width='100%'><tr>"
            + "".join(f"<th align='left' nowrap>{esc(h)}</th>" for h in headers)
            + "</tr>"
            + rows
            + "</table>"
        )
        products = "".join(
            f"<li>{esc(p.product.name)} — {esc(self.tr('lot'))} {esc(p.lot.lot_number)}, "
            f"{esc(self.tr('expires'))} {esc(format_date(p.lot.expiry_date))}, {esc(format_number(p.volume_ml))} ml</li>"
            for p in s.products
        )
        tail = f"<h4>{esc(self.tr('Products and lots'))}</h4><ul>{products}</ul>" if products else ""
        if s.immediate_reactions:
            tail += f"<p><b>{esc(self.tr('Immediate reactions'))}:</b> {esc(s.immediate_reactions)}</p>"
        if s.notes:
            tail += f"<p><b>{esc(self.tr('Notes'))}:</b> {esc(s.notes)}</p>"
        return head + table + tail

    # (declared last: Qt's lupdate loses the class of every tr() after such a block)
    if TYPE_CHECKING:

        def user_names(self) -> dict[int, str]: ...
