"""A vacancy's page: what it offers, and the people referred to it with their status."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from omil_desktop.domain.dates import format_date
from omil_desktop.domain.intermediation import VacancyStatus
from omil_desktop.domain.money import format_clp
from omil_desktop.services.referrals import ReferralRow
from omil_desktop.services.vacancies import VacancyRecord
from omil_desktop.services.workspace import Workspace
from omil_desktop.ui.widgets.labels import ElidedLabel, breakable


class VacancyDetail(QWidget):
    edit_requested = Signal(str)
    refer_requested = Signal(str)
    candidates_requested = Signal(str)
    advance_requested = Signal(str)
    place_requested = Signal(str)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self.vacancy_id: str | None = None
        self.record: VacancyRecord | None = None
        self.referrals: list[ReferralRow] = []
        self.title = ElidedLabel(max_lines=2)
        self.title.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.refer_button = QPushButton(self.tr("Derivar persona…"))
        self.refer_button.setToolTip(self.tr("Derivar una persona a esta oferta (Ctrl+D)"))
        self.candidates_button = QPushButton(self.tr("Candidatos…"))
        self.candidates_button.setToolTip(
            self.tr("Las personas de la oficina que mejor calzan con la oferta (Ctrl+B)")
        )
        self.edit_button = QPushButton(self.tr("Editar oferta"))
        self.edit_button.setToolTip(self.tr("Editar la oferta (Ctrl+E)"))
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Persona"), self.tr("Estado"), self.tr("Fecha"), self.tr("Oficina")]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # The state has a width of its own, enough for its longest word: the person's name, what
        # the officer reads first, keeps the rest of the row.
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(
            1, self.fontMetrics().horizontalAdvance(self.tr("No seleccionado")) + 16
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.advance_button = QPushButton(self.tr("Cambiar estado…"))
        self.place_button = QPushButton(self.tr("Registrar colocación…"))
        self.referral_info = QLabel()
        self.referral_info.setWordWrap(True)
        self.empty = QLabel(self.tr("Seleccione una oferta de la lista, o cree una nueva."))
        self.empty.setWordWrap(True)

        buttons = QHBoxLayout()
        buttons.addWidget(self.refer_button)
        buttons.addWidget(self.candidates_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        referral_buttons = QHBoxLayout()
        referral_buttons.addWidget(self.advance_button)
        referral_buttons.addWidget(self.place_button)
        referral_buttons.addStretch(1)
        referred_title = ElidedLabel(self.tr("Personas derivadas"))
        referred_title.setStyleSheet("font-weight: bold;")
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.title)
        body.addWidget(self.summary)
        body.addLayout(buttons)
        body.addWidget(referred_title)
        body.addWidget(self.table, 1)
        body.addWidget(self.referral_info)
        body.addLayout(referral_buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.body, 1)
        self.refer_button.clicked.connect(lambda: self._emit(self.refer_requested))
        self.candidates_button.clicked.connect(lambda: self._emit(self.candidates_requested))
        self.edit_button.clicked.connect(lambda: self._emit(self.edit_requested))
        self.advance_button.clicked.connect(self._advance)
        self.place_button.clicked.connect(self._place)
        self.table.currentCellChanged.connect(lambda *_: self._referral_changed())
        self.table.cellActivated.connect(lambda *_: self._advance())
        self.show_vacancy(None)

    def _emit(self, signal: object) -> None:
        if self.vacancy_id is not None:
            signal.emit(self.vacancy_id)  # type: ignore[attr-defined]

    def show_vacancy(self, vacancy_id: str | None, current_referral: str | None = None) -> None:
        self.vacancy_id = vacancy_id
        self.empty.setVisible(vacancy_id is None)
        self.body.setVisible(vacancy_id is not None)
        if vacancy_id is None:
            self.record = None
            return
        record = self._workspace.vacancies.get(vacancy_id)
        self.record = record
        data = record.data
        self.title.setText(data.title)
        lines = [
            self.tr("Empresa: ") + f"{record.company_name} ({record.company_rut})",
            self.tr("Cupos: {openings} · contratadas: {hires} · derivadas: {referred}").format(
                openings=data.openings, hires=record.hires, referred=record.referrals
            ),
            self.tr("Estado: ") + data.status.label,
            self.tr("Comuna: ") + record.comuna,
            self.tr("Publicación: ")
            + format_date(data.published_on)
            + (self.tr(" · cierre: ") + format_date(data.closes_on) if data.closes_on else ""),
        ]
        terms = [
            data.workday.label if data.workday else "",
            data.contract_type.label if data.contract_type else "",
            format_clp(data.salary) if data.salary is not None else "",
        ]
        if any(terms):
            lines.append(self.tr("Condiciones: ") + " · ".join(t for t in terms if t))
        needs = [
            data.education_level.label if data.education_level else "",
            data.experience,
            (self.tr("licencia ") + data.licences) if data.licences else "",
        ]
        if any(needs):
            lines.append(self.tr("Requisitos: ") + " · ".join(n for n in needs if n))
        flags = []
        if data.inclusive:
            flags.append(self.tr("Inclusiva (Ley 21.015)"))
        if record.read_only:
            flags.append(
                self.tr("Compartida por {office}: solo lectura").format(office=record.office_name)
            )
        elif data.shared:
            flags.append(self.tr("Compartida con la Red Territorial"))
        if flags:
            lines.append(" · ".join(flags))
        self.summary.setText(breakable("\n".join(lines)))
        self.edit_button.setEnabled(not record.read_only)
        self.refer_button.setEnabled(data.status is VacancyStatus.OPEN)
        self.candidates_button.setEnabled(data.status is VacancyStatus.OPEN)
        self.refer_button.setToolTip(
            self.tr("Derivar una persona a esta oferta (Ctrl+D)")
            if data.status is VacancyStatus.OPEN
            else self.tr("Solo se deriva a ofertas abiertas.")
        )
        self.show_referrals(current_referral)

    def show_referrals(self, current: str | None = None) -> None:
        assert self.vacancy_id is not None
        self.referrals = self._workspace.referrals.referrals_of(self.vacancy_id)
        self.table.setRowCount(len(self.referrals))
        for i, row in enumerate(self.referrals):
            when = row.outcome_on or row.interviewed_on or row.referred_on
            status = self.tr("Colocada") if row.placement_id else row.status.label
            for column, text in enumerate(
                (row.candidate, status, format_date(when), row.office_name)
            ):
                item = QTableWidgetItem(text)
                if column == 1 and row.placement_id:
                    item.setToolTip(self.tr("Contratada, con su colocación registrada"))
                self.table.setItem(i, column, item)
        ids = [row.id for row in self.referrals]
        if self.referrals:
            self.table.setCurrentCell(ids.index(current) if current in ids else 0, 0)
        self._referral_changed()

    def current_referral(self) -> ReferralRow | None:
        row = self.table.currentRow()
        return self.referrals[row] if 0 <= row < len(self.referrals) else None

    def _referral_changed(self) -> None:
        row = self.current_referral()
        self.advance_button.setEnabled(row is not None and bool(row.next_statuses))
        self.place_button.setEnabled(row is not None and row.can_place)
        if row is None:
            self.referral_info.setText(self.tr("Nadie derivado aún.") if self.vacancy_id else "")
            return
        parts = [row.rut, row.phone, self.tr("derivada el ") + format_date(row.referred_on)]
        if row.interviewed_on:
            parts.append(self.tr("entrevista el ") + format_date(row.interviewed_on))
        self.referral_info.setText(" · ".join(p for p in parts if p))

    def _advance(self) -> None:
        row = self.current_referral()
        if row is not None and row.next_statuses:
            self.advance_requested.emit(row.id)

    def _place(self) -> None:
        row = self.current_referral()
        if row is not None and row.can_place:
            self.place_requested.emit(row.id)
