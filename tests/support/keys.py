"""The keyboard as the officer uses it, for UI tests: keys go to the window that has the focus."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

POPUP_WARNINGS = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")
"""Offscreen, an open popup cannot raise itself or grab the keyboard; Qt says so, harmlessly."""


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key pressed on the keyboard. It reaches the active window as a real key does: through
    the window's shortcuts, to the focused widget or, while one is open, to a popup first."""
    window = QApplication.activeWindow()
    assert window is not None, "no window has the focus"
    QTest.keyClick(window.windowHandle(), key, modifier)


def focus(qtbot, widget: QWidget) -> None:
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() in (widget, widget.focusProxy()))


def type_into(qtbot, widget: QWidget, text: str) -> None:
    """Focus ``widget`` and type ``text`` (ASCII: what QTest can synthesise) after what it
    holds, as after a click at its end."""
    focus(qtbot, widget)
    target = QApplication.focusWidget()
    if isinstance(target, QLineEdit):
        target.end(False)
    qtbot.keyClicks(target, text)


def wait_active(qtbot, window: QWidget) -> None:
    """Wait until ``window`` is the active window (the one that gets the keys)."""
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
