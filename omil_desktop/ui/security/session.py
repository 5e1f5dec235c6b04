"""The signed-in officer in the main window: who it is (status bar), the idle lock, «Cuentas…»,
«Bloqueo por inactividad…», «Bloquear ahora», and what an «apoyo» account may not open."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QLabel, QMainWindow, QMenu, QWidget

from omil_desktop.domain.texts import translate
from omil_desktop.services.access import Officer
from omil_desktop.services.workspace import Workspace
from omil_desktop.ui.security.lock import IdleLock

MANAGER_ONLY_TIP = "Solo la persona encargada de la OMIL puede cambiar esto."


class Session(QObject):
    """Installed on the main window of an encrypted office once an officer signed in."""

    def __init__(self, window: QMainWindow, workspace: Workspace) -> None:
        super().__init__(window)
        assert workspace.officer is not None
        self.window = window
        self.workspace = workspace
        self.officer_label = QLabel()
        self.officer_label.setObjectName("signed-in")
        window.statusBar().addPermanentWidget(self.officer_label)
        self.lock = IdleLock(
            window,
            workspace.data_dir,
            self.officer,
            self.switch_user,
            workspace.office_service.lock_minutes(),
        )
        menu = _settings_menu(window)
        menu.addSeparator()
        self.accounts_action = menu.addAction(self.tr("Cuentas…"))
        self.accounts_action.triggered.connect(self.open_accounts)
        self.lock_settings_action = menu.addAction(self.tr("Bloqueo por inactividad…"))
        self.lock_settings_action.triggered.connect(self.open_lock_settings)
        self.lock_now_action = menu.addAction(self.tr("Bloquear ahora"))
        self.lock_now_action.triggered.connect(self.lock.lock)
        self.show_officer()

    def officer(self) -> Officer:
        assert self.workspace.officer is not None
        return self.workspace.officer

    def show_officer(self) -> None:
        """The status bar says who is signed in; the encargado(a)'s settings follow the role."""
        officer = self.officer()
        self.officer_label.setText(self.tr("Sesión: {who}").format(who=officer.label))
        manager = officer.is_manager
        for action in self._manager_actions():
            action.setEnabled(manager)
            action.setToolTip("" if manager else self.tr(MANAGER_ONLY_TIP))

    def _manager_actions(self) -> list[QAction]:
        actions = [self.lock_settings_action]
        documents = getattr(self.window, "document_settings_action", None)
        if isinstance(documents, QAction):
            actions.append(documents)
        return actions

    def switch_user(self) -> bool:
        """«Cambiar de usuario» on the lock: another officer signs in (True), or no one."""
        from omil_desktop.ui.security.sign_in import SignInDialog

        top = self.lock.covers[-1].parentWidget() if self.lock.covers else self.window
        dialog = SignInDialog(
            self.workspace.data_dir,
            top if isinstance(top, QWidget) else None,
            title=self.tr("Cambiar de usuario"),
            intro=self.tr("<h3>Cambiar de usuario</h3><p>Escriba su usuario y su contraseña.</p>"),
        )
        dialog.remember.hide()
        dialog.forgot_button.hide()
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.officer is None:
            return False
        self.workspace.officer = dialog.officer
        self.workspace.access.signed_in(dialog.officer.username)
        self.show_officer()
        return True

    def open_accounts(self) -> None:
        from omil_desktop.ui.security.accounts import AccountsDialog

        AccountsDialog(self.workspace, self.window).exec()

    def open_lock_settings(self) -> None:
        from omil_desktop.ui.settings.lock_settings import LockSettingsDialog

        dialog = LockSettingsDialog(self.workspace, self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.lock.set_minutes(dialog.minutes.value())


def _settings_menu(window: QMainWindow) -> QMenu:
    """The window's «Configuración» menu (made here when the window has none). Found by the
    attribute the main window sets, never by its text, which is translated."""
    menu = getattr(window, "settings_menu", None)
    if isinstance(menu, QMenu):
        return menu
    return window.menuBar().addMenu(translate("ui.security.session", "&Configuración"))
