"""Restoring a backup never loses what the office had already synced after it: the next sync
takes a whole copy from the regional server (docs/sync-protocol.md §7), since a device is never
sent its own changes, and the unsent changes restored with the backup go first."""

from __future__ import annotations

from dataclasses import replace

from omil_desktop.domain.rut import Rut
from omil_desktop.services.backups import Backups
from omil_desktop.services.workspace import Workspace
from omil_desktop.sync.client import SyncClient


def test_what_was_synced_after_the_backup_comes_back_after_a_restore(
    regional_factory, tmp_path, person_data
):
    server = regional_factory("sqlite")
    data_dir = tmp_path / "omil"
    workspace = Workspace(data_dir)
    workspace.set_up_office("10401", "Ana Pérez")
    client = SyncClient(workspace)
    client.enroll(server.url, server.code("10401"))
    kept = workspace.people.create(person_data(phone="+56 9 1111 1111"))
    client.sync()
    edited = workspace.people.create(
        person_data(rut=Rut.parse("11.111.111-1"), first_names="Rosa")
    )  # unsent
    backup = Backups(data_dir).make()
    # After the backup: sent, acknowledged, then lost with the restore.
    record = workspace.people.get(kept)
    workspace.people.update(kept, replace(record.data, phone="+56 9 2222 2222"))
    later = workspace.people.create(person_data(rut=Rut.parse("22.222.222-2"), first_names="Luz"))
    client.sync()
    client.close()
    workspace.close()

    Backups(data_dir).restore(backup.path)

    workspace = Workspace(data_dir)
    client = SyncClient(workspace)
    try:
        assert workspace.people.get(kept).data.phone == "+56 9 1111 1111"  # the backup's
        report = client.sync()

        assert report.refused == 0
        assert workspace.people.get(kept).data.phone == "+56 9 2222 2222"
        assert workspace.people.get(later).data.rut == Rut.parse("22.222.222-2")
        assert workspace.people.get(edited).data.rut == Rut.parse("11.111.111-1")
        status = client.status()
        assert (status.pending, status.conflicts, status.set_aside) == (0, 0, 0)
        assert len(server.service.records("10401", "person")) == 3
        # And the office goes on: a new change after the restore is accepted.
        workspace.people.create(person_data(rut=Rut.parse("33.333.333-3"), first_names="Eva"))
        assert client.sync().pushed == 2  # the person and its audit entry
    finally:
        client.close()
        workspace.close()
