"""The dialog that tags a photo: kind, area, date taken, caption, whether it may be printed."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from mesodesk.domain import enums
from mesodesk.gui import theme
from mesodesk.gui.widgets.date_field import DateField
from mesodesk.gui.widgets.field_errors import ERROR_STYLE
from mesodesk.gui.widgets.photo_labels import area_labels, kind_labels
from mesodesk.services.photos import PhotoTags


def guess_kind(filename: str, default: str) -> str:
    """A kind from words in a file name ('after_3.jpg', 'avant.jpg', 'profile.png'), else ``default``."""
    name = filename.lower()
    for kind, words in (
        ("after", ("after", "apres", "après", "dopo", "despues", "nachher")),
        ("before", ("before", "avant", "prima", "antes", "vorher")),
        ("profile", ("profile", "profil", "portrait", "avatar")),
        ("reaction", ("reaction", "réaction", "reazione")),
    ):
        if any(w in name for w in words):
            return kind
    return default


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
            theme.styled(head, "color: $muted;")
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
        self.taken_on = DateField(near=date.today(), no_future=True)
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
        self.date_error = QLabel()
        self.date_error.setObjectName("error_taken_on")
        theme.styled(self.date_error, ERROR_STYLE)
        self.date_error.setWordWrap(True)
        self.date_error.hide()
        form.addRow("", self.date_error)
        form.addRow(self.tr("Session"), self.session)
        form.addRow(self.tr("Reaction"), self.reaction)
        form.addRow(self.tr("Caption"), self.caption)
        if include_in_print is not None:
            form.addRow("", self.include_in_print)
            self.include_in_print.setChecked(include_in_print)
        else:
            self.include_in_print.hide()
        layout.addLayout(form)
        # Several photos at once: each file keeps its own kind (issue 12), guessed from its name.
        self.file_kinds_combos: list[QComboBox] = []
        if filenames and count > 1:
            files = QFormLayout()
            files.setContentsMargins(0, 6, 0, 0)
            for name in filenames:
                combo = QComboBox()
                combo.setObjectName("fileKind")
                for value, label in kind_labels().items():
                    combo.addItem(label, str(value))
                self.file_kinds_combos.append(combo)
                files.addRow(name, combo)
            layout.addWidget(QLabel(self.tr("Kind of each photo:")))
            layout.addLayout(files)
            self.kind.currentIndexChanged.connect(self._kind_for_all)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        tags = tags or PhotoTags(enums.PhotoKind.BEFORE.value, "", date.today())
        self.set_tags(tags)
        for name, combo in zip(filenames or [], self.file_kinds_combos, strict=False):
            combo.setCurrentIndex(max(0, combo.findData(guess_kind(name, tags.kind))))

    def _kind_for_all(self, _index: int = 0) -> None:
        for combo in self.file_kinds_combos:
            combo.setCurrentIndex(self.kind.currentIndex())

    def file_kinds(self) -> list[str]:
        """The kind of each file, in the order of the file names (the common kind for one file)."""
        if not self.file_kinds_combos:
            return [self.kind.currentData()]
        return [combo.currentData() for combo in self.file_kinds_combos]

    def set_tags(self, tags: PhotoTags) -> None:
        self.kind.setCurrentIndex(max(0, self.kind.findData(tags.kind)))
        self.area.setCurrentIndex(max(0, self.area.findData(tags.area or "")))
        self.taken_on.set_date(tags.taken_on)
        self.session.setCurrentIndex(max(0, self.session.findData(tags.session_id)))
        self.reaction.setCurrentIndex(max(0, self.reaction.findData(tags.reaction_id)))
        self.caption.setText(tags.caption)

    def accept(self) -> None:
        """Not closed while the date is not one (or is empty): the reason shows, what was typed stays."""
        problem = self.taken_on.problem() or (
            self.tr("Type the day the photo was taken.") if not self.taken_on.text().strip() else ""
        )
        self.date_error.setText(problem)
        self.date_error.setVisible(bool(problem))
        if problem:
            self.taken_on.setFocus()
            return
        super().accept()

    def tags(self) -> PhotoTags:
        return PhotoTags(
            self.kind.currentData(),
            self.area.currentData() or "",
            self.taken_on.date_or_none() or date.today(),
            self.session.currentData(),
            self.reaction.currentData(),
            self.caption.text().strip(),
        )
