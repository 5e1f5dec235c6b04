"""One fair: its data and figures, the companies taking part, the people who attended, and the
referrals made there with the hires that followed, in tabs."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from omil_desktop.domain.dates import format_date
from omil_desktop.services.errors import ServiceError, StorageError
from omil_desktop.services.fairs import (
    AttendeeRow,
    FairCompanyRow,
    FairRecord,
    FairReferralRow,
)
from omil_desktop.services.workspace import Workspace
from omil_desktop.ui.errors import show_problem
from omil_desktop.ui.fairs.fair_dialog import fair_service
from omil_desktop.ui.widgets.labels import ElidedLabel

DATA_TAB, COMPANIES_TAB, ATTENDEES_TAB, REFERRALS_TAB = range(4)


def _table(headers: list[str], stretch: int = 0) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(24)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setTabKeyNavigation(False)
    table.setWordWrap(False)
    table.setAlternatingRowColors(True)
    header = table.horizontalHeader()
    for column in range(len(headers)):
        header.setSectionResizeMode(
            column,
            QHeaderView.ResizeMode.Stretch
            if column == stretch
            else QHeaderView.ResizeMode.ResizeToContents,
        )
    return table


def _notice(label: QLabel, message: str, *, problem: bool = False) -> None:
    label.setStyleSheet("color: #b00020;" if problem else "color: #1b5e20; font-weight: bold;")
    label.setText(message)
    label.setVisible(bool(message))


def _fill(table: QTableWidget, rows: Sequence[tuple[str, ...]], current: int) -> None:
    table.setRowCount(len(rows))
    for i, values in enumerate(rows):
        for column, text in enumerate(values):
            table.setItem(i, column, QTableWidgetItem(text))
    if rows:
        table.setCurrentCell(max(0, min(current, len(rows) - 1)), 0)


class FairView(QWidget):
    """The fair ``show_fair`` was given. ``back`` asks for the list again; ``changed(fair_id)``
    says something of it was saved."""

    back = Signal()
    changed = Signal(str)
    edit_requested = Signal(str)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self.service = fair_service(workspace)
        self.fair_id: str | None = None
        self.record: FairRecord | None = None
        self.company_rows: list[FairCompanyRow] = []
        self.attendee_rows: list[AttendeeRow] = []
        self.referral_rows: list[FairReferralRow] = []

        self.back_button = QPushButton(self.tr("← Ferias"))
        self.back_button.setToolTip(self.tr("Volver a la lista de ferias (Alt+←)"))
        self.title = ElidedLabel(max_lines=1)
        self.title.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.state = ElidedLabel(max_lines=2)
        self.edit_button = QPushButton(self.tr("Editar feria"))
        self.edit_button.setToolTip(self.tr("Corregir los datos de la feria (Ctrl+E)"))
        self.delete_button = QPushButton(self.tr("Eliminar feria…"))
        self.delete_button.setToolTip(self.tr("Solo una feria sin asistentes ni derivaciones"))
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setVisible(False)

        # Datos
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setContentsMargins(8, 8, 8, 8)
        details_scroll = QScrollArea()
        details_scroll.setWidgetResizable(True)
        details_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        details_scroll.setWidget(self.details)

        # Empresas
        self.companies_table = _table(
            [self.tr("Empresa"), self.tr("RUT"), self.tr("Cupos"), self.tr("Cargos ofrecidos")],
            stretch=0,
        )
        self.add_company_button = QPushButton(self.tr("Agregar empresa…"))
        self.edit_company_button = QPushButton(self.tr("Editar…"))
        self.remove_company_button = QPushButton(self.tr("Quitar…"))
        self.companies_count = QLabel()
        companies_page = self._tab_page(
            self.companies_table,
            [self.add_company_button, self.edit_company_button, self.remove_company_button],
            self.companies_count,
        )

        # Asistentes
        self.attendees_table = _table(
            [self.tr("Nombre"), self.tr("RUT"), self.tr("Teléfono"), self.tr("Derivaciones")]
        )
        self.add_attendee_button = QPushButton(self.tr("Registrar asistentes…"))
        self.add_attendee_button.setToolTip(
            self.tr("Buscar en el registro, o registrar a alguien nuevo (Ctrl+I)")
        )
        self.remove_attendee_button = QPushButton(self.tr("Quitar…"))
        self.remove_attendee_button.setToolTip(
            self.tr("Quitar a la persona elegida y su atención «Feria laboral»")
        )
        self.refer_attendee_button = QPushButton(self.tr("Derivar…"))
        self.refer_attendee_button.setToolTip(self.tr("Derivar a la persona elegida a una oferta"))
        self.attendees_count = QLabel()
        self.attendees_notice = QLabel()
        self.attendees_notice.setWordWrap(True)
        self.attendees_notice.setVisible(False)
        attendees_page = self._tab_page(
            self.attendees_table,
            [
                self.add_attendee_button,
                self.refer_attendee_button,
                self.remove_attendee_button,
            ],
            self.attendees_count,
            self.attendees_notice,
        )

        # Derivaciones
        self.referrals_table = _table(
            [
                self.tr("Persona"),
                self.tr("Oferta"),
                self.tr("Empresa"),
                self.tr("Estado"),
                self.tr("Contratación"),
            ],
            stretch=1,
        )
        self.refer_button = QPushButton(self.tr("Derivar…"))
        self.remove_referral_button = QPushButton(self.tr("Quitar…"))
        self.remove_referral_button.setToolTip(
            self.tr("Quitar una derivación registrada por error (solo si no ha avanzado)")
        )
        self.referrals_count = QLabel()
        referrals_hint = ElidedLabel(
            self.tr(
                "La selección y la colocación de cada derivación se registran en «Ofertas»; aquí "
                "se ven las contrataciones que siguieron a la feria."
            ),
            max_lines=2,
        )
        referrals_hint.setStyleSheet("color: #555;")
        referrals_page = self._tab_page(
            self.referrals_table,
            [self.refer_button, self.remove_referral_button],
            self.referrals_count,
            referrals_hint,
        )

        self.tabs = QTabWidget()
        self.tabs.addTab(details_scroll, self.tr("Datos"))
        self.tabs.addTab(companies_page, self.tr("Empresas"))
        self.tabs.addTab(attendees_page, self.tr("Asistentes"))
        self.tabs.addTab(referrals_page, self.tr("Derivaciones"))

        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.title, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.edit_button)
        actions.addWidget(self.delete_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.state)
        layout.addLayout(actions)
        layout.addWidget(self.notice)
        layout.addWidget(self.tabs, 1)

        self.back_button.clicked.connect(self.back)
        self.edit_button.clicked.connect(self._edit)
        self.delete_button.clicked.connect(self.delete_fair)
        self.add_company_button.clicked.connect(self.add_company)
        self.edit_company_button.clicked.connect(self.edit_company)
        self.remove_company_button.clicked.connect(self.remove_company)
        self.companies_table.cellActivated.connect(lambda *_: self.edit_company())
        self.add_attendee_button.clicked.connect(self.add_attendees)
        self.remove_attendee_button.clicked.connect(self.remove_attendee)
        self.refer_attendee_button.clicked.connect(lambda: self.refer(chosen=True))
        self.refer_button.clicked.connect(lambda: self.refer(chosen=False))
        self.remove_referral_button.clicked.connect(self.remove_referral)
        for table in (self.companies_table, self.attendees_table, self.referrals_table):
            table.currentCellChanged.connect(lambda *_: self._chosen())
        for keys, action in (
            ("Alt+Left", self.back.emit),
            ("Ctrl+E", self.edit_button.animateClick),
            ("Ctrl+I", self._attendees_shortcut),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(action)

    @staticmethod
    def _tab_page(
        table: QTableWidget, buttons: list[QPushButton], count: QLabel, *below: QWidget
    ) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(table, 1)
        for widget in below:
            layout.addWidget(widget)
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(count)
        layout.addLayout(row)
        return page

    # -- showing ------------------------------------------------------------------------------

    def show_fair(self, fair_id: str) -> None:
        """Read the fair and everything this office recorded at it."""
        if fair_id != self.fair_id:
            for label in (self.notice, self.attendees_notice):
                _notice(label, "")
        self.fair_id = fair_id
        self.record = self.service.get(fair_id)
        self._show_companies()
        self._show_attendees()
        self._show_referrals()
        self._show_record()

    def _show_record(self) -> None:
        record = self.record
        assert record is not None and self.fair_id is not None
        data = record.data
        self.title.setText(data.name)
        self.edit_button.setEnabled(record.own)
        self.delete_button.setEnabled(record.own)
        figures = self.service.figures(self.fair_id)
        held = self.tr("Planificada") if record.planned else self.tr("Realizada")
        organisers = ", ".join(o.name for o in record.organisers)
        state = f"{data.kind.label if data.kind else ''} · {format_date(data.held_on)} · {held}"
        if not record.own:
            state += " · " + self.tr(
                "Co-organizada: la registró {owner} (solo lectura). Aquí se registran las "
                "empresas, asistentes y derivaciones de esta oficina."
            ).format(owner=record.owner_name)
        self.state.setText(state)
        lines = [
            self.tr("Tipo: ") + (data.kind.label if data.kind else "—"),
            self.tr("Fecha: ") + format_date(data.held_on) + f" ({held.lower()})",
            self.tr("Lugar: ") + (data.place or "—"),
            self.tr("Comuna: ") + (record.comuna_name or "—"),
            self.tr("Organizan: ") + organisers,
            "",
            self.tr("Lo registrado por esta oficina:"),
            "  " + self.tr("%Ln empresa(s)", "", figures.companies),
            "  " + self.tr("%Ln cupo(s) ofrecido(s)", "", figures.openings),
            "  " + self.tr("%Ln asistente(s)", "", figures.attendees),
            "  " + self.tr("%Ln derivación(es)", "", figures.referrals),
            "  "
            + self.tr("%Ln contratación(es)", "", figures.hires)
            + self.tr(" ({n} de 3 meses o más)").format(n=figures.placements),
        ]
        if data.notes:
            lines += ["", self.tr("Observaciones:"), data.notes]
        self.details.setText("\n".join(lines))
        planned = record.planned
        self.add_attendee_button.setEnabled(not planned)
        self.refer_button.setEnabled(not planned and bool(self.attendee_rows))
        if planned:
            _notice(
                self.attendees_notice,
                self.tr("La feria es el {day}: sus asistentes se registran desde ese día.").format(
                    day=format_date(data.held_on)
                ),
                problem=False,
            )
        self._chosen()

    def _show_companies(self, current_id: str | None = None) -> None:
        assert self.fair_id is not None
        self.company_rows = self.service.companies(self.fair_id)
        ids = [r.id for r in self.company_rows]
        current = ids.index(current_id) if current_id in ids else self.companies_table.currentRow()
        _fill(
            self.companies_table,
            [(r.name, r.rut, str(r.openings), r.positions) for r in self.company_rows],
            current,
        )
        openings = sum(r.openings for r in self.company_rows)
        self.companies_count.setText(self.tr("%Ln cupo(s) en total", "", openings))
        self.tabs.setTabText(
            COMPANIES_TAB, self.tr("Empresas ({n})").format(n=len(self.company_rows))
        )

    def _show_attendees(self, current_id: str | None = None) -> None:
        assert self.fair_id is not None
        self.attendee_rows = self.service.attendees(self.fair_id)
        ids = [r.id for r in self.attendee_rows]
        current = ids.index(current_id) if current_id in ids else self.attendees_table.currentRow()
        _fill(
            self.attendees_table,
            [
                (r.name, r.rut, r.phone, str(r.referrals) if r.referrals else "")
                for r in self.attendee_rows
            ],
            current,
        )
        self.attendees_count.setText(self.tr("%Ln asistente(s)", "", len(self.attendee_rows)))
        self.tabs.setTabText(
            ATTENDEES_TAB, self.tr("Asistentes ({n})").format(n=len(self.attendee_rows))
        )

    def _show_referrals(self) -> None:
        assert self.fair_id is not None
        self.referral_rows = self.service.referrals(self.fair_id)
        rows = []
        for r in self.referral_rows:
            hire = ""
            if r.placement_start is not None and r.placement_contract is not None:
                length = (
                    self.tr(", {n} meses").format(n=r.placement_months)
                    if r.placement_months is not None
                    else ""
                )
                hire = self.tr("Desde el {day}: {contract}{length}").format(
                    day=format_date(r.placement_start),
                    contract=r.placement_contract.label,
                    length=length,
                )
                if not r.counts:
                    hire += self.tr(" (menos de 3 meses)")
            rows.append((r.person, r.vacancy, r.company, r.status.label, hire))
        _fill(self.referrals_table, rows, self.referrals_table.currentRow())
        hires = sum(1 for r in self.referral_rows if r.placement_start is not None)
        self.referrals_count.setText(
            self.tr("{referrals} · {hires}").format(
                referrals=self.tr("%Ln derivación(es)", "", len(self.referral_rows)),
                hires=self.tr("%Ln contratación(es)", "", hires),
            )
        )
        self.tabs.setTabText(
            REFERRALS_TAB, self.tr("Derivaciones ({n})").format(n=len(self.referral_rows))
        )

    def _chosen(self) -> None:
        planned = self.record is not None and self.record.planned
        has_company = 0 <= self.companies_table.currentRow() < len(self.company_rows)
        self.edit_company_button.setEnabled(has_company)
        self.remove_company_button.setEnabled(has_company)
        has_attendee = 0 <= self.attendees_table.currentRow() < len(self.attendee_rows)
        self.remove_attendee_button.setEnabled(has_attendee)
        self.refer_attendee_button.setEnabled(has_attendee and not planned)
        has_referral = 0 <= self.referrals_table.currentRow() < len(self.referral_rows)
        self.remove_referral_button.setEnabled(has_referral)

    def _changed(self) -> None:
        assert self.fair_id is not None
        self._show_record()
        self.changed.emit(self.fair_id)

    # -- actions ------------------------------------------------------------------------------

    def _edit(self) -> None:
        if self.fair_id is not None and self.record is not None and self.record.own:
            self.edit_requested.emit(self.fair_id)

    def delete_fair(self) -> None:
        if self.fair_id is None or self.record is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Eliminar feria"),
            self.tr("¿Eliminar «{name}» y sus empresas participantes?").format(
                name=self.record.data.name
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.service.delete(self.fair_id)
        except (ServiceError, StorageError) as exc:
            show_problem(self, str(exc))
            return
        fair_id = self.fair_id
        self.changed.emit(fair_id)
        self.back.emit()

    def selected_company(self) -> FairCompanyRow | None:
        row = self.companies_table.currentRow()
        return self.company_rows[row] if 0 <= row < len(self.company_rows) else None

    def add_company(self) -> None:
        from omil_desktop.ui.fairs.fair_dialog import FairCompanyDialog

        if self.fair_id is None:
            return
        dialog = FairCompanyDialog(self.service, self.fair_id, None, self)
        dialog.saved.connect(self._company_saved)
        dialog.open()

    def edit_company(self) -> None:
        from omil_desktop.ui.fairs.fair_dialog import FairCompanyDialog

        row = self.selected_company()
        if self.fair_id is None or row is None:
            return
        dialog = FairCompanyDialog(self.service, self.fair_id, row, self)
        dialog.saved.connect(self._company_saved)
        dialog.open()

    def _company_saved(self, fair_company_id: str) -> None:
        self._show_companies(fair_company_id)
        self._changed()

    def remove_company(self) -> None:
        row = self.selected_company()
        if row is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Quitar empresa"),
            self.tr("¿Quitar a {name} de la feria?").format(name=row.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.service.remove_company(row.id)
        except (ServiceError, StorageError) as exc:
            show_problem(self, str(exc))
            return
        self._show_companies()
        self._changed()

    def _attendees_shortcut(self) -> None:
        if self.add_attendee_button.isEnabled():
            self.tabs.setCurrentIndex(ATTENDEES_TAB)
            self.add_attendees()

    def add_attendees(self) -> None:
        from omil_desktop.ui.fairs.attendee_dialog import AttendeeDialog

        if self.fair_id is None or self.record is None:
            return
        dialog = AttendeeDialog(
            self._workspace,
            self.service,
            self.fair_id,
            self.record.data.name,
            {r.person_id for r in self.attendee_rows},
            self,
        )
        dialog.added.connect(self._attendee_added)
        dialog.open()

    def _attendee_added(self, attendee_id: str, message: str) -> None:
        self._show_attendees(attendee_id)
        _notice(self.attendees_notice, message)
        self._changed()

    def selected_attendee(self) -> AttendeeRow | None:
        row = self.attendees_table.currentRow()
        return self.attendee_rows[row] if 0 <= row < len(self.attendee_rows) else None

    def remove_attendee(self) -> None:
        row = self.selected_attendee()
        if row is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Quitar asistente"),
            self.tr(
                "¿Quitar a {name} de los asistentes? Se quita también la atención «Feria "
                "laboral» de su historial."
            ).format(name=row.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.service.remove_attendee(row.id)
        except (ServiceError, StorageError) as exc:
            _notice(self.attendees_notice, str(exc), problem=True)
            return
        self._show_attendees()
        _notice(self.attendees_notice, self.tr("Se quitó a {name}.").format(name=row.name))
        self._changed()

    def refer(self, *, chosen: bool) -> None:
        from omil_desktop.ui.fairs.refer_dialog import ReferDialog

        if self.fair_id is None:
            return
        attendee = self.selected_attendee() if chosen else None
        dialog = ReferDialog(
            self.service,
            self.fair_id,
            self.attendee_rows,
            attendee.person_id if attendee is not None else None,
            self,
        )
        dialog.saved.connect(self._referred)
        dialog.open()

    def _referred(self, _link_id: str) -> None:
        self._show_attendees()
        self._show_referrals()
        self.tabs.setCurrentIndex(REFERRALS_TAB)
        self._changed()

    def remove_referral(self) -> None:
        row = self.referrals_table.currentRow()
        if not 0 <= row < len(self.referral_rows):
            return
        referral = self.referral_rows[row]
        answer = QMessageBox.question(
            self,
            self.tr("Quitar derivación"),
            self.tr("¿Quitar la derivación de {name} a «{vacancy}»?").format(
                name=referral.person, vacancy=referral.vacancy
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.service.remove_referral(referral.id)
        except (ServiceError, StorageError) as exc:
            show_problem(self, str(exc))
            return
        self._show_referrals()
        self._show_attendees()
        self._changed()
