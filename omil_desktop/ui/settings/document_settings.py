"""Configuración → Documentos impresos…: the municipality's name, the paper and the municipal
logo every printed document (sign-in sheets, certificates, reports) carries in its header."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from omil_desktop.reports.paper import Paper
from omil_desktop.services.errors import ServiceError, StorageError, ValidationFailed
from omil_desktop.services.office import (
    DOCUMENT_LABELS,
    MUNICIPALITY_MAX,
    OfficeService,
    logo_description,
    logo_from_file,
)
from omil_desktop.ui.errors import show_problem
from omil_desktop.ui.widgets.enum_combo import EnumCombo
from omil_desktop.ui.widgets.form import FieldErrors, FormDialog, FormSection

PREVIEW_SIZE = (160, 80)
"""The logo's preview, scaled into this box keeping its proportions."""


class DocumentSettingsDialog(FormDialog):
    """The settings of printed documents; Guardar (or Enter) records them all at once."""

    def __init__(self, office: OfficeService, parent: QWidget | None = None) -> None:
        super().__init__(parent, preferred=(560, 420))
        self._office = office
        settings = office.document_settings()
        self.logo: bytes | None = settings.logo
        self.setWindowTitle(self.tr("Documentos impresos"))

        self.municipality = QLineEdit(settings.municipality_name)
        self.municipality.setMaxLength(MUNICIPALITY_MAX)
        self.municipality.setPlaceholderText(settings.default_municipality)
        self.municipality.setToolTip(
            self.tr("Vacío: «{default}»").format(default=settings.default_municipality)
        )
        self.paper = EnumCombo(Paper, blank=None)
        self.paper.set_value(settings.paper)

        self.preview = QLabel()
        self.preview.setFixedSize(*PREVIEW_SIZE)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet("border: 1px solid #bbb; background: white; color: #777;")
        self.logo_info = QLabel()
        self.logo_info.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("Elegir logo…"))
        self.choose_button.clicked.connect(self.choose_logo)
        self.remove_button = QPushButton(self.tr("Quitar logo"))
        self.remove_button.clicked.connect(self.remove_logo)
        logo_box = QWidget()
        row = QHBoxLayout(logo_box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.preview)
        column = QVBoxLayout()
        column.addWidget(self.logo_info)
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        column.addStretch(1)
        row.addLayout(column, 1)

        self.section = FormSection(self.tr("Encabezado y papel de los documentos"))
        self.section.add(
            "municipality_name", self.tr(DOCUMENT_LABELS["municipality_name"]), self.municipality
        )
        self.section.add("paper", self.tr(DOCUMENT_LABELS["paper"]), self.paper)
        self.section.add("logo", self.tr(DOCUMENT_LABELS["logo"]), logo_box)
        self.errors = FieldErrors(self.section.fields, self.check, parent=self)
        about = QLabel(
            self.tr(
                "Se usan en las hojas de asistencia, los certificados y los informes. El logo "
                "(PNG o JPEG, hasta 2 MB) se imprime a la izquierda del encabezado; debajo del "
                "nombre de la municipalidad va «{office}»."
            ).format(office=settings.office)
        )
        about.setWordWrap(True)
        about.setStyleSheet("color: #555;")
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(about)
        body.addWidget(self.section)
        body.addStretch(1)
        self.hint.setText(self.tr("Enter guarda."))
        self._show_logo()
        self.municipality.setFocus()

    def check(self) -> dict[str, str]:
        try:
            OfficeService.check_document_settings(
                self.municipality.text(), self._paper(), self.logo
            )
        except ValidationFailed as exc:
            return exc.errors
        return {}

    def choose_logo(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Elegir el logo municipal"),
            str(Path.home()),
            self.tr("Imágenes PNG o JPEG (*.png *.jpg *.jpeg);;Todos los archivos (*)"),
        )
        if path:
            self.use_logo_file(Path(path))

    def use_logo_file(self, path: Path) -> bool:
        """Take the logo from ``path`` (shown in the preview, saved with Guardar); a file that
        cannot be the logo is refused beside the field and the logo stays as it was."""
        try:
            logo = logo_from_file(path)
        except ValidationFailed as exc:
            self.section.fields["logo"][1].show_message(exc.errors["logo"])
            return False
        self.logo = logo
        self.section.fields["logo"][1].show_message("")
        self._show_logo()
        return True

    def remove_logo(self) -> None:
        self.logo = None
        self.section.fields["logo"][1].show_message("")
        self._show_logo()

    def save(self) -> None:
        errors = self.check()
        if self.error_text("logo"):  # a refused file: nothing is saved until another is chosen
            errors.setdefault("logo", self.error_text("logo"))
        if errors:
            self.reveal(self.errors.show(errors))
            return
        try:
            self._office.save_document_settings(self.municipality.text(), self._paper(), self.logo)
        except ValidationFailed as exc:
            self.reveal(self.errors.show(exc.errors))
            return
        except (StorageError, ServiceError) as exc:
            show_problem(self, str(exc))
            return
        self.accept()

    def _paper(self) -> Paper:
        value = self.paper.value()
        return Paper(value) if value is not None else Paper.LETTER

    def _show_logo(self) -> None:
        if self.logo is None:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("Sin logo"))
            self.logo_info.setText(self.tr("Los documentos se imprimen sin logo."))
            self.remove_button.setEnabled(False)
            return
        pixmap = QPixmap()
        pixmap.loadFromData(self.logo)
        self.preview.setPixmap(
            pixmap.scaled(
                PREVIEW_SIZE[0] - 4,
                PREVIEW_SIZE[1] - 4,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
        self.logo_info.setText(logo_description(self.logo))
        self.remove_button.setEnabled(True)
