"""``omil-desktop person-data --rut RUT --out FILE.pdf [--json FILE.json]`` on a real data folder:
the copy written, and a wrong file name, an unknown RUT or a missing folder refused in Spanish
(exit 2) with no file left."""

from __future__ import annotations

import json

import pytest
from pypdf import PdfReader

from omil_desktop.app import main
from omil_desktop.domain.privacy import RequestKind, RequestStatus
from omil_desktop.domain.rut import Rut
from omil_desktop.services.workspace import Workspace
from tests.services.rights_fixtures import add_full_person


@pytest.fixture
def office(tmp_path):
    data_dir = tmp_path / "datos"
    assert main(["--data-dir", str(data_dir), "init", "--comuna", "10404", "--officer", "Ana"]) == 0
    workspace = Workspace(data_dir)
    try:
        add_full_person(workspace)
    finally:
        workspace.close()
    return data_dir


def test_the_copy_is_written_as_pdf_and_json(office, tmp_path, capsys):
    pdf, data = tmp_path / "copia.pdf", tmp_path / "copia.json"
    code = main(
        [
            "person-data",
            "--data-dir",
            str(office),
            "--rut",
            "12.345.678-5",
            "--out",
            str(pdf),
            "--json",
            str(data),
        ]
    )
    out = capsys.readouterr().out
    assert code == 0 and "Copia de datos personales" in out and str(pdf) in out
    assert "Ñanculef" in PdfReader(pdf).pages[0].extract_text()
    assert json.loads(data.read_text(encoding="utf-8"))["person"]["last_name_1"] == "Ñanculef"
    # The copy answered the person's pending acceso request (the fixture's), as the window does.
    workspace = Workspace(office)
    try:
        person_id = workspace.people.find_by_rut(Rut.parse("12.345.678-5"))
        assert person_id is not None
        requests = workspace.data_requests.of_person(person_id)
    finally:
        workspace.close()
    access = [r for r in requests if r.kind is RequestKind.ACCESS]
    assert access and all(r.status is RequestStatus.ANSWERED for r in access)
    assert any("copia.pdf y copia.json" in r.answer for r in access)


@pytest.mark.parametrize(
    ("rut", "out", "extra", "message"),
    [
        ("12.345.678-5", "copia.txt", [], "terminado en .pdf"),
        ("12.345.678-5", "copia.pdf", ["--json", "copia.txt"], "termina en .json"),
        ("11.111.111-1", "copia.pdf", [], "No hay ninguna persona registrada con el RUT"),
        ("12.345.678-0", "copia.pdf", [], "no es válido"),
    ],
)
def test_bad_input_is_refused_in_spanish(office, tmp_path, capsys, rut, out, extra, message):
    extra = [str(tmp_path / e) if e.endswith(".txt") else e for e in extra]
    code = main(
        [
            "person-data",
            "--data-dir",
            str(office),
            "--rut",
            rut,
            "--out",
            str(tmp_path / out),
            *extra,
        ]
    )
    assert code == 2
    assert message in capsys.readouterr().err
    assert list(tmp_path.glob("copia*")) == []


def test_a_data_folder_that_does_not_exist_is_refused(tmp_path, capsys):
    code = main(
        [
            "person-data",
            "--data-dir",
            str(tmp_path / "nada"),
            "--rut",
            "12.345.678-5",
            "--out",
            str(tmp_path / "c.pdf"),
        ]
    )
    assert code == 2 and "No existe la carpeta de datos" in capsys.readouterr().err
    assert not (tmp_path / "nada").exists()
