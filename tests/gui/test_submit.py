"""One submit path (gui/operations.submit) and one form base (gui/dialogs/form_dialog.FormDialog)."""

from __future__ import annotations

import logging
import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFormLayout, QLineEdit, QMessageBox, QWidget

import mesodesk.gui.dialogs
from mesodesk.domain.errors import ConflictError, DatabaseError, ValidationError
from mesodesk.gui.dialogs.form_dialog import FormDialog
from mesodesk.gui.operations import submit
from mesodesk.gui.widgets.field_errors import FieldErrors

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def form(qtbot):  # type: ignore[no-untyped-def]
    widget = QWidget()
    layout = QFormLayout(widget)
    errors = FieldErrors()
    name = QLineEdit()
    errors.add_row(layout, "Name", name, "name")
    layout.addRow(errors.general)
    qtbot.addWidget(widget)
    widget.show()
    return widget, errors


def fail(exc: BaseException):  # type: ignore[no-untyped-def]
    def service(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise exc

    return service


def test_a_validation_error_is_shown_next_to_its_field(form, message_boxes) -> None:  # type: ignore[no-untyped-def]
    widget, errors = form
    done = submit(widget, fail(ValidationError("name", "is required")), errors=errors)
    assert not done and isinstance(done.error, ValidationError)
    label = widget.findChild(QWidget, "error_name")
    assert label.isVisible() and "is required" in label.text()
    assert message_boxes.calls == []  # next to the field, not in a box


def test_the_next_submit_clears_the_old_error_and_returns_the_value(form, message_boxes) -> None:  # type: ignore[no-untyped-def]
    widget, errors = form
    submit(widget, fail(ValidationError("name", "is required")), errors=errors)
    done = submit(widget, lambda a, b=0: a + b, 2, b=3, errors=errors)
    assert done and done.value == 5
    assert not widget.findChild(QWidget, "error_name").isVisible()


def test_a_conflict_offers_to_reload(form, message_boxes) -> None:  # type: ignore[no-untyped-def]
    widget, errors = form
    reloaded: list[bool] = []
    exc = ConflictError("This record was changed by someone else since you opened it.")
    message_boxes.answer = QMessageBox.StandardButton.Yes
    done = submit(widget, fail(exc), errors=errors, reload=lambda: reloaded.append(True))
    assert not done and reloaded == [True]
    [(kind, title, text)] = message_boxes.calls
    assert kind == "question" and title == "Changed by someone else" and "Reload" in text
    message_boxes.answer = QMessageBox.StandardButton.No
    submit(widget, fail(exc), errors=errors, reload=lambda: reloaded.append(True))
    assert reloaded == [True]  # declined: the user's typing stays


def test_a_known_error_is_a_message_and_a_bug_is_the_error_dialog_with_the_log(
    form, message_boxes, caplog
) -> None:  # type: ignore[no-untyped-def]
    widget, errors = form
    assert not submit(
        widget, fail(DatabaseError("The disk is full: the change was not saved.")), errors=errors
    )
    assert message_boxes.calls[-1][0] == "warning" and "disk is full" in message_boxes.calls[-1][2]
    with caplog.at_level(logging.ERROR, logger="mesodesk.gui"):
        done = submit(widget, fail(ZeroDivisionError("bug")), errors=errors)
    assert not done and isinstance(done.error, ZeroDivisionError)
    assert message_boxes.calls[-1][:2] == ("critical", "Something went wrong")
    assert any(r.exc_info and r.exc_info[0] is ZeroDivisionError for r in caplog.records)


class NameDialog(FormDialog):
    def __init__(self) -> None:
        super().__init__()
        self.name = QLineEdit(self)
        self.mark_clean()

    def form_state(self) -> str:
        return self.name.text()


def test_form_dialog_asks_before_discarding_typed_work(qtbot, message_boxes) -> None:  # type: ignore[no-untyped-def]
    dialog = NameDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reject()  # nothing typed: closes without asking
    assert not dialog.isVisible() and message_boxes.calls == []
    dialog.show()
    dialog.name.setText("typed")
    assert dialog.is_dirty()
    message_boxes.answer = QMessageBox.StandardButton.Cancel
    dialog.reject()
    assert dialog.isVisible() and message_boxes.kinds() == ["question"]
    dialog.close()  # the window's close button asks too
    assert dialog.isVisible() and dialog.name.text() == "typed"
    message_boxes.answer = QMessageBox.StandardButton.Discard
    dialog.close()
    assert not dialog.isVisible()


def test_no_dialog_catches_everything_by_hand() -> None:
    """Dialogs save through submit(); ``except Exception`` lives in gui/operations.py only."""
    folder = Path(mesodesk.gui.dialogs.__file__).parent
    # sign_in.py: the sign-in runs off the GUI thread in work under way (issue 12 item 9);
    # session_pages/safety.py: an informative line that never blocks a save (issue 12 work under way).
    allowed = {"sign_in.py", "safety.py"}
    offenders = [
        f"{path.relative_to(folder)}:{n}"
        for path in sorted(folder.rglob("*.py"))
        if path.name not in allowed
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"except\s+(Exception|BaseException)\b", line)
    ]
    assert offenders == []
