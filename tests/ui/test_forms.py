"""Forms as the officer meets them: every error at once, each gone when fixed; limits; dates."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

from omil_desktop.domain.people import MAX_LENGTHS, ConsentMethod
from omil_desktop.domain.rut import Rut
from omil_desktop.ui.people.attention_dialog import AttentionDialog
from omil_desktop.ui.people.person_dialog import PersonDialog
from omil_desktop.ui.widgets.date_field import DateField
from tests.support.keys import POPUP_WARNINGS, focus, press, type_into, wait_active
from tests.ui.test_forms_enter import new_person

CTRL = Qt.KeyboardModifier.ControlModifier


def shown_errors(dialog: PersonDialog) -> set[str]:
    return set(dialog.form.errors.shown())


def test_every_error_at_once_next_to_its_field_and_each_gone_when_fixed(qtbot, window, workspace):
    dialog = new_person(qtbot, window)
    form = dialog.form
    type_into(qtbot, form.rut, "12.345.678-9")
    type_into(qtbot, form.birth_date, "31-02-1990")
    type_into(qtbot, form.phone, "8765 432")
    type_into(qtbot, form.email, "ana@")
    type_into(qtbot, form.consent_on, "01-01-2020")
    press(Qt.Key.Key_Return)

    assert shown_errors(dialog) == {
        "rut",
        "first_names",
        "last_name_1",
        "birth_date",
        "phone",
        "email",
        "consent_on",
    }
    assert QApplication.focusWidget() is form.rut  # the first one, in form order
    for name in shown_errors(dialog):  # each right under its own field
        widget, label = form._fields[name]
        below = label.mapTo(form, label.rect().topLeft()).y()
        assert 0 <= below - widget.mapTo(form, widget.rect().bottomLeft()).y() <= 8, name

    # Each message goes while the officer types the fix; the others stay until theirs is fixed.
    type_into(qtbot, form.first_names, "A")
    assert "first_names" not in shown_errors(dialog) and "last_name_1" in shown_errors(dialog)
    form.rut.clear()
    type_into(qtbot, form.rut, "12.345.678")
    assert form.error_text("rut") != ""  # still not a RUT: the message stays (updated)
    type_into(qtbot, form.rut, "-5")
    assert "rut" not in shown_errors(dialog)
    form.birth_date.clear()
    type_into(qtbot, form.birth_date, "15/03/1990")
    assert "birth_date" not in shown_errors(dialog)
    form.consent_method.set_value(ConsentMethod.VERBAL)  # fixed in another field
    assert "consent_on" not in shown_errors(dialog)
    form.phone.clear()
    type_into(qtbot, form.phone, "987654321")
    form.email.clear()
    type_into(qtbot, form.email, "ana@example.cl")
    assert shown_errors(dialog) == {"last_name_1"}
    type_into(qtbot, form.first_names, "na")
    # A field without a shown error does not get one while typing; only the next save says.
    form.address.setText("x" * 10)
    assert shown_errors(dialog) == {"last_name_1"}
    assert workspace.people.search_ids("") == []

    type_into(qtbot, form.last_name_1, "Soto")
    assert shown_errors(dialog) == set()
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    (person_id,) = workspace.people.search_ids("")
    data = workspace.people.get(person_id).data
    assert (data.birth_date, data.phone) == (date(1990, 3, 15), "+56 9 8765 4321")


def test_a_message_from_the_register_goes_when_its_own_field_is_edited(
    qtbot, window, workspace, person_data, when_modal
):
    workspace.people.create(person_data())
    dialog = new_person(qtbot, window)
    type_into(qtbot, dialog.form.rut, "12345678-5")
    type_into(qtbot, dialog.form.first_names, "Otra")
    type_into(qtbot, dialog.form.last_name_1, "Persona")
    when_modal(QMessageBox, lambda box: box.buttons()[-1].click())  # back to the form
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(when_modal.seen) == 1)
    assert "ya está registrado" in dialog.form.error_text("rut")
    assert dialog.form.rut.text() == "12.345.678-5"  # shown as stored, once saved
    dialog.activateWindow()  # the window manager gives the focus back when the box closes
    wait_active(qtbot, dialog)

    type_into(qtbot, dialog.form.last_name_2, "Vera")
    assert "ya está registrado" in dialog.form.error_text("rut")  # not fixed by another field
    type_into(qtbot, dialog.form.rut, "0")
    assert dialog.form.error_text("rut") == ""


def test_the_form_stops_each_text_at_its_limit(qtbot, window, workspace):
    dialog = new_person(qtbot, window)
    width = dialog.width()
    for name, limit in MAX_LENGTHS.items():
        widget = dialog.form.field(name)
        if isinstance(widget, QLineEdit):
            assert widget.maxLength() == limit, name
    name_210 = "Bernardita Alejandra " * 10
    dialog.form.first_names.insert(name_210)  # pasted
    assert dialog.form.first_names.text() == name_210[:120]
    type_into(qtbot, dialog.form.first_names, "zzz")
    assert len(dialog.form.first_names.text()) == 120
    assert dialog.width() == width
    dialog.form.notes.setPlainText("n" * 10_001)  # the notes are checked on save
    type_into(qtbot, dialog.form.rut, "12.345.678-5")
    type_into(qtbot, dialog.form.last_name_1, "Soto")
    press(Qt.Key.Key_Return)
    assert (
        dialog.form.error_text("notes") == "Observaciones: hasta 10.000 caracteres (tiene 10.001)."
    )


def test_the_phone_is_shown_as_stored_when_leaving_the_field(qtbot, window):
    dialog = new_person(qtbot, window)
    type_into(qtbot, dialog.form.phone, "(09) 8765-4321")
    focus(qtbot, dialog.form.email)
    assert dialog.form.phone.text() == "+56 9 8765 4321"
    dialog.form.phone.clear()
    type_into(qtbot, dialog.form.phone, "+54 9 11 1234-5678")
    focus(qtbot, dialog.form.email)
    assert dialog.form.phone.text() == "+54 9 11 1234 5678"


def test_dates_as_people_write_them(qtbot, window):
    dialog = new_person(qtbot, window)
    field = dialog.form.birth_date
    for written, shown in (("15-3-1990", "15-03-1990"), ("15/03/1990", "15-03-1990")):
        field.clear()
        type_into(qtbot, field, written)
        assert field.value() == date(1990, 3, 15)
        focus(qtbot, dialog.form.sex)
        assert field.text() == shown


@POPUP_WARNINGS
def test_a_date_is_picked_on_the_calendar_and_enter_there_picks_without_saving(
    qtbot, window, workspace
):
    dialog = new_person(qtbot, window)
    field = dialog.form.birth_date
    field.set_value(date(1990, 3, 15))
    focus(qtbot, field)
    press(Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: field.calendar is not None and field.calendar.isVisible())
    assert field.calendar.selectedDate().toPython() == date(1990, 3, 15)
    press(Qt.Key.Key_Right)  # the next day
    press(Qt.Key.Key_Return)  # picks it
    qtbot.waitUntil(lambda: not field.calendar.isVisible())
    assert field.value() == date(1990, 3, 16)
    assert dialog.isVisible() and workspace.people.search_ids("") == []
    assert QApplication.focusWidget() is field
    field.calendar_action.trigger()  # the button in the field opens it too
    qtbot.waitUntil(field.calendar.isVisible)
    press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not field.calendar.isVisible())
    assert field.value() == date(1990, 3, 16) and dialog.isVisible()


def test_attention_dialog_lists_all_its_errors(qtbot, window, workspace, person_data):
    person_id = workspace.people.create(person_data())
    window.people_page.refresh()
    window.people_page.record_attention(person_id)
    dialog = window.findChild(AttentionDialog)
    wait_active(qtbot, dialog)
    dialog.date.setText("hoy")
    dialog.notes.setPlainText("n" * 10_001)
    press(Qt.Key.Key_Return)
    assert set(dialog.errors.shown()) == {"date", "kind", "notes"}
    assert dialog.error_text("date").startswith("Escriba la fecha como dd-mm-aaaa")
    assert workspace.attentions.history(person_id) == []


def test_dialogs_are_never_taller_than_the_screen_and_keep_their_buttons_in_sight(
    qtbot, window, workspace, person_data
):
    person_id = workspace.people.create(person_data())
    small = QRect(0, 0, 1024, 600)
    for dialog in (
        PersonDialog(workspace, None, window),
        PersonDialog(workspace, person_id, window),
        AttentionDialog(workspace.attentions, person_id, "Ana " * 60, window),
    ):
        dialog.show()
        dialog.fit_to_screen(small)
        qtbot.waitUntil(lambda d=dialog: d.height() <= 600 - 40)
        assert dialog.width() <= 1024
        for button in (dialog.save_button, dialog.cancel_button):
            corner = button.mapTo(dialog, button.rect().bottomRight())
            assert button.isVisible() and dialog.rect().contains(corner)
        if isinstance(dialog, PersonDialog):  # taller than the room: the fields scroll
            assert dialog.scroll_area.verticalScrollBar().maximum() > 0
        dialog.done(0)


def test_a_new_person_with_a_known_rut_written_any_way(qtbot, window, workspace):
    dialog = new_person(qtbot, window)
    type_into(qtbot, dialog.form.rut, "123456785")
    type_into(qtbot, dialog.form.first_names, "Ana")
    type_into(qtbot, dialog.form.last_name_1, "Soto")
    press(Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)  # the keypad's Enter too
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert workspace.people.find_by_rut(Rut.parse("12.345.678-5")) is not None


def test_enter_on_the_focused_cancel_button_cancels(qtbot, window, workspace):
    dialog = new_person(qtbot, window)
    focus(qtbot, dialog.cancel_button)
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert workspace.people.search_ids("") == []
    assert not isinstance(QApplication.activeModalWidget(), DateField)


def test_a_name_stored_before_the_limits_is_shown_whole_and_must_be_shortened(
    qtbot, window, workspace, person_data
):
    from sqlalchemy import update

    from omil_desktop.store.models import Person

    person_id = workspace.people.create(person_data())
    legacy = "Bernardita Alejandra " * 10  # 210 characters, written by an older version
    with workspace.db.transaction() as session:
        session.execute(update(Person).where(Person.id == person_id).values(first_names=legacy))
    dialog = PersonDialog(workspace, person_id, window)
    dialog.open()
    wait_active(qtbot, dialog)
    assert dialog.form.first_names.text() == legacy  # not cut behind the officer's back
    press(Qt.Key.Key_Return)
    assert dialog.form.error_text("first_names") == "Nombres: hasta 120 caracteres (tiene 209)."
    assert workspace.people.get(person_id).data.first_names == legacy
    dialog.form.first_names.setText("Bernardita Alejandra")
    assert dialog.form.error_text("first_names") == ""
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert workspace.people.get(person_id).data.first_names == "Bernardita Alejandra"


def test_the_wheel_scrolls_the_form_and_never_changes_a_drop_down_it_passes(qtbot, workspace):
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent

    from omil_desktop.ui.vacancies.vacancy_dialog import VacancyDialog
    from tests.services.intermediation_fixtures import add_company

    add_company(workspace)
    dialog = VacancyDialog(workspace, None)
    qtbot.addWidget(dialog)
    dialog.resize(520, 300)  # small: the form scrolls
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.title.setFocus()
    before = dialog.workday.currentIndex()
    bar = dialog.scroll_area.verticalScrollBar()
    start = bar.value()

    def wheel(widget) -> None:
        centre = QPointF(widget.rect().center())
        event = QWheelEvent(
            centre,
            QPointF(widget.mapToGlobal(centre.toPoint())),
            QPoint(0, 0),
            QPoint(0, -120),  # one notch down
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(widget, event)

    wheel(dialog.workday)
    assert dialog.workday.currentIndex() == before  # passed over: unchanged
    assert bar.value() > start  # the form scrolled instead
    dialog.workday.setFocus()
    qtbot.waitUntil(dialog.workday.hasFocus)
    wheel(dialog.workday)
    assert dialog.workday.currentIndex() != before  # chosen on purpose: the wheel works


def test_arrows_in_a_search_field_choose_in_its_list(qtbot):
    from PySide6.QtWidgets import QLineEdit, QListWidget

    from omil_desktop.ui.widgets.form import ArrowsChoose

    search, matches = QLineEdit(), QListWidget()
    qtbot.addWidget(search)
    qtbot.addWidget(matches)
    ArrowsChoose(search, matches)
    qtbot.keyClick(search, Qt.Key.Key_Down)  # an empty list: the key is the field's
    matches.addItems(["Ana", "Begoña", "Íñigo"])
    matches.setCurrentRow(0)
    for key, row in ((Qt.Key.Key_Down, 1), (Qt.Key.Key_Down, 2), (Qt.Key.Key_Down, 2),
                     (Qt.Key.Key_Up, 1), (Qt.Key.Key_Up, 0), (Qt.Key.Key_Up, 0)):  # fmt: skip
        qtbot.keyClick(search, key)
        assert matches.currentRow() == row
    qtbot.keyClick(search, Qt.Key.Key_A)
    assert search.text() == "a"  # other keys still type
