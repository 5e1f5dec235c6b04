"""What the regional office writes with ``omil-regional``: notices (``notice add/list/edit/delete``)
and corrections of office records (``record show/edit``), through the regional service's
authoring, and what an enrolled office receives of them by a real sync."""

from __future__ import annotations

from datetime import date

import keyring
import pytest
from keyring.backends import fail

from omil_desktop.app import main as desktop_main
from omil_desktop.domain.people import PersonData
from omil_desktop.domain.rut import Rut
from omil_desktop.regional.cli import main
from omil_desktop.regional.models import REGION_ORIGIN
from omil_desktop.services.workspace import Workspace
from omil_desktop.sync import protocol
from omil_desktop.sync.protocol import EnrollResponse
from tests.regional.client import Api, Device


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def server(regional_factory):
    return regional_factory("sqlite")


@pytest.fixture
def where(server):
    """The command line's way to the running server's database."""
    return ["--database-url", server.database_url]


def _last_seq(server) -> int:
    return server.service.identity().last_seq


# -- notices ----------------------------------------------------------------------------------


def test_notice_add_list_edit_delete(capsys, regional):
    where = ["--database-url", regional.database_url]
    code, out, err = run(
        capsys, "notice", "add", "--title", "  Feria   laboral ", "--body", "Vacantes de verano",
        "--published", "3-12-2026", *where,
    )  # fmt: skip
    assert (code, err) == (0, "")
    row = out.splitlines()[0]
    assert "Aviso «Feria laboral» publicado para todas las oficinas" in out
    code, out, _ = run(capsys, "notice", "add", "--title", "Solo Chaitén", "--office", "chaiten",
                       "--published", "01-12-2026", *where)  # fmt: skip
    assert code == 0 and "para la oficina 10401 Chaitén" in out
    for_office = out.splitlines()[0]

    regional_notice = regional.service.record("notice", row)
    assert regional_notice.office == protocol.REGION_OFFICE
    assert regional_notice.fields | {"id": row} == regional_notice.fields
    assert {k: regional_notice.fields[k] for k in ("title", "body", "published_on", "shared")} == {
        "title": "Feria laboral",
        "body": "Vacantes de verano",
        "published_on": "2026-12-03",
        "shared": False,
    }
    assert set(regional_notice.origins.values()) == {REGION_ORIGIN}
    assert regional.service.record("notice", for_office).office == "10401"

    code, out, _ = run(capsys, "notice", "list", *where)
    assert out.splitlines() == [
        f"{row}  03-12-2026  REG    Feria laboral",
        f"{for_office}  01-12-2026  10401  Solo Chaitén",
    ]

    code, out, _ = run(capsys, "notice", "edit", row, "--title", "Feria laboral de verano", *where)
    assert code == 0 and "corregido" in out
    assert regional.service.record("notice", row).fields["title"] == "Feria laboral de verano"
    assert regional.service.record("notice", row).fields["body"] == "Vacantes de verano"

    code, out, _ = run(capsys, "notice", "delete", row, *where)
    assert code == 0 and "eliminado" in out
    assert regional.service.record("notice", row).deleted
    assert [line.split()[0] for line in run(capsys, "notice", "list", *where)[1].splitlines()] == [
        for_office
    ]
    listed = run(capsys, "notice", "list", "--all", *where)[1]
    assert f"{row}  03-12-2026  REG    Feria laboral de verano  (eliminado)" in listed


def test_a_notice_published_today_by_default(capsys, server, where):
    code, out, _ = run(capsys, "notice", "add", "--title", "Hoy", *where)

    assert code == 0
    notice = server.service.record("notice", out.splitlines()[0])
    assert notice.fields["published_on"] == date.today().isoformat()
    assert notice.fields["body"] == ""


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["add", "--title", "   "], "Escriba el título del aviso."),
        (["add", "--title", "T", "--office", "10402x"], "No existe la comuna «10402x»."),
        (["add", "--title", "T", "--office", "13101"], "La oficina 13101 no está registrada."),
        (["edit", "0193-no-existe", "--title", "T"], "No existe el aviso 0193-no-existe."),
        (["delete", "0193-no-existe"], "No existe el aviso 0193-no-existe."),
    ],
)
def test_notice_mistakes_are_explained_and_write_nothing(capsys, server, where, args, message):
    code, out, err = run(capsys, "notice", *args, *where)

    assert (code, out, err.strip()) == (1, "", f"Error: {message}")
    assert _last_seq(server) == 0


def test_notice_edit_needs_a_change_and_a_live_notice(capsys, server, where):
    row = run(capsys, "notice", "add", "--title", "Aviso", *where)[1].splitlines()[0]

    nothing = run(capsys, "notice", "edit", row, *where)
    assert nothing[0] == 1 and "Indique qué cambiar" in nothing[2]
    assert run(capsys, "notice", "delete", row, *where)[0] == 0
    seq = _last_seq(server)
    again = run(capsys, "notice", "delete", row, *where)
    edited = run(capsys, "notice", "edit", row, "--title", "Otra", *where)

    for code, _, err in (again, edited):
        assert code == 1 and "fue eliminado" in err
    assert _last_seq(server) == seq


def test_notice_usage_errors_are_spanish(capsys, server, where):
    with pytest.raises(SystemExit) as exited:
        main(["notice", "add", "--title", "T", "--published", "31-02-2026", *where])
    assert exited.value.code == 2
    assert "La fecha 31-02-2026 no existe." in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["notice", "add", *where])
    assert "faltan los argumentos obligatorios: --title" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["notice", "--help"])
    out = capsys.readouterr().out
    assert "publica un aviso" in out and "opciones:" in out
    assert _last_seq(server) == 0


# -- office records ---------------------------------------------------------------------------


@pytest.fixture
def pushed(server):
    """A person pushed by a device of Chaitén."""
    api = Api(server.url)
    enrolled = api.enroll(server.code("10401"), "10401", name="PC OMIL Chaitén")
    device = Device(api, EnrollResponse.model_validate_json(enrolled.content), 2)
    change = device.insert_person()
    assert device.sync(change).acks[0].status == "applied"
    yield device, change.row
    api.close()


def test_record_show_lists_each_field_with_its_last_writer(capsys, server, where, pushed):
    device, row = pushed

    code, out, _ = run(capsys, "record", "show", "person", row, *where)

    assert code == 0
    lines = out.splitlines()
    assert lines[0] == f"person {row}, oficina 10401 Chaitén"
    writer = f"(secuencia 1, equipo «PC OMIL Chaitén» ({device.id}))"
    assert lines[1].split() == ["id", f'"{row}"', *writer.split()]
    assert lines[2].split()[:2] == ["office_code", '"10401"']
    phone = next(line for line in lines if line.split()[0] == "phone")
    assert '"+56 9 1234 5678"' in phone and phone.endswith(writer)
    assert len(lines) == 1 + len(protocol.SCHEMAS[2]["person"])  # what the version-2 PC sent


def test_record_edit_parses_values_and_records_the_region(capsys, server, where, pushed):
    _device, row = pushed

    code, out, err = run(
        capsys, "record", "edit", "person", row, "--set", "phone=+56 9 8765 4321",
        "--set", "birth_date=null", "--set", "has_disability=true", "--set", 'notes="123"', *where,
    )  # fmt: skip

    assert (code, err) == (0, "")
    assert "corregido (secuencia 2)" in out
    record = server.service.record("person", row)
    assert {k: record.fields[k] for k in ("phone", "birth_date", "has_disability", "notes")} == {
        "phone": "+56 9 8765 4321",
        "birth_date": None,
        "has_disability": True,
        "notes": "123",
    }
    assert record.origins["phone"] == REGION_ORIGIN and record.versions["phone"] == 2
    assert record.fields["first_names"] == "María José"  # untouched
    shown = run(capsys, "record", "show", "person", row, *where)[1]
    assert any(
        line.split()[0] == "phone" and line.endswith("(secuencia 2, Dirección Regional)")
        for line in shown.splitlines()
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["edit", "fair", "{row}", "--set", "a=1"], "La tabla «fair» no se sincroniza."),
        (["show", "person", "0193-no-existe"], "No existe el registro person 0193-no-existe"),
        (["edit", "person", "0193-no-existe", "--set", "phone=1"], "El registro no existe"),
        (["edit", "person", "{row}", "--set", "salary=1"], "salary: no es un campo de la tabla"),
        (["edit", "person", "{row}", "--set", "office_code=10402"], "ni la oficina"),
        (["edit", "person", "{row}", "--set", "a=1", "--set", "a=2"], "se indica dos veces"),
    ],
)
def test_record_mistakes_are_explained_and_write_nothing(
    capsys, server, where, pushed, args, message
):
    _device, row = pushed

    code, out, err = run(capsys, "record", *[a.format(row=row) for a in args], *where)

    assert (code, out) == (1, "")
    assert err.startswith("Error: ") and message in err
    assert _last_seq(server) == 1


@pytest.mark.parametrize(
    ("value", "message"),
    [("phone", "escriba CAMPO=VALOR"), ("phone=[1, 2]", "debe ser simple"), ("=1", "CAMPO=VALOR")],
)
def test_record_edit_usage_errors(capsys, server, where, pushed, value, message):
    with pytest.raises(SystemExit) as exited:
        main(["record", "edit", "person", pushed[1], "--set", value, *where])

    assert exited.value.code == 2
    assert message in capsys.readouterr().err
    assert _last_seq(server) == 1


# -- end to end: what the office receives ------------------------------------------------------


@pytest.fixture
def office_dir(tmp_path, server, capsys):
    """Chaitén's data folder, enrolled with the server (on a PC without a keyring)."""
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    data_dir = tmp_path / "datos"
    assert _desktop(capsys, "--data-dir", data_dir, "init", "--comuna", "10401",
                    "--officer", "Ana")[0] == 0  # fmt: skip
    code, _, err = _desktop(
        capsys, "enroll", "--data-dir", data_dir, "--server", server.url,
        "--code", server.code("10401"),
    )  # fmt: skip
    assert (code, err) == (0, "")
    yield data_dir
    keyring.set_keyring(previous)


def _desktop(capsys, *argv) -> tuple[int, str, str]:
    code = desktop_main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def _sync(capsys, office_dir) -> None:
    code, out, err = _desktop(capsys, "sync", "--data-dir", office_dir)
    assert (code, err) == (0, ""), out


def test_a_notice_and_a_correction_reach_the_office(capsys, server, where, office_dir):
    workspace = Workspace(office_dir)
    try:
        person_id = workspace.people.create(
            PersonData(first_names="Rosa", last_name_1="Millán", rut=Rut.parse("12.345.678-5"),
                       comuna_code="10401", phone="+56 9 1111 2222")
        )  # fmt: skip
    finally:
        workspace.close()
    _sync(capsys, office_dir)
    code, out, _ = run(capsys, "notice", "add", "--title", "Feria laboral", "--body",
                       "Plazas en salmonicultura", "--published", "03-12-2026", *where)  # fmt: skip
    assert code == 0
    notice_id = out.splitlines()[0]
    code, _, err = run(capsys, "record", "edit", "person", person_id,
                       "--set", "phone=+56 9 8765 4321", *where)  # fmt: skip
    assert (code, err) == (0, "")

    _sync(capsys, office_dir)

    workspace = Workspace(office_dir)
    try:
        (notice,) = workspace.notices.list()
        assert (notice.id, notice.title, notice.body) == (
            notice_id,
            "Feria laboral",
            "Plazas en salmonicultura",
        )
        assert (notice.published_on, notice.office_name, notice.read_only) == (
            date(2026, 12, 3),
            "Dirección Regional",
            True,
        )
        assert workspace.people.get(person_id).data.phone == "+56 9 8765 4321"
    finally:
        workspace.close()

    assert run(capsys, "notice", "edit", notice_id, "--title", "Feria laboral 2027", *where)[0] == 0
    _sync(capsys, office_dir)
    workspace = Workspace(office_dir)
    try:
        assert [n.title for n in workspace.notices.list()] == ["Feria laboral 2027"]
    finally:
        workspace.close()

    assert run(capsys, "notice", "delete", notice_id, *where)[0] == 0
    _sync(capsys, office_dir)
    workspace = Workspace(office_dir)
    try:
        assert workspace.notices.list() == []
    finally:
        workspace.close()
