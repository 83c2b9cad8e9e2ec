"""Import patients from a spreadsheet: choose the file, map its columns, review, import.

The checks and the import are mesodesk.interop.csv_import; this wizard only shows them. The
import runs in a worker thread (mesodesk.gui.operations.run_task) and is one transaction:
cancelling rolls everything back.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from mesodesk.domain.errors import KnownError
from mesodesk.gui import theme
from mesodesk.gui.models.import_models import IssueTableModel, PreviewTableModel, field_label
from mesodesk.gui.operations import ProgressFn, Task, run_task, show_error
from mesodesk.interop.csv_import import FIELDS, IGNORE, REQUIRED, PatientCsvImport
from mesodesk.interop.import_dates import ORDERS
from mesodesk.services.patient_import import ImportCancelled, ImportResult

if TYPE_CHECKING:
    from mesodesk.services import Services

PREVIEW_ROWS = 20


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Choose the spreadsheet"))
        self.setSubTitle(
            self.tr(
                "A CSV file (comma, semicolon or tab separated), an Excel workbook (.xlsx) or an "
                "OpenDocument spreadsheet (.ods). The first row must hold the column names."
            )
        )
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("path")
        self.path_edit.setAccessibleName(self.tr("File to import"))
        self.browse_button = QPushButton(self.tr("Browse…"))
        self.browse_button.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        self.encoding = QComboBox()
        for label, value in (
            (self.tr("Detect"), None),
            ("UTF-8", "utf-8"),
            (self.tr("UTF-8 with BOM (Excel CSV UTF-8)"), "utf-8-sig"),
            (self.tr("Windows-1252 (Excel CSV)"), "cp1252"),
            (self.tr("UTF-16 (Unicode text)"), "utf-16"),
        ):
            self.encoding.addItem(label, value)
        self.delimiter = QComboBox()
        for label, value in (
            (self.tr("Detect"), None),
            (self.tr("Comma ,"), ","),
            (self.tr("Semicolon ;"), ";"),
            (self.tr("Tab"), "\t"),
        ):
            self.delimiter.addItem(label, value)
        self.error = QLabel()
        self.error.setObjectName("file_error")
        theme.styled(self.error, "color: $error;")
        self.error.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("File"), row)
        form.addRow(self.tr("Encoding"), self.encoding)
        form.addRow(self.tr("Separator"), self.delimiter)
        form.addRow(self.error)
        self.path_edit.textChanged.connect(self.completeChanged)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Spreadsheet to import"),
            "",
            self.tr("Spreadsheets (*.csv *.txt *.xlsx *.ods);;All files (*)"),
        )
        if path:
            self.path_edit.setText(path)

    def isComplete(self) -> bool:
        text = self.path_edit.text().strip()
        return bool(text) and Path(text).is_file()

    def validatePage(self) -> bool:
        try:
            self._wizard.importer = PatientCsvImport.from_path(
                self.path_edit.text().strip(),
                encoding=self.encoding.currentData(),
                delimiter=self.delimiter.currentData(),
                locale_hint=self._wizard.locale_hint,
            )
        except KnownError as exc:
            self.error.setText(str(exc))
            return False
        if not self._wizard.importer.table.rows:
            self.error.setText(self.tr("The file has column names but no patients."))
            return False
        self.error.clear()
        return True


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Match the columns"))
        self.setSubTitle(
            self.tr(
                "Columns with usual names are matched already. Choose the field for the "
                "others, or leave them out."
            )
        )
        self.info = QLabel()
        self.combos: list[QComboBox] = []
        self.combo_box = QWidget()
        self.combo_grid = QGridLayout(self.combo_box)
        self.combo_grid.setColumnStretch(1, 1)
        self.combo_grid.setColumnStretch(3, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.combo_box)
        scroll.setMinimumHeight(170)
        self.model = PreviewTableModel(self)
        self.preview = QTableView()
        self.preview.setModel(self.model)
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.preview.horizontalHeader().setDefaultSectionSize(140)
        self.missing = QLabel()
        self.missing.setObjectName("missing")
        theme.styled(self.missing, "color: $error;")
        self.date_order = QComboBox()
        self.date_order.setObjectName("date_order")
        self.date_order.addItem(self.tr("Find out from the file"), None)
        for order, label in zip(
            ORDERS,
            (
                self.tr("Day/month/year (31/12/1980)"),
                self.tr("Month/day/year (12/31/1980)"),
                self.tr("Year-month-day (1980-12-31)"),
            ),
            strict=True,
        ):
            self.date_order.addItem(label, order)
        self.date_order.currentIndexChanged.connect(self._date_order_changed)
        date_label = QLabel(self.tr("&Dates are written"))
        date_label.setBuddy(self.date_order)
        self.date_note = QLabel()
        self.date_note.setObjectName("date_note")
        self.date_note.setWordWrap(True)
        date_row = QHBoxLayout()
        date_row.addWidget(date_label)
        date_row.addWidget(self.date_order)
        date_row.addWidget(self.date_note, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(scroll)
        layout.addLayout(date_row)
        layout.addWidget(QLabel(self.tr("Preview of the first rows:")))
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.missing)

    def initializePage(self) -> None:
        imp = self._wizard.importer
        assert imp is not None
        table = imp.table
        sep = {",": self.tr("comma"), ";": self.tr("semicolon"), "\t": self.tr("tab")}.get(
            table.delimiter, table.delimiter
        )
        if table.kind == "csv":
            self.info.setText(
                self.tr("{rows} rows · encoding {enc} · separator: {sep}").format(
                    rows=len(table.rows), enc=table.encoding, sep=sep
                )
            )
        else:
            self.info.setText(
                self.tr("{rows} rows · {kind} workbook, first sheet").format(
                    rows=len(table.rows), kind=table.kind
                )
            )
        self.date_order.blockSignals(True)
        self.date_order.setCurrentIndex(max(self.date_order.findData(imp.date_order), 0))
        self.date_order.blockSignals(False)
        while self.combo_grid.count():
            item = self.combo_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.combos = []
        for column, header in enumerate(imp.headers):
            combo = QComboBox()
            combo.setObjectName(f"map_{column}")
            combo.addItem(self.tr("(not imported)"), IGNORE)
            for f in FIELDS:
                combo.addItem(field_label(f), f)
            combo.setCurrentIndex(max(combo.findData(imp.mapping[column]), 0))
            combo.currentIndexChanged.connect(lambda _i, c=column: self._changed(c))
            label = QLabel(header or self.tr("(column {n})").format(n=column + 1))
            label.setBuddy(combo)
            row, pair = divmod(column, 2)
            self.combo_grid.addWidget(label, row, pair * 2)
            self.combo_grid.addWidget(combo, row, pair * 2 + 1)
            self.combos.append(combo)
        self.model.set_table(imp.headers, imp.mapping, table.rows[:PREVIEW_ROWS])
        self._update_missing()

    def _changed(self, column: int) -> None:
        imp = self._wizard.importer
        assert imp is not None
        imp.set_column(column, self.combos[column].currentData())
        for i, combo in enumerate(self.combos):  # a field taken by this column is freed elsewhere
            if combo.currentData() != imp.mapping[i]:
                combo.blockSignals(True)
                combo.setCurrentIndex(max(combo.findData(imp.mapping[i]), 0))
                combo.blockSignals(False)
        self.model.set_mapping(imp.mapping)
        self._update_missing()

    def _date_order_changed(self, _index: int) -> None:
        imp = self._wizard.importer
        assert imp is not None
        imp.set_date_order(self.date_order.currentData())
        self._update_missing()

    def _update_date_note(self) -> None:
        imp = self._wizard.importer
        if imp is None:
            return
        choice = imp.date_order_choice()
        self.date_note.setText(choice.message)
        theme.styled(self.date_note, "color: $error;" if choice.order is None else "color: $secondary;")

    def _update_missing(self) -> None:
        imp = self._wizard.importer
        self._update_date_note()
        missing = imp.missing_required() if imp else list(REQUIRED)
        self.missing.setText(
            self.tr("Still needed: {fields}").format(fields=", ".join(field_label(f) for f in missing))
            if missing
            else ""
        )
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        imp = self._wizard.importer
        return imp is not None and not imp.missing_required() and imp.date_order_choice().order is not None


class ReportPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Check before importing"))
        self.setSubTitle(
            self.tr("Rows with a problem are left out. Nothing is saved until you click Import.")
        )
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.model = IssueTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.skip_duplicates = QCheckBox(
            self.tr("Leave out rows with the same file number, or the same name and date of birth")
        )
        self.skip_duplicates.setChecked(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.skip_duplicates)
        self.check_result: ImportResult | None = None

    def initializePage(self) -> None:
        imp = self._wizard.importer
        assert imp is not None
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Import"))
        try:
            self.check_result = imp.check(self._wizard.services)
        except KnownError as exc:
            self.check_result = None
            self.summary.setText(str(exc))
            return
        r = self.check_result
        good = r.total - len(r.rows_with_problems)
        self.summary.setText(
            self.tr(
                "{total} rows: {good} without problems, {bad} with problems (left out), "
                "{dup} possible duplicates of patients already on file or of other rows."
            ).format(total=r.total, good=good, bad=len(r.rows_with_problems), dup=len(r.duplicates))
        )
        self.model.set_result(r)
        self.table.resizeColumnsToContents()
        self.skip_duplicates.setEnabled(bool(r.duplicates))

    def isComplete(self) -> bool:
        return self.check_result is not None


class _ProgressRelay(QObject):
    sig_progress = Signal(int, int)


class ImportPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Importing"))
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.bar = QProgressBar()
        self.cancel_button = QPushButton(self.tr("Cancel import"))
        self.cancel_button.setObjectName("cancel_import")
        self.cancel_button.clicked.connect(self.request_cancel)
        self.relay = _ProgressRelay(self)
        self.relay.sig_progress.connect(self._progress)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.cancel_event = threading.Event()
        self.task: Task | None = None
        self.running = False
        self.finished_ok = False
        self.import_result: ImportResult | None = None

    def initializePage(self) -> None:
        imp = self._wizard.importer
        assert imp is not None
        self.cancel_event.clear()
        self.finished_ok = False
        self.running = True
        self.cancel_button.setEnabled(True)
        self.bar.setRange(0, 0)
        self.status.setText(self.tr("Importing patients… Nothing is saved until every row is done."))
        skip = self._wizard.report_page.skip_duplicates.isChecked()
        services = self._wizard.services
        relay = self.relay

        def relay_progress(done: int, total: int, _what: str = "") -> None:
            relay.sig_progress.emit(done, total)

        def work(_progress: ProgressFn) -> ImportResult:
            return imp.run(
                services, skip_duplicates=skip, cancel=self.cancel_event.is_set, progress=relay_progress
            )

        self.task = run_task(
            self, self.tr("Importing patients"), work, self._done, self._failed, show_progress=False
        )
        self.completeChanged.emit()

    def request_cancel(self) -> None:
        self.cancel_event.set()
        self.cancel_button.setEnabled(False)
        self.status.setText(self.tr("Cancelling…"))

    def _progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)

    def _done(self, result: ImportResult) -> None:
        self.running = False
        self.finished_ok = True
        self.import_result = result
        self.cancel_button.setEnabled(False)
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        left = len(result.rows_with_problems) + len(result.skipped_duplicates)
        self.status.setText(
            self.tr("{n} patients imported. {left} rows were left out.").format(n=result.imported, left=left)
        )
        self._wizard.button(QWizard.WizardButton.CancelButton).setEnabled(False)  # saved: nothing to cancel
        self._wizard.sig_imported.emit(result)
        if result.imported:
            self._wizard.sig_saved.emit()
        self.completeChanged.emit()
        self._wizard.task_finished()

    def _failed(self, exc: BaseException) -> None:
        self.running = False
        self.cancel_button.setEnabled(False)
        self.bar.setRange(0, 1)
        self.bar.setValue(0)
        if isinstance(exc, ImportCancelled):
            self.status.setText(self.tr("The import was cancelled: no patient was imported."))
        else:
            self.status.setText(self.tr("The import failed: no patient was imported."))
            if not self._wizard.closing:
                show_error(self, exc)
        self.completeChanged.emit()
        self._wizard.task_finished()

    def isComplete(self) -> bool:
        return not self.running

    def isFinalPage(self) -> bool:
        return True


class ImportWizard(QWizard):
    """Import patients from a CSV file; ``sig_imported(ImportResult)`` when patients were saved."""

    sig_imported = Signal(object)
    sig_saved = Signal()  # patients were added (the main window refreshes what it shows)

    def __init__(
        self, services: Services, parent: QWidget | None = None, locale_hint: str | None = None
    ) -> None:
        super().__init__(parent)
        from PySide6.QtCore import QLocale

        self.services = services
        #: the clinic's locale: ambiguous dates (every one could be either order) are read as it writes them
        self.locale_hint = locale_hint or QLocale().name()
        self.importer: PatientCsvImport | None = None
        self.closing = False
        self.setWindowTitle(self.tr("Import patients"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.report_page = ReportPage(self)
        self.import_page = ImportPage(self)
        for page in (self.file_page, self.mapping_page, self.report_page, self.import_page):
            self.addPage(page)
        self.resize(820, 600)

    def reject(self) -> None:
        """Cancel during the import rolls it back; the wizard closes once the worker has stopped."""
        if self.import_page.running:
            self.closing = True
            self.import_page.request_cancel()
            return
        super().reject()

    def task_finished(self) -> None:
        if self.closing:
            self.closing = False
            super().reject()
