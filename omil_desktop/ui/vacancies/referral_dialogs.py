"""The small forms of intermediation: refer a person, change a referral's status, record the
placement and its three-month follow-up. Each is a FormDialog: Enter saves, errors beside fields.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import cast

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from omil_desktop.domain.intermediation import ContractType, ReferralStatus
from omil_desktop.domain.vacancies import MAX_CONTRACT_MONTHS, PlacementData
from omil_desktop.services.clock import today
from omil_desktop.services.errors import ServiceError, StorageError, ValidationFailed
from omil_desktop.services.referrals import ReferralRow, ReferralsService
from omil_desktop.services.workspace import Workspace
from omil_desktop.ui.errors import show_problem
from omil_desktop.ui.widgets.date_field import DateField
from omil_desktop.ui.widgets.enum_combo import EnumCombo
from omil_desktop.ui.widgets.form import ArrowsChoose, FieldErrors, FormDialog, FormSection
from omil_desktop.ui.widgets.labels import ElidedLabel

SEARCH_DELAY_MS = 150
MATCHES_SHOWN = 30
PERSON_ROLE = Qt.ItemDataRole.UserRole


def _date_of(field: DateField, name: str, errors: dict[str, str]) -> date | None:
    try:
        return field.value()
    except ValueError as exc:
        errors[name] = str(exc)
        return None


class _Form(FormDialog):
    """A FormDialog with one section whose errors come from ``check`` and from the service."""

    def __init__(self, title: str, heading: str, parent: QWidget | None) -> None:
        super().__init__(parent, preferred=(500, 240))
        self.setWindowTitle(title)
        self.heading = ElidedLabel(heading, max_lines=2)
        self.heading.setStyleSheet("font-weight: bold;")
        self.section = FormSection(title)
        self.general = QLabel()
        self.general.setWordWrap(True)
        self.general.setStyleSheet("color: #b00020;")
        self.general.setVisible(False)
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.heading)
        body.addWidget(self.section, 1)
        body.addWidget(self.general)

    def _errors_ready(self) -> None:
        self.errors = FieldErrors(self.section.fields, self.check, parent=self)

    def check(self) -> dict[str, str]:
        raise NotImplementedError

    def _run(self, action: Callable[[], object], refusal_field: str) -> bool:
        """Do what the form asks; a refusal is shown beside ``refusal_field``."""
        errors = self.check()
        if errors:
            self.reveal(self.errors.show(errors))
            return False
        try:
            action()
        except ValidationFailed as exc:
            self.reveal(self.errors.show(exc.errors))
            return False
        except StorageError as exc:
            show_problem(self, str(exc))
            return False
        except ServiceError as exc:
            self.reveal(self.errors.show({refusal_field: str(exc)}))
            return False
        self.accept()
        return True


class ReferDialog(_Form):
    """Refer a person of the registry to a vacancy: type part of the name or RUT, pick, save."""

    def __init__(
        self, workspace: Workspace, vacancy_id: str, vacancy_title: str, parent: QWidget | None
    ) -> None:
        super().__init__(self.tr("Derivar persona"), vacancy_title, parent)
        self._workspace = workspace
        self._vacancy_id = vacancy_id
        self.referral_id: str | None = None
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("RUT o nombre, ej. 12.345 o nunez"))
        self.search.setClearButtonEnabled(True)
        self.matches = QListWidget()
        self.matches.setMinimumHeight(140)
        self.on = DateField()
        self.on.set_value(today())
        person = QWidget()
        column = QVBoxLayout(person)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.search)
        column.addWidget(self.matches)
        self.section.add("person_id", self.tr("Persona *"), person)
        self.section.add("referred_on", self.tr("Fecha *"), self.on)
        # The person's error goes away when the officer searches or picks again.
        self.section.fields["person_id"] = (self.search, self.section.fields["person_id"][1])
        self._errors_ready()
        self.matches.currentRowChanged.connect(lambda _row: self.errors._edited("person_id"))
        self.hint.setText(self.tr("↓ elige en la lista; Enter deriva a la persona elegida."))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.find_people)
        self.search.textChanged.connect(self._timer.start)
        self._arrows = ArrowsChoose(self.search, self.matches)
        self.search.setFocus()

    def find_people(self) -> None:
        """Show the people whose RUT or name matches what is typed; the first is chosen."""
        self._timer.stop()
        self.matches.clear()
        query = self.search.text().strip()
        if not query:
            return
        result = self._workspace.people.search(query, page_size=MATCHES_SHOWN)
        for row in result.rows:
            item = QListWidgetItem(f"{row.full_name} · {row.rut or '—'} · {row.comuna}")
            item.setData(PERSON_ROLE, row.id)
            self.matches.addItem(item)
        if result.rows:
            self.matches.setCurrentRow(0)

    def person_id(self) -> str | None:
        if self._timer.isActive():
            self.find_people()
        item = self.matches.currentItem()
        return str(item.data(PERSON_ROLE)) if item is not None else None

    def check(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        if self.person_id() is None:
            errors["person_id"] = self.tr("Busque y elija a la persona que deriva.")
        on = _date_of(self.on, "referred_on", errors)
        if on is None and "referred_on" not in errors:
            errors["referred_on"] = self.tr("Indique la fecha de la derivación.")
        return errors

    def save(self) -> None:
        self.on.tidy()

        def refer() -> None:
            person = self.person_id()
            assert person is not None
            self.referral_id = self._workspace.referrals.refer(
                self._vacancy_id, person, self.on.value()
            )

        self._run(refer, "person_id")


class AdvanceDialog(_Form):
    """Change a referral's status (derivado → entrevistado → contratado …) with its date."""

    def __init__(
        self, referrals: ReferralsService, row: ReferralRow, parent: QWidget | None
    ) -> None:
        super().__init__(self.tr("Cambiar estado"), row.candidate, parent)
        self._referrals = referrals
        self._row = row
        self.status = QComboBox()
        for status in row.next_statuses:
            self.status.addItem(status.label, status.value)
        self.on = DateField()
        self.on.set_value(today())
        current = QLabel(row.status.label)
        self.section.add("current", self.tr("Estado actual"), current)
        self.section.add("status", self.tr("Nuevo estado *"), self.status)
        self.section.add("on", self.tr("Fecha *"), self.on)
        self._errors_ready()
        self.status.setFocus()

    def chosen(self) -> ReferralStatus | None:
        data = self.status.currentData()
        return ReferralStatus(data) if data else None

    def check(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        if self.chosen() is None:
            errors["status"] = self.tr("Elija el nuevo estado.")
        on = _date_of(self.on, "on", errors)
        if on is None and "on" not in errors:
            errors["on"] = self.tr("Indique la fecha.")
        return errors

    def save(self) -> None:
        self.on.tidy()

        def advance() -> None:
            status = self.chosen()
            assert status is not None
            self.result_status = self._referrals.advance(self._row.id, status, self.on.value())

        self._run(advance, "status")


class PlacementDialog(_Form):
    """The contract a hire ended in; whether it counts as a placement is said as it is typed."""

    def __init__(
        self,
        referrals: ReferralsService,
        row: ReferralRow,
        parent: QWidget | None,
        *,
        contract: ContractType | None = None,
    ) -> None:
        """``contract``: the vacancy's contract type, where the form starts."""
        super().__init__(self.tr("Registrar colocación"), row.candidate, parent)
        self._referrals = referrals
        self._row = row
        self.placement_id: str | None = None
        self.start = DateField()
        self.start.set_value(row.outcome_on or today())
        self.contract = EnumCombo(ContractType, blank=self.tr("— Elija —"))
        self.contract.set_value(contract)
        self.months = QLineEdit()
        self.months.setMaximumWidth(90)
        self.months.setPlaceholderText(self.tr("meses"))
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        self.job_status = QCheckBox(self.tr("Actualizar su situación laboral a «Ocupado»"))
        self.job_status.setChecked(True)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(70)
        self.section.add("start_on", self.tr("Inicio del contrato *"), self.start)
        self.section.add("contract_type", self.tr("Tipo de contrato *"), self.contract)
        self.section.add("months", self.tr("Duración (meses)"), self.months)
        self.section.add("counts", "", self.counts)
        self.section.add("job_status", "", self.job_status)
        self.section.add("notes", self.tr("Observaciones"), self.notes)
        self._errors_ready()
        self.contract.currentIndexChanged.connect(self._update_counts)
        self.months.textChanged.connect(self._update_counts)
        self._update_counts()
        self.contract.setFocus()

    def data(self) -> tuple[PlacementData, dict[str, str]]:
        errors: dict[str, str] = {}
        start = _date_of(self.start, "start_on", errors)
        months: int | None = None
        contract = cast(ContractType | None, self.contract.value())
        if self.months.text().strip() and contract is not ContractType.INDEFINITE:
            try:
                months = int(self.months.text().strip())
            except ValueError:
                errors["months"] = self.tr(
                    "Escriba los meses como número entero, de 1 a {n}."
                ).format(n=MAX_CONTRACT_MONTHS)
        return PlacementData(start, contract, months, self.notes.toPlainText()), errors

    def _update_counts(self) -> None:
        data, unreadable = self.data()
        indefinite = data.contract_type is ContractType.INDEFINITE
        self.months.setEnabled(not indefinite)
        if data.contract_type is None:
            self.counts.setText("")
        elif not indefinite and data.months is None and "months" not in unreadable:
            self.counts.setText(
                self.tr("Escriba la duración: cuenta como colocación desde 3 meses.")
            )
        elif data.counts:
            self.counts.setText(self.tr("✔ Cuenta como colocación (contrato de 3 meses o más)."))
        else:
            self.counts.setText(
                self.tr(
                    "Contrato de menos de 3 meses: se registra, pero no cuenta como colocación."
                )
            )

    def check(self) -> dict[str, str]:
        data, unreadable = self.data()
        return {**data.cleaned().validate(referred_on=self._row.referred_on), **unreadable}

    def save(self) -> None:
        self.start.tidy()

        def place() -> None:
            data, _ = self.data()
            self.placement_id = self._referrals.place(
                self._row.id, data, update_job_status=self.job_status.isChecked()
            )

        self._run(place, "start_on")


class FollowUpDialog(_Form):
    """The three-month call: is the person still employed?"""

    def __init__(
        self, referrals: ReferralsService, placement_id: str, heading: str, parent: QWidget | None
    ) -> None:
        super().__init__(self.tr("Registrar seguimiento"), heading, parent)
        self._referrals = referrals
        self._placement_id = placement_id
        self.on = DateField()
        self.on.set_value(today())
        # A choice the officer makes on the call, never a default: Enter alone must not record
        # that someone still works there.
        self.still_employed = QComboBox()
        self.still_employed.addItem(self.tr("— Elija —"), None)
        self.still_employed.addItem(self.tr("Sí, sigue en ese empleo"), True)
        self.still_employed.addItem(self.tr("No, ya no trabaja allí"), False)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(70)
        self.section.add("on", self.tr("Fecha del seguimiento *"), self.on)
        self.section.add("still_employed", self.tr("¿Sigue trabajando? *"), self.still_employed)
        self.section.add("notes", self.tr("Observaciones"), self.notes)
        self._errors_ready()
        self.on.setFocus()

    def check(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        on = _date_of(self.on, "on", errors)
        if on is None and "on" not in errors:
            errors["on"] = self.tr("Indique la fecha del seguimiento.")
        if self.still_employed.currentData() is None:
            errors["still_employed"] = self.tr("Indique si la persona sigue en ese empleo.")
        return errors

    def save(self) -> None:
        self.on.tidy()
        self._run(
            lambda: self._referrals.record_follow_up(
                self._placement_id,
                self.on.value(),
                bool(self.still_employed.currentData()),
                self.notes.toPlainText(),
            ),
            "on",
        )
