"""``omil-desktop respaldo``: this PC's backup settings from the command line, through the same
service as Ajustes → Respaldos (issue 13, point 2): shown, changed, a missing folder refused."""

from __future__ import annotations

from omil_desktop.app import main


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_backup_settings_shown_changed_and_a_missing_folder_refused(tmp_path, capsys):
    data_dir = tmp_path / "datos"
    stick = tmp_path / "PENDRIVE"
    stick.mkdir()
    assert (
        run(capsys, "--data-dir", data_dir, "init", "--comuna", "10404", "--officer", "Ana")[0] == 0
    )
    common = ("--data-dir", data_dir, "respaldo")

    code, out, _ = run(capsys, *common)
    assert code == 0
    assert "Carpeta extra: ninguna" in out and "Diario, al abrir el programa" in out

    code, _, err = run(capsys, *common, "--carpeta", tmp_path / "E", "--frecuencia", "semanal")
    assert code == 1 and "No se encuentra la carpeta" in err
    assert "Carpeta extra: ninguna" in run(capsys, *common)[1]  # nothing saved

    code, out, _ = run(capsys, *common, "--carpeta", stick, "--frecuencia", "semanal")
    assert code == 0 and f"Carpeta extra: {stick}" in out and "Semanal" in out
    code, out, _ = run(capsys, *common, "--sin-carpeta")
    assert code == 0 and "Carpeta extra: ninguna" in out and "Semanal" in out
