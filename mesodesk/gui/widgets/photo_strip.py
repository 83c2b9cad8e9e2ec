"""A patient's photos as a grid of thumbnails: add from files or by drag and drop, tag, print, compare."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mesodesk.domain import enums
from mesodesk.domain.errors import KnownError
from mesodesk.gui import theme
from mesodesk.gui.changes import watch_changes
from mesodesk.gui.dialogs.photo_tag_dialog import PhotoTagDialog
from mesodesk.gui.models.photo_list_model import PhotoListModel
from mesodesk.gui.operations import show_error, submit
from mesodesk.gui.widgets.photo_grid import PhotoCardDelegate, PhotoGridView
from mesodesk.gui.widgets.photo_labels import area_label
from mesodesk.services.changes import ChangeSet
from mesodesk.services.context import Permission
from mesodesk.services.photos import MAX_PHOTO_BYTES, MAX_PHOTO_MB, PhotoTags, photo_date

if TYPE_CHECKING:
    from mesodesk.services import Services

log = logging.getLogger("mesodesk.gui")


class PhotoStrip(QWidget):
    """The photos of one patient. ``sig_changed`` after a photo is added, changed or deleted."""

    sig_changed = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.patient_id: int | None = None
        self.tag_dialog: PhotoTagDialog | None = None
        self.compare_dialog: QDialog | None = None
        self._sessions: list[tuple[int, str]] | None = None
        self._reactions: list[tuple[int, str]] | None = None
        self._pending: list[tuple[str, bytes]] = []
        self._can_read = services.ctx.can(Permission.CLINICAL_READ)
        self._can_write = services.ctx.can(Permission.CLINICAL_WRITE)
        self._can_delete = self._can_write and services.ctx.actor.role in (
            enums.Role.PRACTITIONER,
            enums.Role.ADMIN,
        )
        self._build()
        watch_changes(services, self._on_changes)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        bar = QHBoxLayout()
        bar.setSpacing(4)
        self.add_button = self._tool(
            self.tr("Add photos…"), self.tr("Add JPEG or PNG photos from files"), self.choose_files
        )
        self.compare_button = self._tool(
            self.tr("Before / after…"),
            self.tr("Compare two photos of the same area side by side"),
            lambda: self.open_compare(),
        )
        self.edit_button = self._tool(
            self.tr("Details…"), self.tr("Change the kind, area, date or caption"), self.edit_selected
        )
        self.delete_button = self._tool(
            self.tr("Delete"), self.tr("Delete the selected photos for good"), self.delete_selected
        )
        for button in (self.add_button, self.compare_button, self.edit_button, self.delete_button):
            bar.addWidget(button)
        bar.addStretch(1)
        self.count_label = QLabel()
        theme.styled(self.count_label, "color: $muted;")
        bar.addWidget(self.count_label)
        layout.addLayout(bar)
        self.model = PhotoListModel(self._set_print if self._can_write else None, self)
        self.view = PhotoGridView(self)
        self.view.setAccessibleName(self.tr("Photos of the patient"))
        self.view.setAccessibleDescription(
            self.tr("Thumbnails of the photos. Double-click opens one; the menu key lists what can be done.")
        )
        self.view.setModel(self.model)
        self.view.placeholder = (
            self.tr("No photos yet.\nDrop JPEG or PNG files here, or use “Add photos…”.")
            if self._can_write
            else self.tr("No photos.")
        )
        if not self._can_read:
            self.view.placeholder = self.tr("Photos are shown to practitioners only.")
        self.view.sig_files_dropped.connect(self.add_files)
        self.view.setAcceptDrops(self._can_write)
        self.view.viewport().setAcceptDrops(self._can_write)
        self.view.doubleClicked.connect(self._open_from)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        layout.addWidget(self.view, 1)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        delete = QAction(self.tr("Delete"), self)
        delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        delete.triggered.connect(self.delete_selected)
        if self._can_delete:
            self.view.addAction(delete)
        self.add_button.setVisible(self._can_write)
        self.edit_button.setVisible(self._can_write)
        self.delete_button.setVisible(self._can_delete)
        self._update_buttons()

    def _tool(self, text: str, tip: str, slot: Callable[[], Any]) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    # -- public ----------------------------------------------------------------
    def set_patient(
        self,
        patient_id: int | None,
        *,
        sessions: list[tuple[int, str]] | None = None,
        reactions: list[tuple[int, str]] | None = None,
        photos: list[Any] | None = None,
    ) -> None:
        """Show a patient's photos. ``sessions``/``reactions`` ((id, label)) are offered when tagging;
        ``photos`` (e.g. PatientChart.photos) avoids loading them again."""
        self.patient_id = patient_id
        self._sessions, self._reactions = sessions, reactions
        self.reload(photos)

    def reload(self, photos: list[Any] | None = None) -> None:
        if self.patient_id is None or not self._can_read:
            self.model.set_photos([])
        else:
            if photos is None:
                try:
                    photos = self.services.photos.for_patient(self.patient_id)
                except Exception as exc:
                    show_error(self, exc)
                    photos = []
            self.model.set_photos(photos)
        n = self.model.rowCount()
        self.count_label.setText(self.tr("1 photo") if n == 1 else self.tr("%1 photos").replace("%1", str(n)))
        self._update_buttons()

    def _on_changes(self, changes: ChangeSet) -> None:
        """A photo of this patient added, tagged or deleted anywhere: reload, keeping the selection."""
        if not (changes.touches("photos") and changes.touches_patient(self.patient_id)):
            return
        chosen = {p.id for p in self.selected_photos()}
        self.reload()
        selection = self.view.selectionModel()
        for row in range(self.model.rowCount()):
            if self.model.photo(row).id in chosen:
                selection.select(self.model.index(row), QItemSelectionModel.SelectionFlag.Select)

    def selected_photos(self) -> list[Any]:
        rows = sorted(i.row() for i in self.view.selectionModel().selectedIndexes())
        return [self.model.photo(r) for r in rows]

    def choose_files(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Add photos"), str(Path.home()), self.tr("Photos (*.jpg *.jpeg *.png)")
        )
        if paths:
            self.add_files(paths)

    def add_files(self, paths: list[str]) -> None:
        """Read the files and ask for their details (kind, area, date...); stored when accepted."""
        if self.patient_id is None or not self._can_write:
            return
        problems: list[str] = []
        self._pending = []
        for path in paths:
            name = os.path.basename(path)
            try:
                size = os.path.getsize(path)
                if size > MAX_PHOTO_BYTES:
                    problems.append(
                        self.tr("%1: the file is too large (%2 MB); the limit is %3 MB.")
                        .replace("%1", name)
                        .replace("%2", f"{size / 2**20:.1f}")
                        .replace("%3", str(MAX_PHOTO_MB))
                    )
                    continue
                with open(path, "rb") as handle:
                    self._pending.append((name, handle.read()))
            except OSError as exc:
                problems.append(
                    self.tr("%1: the file cannot be read (%2).")
                    .replace("%1", name)
                    .replace("%2", exc.strerror or str(exc))
                )
        if problems:
            self._report(problems, stored=0)
        if not self._pending:
            return
        taken = photo_date(self._pending[0][1]) or date.today()
        self.tag_dialog = PhotoTagDialog(
            self,
            count=len(self._pending),
            filenames=[n for n, _ in self._pending],
            tags=PhotoTags(enums.PhotoKind.BEFORE.value, "", min(taken, date.today())),
            sessions=self._session_choices(),
            reactions=self._reaction_choices(),
        )
        self.tag_dialog.accepted.connect(self._store_pending)
        self.tag_dialog.open()

    def open_compare(self, before_id: int | None = None, after_id: int | None = None) -> QDialog | None:
        from mesodesk.gui.dialogs.photo_compare import PhotoCompareDialog

        if self.patient_id is None:
            return None
        if self.model.rowCount() < 2:
            QMessageBox.information(
                self, self.tr("Before and after"), self.tr("Add at least two photos to compare them.")
            )
            return None
        try:
            dialog = PhotoCompareDialog(self.services, self.patient_id, self)
            if before_id is not None and after_id is not None:
                dialog.set_photos(before_id, after_id)
        except Exception as exc:
            show_error(self, exc)
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.compare_dialog = dialog
        dialog.open()
        return dialog

    def edit_selected(self) -> None:
        photos = self.selected_photos()
        if len(photos) != 1:
            return
        photo = photos[0]
        self.tag_dialog = PhotoTagDialog(
            self,
            tags=PhotoTags(
                photo.kind, photo.area, photo.taken_on, photo.session_id, photo.reaction_id, photo.caption
            ),
            sessions=self._session_choices(),
            reactions=self._reaction_choices(),
            include_in_print=None,
            filenames=[photo.filename],
        )
        self.tag_dialog.accepted.connect(lambda: self._save_tags(photo.id))
        self.tag_dialog.open()

    def delete_selected(self) -> None:
        photos = self.selected_photos()
        if not photos or not self._can_delete:
            return
        question = (
            self.tr("Delete this photo for good?")
            if len(photos) == 1
            else self.tr("Delete these %1 photos for good?").replace("%1", str(len(photos)))
        )
        answer = QMessageBox.question(
            self,
            self.tr("Delete photos"),
            question + "\n" + self.tr("The audit trail keeps a record of the deletion."),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        for photo in photos:
            if not submit(self, self.services.photos.delete, photo.id):
                break
        self.reload()
        self.sig_changed.emit()

    # -- internals -------------------------------------------------------------
    def _store_pending(self) -> None:
        assert self.tag_dialog is not None
        tags = self.tag_dialog.tags()
        kinds = self.tag_dialog.file_kinds()
        include = self.tag_dialog.include_in_print.isChecked()
        problems, stored = [], 0
        for i, (name, data) in enumerate(self._pending):
            kind = kinds[i] if i < len(kinds) else tags.kind

            def refused(exc: KnownError, name: str = name) -> None:  # listed together after the loop
                message = getattr(exc, "message", str(exc))
                field = getattr(exc, "field", "")
                problems.append(
                    f"{name}: "
                    + (self.tr("the file %1.").replace("%1", message) if field == "file" else str(exc))
                )

            done = submit(
                self,
                self.services.photos.add,
                self.patient_id,
                data,
                name,
                kind,
                tags.area,
                tags.taken_on,
                session_id=tags.session_id,
                reaction_id=tags.reaction_id,
                caption=tags.caption,
                include_in_print=include,
                on_invalid=refused,
                on_known=refused,
            )
            if done:
                stored += 1
            elif not isinstance(done.error, KnownError):  # a bug: logged and shown; stop here
                break
        self._pending = []
        if problems:
            self._report(problems, stored)
        self.reload()
        if stored:
            self.sig_changed.emit()

    def _report(self, problems: list[str], stored: int) -> None:
        text = self.tr("These files were not added:") + "\n\n" + "\n".join(problems)
        if stored:
            text += "\n\n" + self.tr("The other photos were added.")
        QMessageBox.warning(
            self, self.tr("Some files were not added") if stored else self.tr("Files not added"), text
        )

    def _save_tags(self, photo_id: int) -> None:
        assert self.tag_dialog is not None
        done = submit(self, self.services.photos.update, photo_id, self.tag_dialog.tags())
        if not done or done.value is None:
            return
        self.model.replace(done.value)
        self.sig_changed.emit()

    def _set_print(self, photo_id: int, include: bool) -> bool:
        done = submit(self, self.services.photos.set_include_in_print, photo_id, include)
        if not done or done.value is None:
            return False
        self.model.replace(done.value)
        self.sig_changed.emit()
        return True

    def _open_from(self, index: QModelIndex) -> None:
        photo = self.model.photo(index.row())
        others = [p for p in self.model.photos() if p.id != photo.id and p.area == photo.area]
        if not others:
            others = [p for p in self.model.photos() if p.id != photo.id]
        if not others:
            return
        if photo.kind == enums.PhotoKind.AFTER:
            before = next((p for p in others if p.kind == enums.PhotoKind.BEFORE), others[0])
            self.open_compare(before.id, photo.id)
        else:
            after = next((p for p in reversed(others) if p.kind == enums.PhotoKind.AFTER), others[-1])
            self.open_compare(photo.id, after.id)

    def _context_menu(self, pos: Any) -> None:
        index = self.view.indexAt(pos)
        if not index.isValid():
            return
        if not self.view.selectionModel().isSelected(index):
            self.view.setCurrentIndex(index)
        photo = self.model.photo(index.row())
        menu = QMenu(self)
        menu.addAction(self.tr("Compare…"), lambda: self._open_from(index)).setEnabled(
            self.model.rowCount() >= 2
        )
        if self._can_write:
            menu.addAction(self.tr("Details…"), self.edit_selected).setEnabled(
                len(self.selected_photos()) == 1
            )
            toggle = menu.addAction(self.tr("Print"))
            toggle.setCheckable(True)
            toggle.setChecked(bool(photo.include_in_print))
            toggle.toggled.connect(
                lambda on: self.model.setData(
                    index,
                    Qt.CheckState.Checked if on else Qt.CheckState.Unchecked,
                    Qt.ItemDataRole.CheckStateRole,
                )
            )
        if self._can_delete:
            menu.addSeparator()
            menu.addAction(self.tr("Delete…"), self.delete_selected)
        menu.popup(self.view.viewport().mapToGlobal(pos))

    def _update_buttons(self, *_args: object) -> None:
        n = len(self.view.selectionModel().selectedIndexes()) if self.view.selectionModel() else 0
        self.edit_button.setEnabled(n == 1)
        self.delete_button.setEnabled(n >= 1)
        self.compare_button.setEnabled(self.model.rowCount() >= 2)
        self.add_button.setEnabled(self.patient_id is not None)

    def _session_choices(self) -> list[tuple[int, str]]:
        if self._sessions is None:
            self._load_links()
        return self._sessions or []

    def _reaction_choices(self) -> list[tuple[int, str]]:
        if self._reactions is None:
            self._load_links()
        return self._reactions or []

    def _load_links(self) -> None:
        from mesodesk.gui.widgets.photo_labels import short_date

        self._sessions, self._reactions = [], []
        if self.patient_id is None:
            return
        try:
            chart = self.services.patients.chart(self.patient_id, log_view=False)
        except Exception:
            log.exception("could not load the sessions to link photos to")
            return
        for ts in chart.sessions:
            areas = ", ".join(area_label(a.area) for a in ts.areas)
            when = ts.performed_at.astimezone().date()
            self._sessions.append((ts.id, f"{short_date(when)} — {areas}" if areas else short_date(when)))
        for reaction in chart.reactions:
            when = reaction.onset_at.astimezone().date()
            self._reactions.append((reaction.id, f"{short_date(when)} — {reaction.type.replace('_', ' ')}"))


__all__ = ["PhotoCardDelegate", "PhotoGridView", "PhotoListModel", "PhotoStrip", "PhotoTagDialog"]
