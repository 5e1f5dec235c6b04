"""The «Datos personales» tab of a person's page (Ley 21.719): the legal basis and consent, the
person's requests with their legal deadline (overdue ones in red), and one button per right —
the copy of their data (acceso y portabilidad), rectification (the person's form), objection to
sharing beyond the office, and erasure (anonymisation, encargado(a) only). Each action starts
from or records its request."""

from __future__ import annotations

import re
from contextlib import suppress
from pathlib import Path
from typing import cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from omil_desktop.domain.dates import format_date
from omil_desktop.domain.privacy import RequestKind, RequestStatus
from omil_desktop.domain.text import fold
from omil_desktop.domain.texts import translate
from omil_desktop.services.clock import today
from omil_desktop.services.data_requests import CONSENT_WITHDRAWN, RequestRow, deadline_text
from omil_desktop.services.erasure import ErasurePlan
from omil_desktop.services.errors import ServiceError, StorageError, ValidationFailed
from omil_desktop.services.workspace import Workspace
from omil_desktop.ui.errors import show_problem
from omil_desktop.ui.widgets.date_field import DateField
from omil_desktop.ui.widgets.enum_combo import EnumCombo
from omil_desktop.ui.widgets.form import FieldErrors, FormDialog, FormSection

OVERDUE = QColor("#b00020")


def copy_file_name(name: str) -> str:
    """``datos-persona-anonimizada.pdf``: a file name without accents or spaces."""
    words = re.sub(r"[^a-z0-9]+", "-", fold(name).lower()).strip("-")
    return f"datos-{words[:60].rstrip('-') or 'persona'}.pdf"


class PrivacyTab(QWidget):
    edit_requested = Signal(str)
    """Rectification: open the person's form (its changes are audited)."""
    person_changed = Signal(str)
    """The person's data changed here (consent withdrawn, anonymised): show them again."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self.person_id: str | None = None
        self.person_name = ""
        self.requests: list[RequestRow] = []
        self.basis = QLabel()
        self.basis.setWordWrap(True)
        self.basis.setTextFormat(Qt.TextFormat.PlainText)
        self.copy_button = QPushButton(self.tr("Copia de sus datos…"))
        self.copy_button.setToolTip(
            self.tr(
                "PDF y JSON con todos sus datos y quién accedió a ellos (acceso y portabilidad)"
            )
        )
        self.rectify_button = QPushButton(self.tr("Rectificación…"))
        self.rectify_button.setToolTip(self.tr("Registra la solicitud y abre el formulario"))
        self.object_button = QPushButton(self.tr("Oposición…"))
        self.object_button.setToolTip(
            self.tr("Se opone a que sus datos se compartan fuera de la oficina")
        )
        self.erase_button = QPushButton(self.tr("Supresión…"))
        self.erase_button.setToolTip(
            self.tr("Anonimiza sus datos; lo que la ley exige conservar queda sin nombre")
        )
        self.new_button = QPushButton(self.tr("Registrar solicitud…"))
        self.answer_button = QPushButton(self.tr("Responder…"))
        self.refuse_button = QPushButton(self.tr("Rechazar…"))
        # Two by two: the tab is never wider than the page's other tabs (1024×600).
        rights = QGridLayout()
        rights.addWidget(self.copy_button, 0, 0)
        rights.addWidget(self.rectify_button, 0, 1)
        rights.addWidget(self.object_button, 1, 0)
        rights.addWidget(self.erase_button, 1, 1)
        rights.setColumnStretch(2, 1)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Recibida"), self.tr("Solicitud"), self.tr("Plazo"), self.tr("Estado")]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.answer_view = QPlainTextEdit()
        self.answer_view.setReadOnly(True)
        self.answer_view.setPlaceholderText(self.tr("La solicitud elegida aún no tiene respuesta."))
        self.answer_view.setMaximumHeight(self.answer_view.fontMetrics().lineSpacing() * 4)
        self.empty = QLabel(self.tr("La persona no ha hecho solicitudes sobre sus datos."))
        self.empty.setWordWrap(True)
        request_buttons = QHBoxLayout()
        request_buttons.addWidget(self.new_button)
        request_buttons.addWidget(self.answer_button)
        request_buttons.addWidget(self.refuse_button)
        request_buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.basis)
        layout.addLayout(rights)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addLayout(request_buttons)
        layout.addWidget(self.answer_view)
        self.copy_button.clicked.connect(self.write_copy)
        self.rectify_button.clicked.connect(self.rectify)
        self.object_button.clicked.connect(self.object_to_sharing)
        self.erase_button.clicked.connect(self.erase)
        self.new_button.clicked.connect(self.new_request)
        self.answer_button.clicked.connect(lambda: self.close_request(refuse=False))
        self.refuse_button.clicked.connect(lambda: self.close_request(refuse=True))
        self.table.currentCellChanged.connect(lambda *_: self._current_changed())

    # -- showing ----------------------------------------------------------------------------------

    def show_person(self, person_id: str | None) -> None:
        self.person_id = person_id
        if person_id is None:
            return
        erasure = self._workspace.erasure
        # A contact kept for a follow-up now done goes now (else next time: the page opens).
        with suppress(ServiceError, StorageError):
            erasure.finish_pending()
        record = self._workspace.people.get(person_id)
        data = record.data
        self.person_name = data.full_name()
        state = erasure.state(person_id)
        anonymised = state.anonymised_on
        lines = []
        if anonymised is not None:
            lines.append(
                self.tr(
                    "Datos anonimizados el {date}: se conserva, sin nombre, lo que la ley "
                    "exige para los informes y la rendición."
                ).format(date=format_date(anonymised))
            )
        lines.append(self.tr("Base de licitud: ") + state.legal_basis.label)
        if data.consent_on is not None and data.consent_method is not None:
            lines.append(
                self.tr(
                    "Consentimiento para compartir fuera de la oficina: {date} ({how})."
                ).format(date=format_date(data.consent_on), how=data.consent_method.label)
            )
        else:
            lines.append(
                self.tr("Sin consentimiento para compartir sus datos fuera de la oficina.")
            )
        self.basis.setText("\n".join(lines))
        self.erase_button.setEnabled(anonymised is None)
        self.rectify_button.setEnabled(anonymised is None)
        self.object_button.setEnabled(anonymised is None and data.consent_on is not None)
        self.show_requests()

    def show_requests(self, current: str | None = None) -> None:
        if self.person_id is None:
            return
        self.requests = self._workspace.data_requests.of_person(self.person_id)
        now = today()
        self.table.setRowCount(len(self.requests))
        for i, row in enumerate(self.requests):
            cells = (
                format_date(row.received_on),
                row.kind.label,
                format_date(row.due_on),
                deadline_text(row, now)
                if row.status is not RequestStatus.PENDING
                else (self.tr("Pendiente · ") + deadline_text(row, now)),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if row.overdue(now):
                    item.setForeground(QBrush(OVERDUE))
                    item.setToolTip(self.tr("Plazo legal vencido: responda cuanto antes."))
                self.table.setItem(i, column, item)
        self.empty.setVisible(not self.requests)
        self.table.setVisible(bool(self.requests))
        ids = [r.id for r in self.requests]
        if self.requests:
            self.table.setCurrentCell(ids.index(current) if current in ids else 0, 0)
        self._current_changed()

    def current_request(self) -> RequestRow | None:
        row = self.table.currentRow()
        return self.requests[row] if 0 <= row < len(self.requests) else None

    def _current_changed(self) -> None:
        current = self.current_request()
        self.answer_view.setPlainText(current.answer if current else "")
        pending = current is not None and current.status is RequestStatus.PENDING
        self.answer_button.setEnabled(pending)
        self.refuse_button.setEnabled(pending)

    # -- the rights -------------------------------------------------------------------------------

    def ask_save_path(self) -> Path | None:
        """Where to save the copy (the system's dialog; tests replace it)."""
        from omil_desktop.ui.workshops.documents import ask_save_path

        return ask_save_path(
            self, self.tr("Guardar la copia de sus datos"), copy_file_name(self.person_name)
        )

    def write_copy(self) -> Path | None:
        """«Copia de sus datos…»: the PDF and, beside it, the JSON; the pending acceso or
        portabilidad request is answered (or one is recorded, answered)."""
        if self.person_id is None:
            return None
        target = self.ask_save_path()
        if target is None:
            return None
        json_path = target.with_suffix(".json")
        try:
            self._workspace.person_data.write_copy(self.person_id, target, json_path)
            request = self._workspace.data_requests.record_copy(
                self.person_id, f"{target.name} y {json_path.name}"
            )
        except (ServiceError, StorageError) as exc:
            show_problem(self, str(exc))
            return None
        self.show_requests(current=request)
        QMessageBox.information(
            self,
            self.tr("Copia de sus datos"),
            self.tr("Se guardaron {pdf} y {json} en {folder}.").format(
                pdf=target.name, json=json_path.name, folder=str(target.parent)
            ),
        )
        return target

    def rectify(self) -> None:
        """«Rectificación…»: record the request, then open the person's form."""
        if self.person_id is None:
            return
        try:
            request = self._workspace.data_requests.add(self.person_id, RequestKind.RECTIFICATION)
        except (ServiceError, StorageError) as exc:
            show_problem(self, str(exc))
            return
        self.show_requests(current=request)
        self.edit_requested.emit(self.person_id)

    def object_to_sharing(self) -> None:
        """«Oposición…»: the objection to sharing beyond the office withdraws the consent."""
        if self.person_id is None:
            return
        confirm = QMessageBox.question(
            self,
            self.tr("Oposición"),
            self.tr(
                "La persona se opone a que sus datos se compartan fuera de la oficina. Se "
                "registrará la solicitud y se retirará su consentimiento: ya no se la podrá "
                "derivar a ofertas de otras oficinas. ¿Continuar?"
            ),
        )
        if confirm != QMessageBox.StandardButton.Yes:
            return
        try:
            request = self._workspace.data_requests.object_to_sharing(self.person_id)
        except (ServiceError, StorageError) as exc:
            show_problem(self, str(exc))
            return
        self.person_changed.emit(self.person_id)
        self.show_requests(current=request)
        QMessageBox.information(
            self,
            self.tr("Oposición registrada"),
            translate("services.data_requests", CONSENT_WITHDRAWN),
        )

    def erase(self) -> ErasureDialog | None:
        """«Supresión…»: what goes and what stays, then the anonymisation."""
        if self.person_id is None:
            return None
        try:
            plan = self._workspace.erasure.plan(self.person_id)
        except (ServiceError, StorageError) as exc:
            show_problem(self, str(exc))
            return None
        dialog = ErasureDialog(self._workspace, self.person_id, self.person_name, plan, self)
        person_id = self.person_id
        dialog.accepted.connect(lambda: self.person_changed.emit(person_id))
        dialog.accepted.connect(lambda: self.show_person(self.person_id))
        dialog.open()
        self.erasure_dialog = dialog
        return dialog

    def new_request(self) -> RequestDialog | None:
        if self.person_id is None:
            return None
        dialog = RequestDialog(self._workspace, self.person_id, self.person_name, self)
        dialog.accepted.connect(lambda: self.show_requests(current=dialog.request_id))
        dialog.open()
        self.request_dialog = dialog
        return dialog

    def close_request(self, *, refuse: bool) -> AnswerDialog | None:
        current = self.current_request()
        if current is None or current.status is not RequestStatus.PENDING:
            return None
        dialog = AnswerDialog(self._workspace, current, refuse=refuse, parent=self)
        dialog.accepted.connect(lambda: self.show_requests(current=current.id))
        dialog.open()
        self.answer_dialog = dialog
        return dialog


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet("font-weight: bold;")
    return label


class RequestDialog(FormDialog):
    """«Registrar solicitud…»: what the person asked and the day it was received."""

    def __init__(
        self, workspace: Workspace, person_id: str, person_name: str, parent: QWidget | None
    ) -> None:
        super().__init__(parent, preferred=(480, 260))
        self._workspace = workspace
        self._person_id = person_id
        self.request_id: str | None = None
        self.setWindowTitle(self.tr("Registrar solicitud sobre sus datos"))
        self.kind = EnumCombo(RequestKind, blank=self.tr("— Elija la solicitud —"))
        self.received_on = DateField()
        self.received_on.set_value(today())
        self.section = FormSection(self.tr("Solicitud"))
        self.section.add("kind", self.tr("Solicitud *"), self.kind)
        self.section.add("received_on", self.tr("Recibida el *"), self.received_on)
        self.errors = FieldErrors(self.section.fields, self.check, parent=self)
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(_heading(person_name))
        body.addWidget(QLabel(self.tr("El plazo legal para responder es de 30 días corridos.")))
        body.addWidget(self.section, 1)
        self.kind.setFocus()

    def check(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        if self.kind.value() is None:
            errors["kind"] = self.tr("Elija qué solicita la persona.")
        try:
            received = self.received_on.value()
        except ValueError as exc:
            errors["received_on"] = str(exc)
        else:
            if received is None:
                errors["received_on"] = self.tr("Indique el día en que se recibió.")
            elif received > today():
                errors["received_on"] = self.tr("La fecha de recepción no puede ser futura.")
        return errors

    def save(self) -> None:
        self.received_on.tidy()
        errors = self.check()
        if errors:
            self.reveal(self.errors.show(errors))
            return
        kind = cast(RequestKind, self.kind.value())
        try:
            self.request_id = self._workspace.data_requests.add(
                self._person_id, kind, self.received_on.value()
            )
        except ValidationFailed as exc:
            self.reveal(self.errors.show(exc.errors))
            return
        except (StorageError, ServiceError) as exc:
            show_problem(self, str(exc))
            return
        self.accept()


class AnswerDialog(FormDialog):
    """«Responder…» / «Rechazar…» a pending request: what was done, or why it is refused."""

    def __init__(
        self,
        workspace: Workspace,
        request: RequestRow,
        *,
        refuse: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, preferred=(520, 320))
        self._workspace = workspace
        self._request = request
        self._refuse = refuse
        self.setWindowTitle(
            self.tr("Rechazar la solicitud") if refuse else self.tr("Responder la solicitud")
        )
        self.answer = QPlainTextEdit()
        self.answer.setTabChangesFocus(True)
        self.answer.setMinimumHeight(100)
        self.section = FormSection(
            self.tr("{kind}, recibida el {date}").format(
                kind=request.kind.label, date=format_date(request.received_on)
            )
        )
        self.section.add(
            "answer",
            self.tr("Motivo *") if refuse else self.tr("Respuesta *"),
            self.answer,
        )
        self.errors = FieldErrors(self.section.fields, self.check, parent=self)
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(_heading(request.person_name))
        body.addWidget(self.section, 1)
        self.hint.setText(self.tr("Ctrl+Enter guarda."))
        self.answer.setFocus()

    def check(self) -> dict[str, str]:
        if not self.answer.toPlainText().strip():
            return {"answer": self.tr("Escriba la respuesta: qué se hizo o por qué se rechaza.")}
        return {}

    def save(self) -> None:
        errors = self.check()
        if errors:
            self.reveal(self.errors.show(errors))
            return
        requests = self._workspace.data_requests
        close = requests.refuse if self._refuse else requests.answer
        try:
            close(self._request.id, self.answer.toPlainText())
        except ValidationFailed as exc:
            self.reveal(self.errors.show(exc.errors))
            return
        except (StorageError, ServiceError) as exc:
            show_problem(self, str(exc))
            return
        self.accept()


class ErasureDialog(FormDialog):
    """«Supresión…»: what the anonymisation removes and what it keeps and why (in Spanish, as
    the answer to the request will say it), the reason, and «Anonimizar». Records the supresión
    request when none is pending, and answers it with the plan."""

    def __init__(
        self,
        workspace: Workspace,
        person_id: str,
        person_name: str,
        plan: ErasurePlan,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, preferred=(620, 520))
        self._workspace = workspace
        self._person_id = person_id
        self.plan = plan
        self.setWindowTitle(self.tr("Supresión de sus datos"))
        self.save_button.setText(self.tr("Anonimizar"))
        self.plan_view = QPlainTextEdit(plan.text(done=False))
        self.plan_view.setReadOnly(True)
        self.plan_view.setMinimumHeight(220)
        # Empty, so that nothing irreversible happens on a stray Enter: the officer writes why.
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Ej.: solicitud de la persona"))
        self.reason.setMaxLength(200)
        self.section = FormSection(self.tr("Anonimización"))
        self.section.add("reason", self.tr("Motivo *"), self.reason)
        self.errors = FieldErrors(self.section.fields, self.check, parent=self)
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(_heading(person_name))
        warning = QLabel(
            self.tr(
                "Esto no se puede deshacer. Solo el encargado(a) de la OMIL puede hacerlo. "
                "Los cambios llegan al servidor regional y a los otros equipos de la oficina."
            )
        )
        warning.setWordWrap(True)
        body.addWidget(warning)
        body.addWidget(self.plan_view, 1)
        body.addWidget(self.section)
        self.reason.setFocus()

    def check(self) -> dict[str, str]:
        if not self.reason.text().strip():
            return {"reason": self.tr("Indique el motivo de la supresión.")}
        return {}

    def save(self) -> None:
        errors = self.check()
        if errors:
            self.reveal(self.errors.show(errors))
            return
        try:
            self._workspace.erasure.anonymise(
                self._person_id, self.reason.text(), record_request=True
            )
        except (StorageError, ServiceError) as exc:
            show_problem(self, str(exc))
            return
        self.accept()
