"""A date typed in the user's locale, with or without separators, or picked from a calendar.

``DateField`` is a line edit: what is typed stays there until it is understood, and a text that is not a
date is shown in red with the reason under it (never dropped on leaving the field). On leaving it, an
understood date is rewritten in the locale's one date format. The calendar button opens near a sensible
date (the typed one, else ``near``), never at 1899.
"""

from __future__ import annotations

import datetime as dt
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from mesodesk.domain.typed_dates import TypedDateError, order_of, parse_typed_date
from mesodesk.gui import theme
from mesodesk.gui.i18n import date_format, format_date, pydate, qdate

if TYPE_CHECKING:
    from mesodesk.gui.widgets.field_errors import FieldErrors


class DateField(QWidget):
    """``date()`` is the date understood (None when empty); ``problem()`` why the text is not a date."""

    sig_changed = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        birth: bool = False,
        near: date | None = None,
        min_age: int = 18,
        no_future: bool = False,
    ) -> None:
        super().__init__(parent)
        self._birth = birth
        self._no_future = no_future
        self._near = near
        self._min_age = min_age
        self._order = order_of(date_format())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self._placeholder())
        self.edit.setClearButtonEnabled(True)
        self.button = QToolButton()
        self.button.setText("▾")
        self.button.setToolTip(self.tr("Choose the date on a calendar"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.edit)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self._menu = QMenu(self)
        action = QWidgetAction(self._menu)
        action.setDefaultWidget(self.calendar)
        self._menu.addAction(action)
        self.button.clicked.connect(self.open_calendar)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        self.edit.editingFinished.connect(self._tidy)
        self.edit.textChanged.connect(self._changed)

    def _placeholder(self) -> str:
        example = QLocale().toString(QDate(1964, 9, 16), date_format())
        digits = "".join(ch for ch in example if ch.isdigit())
        return self.tr("e.g. %1 or %2").replace("%1", example).replace("%2", digits)

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 - Qt's name
        """Named as one control: the line edit a screen reader lands on carries the name too."""
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)

    # -- value ------------------------------------------------------------------
    def text(self) -> str:
        return self.edit.text()

    def setText(self, text: str) -> None:  # noqa: N802 - Qt style
        self.edit.setText(text)

    def _parse(self) -> date | None:
        today = date.today()
        value = parse_typed_date(
            self.edit.text(), self._order, today, birth=self._birth, min_age=self._min_age
        )
        if self._no_future and value is not None and value > today:
            raise TypedDateError("is in the future")
        return value

    def date(self) -> date | None:
        """The date typed; raises ValueError (the reason) when the text is not a date."""
        return self._parse()

    def date_or_none(self) -> dt.date | None:  # dt.: below the date() method, `date` names it
        """The date typed, or None when the field is empty or its text is not a date (see problem())."""
        try:
            return self._parse()
        except ValueError:
            return None

    def refuse_if_not_a_date(self, errors: FieldErrors, field: str) -> bool:
        """Show why the text is not a date next to the field (``errors``: the form's FieldErrors) and
        put the focus there; True when it was refused. What was typed stays as it is."""
        problem = self.problem()
        if not problem:
            return False
        from mesodesk.domain.errors import ValidationError

        errors.show(ValidationError(field, problem))
        self.setFocus()
        return True

    def problem(self) -> str:
        try:
            self._parse()
        except ValueError as exc:
            return str(exc)
        return ""

    def set_date(self, value: dt.date | QDate | None) -> None:
        if isinstance(value, QDate):
            value = pydate(value) if value.isValid() else None
        self.edit.setText(format_date(value) if value else "")
        self._tidy()

    setDate = set_date  # noqa: N815 - the QDateEdit name, for callers written against one

    # -- behaviour --------------------------------------------------------------
    def _changed(self) -> None:
        theme.styled(self.edit, "")
        self.sig_changed.emit()

    def _tidy(self) -> None:
        """On leaving the field: an understood date in the locale's format; a problem in red (kept)."""
        try:
            value = self._parse()
        except ValueError as exc:
            theme.styled(
                self.edit, "QLineEdit { border: 2px solid $error_border; background: $field_error_bg; }"
            )
            self.edit.setToolTip(str(exc))
            return
        self.edit.setToolTip("")
        if value is not None:
            formatted = format_date(value)
            if formatted != self.edit.text():
                self.edit.setText(formatted)

    def open_calendar(self) -> None:
        try:
            value = self._parse()
        except ValueError:
            value = None
        start = value or self._near or date.today()
        self.calendar.setSelectedDate(qdate(start))
        self.calendar.setCurrentPage(start.year, start.month)
        self._menu.popup(self.mapToGlobal(self.rect().bottomLeft()))
        self.calendar.setFocus()

    def _picked(self, value: QDate) -> None:
        self._menu.hide()
        self.set_date(pydate(value))
        self.edit.setFocus()
