"""Sync as the officer sees it: enroll in the window, the status bar, conflicts decided by hand.

A real regional server runs on loopback; the OS keyring is the one thing replaced (by keyring's
own "no backend" stand-in), so the credential goes to the protected file and the window says so.
"""

from __future__ import annotations

import contextlib
import dataclasses
import time
from datetime import date

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt

from omil_desktop.services.workspace import Workspace
from omil_desktop.sync.client import SyncClient
from omil_desktop.sync.status import read_status
from omil_desktop.ui.sync.controller import SyncState


@pytest.fixture(autouse=True)
def no_keyring():
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def server(regional_factory):
    return regional_factory("sqlite")


def open_sync_area(window):
    window.sidebar.setCurrentRow(window.pages.indexOf(window.sync_page))
    return window.sync_page


def wait_idle(qtbot, window, timeout=20_000):
    qtbot.waitUntil(lambda: not window.sync.busy, timeout=timeout)


def enroll(qtbot, window, server):
    page = open_sync_area(window)
    assert page.enroll_box.isVisible()
    page.server_edit.setText(server.url)
    page.code_edit.setText(server.code("10404"))
    qtbot.mouseClick(page.enroll_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.sync.status().enrolled, timeout=20_000)
    wait_idle(qtbot, window)
    return page


def status_text(window) -> str:
    return window.sync_status.text()


def test_enroll_in_the_window_then_changes_reach_the_server(qtbot, window, server, workspace):
    page = enroll(qtbot, window, server)

    assert not page.enroll_box.isVisible()
    assert page.state_box.isVisible()
    assert server.url in page.server_label.text()
    assert "archivo protegido" in page.credential_label.text()
    qtbot.waitUntil(lambda: status_text(window) == "Al día")

    notice_id = workspace.notices.create("Feria laboral", "Plaza de armas", date(2026, 11, 21))
    window.notices_page.data_changed.emit()
    assert status_text(window) == "1 cambio pendiente"

    qtbot.mouseClick(window.sync_status.button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)

    assert status_text(window) == "Al día"
    stored = server.service.record("notice", notice_id)
    assert stored is not None and stored.fields["title"] == "Feria laboral"


def test_enrollment_with_a_bad_code_is_explained_in_spanish(qtbot, window, server):
    page = open_sync_area(window)
    page.server_edit.setText(server.url)
    page.code_edit.setText("AAAA-BBBB-CCCC")
    qtbot.mouseClick(page.enroll_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: "código" in page.enroll_message.text().lower(), timeout=20_000)
    assert not window.sync.status().enrolled
    assert page.enroll_button.isEnabled()


def test_without_a_link_the_status_bar_says_so_and_keeps_the_changes(
    qtbot, window, server, workspace
):
    enroll(qtbot, window, server)
    server.stop()
    workspace.notices.create("Aviso sin enviar", "", date(2026, 11, 21))

    window.sync.sync_now()
    wait_idle(qtbot, window)

    assert window.sync.view().state is SyncState.OFFLINE
    assert status_text(window) == "Sin conexión · 1 cambio pendiente"
    assert window.sync.status().pending == 1


def test_revoked_device_shows_the_reason_in_the_status_bar(qtbot, window, server, workspace):
    enroll(qtbot, window, server)
    server.service.revoke(window.sync.status().device_id)
    workspace.notices.create("Aviso", "", date(2026, 11, 21))

    window.sync.sync_now()
    wait_idle(qtbot, window)

    assert window.sync.view().state is SyncState.ERROR
    assert "inscríbalo de nuevo" in status_text(window)
    assert window.sync.status().pending == 1


def test_a_clash_is_listed_and_the_officer_chooses_the_regional_value(
    qtbot, window, server, workspace, person_data
):
    page = enroll(qtbot, window, server)
    person_id = workspace.people.create(person_data(phone="+56 9 1111 1111"))
    window.sync.sync_now()
    wait_idle(qtbot, window)
    # The region corrects the phone; the office, not having seen it yet, edits it too.
    server.service.regional_edit("person", person_id, {"phone": "+56 9 2222 2222"})
    record = workspace.people.get(person_id)
    workspace.people.update(person_id, dataclasses.replace(record.data, phone="+56 9 3333 3333"))

    window.sync.sync_now()
    wait_idle(qtbot, window)
    page.refresh()

    assert page.conflicts_box.isVisible()
    assert page.conflicts_table.rowCount() == 1
    row = [page.conflicts_table.item(0, c).text() for c in range(4)]
    assert "Núñez" in row[0]
    assert row[2:] == ["+56 9 3333 3333", "+56 9 2222 2222"]
    assert "conflicto por decidir" in status_text(window)

    page.conflicts_table.selectRow(0)
    qtbot.mouseClick(page.keep_server_button, Qt.MouseButton.LeftButton)
    window.sync.sync_now()
    wait_idle(qtbot, window)

    assert page.conflicts_table.rowCount() == 0
    assert not page.conflicts_box.isVisible()
    assert workspace.people.get(person_id).data.phone == "+56 9 2222 2222"
    assert server.service.record("person", person_id).fields["phone"] == "+56 9 2222 2222"
    assert status_text(window) == "Al día"


def test_notices_area_writes_a_notice_and_shows_the_regions_read_only(
    qtbot, window, server, workspace, when_modal
):
    from omil_desktop.ui.sync.notices_page import NoticeDialog

    page = window.notices_page
    window.sidebar.setCurrentRow(window.pages.indexOf(page))

    def fill(dialog):
        # Palena belongs to no Red Territorial: sharing is offered disabled, with the reason.
        assert not dialog.shared_check.isEnabled()
        assert "Red Territorial" in dialog.shared_check.toolTip()
        dialog.title_edit.setText("Taller de apresto")
        dialog.body_edit.setPlainText("Martes 10:00, sala municipal.")
        dialog.save()

    when_modal(NoticeDialog, fill)
    page.new_notice()
    assert [page.table.item(0, c).text() for c in (1, 2, 3)] == [
        "Taller de apresto",
        "OMIL Palena",
        "No",
    ]

    server.service.regional_insert(
        "notice",
        {"title": "Cierre de postulaciones", "body": "", "published_on": "2026-11-30"},
    )
    enroll(qtbot, window, server)
    window.sidebar.setCurrentRow(window.pages.indexOf(page))
    qtbot.waitUntil(lambda: page.table.rowCount() == 2)

    page.table.selectRow(0)  # newest first: the region's
    assert page.table.item(0, 2).text() == "Dirección Regional"
    assert not page.delete_button.isEnabled() and not page.share_button.isEnabled()
    assert "Solo lectura" in page.body_label.text()
    page.table.selectRow(1)
    assert page.delete_button.isEnabled()


def test_when_the_link_comes_back_a_probe_notices_and_the_changes_go(
    qtbot, window, server, workspace, monkeypatch
):
    """Offline: the controller probes the server with a growing back-off; once a probe answers,
    it syncs by itself, without the officer pressing anything."""
    from omil_desktop.ui.sync import controller
    from tests.support.fault_proxy import FaultProxy

    monkeypatch.setattr(controller, "PROBE_BACKOFF_MS", (200, 400))
    host, port = server.url.removeprefix("http://").split(":")
    with FaultProxy((host, int(port))) as proxy:
        page = open_sync_area(window)
        page.server_edit.setText(proxy.url)
        page.code_edit.setText(server.code("10404"))
        qtbot.mouseClick(page.enroll_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.sync.status().enrolled, timeout=20_000)
        wait_idle(qtbot, window)

        proxy.refuse()
        proxy.reset_all()
        notice_id = workspace.notices.create("Aviso sin enlace", "", date(2026, 11, 21))
        window.sync.sync_now()
        wait_idle(qtbot, window)
        assert window.sync.view().state is SyncState.OFFLINE

        proxy.refuse(False)
        qtbot.waitUntil(lambda: window.sync.view().state is SyncState.UP_TO_DATE, timeout=20_000)

    assert server.service.record("notice", notice_id) is not None
    assert status_text(window) == "Al día"


def test_sharing_follows_the_regional_register_of_networks(qtbot, window, server, when_modal):
    """The catalogue leaves Palena out of every network; the region may still put it in one."""
    from omil_desktop.ui.sync.notices_page import NoticeDialog

    server.service.add_office("10404", "Red Palena")
    enroll(qtbot, window, server)
    page = window.notices_page
    window.sidebar.setCurrentRow(window.pages.indexOf(page))
    seen = {}

    def look(dialog):
        seen["enabled"] = dialog.shared_check.isEnabled()
        seen["text"] = dialog.shared_check.text()
        dialog.reject()

    when_modal(NoticeDialog, look)
    page.new_notice()

    assert seen == {"enabled": True, "text": "Compartir con mi Red Territorial (Red Palena)"}


# -- threads: closing never waits on the network; guarded slots; storage errors explained --------


@contextlib.contextmanager
def enrolled_through_proxy(qtbot, window, server):
    """The window enrolled with ``server`` through a fault proxy (yielded)."""
    from tests.support.fault_proxy import FaultProxy

    host, port = server.url.removeprefix("http://").split(":")
    with FaultProxy((host, int(port))) as proxy:
        page = open_sync_area(window)
        page.server_edit.setText(proxy.url)
        page.code_edit.setText(server.code("10404"))
        qtbot.mouseClick(page.enroll_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.sync.status().enrolled, timeout=20_000)
        wait_idle(qtbot, window)
        yield proxy
        proxy.disarm()


def close_timed(window) -> float:
    start = time.monotonic()
    window.close()
    return time.monotonic() - start


def test_closing_the_window_during_a_sync_cancels_it_and_loses_nothing(
    qtbot, window, server, workspace, data_dir
):
    """The server has taken the batch but its reply is held: without cancelling, closing would
    wait the 60 s read timeout. The change stays unsent, and goes exactly once later."""
    from tests.support.fault_proxy import DOWN, Fault

    with enrolled_through_proxy(qtbot, window, server) as proxy:
        notice_id = workspace.notices.create("Aviso en vuelo", "", date(2026, 11, 21))
        held = proxy.arm(Fault(DOWN, at="start", action="hold", path="/api/sync"))
        window.sync.sync_now()
        assert held.triggered.wait(20)  # the server answered (it has the notice); reply held

        took = close_timed(window)

        assert took < 5
        assert not window.isVisible()
        assert not window.sync._thread.isRunning()
        reopened = Workspace(data_dir)
        try:
            status = read_status(reopened.db)
            assert status.pending == 1  # not acknowledged, so not forgotten
            assert status.last_error is None  # a cancellation is not an error to show later
            held.release()
            with SyncClient(reopened) as client:
                report = client.sync()
            assert report.pushed == 1
            assert read_status(reopened.db).pending == 0
        finally:
            reopened.close()
    assert server.service.record("notice", notice_id).fields["title"] == "Aviso en vuelo"


def test_closing_the_window_during_an_enrollment_cancels_it(qtbot, window, server, data_dir):
    from tests.support.fault_proxy import DOWN, Fault, FaultProxy

    host, port = server.url.removeprefix("http://").split(":")
    with FaultProxy((host, int(port))) as proxy:
        held = proxy.arm(Fault(DOWN, at="start", action="hold", path="/api/enroll"))
        page = open_sync_area(window)
        page.server_edit.setText(proxy.url)
        page.code_edit.setText(server.code("10404"))
        qtbot.mouseClick(page.enroll_button, Qt.MouseButton.LeftButton)
        assert held.triggered.wait(20)

        took = close_timed(window)
        held.release()

    assert took < 5
    reopened = Workspace(data_dir)
    try:
        assert not read_status(reopened.db).enrolled  # nothing of the reply was kept
    finally:
        reopened.close()


def test_closing_the_window_during_a_probe_cancels_it(qtbot, window, server, monkeypatch):
    from omil_desktop.ui.sync import controller
    from tests.support.fault_proxy import DOWN, Fault

    monkeypatch.setattr(controller, "PROBE_TIMEOUT_S", 60.0)
    with enrolled_through_proxy(qtbot, window, server) as proxy:
        held = proxy.arm(Fault(DOWN, at="start", action="hold", path="/api/ping"))
        window.sync._probe()
        assert held.triggered.wait(20)

        took = close_timed(window)

    assert took < 5


BUG_TEXT = "María José Núñez 12.345.678-5"
"""A bug's message may carry personal data: it must never reach the log."""


def raise_bug(*_args, **_kwargs):
    raise RuntimeError(BUG_TEXT)


def test_a_bug_in_the_sync_slot_is_logged_without_its_message_and_reported(
    qtbot, window, server, workspace, monkeypatch, caplog
):
    enroll(qtbot, window, server)
    workspace.notices.create("Aviso", "", date(2026, 11, 21))
    monkeypatch.setattr(SyncClient, "sync", raise_bug)

    window.sync.sync_now()
    wait_idle(qtbot, window)

    assert window.sync.view().state is SyncState.ERROR
    assert "Error inesperado al sincronizar" in status_text(window)
    assert_bug_logged(caplog, "during sync")
    monkeypatch.undo()  # the thread lives on: the next sync goes through
    window.sync.sync_now()
    wait_idle(qtbot, window)
    assert status_text(window) == "Al día"


def test_a_bug_in_the_enrollment_slot_is_reported_to_the_page(
    qtbot, window, server, monkeypatch, caplog
):
    monkeypatch.setattr(SyncClient, "enroll", raise_bug)
    page = open_sync_area(window)
    page.server_edit.setText(server.url)
    page.code_edit.setText(server.code("10404"))
    qtbot.mouseClick(page.enroll_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: "Error inesperado al inscribir" in page.enroll_message.text())
    assert not window.sync.busy
    assert page.enroll_button.isEnabled()
    assert_bug_logged(caplog, "during enrollment")


def test_a_bug_in_the_probe_slot_is_logged_and_probing_goes_on(
    qtbot, window, server, monkeypatch, caplog
):
    """Before, a probe's exception went out of the slot: nothing reported it back."""
    from omil_desktop.ui.sync import controller

    enroll(qtbot, window, server)
    monkeypatch.setattr(controller, "PROBE_BACKOFF_MS", (60_000,))
    monkeypatch.setattr(SyncClient, "probe", raise_bug)

    window.sync._probe()
    qtbot.waitUntil(window.sync._probe_timer.isActive)  # taken as "not reachable yet"

    assert not window.sync.busy
    assert_bug_logged(caplog, "during probe")


def assert_bug_logged(caplog, during: str) -> None:
    records = [r for r in caplog.records if r.levelname == "ERROR" and during in r.getMessage()]
    assert len(records) == 1
    text = records[0].getMessage()
    assert "RuntimeError" in text and "raise_bug" in text  # the type, and where
    assert "Núñez" not in text and "12.345.678" not in text


def test_a_locked_database_during_sync_is_explained_and_nothing_is_lost(
    qtbot, data_dir, server, monkeypatch
):
    """Another program holds the database's write lock while the reply is applied: the status
    bar says so in Spanish (not "Error inesperado"); once free, the change goes exactly once."""
    import sqlite3

    from omil_desktop.store import engine
    from omil_desktop.ui.main_window import MainWindow

    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 200)
    workspace = Workspace(data_dir)
    workspace.set_up_office("10404", "Ana Pérez")
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    window.resize(1024, 600)
    qtbot.waitExposed(window)
    enroll(qtbot, window, server)
    notice_id = workspace.notices.create("Aviso bloqueado", "", date(2026, 11, 21))

    other = sqlite3.connect(workspace.db.path)
    other.execute("BEGIN IMMEDIATE")  # a writer elsewhere: reads go on, writes wait
    try:
        window.sync.sync_now()
        wait_idle(qtbot, window)
        view = window.sync.view()
        assert view.state is SyncState.ERROR
        assert "ocupada por otro programa" in view.reason
        assert "Error inesperado" not in status_text(window)
        assert status_text(window) == "Error de sincronización: " + view.reason
        # The long sentence does not widen the window: the bar cuts it, the tooltip has it all.
        qtbot.waitUntil(lambda: window.sync_status.label.text().endswith("…"))
        assert window.statusBar().minimumSizeHint().width() < 1024
        assert window.width() == 1024
        assert window.sync_status.label.toolTip() == status_text(window)
        assert view.reason in open_sync_area(window).state_label.text()
        assert window.sync.status().pending == 1
    finally:
        other.rollback()
        other.close()

    window.sync.sync_now()
    wait_idle(qtbot, window)
    assert status_text(window) == "Al día"
    assert server.service.record("notice", notice_id) is not None
    window.close()


def test_closing_while_the_reply_waits_for_a_database_lock_waits_for_that_local_work(
    qtbot, data_dir, server, monkeypatch, caplog
):
    """Past the bound the thread is in local work (here: waiting out another program's write
    lock), never on the network: the window waits for it rather than kill a thread mid-way."""
    import sqlite3

    from omil_desktop.store import engine
    from omil_desktop.ui.main_window import MainWindow
    from omil_desktop.ui.sync import controller

    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 1500)
    monkeypatch.setattr(controller, "SHUTDOWN_WAIT_MS", 100)
    workspace = Workspace(data_dir)
    workspace.set_up_office("10404", "Ana Pérez")
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    enroll(qtbot, window, server)
    notice_id = workspace.notices.create("Aviso", "", date(2026, 11, 21))
    import threading

    from omil_desktop.sync.client import SyncClient

    applying = threading.Event()
    original = SyncClient._apply

    def apply_and_tell(self, *args, **kwargs):  # a spy: says when the reply is being applied
        applying.set()
        return original(self, *args, **kwargs)

    monkeypatch.setattr(SyncClient, "_apply", apply_and_tell)
    other = sqlite3.connect(workspace.db.path)
    other.execute("BEGIN IMMEDIATE")
    try:
        window.sync.sync_now()
        qtbot.waitUntil(applying.is_set, timeout=20_000)
        assert server.service.record("notice", notice_id) is not None
        window.close()  # the client is applying the reply: it waits for the lock
        assert not window.sync._thread.isRunning()
    finally:
        other.rollback()
        other.close()
    assert any("still in local work" in r.getMessage() for r in caplog.records)
    reopened = Workspace(data_dir)
    try:
        assert read_status(reopened.db).pending == 1  # the reply was not applied: sent again
    finally:
        reopened.close()


def test_a_received_record_set_aside_is_shown_and_retried(qtbot, window, server, workspace):
    """A regional notice this PC cannot store (a trigger of the test stands for any value its
    database refuses) does not stop the sync: the bar says so, Sincronización lists it, and
    once the cause is gone «Reintentar ahora» brings it in."""
    from sqlalchemy import text

    with workspace.db.transaction() as session:
        session.execute(
            text(
                "CREATE TRIGGER refuse_notice BEFORE INSERT ON notice "
                "WHEN NEW.title = 'Aviso imposible' BEGIN SELECT RAISE(ABORT, 'no'); END"
            )
        )
    page = enroll(qtbot, window, server)
    server.service.regional_insert(
        "notice", {"title": "Aviso imposible", "body": "", "published_on": "2026-11-20"}
    )
    window.sync.sync_now()
    wait_idle(qtbot, window)

    assert status_text(window) == "Al día · 1 registro recibido apartado"
    qtbot.waitUntil(lambda: page.set_aside_box.isVisible())
    assert page.set_aside_table.rowCount() == 1
    assert "Aviso imposible" in page.set_aside_table.item(0, 0).text()
    assert page.set_aside_table.item(0, 1).text().startswith("Este equipo no pudo guardarlo")

    with workspace.db.transaction() as session:
        session.execute(text("DROP TRIGGER refuse_notice"))
    qtbot.mouseClick(page.retry_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)

    assert status_text(window) == "Al día"
    qtbot.waitUntil(lambda: not page.set_aside_box.isVisible())
    assert [n.title for n in workspace.notices.list()] == ["Aviso imposible"]


def test_the_notice_form_shows_its_errors_clears_them_and_saves_on_enter(
    qtbot, window, workspace, when_modal
):
    from omil_desktop.ui.sync.notices_page import NoticeDialog
    from tests.support.keys import press, type_into, wait_active

    page = window.notices_page
    window.sidebar.setCurrentRow(window.pages.indexOf(page))
    seen: dict[str, str] = {}

    def fill(dialog):
        wait_active(qtbot, dialog)
        press(Qt.Key.Key_Return)  # empty title: the error shows beside it, nothing saved
        seen["error"] = dialog.error_text("title")
        type_into(qtbot, dialog.title_edit, "Feria laboral")
        seen["after"] = dialog.error_text("title")
        press(Qt.Key.Key_Return)

    when_modal(NoticeDialog, fill)
    page.new_notice()

    assert seen == {"error": "Escriba el título del aviso.", "after": ""}
    assert [n.title for n in workspace.notices.list()] == ["Feria laboral"]


def test_a_link_cut_mid_exchange_is_tried_again_soon_without_the_back_off(
    qtbot, window, server, workspace, monkeypatch
):
    """A link that worked and dropped in the middle of an exchange is likely back at once: the
    controller syncs again after the first short wait, not after the probe back-off."""
    from omil_desktop.ui.sync import controller
    from tests.support.fault_proxy import DOWN, Fault, FaultProxy

    monkeypatch.setattr(controller, "CUT_RETRY_MS", (300, 600))
    monkeypatch.setattr(controller, "PROBE_BACKOFF_MS", (600_000,))  # would never come in time
    monkeypatch.setattr(controller, "FIRST_SYNC_DELAY_MS", 600_000)  # nor the first sync
    host, port = server.url.removeprefix("http://").split(":")
    with FaultProxy((host, int(port))) as proxy:
        page = open_sync_area(window)
        page.server_edit.setText(proxy.url)
        page.code_edit.setText(server.code("10404"))
        qtbot.mouseClick(page.enroll_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.sync.status().enrolled, timeout=20_000)
        wait_idle(qtbot, window)
        cut = proxy.arm(Fault(DOWN, at=0.5, action="close", path="/api/sync"))
        notice_id = workspace.notices.create("Aviso cortado", "", date(2026, 11, 21))

        window.sync.sync_now()
        qtbot.waitUntil(cut.triggered.is_set, timeout=20_000)
        qtbot.waitUntil(lambda: window.sync.view().state is SyncState.UP_TO_DATE, timeout=20_000)

    assert server.service.record("notice", notice_id) is not None
    assert status_text(window) == "Al día"


def test_a_second_cut_after_an_exchange_went_through_is_tried_again_soon_too(
    qtbot, window, server, workspace, monkeypatch
):
    """The short waits count cuts in a row: once an exchange went through, the link works, and
    a later cut in the same backlog waits the first short wait again, not the longer one."""
    from omil_desktop.sync import protocol
    from omil_desktop.ui.sync import controller
    from tests.support.fault_proxy import DOWN, Fault, FaultProxy

    monkeypatch.setattr(controller, "CUT_RETRY_MS", (300, 600_000))  # the 2nd would never come
    monkeypatch.setattr(controller, "PROBE_BACKOFF_MS", (600_000,))
    monkeypatch.setattr(controller, "FIRST_SYNC_DELAY_MS", 600_000)
    host, port = server.url.removeprefix("http://").split(":")
    with FaultProxy((host, int(port))) as proxy:
        page = open_sync_area(window)
        page.server_edit.setText(proxy.url)
        page.code_edit.setText(server.code("10404"))
        qtbot.mouseClick(page.enroll_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.sync.status().enrolled, timeout=20_000)
        wait_idle(qtbot, window)
        monkeypatch.setattr(protocol, "CLIENT_BATCH", 1)  # one notice per exchange
        first = proxy.arm(Fault(DOWN, at=0.5, action="close", path="/api/sync"))
        # the retried sync's first exchange goes through, its second is cut
        second = proxy.arm(Fault(DOWN, at=0.5, action="close", path="/api/sync", skip=1))
        ids = [workspace.notices.create(f"Aviso {n}", "", date(2026, 11, 21)) for n in range(1, 4)]

        window.sync.sync_now()
        qtbot.waitUntil(second.triggered.is_set, timeout=20_000)
        qtbot.waitUntil(lambda: window.sync.view().state is SyncState.UP_TO_DATE, timeout=20_000)

    assert first.fired == 1
    assert all(server.service.record("notice", i) is not None for i in ids)
    assert status_text(window) == "Al día"
