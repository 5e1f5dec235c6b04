"""A target's progress drawn as a bar (QPainter: PySide6-Essentials has no QtCharts).

The filled part is how much of the target is reached; a vertical mark with «hoy» under it is
where the office should be today. Colour only repeats what the words beside the bar say (the
status and the figures, also in the bar's tooltip and accessible description): the fill of a
target behind its pace is hatched as well as orange, so it reads the same in grey.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from omil_desktop.domain.targets import TargetStatus

BAR_HEIGHT = 18
MARK_ROOM = 14
"""Room under the bar for the «hoy» mark's label."""

_FILL = {
    TargetStatus.MET: QColor("#2e7d32"),
    TargetStatus.ON_TRACK: QColor("#1565c0"),
    TargetStatus.BEHIND: QColor("#ef6c00"),
    TargetStatus.NOT_MET: QColor("#c62828"),
    TargetStatus.NOT_STARTED: QColor("#607d8b"),
}
_HATCHED = frozenset({TargetStatus.BEHIND, TargetStatus.NOT_MET})
_TRACK = QColor("#e0e0e0")
_MARK = QColor("#212121")


class TargetBar(QWidget):
    """How far a target is reached (``fraction``, capped at the bar's end) and, when given,
    where the office should be today (``expected``, a fraction of the target)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fraction = 0.0
        self.expected: float | None = None
        self.status = TargetStatus.NOT_STARTED
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(120)

    def set_progress(
        self, fraction: float, expected: float | None, status: TargetStatus, description: str
    ) -> None:
        self.fraction = max(0.0, fraction)
        self.expected = None if expected is None else min(max(expected, 0.0), 1.0)
        self.status = status
        self.setToolTip(description)
        self.setAccessibleName(self.tr("Avance de la meta"))
        self.setAccessibleDescription(description)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(260, BAR_HEIGHT + MARK_ROOM)

    def minimumSizeHint(self) -> QSize:
        return QSize(120, BAR_HEIGHT + MARK_ROOM)

    def bar_rect(self) -> QRectF:
        """Where the bar is drawn (the mark's label goes under it)."""
        return QRectF(0.5, 0.5, self.width() - 1.0, BAR_HEIGHT - 1.0)

    def fill_width(self) -> float:
        return self.bar_rect().width() * min(self.fraction, 1.0)

    def mark_x(self) -> float | None:
        if self.expected is None:
            return None
        rect = self.bar_rect()
        return rect.left() + rect.width() * self.expected

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = self.bar_rect()
        painter.setPen(QPen(QColor("#9e9e9e"), 1))
        painter.setBrush(_TRACK)
        painter.drawRoundedRect(rect, 3, 3)
        width = self.fill_width()
        if width > 0:
            filled = QRectF(rect.left(), rect.top(), width, rect.height())
            colour = _FILL[self.status]
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(filled, 3, 3)
            if self.status in _HATCHED:
                painter.setBrush(QBrush(QColor(255, 255, 255, 110), Qt.BrushStyle.BDiagPattern))
                painter.drawRoundedRect(filled, 3, 3)
        x = self.mark_x()
        if x is not None:
            painter.setPen(QPen(_MARK, 2))
            painter.drawLine(int(x), int(rect.top()) - 0, int(x), int(rect.bottom()) + 3)
            font = painter.font()
            font.setPointSizeF(max(7.0, font.pointSizeF() * 0.8))
            painter.setFont(font)
            label = self.tr("hoy")
            text_width = painter.fontMetrics().horizontalAdvance(label)
            left = min(max(0.0, x - text_width / 2), self.width() - text_width)
            painter.drawText(
                QRectF(left, rect.bottom() + 2, text_width + 2, MARK_ROOM),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                label,
            )
        painter.end()
