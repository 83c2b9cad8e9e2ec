"""The list model behind the photo grid: one row per photo, its thumbnail decoded once."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QImage, QPixmap

from mesodesk.gui.widgets.photo_labels import area_label, kind_label, long_date

if TYPE_CHECKING:  # the GUI gets these objects from the services, detached
    from mesodesk.db.models import Photo

PHOTO_SUFFIXES = (".jpg", ".jpeg", ".png", ".jpe")
PhotoIdRole = Qt.ItemDataRole.UserRole + 1
PhotoRole = Qt.ItemDataRole.UserRole + 2


class PhotoListModel(QAbstractListModel):
    """Photos (without their original bytes) with their thumbnails; the check state is 'print'."""

    def __init__(
        self, on_print: Callable[[int, bool], bool] | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._photos: list[Photo] = []
        self._pixmaps: dict[int, QPixmap] = {}
        self._on_print = on_print

    def set_photos(self, photos: list[Photo]) -> None:
        self.beginResetModel()
        self._photos = list(photos)
        keep = {p.id for p in self._photos}
        self._pixmaps = {k: v for k, v in self._pixmaps.items() if k in keep}
        self.endResetModel()

    def photo(self, row: int) -> Photo:
        return self._photos[row]

    def photos(self) -> list[Photo]:
        return list(self._photos)

    def row_of(self, photo_id: int) -> int:
        return next((i for i, p in enumerate(self._photos) if p.id == photo_id), -1)

    def replace(self, photo: Photo) -> None:
        row = self.row_of(photo.id)
        if row >= 0:
            self._photos[row] = photo
            self.dataChanged.emit(self.index(row), self.index(row))

    def pixmap(self, photo: Photo) -> QPixmap:
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
