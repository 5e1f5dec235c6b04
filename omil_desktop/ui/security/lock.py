"""The idle lock: after the office's minutes without keyboard or mouse, every window of the
program hides its content behind an opaque cover; the officer's password (or another officer
signing in) uncovers it. Nothing is closed: a form half-filled stays as it was behind its cover.

The cover is a child widget of each open window (the main window, an open dialog), on top of
everything in it: the windows keep their state, and a click lands on the cover. While locked,
the keys (and the shortcuts and menus they would trigger) reach only the unlock form and the
windows opened from it. The password is asked on the window on top (a modal dialog, when one is
open, since it is the only one that takes input).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QPalette, QWindow
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from omil_desktop.services.access import (
    Officer,
    WrongPassword,
    check_password,
    seconds_to_wait,
    wait_text,
)
from omil_desktop.services.errors import StorageError

KEYS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.ShortcutOverride,
        QEvent.Type.Shortcut,
    }
)
ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class Cover(QWidget):
    """The opaque cover over one window; the one on top holds the password form."""

    def __init__(self, window: QWidget, form: QWidget | None) -> None:
        super().__init__(window)
        self.setObjectName("lock-cover")
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, Qt.GlobalColor.darkGray)
        self.setPalette(palette)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        if form is not None:
            row.addWidget(form)
        else:
            note = QLabel(self.tr("Bloqueado"))
            note.setStyleSheet("color: white; font-size: 14pt;")
            row.addWidget(note)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        self.setGeometry(window.rect())
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        parent = self.parentWidget()
        if parent is not None and watched is parent and event.type() == QEvent.Type.Resize:
            self.setGeometry(parent.rect())
        return False


class UnlockForm(QFrame):
    """«Bloqueado por inactividad»: the same officer's password, or «Cambiar de usuario»."""

    def __init__(self, lock: IdleLock) -> None:
        super().__init__()
        self._lock = lock
        self.setObjectName("unlock-form")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setMaximumWidth(420)
        officer = lock.officer()
        title = QLabel(self.tr("<h3>OMIL Desktop está bloqueado</h3>"))
        who = QLabel(
            self.tr(
                "Se bloqueó por inactividad. Para seguir, {name} escribe su contraseña."
            ).format(name=officer.full_name or officer.username)
        )
        who.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(
            self.tr("Contraseña de {user}").format(user=officer.username)
        )
        self.password.returnPressed.connect(self.unlock)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.message.hide()
        self.unlock_button = QPushButton(self.tr("Desbloquear"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.unlock)
        self.switch_button = QPushButton(self.tr("Cambiar de usuario"))
        self.switch_button.clicked.connect(lock.switch_user)
        buttons = QHBoxLayout()
        buttons.addWidget(self.switch_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(who)
        layout.addWidget(self.password)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)
        self._tick()

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def unlock(self) -> None:
        if not self.unlock_button.isEnabled():
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self._lock.try_password(self.password.text())
        except WrongPassword as exc:
            self.password.clear()
            self.show_message(str(exc))
            self._tick()
            return
        except StorageError as exc:
            self.show_message(str(exc))
            return
        finally:
            QApplication.restoreOverrideCursor()

    def _tick(self) -> None:
        """The wait after wrong passwords, counted down beside the button."""
        wait = seconds_to_wait(self._lock.data_dir)
        self.unlock_button.setEnabled(wait == 0)
        if wait:
            self.unlock_button.setText(self.tr("Espere {wait}").format(wait=wait_text(wait)))
            self._countdown.start()
        else:
            self.unlock_button.setText(self.tr("Desbloquear"))
            self._countdown.stop()


class IdleLock(QObject):
    """Watches the keyboard and mouse of the whole program; after ``minutes`` without them,
    covers every window (:meth:`lock`). ``officer`` gives who is signed in now; ``switch_user``
    asks another officer to sign in (True when one did: :meth:`unlock` follows)."""

    def __init__(
        self,
        main_window: QWidget,
        data_dir: object,
        officer: Callable[[], Officer],
        switch_user: Callable[[], bool],
        minutes: int,
    ) -> None:
        super().__init__(main_window)
        from pathlib import Path

        assert isinstance(data_dir, Path)
        self.data_dir = data_dir
        self.main_window = main_window
        self.officer = officer
        self._switch_user = switch_user
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock)
        self.covers: list[Cover] = []
        self.form: UnlockForm | None = None
        self.set_minutes(minutes)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        self._watching = True
        main_window.destroyed.connect(lambda *_: self.stop_watching())  # no slot of a dying lock

    def stop_watching(self) -> None:
        """The window is gone: the program's keys and mouse are no longer watched."""
        app = QApplication.instance()
        if app is not None and getattr(self, "_watching", False):
            app.removeEventFilter(self)
        self._watching = False

    @property
    def locked(self) -> bool:
        return bool(self.covers)

    def set_minutes(self, minutes: int) -> None:
        self.set_interval_ms(minutes * 60_000)

    def set_interval_ms(self, milliseconds: int) -> None:
        self.timer.setInterval(milliseconds)
        if not self.locked:
            self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if not getattr(self, "_watching", False):  # being taken down with its window
            return False
        if not self.locked:
            if kind in ACTIVITY:
                self.timer.start()  # restarts the count
            return False
        if kind in KEYS and not self._may_type_into(watched):
            if kind == QEvent.Type.KeyPress:
                self._focus_password()  # Tab left the form: the keys go back to the password
            return True
        return False

    def _may_type_into(self, watched: QObject) -> bool:
        """While locked: the unlock form, and windows that are not covered (the sign-in of
        «Cambiar de usuario», a message) take keys; nothing else (no shortcut, no field)."""
        if isinstance(watched, QWindow):
            # On a real display each key reaches the native window first, and Qt then delivers
            # it to the widget with the focus, where this filter decides.
            return True
        if not isinstance(watched, QWidget):
            return False  # an action's shortcut
        form = self.form
        if form is not None and (watched is form or form.isAncestorOf(watched)):
            return True
        covered = {cover.parentWidget() for cover in self.covers}
        return watched.window() not in covered

    def _windows(self) -> list[QWidget]:
        """The program's windows in sight: the main window first, then its dialogs."""
        windows = [self.main_window]
        for widget in QApplication.topLevelWidgets():
            if (
                widget is not self.main_window
                and widget.isVisible()
                and widget.windowType() in (Qt.WindowType.Dialog, Qt.WindowType.Window)
            ):
                windows.append(widget)
        return windows

    def lock(self) -> None:
        """Cover every window; the password is asked on the one that takes input."""
        if self.locked:
            return
        self.timer.stop()
        windows = self._windows()
        modal = QApplication.activeModalWidget()
        on_top = modal if modal in windows else self.main_window
        self.form = UnlockForm(self)
        for window in windows:
            cover = Cover(window, self.form if window is on_top else None)
            cover.show()
            cover.raise_()
            self.covers.append(cover)
        self.form.password.setFocus(Qt.FocusReason.OtherFocusReason)
        QTimer.singleShot(0, self._focus_password)  # once the covers are shown

    def _focus_password(self) -> None:
        if self.form is not None:
            with contextlib.suppress(RuntimeError):  # the form went with an unlock meanwhile
                self.form.password.setFocus(Qt.FocusReason.OtherFocusReason)

    def try_password(self, password: str) -> None:
        """Uncover with the signed-in officer's password; WrongPassword (with the wait)."""
        check_password(self.data_dir, self.officer().username, password)
        self.unlock()

    def switch_user(self) -> None:
        if self._switch_user():
            self.unlock()

    def unlock(self) -> None:
        for cover in self.covers:
            parent = cover.parentWidget()
            if parent is not None:
                parent.removeEventFilter(cover)
            cover.hide()
            cover.deleteLater()
        self.covers = []
        self.form = None
        self.timer.start()
