"""Who fits a vacancy, and what fits a person: ranked lists with the reasons in words.

Keyboard first: the list has the focus, arrows move, Enter refers the chosen row, Esc closes.
The filters re-rank at once and the list starts again at its first (best) row. Referring goes
through the caller's ``refer(vacancy_id, person_id)`` (the referrals service); its refusal is
shown as it comes, in Spanish, and nothing else changes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from omil_desktop.domain.matching import Fit
from omil_desktop.domain.people import JobStatus
from omil_desktop.domain.texts import QT_TRANSLATE_NOOP
from omil_desktop.services.errors import ServiceError
from omil_desktop.services.matching import (
    Candidate,
    CandidateFilter,
    MatchingService,
    Scope,
    VacancyMatch,
)
from omil_desktop.ui.errors import show_problem
from omil_desktop.ui.widgets.labels import ElidedLabel


def _tr(text: str) -> str:
    return QCoreApplication.translate("MatchDialogs", text)


Refer = Callable[[str, str], object]
"""``refer(vacancy_id, person_id)``: records the referral or raises ServiceError (Spanish)."""


class _RankedDialog(QDialog):
    """A ranked table, the chosen row's reasons whole, and Derivar / Cerrar."""

    def __init__(
        self, title: str, headers: Sequence[str], refer: Refer | None, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.headers = list(headers)
        self.setWindowTitle(title)
        self._refer = refer
        self.heading = ElidedLabel(max_lines=2)
        self.heading.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.filters = QHBoxLayout()
        self.table = QTableWidget(0, len(self.headers))
        self.table.setHorizontalHeaderLabels(list(self.headers))
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for column in range(len(self.headers) - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(self.headers) - 1, QHeaderView.ResizeMode.Stretch)
        self.reasons = QLabel()
        self.reasons.setWordWrap(True)
        self.reasons.setTextFormat(Qt.TextFormat.PlainText)
        self.reasons.setMinimumHeight(self.fontMetrics().lineSpacing() * 3)
        self.count_label = QLabel()
        self.refer_button = QPushButton(self.tr("Derivar"))
        self.refer_button.setToolTip(self.tr("Derivar a la persona elegida (Enter)"))
        self.refer_button.setVisible(refer is not None)
        close = QPushButton(self.tr("Cerrar"))
        close.clicked.connect(self.reject)

        buttons = QHBoxLayout()
        buttons.addWidget(self.count_label, 1)
        buttons.addWidget(self.refer_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(self.filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.reasons)
        layout.addLayout(buttons)

        self.table.itemSelectionChanged.connect(self._show_reasons)
        self.table.doubleClicked.connect(lambda _index: self.refer_chosen())
        self.refer_button.clicked.connect(self.refer_chosen)
        self.table.installEventFilter(self)
        self.resize(900, 520)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.refer_chosen()
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter refers from the list (its shortcut); elsewhere it must not close the dialog.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    def _fill(self, rows: list[list[str]], fits: list[Fit], row: int = 0) -> None:
        """Show ``rows``, the chosen one ``row`` (the first after a new filter; after a
        referral, the one that took the referred row's place)."""
        self._fits = fits
        self.table.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c == 0:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(r, c, item)
        if rows:
            chosen = min(max(row, 0), len(rows) - 1)
            self.table.selectRow(chosen)
            if chosen == 0:
                self.table.scrollToTop()
        else:
            self.reasons.setText(self.tr("Nadie cumple estos filtros."))
        self.refer_button.setEnabled(bool(rows))

    def _show_reasons(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self._fits):
            self.reasons.setText(self.tr("Por qué: ") + self._fits[row].explained())

    def refer_chosen(self) -> None:
        raise NotImplementedError


class CandidatesDialog(_RankedDialog):
    """The office's people ranked for one vacancy (own or shared by the network)."""

    def __init__(
        self,
        matching: MatchingService,
        vacancy_id: str,
        vacancy_title: str,
        refer: Refer | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("MatchDialogs", "Candidatos"),
            [
                _tr(h)
                for h in (
                    QT_TRANSLATE_NOOP("MatchDialogs", "Ajuste"),
                    QT_TRANSLATE_NOOP("MatchDialogs", "Nombre"),
                    "RUT",
                    QT_TRANSLATE_NOOP("MatchDialogs", "Comuna"),
                    QT_TRANSLATE_NOOP("MatchDialogs", "Situación"),
                    QT_TRANSLATE_NOOP("MatchDialogs", "Razones"),
                )
            ],
            refer,
            parent,
        )
        self._matching = matching
        self.vacancy_id = vacancy_id
        self.rows: list[Candidate] = []
        self.heading.setText(self.tr("Candidatos para: ") + vacancy_title)
        self.scope = QComboBox()
        for scope in Scope:
            self.scope.addItem(scope.label, scope.value)
        self.scope.setCurrentIndex(self.scope.findData(Scope.NETWORK.value))
        self.job_status = QComboBox()
        self.job_status.addItem(self.tr("Cualquier situación laboral"), None)
        for status in JobStatus:
            self.job_status.addItem(status.label, status.value)
        self.education = QCheckBox(self.tr("Solo quienes cumplen la educación"))
        self.include_referred = QCheckBox(self.tr("Incluir a quienes ya fueron derivados"))
        for widget in (self.scope, self.job_status, self.education, self.include_referred):
            self.filters.addWidget(widget)
        self.filters.addStretch(1)
        self.scope.currentIndexChanged.connect(lambda *_: self.refresh())
        self.job_status.currentIndexChanged.connect(lambda *_: self.refresh())
        self.education.toggled.connect(lambda *_: self.refresh())
        self.include_referred.toggled.connect(lambda *_: self.refresh())
        self.refresh()
        self.table.setFocus()

    def current_filter(self) -> CandidateFilter:
        status = self.job_status.currentData()
        return CandidateFilter(
            scope=Scope(self.scope.currentData()),
            meets_education_only=self.education.isChecked(),
            job_statuses=frozenset({JobStatus(status)}) if status else None,
            include_referred=self.include_referred.isChecked(),
        )

    def refresh(self, row: int = 0, done: str = "") -> None:
        found = self._matching.candidates(self.vacancy_id, self.current_filter())
        self.rows = found.rows
        self._fill(
            [
                [
                    f"{c.fit.percent} %",
                    c.full_name + (self.tr(" (ya derivado)") if c.referred else ""),
                    c.rut,
                    c.comuna,
                    c.job_status,
                    c.fit.explained(),
                ]
                for c in self.rows
            ],
            [c.fit for c in self.rows],
            row,
        )
        shown = len(self.rows)
        text = self.tr("%Ln persona(s)", "", found.count)
        if shown < found.count:
            text += self.tr(" (se muestran las {} mejores)").format(shown)
        self.count_label.setText(f"{done} · {text}" if done else text)

    def refer_chosen(self) -> None:
        row = self.table.currentRow()
        if self._refer is None or not 0 <= row < len(self.rows):
            return
        chosen = self.rows[row]
        try:
            self._refer(self.vacancy_id, chosen.person_id)
        except ServiceError as exc:
            show_problem(self, str(exc), self.tr("No se derivó"))
            return
        # The next candidate takes the referred one's place in the list (when referred ones
        # are listed, the same row stays chosen): Enter never jumps back to the first.
        self.refresh(row, self.tr("✔ Derivado: {}").format(chosen.full_name))


class VacanciesForPersonDialog(_RankedDialog):
    """The open vacancies, own and shared, ranked for one person."""

    def __init__(
        self,
        matching: MatchingService,
        person_id: str,
        person_name: str,
        refer: Refer | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("MatchDialogs", "Ofertas para la persona"),
            [
                _tr(h)
                for h in (
                    QT_TRANSLATE_NOOP("MatchDialogs", "Ajuste"),
                    QT_TRANSLATE_NOOP("MatchDialogs", "Oferta"),
                    QT_TRANSLATE_NOOP("MatchDialogs", "Empresa"),
                    QT_TRANSLATE_NOOP("MatchDialogs", "Comuna"),
                    QT_TRANSLATE_NOOP("MatchDialogs", "Cupos"),
                    QT_TRANSLATE_NOOP("MatchDialogs", "Razones"),
                )
            ],
            refer,
            parent,
        )
        self._matching = matching
        self.person_id = person_id
        self.rows: list[VacancyMatch] = []
        self.heading.setText(self.tr("Ofertas que calzan con: ") + person_name)
        self.refresh()
        self.table.setFocus()

    def refresh(self, row: int = 0, done: str = "") -> None:
        self.rows = self._matching.vacancies_for(self.person_id)
        self._fill(
            [
                [
                    f"{m.fit.percent} %",
                    m.title + ("" if m.own else self.tr(" (Red Territorial)")),
                    m.company,
                    m.comuna,
                    str(m.openings),
                    m.fit.explained(),
                ]
                for m in self.rows
            ],
            [m.fit for m in self.rows],
            row,
        )
        text = self.tr("%Ln oferta(s) abierta(s)", "", len(self.rows))
        self.count_label.setText(f"{done} · {text}" if done else text)

    def refer_chosen(self) -> None:
        row = self.table.currentRow()
        if self._refer is None or not 0 <= row < len(self.rows):
            return
        chosen = self.rows[row]
        try:
            self._refer(chosen.vacancy_id, self.person_id)
        except ServiceError as exc:
            show_problem(self, str(exc), self.tr("No se derivó"))
            return
        self.refresh(row, self.tr("✔ Derivada a: {}").format(chosen.title))
