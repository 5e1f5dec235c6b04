"""Ajustes → «Acerca de»: the program's version, where the office's data and log are (with
«Abrir carpeta»), the database's size, and the Qt and Python versions (for support)."""

from __future__ import annotations

import platform
from pathlib import Path

import PySide6
from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

import omil_desktop
from omil_desktop.domain.text import size_text
from omil_desktop.services.device_settings import data_folder_facts


class AboutPage(QWidget):
    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        facts = data_folder_facts(data_dir)
        self.version_label = QLabel(omil_desktop.__version__)
        self.data_label = self._path_label(facts.data_dir)
        self.log_label = self._path_label(facts.log_dir)
        self.size_label = QLabel(size_text(facts.database_size))
        self.qt_label = QLabel(
            self.tr("Qt {qt} (PySide6 {pyside}) · Python {python}").format(
                qt=qVersion(), pyside=PySide6.__version__, python=platform.python_version()
            )
        )
        self.open_data_button = QPushButton(self.tr("Abrir carpeta"))
        self.open_data_button.clicked.connect(lambda: self.open_folder(facts.data_dir))
        self.open_log_button = QPushButton(self.tr("Abrir carpeta"))
        self.open_log_button.clicked.connect(lambda: self.open_folder(facts.log_dir))
        box = QGroupBox(self.tr("OMIL Desktop"))
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Versión"), self.version_label)
        form.addRow(self.tr("Carpeta de datos"), _with(self.data_label, self.open_data_button))
        form.addRow(self.tr("Tamaño de la base de datos"), self.size_label)
        form.addRow(self.tr("Carpeta del registro"), _with(self.log_label, self.open_log_button))
        form.addRow(self.tr("Componentes"), self.qt_label)
        about = QLabel(
            self.tr(
                "Programa de gestión de la Oficina Municipal de Información Laboral. El "
                "registro guarda lo que hace el programa (sin datos de las personas) para que "
                "soporte pueda ayudar si algo falla."
            )
        )
        about.setWordWrap(True)
        about.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addWidget(about)
        layout.addStretch(1)

    def _path_label(self, path: Path) -> QLabel:
        label = QLabel(str(path))
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def open_folder(self, folder: Path) -> bool:
        """Show ``folder`` in the system's file manager (made first: a log not written yet)."""
        folder.mkdir(parents=True, exist_ok=True)
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def _with(label: QLabel, button: QPushButton) -> QWidget:
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(label, 1)
    row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
    return holder
