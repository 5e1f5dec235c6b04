"""Forms the officer can trust: every error beside its field, gone once fixed; Enter saves.

- :class:`FormSection` lays fields out with a Spanish error label right under each.
- :class:`FieldErrors` shows all of a form's errors at once and takes each away as soon as its
  field is corrected, while the officer types, without pressing save again.
- :class:`EnterSaves` makes Enter (and Ctrl+Enter, for multi-line notes where Enter starts a new
  line) press a dialog's save button from any field, every time: also after an error, and also
  when the comuna completer's list of matches is open.
- :class:`FormDialog` puts these together: the form scrolls, its buttons stay in sight, and the
  dialog is never taller or wider than the screen.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, Qt, QTimer, SignalInstance
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
WINDOW_FRAME_HEIGHT = 40
"""Room the window manager takes above and below a window: its title bar and borders."""


class ErrorLabel(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet("color: #b00020;")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setVisible(False)

    def show_message(self, message: str) -> None:
        self.setText(message)
        self.setVisible(bool(message))

    def message(self) -> str:
        return "" if self.isHidden() else self.text()


class FormSection(QGroupBox):
    """A titled group of labelled fields; each field name gets its own error label."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self._layout = QFormLayout(self)
        self._layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.fields: dict[str, tuple[QWidget, ErrorLabel]] = {}

    def add(self, name: str, label: str, widget: QWidget) -> QWidget:
        error = ErrorLabel(self)
        holder = QWidget(self)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(error)
        caption = QLabel(label, self)
        caption.setBuddy(widget)
        self._layout.addRow(caption, holder)
        self.fields[name] = (widget, error)
        return widget

    def show_errors(self, errors: dict[str, str]) -> None:
        """Show each message under its field (and clear the others)."""
        for name, (_widget, label) in self.fields.items():
            label.show_message(errors.get(name, ""))


class FieldErrors(QObject):
    """The errors of one form, each under its field: all shown at once, each gone when fixed.

    ``check`` returns field name → message for what is wrong with the fields as they are now
    (what the form can tell by itself: formats, required fields, the domain's rules). While an
    error is shown, every edit of the form runs ``check`` again and updates the shown messages:
    a corrected field loses its message at once (also when the fix was in another field, such
    as the consent's method fixing its date's message). Messages ``check`` cannot know (a RUT
    already on record) go away when their own field is edited. No new message appears while
    typing: those wait for the next save.
    """

    def __init__(
        self,
        fields: dict[str, tuple[QWidget, ErrorLabel]],
        check: Callable[[], dict[str, str]],
        general: ErrorLabel | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._fields = fields
        self._check = check
        self._general = general
        self._outside: set[str] = set()  # shown messages that check() does not produce
        for name, (widget, _label) in fields.items():
            for signal in _edit_signals(widget):
                signal.connect(lambda *_args, name=name: self._edited(name))

    def message(self, name: str) -> str:
        """The message shown under the field ``name`` ("" when none)."""
        return self._fields[name][1].message()

    def show(self, errors: dict[str, str]) -> QWidget | None:
        """Show ``errors`` (all of them) and return the first field with one, in form order."""
        checked = self._check()
        self._outside = {n for n, m in errors.items() if checked.get(n) != m}
        first: QWidget | None = None
        for name, (widget, label) in self._fields.items():
            message = errors.get(name, "")
            label.show_message(message)
            if message and first is None:
                first = widget
        if self._general is not None:
            unplaced = [m for n, m in errors.items() if n not in self._fields]
            self._general.show_message(" ".join(unplaced))
        return first

    def clear(self) -> None:
        self.show({})

    def shown(self) -> dict[str, str]:
        return {n: label.message() for n, (_w, label) in self._fields.items() if label.message()}

    def _edited(self, name: str) -> None:
        shown = self.shown()
        if not shown:
            return
        if name in self._outside:
            self._outside.discard(name)
            self._fields[name][1].show_message("")
            shown.pop(name, None)
        current = self._check()
        for other in shown:
            if other not in self._outside:
                self._fields[other][1].show_message(current.get(other, ""))


def _edit_signals(widget: QWidget) -> list[SignalInstance]:
    """The signals a field emits when the officer changes its value."""
    if isinstance(widget, QLineEdit):
        return [widget.textChanged]
    if isinstance(widget, QComboBox):
        signals = [widget.currentIndexChanged]
        if widget.isEditable():
            signals.append(widget.editTextChanged)
        return signals
    if isinstance(widget, QAbstractButton):
        return [widget.toggled]
    if isinstance(widget, QPlainTextEdit):
        return [widget.textChanged]
    return []


class ArrowsChoose(QObject):
    """↓ and ↑ typed in a search field move the choice in the list of its matches, so the
    officer types, picks and presses Enter without leaving the keyboard's home row."""

    def __init__(self, search: QWidget, matches: QListWidget) -> None:
        super().__init__(search)
        self._search = search
        self._matches = matches
        search.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self._search
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up)
            and self._matches.count()
        ):
            step = 1 if event.key() == Qt.Key.Key_Down else -1
            last = self._matches.count() - 1
            self._matches.setCurrentRow(max(0, min(last, self._matches.currentRow() + step)))
            return True
        return super().eventFilter(watched, event)


class EnterSaves(QObject):
    """Enter pressed anywhere in ``dialog`` presses ``button`` (save), every time.

    One mechanism for every form, rather than each widget's own idea of Enter:

    - in a line edit, a date, a combo (closed), a check box: Enter saves;
    - in a multi-line text, Enter starts a new line and Ctrl+Enter saves (Ctrl+Enter saves from
      any field);
    - with a completer's list of matches open (the comuna), Enter takes the highlighted match,
      closes the list, and saves;
    - with a list the officer opened (a combo's, the calendar), Enter picks in it, as usual;
    - on a focused push button other than save (Cancelar), Enter presses that button.

    Shortcuts of the dialog's window do the work, so nothing depends on which widget has the
    focus or on what happened before (a shown error, a closed message box).
    """

    def __init__(self, dialog: QDialog, button: QAbstractButton) -> None:
        super().__init__(dialog)
        self._dialog = dialog
        self._button = button
        self._popups: set[QWidget] = set()
        for keys in ("Return", "Enter", "Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), dialog)
            shortcut.setAutoRepeat(False)  # holding Enter down saves once
            shortcut.activated.connect(self.trigger)
        if isinstance(button, QPushButton):
            button.setDefault(True)
        for other in dialog.findChildren(QPushButton):
            if other is not button:
                other.setAutoDefault(False)
        dialog.installEventFilter(self)

    def trigger(self) -> None:
        """What Enter does: press save (or the focused push button)."""
        if not self._dialog.isVisible() or not self._button.isEnabled():
            return
        focused = QApplication.focusWidget()
        if (
            isinstance(focused, QPushButton)
            and focused is not self._button
            and focused.window() is self._dialog
        ):
            focused.click()
            return
        self._button.click()

    def watch_completers(self, edits: Iterable[QLineEdit]) -> None:
        """Let Enter in the completion lists of ``edits`` save, after the list took its pick."""
        for edit in edits:
            completer: QCompleter | None = edit.completer()  # None at run time, not in stubs
            if completer is None:
                continue
            popup = completer.popup()
            if popup is not None and popup not in self._popups:
                self._popups.add(popup)
                popup.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        dialog = getattr(self, "_dialog", None)
        if dialog is None:  # torn down while a completer's popup still sends it events
            return False
        if watched is dialog and event.type() == QEvent.Type.Show:
            self.watch_completers(dialog.findChildren(QLineEdit))
        elif (
            watched in self._popups
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in ENTER_KEYS
            and not event.isAutoRepeat()
        ):
            # The completer handles the key first (takes the match, closes its list); then save.
            QTimer.singleShot(0, self.trigger)
        return False


class WheelScrollsTheForm(QObject):
    """The mouse wheel over a form scrolls the form. A drop-down or a number field it passes over
    keeps its value: it changes with the wheel only once clicked or reached with Tab (a value
    changed by a passing wheel would be saved without the officer noticing)."""

    def __init__(self, scroll_area: QScrollArea) -> None:
        super().__init__(scroll_area)
        self._scroll_area = scroll_area

    def guard(self, root: QWidget) -> None:
        for widget in root.findChildren(QWidget):
            if isinstance(widget, QComboBox | QAbstractSpinBox):
                widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
                widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Wheel
            and isinstance(watched, QWidget)
            and not watched.hasFocus()
        ):
            QCoreApplication.sendEvent(self._scroll_area.viewport(), event)
            return True
        return super().eventFilter(watched, event)


class FormDialog(QDialog):
    """A dialog holding one form: the form scrolls, Guardar/Cancelar stay in sight, Enter saves.

    Subclasses put their fields in :attr:`body` and implement :meth:`save`. The dialog is never
    taller or wider than the screen it opens on: at 1024×600 the fields scroll and the buttons
    stay below them.
    """

    def __init__(
        self, parent: QWidget | None = None, *, preferred: tuple[int, int] = (520, 320)
    ) -> None:
        super().__init__(parent)
        self._preferred = preferred
        self.body = QWidget()
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidget(self.body)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Guardar"))
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("Cancelar"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.hint = QLabel(
            self.tr("Enter guarda; en un texto de varias líneas, Ctrl+Enter guarda.")
        )
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.enter_saves = EnterSaves(self, self.save_button)
        self.wheel = WheelScrollsTheForm(self.scroll_area)
        self._guarded = False

    errors: FieldErrors
    """The form's errors under its fields; each subclass makes it once its fields exist."""

    def save(self) -> None:
        raise NotImplementedError

    def error_text(self, name: str) -> str:
        """The message shown under the field ``name`` ("" when none)."""
        return self.errors.message(name)

    def reveal(self, widget: QWidget | None) -> None:
        """Scroll the form so that ``widget`` (a field with an error) is in sight, and focus it."""
        if widget is None:
            return
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        self.scroll_area.ensureWidgetVisible(widget, 10, 30)

    def showEvent(self, event: QShowEvent) -> None:
        if not self._guarded:  # the fields exist now (subclasses add them after __init__)
            self._guarded = True
            self.wheel.guard(self.body)
        self.fit_to_screen()
        super().showEvent(event)

    def fit_to_screen(self, area: QRect | None = None) -> None:
        """The preferred size, or less: never more than the free ``area`` of the screen (by
        default the screen's, the taskbar left out)."""
        if area is None:
            parent = self.parentWidget()
            area = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        frame = WINDOW_FRAME_HEIGHT
        layout = self.layout()
        assert layout is not None
        margins = layout.contentsMargins()
        natural_width = self.body.sizeHint().width() + margins.left() + margins.right() + 20
        natural_height = (
            self.body.sizeHint().height()
            + self.hint.sizeHint().height()
            + self.buttons.sizeHint().height()
            + margins.top()
            + margins.bottom()
            + 2 * layout.spacing()
        )
        width = min(max(self._preferred[0], natural_width), area.width() - 16)
        height = min(max(self._preferred[1], natural_height), area.height() - frame)
        self.setMaximumSize(area.width() - 16, area.height() - frame)
        self.resize(width, height)
