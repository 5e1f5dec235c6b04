"""Daily backups: verified before counting, rotated 7 daily + 4 weekly, a bad one never wins."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import date, datetime, timedelta

import pytest

from omil_desktop.services.backups import Backups
from omil_desktop.store.backup import (
    KEEP_DAILY,
    KEEP_WEEKLY,
    BackupCancelled,
    backup_files,
    daily_backup_due,
    list_backups,
    periodic_backup,
)
from omil_desktop.store.engine import database_path
from omil_desktop.store.integrity import DAMAGE_MARKER, CheckResult, DatabaseDamaged
from tests.support.damage import damage_page, digest, office_with_people
from tests.support.unlocked import without_plain_warning

MONDAY = datetime(2026, 11, 2, 9, 30)


def people_in(path) -> int:
    with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as conn:
        return conn.execute("SELECT count(*) FROM person").fetchone()[0]


@pytest.fixture
def office(data_dir):
    office_with_people(data_dir, 5)
    return data_dir


def test_the_days_backup_is_a_sound_copy_and_only_once_a_day(office):
    backups = Backups(office)
    source = database_path(office)

    first = backups.after_start(CheckResult.OK, now=MONDAY)
    again = backups.after_start(CheckResult.OK, now=MONDAY + timedelta(hours=3))

    assert first.backup is not None and first.damaged is None and first.problem is None
    assert again.backup is None  # one a day
    assert list_backups(source) == [first.backup]
    assert first.backup.name == "omil-20261102-093000-000000-diario.sqlite3"
    with closing(sqlite3.connect(first.backup)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)  # self-contained
    assert people_in(first.backup) == 5
    assert not daily_backup_due(source, MONDAY.date())
    assert daily_backup_due(source, MONDAY.date() + timedelta(days=1))


def test_rotation_keeps_seven_days_and_four_weeks(office):
    """Forty days of daily backups: the last 7 days, plus the newest of each of 4 weeks."""
    source = database_path(office)
    for day in range(40):
        periodic_backup(office, now=MONDAY + timedelta(days=day))

    kept = sorted(b.taken_at.date() for b in backup_files(source))

    last = (MONDAY + timedelta(days=39)).date()  # Friday 11-12-2026
    daily = {last - timedelta(days=n) for n in range(KEEP_DAILY)}  # 05-12 … 11-12
    # The newest of each of the last four ISO weeks: Friday 11-12 and Sunday 06-12 are among
    # the dailies; Sundays 29-11 and 22-11 stay as weeklies.
    weekly = {last, date(2026, 12, 6), date(2026, 11, 29), date(2026, 11, 22)}
    assert len(weekly) == KEEP_WEEKLY
    assert kept == sorted(daily | weekly)
    assert len(kept) == 9


def test_a_damaged_database_is_never_rotated_over_the_good_backups(office):
    source = database_path(office)
    for day in range(12):
        periodic_backup(office, now=MONDAY + timedelta(days=day))
    good = {p: digest(p) for p in list_backups(source)}
    damage_page(source, "person")

    done = Backups(office).after_start(CheckResult.OK, now=MONDAY + timedelta(days=12))

    assert done.damaged is not None and done.backup is None
    assert {p: digest(p) for p in list_backups(source)} == good  # none rotated away, none added
    assert sorted(p.name for p in (office / "respaldos").iterdir()) == sorted(
        p.name for p in good
    )  # and no half-written copy left behind


def test_a_copy_interrupted_by_closing_is_not_a_backup(office):
    source = database_path(office)
    with pytest.raises(BackupCancelled):
        Backups(office).after_start(CheckResult.OK, now=MONDAY, should_stop=lambda: True)

    assert list_backups(source) == []
    assert list((office / "respaldos").iterdir()) == []
    assert daily_backup_due(source, MONDAY.date())


def test_a_partial_copy_left_by_a_killed_program_never_counts(office):
    folder = office / "respaldos"
    folder.mkdir()
    leftover = folder / ".omil-20261102-080000-000000-diario.sqlite3.parcial"
    leftover.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)

    assert list_backups(database_path(office)) == []
    assert daily_backup_due(database_path(office), MONDAY.date())
    made = periodic_backup(office, now=MONDAY)
    assert not leftover.exists()
    assert list_backups(database_path(office)) == [made]


def test_a_wrong_clock_never_deletes_the_backup_just_made(office):
    source = database_path(office)
    for day in range(10):
        periodic_backup(office, now=MONDAY + timedelta(days=day))
    made = periodic_backup(office, now=datetime(2001, 1, 1, 8, 0))  # a PC whose clock reset
    assert made in list_backups(source)


def test_manual_backup_to_a_file_is_verified_and_never_overwrites(office, tmp_path):
    target = tmp_path / "pendrive" / "copia.sqlite3"
    target.parent.mkdir()
    facts = Backups(office).make(target)
    assert facts.path == target and facts.people == 5 and facts.comuna_code == "10404"
    with pytest.raises(Exception, match="Ya existe un archivo"):
        Backups(office).make(target)
    assert people_in(target) == 5


def test_manual_backup_of_a_damaged_database_is_refused(office):
    damage_page(database_path(office), "person")
    with pytest.raises(DatabaseDamaged):
        Backups(office).make()
    assert list(list((office / "respaldos").iterdir())) == []


def index_out_of_step(path) -> None:
    """An index that no longer matches its table: ``quick_check`` passes, ``integrity_check``
    does not (the kind of damage only the day's full check finds)."""
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute(
            "UPDATE sqlite_master SET sql = 'CREATE INDEX ix_person_comuna_code ON person "
            "(last_name_1)' WHERE name = 'ix_person_comuna_code'"
        )
        conn.commit()
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("PRAGMA quick_check").fetchone() == ("ok",)
        assert conn.execute("PRAGMA integrity_check").fetchone() != ("ok",)


def test_damage_found_by_the_days_backup_stops_a_command_before_it_writes(office, capsys):
    from omil_desktop.app import main

    index_out_of_step(database_path(office))
    sheet = office.parent / "planilla.csv"
    sheet.write_text("RUT;Nombres;Apellidos\n12.345.678-5;Rosa;Vera\n", encoding="utf-8")
    before = digest(database_path(office))

    code = main(["--data-dir", str(office), "import-people", str(sheet)])

    out, err = capsys.readouterr()
    err = without_plain_warning(err)
    assert (code, out) == (2, "")
    assert err.startswith("Error: La base de datos de la oficina")
    assert "está dañada y no se abrió" in err
    assert digest(database_path(office)) == before  # nothing imported
    assert list_backups(database_path(office)) == []  # and no copy of the damaged file
    assert (office / DAMAGE_MARKER).is_file()  # the next start refuses it straight away


def test_damage_found_by_the_backup_before_a_migration_is_remembered_too(office, capsys):
    from omil_desktop.app import main

    index_out_of_step(database_path(office))
    with closing(sqlite3.connect(database_path(office))) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0005'")  # one revision behind
        conn.commit()
    before = digest(database_path(office))

    code = main(["--data-dir", str(office), "backup"])

    assert code == 2
    assert "está dañada y no se abrió" in capsys.readouterr().err
    assert digest(database_path(office)) == before  # not migrated, not written
    assert (office / DAMAGE_MARKER).is_file()  # the next start refuses it straight away
