"""The Sincronización area: enroll this PC, see how sync is going, decide conflicts, and see the
received records this PC had to set aside."""

from __future__ import annotations

import socket
from datetime import UTC

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from omil_desktop.domain.dates import format_date
from omil_desktop.services.errors import ServiceError
from omil_desktop.services.sync_conflicts import Keep
from omil_desktop.services.workspace import Workspace
from omil_desktop.ui.errors import show_problem
from omil_desktop.ui.sync.controller import SyncController, SyncView


class SyncPage(QWidget):
    data_changed = Signal()
    """A conflict was decided: a record changed."""

    def __init__(
        self, workspace: Workspace, controller: SyncController, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._controller = controller

        # -- enrollment ---------------------------------------------------------------------
        self.enroll_box = QGroupBox(self.tr("Inscribir este equipo en el servidor regional"))
        self.server_edit = QLineEdit()
        self.server_edit.setPlaceholderText("https://omil.sence.cl/los-lagos")
        self.code_edit = QLineEdit()
        self.code_edit.setPlaceholderText("K7QM-2XHD-P4NA")
        self.device_edit = QLineEdit(socket.gethostname())
        self.enroll_button = QPushButton(self.tr("Inscribir"))
        self.enroll_message = QLabel()
        self.enroll_message.setWordWrap(True)
        self.enroll_message.setStyleSheet("color: #b00020;")
        form = QFormLayout(self.enroll_box)
        form.addRow(self.tr("Dirección del servidor"), self.server_edit)
        form.addRow(self.tr("Código de inscripción"), self.code_edit)
        form.addRow(self.tr("Nombre de este equipo"), self.device_edit)
        form.addRow("", self.enroll_button)
        form.addRow("", self.enroll_message)
        help_text = QLabel(
            self.tr(
                "El código lo entrega la Dirección Regional del SENCE, sirve una sola vez y "
                "vence en 7 días."
            )
        )
        help_text.setWordWrap(True)
        form.addRow("", help_text)

        # -- state ------------------------------------------------------------------------------
        self.state_box = QGroupBox(self.tr("Estado"))
        self.server_label = QLabel()
        self.region_label = QLabel()
        self.credential_label = QLabel()
        self.credential_label.setWordWrap(True)
        self.last_sync_label = QLabel()
        self.state_label = QLabel()
        self.state_label.setWordWrap(True)
        self.state_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sync_button = QPushButton(self.tr("Sincronizar ahora"))
        self.reenroll_button = QPushButton(self.tr("Inscribir de nuevo…"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.sync_button)
        buttons.addWidget(self.reenroll_button)
        buttons.addStretch(1)
        state = QFormLayout(self.state_box)
        state.addRow(self.tr("Servidor"), self.server_label)
        state.addRow(self.tr("Región y red"), self.region_label)
        state.addRow(self.tr("Credencial"), self.credential_label)
        state.addRow(self.tr("Última sincronización"), self.last_sync_label)
        state.addRow(self.tr("Estado"), self.state_label)
        state.addRow("", buttons)

        # -- conflicts --------------------------------------------------------------------------
        self.conflicts_box = QGroupBox(self.tr("Conflictos por decidir"))
        explanation = QLabel(
            self.tr(
                "El mismo dato quedó distinto aquí y en el servidor regional (lo cambió la "
                "Dirección Regional, u otro equipo de la oficina registró a la misma persona). "
                "Elija cuál queda; la elección se enviará en la próxima sincronización."
            )
        )
        explanation.setWordWrap(True)
        self.conflicts_table = QTableWidget(0, 4)
        self.conflicts_table.setHorizontalHeaderLabels(
            [
                self.tr("Registro"),
                self.tr("Dato"),
                self.tr("Valor de este equipo"),
                self.tr("Valor del servidor"),
            ]
        )
        self.conflicts_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.conflicts_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.conflicts_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.conflicts_table.verticalHeader().setVisible(False)
        self.keep_local_button = QPushButton(self.tr("Mantener el de este equipo"))
        self.keep_server_button = QPushButton(self.tr("Usar el del servidor"))
        choose = QHBoxLayout()
        choose.addWidget(self.keep_local_button)
        choose.addWidget(self.keep_server_button)
        choose.addStretch(1)
        conflicts = QVBoxLayout(self.conflicts_box)
        conflicts.addWidget(explanation)
        conflicts.addWidget(self.conflicts_table)
        conflicts.addLayout(choose)

        # -- received records set aside --------------------------------------------------------
        self.set_aside_box = QGroupBox(self.tr("Registros recibidos apartados"))
        set_aside_help = QLabel(
            self.tr(
                "Estos registros llegaron del servidor regional pero este equipo no pudo "
                "guardarlos; el resto de la sincronización siguió. Se vuelven a intentar en cada "
                "sincronización. Si el motivo no se corrige, avise a la Dirección Regional."
            )
        )
        set_aside_help.setWordWrap(True)
        self.set_aside_table = QTableWidget(0, 3)
        self.set_aside_table.setHorizontalHeaderLabels(
            [self.tr("Registro"), self.tr("Motivo"), self.tr("Recibido")]
        )
        self.set_aside_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.set_aside_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.set_aside_table.setWordWrap(True)
        header = self.set_aside_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.set_aside_table.verticalHeader().setVisible(False)
        self.retry_button = QPushButton(self.tr("Reintentar ahora"))
        self.discard_button = QPushButton(self.tr("Descartar el seleccionado"))
        set_aside_buttons = QHBoxLayout()
        set_aside_buttons.addWidget(self.retry_button)
        set_aside_buttons.addWidget(self.discard_button)
        set_aside_buttons.addStretch(1)
        set_aside = QVBoxLayout(self.set_aside_box)
        set_aside.addWidget(set_aside_help)
        set_aside.addWidget(self.set_aside_table)
        set_aside.addLayout(set_aside_buttons)

        for box in (self.enroll_box, self.state_box):
            box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout = QVBoxLayout(self)
        layout.addWidget(self.enroll_box)
        layout.addWidget(self.state_box)
        layout.addWidget(self.conflicts_box, 1)
        layout.addWidget(self.set_aside_box, 1)
        layout.addStretch(0)

        self.enroll_button.clicked.connect(self._enroll)
        self.code_edit.returnPressed.connect(self._enroll)
        self.sync_button.clicked.connect(controller.sync_now)
        self.reenroll_button.clicked.connect(self._show_enroll)
        self.keep_local_button.clicked.connect(lambda: self._resolve("local"))
        self.keep_server_button.clicked.connect(lambda: self._resolve("server"))
        self.retry_button.clicked.connect(controller.sync_now)
        self.discard_button.clicked.connect(self._discard)
        controller.view_changed.connect(self._refresh_if_visible)
        controller.enrolled.connect(self._enrolled)
        controller.enroll_failed.connect(self._enroll_failed)
        controller.data_changed.connect(self._refresh_if_visible)
        self._conflict_ids: list[int] = []
        self._set_aside_ids: list[int] = []
        self.enroll_box.setVisible(False)
        self.state_box.setVisible(False)
        self.conflicts_box.setVisible(False)
        self.set_aside_box.setVisible(False)

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()
        super().showEvent(event)

    # -- enrollment ----------------------------------------------------------------------------

    def _enroll(self) -> None:
        url = self.server_edit.text().strip()
        code = self.code_edit.text().strip()
        if not url or not code:
            self.enroll_message.setText(
                self.tr("Escriba la dirección del servidor y el código de inscripción.")
            )
            return
        self.enroll_message.setText(self.tr("Inscribiendo…"))
        self.enroll_button.setEnabled(False)
        self._controller.enroll(url, code, self.device_edit.text().strip())

    def _enrolled(self) -> None:
        self.enroll_button.setEnabled(True)
        self.enroll_message.clear()
        self.code_edit.clear()
        self._refresh_if_visible()

    def _enroll_failed(self, message: str) -> None:
        self.enroll_button.setEnabled(True)
        self.enroll_message.setText(message)

    def _show_enroll(self) -> None:
        self.enroll_box.setVisible(True)
        self.server_edit.setFocus()

    # -- state -------------------------------------------------------------------------------

    def _refresh_if_visible(self) -> None:
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        status = self._controller.status()
        self.enroll_box.setVisible(not status.enrolled)
        self.state_box.setVisible(status.enrolled)
        if status.enrolled:
            self.server_label.setText(status.server_url or "")
            self.region_label.setText(
                f"{status.region_name} · {status.network or self.tr('sin Red Territorial')}"
            )
            if status.credential_store == "file":
                self.credential_label.setText(
                    self.tr(
                        "Guardada en un archivo protegido de la carpeta de datos (solo su "
                        "usuario puede leerlo), porque este equipo no tiene llavero del sistema."
                    )
                )
            else:
                self.credential_label.setText(self.tr("Guardada en el llavero del sistema."))
            last = status.last_sync_at
            if last is None:
                self.last_sync_label.setText(self.tr("Nunca"))
            else:
                local = last.replace(tzinfo=UTC).astimezone()
                self.last_sync_label.setText(f"{format_date(local.date())} {local:%H:%M}")
        self._show_view(self._controller.view())
        self._load_conflicts()
        self._load_set_aside()

    def _show_view(self, view: SyncView) -> None:
        text = view.text + (f": {view.reason}" if view.reason else "")
        self.state_label.setText(text)
        self.sync_button.setEnabled(not self._controller.busy)

    def _load_conflicts(self) -> None:
        conflicts = self._workspace.conflicts.list_open()
        self._conflict_ids = [c.id for c in conflicts]
        self.conflicts_table.setRowCount(len(conflicts))
        for row, conflict in enumerate(conflicts):
            values = (
                f"{conflict.record_kind}: {conflict.record}",
                conflict.field_label,
                conflict.local_value,
                conflict.server_value,
            )
            for column, value in enumerate(values):
                self.conflicts_table.setItem(row, column, QTableWidgetItem(value))
        has = bool(conflicts)
        self.conflicts_box.setVisible(has)
        self.keep_local_button.setEnabled(has)
        self.keep_server_button.setEnabled(has)

    def _load_set_aside(self) -> None:
        items = self._workspace.set_aside.list_all()
        self._set_aside_ids = [item.id for item in items]
        self.set_aside_table.setRowCount(len(items))
        for row, item in enumerate(items):
            local = item.received_at.replace(tzinfo=UTC).astimezone()
            values = (
                f"{item.record_kind}: {item.record}",
                item.reason,
                f"{format_date(local.date())} {local:%H:%M}",
            )
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                cell.setToolTip(value)
                self.set_aside_table.setItem(row, column, cell)
        self.set_aside_table.resizeRowsToContents()
        self.set_aside_box.setVisible(bool(items))
        self.retry_button.setEnabled(not self._controller.busy)

    def _discard(self) -> None:
        rows = sorted({index.row() for index in self.set_aside_table.selectedIndexes()})
        if not rows:
            show_problem(self, self.tr("Seleccione el registro apartado que quiere descartar."))
            return
        answer = QMessageBox.question(
            self,
            self.tr("Descartar registro recibido"),
            self.tr(
                "Este equipo se quedará sin ese cambio de la Dirección Regional u otra oficina. "
                "¿Descartarlo?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            for row in rows:
                self._workspace.set_aside.discard(self._set_aside_ids[row])
        except ServiceError as exc:
            show_problem(self, str(exc))
        self.refresh()
        self._controller.refresh()

    def _resolve(self, keep: Keep) -> None:
        rows = sorted({index.row() for index in self.conflicts_table.selectedIndexes()})
        if not rows:
            show_problem(self, self.tr("Seleccione el conflicto que quiere decidir."))
            return
        try:
            for row in rows:
                self._workspace.conflicts.resolve(self._conflict_ids[row], keep=keep)
        except ServiceError as exc:
            show_problem(self, str(exc))
        self.refresh()
        self._controller.refresh()
        self.data_changed.emit()
