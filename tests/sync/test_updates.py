"""Updates from the regional server (issue 13, point 5; docs/updates.md): the operator publishes
a release with ``omil-regional version publicar``, the device learns of it on each sync, the
officer is told once per version, the installer is downloaded and its SHA-256 checked. A real
regional server on loopback, real SQLite files, the services the window uses."""

from __future__ import annotations

import hashlib

import httpx
import pytest
from sqlalchemy import select, update

from omil_desktop import __version__
from omil_desktop.regional.cli import main as regional_main
from omil_desktop.regional.models import ReleaseChunk
from omil_desktop.services.updates import DOWNLOADS, UpdateError, UpdateService
from omil_desktop.store.models import DeviceSettings
from omil_desktop.sync import protocol

CHAITEN = "10401"
INSTALLER = b"MZ" + bytes(range(256)) * 9000  # about 2.3 MB: three pieces on the server


@pytest.fixture
def server(regional_factory):
    return regional_factory("sqlite")


@pytest.fixture
def office(server, office_factory):
    office = office_factory(CHAITEN, "chaiten")
    office.client.enroll(server.url, server.code(CHAITEN), "PC de la OMIL")
    return office


@pytest.fixture
def installer(tmp_path):
    path = tmp_path / "setup.exe"
    path.write_bytes(INSTALLER)
    return path


def publish(server, installer, version: str, notes: str = "") -> None:
    """As the operator does: ``omil-regional version publicar`` on the server's database."""
    args = ["version", "publicar", version, "--instalador", str(installer)]
    code = regional_main([*args, "--notas", notes, "--database-url", server.database_url])
    assert code == 0


def settings(office) -> DeviceSettings | None:
    with office.db.transaction() as session:
        row = session.scalar(select(DeviceSettings))
        if row is not None:
            session.expunge(row)
        return row


def test_the_version_endpoint_gives_the_newest_release_to_enrolled_devices_only(
    server, office, installer
):
    publish(server, installer, "0.9.0")
    publish(server, installer, "0.10.0", "Correcciones")  # newer by number, not as text
    url, credential = office.client._credential()
    latest = office.client.transport.latest_release(url, credential)
    assert latest is not None
    assert latest.version == "0.10.0" and latest.notes == "Correcciones"
    assert latest.size == len(INSTALLER)
    assert latest.sha256 == hashlib.sha256(INSTALLER).hexdigest()
    assert latest.download == "/api/version/0.10.0/instalador"
    # Without a device's credential: refused, and the installer is not served either.
    headers = {
        protocol.PROTOCOL_HEADER: str(protocol.PROTOCOL),
        protocol.SERVER_ID_HEADER: credential.server_id,
    }
    with httpx.Client(base_url=server.url, headers=headers) as anonymous:
        assert anonymous.get("/api/version").status_code == 401
        assert anonymous.get(latest.download).status_code == 401


def test_a_device_with_a_newer_version_available_is_told_once(server, office, installer):
    publish(server, installer, "9.1.0")
    office.client.sync()
    stored = settings(office)
    assert stored is not None and stored.latest_version == "9.1.0"
    assert stored.latest_version_checked_at is not None
    updates = UpdateService(office.workspace)
    available = updates.available()
    assert available is not None and available.version == "9.1.0" and available.announce
    updates.mark_announced("9.1.0")

    office.client.sync()  # the next sync learns the same version: not told again
    available = updates.available()
    assert available is not None and not available.announce

    publish(server, installer, "9.2.0")  # a newer one is told once more
    office.client.sync()
    assert updates.available() == type(available)("9.2.0", announce=True)


def test_a_device_at_the_same_version_is_told_nothing(server, office, installer):
    publish(server, installer, __version__)
    office.client.sync()
    assert settings(office).latest_version == __version__
    assert UpdateService(office.workspace).available() is None


def test_a_server_without_releases_or_older_than_the_feature_tells_nothing(server, office):
    office.client.sync()  # 404, as from a server that predates the endpoint: the sync is fine
    stored = settings(office)
    assert stored is not None and stored.latest_version is None
    assert UpdateService(office.workspace).available() is None


def test_the_downloaded_installer_is_checked_and_kept_in_the_downloads_folder(
    server, office, installer
):
    publish(server, installer, "9.1.0")
    office.client.sync()
    seen: list[tuple[int, int]] = []
    path = UpdateService(office.workspace).download(lambda done, total: seen.append((done, total)))
    assert path.parent == office.workspace.data_dir / DOWNLOADS
    assert path.name == "OMIL-Desktop-9.1.0-instalador.exe"
    assert path.read_bytes() == INSTALLER
    assert seen[-1] == (len(INSTALLER), len(INSTALLER))
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # no partial file left
    assert path.stat().st_mode & 0o077 == 0


def test_a_tampered_installer_is_refused_in_spanish_and_deleted(server, office, installer):
    publish(server, installer, "9.1.0")
    office.client.sync()
    # The bytes on the server change after publishing (same size, other content).
    with server.service.store.write() as session:
        first = session.scalar(select(ReleaseChunk.data).where(ReleaseChunk.part == 0))
        session.execute(
            update(ReleaseChunk).where(ReleaseChunk.part == 0).values(data=b"XX" + bytes(first)[2:])
        )
    with pytest.raises(UpdateError) as refused:
        UpdateService(office.workspace).download()
    assert "no corresponde al publicado" in str(refused.value)
    assert "SHA-256" in str(refused.value)
    assert list((office.workspace.data_dir / DOWNLOADS).iterdir()) == []


def test_publishing_refuses_a_bad_version_or_a_missing_installer(server, installer, capsys):
    base = ["version", "publicar", "--database-url", server.database_url]
    assert regional_main([*base, "0.3", "--instalador", str(installer.with_name("no.exe"))]) == 1
    assert "No se encontró el instalador" in capsys.readouterr().err
    assert regional_main([*base, "v0.3-beta", "--instalador", str(installer)]) == 1
    assert "no es un número de versión" in capsys.readouterr().err
    notes = installer.with_name("notas.txt")
    notes.write_text("Novedades de la versión 0.3.0", encoding="utf-8")
    assert regional_main([*base, "0.3.0", "--instalador", str(notes)]) == 1
    assert "no es un programa de Windows" in capsys.readouterr().err
    assert server.service.latest_release() is None
    assert regional_main([*base, "0.3.0", "--instalador", str(installer)]) == 0
    assert regional_main([*base, "0.3.0", "--instalador", str(installer)]) == 1
    assert "ya está publicada" in capsys.readouterr().err
    assert server.service.latest_release().version == "0.3.0"


def test_the_window_tells_the_officer_once_and_downloads_on_request(
    qtbot, server, office, installer
):
    from PySide6.QtWidgets import QApplication, QMainWindow

    from omil_desktop.ui.updates.notice import UpdateDialog, UpdateNotice

    def open_dialogs() -> list[UpdateDialog]:
        return [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, UpdateDialog) and w.isVisible()
        ]

    publish(server, installer, "9.1.0")
    office.client.sync()
    window = QMainWindow()
    qtbot.addWidget(window)
    notice = UpdateNotice(window, office.workspace)
    window.show()
    notice.refresh()  # as after a sync
    (dialog,) = open_dialogs()
    assert "Hay una versión nueva de OMIL Desktop (9.1.0)" in dialog.message.text()
    assert notice.button.isVisible() and "9.1.0" in notice.button.text()
    assert settings(office).update_announced == "9.1.0"
    dialog.later_button.click()  # «Más tarde»
    qtbot.waitUntil(lambda: not open_dialogs())

    notice.refresh()  # the next sync: the notice stays, the dialog does not open again
    assert open_dialogs() == [] and notice.button.isVisible()

    notice.button.click()  # the officer opens it from the status bar
    (dialog,) = open_dialogs()
    dialog.install_button.click()  # «Descargar e instalar»: on Linux, where the file is
    expected = office.workspace.data_dir / DOWNLOADS / "OMIL-Desktop-9.1.0-instalador.exe"
    qtbot.waitUntil(lambda: str(expected) in dialog.status.text(), timeout=10_000)
    assert expected.read_bytes() == INSTALLER
    dialog.later_button.click()
