"""The Talleres area through the real window (issue 9): the workshop form's errors, sessions,
enrollment with a waiting list, the attendance grid taken with the keyboard, finishing."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from omil_desktop.domain.people import Sex
from omil_desktop.domain.rut import Rut
from omil_desktop.domain.workshops import (
    AttendanceMark,
    EnrollmentStatus,
    SessionData,
    WorkshopData,
    WorkshopModule,
    WorkshopStatus,
)
from omil_desktop.ui.people.person_dialog import PersonDialog
from omil_desktop.ui.workshops.enroll_dialog import EnrollDialog
from omil_desktop.ui.workshops.workshop_dialog import SessionDialog, WorkshopDialog
from omil_desktop.ui.workshops.workshop_view import ATTENDANCE_TAB, PEOPLE_TAB, SESSIONS_TAB

P, A, J = AttendanceMark.PRESENT, AttendanceMark.ABSENT, AttendanceMark.EXCUSED


def visible(window, kind):
    found = [d for d in window.findChildren(kind) if d.isVisible()]
    assert len(found) == 1, kind
    return found[0]


def enter(qtbot, widget) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def open_area(window):
    window.sidebar.setCurrentRow(window._workshops_index)
    return window.workshops_area


def workshop(workspace, capacity: int = 20, sessions: int = 3, **overrides) -> str:
    values = {
        "name": "Apresto laboral Palena",
        "modules": (WorkshopModule.CV, WorkshopModule.INTERVIEW),
        "facilitator": "Pedro Soto",
        "place": "Sala multiuso",
        "capacity": capacity,
        "starts_on": date(2026, 3, 2),
        "ends_on": date(2026, 3, 31),
    }
    values.update(overrides)
    service = workspace.workshops
    workshop_id = service.create(WorkshopData(**values))
    for day in range(sessions):
        service.add_session(workshop_id, SessionData(date(2026, 3, 3 + 7 * day), "09:30", "12:30"))
    return workshop_id


def people(workspace, person_data) -> list[str]:
    return [
        workspace.people.create(person_data()),
        workspace.people.create(
            person_data(
                first_names="Pedro",
                last_name_1="Soto",
                last_name_2="Ñancupil",
                rut=Rut.parse("11.111.111-1"),
                sex=Sex.MALE,
                email="pedro@example.cl",
            )
        ),
    ]


def open_workshop(qtbot, window, workshop_id: str):
    area = open_area(window)
    area.list_page.refresh(workshop_id)
    area.list_page.table.setFocus()
    enter(qtbot, area.list_page.table)
    assert area.currentWidget() is area.view
    assert area.view.workshop_id == workshop_id
    return area.view


def answer_yes(when_modal) -> None:
    when_modal(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click())


def test_the_list_searches_as_you_type_newest_first(qtbot, window, workspace):
    workshop(workspace, name="Taller de CV", starts_on=date(2026, 1, 5), sessions=0)
    workshop(workspace, name="Entrevista laboral", facilitator="Ana Núñez", sessions=0)
    area = open_area(window)
    page = area.list_page
    model = page.model
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == [
        "Entrevista laboral",
        "Taller de CV",
    ]
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(7)] == [
        "Nombre",
        "Inicio",
        "Término",
        "Sesiones",
        "Inscritos/Cupos",
        "En espera",
        "Estado",
    ]
    assert model.index(0, 4).data() == "0/20" and model.index(0, 6).data() == "Abierto"
    page.table.selectionModel().setCurrentIndex(
        model.index(1, 0), page.table.selectionModel().SelectionFlag.ClearAndSelect
    )
    qtbot.keyClicks(page.search_field, "nunez")  # the facilitator, accents optional
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=2000)
    assert model.index(0, 0).data() == "Entrevista laboral"
    assert page.table.currentIndex().row() == 0  # the new search starts at its first result
    assert page.result_label.text() == "1 taller"
    page.clear_search()
    page.status_filter.setCurrentIndex(page.status_filter.findData("finalizado"))
    assert model.rowCount() == 0 and page.result_label.text() == "0 talleres"
    page.status_filter.setCurrentIndex(page.status_filter.findData("abierto"))
    assert model.rowCount() == 2

    # Ctrl+N in the area: a new workshop; Ctrl+F from a workshop: back to the list's search.
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = visible(window, WorkshopDialog)
    dialog.reject()
    area.open_workshop(model.rows[0].id)
    assert area.currentWidget() is area.view
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert area.currentWidget() is page and page.search_field.hasFocus()


def test_the_form_shows_bad_input_beside_its_fields_and_saves_nothing(qtbot, window, workspace):
    area = open_area(window)
    area.list_page.new_button.click()
    dialog = visible(window, WorkshopDialog)
    qtbot.keyClicks(dialog.name, "Apresto laboral")
    qtbot.keyClicks(dialog.facilitator, "Pedro Soto")
    dialog.starts_on.setText("10-03-2026")
    dialog.ends_on.setText("09-03-2026")
    dialog.capacity.setText("veinte")
    enter(qtbot, dialog.name)
    assert dialog.error_text("ends_on") == "El término no puede ser anterior al inicio."
    assert dialog.error_text("modules").startswith("Marque al menos un módulo")
    assert dialog.error_text("capacity") == "Escriba los cupos como un número entero, ej. 20."
    assert workspace.workshops.count() == 0
    dialog.module_boxes[WorkshopModule.SOFT_SKILLS].setChecked(True)
    assert dialog.error_text("modules") == ""  # gone as soon as it is fixed
    dialog.capacity.setText("15")
    assert dialog.error_text("capacity") == ""
    dialog.ends_on.setText("31-03-2026")
    assert dialog.error_text("ends_on") == ""
    enter(qtbot, dialog.capacity)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)
    (row,) = workspace.workshops.search_page()
    assert (row.name, row.capacity, row.starts_on) == ("Apresto laboral", 15, date(2026, 3, 10))
    view = area.view
    assert area.currentWidget() is view and view.tabs.currentIndex() == SESSIONS_TAB
    assert view.grid_notice.text() == "Agregue las sesiones del taller en «Sesiones»."

    # A session outside the workshop's dates, ending before it starts: errors, nothing saved.
    view.add_session_button.click()
    session = visible(window, SessionDialog)
    assert session.date.text() == "10-03-2026"  # the first session on the first day
    session.date.setText("05-04-2026")
    session.starts_at.setText("15:00")
    session.ends_at.setText("1300")
    enter(qtbot, session.starts_at)
    assert session.error_text("date") == (
        "La sesión debe estar entre el 10-03-2026 y el 31-03-2026, las fechas del taller."
    )
    assert session.error_text("ends_at") == "La hora de término debe ser posterior a la de inicio."
    assert workspace.workshops.sessions(row.id) == []
    session.date.setText("12-03-2026")
    session.ends_at.setText("18:00")
    assert session.error_text("date") == "" and session.error_text("ends_at") == ""
    enter(qtbot, session.ends_at)
    qtbot.waitUntil(lambda: not session.isVisible(), timeout=2000)
    (stored,) = workspace.workshops.sessions(row.id)
    assert (stored.number, stored.date, stored.starts_at, stored.ends_at) == (
        1,
        date(2026, 3, 12),
        "15:00",
        "18:00",
    )
    assert view.sessions_table.item(0, 2).text() == "15:00–18:00"
    assert view.grid_notice.text() == "Inscriba a las personas en «Inscritos»."


def test_attendance_grid_is_taken_with_the_keyboard(qtbot, window, workspace, person_data):
    workshop_id = workshop(workspace)
    first, second = people(workspace, person_data)
    service = workspace.workshops
    service.enroll(workshop_id, first)
    service.enroll(workshop_id, second)
    view = open_workshop(qtbot, window, workshop_id)
    view.tabs.setCurrentIndex(ATTENDANCE_TAB)
    grid, model = view.grid, view.attendance
    assert [model.headerData(r, Qt.Orientation.Vertical) for r in range(2)] == [
        "María José Núñez Pérez",
        "Pedro Soto Ñancupil",
    ]
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    grid.setCurrentIndex(model.index(0, 0))
    sessions = [s.id for s in service.sessions(workshop_id)]
    enrolled = [p.id for p in service.attendance(workshop_id).people]

    def stored(row: int, column: int):
        return service.attendance(workshop_id).marks.get((enrolled[row], sessions[column]))

    for expected in (P, A, J, P):  # space cycles presente → ausente → justificado
        qtbot.keyClick(grid, Qt.Key.Key_Space)
        assert stored(0, 0) is expected
        assert model.index(0, 0).data() == expected.letter
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    qtbot.keyClick(grid, Qt.Key.Key_A)  # sets and goes down to the next person
    assert stored(0, 1) is A
    assert (grid.currentIndex().row(), grid.currentIndex().column()) == (1, 1)
    qtbot.keyClick(grid, Qt.Key.Key_J)
    assert stored(1, 1) is J
    qtbot.keyClick(grid, Qt.Key.Key_P)
    assert stored(1, 1) is P
    qtbot.keyClick(grid, Qt.Key.Key_Delete)
    assert stored(1, 1) is None and model.index(1, 1).data() == ""
    qtbot.keyClick(grid, Qt.Key.Key_Up)
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    qtbot.keyClick(grid, Qt.Key.Key_P)
    assert stored(0, 2) is P
    # 2 of 3 sessions present: 66 %, under the 75 % the workshop asks.
    assert model.index(0, model.summary_column).data() == "66 % · no aprueba"
    qtbot.keyClick(grid, Qt.Key.Key_Up)
    qtbot.keyClick(grid, Qt.Key.Key_Left)
    qtbot.keyClick(grid, Qt.Key.Key_P)
    assert model.index(0, model.summary_column).data() == "100 % · aprueba"
    assert resets == []  # a keypress changes its cell, never reloads the grid
    # The sync status learns of the marks once they pause, not at every key.
    with qtbot.waitSignal(window.workshops_area.marks_saved, timeout=5000):
        pass

    # «Todos presentes» fills the blanks of the chosen session; the marks taken stay.
    grid.setCurrentIndex(model.index(0, 0))
    qtbot.keyClick(grid, Qt.Key.Key_A)
    view.all_present_button.click()
    assert stored(0, 0) is A and stored(1, 0) is P
    assert view.grid_notice.text() == "Sesión 1: 1 persona marcada como presente."

    # A refused change is said, and the cell keeps what is stored.
    service.finish(workshop_id)  # e.g. finished on another screen
    grid.setCurrentIndex(model.index(1, 2))
    qtbot.keyClick(grid, Qt.Key.Key_Space)
    assert "finalizado" in view.grid_notice.text()
    assert stored(1, 2) is None and model.index(1, 2).data() == ""


def test_enrollment_when_full_waits_and_a_withdrawal_moves_up(
    qtbot, window, workspace, person_data, when_modal
):
    workshop_id = workshop(workspace, capacity=1)
    people(workspace, person_data)
    view = open_workshop(qtbot, window, workshop_id)
    view.tabs.setCurrentIndex(PEOPLE_TAB)
    view.enroll_button.click()
    dialog = visible(window, EnrollDialog)
    qtbot.keyClicks(dialog.search, "nunez")
    qtbot.waitUntil(lambda: dialog.matches.count() == 1, timeout=2000)
    enter(qtbot, dialog.search)
    assert dialog.outcome.text() == "Se inscribió a María José Núñez Pérez en el taller."
    assert dialog.isVisible()  # open for the next person
    qtbot.keyClicks(dialog.search, "11.111")
    qtbot.waitUntil(lambda: dialog.matches.count() == 1, timeout=2000)
    enter(qtbot, dialog.search)
    message = "El taller está lleno: Pedro Soto Ñancupil quedó en la lista de espera, lugar 1."
    assert dialog.outcome.text() == message
    assert view.people_notice.text() == message
    dialog.reject()
    table = view.people_table
    assert [table.item(r, 2).text() for r in range(2)] == ["Inscrito(a)", "En espera (1)"]
    assert view.attendance.rowCount() == 1

    # Withdraw the enrolled one: the first waiting moves up, and the view says so.
    table.setCurrentCell(0, 0)
    answer_yes(when_modal)
    view.withdraw_button.click()
    assert view.people_notice.text() == (
        "Se retiró a María José Núñez Pérez del taller. Sube de la lista de espera: "
        "Pedro Soto Ñancupil, que ahora tiene cupo."
    )
    rows = workspace.workshops.enrollments(workshop_id)
    assert [(r.name, r.status) for r in rows] == [
        ("Pedro Soto Ñancupil", EnrollmentStatus.ENROLLED),
        ("María José Núñez Pérez", EnrollmentStatus.WITHDRAWN),
    ]
    assert [table.item(r, 2).text() for r in range(2)] == ["Inscrito(a)", "Retirado(a)"]
    # The person who moved up is a row of the grid now (late enrollment).
    assert view.attendance.headerData(0, Qt.Orientation.Vertical) == "Pedro Soto Ñancupil"


def test_a_new_person_is_registered_and_enrolled_without_leaving(qtbot, window, workspace):
    workshop_id = workshop(workspace)
    view = open_workshop(qtbot, window, workshop_id)
    view.tabs.setCurrentIndex(PEOPLE_TAB)
    view.enroll_button.click()
    dialog = visible(window, EnrollDialog)
    qtbot.keyClicks(dialog.search, "rosa")
    qtbot.waitUntil(lambda: dialog.matches.count() == 1, timeout=2000)  # «nadie…»
    dialog.new_person_button.click()
    person = visible(window, PersonDialog)
    form = person.form
    qtbot.keyClicks(form.rut, "12345678-5")
    qtbot.keyClicks(form.first_names, "Rosa")
    qtbot.keyClicks(form.last_name_1, "Vera")
    qtbot.keyClicks(form.birth_date, "02-02-1985")
    enter(qtbot, form.first_names)
    qtbot.waitUntil(lambda: not person.isVisible(), timeout=2000)
    assert dialog.isVisible()
    assert dialog.outcome.text() == "Se inscribió a Rosa Vera en el taller."
    (row,) = workspace.workshops.enrollments(workshop_id)
    assert (row.name, row.status) == ("Rosa Vera", EnrollmentStatus.ENROLLED)
    assert view.people_table.item(0, 0).text() == "Rosa Vera"
    assert view.attendance.rowCount() == 1


def test_a_rut_already_registered_in_the_quick_form_is_chosen_and_enrolled(
    qtbot, window, workspace, person_data, when_modal
):
    workshop_id = workshop(workspace)
    existing = workspace.people.create(person_data())
    view = open_workshop(qtbot, window, workshop_id)
    view.tabs.setCurrentIndex(PEOPLE_TAB)
    view.enroll_button.click()
    dialog = visible(window, EnrollDialog)
    dialog.new_person_button.click()
    person = visible(window, PersonDialog)
    qtbot.keyClicks(person.form.rut, "123456785")
    qtbot.keyClicks(person.form.first_names, "Otra")
    qtbot.keyClicks(person.form.last_name_1, "Persona")
    when_modal(QMessageBox, lambda box: box.buttons()[0].click())  # «Abrir el registro existente»
    person.save_button.click()
    qtbot.waitUntil(lambda: not person.isVisible(), timeout=2000)
    assert dialog.outcome.text() == "Ya estaba registrada(o): Enter la(o) inscribe."
    assert dialog.search.text() == "María José Núñez Pérez"
    assert [dialog.matches.item(i).text() for i in range(dialog.matches.count())] == [
        "María José Núñez Pérez · 12.345.678-5"
    ]
    enter(qtbot, dialog.search)
    assert dialog.outcome.text() == "Se inscribió a María José Núñez Pérez en el taller."
    assert [r.person_id for r in workspace.workshops.enrollments(workshop_id)] == [existing]


def test_finish_and_reopen(qtbot, window, workspace, person_data, when_modal):
    workshop_id = workshop(workspace, sessions=2)
    first, second = people(workspace, person_data)
    service = workspace.workshops
    sessions = service.sessions(workshop_id)
    for person in (first, second):
        enrollment = service.enroll(workshop_id, person).enrollment_id
        service.set_mark(sessions[0].id, enrollment, P)
        if person == first:
            service.set_mark(sessions[1].id, enrollment, P)
    view = open_workshop(qtbot, window, workshop_id)
    assert view.finish_button.isVisible() and not view.reopen_button.isVisible()
    answer_yes(when_modal)
    view.finish_button.click()
    assert view.notice.text() == (
        "Taller finalizado: 1 persona lo completó. Se agregó la atención «apresto» al "
        "historial de 1."
    )
    assert service.get(workshop_id).status is WorkshopStatus.FINISHED
    assert view.reopen_button.isVisible() and not view.finish_button.isVisible()
    assert not view.enroll_button.isEnabled() and not view.attendance.editable
    assert view.people_table.item(0, 4).text() == "100 % · aprobó"
    view.reopen_button.click()
    assert service.get(workshop_id).status is WorkshopStatus.OPEN
    assert view.enroll_button.isEnabled() and view.attendance.editable

    # Cancelled: kept with its people, read-only until reopened.
    when_modal(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    view.cancel_button.click()
    assert service.get(workshop_id).status is WorkshopStatus.CANCELLED
    assert view.notice.text() == "Taller cancelado."
    assert view.reopen_button.isVisible() and not view.cancel_button.isVisible()
    assert not view.enroll_button.isEnabled() and len(service.enrollments(workshop_id)) == 2


def test_more_cupos_move_the_waiting_list_up_and_a_session_goes_with_its_marks(
    qtbot, window, workspace, person_data, when_modal
):
    workshop_id = workshop(workspace, capacity=1, sessions=2)
    first, second = people(workspace, person_data)
    service = workspace.workshops
    enrollment = service.enroll(workshop_id, first).enrollment_id
    service.enroll(workshop_id, second)
    sessions = service.sessions(workshop_id)
    service.set_mark(sessions[0].id, enrollment, P)
    view = open_workshop(qtbot, window, workshop_id)
    assert "1 en espera" in view.state.text()

    view.edit_button.click()
    dialog = visible(window, WorkshopDialog)
    assert dialog.capacity.text() == "1" and dialog.module_boxes[WorkshopModule.CV].isChecked()
    dialog.capacity.setText("2")
    enter(qtbot, dialog.capacity)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)
    assert "2/2 inscritos" in view.state.text() and "en espera" not in view.state.text()
    assert view.attendance.rowCount() == 2  # the one who moved up is in the grid

    view.tabs.setCurrentIndex(SESSIONS_TAB)
    view.sessions_table.setCurrentCell(0, 0)
    said: list[str] = []

    def yes(box) -> None:
        said.append(box.text())
        box.button(QMessageBox.StandardButton.Yes).click()

    when_modal(QMessageBox, yes)
    view.delete_session_button.click()
    assert said == [
        "¿Eliminar la sesión 1 del 03-03-2026? Se borra también su asistencia (1 marca)."
    ]
    (left,) = service.sessions(workshop_id)
    assert (left.number, left.date) == (1, date(2026, 3, 10))  # renumbered
    assert service.attendance(workshop_id).marks == {}
    assert view.attendance.columnCount() == 2  # one session and the summary


@pytest.mark.parametrize("size", [(1024, 600), (1366, 768)])
def test_the_workshop_form_fits_small_screens(qtbot, window, workspace, size):
    from PySide6.QtCore import QRect

    area = open_area(window)
    area.new_record()
    dialog = visible(window, WorkshopDialog)
    dialog.fit_to_screen(QRect(0, 0, *size))
    qtbot.waitUntil(lambda: dialog.height() <= size[1] - 40 and dialog.width() <= size[0])
    enter(qtbot, dialog.name)  # every error at once: the form scrolls, the window stays
    assert dialog.height() <= size[1] - 40
    assert dialog.error_text("name") == "Escriba el nombre del taller."
    dialog.reject()


@pytest.mark.parametrize("size", [(1024, 600), (1366, 768)])
def test_the_workshop_fits_small_screens(qtbot, window, workspace, person_data, size):
    from PySide6.QtCore import QRect

    workshop_id = workshop(workspace)
    for person in people(workspace, person_data):
        workspace.workshops.enroll(workshop_id, person)
    window.fit_to_screen(QRect(0, 0, *size))
    view = open_workshop(qtbot, window, workshop_id)
    assert window.width() <= size[0]
    for button in (view.summary_button, view.certificates_button):
        assert button.isVisible()
        assert button.mapTo(window, button.rect().bottomRight()).x() <= window.width()


def test_the_grid_fits_each_workshop_whatever_was_shown_before(
    qtbot, window, workspace, person_data
):
    service = workspace.workshops
    long = workshop(workspace, sessions=4, name="Largo")
    short = workshop(workspace, sessions=1, name="Corto")
    (someone, *_rest) = people(workspace, person_data)
    for w in (long, short):
        service.enroll(w, someone)
    shown = []
    for w in (long, short, long):
        view = open_workshop(qtbot, window, w)
        grid, model = view.grid, view.attendance
        widths = [grid.columnWidth(c) for c in range(model.columnCount())]
        shown.append(widths)
        default = grid.horizontalHeader().defaultSectionSize()
        assert widths[:-1] == [default] * (len(widths) - 1)
        assert widths[-1] > 2 * default  # the summary column, wide enough for its text
        view.back_button.click()
    assert shown[0] == shown[2]


def test_the_attendance_tab_is_ready_for_the_arrows(qtbot, window, workspace, person_data):
    workshop_id = workshop(workspace, sessions=2)
    for person in people(workspace, person_data):
        workspace.workshops.enroll(workshop_id, person)
    view = open_workshop(qtbot, window, workshop_id)
    view.tabs.setCurrentIndex(3)
    assert view.grid.currentIndex().isValid() and view.grid.currentIndex().row() == 0
    qtbot.keyClick(view.grid, Qt.Key.Key_Down)
    assert view.grid.currentIndex().row() == 1


def test_a_new_session_starts_a_week_after_the_last_at_its_hours(qtbot, workspace):
    from omil_desktop.ui.workshops.workshop_dialog import SessionDialog

    workshop_id = workshop(workspace, sessions=2)  # 03-03 and 10-03, 09:30 to 12:30
    dialog = SessionDialog(workspace.workshops, workshop_id)
    qtbot.addWidget(dialog)
    assert dialog.date.value() == date(2026, 3, 17)
    assert (dialog.starts_at.text(), dialog.ends_at.text()) == ("09:30", "12:30")
    late = workshop(workspace, sessions=5)  # the last on 31-03, the workshop's last day
    dialog = SessionDialog(workspace.workshops, late)
    qtbot.addWidget(dialog)
    assert dialog.date.value() is None


def test_people_still_waiting_when_a_workshop_ends_read_that_they_got_no_place(
    qtbot, window, workspace, person_data, when_modal
):
    workshop_id = workshop(workspace, capacity=1, sessions=1)
    first, second = people(workspace, person_data)
    service = workspace.workshops
    service.enroll(workshop_id, first)
    service.enroll(workshop_id, second)
    view = open_workshop(qtbot, window, workshop_id)
    assert "1 en espera" in view.state.text()
    answer_yes(when_modal)
    view.finish_button.click()
    assert service.get(workshop_id).status is WorkshopStatus.FINISHED
    assert "en espera" not in view.state.text()
    assert view.people_table.item(1, 2).text() == "No alcanzó cupo"
    assert view.people_count.text() == "1 de 1 cupos"


def test_the_arrows_stay_on_the_sessions(qtbot, window, workspace, person_data):
    workshop_id = workshop(workspace, sessions=2)
    for person in people(workspace, person_data):
        workspace.workshops.enroll(workshop_id, person)
    view = open_workshop(qtbot, window, workshop_id)
    view.tabs.setCurrentIndex(3)
    grid = view.grid
    grid.setCurrentIndex(view.attendance.index(0, 1))  # the last session
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    assert grid.currentIndex().column() == 1  # not into «Asistencia»
    qtbot.keyClick(grid, Qt.Key.Key_End)
    assert grid.currentIndex().column() == 1


def test_editing_shows_what_only_the_records_know_with_the_other_errors(
    qtbot, workspace, person_data
):
    from omil_desktop.ui.workshops.workshop_dialog import WorkshopDialog

    workshop_id = workshop(workspace, sessions=2)  # 03-03 and 10-03
    for person in people(workspace, person_data):
        workspace.workshops.enroll(workshop_id, person)
    dialog = WorkshopDialog(workspace.workshops, workshop_id)
    qtbot.addWidget(dialog)
    dialog.capacity.setText("1")  # two are enrolled
    dialog.ends_on.set_value(date(2026, 3, 5))  # the session of 10-03 falls outside
    dialog.save()
    assert dialog.error_text("ends_on").startswith("Hay sesiones fuera de estas fechas")
    assert dialog.error_text("capacity").startswith("Hay 2 personas inscritas")
    dialog.capacity.setText("2")
    assert dialog.error_text("capacity") == ""  # gone as soon as it is fixed
    assert workspace.workshops.get(workshop_id).data.capacity == 20  # nothing saved
