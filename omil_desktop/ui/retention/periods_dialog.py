"""Configuración → Plazos de conservación…: how many years each kind of record is kept before
the yearly review lists it. Only the encargado(a) changes them; others see them read-only."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QSpinBox, QVBoxLayout, QWidget

from omil_desktop.domain.privacy import (
    DEFAULT_RETENTION_YEARS,
    RETENTION_YEARS_MAX,
    RETENTION_YEARS_MIN,
    RetentionKind,
)
from omil_desktop.services.errors import ServiceError, StorageError, ValidationFailed
from omil_desktop.services.retention import RetentionService
from omil_desktop.ui.errors import show_problem
from omil_desktop.ui.widgets.form import FieldErrors, FormDialog, FormSection


class RetentionPeriodsDialog(FormDialog):
    """One field per kind of record (years); Guardar (or Enter) records them."""

    def __init__(self, retention: RetentionService, parent: QWidget | None = None) -> None:
        super().__init__(parent, preferred=(520, 300))
        self._retention = retention
        self.setWindowTitle(self.tr("Plazos de conservación de datos"))
        self.refusal = retention.may_manage()
        periods = retention.periods()
        self.years: dict[RetentionKind, QSpinBox] = {}
        self.section = FormSection(self.tr("Años que se conservan los datos"))
        for kind in RetentionKind:
            box = QSpinBox()
            box.setRange(RETENTION_YEARS_MIN, RETENTION_YEARS_MAX)
            box.setSuffix(self.tr(" años"))
            box.setValue(periods[kind])
            box.setToolTip(self.tr("Por omisión, {n} años").format(n=DEFAULT_RETENTION_YEARS[kind]))
            box.setEnabled(self.refusal is None)
            self.years[kind] = box
            self.section.add(kind.value, kind.label, box)
        self.errors = FieldErrors(self.section.fields, lambda: {}, parent=self)
        about = QLabel(
            self.tr(
                "Cada año, la revisión anual (Configuración → Revisión anual de conservación) "
                "lista a las personas sin registro, atención, taller, derivación, colocación, "
                "feria ni encuesta en ese plazo, para anonimizarlas. Lo que la ley obliga a "
                "conservar queda, sin nombre."
            )
        )
        about.setWordWrap(True)
        about.setStyleSheet("color: #555;")
        self.note = QLabel(self.refusal or "")
        self.note.setWordWrap(True)
        self.note.setVisible(self.refusal is not None)
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(about)
        body.addWidget(self.note)
        body.addWidget(self.section)
        body.addStretch(1)
        self.hint.setText(self.tr("Enter guarda."))
        self.save_button.setEnabled(self.refusal is None)

    def save(self) -> None:
        if self.refusal is not None:
            return
        try:
            for kind, box in self.years.items():
                self._retention.set_period(kind, box.value())
        except ValidationFailed as exc:
            self.reveal(self.errors.show(exc.errors))
            return
        except (ServiceError, StorageError) as exc:
            show_problem(self, str(exc))
            return
        self.accept()
