"""Choosing one of Chile's 346 comunas by typing part of its name, with or without accents."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from omil_desktop.domain.territory import Territory
from omil_desktop.domain.text import fold

FOLDED_ROLE = Qt.ItemDataRole.UserRole + 1
CODE_ROLE = Qt.ItemDataRole.UserRole


class _FoldingCompleter(QCompleter):
    """Matches what is typed, folded, against each item's folded label ("nuble" → "Ñuble")."""

    def __init__(self, model: QStandardItemModel, parent: QObject) -> None:
        super().__init__(model, parent)
        self.setCompletionRole(FOLDED_ROLE)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setMaxVisibleItems(12)

    def splitPath(self, path: str) -> list[str]:
        return [fold(path)]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        return str(index.data(Qt.ItemDataRole.DisplayRole))


class ComunaCombo(QComboBox):
    """An editable combo of all comunas; :meth:`code` is the chosen CUT code or None."""

    def __init__(self, territory: Territory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._territory = territory
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        model = QStandardItemModel(self)
        for comuna in territory.comunas:
            region = territory.region_of_comuna(comuna.code).short_name
            label = f"{comuna.name} ({region})"
            item = QStandardItem(label)
            item.setData(comuna.code, CODE_ROLE)
            item.setData(f"{fold(label)} {comuna.code}", FOLDED_ROLE)
            model.appendRow(item)
        self.setModel(model)
        completer = _FoldingCompleter(model, self)
        self.setCompleter(completer)
        # The QModelIndex overload of an overloaded signal; PySide6's stubs cannot index one.
        completer.activated[QModelIndex].connect(self._completed)  # type: ignore[index]
        edit = self.lineEdit()
        assert edit is not None  # an editable combo has its line edit
        edit.setPlaceholderText(self.tr("Escriba para buscar la comuna…"))
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(18)
        edit.editingFinished.connect(self.tidy)
        self.setCurrentIndex(-1)

    def tidy(self) -> None:
        """Once typing is finished, show the comuna a fragment stands for ("niquen") in full."""
        code = self.code()
        if code is not None and self.currentData(CODE_ROLE) != code:
            self.set_code(code)

    def _completed(self, index: QModelIndex) -> None:
        self.set_code(str(index.data(CODE_ROLE)))

    def code(self) -> str | None:
        """The CUT code of the comuna written in the box, or None when none or several match.

        Accepts the label picked from the list, the comuna's name or CUT code as typed (accents
        optional), or any fragment that matches exactly one comuna ("niquen").
        """
        text = fold(self.currentText())
        if not text:
            return None
        comuna = self._territory.find_comuna(text)
        if comuna is not None:
            return comuna.code
        model = self.model()
        rows = [model.index(row, 0) for row in range(model.rowCount())]
        for index in rows:
            if fold(str(index.data())) == text:
                return str(index.data(CODE_ROLE))
        matches = [index for index in rows if text in str(index.data(FOLDED_ROLE))]
        return str(matches[0].data(CODE_ROLE)) if len(matches) == 1 else None

    def set_code(self, code: str | None) -> None:
        index = self.findData(code, CODE_ROLE) if code else -1
        self.setCurrentIndex(index)
        if index < 0:
            self.setEditText("")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Let Enter reach the dialog (save) instead of being eaten here (see EnterSaves).
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self.view().isVisible():
            event.ignore()
            return
        super().keyPressEvent(event)
