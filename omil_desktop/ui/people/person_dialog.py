"""Creating or editing a person: the form, the save, and what to do about a duplicate."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from omil_desktop.domain.people import PersonData
from omil_desktop.services.errors import (
    DuplicateCandidate,
    DuplicateDocument,
    DuplicateRut,
    LikelyDuplicate,
    NotFound,
    StorageError,
    ValidationFailed,
)
from omil_desktop.services.workspace import Workspace
from omil_desktop.ui.errors import show_problem
from omil_desktop.ui.people.person_form import PersonForm
from omil_desktop.ui.widgets.form import FormDialog


class DuplicatesDialog(QDialog):
    """Lists people like the one being saved; the officer opens one, saves anyway or goes back."""

    SAVE_ANYWAY = 2
    OPEN_EXISTING = 3

    def __init__(self, candidates: list[DuplicateCandidate], parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("¿Persona ya registrada?"))
        self.candidates = candidates
        intro = QLabel(
            self.tr(
                "Puede que esta persona ya esté registrada. Revise la lista antes de guardar: "
                "un registro duplicado cuenta dos veces en los informes."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(len(candidates), 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Nombre"),
                self.tr("RUT"),
                self.tr("Nacimiento"),
                self.tr("Comuna"),
                self.tr("Motivo"),
            ]
        )
        for row, c in enumerate(candidates):
            for col, text in enumerate((c.full_name, c.rut, c.birth_date, c.comuna, c.reason)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, col, item)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(0, min(self.table.columnWidth(0), 260))  # long names elide
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.selectRow(0)
        buttons = QDialogButtonBox()
        self.open_button = buttons.addButton(
            self.tr("Abrir el registro existente"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button = buttons.addButton(
            self.tr("Es otra persona: guardar"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.back_button = buttons.addButton(
            self.tr("Volver al formulario"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(lambda: self.done(self.OPEN_EXISTING))
        self.save_button.clicked.connect(lambda: self.done(self.SAVE_ANYWAY))
        self.back_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(720, 260)

    def selected_id(self) -> str:
        row = max(self.table.currentRow(), 0)
        return self.candidates[row].person_id


class PersonDialog(FormDialog):
    """New person (``person_id`` None) or edit. Emits ``open_person`` to show an existing one."""

    saved = Signal(str)
    open_person = Signal(str)

    def __init__(
        self, workspace: Workspace, person_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, preferred=(1000, 720))
        self.hint.setText(
            self.tr(
                "Los campos con * son obligatorios. Enter guarda; en Experiencia y "
                "Observaciones, Enter es una línea nueva y Ctrl+Enter guarda."
            )
        )
        self._workspace = workspace
        self.person_id = person_id
        self._discarding = False
        self.setWindowTitle(self.tr("Editar persona") if person_id else self.tr("Nueva persona"))
        self.form = PersonForm(workspace.territory)
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.form)
        if person_id is None:
            office = workspace.office
            self.form.comuna_code.set_code(office.comuna_code if office else None)
        else:
            self.form.load(workspace.people.get(person_id).data)
        self._initial = self.form.collect()[0]
        self.form.rut.setFocus()

    def reject(self) -> None:
        """Cancel or Esc: ask before throwing away what was typed."""
        if self.form.collect()[0] != self._initial and not self._discarding:
            answer = QMessageBox.question(
                self,
                self.tr("Descartar cambios"),
                self.tr("Hay datos sin guardar. ¿Descartarlos?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()

    def _leave_for(self, person_id: str) -> None:
        """Close without asking (the officer chose to open an existing record instead)."""
        self._discarding = True
        self.open_person.emit(person_id)
        self.reject()

    def save(self, allow_likely_duplicate: bool = False) -> None:
        self.form.tidy()
        errors = self.form.check()
        if errors:  # every one at once, next to its field
            self.reveal(self.form.show_errors(errors))
            return
        data = self.form.collect()[0]
        try:
            self.person_id = self._write(data, allow_likely_duplicate)
        except ValidationFailed as exc:
            self.reveal(self.form.show_errors(exc.errors))
            return
        except DuplicateRut as exc:
            field = "document_number" if isinstance(exc, DuplicateDocument) else "rut"
            self.reveal(self.form.show_errors({field: str(exc)}))
            self._offer_existing(exc)
            return
        except LikelyDuplicate as exc:
            self._resolve_likely(exc.candidates)
            return
        except (StorageError, NotFound) as exc:
            show_problem(self, str(exc))
            return
        self.saved.emit(self.person_id)
        self.accept()

    def _write(self, data: PersonData, allow_likely_duplicate: bool) -> str:
        people = self._workspace.people
        if self.person_id is None:
            return people.create(data, allow_likely_duplicate=allow_likely_duplicate)
        people.update(self.person_id, data, allow_likely_duplicate=allow_likely_duplicate)
        return self.person_id

    def _offer_existing(self, exc: DuplicateRut) -> None:
        if not exc.existing_id:
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("RUT ya registrado"))
        box.setText(str(exc))
        open_button = box.addButton(
            self.tr("Abrir el registro existente"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(self.tr("Volver al formulario"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(open_button)
        box.exec()
        if box.clickedButton() is open_button:
            self._leave_for(exc.existing_id)

    def _resolve_likely(self, candidates: list[DuplicateCandidate]) -> None:
        dialog = DuplicatesDialog(candidates, self)
        choice = dialog.exec()
        if choice == DuplicatesDialog.SAVE_ANYWAY:
            self.save(allow_likely_duplicate=True)
        elif choice == DuplicatesDialog.OPEN_EXISTING:
            self._leave_for(dialog.selected_id())
