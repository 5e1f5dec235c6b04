"""UI tests run offscreen on a real database; Qt warnings fail them (see pyproject)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from omil_desktop.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, workspace):
    win = MainWindow(workspace)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def when_modal(qtbot):
    """Schedule ``action(dialog)`` for when a modal widget of ``kind`` opens (inside its exec())."""
    seen: list[QWidget] = []

    def schedule(kind: type[QWidget], action: Callable[[QWidget], None]) -> None:
        def poll() -> None:
            widget = QApplication.activeModalWidget()
            if isinstance(widget, kind):
                seen.append(widget)
                action(widget)
            else:
                QTimer.singleShot(20, poll)

        QTimer.singleShot(0, poll)

    schedule.seen = seen  # type: ignore[attr-defined]
    return schedule
