"""The main window's commands on the open patient: new, edit, history, archive, merge, sessions and
reactions, and the chart's own buttons (a mixin of MainWindow, which provides ``services``,
``chart``, ``patient_id()``, ``open_patient()``, ``open_external()`` and ``_show()``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from mesodesk.gui.operations import call, show_error
from mesodesk.gui.window_host import MainWindowHost

if TYPE_CHECKING:
    pass


class PatientCommands(MainWindowHost):
    """New, edit, archive and merge patients; the chart's actions (what it needs: MainWindowHost)."""

    def new_patient(self) -> QDialog:
        from mesodesk.gui.dialogs.patient_editor import PatientEditorDialog

        dialog = PatientEditorDialog(self.services, None, parent=self)
        dialog.sig_saved.connect(self._new_patient_saved)
        dialog.sig_open_patient.connect(self.open_patient)  # the record on file, not a duplicate
        return self._show(dialog)

    def _new_patient_saved(self, patient_id: int) -> None:
        """The new patient's chart opens, selected in the list (a search that hides them is cleared)."""
        self.open_patient(patient_id)
        if self.patient_model.row_of_patient(patient_id) < 0 and self.search_box.text():
            self.search_box.clear()
            self.search_now(keep_open=True)

    def edit_patient(self) -> QDialog | None:
        from mesodesk.gui.dialogs.patient_editor import PatientEditorDialog

        if self.patient_id() is None:
            return None
        try:
            dialog = PatientEditorDialog(self.services, self.patient_id(), parent=self)
        except Exception as exc:
            show_error(self, exc)
            return None
        dialog.sig_open_patient.connect(self.open_patient)
        return self._show(dialog)

    def edit_history(self) -> QDialog | None:
        from mesodesk.gui.dialogs.history_dialog import HistoryDialog

        patient_id = self.patient_id()
        if patient_id is None:
            return None
        dialog = HistoryDialog(self.services, patient_id, parent=self)
        return self._show(dialog)

    def toggle_archived(self) -> None:
        chart = self.chart.chart
        if chart is None:
            return
        p = chart.patient
        name = f"{p.first_name} {p.last_name}"
        if p.archived:
            question = self.tr("Restore %1 to the active patient list?").replace("%1", name)
        else:
            question = self.tr(
                "Archive %1? The record is kept and can be restored; the patient no longer "
                "appears in searches."
            ).replace("%1", name)
        answer = QMessageBox.question(
            self, self.tr("Archive patient") if not p.archived else self.tr("Restore patient"), question
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        fn = self.services.patients.restore if p.archived else self.services.patients.archive
        call(self, fn, p.id, p.version)  # the views follow the change notification

    def merge_patients(self) -> QWidget | None:
        """Administrator: merge a duplicate record into the one kept (the open patient preselected);
        afterwards the kept record's chart is open."""
        dialog = self.open_external("merge", self.patient_id())
        signal = getattr(dialog, "sig_merged", None)
        if signal is not None:
            signal.connect(self.open_patient)
        return dialog

    def new_session(self) -> QWidget | None:
        return self.open_external("session", self.patient_id())

    def open_session(self, session_id: int) -> QWidget | None:
        return self.open_external("session", self.patient_id(), session_id=session_id)

    def open_reaction(self, reaction_id: int) -> QWidget | None:
        return self.open_external("reaction", self.patient_id(), reaction_id=reaction_id)

    def _chart_action(self, name: str) -> None:
        actions = {
            "edit": self.act_edit,
            "new_session": self.act_new_session,
            "reaction": self.act_reaction,
            "plan": self.act_plan,
            "consent": self.act_consent,
            "history": self.act_history,
            "compare_photos": self.act_compare,
        }
        action = actions.get(name)
        if action is not None and action.isEnabled():
            action.trigger()
