"""The Avisos area: the office's notices, those its Red Territorial shares, and the region's.

Notices of other offices and of the region arrive by sync and are read-only here.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from omil_desktop.domain.dates import format_date
from omil_desktop.domain.notices import TITLE_MAX, tidy_notice, validate_notice
from omil_desktop.services.clock import today
from omil_desktop.services.errors import ServiceError, ValidationFailed
from omil_desktop.services.notices import NoticeRow, NoticesService
from omil_desktop.services.workspace import Workspace
from omil_desktop.ui.errors import show_problem
from omil_desktop.ui.sync.controller import SyncController
from omil_desktop.ui.widgets.form import FieldErrors, FormDialog, FormSection


class NoticeDialog(FormDialog):
    """New notice: title, text, and whether the Red Territorial sees it. Saved through the
    notices service; every error shown at once beside its field, Enter saves."""

    def __init__(
        self, notices: NoticesService, network: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, preferred=(560, 360))
        self._notices = notices
        self.notice_id: str | None = None
        self.setWindowTitle(self.tr("Nuevo aviso"))
        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(TITLE_MAX)
        self.body_edit = QPlainTextEdit()
        self.body_edit.setTabChangesFocus(True)
        self.body_edit.setMinimumHeight(100)
        self.body_edit.setToolTip(self.tr("Enter: nueva línea · Ctrl+Enter: guardar"))
        self.shared_check = QCheckBox(
            self.tr("Compartir con mi Red Territorial") + (f" ({network})" if network else "")
        )
        if not network:
            self.shared_check.setEnabled(False)
            self.shared_check.setToolTip(
                self.tr("Esta oficina no pertenece a una Red Territorial.")
            )
        self.section = FormSection(self.tr("Aviso"))
        self.section.add("title", self.tr("Título *"), self.title_edit)
        self.section.add("body", self.tr("Texto"), self.body_edit)
        self.section.add("shared", "", self.shared_check)
        self.errors = FieldErrors(self.section.fields, self.check, parent=self)
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.section, 1)
        self.hint.setText(
            self.tr("Los campos con * son obligatorios. Enter guarda; en Texto, Ctrl+Enter.")
        )
        self.title_edit.setFocus()

    def check(self) -> dict[str, str]:
        title, body = tidy_notice(self.title_edit.text(), self.body_edit.toPlainText())
        return validate_notice(title, body, today())

    def save(self) -> None:
        errors = self.check()
        if errors:
            self.reveal(self.errors.show(errors))
            return
        try:
            self.notice_id = self._notices.create(
                self.title_edit.text(),
                self.body_edit.toPlainText(),
                today(),
                shared=self.shared_check.isChecked(),
            )
        except ValidationFailed as exc:
            self.reveal(self.errors.show(exc.errors))
            return
        except ServiceError as exc:
            show_problem(self, str(exc))
            return
        self.accept()


class NoticesPage(QWidget):
    data_changed = Signal()

    def __init__(
        self, workspace: Workspace, sync: SyncController, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._sync = sync
        self.new_button = QPushButton(self.tr("Nuevo aviso"))
        self.share_button = QPushButton(self.tr("Compartir / dejar de compartir"))
        self.delete_button = QPushButton(self.tr("Eliminar"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.share_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Fecha"), self.tr("Título"), self.tr("De"), self.tr("Compartido")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.body_label = QLabel()
        self.body_label.setWordWrap(True)
        self.body_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.body_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.body_label, 1)
        self.new_button.clicked.connect(self.new_notice)
        self.share_button.clicked.connect(self._toggle_share)
        self.delete_button.clicked.connect(self._delete)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self._notices: list[NoticeRow] = []

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        self._notices = self._workspace.notices.list()
        self.table.setRowCount(len(self._notices))
        for row, notice in enumerate(self._notices):
            values = (
                format_date(notice.published_on),
                notice.title,
                notice.office_name,
                self.tr("Sí") if notice.shared else self.tr("No"),
            )
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self._selection_changed()

    def _current(self) -> NoticeRow | None:
        rows = {index.row() for index in self.table.selectedIndexes()}
        return self._notices[min(rows)] if rows else None

    def _selection_changed(self) -> None:
        notice = self._current()
        editable = notice is not None and not notice.read_only
        self.share_button.setEnabled(editable)
        self.delete_button.setEnabled(editable)
        if notice is None:
            self.body_label.clear()
        elif notice.read_only:
            self.body_label.setText(
                notice.body
                + "\n\n"
                + self.tr("(Solo lectura: aviso de otra oficina o de la región)")
            )
        else:
            self.body_label.setText(notice.body)

    def new_notice(self) -> None:
        dialog = NoticeDialog(self._workspace.notices, self._workspace_network(), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.refresh()
        self.data_changed.emit()

    def _toggle_share(self) -> None:
        notice = self._current()
        if notice is None:
            return
        try:
            self._workspace.notices.set_shared(notice.id, not notice.shared)
        except ServiceError as exc:
            show_problem(self, str(exc))
        self.refresh()
        self.data_changed.emit()

    def _delete(self) -> None:
        notice = self._current()
        if notice is None:
            return
        try:
            self._workspace.notices.delete(notice.id)
        except ServiceError as exc:
            show_problem(self, str(exc))
        self.refresh()
        self.data_changed.emit()

    def _workspace_network(self) -> str:
        """The office's Red Territorial: the regional server's register once enrolled (it decides
        who sees a shared notice), the territory catalogue before."""
        status = self._sync.status()
        if status.enrolled:
            return status.network
        office = self._workspace.office
        if office is None:
            return ""
        return self._workspace.territory.network_of(office.comuna_code) or ""
