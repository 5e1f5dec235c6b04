"""This PC's backup settings (issue 13, point 2): the extra folder (a USB stick) where each
backup is also copied, and the schedule the automatic backup honours; a folder missing or
read-only is refused with a Spanish message and the backup in the data folder is still made."""

from __future__ import annotations

import shutil
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from omil_desktop.services.backups import SHARED_RECEIPTS_DIRNAME, Backups
from omil_desktop.services.device_settings import (
    BackupSchedule,
    BackupSettings,
    check_backup_folder,
)
from omil_desktop.services.errors import ValidationFailed
from omil_desktop.services.office import comuna_fixed_reason
from omil_desktop.store.backup import DAILY, backup_files, periodic_backup
from omil_desktop.store.blobs import BlobStore
from omil_desktop.store.engine import database_path
from omil_desktop.store.integrity import CheckResult
from tests.support.folders import read_only_folder  # noqa: F401 (a fixture)

NOON = datetime(2026, 11, 30, 12, 0)


@pytest.fixture
def stick(tmp_path):
    folder = tmp_path / "PENDRIVE"
    folder.mkdir()
    return folder


def refusal(text: str, data_dir: Path | None = None) -> str:
    with pytest.raises(ValidationFailed) as caught:
        check_backup_folder(text, data_dir)
    return caught.value.errors["backup_folder"]


def test_a_folder_missing_a_file_inside_the_data_or_read_only_is_refused(
    tmp_path,
    data_dir,
    read_only_folder,  # noqa: F811
):
    assert "No se encuentra la carpeta" in refusal(str(tmp_path / "E:" / "no-conectado"))
    assert "conéctelo" in refusal(str(tmp_path / "falta"))
    (tmp_path / "nota.txt").write_text("x")
    assert "es un archivo, no una carpeta" in refusal(str(tmp_path / "nota.txt"))
    assert "ruta completa" in refusal("respaldos")
    (data_dir / "otra").mkdir(parents=True)
    assert "dentro de la carpeta de datos" in refusal(str(data_dir / "otra"), data_dir)
    message = refusal(str(read_only_folder))
    assert "No se puede escribir en la carpeta" in message and "protegido" in message
    assert check_backup_folder("  ") is None
    assert check_backup_folder(str(tmp_path)) == tmp_path


def test_settings_are_saved_and_every_problem_is_said_at_once(workspace, stick, tmp_path):
    service = workspace.device_settings
    assert service.backup_settings() == BackupSettings(None, BackupSchedule.DAILY)
    with pytest.raises(ValidationFailed) as caught:
        service.save_backup_settings(str(tmp_path / "falta"), "cada hora")
    assert set(caught.value.errors) == {"backup_folder", "backup_schedule"}
    assert service.backup_settings() == BackupSettings(None, BackupSchedule.DAILY)

    saved = service.save_backup_settings(f" {stick} ", "semanal")
    assert saved == BackupSettings(stick, BackupSchedule.WEEKLY)
    assert workspace.backups.settings == saved  # what the backup job reads
    assert service.save_backup_settings("", BackupSchedule.MANUAL).folder is None


@pytest.mark.parametrize(
    ("schedule", "last_days_ago", "taken"),
    [
        (BackupSchedule.DAILY, 1, True),
        (BackupSchedule.DAILY, 0, False),
        (BackupSchedule.WEEKLY, 6, False),
        (BackupSchedule.WEEKLY, 7, True),
        (BackupSchedule.MANUAL, 30, False),
    ],
)
def test_the_automatic_backup_honours_the_schedule(workspace, schedule, last_days_ago, taken):
    periodic_backup(workspace.data_dir, DAILY, now=NOON - timedelta(days=last_days_ago, hours=1))
    backups = Backups(workspace.data_dir, settings=BackupSettings(None, schedule))
    done = backups.after_start(CheckResult.OK, now=NOON)
    assert (done.backup is not None) is taken
    assert len(backup_files(database_path(workspace.data_dir))) == (2 if taken else 1)


def test_each_backup_is_copied_to_the_extra_folder_with_its_receipts(
    workspace, stick, tmp_path, person_data
):
    workspace.people.create(person_data())
    receipt = tmp_path / "boleta.pdf"
    receipt.write_bytes(b"%PDF-1.4 boleta escaneada")
    sha256, _size = BlobStore(workspace.data_dir).put_file(receipt)
    workspace.device_settings.save_backup_settings(str(stick), BackupSchedule.DAILY)

    done = workspace.backups.after_start(CheckResult.OK, now=NOON)
    assert done.backup is not None and done.copy == stick / done.backup.name
    assert done.copy.read_bytes() == done.backup.read_bytes()
    assert BlobStore.at(stick / SHARED_RECEIPTS_DIRNAME, None).has(sha256)
    steps: list[tuple[int, int]] = []
    now = workspace.backups.back_up_now(
        now=NOON + timedelta(minutes=5), on_progress=lambda *step: steps.append(step)
    )
    assert steps and steps[-1][0] == steps[-1][1] > 0  # the copy's pages, to the last one
    assert now.copy is not None and now.copy.is_file() and now.copy_problem is None
    assert now.facts.people == 1
    # The copy on the stick restores like any other, its receipts with it.
    assert workspace.backups.receipts_from(now.copy) == stick / SHARED_RECEIPTS_DIRNAME
    assert workspace.backups.preview(now.copy).counts["person"] == 1


def test_a_stick_unplugged_or_read_only_loses_nothing(
    workspace,
    stick,
    read_only_folder,  # noqa: F811
):
    workspace.device_settings.save_backup_settings(str(stick), BackupSchedule.DAILY)
    shutil.rmtree(stick)  # the USB stick is pulled out

    done = workspace.backups.after_start(CheckResult.OK, now=NOON)
    assert done.backup is not None and done.backup.is_file()  # the backup itself is made
    assert done.copy is None and done.problem is None
    assert "No se encuentra la carpeta de respaldo extra" in str(done.copy_problem)
    assert "conéctelo" in str(done.copy_problem)

    locked = Backups(workspace.data_dir, settings=BackupSettings(read_only_folder))
    now = locked.back_up_now(now=NOON + timedelta(minutes=1))
    assert now.facts.path.is_file() and now.copy is None
    assert "No se pudo copiar el respaldo a la carpeta" in str(now.copy_problem)
    kept = backup_files(database_path(workspace.data_dir))
    assert kept[0].path == now.facts.path  # the newest of the day, in the data folder


def test_the_preview_says_what_a_backup_holds(workspace, person_data):
    workspace.people.create(person_data())
    facts = workspace.backups.make(now=NOON)
    preview = workspace.backups.preview(facts.path)
    assert preview.same_office and preview.facts.comuna_code == "10404"
    assert preview.counts["person"] == 1 and preview.counts["attention"] == 0
    assert preview.counts["company"] == 0
    assert workspace.backups.comuna_name(preview.facts.comuna_code) == "Palena"


def test_the_comuna_is_fixed_once_records_exist(workspace, person_data):
    assert comuna_fixed_reason(workspace.db) is None
    workspace.people.create(person_data())
    assert "ya tiene registros" in (comuna_fixed_reason(workspace.db) or "")
