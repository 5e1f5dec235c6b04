"""Configuración → Documentos impresos…: the dialog that sets the municipality, the paper and
the logo of every printed document, on a real data folder (issue 9, point 1)."""

from __future__ import annotations

from io import BytesIO

from PIL import Image
from PySide6.QtCore import Qt

from omil_desktop.reports.template import Paper
from omil_desktop.ui.settings.document_settings import DocumentSettingsDialog
from tests.support.keys import focus, press, type_into, wait_active


def png(path, size=(200, 100)):
    out = BytesIO()
    Image.new("RGB", size, (20, 90, 160)).save(out, "PNG")
    path.write_bytes(out.getvalue())
    return path


def test_the_menu_opens_the_settings_and_enter_saves_them(qtbot, window, when_modal, tmp_path):
    logo = png(tmp_path / "escudo.png")

    problems: list[BaseException] = []

    def fill(dialog: DocumentSettingsDialog) -> None:
        try:
            enter_settings(dialog)
        except BaseException as exc:  # seen by the test, and the dialog does not stay open
            problems.append(exc)
            dialog.reject()

    def enter_settings(dialog: DocumentSettingsDialog) -> None:
        wait_active(qtbot, dialog)
        assert dialog.municipality.placeholderText() == "Municipalidad de Palena"
        assert dialog.paper.value() is Paper.LETTER and dialog.logo is None
        assert not dialog.remove_button.isEnabled()
        type_into(qtbot, dialog.municipality, "Ilustre Municipalidad de Palena")
        dialog.paper.set_value(Paper.A4)
        assert dialog.use_logo_file(logo)
        shown = dialog.preview.pixmap()
        assert (shown.width(), shown.height()) == (152, 76)  # in the box, proportions kept
        assert "PNG de 200 × 100 píxeles" in dialog.logo_info.text()
        focus(qtbot, dialog.municipality)
        press(Qt.Key.Key_Return)

    when_modal(DocumentSettingsDialog, fill)
    menu = window.menuBar().actions()[0]
    assert menu.text() == "&Configuración"
    assert window.document_settings_action in menu.menu().actions()
    window.document_settings_action.trigger()

    if problems:
        raise problems[0]
    assert when_modal.seen and when_modal.seen[0].result() == 1
    settings = window._workspace.office_service.document_settings()
    assert settings.municipality == "Ilustre Municipalidad de Palena"
    assert settings.paper is Paper.A4
    assert settings.logo == logo.read_bytes()


def test_a_file_that_is_not_an_image_is_refused_beside_the_field(qtbot, workspace, tmp_path):
    service = workspace.office_service
    kept = png(tmp_path / "escudo.png").read_bytes()
    service.save_document_settings("", Paper.LETTER, kept)
    letter = tmp_path / "oficio.pdf"
    letter.write_bytes(b"%PDF-1.4 a scanned letter")
    dialog = DocumentSettingsDialog(service)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_active(qtbot, dialog)
    assert dialog.remove_button.isEnabled()

    assert not dialog.use_logo_file(letter)
    assert "no es una imagen PNG o JPEG" in dialog.error_text("logo")
    assert dialog.logo == kept  # the preview still shows the logo on record
    press(Qt.Key.Key_Return)  # nothing is saved while the refusal shows
    assert dialog.isVisible() and "no es una imagen" in dialog.error_text("logo")

    dialog.remove_button.click()  # «Quitar logo»
    assert dialog.error_text("logo") == "" and dialog.preview.text() == "Sin logo"
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert service.document_settings().logo is None
