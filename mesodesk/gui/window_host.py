"""What the main window's mixins (actions, patient commands, locking) use of the window and of each other,
declared once.

For the type checker each mixin is a QMainWindow with these attributes and methods; at run time the base is
a plain object (MainWindow itself derives from QMainWindow), so nothing here runs or shadows anything.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from PySide6.QtCore import QTimer, Signal
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import (
        QDialog,
        QLabel,
        QLineEdit,
        QMainWindow,
        QSplitter,
        QStackedWidget,
        QToolBar,
    )

    from mesodesk.gui.locking import IdleWatcher, LockDialog
    from mesodesk.gui.models.patient_table_model import PatientTableModel
    from mesodesk.gui.widgets.lock_screen import LockScreen
    from mesodesk.gui.widgets.patient_chart import PatientChart
    from mesodesk.services import Services
    from mesodesk.services.users import UserInfo

    _WindowBase = QMainWindow
else:
    _WindowBase = object

#: A dialog or window handed to ``_show`` comes back as what it is.
ShownWidget = TypeVar("ShownWidget", bound=QWidget)


class MainWindowHost(_WindowBase):
    """The base of MainWindowActions, PatientCommands and LockingMixin."""

    # main_window.py
    sig_switch_user: ClassVar[Signal]
    sig_signed_out: ClassVar[Signal]
    sig_unlocked: ClassVar[Signal]
    sig_lock_refused: ClassVar[Signal]
    services: Services
    user: UserInfo
    db_label: str
    stack: QStackedWidget
    splitter: QSplitter
    search_box: QLineEdit
    _search_timer: QTimer
    patient_model: PatientTableModel
    chart: PatientChart
    idle: IdleWatcher
    locked_page: QLabel
    lock_dialog: LockDialog
    lock_screen: LockScreen
    # main_actions.py
    toolbar: QToolBar
    act_edit: QAction
    act_new_session: QAction
    act_reaction: QAction
    act_plan: QAction
    act_consent: QAction
    act_history: QAction
    act_compare: QAction

    # (declared last: Qt's lupdate loses the class of every tr() after such a block)
    if TYPE_CHECKING:
        # main_window.py
        def open_external(self, key: str, *args: Any, **kwargs: Any) -> QWidget | None: ...

        def open_patient(self, patient_id: int) -> None: ...

        def patient_id(self) -> int | None: ...

        def _show(self, dialog: ShownWidget) -> ShownWidget: ...

        def search_now(self, *, keep_open: bool = False) -> None: ...

        def show_today(self) -> None: ...

        def show_followups(self) -> None: ...

        def reset_layout(self) -> None: ...

        def focus_search(self) -> None: ...

        def edit_preferences(self) -> None: ...

        def about(self) -> None: ...

        # patient_commands.py
        def new_patient(self) -> QDialog: ...

        def edit_patient(self) -> QDialog | None: ...

        def edit_history(self) -> QDialog | None: ...

        def toggle_archived(self) -> None: ...

        def new_session(self) -> QWidget | None: ...

        def merge_patients(self) -> QWidget | None: ...

        # locking.py
        def lock_now(self) -> None: ...
