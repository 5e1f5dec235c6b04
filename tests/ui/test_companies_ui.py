"""Empresas through the real window: a company with a bad RUT fixed and saved with Enter, a
duplicate refused, a contact and an interaction added, the search, the network's read-only."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QMessageBox

from omil_desktop.domain.companies import CompanyData, ContactData
from omil_desktop.domain.intermediation import InteractionKind
from omil_desktop.domain.rut import Rut
from omil_desktop.store.changelog import remote_session
from omil_desktop.store.models import Company
from omil_desktop.ui.companies.company_dialog import CompanyDialog
from omil_desktop.ui.companies.record_dialogs import ContactDialog, InteractionDialog
from tests.support.keys import focus, press, type_into, wait_active


def received_company(workspace, office_code: str, rut: str, name: str) -> str:
    """A company another office shares, as sync writes it."""
    with workspace.db.transaction() as session:
        remote_session(session)
        moment = datetime(2026, 11, 2, 12)
        company = Company(
            office_code=office_code,
            rut=rut,
            legal_name=name,
            trade_name="",
            activity="",
            comuna_code=office_code,
            address="",
            phone="",
            email="",
            notes="",
            shared=True,
            created_at=moment,
            updated_at=moment,
        )
        session.add(company)
        session.flush()
        return company.id


def open_area(window):
    page = window.companies_page
    window.sidebar.setCurrentRow(window.pages.indexOf(page))
    assert window.pages.currentWidget() is page
    return page


def open_new_company(qtbot, window) -> CompanyDialog:
    wait_active(qtbot, window)
    press(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(CompanyDialog)
    assert dialog is not None and dialog.isVisible()
    wait_active(qtbot, dialog)
    return dialog


def make(workspace, rut: str, legal: str, trade: str = "") -> str:
    return workspace.companies.create(
        CompanyData(Rut.parse(rut), legal, trade_name=trade, comuna_code="10404")
    )


def test_a_bad_rut_is_explained_beside_it_fixed_and_enter_saves(qtbot, window, workspace):
    page = open_area(window)
    dialog = open_new_company(qtbot, window)
    assert dialog.comuna_code.code() == "10404"  # the office's comuna by default
    type_into(qtbot, dialog.rut, "76.123.456-1")
    type_into(qtbot, dialog.phone, "123")
    press(Qt.Key.Key_Return)  # Enter: every error at once

    assert dialog.isVisible()
    assert dialog.error_text("rut") == (
        "El RUT 76.123.456-1 no es válido: revise el RUT de la empresa "
        "(en una factura o en el SII)."
    )
    assert dialog.error_text("legal_name") == "Escriba la razón social."
    assert dialog.error_text("phone").startswith("Escriba un teléfono chileno")
    dialog.rut.clear()
    type_into(qtbot, dialog.rut, "761234560")
    assert dialog.error_text("rut") == ""  # gone as soon as it is fixed
    assert dialog.error_text("legal_name") != ""
    dialog.legal_name.insert("Salmones del Sur SpA")
    dialog.phone.clear()
    type_into(qtbot, dialog.phone, "652123456")
    assert dialog.error_text("legal_name") == dialog.error_text("phone") == ""
    focus(qtbot, dialog.legal_name)
    press(Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)
    company_id = workspace.companies.find_by_rut(Rut.parse("76.123.456-0"))
    assert company_id is not None
    assert workspace.companies.get(company_id).data.phone == "+56 65 212 3456"
    assert page.detail.company_id == company_id
    assert page.result_label.text() == "1 empresa"


def test_the_same_rut_written_otherwise_is_refused_beside_the_field(
    qtbot, window, workspace, when_modal
):
    make(workspace, "76.123.456-0", "Salmones del Sur SpA", "Salmones Palena")
    open_area(window)
    dialog = open_new_company(qtbot, window)
    type_into(qtbot, dialog.rut, "76123456-0")
    dialog.legal_name.insert("Otra razón social")
    when_modal(QMessageBox, lambda box: box.buttons()[-1].click())  # «Volver al formulario»
    focus(qtbot, dialog.legal_name)
    press(Qt.Key.Key_Return)

    assert len(when_modal.seen) == 1
    assert dialog.isVisible()
    assert dialog.error_text("rut") == (
        "El RUT 76.123.456-0 ya está registrado: es la empresa Salmones del Sur SpA "
        "(Salmones Palena)."
    )
    assert workspace.companies.count() == 1
    dialog.done(0)


def test_a_contact_and_an_interaction_are_added_from_the_company_page(qtbot, window, workspace):
    company_id = make(workspace, "76.123.456-0", "Salmones del Sur SpA")
    page = open_area(window)
    page.refresh()
    page.select_company(company_id)
    detail = page.detail

    detail.add_contact_button.click()
    contact = window.findChild(ContactDialog)
    wait_active(qtbot, contact)
    type_into(qtbot, contact.name, "Juan Soto")
    type_into(qtbot, contact.role, "Jefe de personal")
    type_into(qtbot, contact.phone, "987654321")
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not contact.isVisible(), timeout=2000)
    assert detail.contacts_table.rowCount() == 1
    assert detail.contacts_table.item(0, 0).text() == "Juan Soto\nJefe de personal"
    assert detail.contacts_table.item(0, 1).text() == "+56 9 8765 4321"
    assert detail.tabs.tabText(0) == "Contactos (1)"

    window.activateWindow()  # back from the contact's dialog
    wait_active(qtbot, window)
    press(Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)  # Registrar gestión
    qtbot.waitUntil(lambda: window.findChild(InteractionDialog) is not None, timeout=2000)
    entry = window.findChild(InteractionDialog)
    wait_active(qtbot, entry)
    focus(qtbot, entry.notes)
    press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert entry.isVisible() and entry.error_text("kind").startswith("Elija el tipo")
    entry.kind.set_value(InteractionKind.VISIT)
    assert entry.error_text("kind") == ""
    entry.notes.insertPlainText("Necesitan 3 operarios para diciembre.")
    press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not entry.isVisible(), timeout=2000)

    log = workspace.companies.interactions(company_id)
    assert [(i.data.kind, i.data.notes) for i in log] == [
        (InteractionKind.VISIT, "Necesitan 3 operarios para diciembre.")
    ]
    assert log[0].data.date == date.today()
    assert detail.tabs.currentIndex() == 1
    assert detail.log_table.item(0, 1).text() == "Visita"
    assert detail.notes_view.toPlainText() == "Necesitan 3 operarios para diciembre."


def test_search_as_you_type_starts_at_the_first_result_and_esc_clears(qtbot, window, workspace):
    make(workspace, "76.123.456-0", "Salmones del Sur SpA", "Salmones Palena")
    make(workspace, "77.888.999-4", "Ferretería Ñandú Ltda.")
    make(workspace, "96.500.000-3", "Comercial Norte S.A.")
    page = open_area(window)
    page.refresh()

    def shown(text: str) -> list[str]:
        page.search_field.clear()
        qtbot.keyClicks(page.search_field, text)
        qtbot.waitUntil(lambda: page.model.query == text, timeout=2000)
        return [page.model.index(r, 1).data() for r in range(page.model.rowCount())]

    wait_active(qtbot, window)
    focus(qtbot, page.table)
    press(Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search_field.hasFocus()  # Ctrl+F searches the area in sight
    assert shown("nandu") == ["Ferretería Ñandú Ltda."]
    assert page.detail.company_name == "Ferretería Ñandú Ltda."  # the first result is shown
    assert shown("76.123") == ["Salmones Palena"]
    assert shown("sur") == ["Salmones Palena"]
    focus(qtbot, page.search_field)
    press(Qt.Key.Key_Escape)
    assert page.search_field.text() == ""
    assert page.model.rowCount() == 3
    assert page.table.currentIndex().row() == 0
    page.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # by RUT, highest first
    assert page.model.index(0, 0).data() == "96.500.000-3"


def test_the_network_s_company_is_read_only(qtbot, window, workspace):
    theirs = received_company(workspace, "10401", "76123456-0", "Constructora Chaitén")
    page = open_area(window)
    page.refresh()
    page.select_company(theirs)
    detail = page.detail
    assert detail.read_only
    assert detail.read_only_note.isVisible()
    assert "OMIL Chaitén" in detail.read_only_note.text()
    for widget in (detail.edit_button, detail.add_contact_button, detail.shared):
        assert not widget.isVisible()


def test_sharing_is_a_checkbox_that_takes_the_contacts_along(qtbot, window, workspace):
    company_id = make(workspace, "76.123.456-0", "Salmones del Sur SpA")
    workspace.companies.add_contact(company_id, ContactData("Juan Soto"))
    page = open_area(window)
    page.refresh()
    page.select_company(company_id)
    page.detail.shared.click()
    assert workspace.companies.get(company_id).shared
    assert page.detail.shared.isChecked()


def test_company_dialogs_fit_a_1024x600_screen_with_buttons_in_sight(qtbot, window, workspace):
    company_id = make(workspace, "76.123.456-0", "Salmones del Sur SpA")
    small = QRect(0, 0, 1024, 600)
    companies = workspace.companies
    for dialog in (
        CompanyDialog(workspace, None, window),
        CompanyDialog(workspace, company_id, window),
        ContactDialog(companies, company_id, "Salmones " * 40, window),
        InteractionDialog(companies, company_id, "Salmones", window),
    ):
        dialog.show()
        dialog.fit_to_screen(small)
        qtbot.waitUntil(lambda d=dialog: d.height() <= 600 - 40)
        assert dialog.width() <= 1024
        for button in (dialog.save_button, dialog.cancel_button):
            corner = button.mapTo(dialog, button.rect().bottomRight())
            assert button.isVisible() and dialog.rect().contains(corner)
        dialog.done(0)
