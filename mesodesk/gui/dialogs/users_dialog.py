"""User accounts for an administrator: add, change role, set a password, disable or enable."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mesodesk.domain.errors import KnownError, ValidationError
from mesodesk.gui import theme
from mesodesk.gui.models.base_table_model import RowTableModel
from mesodesk.gui.operations import call, submit
from mesodesk.gui.widgets.field_errors import FieldErrors
from mesodesk.services.users import UserInfo

if TYPE_CHECKING:
    from mesodesk.services import Services

ROLES = ("admin", "practitioner", "assistant")


def role_label(role: str) -> str:
    from PySide6.QtCore import QCoreApplication

    labels = {"admin": "Administrator", "practitioner": "Practitioner", "assistant": "Assistant"}
    return QCoreApplication.translate("UsersDialog", labels.get(role, role))


class UsersTableModel(RowTableModel[UserInfo]):
    COL_USERNAME, COL_NAME, COL_ROLE, COL_STATE = range(4)
    HEADERS = ("User name", "Full name", "Role", "State")

    def display(self, row: UserInfo, column: int) -> Any:
        if column == self.COL_USERNAME:
            return row.username
        if column == self.COL_NAME:
            return row.full_name
        if column == self.COL_ROLE:
            return role_label(row.role)
        if column == self.COL_STATE:
            if row.is_active and row.is_locked:
                return self.tr("locked after failed sign-ins")
            return self.tr("active") if row.is_active else self.tr("disabled")
        return None

    def foreground(self, row: UserInfo, column: int) -> Any:
        return None if row.is_active else theme.color("muted")


class UsersDialog(QDialog):
    """Administrator-only actions (the services refuse anyone else, whatever the buttons say)."""

    sig_saved = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("User accounts"))
        self.resize(720, 620)
        self.services = services
        self.users = services.users

        self.model = UsersTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("users")
        self.table.setAccessibleName(self.tr("Users"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        self.role_combo = QComboBox()
        self.role_combo.setObjectName("selected_role")
        self.role_combo.setAccessibleName(self.tr("Role of the selected user"))
        for role in ROLES:
            self.role_combo.addItem(role_label(role), role)
        self.role_button = QPushButton(self.tr("Set &role"))
        self.role_button.setObjectName("set_role")
        self.role_button.clicked.connect(self.set_role)
        self.password_button = QPushButton(self.tr("Set &password…"))
        self.password_button.setObjectName("set_password")
        self.password_button.clicked.connect(self.set_password)
        self.active_button = QPushButton(self.tr("&Disable"))
        self.active_button.setObjectName("toggle_active")
        self.active_button.clicked.connect(self.toggle_active)
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setObjectName("unlock")
        self.unlock_button.setToolTip(self.tr("Lift the lockout after failed sign-ins before it ends"))
        self.unlock_button.clicked.connect(self.unlock)
        actions = QHBoxLayout()
        actions.addWidget(self.role_combo)
        actions.addWidget(self.role_button)
        actions.addWidget(self.password_button)
        actions.addWidget(self.active_button)
        actions.addWidget(self.unlock_button)
        actions.addStretch(1)

        box = QGroupBox(self.tr("New account"))
        form = QFormLayout(box)
        self.errors = FieldErrors()
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.full_name = QLineEdit()
        self.full_name.setObjectName("full_name")
        self.role = QComboBox()
        self.role.setObjectName("role")
        for role in ROLES:
            self.role.addItem(role_label(role), role)
        self.role.setCurrentIndex(ROLES.index("practitioner"))
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password2 = QLineEdit()
        self.password2.setObjectName("password2")
        self.password2.setEchoMode(QLineEdit.EchoMode.Password)
        self.errors.add_row(form, self.tr("User name"), self.username, "username")
        self.errors.add_row(form, self.tr("Full name"), self.full_name, "full_name")
        self.errors.add_row(form, self.tr("Role"), self.role, "role")
        self.errors.add_row(form, self.tr("Password"), self.password, "password")
        self.errors.add_row(form, self.tr("Password again"), self.password2, "password2")
        form.addRow(self.errors.general)
        self.add_button = QPushButton(self.tr("&Add account"))
        self.add_button.setObjectName("add")
        self.add_button.clicked.connect(self.add)
        form.addRow("", self.add_button)

        self.status = QLabel()
        self.status.setObjectName("status")
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(box)
        layout.addWidget(self.status)
        layout.addWidget(close)
        self.refresh()

    def refresh(self, select_id: int | None = None) -> None:
        self.model.set_rows(call(self, self.users.all_users) or [])
        if select_id is not None:
            row = self.model.find_row(lambda u: u.id == select_id)
            if row >= 0:
                self.table.selectRow(row)
        self._update_buttons()

    def selected(self) -> UserInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _update_buttons(self, *_: Any) -> None:
        user = self.selected()
        for button in (self.role_button, self.password_button, self.active_button, self.role_combo):
            button.setEnabled(user is not None)
        self.unlock_button.setEnabled(user is not None and user.is_locked)
        if user is not None:
            self.active_button.setText(self.tr("&Disable") if user.is_active else self.tr("&Enable"))
            self.role_combo.setCurrentIndex(ROLES.index(user.role) if user.role in ROLES else 0)

    # -- actions -------------------------------------------------------------
    def add(self) -> None:
        self.errors.clear()
        if self.password.text() != self.password2.text():
            self.errors.show(ValidationError("password2", self.tr("the two passwords differ")))
            return

        def in_form(exc: KnownError) -> None:
            self.errors.general.setText(str(exc))
            self.errors.general.show()

        done = submit(
            self,
            self.users.create,
            self.username.text(),
            self.full_name.text(),
            self.role.currentData(),
            self.password.text(),
            errors=self.errors,
            on_known=in_form,
        )
        if not done or done.value is None:
            return
        info = done.value
        for edit in (self.username, self.full_name, self.password, self.password2):
            edit.clear()
        self.status.setText(self.tr("Account %1 added.").replace("%1", info.username))
        self.refresh(info.id)
        self.sig_saved.emit()

    def set_role(self) -> None:
        user = self.selected()
        if user is None:
            return
        if call(self, self.users.set_role, user.id, self.role_combo.currentData()) is not None:
            self.status.setText(
                self.tr("%1 is now %2.")
                .replace("%1", user.username)
                .replace("%2", role_label(self.role_combo.currentData()))
            )
            self.refresh(user.id)
            self.sig_saved.emit()

    def set_password(self) -> None:
        user = self.selected()
        if user is None:
            return
        password, ok = QInputDialog.getText(
            self,
            self.tr("Set password"),
            self.tr("New password for %1:").replace("%1", user.username),
            QLineEdit.EchoMode.Password,
        )
        if not ok:
            return
        if not submit(self, self.users.set_password, user.id, password):
            return
        self.status.setText(self.tr("Password set for %1.").replace("%1", user.username))

    def toggle_active(self) -> None:
        user = self.selected()
        if user is None:
            return
        if not submit(self, self.users.set_active, user.id, not user.is_active):
            return
        self.status.setText(
            (self.tr("%1 disabled.") if user.is_active else self.tr("%1 enabled.")).replace(
                "%1", user.username
            )
        )
        self.refresh(user.id)
        self.sig_saved.emit()

    def unlock(self) -> None:
        user = self.selected()
        if user is None:
            return
        if not submit(self, self.users.unlock, user.id):
            return
        self.status.setText(self.tr("%1 can sign in again.").replace("%1", user.username))
        self.refresh(user.id)
