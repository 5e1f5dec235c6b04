"""Ajustes → «Oficina»: the office's comuna and officer, and how its printed documents look
(the municipality's name, the paper and the municipal logo every sign-in sheet, certificate and
report carries in its header). Changes are the encargado(a)'s."""

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
    check_office,
    comuna_fixed_reason,
    logo_description,
    logo_from_file,
)
from omil_desktop.services.workspace import Workspace
from omil_desktop.ui.widgets.comuna_combo import ComunaCombo
from omil_desktop.ui.widgets.enum_combo import EnumCombo
from omil_desktop.ui.widgets.form import ErrorLabel, FieldErrors, FormSection

PREVIEW_SIZE = (160, 80)
"""The logo's preview, scaled into this box keeping its proportions."""


class OfficePage(QWidget):
    """The office's data; :meth:`save` records it all at once (every error beside its field)."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._office: OfficeService = workspace.office_service
        info = workspace.office
        assert info is not None, "the office is set up before its settings open"
        settings = self._office.document_settings()
        self.logo: bytes | None = settings.logo
        self._saved = (info.comuna_code, info.officer_name, settings)
        self.manager = workspace.officer is None or workspace.officer.is_manager

        # -- the office ---------------------------------------------------------------------
        self.comuna = ComunaCombo(workspace.territory)
        self.comuna.set_code(info.comuna_code)
        self.comuna_reason = comuna_fixed_reason(workspace.db)
        self.comuna_note = QLabel(self.comuna_reason or "")
        self.comuna_note.setWordWrap(True)
        self.comuna_note.setStyleSheet("color: #555;")
        self.comuna_note.setVisible(self.comuna_reason is not None)
        self.comuna.setEnabled(self.comuna_reason is None)
        comuna_box = QWidget()
        comuna_column = QVBoxLayout(comuna_box)
        comuna_column.setContentsMargins(0, 0, 0, 0)
        comuna_column.addWidget(self.comuna)
        comuna_column.addWidget(self.comuna_note)
        self.officer = QLineEdit(info.officer_name)
        self.officer.setPlaceholderText(self.tr("Nombre y apellidos"))
        self.office_section = FormSection(self.tr("Oficina"))
        self.office_section.add("comuna_code", self.tr("Comuna de la OMIL"), comuna_box)
        self.office_section.fields["comuna_code"] = (
            self.comuna,
            self.office_section.fields["comuna_code"][1],
        )
        self.office_section.add("officer_name", self.tr("Encargado(a)"), self.officer)

        # -- printed documents ------------------------------------------------------------------
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
        fields = {**self.office_section.fields, **self.section.fields}
        self.errors = FieldErrors(fields, self.check, parent=self)
        self.general = ErrorLabel(self)
        about = QLabel(
            self.tr(
                "El encabezado va en las hojas de asistencia, los certificados y los informes. "
                "El logo (PNG o JPEG, hasta 2 MB) se imprime a la izquierda; debajo del nombre "
                "de la municipalidad va «{office}»."
            ).format(office=settings.office)
        )
        about.setWordWrap(True)
        about.setStyleSheet("color: #555;")
        self.manager_note = QLabel(
            self.tr(
                "Solo la persona encargada de la OMIL puede cambiar estos datos; su cuenta es "
                "de apoyo."
            )
        )
        self.manager_note.setWordWrap(True)
        self.manager_note.setStyleSheet("color: #555;")
        self.manager_note.setVisible(not self.manager)
        layout = QVBoxLayout(self)
        layout.addWidget(self.manager_note)
        layout.addWidget(self.office_section)
        layout.addWidget(about)
        layout.addWidget(self.section)
        layout.addWidget(self.general)
        layout.addStretch(1)
        if not self.manager:
            for widget in (
                self.comuna,
                self.officer,
                self.municipality,
                self.paper,
                self.choose_button,
                self.remove_button,
            ):
                widget.setEnabled(False)
        self._show_logo()

    # -- the form -----------------------------------------------------------------------------

    def error_text(self, name: str) -> str:
        return self.errors.message(name)

    def check(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        try:
            check_office(self._workspace.territory, self.comuna.code() or "", self.officer.text())
        except ValidationFailed as exc:
            errors.update(exc.errors)
        try:
            OfficeService.check_document_settings(
                self.municipality.text(), self._paper(), self.logo
            )
        except ValidationFailed as exc:
            errors.update(exc.errors)
        return errors

    def changed(self) -> bool:
        code, officer, settings = self._saved
        return (
            (self.comuna.code() or "") != code
            or " ".join(self.officer.text().split()) != officer
            or " ".join(self.municipality.text().split()) != settings.municipality_name
            or self._paper() is not settings.paper
            or self.logo != settings.logo
        )

    def save(self) -> QWidget | bool | None:
        """Record the office's data. True when saved (or nothing changed); else the field to
        show (an error beside it), or None with the reason in :attr:`general`."""
        self.general.show_message("")
        refused_logo = self.error_text("logo")  # nothing is saved until another is chosen
        if not self.changed() and not refused_logo:
            return True
        errors = self.check()
        if refused_logo:
            errors.setdefault("logo", refused_logo)
        if errors:
            return self.errors.show(errors) or self.comuna
        code = self.comuna.code() or ""
        try:
            self._workspace.require_manager()
            if code != self._saved[0]:
                reason = comuna_fixed_reason(self._workspace.db)
                if reason is not None:  # data arrived since the page opened
                    return self.errors.show({"comuna_code": reason})
            self._workspace.set_up_office(code, self.officer.text())
            saved = self._office.save_document_settings(
                self.municipality.text(), self._paper(), self.logo
            )
        except ValidationFailed as exc:
            return self.errors.show(exc.errors)
        except (StorageError, ServiceError) as exc:
            self.general.show_message(str(exc))
            return None
        office = self._workspace.office
        assert office is not None
        self._saved = (office.comuna_code, office.officer_name, saved)
        return True

    # -- the logo -----------------------------------------------------------------------------

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
        self.remove_button.setEnabled(self.manager)
