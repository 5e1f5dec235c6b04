"""The recovery key, shown once (at set-up, or renewed after it was used): «Imprimir…» saves
its one-page sheet and opens it to print; «Continuar» waits for «La imprimí o la anoté»."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QCloseEvent, QDesktopServices, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from omil_desktop.services.errors import ServiceError, StorageError
from omil_desktop.ui.widgets.form import ErrorLabel


class RecoveryKeyDialog(QDialog):
    """``print_sheet(path)`` writes the sheet's PDF at ``path`` (None: no printing here)."""

    def __init__(
        self,
        recovery_key: str,
        print_sheet: Callable[[Path], int] | None,
        parent: QWidget | None = None,
        *,
        renewed: bool = False,
    ) -> None:
        super().__init__(parent)
        self._print_sheet = print_sheet
        self.saved: Path | None = None
        self.setWindowTitle(self.tr("Clave de recuperación"))
        intro = QLabel(
            (
                self.tr("<h2>Su clave de recuperación nueva</h2>")
                if renewed
                else self.tr("<h2>Clave de recuperación</h2>")
            )
            + self.tr(
                "<p>Los datos de la oficina quedan cifrados con su contraseña. Si la olvida, "
                "esta clave es la <b>única</b> forma de volver a abrirlos. Se muestra "
                "<b>solo esta vez</b>: imprímala o anótela y guárdela bajo llave, lejos del "
                "equipo.</p>"
            )
            + (
                self.tr("<p>La clave anterior ya no sirve: destruya esa hoja.</p>")
                if renewed
                else ""
            )
        )
        intro.setWordWrap(True)
        self.key_label = QLabel(recovery_key)
        self.key_label.setObjectName("recovery-key")
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setStyleSheet(
            "font-family: monospace; font-size: 18pt; font-weight: bold; padding: 12px;"
            "border: 1px solid #888; background: white;"
        )
        self.print_button = QPushButton(self.tr("Imprimir…"))
        self.print_button.setAutoDefault(False)
        self.print_button.clicked.connect(self.choose_and_print)
        self.print_button.setVisible(print_sheet is not None)
        self.problem = ErrorLabel(self)
        self.saved_note = QLabel()
        self.saved_note.setWordWrap(True)
        self.saved_note.hide()
        self.kept = QCheckBox(self.tr("La imprimí o la anoté"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.continue_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.continue_button.setText(self.tr("Continuar"))
        self.continue_button.setEnabled(False)
        self.kept.toggled.connect(self.continue_button.setEnabled)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.key_label)
        layout.addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.problem)
        layout.addWidget(self.saved_note)
        layout.addStretch(1)
        layout.addWidget(self.kept)
        layout.addWidget(buttons)
        self.resize(560, 360)

    def choose_and_print(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Guardar la hoja de la clave de recuperación"),
            str(Path.home() / "clave-de-recuperacion.pdf"),
            self.tr("PDF (*.pdf)"),
        )
        if path and self.save_sheet(Path(path)):
            QDesktopServices.openUrl(QUrl.fromLocalFile(path))

    def save_sheet(self, path: Path) -> bool:
        """The sheet saved at ``path`` (True), or the reason beside the button."""
        assert self._print_sheet is not None
        try:
            self._print_sheet(path)
        except (ServiceError, StorageError) as exc:
            self.problem.show_message(str(exc))
            return False
        self.saved = path
        self.problem.show_message("")
        self.saved_note.setText(
            self.tr("Hoja guardada en {path}. Imprímala y guárdela bajo llave.").format(path=path)
        )
        self.saved_note.show()
        return True

    def reject(self) -> None:
        """Neither Escape nor the window's X skip the key before it was kept."""
        if self.kept.isChecked():
            self.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self.kept.isChecked():
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.kept.isChecked():
            event.ignore()
            return
        super().closeEvent(event)
