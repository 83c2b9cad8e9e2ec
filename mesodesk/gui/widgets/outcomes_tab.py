"""The chart's Outcomes tab: a trend plot per measurement and scale, and a quick entry form.

The form offers the patient's usual measures first (with the site where each was last taken, so the
next measurement is taken at the same place) and the scale used most for them, one spin box per item
with the anchor wording of the chosen score.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QDoubleValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mesodesk.domain.errors import ValidationError
from mesodesk.gui import theme
from mesodesk.gui.changes import watch_changes
from mesodesk.gui.i18n import format_measure
from mesodesk.gui.operations import call, submit
from mesodesk.gui.widgets.date_field import DateField
from mesodesk.gui.widgets.field_errors import ERROR_STYLE
from mesodesk.gui.widgets.outcome_plot import OutcomePlot
from mesodesk.i18n.instruments import translated_registry
from mesodesk.services.changes import ChangeSet

if TYPE_CHECKING:
    from mesodesk.db.models import Measurement, OutcomeAssessment
    from mesodesk.domain.scale_types import Item
    from mesodesk.domain.scales import Registry
    from mesodesk.gui.widgets.patient_chart import PatientChart
    from mesodesk.services import Services
    from mesodesk.services.outcomes import PatientOutcomes

DEFAULT_MEASURES = ("weight", "waist", "hips")


def parse_number(text: str) -> float | None:
    """A number typed in the user's locale (or with a dot); None when empty."""
    text = text.strip()
    if not text:
        return None
    value, ok = QLocale().toDouble(text)
    if ok:
        return value
    try:
        return float(text.replace(",", "."))
    except ValueError:
        message = QCoreApplication.translate("outcomes", "“%1” is not a number").replace("%1", text)
        raise ValidationError("value", message) from None


class MeasureRow:
    def __init__(self, code: str, name: str, unit: str, site: str, site_hint: str, needs_site: bool) -> None:
        self.code = code
        self.value = QLineEdit()
        self.value.setPlaceholderText(unit)
        self.value.setValidator(QDoubleValidator(0, 10000, 2))
        self.value.setAccessibleName(
            QCoreApplication.translate("QuickEntry", "New value of %1 (%2)")
            .replace("%1", name)
            .replace("%2", unit)
        )
        self.value.setMaximumWidth(90)
        self.site = QLineEdit(site)
        self.site.setPlaceholderText(site_hint)
        self.site.setAccessibleName(QCoreApplication.translate("QuickEntry", "%1: site").replace("%1", name))
        self.site.setVisible(needs_site)
        self.box = QWidget()
        layout = QHBoxLayout(self.box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.value)
        layout.addWidget(QLabel(unit))
        layout.addWidget(self.site, 1)


class QuickEntry(QWidget):
    """Measurements and one scale for a visit; ``sig_saved`` after each save."""

    sig_saved = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.patient_id: int | None = None
        self.registry: Registry | None = None
        self.rows: list[MeasureRow] = []
        self.item_spins: dict[str, QSpinBox] = {}
        self.usual_scales: list[str] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        top = QFormLayout()
        self.day = DateField(near=date.today(), no_future=True)
        self.day.set_date(date.today())
        self.day.setAccessibleName(self.tr("Date of the visit"))
        top.addRow(self.tr("&Date"), self.day)
        outer.addLayout(top)

        self.measure_box = QGroupBox(self.tr("Measurements"))
        mb = QVBoxLayout(self.measure_box)
        self.measure_form = QFormLayout()
        mb.addLayout(self.measure_form)
        add_row = QHBoxLayout()
        self.add_measure = QComboBox()
        self.add_measure.setAccessibleName(self.tr("Another measure"))
        self.add_button = QPushButton(self.tr("Add &measure"))
        self.add_button.clicked.connect(self._add_chosen_measure)
        add_row.addWidget(self.add_measure, 1)
        add_row.addWidget(self.add_button)
        mb.addLayout(add_row)
        self.bmi_label = QLabel()
        theme.styled(self.bmi_label, "color: $muted;")
        mb.addWidget(self.bmi_label)
        self.save_measures = QPushButton(self.tr("Save m&easurements"))
        self.save_measures.clicked.connect(self.save_measurements)
        mb.addWidget(self.save_measures, 0, Qt.AlignmentFlag.AlignRight)
        outer.addWidget(self.measure_box)

        self.scale_box = QGroupBox(self.tr("Scale"))
        sb = QVBoxLayout(self.scale_box)
        self.scale = QComboBox()
        self.scale.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.scale.setMinimumContentsLength(16)  # long scale names are elided, not widening the form
        self.scale.setAccessibleName(self.tr("Scale"))
        self.scale.currentIndexChanged.connect(self._scale_changed)
        sb.addWidget(self.scale)
        self.items_form = QFormLayout()
        sb.addLayout(self.items_form)
        self.total = QLabel()
        self.total.setStyleSheet("font-weight: bold;")
        sb.addWidget(self.total)
        self.reference = QLabel()
        self.reference.setWordWrap(True)
        theme.styled(self.reference, "color: $muted; font-size: 85%;")
        sb.addWidget(self.reference)
        self.link_photos = QCheckBox(self.tr("&Link the photos taken that day"))
        self.link_photos.setToolTip(
            self.tr("Before/after comparisons then show this score under the photos.")
        )
        sb.addWidget(self.link_photos)
        self.save_scale = QPushButton(self.tr("Save &assessment"))
        self.save_scale.clicked.connect(self.save_assessment)
        sb.addWidget(self.save_scale, 0, Qt.AlignmentFlag.AlignRight)
        outer.addWidget(self.scale_box)

        self.error = QLabel()
        theme.styled(self.error, ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        outer.addWidget(self.error)
        outer.addStretch(1)

    # -- filling ---------------------------------------------------------------------------
    def set_patient(self, patient_id: int, outcomes: PatientOutcomes, registry: Registry) -> None:
        self.patient_id = patient_id
        self.registry = registry
        self.error.hide()
        while self.measure_form.rowCount():
            self.measure_form.removeRow(0)
        self.rows = []
        self.usual_scales = list(outcomes.usual_scales)
        usual = list(outcomes.usual_measures) or [(code, "") for code in DEFAULT_MEASURES]
        for code, site in usual:
            if code in registry.active_measures():
                self._add_row(code, site)
        self._fill_add_combo()
        self._fill_scales()

    def set_registry(self, registry: Registry) -> None:
        """The registry changed (a scale or measure added, changed or retired): offer what it holds now,
        keeping what is typed in the form (a retired measure's row stays until the form is saved)."""
        self.registry = registry
        self._fill_add_combo()
        current = self.scale.currentData()
        scores = {k: s.value() for k, s in self.item_spins.items()}
        self._fill_scales()
        if self.scale.currentData() == current:
            for code, value in scores.items():
                if code in self.item_spins:
                    self.item_spins[code].setValue(value)

    def _fill_scales(self) -> None:
        active = self._registry().active_scales()
        current = self.scale.currentData()
        self.scale.blockSignals(True)
        self.scale.clear()
        codes = [c for c in self.usual_scales if c in active]
        codes += [c for c in active if c not in codes]
        for code in codes:
            self.scale.addItem(active[code].name, code)
        self.scale.blockSignals(False)
        keep = current if current in codes else (codes[0] if codes else None)
        self.scale.setCurrentIndex(max(0, self.scale.findData(keep)))
        self._scale_changed()

    def _fill_add_combo(self) -> None:
        have = {r.code for r in self.rows}
        self.add_measure.clear()
        for code, m in self._registry().active_measures().items():
            if code not in have:
                self.add_measure.addItem(m.name, code)
        self.add_button.setEnabled(self.add_measure.count() > 0)

    def _add_row(self, code: str, site: str = "") -> MeasureRow:
        m = self._registry().measures[code]
        row = MeasureRow(code, m.name, m.unit, site, m.site_hint, m.needs_site)
        self.rows.append(row)
        label = QLabel(m.name)
        label.setWordWrap(True)  # larger fonts, long translations: wrapped rather than widening the form
        label.setBuddy(row.value)
        self.measure_form.addRow(label, row.box)
        row.value.textChanged.connect(self._update_bmi)
        return row

    def _add_chosen_measure(self) -> None:
        code = self.add_measure.currentData()
        if code:
            row = self._add_row(code)
            self._fill_add_combo()
            row.value.setFocus()

    def row(self, code: str) -> MeasureRow | None:
        return next((r for r in self.rows if r.code == code), None)

    def _update_bmi(self) -> None:
        from mesodesk.domain.scales import bmi

        weight, height = self.row("weight"), self.row("height")
        try:
            w = parse_number(weight.value.text()) if weight else None
            h = parse_number(height.value.text()) if height else None
        except ValidationError:
            w = h = None
        self.bmi_label.setText(
            self.tr("BMI: %1 kg/m²").replace("%1", format_measure(bmi(w, h))) if w and h else ""
        )

    def _scale_changed(self) -> None:
        while self.items_form.rowCount():
            self.items_form.removeRow(0)
        self.item_spins = {}
        code = self.scale.currentData()
        if not code or self.registry is None:
            return
        scale = self.registry.scales[code]
        self.items_form.setRowWrapPolicy(
            QFormLayout.RowWrapPolicy.WrapAllRows
            if len(scale.items) > 1
            else QFormLayout.RowWrapPolicy.DontWrapRows
        )
        for item in scale.items:
            spin = QSpinBox()
            spin.setRange(item.minimum, item.maximum)
            spin.setValue(item.minimum)
            spin.setAccessibleName(item.label)
            anchor = QLabel()
            anchor.setWordWrap(True)
            theme.styled(anchor, "color: $muted;")
            box = QWidget()
            lay = QHBoxLayout(box)
            lay.setContentsMargins(0, 0, 0, 0)
            lay.addWidget(spin)
            lay.addWidget(anchor, 1)

            def show_anchor(value: int, label: QLabel = anchor, it: Item = item) -> None:
                label.setText(it.anchor(value))

            spin.valueChanged.connect(show_anchor)
            spin.valueChanged.connect(self._update_total)
            show_anchor(spin.value())
            label = QLabel(item.label if len(scale.items) > 1 else self.tr("Score"))
            label.setWordWrap(True)
            label.setBuddy(spin)
            self.items_form.addRow(label, box)
            self.item_spins[item.code] = spin
        self.reference.setText(scale.reference)
        self._update_total()

    def _update_total(self) -> None:
        code = self.scale.currentData()
        if not code:
            return
        scale = self._registry().scales[code]
        total = sum(s.value() for s in self.item_spins.values())
        band = scale.band(total)
        text = (
            self.tr("Total: %1").replace("%1", f"{total} / {scale.maximum}") if len(scale.items) > 1 else ""
        )
        self.total.setText(text + (f" ({band})" if band else ""))

    # -- saving ----------------------------------------------------------------------------
    def _invalid(self, exc: ValidationError) -> None:
        self.error.setText(str(exc))
        self.error.show()

    def _registry(self) -> Registry:
        if self.registry is None:
            raise RuntimeError("no patient is open")  # set_patient gives the registry
        return self.registry

    def _patient(self) -> int:
        if self.patient_id is None:
            raise RuntimeError("no patient is open")  # the entry is only shown with a patient
        return self.patient_id

    def _record_measurements(self) -> list[Measurement]:
        from mesodesk.services.outcomes import MeasurementInput

        values = []
        for r in self.rows:
            number = parse_number(r.value.text())
            if number is not None:
                values.append(MeasurementInput(r.code, number, site=r.site.text()))
        return self.services.outcomes.record_measurements(self._patient(), self._visit_day(), values)

    def _record_assessment(self) -> OutcomeAssessment:
        from mesodesk.services.outcomes import AssessmentInput

        day = self._visit_day()
        photo_ids = (
            [p.id for p in self.services.photos.for_patient(self._patient()) if p.taken_on == day]
            if self.link_photos.isChecked()
            else []
        )
        scores = {k: s.value() for k, s in self.item_spins.items()}
        return self.services.outcomes.record_assessment(
            AssessmentInput(self._patient(), self.scale.currentData(), scores, day, photo_ids=photo_ids)
        )

    def _visit_day(self) -> date:
        """The visit day typed; a text that is not a date is refused as the field's ValidationError."""
        problem = self.day.problem() or (
            "" if self.day.text().strip() else self.tr("Type the day of the visit.")
        )
        if problem:
            raise ValidationError("day", problem)
        return self.day.date_or_none() or date.today()

    def save_measurements(self) -> bool:
        """Save the typed measurements (one transaction); a bad value is shown under the form, kept."""
        self.error.hide()
        if not submit(self, self._record_measurements, on_invalid=self._invalid):
            return False
        for r in self.rows:
            r.value.clear()
        self.sig_saved.emit()
        return True

    def save_assessment(self) -> bool:
        self.error.hide()
        if not submit(self, self._record_assessment, on_invalid=self._invalid):
            return False
        self.sig_saved.emit()
        return True

    def set_day(self, day: date) -> None:
        self.day.set_date(day)


class OutcomesTab(QWidget):
    """``set_patient(id)`` loads ``services.outcomes.for_patient``; plots on the left, entry on the right."""

    sig_saved = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.patient_id: int | None = None
        self.outcomes: PatientOutcomes | None = None
        self.plots: list[OutcomePlot] = []
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        left = QVBoxLayout()
        self.legend = QLabel()
        self._show_legend()
        theme.notifier().changed.connect(self._show_legend)
        theme.styled(self.legend, "color: $muted;")
        self.legend.setWordWrap(True)  # a narrow window (1024 px) or a long translation: wrapped, not wider
        left.addWidget(self.legend)
        self.empty = QLabel(self.tr("No measurements or scale scores yet: record the baseline on the right."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        theme.styled(self.empty, "color: $muted;")
        left.addWidget(self.empty)
        self.plots_scroll = QScrollArea()
        self.plots_scroll.setWidgetResizable(True)
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.plots_scroll.setWidget(self.grid_host)
        left.addWidget(self.plots_scroll, 1)
        layout.addLayout(left, 3)
        self.entry = QuickEntry(services)
        entry_scroll = QScrollArea()
        entry_scroll.setWidgetResizable(True)
        entry_scroll.setWidget(self.entry)
        entry_scroll.setMinimumWidth(330)
        layout.addWidget(entry_scroll, 2)
        self.entry.sig_saved.connect(self._saved)
        watch_changes(services, self._on_changes)

    def _on_changes(self, changes: ChangeSet) -> None:
        """A scale or measure was defined, changed or retired (here or on another workstation): the
        quick entry offers the registry as it is now, without reloading the patient's values."""
        if self.patient_id is None or not changes.touches("outcome_definitions"):
            return
        registry = call(self, self.services.outcomes.registry)
        if registry is not None:
            self.entry.set_registry(translated_registry(registry))

    def _show_legend(self, *_scheme: object) -> None:
        """The legend in the colours of the plots (again when the colour scheme changes)."""
        self.legend.setText(
            self.tr(
                "<span style='background:%1'>&nbsp;course&nbsp;</span> "
                "<span style='background:%2'>&nbsp;maintenance&nbsp;</span> "
                "<span style='color:%3'>▲</span> session · ○ baseline · "
                "a plot takes the focus: ← → move between values"
            )
            .replace("%1", theme.css("band_course"))
            .replace("%2", theme.css("band_maintenance"))
            .replace("%3", theme.css("series_session"))
        )

    def set_patient(self, patient_id: int) -> bool:
        outcomes = call(self, self.services.outcomes.for_patient, patient_id)
        registry = call(self, self.services.outcomes.registry) if outcomes is not None else None
        if outcomes is None or registry is None:
            return False
        self.patient_id = patient_id
        self.outcomes = outcomes
        self._fill_plots()
        self.entry.set_patient(patient_id, outcomes, translated_registry(registry))
        return True

    def _fill_plots(self) -> None:
        for plot in self.plots:
            self.grid.removeWidget(plot)
            plot.deleteLater()
        self.plots = []
        outcomes = self.outcomes
        series = outcomes.series if outcomes else []
        self.empty.setVisible(not series)
        self.plots_scroll.setVisible(bool(series))
        previous: QWidget | None = None
        for i, s in enumerate(series):
            plot = OutcomePlot()
            if outcomes is not None:  # always, when there are series
                plot.set_series(s, outcomes.session_days, outcomes.periods)
            self.grid.addWidget(plot, i // 2, i % 2)
            self.plots.append(plot)
            if previous is not None:
                QWidget.setTabOrder(previous, plot)
            previous = plot

    def plot(self, code: str) -> OutcomePlot | None:
        return next((p for p in self.plots if p.series.code == code), None)

    def _saved(self) -> None:
        if self.patient_id is not None:
            self.set_patient(self.patient_id)
        self.sig_saved.emit()


def attach_outcomes_tab(chart: PatientChart) -> OutcomesTab:
    """Add the Outcomes tab to a PatientChart; it loads when shown and after each (re)load of the chart."""
    page = OutcomesTab(chart.services)
    page.setObjectName("outcomesTab")
    index = chart.tabs.addTab(page, QCoreApplication.translate("OutcomesTab", "Outcomes"))
    chart.TAB_OUTCOMES = index
    chart.outcomes_tab = page
    state: dict[str, int | None] = {"for": None}

    def load() -> None:
        if (
            chart.patient_id is not None
            and state["for"] != chart.patient_id
            and page.set_patient(chart.patient_id)
        ):
            state["for"] = chart.patient_id

    def loaded(_patient_id: int) -> None:
        state["for"] = None
        if chart.tabs.currentIndex() == index:
            load()

    chart.tabs.currentChanged.connect(lambda i: load() if i == index else None)
    chart.sig_loaded.connect(loaded)
    from mesodesk.services.context import Permission

    if not chart.services.ctx.can(Permission.CLINICAL_READ):
        chart.tabs.setTabEnabled(index, False)
        chart.tabs.setTabToolTip(index, chart.tr("Your role does not include clinical records."))
    return page
