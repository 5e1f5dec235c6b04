"""«Registro de accesos»: the office's whole audit log for the encargado(a), its integrity checked
and exported."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from omil_desktop.domain.texts import translate
from omil_desktop.services.errors import ServiceError
from omil_desktop.services.workspace import Workspace
from omil_desktop.ui.audit.log_table import AuditLogTable
from omil_desktop.ui.errors import show_problem
from omil_desktop.ui.workshops import documents as pdf_jobs


def ask_log_path(parent: QWidget) -> Path | None:
    """Where to save the log (.xlsx, or .csv when chosen); None when the officer cancels."""
    chosen, chosen_filter = QFileDialog.getSaveFileName(
        parent,
        translate("ui.audit.log_dialog", "Exportar registro de accesos"),
        str(pdf_jobs.documents_folder() / "registro-de-accesos.xlsx"),
        translate("ui.audit.log_dialog", "Excel (*.xlsx);;CSV (*.csv)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() in (".xlsx", ".csv"):
        return path
    return path.with_name(path.name + (".csv" if "csv" in chosen_filter.lower() else ".xlsx"))


class AuditLogDialog(QDialog):
    """Every entry this PC holds, newest first; «Verificar integridad» and «Exportar…»."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self.setWindowTitle(self.tr("Registro de accesos"))
        intro = QLabel(
            self.tr(
                "Quién vio, creó, modificó, exportó o imprimió datos de personas, y cuándo "
                "(los nombres de los campos, nunca sus valores)."
            )
        )
        intro.setWordWrap(True)
        self.log = AuditLogTable(with_person=True)
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.verify_button = QPushButton(self.tr("Verificar integridad"))
        self.export_button = QPushButton(self.tr("Exportar…"))
        close = QPushButton(self.tr("Cerrar"))
        self.verify_button.clicked.connect(self.verify)
        self.export_button.clicked.connect(lambda: self.export())
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.verify_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.log, 1)
        layout.addWidget(self.outcome)
        layout.addLayout(buttons)
        self.log.show_log(workspace.audit.office_log)
        self.resize(980, 560)

    def verify(self) -> None:
        report = self._workspace.audit.verify()
        self.outcome.setText(report.summary())
        self.outcome.setStyleSheet("" if report.intact else "color: #b00020;")

    def export(self, path: Path | None = None) -> None:
        path = path or ask_log_path(self)
        if path is None:
            return
        try:
            count = self._workspace.audit.export(path)
        except ServiceError as exc:
            show_problem(self, str(exc))
            return
        self.outcome.setStyleSheet("")
        self.outcome.setText(
            self.tr("Se exportaron {count} a «{name}».").format(
                count=self.tr("%Ln entrada(s)", "", count),
                name=path.name,
            )
        )
        self.log.refresh()  # the export is itself in the log


def open_audit_log(workspace: Workspace, parent: QWidget | None = None) -> AuditLogDialog | None:
    """The «Registro de accesos», for the encargado(a) only (an «apoyo» is told why not)."""
    try:
        workspace.require_manager()
    except ServiceError as exc:
        show_problem(parent, str(exc))
        return None
    dialog = AuditLogDialog(workspace, parent)
    dialog.show()
    return dialog
