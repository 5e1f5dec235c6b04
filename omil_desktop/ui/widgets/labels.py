"""Labels that never stretch their window, however long the name or address they show."""

from __future__ import annotations

import re

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent, QTextLayout
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

_LONG_WORD = re.compile(r"\S{24,}")
_BREAK = "\u200b"  # zero-width space: a place where a line may break, invisible otherwise


def breakable(text: str) -> str:
    """``text`` with line-break chances inside very long words (an e-mail, a pasted string),
    so that a word-wrapped label can wrap them instead of widening the window."""
    return _LONG_WORD.sub(lambda m: _BREAK.join(m.group(0)), text)


class ElidedLabel(QLabel):
    """Plain text in at most ``max_lines`` lines, wrapped at words and cut with "…" after that;
    the whole text is in its tooltip. Its width follows the layout, never its text."""

    def __init__(self, text: str = "", max_lines: int = 1, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self._max_lines = max_lines
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setText(text)

    def setText(self, text: str) -> None:
        self._full = text
        self._fit()

    def text(self) -> str:
        """The whole text (what is shown may be cut)."""
        return self._full

    def shown_text(self) -> str:
        return super().text()

    def minimumSizeHint(self) -> QSize:
        return QSize(0, super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:
        return QSize(min(super().sizeHint().width(), 200), super().sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self._fit()

    def _fit(self) -> None:
        width = max(self.contentsRect().width(), 40)
        metrics = self.fontMetrics()
        layout = QTextLayout(self._full, self.font())
        layout.beginLayout()
        lines: list[str] = []
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            start, length = line.textStart(), line.textLength()
            if len(lines) == self._max_lines - 1:
                rest = self._full[start:].replace("\n", " ")
                lines.append(metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width))
                break
            lines.append(self._full[start : start + length].rstrip())
        layout.endLayout()
        shown = "\n".join(lines)
        QLabel.setText(self, shown)
        cut = shown.replace("\n", " ").split() != self._full.split()
        self.setToolTip(self._full if cut else "")
        self.updateGeometry()
