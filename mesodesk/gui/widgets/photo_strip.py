"""A patient's photos as a grid of thumbnails: add from files or by drag and drop, tag, print, compare."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QDate,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QColor, QFont, QImage, QKeySequence, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QMessageBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionButton,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mesodesk.domain import enums
from mesodesk.domain.errors import KnownError
from mesodesk.gui.operations import show_error
from mesodesk.gui.widgets.photo_labels import area_label, area_labels, kind_label, kind_labels, long_date
from mesodesk.services.context import Permission
from mesodesk.services.photos import MAX_PHOTO_BYTES, MAX_PHOTO_MB, PhotoTags, photo_date

log = logging.getLogger("mesodesk.gui")

PHOTO_SUFFIXES = (".jpg", ".jpeg", ".png", ".jpe")
PhotoIdRole = Qt.ItemDataRole.UserRole + 1
PhotoRole = Qt.ItemDataRole.UserRole + 2

CARD = QSize(172, 214)
THUMB_H = 132
KIND_COLOURS = {
    "before": QColor("#2563eb"),
    "after": QColor("#059669"),
    "reaction": QColor("#b91c1c"),
    "profile": QColor("#7c3aed"),
    "other": QColor("#6b7280"),
}


class PhotoListModel(QAbstractListModel):
    """Photos (without their original bytes) with their thumbnails; the check state is 'print'."""

    def __init__(self, on_print: Callable[[int, bool], bool] | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._photos: list[Any] = []
        self._pixmaps: dict[int, QPixmap] = {}
        self._on_print = on_print

    def set_photos(self, photos: list[Any]) -> None:
        self.beginResetModel()
        self._photos = list(photos)
        keep = {p.id for p in self._photos}
        self._pixmaps = {k: v for k, v in self._pixmaps.items() if k in keep}
        self.endResetModel()

    def photo(self, row: int) -> Any:
        return self._photos[row]

    def photos(self) -> list[Any]:
        return list(self._photos)

    def row_of(self, photo_id: int) -> int:
        return next((i for i, p in enumerate(self._photos) if p.id == photo_id), -1)

    def replace(self, photo: Any) -> None:
        row = self.row_of(photo.id)
        if row >= 0:
            self._photos[row] = photo
            self.dataChanged.emit(self.index(row), self.index(row))

    def pixmap(self, photo: Any) -> QPixmap:
        pixmap = self._pixmaps.get(photo.id)
        if pixmap is None:
            image = QImage.fromData(photo.thumbnail_png)
            pixmap = QPixmap.fromImage(image) if not image.isNull() else QPixmap()
            self._pixmaps[photo.id] = pixmap
        return pixmap

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._photos)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._photos):
            return None
        photo = self._photos[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{long_date(photo.taken_on)}\n{kind_label(photo.kind)} · {area_label(photo.area)}"
        if role == Qt.ItemDataRole.DecorationRole:
            return self.pixmap(photo)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [f"{kind_label(photo.kind)} · {area_label(photo.area)} · {long_date(photo.taken_on)}"]
            if photo.caption:
                lines.append(photo.caption)
            lines.append(f"{photo.filename} — {photo.width} × {photo.height}")
            return "\n".join(lines)
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if photo.include_in_print else Qt.CheckState.Unchecked
        if role == PhotoIdRole:
            return photo.id
        if role == PhotoRole:
            return photo
        return None

    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        include = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        photo = self._photos[index.row()]
        if self._on_print is not None and not self._on_print(photo.id, include):
            return False
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        if self._on_print is not None:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags


class PhotoCardDelegate(QStyledItemDelegate):
    """A photo as a card: the upright thumbnail, a coloured kind label, date, area, 'Print' box."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        return CARD

    @staticmethod
    def card_rect(rect: QRect) -> QRect:
        return rect.adjusted(5, 5, -5, -5)

    def check_rect(self, rect: QRect) -> QRect:
        card = self.card_rect(rect)
        return QRect(card.left() + 9, card.bottom() - 24, 80, 18)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        photo = index.data(PhotoRole)
        if photo is None:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        card = self.card_rect(option.rect)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        path = QPainterPath()
        path.addRoundedRect(card.adjusted(0, 0, 0, 0), 7, 7)
        painter.fillPath(path, QColor("#eff6ff") if selected else QColor("white"))
        painter.setPen(QPen(QColor("#2563eb") if selected else QColor("#d1d5db"), 2 if selected else 1))
        painter.drawPath(path)

        thumb_area = QRect(card.left() + 8, card.top() + 8, card.width() - 16, THUMB_H)
        painter.fillRect(thumb_area, QColor("#f3f4f6"))
        pixmap = index.data(Qt.ItemDataRole.DecorationRole)
        if isinstance(pixmap, QPixmap) and not pixmap.isNull():
            scaled = pixmap.scaled(
                thumb_area.size(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            x = thumb_area.left() + (thumb_area.width() - scaled.width()) // 2
            y = thumb_area.top() + (thumb_area.height() - scaled.height()) // 2
            painter.drawPixmap(x, y, scaled)

        font = QFont(option.font)
        small = QFont(option.font)
        small.setPointSizeF(max(7.0, option.font.pointSizeF() * 0.9))
        # kind as a coloured pill, then the date
        text_top = thumb_area.bottom() + 8
        kind = kind_label(photo.kind)
        bold = QFont(small)
        bold.setBold(True)
        painter.setFont(bold)
        metrics = painter.fontMetrics()
        pill = QRect(card.left() + 8, text_top, metrics.horizontalAdvance(kind) + 12, metrics.height() + 2)
        pill_path = QPainterPath()
        pill_path.addRoundedRect(pill, pill.height() / 2, pill.height() / 2)
        painter.fillPath(pill_path, KIND_COLOURS.get(photo.kind, QColor("#6b7280")))
        painter.setPen(QColor("white"))
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, kind)
        painter.setFont(font)
        painter.setPen(QColor("#111827"))
        date_rect = QRect(pill.right() + 6, text_top, card.right() - pill.right() - 12, pill.height())
        painter.drawText(
            date_rect,
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            painter.fontMetrics().elidedText(
                long_date(photo.taken_on), Qt.TextElideMode.ElideRight, date_rect.width()
            ),
        )
        painter.setFont(small)
        painter.setPen(QColor("#4b5563"))
        area_rect = QRect(
            card.left() + 9, pill.bottom() + 3, card.width() - 18, painter.fontMetrics().height()
        )
        area = area_label(photo.area) + (f" — {photo.caption}" if photo.caption else "")
        painter.drawText(
            area_rect,
            Qt.AlignmentFlag.AlignLeft,
            painter.fontMetrics().elidedText(area, Qt.TextElideMode.ElideRight, area_rect.width()),
        )

        if index.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            box = QStyleOptionButton()
            check = self.check_rect(option.rect)
            box.rect = QRect(check.left(), check.top() + 1, 16, 16)
            box.state = QStyle.StateFlag.State_Enabled | (
                QStyle.StateFlag.State_On if photo.include_in_print else QStyle.StateFlag.State_Off
            )
            style = option.widget.style() if option.widget is not None else None
            if style is not None:
                style.drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorCheckBox, box, painter, option.widget)
            painter.setPen(QColor("#374151"))
            painter.drawText(
                QRect(check.left() + 21, check.top(), check.width() - 21, check.height()),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                _tr("Print"),
            )
        painter.restore()

    def editorEvent(
        self,
        event: QEvent,
        model: Any,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        if not index.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            return False
        if event.type() in (
            QEvent.Type.MouseButtonRelease,
            QEvent.Type.MouseButtonDblClick,
        ) and self.check_rect(option.rect).contains(event.position().toPoint()):
            if event.type() == QEvent.Type.MouseButtonRelease:
                current = index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
                model.setData(
                    index,
                    Qt.CheckState.Unchecked if current else Qt.CheckState.Checked,
                    Qt.ItemDataRole.CheckStateRole,
                )
            return True
        return False


def _tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("PhotoStrip", text)


class PhotoGridView(QListView):
    """The grid of cards; accepts JPEG/PNG files dropped on it; says what to do when empty."""

    sig_files_dropped = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setUniformItemSizes(True)
        self.setGridSize(CARD)
        self.setSpacing(0)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setItemDelegate(PhotoCardDelegate(self))
        self.setStyleSheet("QListView { background: #f9fafb; }")
        self.placeholder = ""
        self._drop_hover = False

    @staticmethod
    def dropped_files(mime: Any) -> list[str]:
        if not mime.hasUrls():
            return []
        return [
            url.toLocalFile()
            for url in mime.urls()
            if url.isLocalFile() and url.toLocalFile().lower().endswith(PHOTO_SUFFIXES)
        ]

    def dragEnterEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if self.dropped_files(event.mimeData()):
            self._drop_hover = True
            self.viewport().update()
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if self.dropped_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragLeaveEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self._drop_hover = False
        self.viewport().update()

    def dropEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self._drop_hover = False
        self.viewport().update()
        files = self.dropped_files(event.mimeData())
        if files:
            event.acceptProposedAction()
            self.sig_files_dropped.emit(files)
        else:
            event.ignore()

    def paintEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().paintEvent(event)
        empty = self.model() is None or self.model().rowCount() == 0
        if not (empty or self._drop_hover):
            return
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = self.viewport().rect().adjusted(12, 12, -12, -12)
        if self._drop_hover:
            pen = QPen(QColor("#2563eb"), 2, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawRoundedRect(rect, 8, 8)
        if empty and self.placeholder:
            painter.setPen(QColor("#6b7280"))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.placeholder)


class PhotoTagDialog(QDialog):
    """Kind, area, date, session, caption and 'print' for one or more photos."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        count: int = 1,
        tags: PhotoTags | None = None,
        sessions: list[tuple[int, str]] | None = None,
        reactions: list[tuple[int, str]] | None = None,
        include_in_print: bool | None = False,
        filenames: list[str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setMinimumWidth(380)
        self.setWindowTitle(
            self.tr("Photo details")
            if count == 1
            else self.tr("Details of %1 photos").replace("%1", str(count))
        )
        layout = QVBoxLayout(self)
        if filenames:
            names = ", ".join(filenames[:3]) + (" …" if len(filenames) > 3 else "")
            head = QLabel(names)
            head.setStyleSheet("color: #4b5563;")
            head.setWordWrap(True)
            layout.addWidget(head)
        form = QFormLayout()
        self.kind = QComboBox()
        for value, label in kind_labels().items():
            self.kind.addItem(label, str(value))
        self.area = QComboBox()
        self.area.addItem(self.tr("No area"), "")
        for value, label in area_labels().items():
            self.area.addItem(label, str(value))
        self.taken_on = QDateEdit()
        self.taken_on.setCalendarPopup(True)
        self.taken_on.setDisplayFormat("d MMM yyyy")
        self.taken_on.setMaximumDate(QDate.currentDate())
        self.session = QComboBox()
        self.session.addItem(self.tr("No session"), None)
        for session_id, label in sessions or []:
            self.session.addItem(label, session_id)
        self.reaction = QComboBox()
        self.reaction.addItem(self.tr("No reaction"), None)
        for reaction_id, label in reactions or []:
            self.reaction.addItem(label, reaction_id)
        self.caption = QLineEdit()
        self.caption.setMaxLength(400)
        self.caption.setPlaceholderText(self.tr("optional"))
        self.include_in_print = QCheckBox(self.tr("Include in printed records"))
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Area"), self.area)
        form.addRow(self.tr("Taken on"), self.taken_on)
        form.addRow(self.tr("Session"), self.session)
        form.addRow(self.tr("Reaction"), self.reaction)
        form.addRow(self.tr("Caption"), self.caption)
        if include_in_print is not None:
            form.addRow("", self.include_in_print)
            self.include_in_print.setChecked(include_in_print)
        else:
            self.include_in_print.hide()
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        tags = tags or PhotoTags(enums.PhotoKind.BEFORE.value, "", date.today())
        self.set_tags(tags)

    def set_tags(self, tags: PhotoTags) -> None:
        self.kind.setCurrentIndex(max(0, self.kind.findData(tags.kind)))
        self.area.setCurrentIndex(max(0, self.area.findData(tags.area or "")))
        self.taken_on.setDate(QDate(tags.taken_on.year, tags.taken_on.month, tags.taken_on.day))
        self.session.setCurrentIndex(max(0, self.session.findData(tags.session_id)))
        self.reaction.setCurrentIndex(max(0, self.reaction.findData(tags.reaction_id)))
        self.caption.setText(tags.caption)

    def tags(self) -> PhotoTags:
        d = self.taken_on.date()
        return PhotoTags(
            self.kind.currentData(),
            self.area.currentData() or "",
            date(d.year(), d.month(), d.day()),
            self.session.currentData(),
            self.reaction.currentData(),
            self.caption.text().strip(),
        )


class PhotoStrip(QWidget):
    """The photos of one patient. ``sig_changed`` after a photo is added, changed or deleted."""

    sig_changed = Signal()

    def __init__(self, services: Any, parent: QWidget | None = None) -> None:
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
        self.count_label.setStyleSheet("color: #4b5563;")
        bar.addWidget(self.count_label)
        layout.addLayout(bar)
        self.model = PhotoListModel(self._set_print if self._can_write else None, self)
        self.view = PhotoGridView(self)
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
                    photos = self.services.photos.list(self.patient_id)
                except Exception as exc:
                    show_error(self, exc)
                    photos = []
            self.model.set_photos(photos)
        n = self.model.rowCount()
        self.count_label.setText(self.tr("1 photo") if n == 1 else self.tr("%1 photos").replace("%1", str(n)))
        self._update_buttons()

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
        try:
            for photo in photos:
                self.services.photos.delete(photo.id)
        except Exception as exc:
            show_error(self, exc)
        self.reload()
        self.sig_changed.emit()

    # -- internals -------------------------------------------------------------
    def _store_pending(self) -> None:
        assert self.tag_dialog is not None
        tags = self.tag_dialog.tags()
        include = self.tag_dialog.include_in_print.isChecked()
        problems, stored = [], 0
        for name, data in self._pending:
            try:
                self.services.photos.add(
                    self.patient_id,
                    data,
                    name,
                    tags.kind,
                    tags.area,
                    tags.taken_on,
                    session_id=tags.session_id,
                    reaction_id=tags.reaction_id,
                    caption=tags.caption,
                    include_in_print=include,
                )
                stored += 1
            except KnownError as exc:
                message = getattr(exc, "message", str(exc))
                field = getattr(exc, "field", "")
                problems.append(
                    f"{name}: "
                    + (self.tr("the file %1.").replace("%1", message) if field == "file" else str(exc))
                )
            except Exception as exc:  # a bug: logged, shown as such
                show_error(self, exc)
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
        try:
            photo = self.services.photos.update(photo_id, self.tag_dialog.tags())
        except Exception as exc:
            show_error(self, exc)
            return
        self.model.replace(photo)
        self.sig_changed.emit()

    def _set_print(self, photo_id: int, include: bool) -> bool:
        try:
            photo = self.services.photos.set_include_in_print(photo_id, include)
        except Exception as exc:
            show_error(self, exc)
            return False
        self.model.replace(photo)
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
