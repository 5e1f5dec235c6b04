"""A date typed as dd-mm-aaaa (also 15-3-1990 or 15/03/1990) or picked on a calendar."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, QPoint, QRect, Qt
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QPainter, QPixmap
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QWidget

from omil_desktop.domain.dates import format_date, parse_date

SPANISH_CHILE = QLocale(QLocale.Language.Spanish, QLocale.Country.Chile)


def _calendar_icon() -> QIcon:
    """A small calendar sheet, drawn here so that it looks the same on every system."""
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setPen(QColor("#555555"))
    painter.setBrush(QColor("#ffffff"))
    painter.drawRect(QRect(1, 2, 13, 12))
    painter.fillRect(QRect(2, 3, 12, 3), QColor("#b00020"))
    painter.setPen(QColor("#555555"))
    for row in range(2):
        for column in range(3):
            painter.drawPoint(4 + 3 * column, 9 + 3 * row)
    painter.end()
    return QIcon(pixmap)


class _CalendarPopup(QCalendarWidget):
    """The month around the field's date; a click or Enter picks a day, Esc closes."""

    def __init__(self, field: DateField) -> None:
        super().__init__(field)
        self.setWindowFlags(Qt.WindowType.Popup)
        self.setLocale(SPANISH_CHILE)
        self.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.setGridVisible(True)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self._field = field
        self.clicked.connect(self._pick)
        self.activated.connect(self._pick)

    def _pick(self, day: QDate) -> None:
        self._field.set_value(date(day.year(), day.month(), day.day()))
        self.close()
        self._field.setFocus(Qt.FocusReason.PopupFocusReason)


class DateField(QLineEdit):
    """A date, which may be left empty. The calendar opens with its button, Alt+↓ or F4."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("dd-mm-aaaa"))
        self.setMaxLength(10)
        self.setMaximumWidth(150)
        self.calendar_action = self.addAction(
            _calendar_icon(), QLineEdit.ActionPosition.TrailingPosition
        )
        self.calendar_action.setToolTip(self.tr("Elegir en el calendario (Alt+↓)"))
        self.calendar_action.triggered.connect(self.open_calendar)
        self.calendar: _CalendarPopup | None = None
        self.editingFinished.connect(self.tidy)

    def value(self) -> date | None:
        """The date written, None when empty; ValueError (Spanish) when it is not a date."""
        text = self.text().strip()
        return parse_date(text) if text else None

    def set_value(self, value: date | None) -> None:
        self.setText(format_date(value))

    def tidy(self) -> None:
        """Show a date written another way (15/3/1990) as dd-mm-aaaa once it is finished."""
        try:
            value = self.value()
        except ValueError:
            return
        if value is not None and self.text() != format_date(value):
            self.set_value(value)

    def open_calendar(self) -> None:
        if self.calendar is None:
            self.calendar = _CalendarPopup(self)
        try:
            shown = self.value() or date.today()
        except ValueError:
            shown = date.today()
        self.calendar.setSelectedDate(QDate(shown.year, shown.month, shown.day))
        self.calendar.adjustSize()
        where = self.mapToGlobal(QPoint(0, self.height()))
        screen = self.screen().availableGeometry()
        size = self.calendar.sizeHint()
        where.setX(max(screen.left(), min(where.x(), screen.right() - size.width())))
        if where.y() + size.height() > screen.bottom():  # no room below: open above
            where.setY(self.mapToGlobal(QPoint(0, 0)).y() - size.height())
        self.calendar.move(where)
        self.calendar.show()
        self.calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        alt_down = (
            event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
        )
        if alt_down or event.key() == Qt.Key.Key_F4:
            self.open_calendar()
            return
        super().keyPressEvent(event)
