"""``omil-desktop consentimiento`` and ``omil-desktop conservacion revisar [--aplicar]`` on real
data folders (issue 12, points 4 and 6): the consent form as PDF, the yearly retention review."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from omil_desktop.app import main
from omil_desktop.domain.rut import Rut
from omil_desktop.services.workspace import Workspace
from omil_desktop.store.models import Person
from tests.conftest import OFFICE_COMUNA, OFFICER

NOW = datetime(2026, 11, 20, 12, 0)


@pytest.fixture
def clock(monkeypatch):
    """The PC's calendar and the stored timestamps; ``clock.now`` is set by the test."""

    class Clock:
        now = NOW

    class Calendar(date):
        @classmethod
        def today(cls) -> date:
            return Clock.now.date()

    monkeypatch.setattr("omil_desktop.store.clock.date", Calendar)
    monkeypatch.setattr("omil_desktop.store.changelog.utcnow", lambda: Clock.now)
    return Clock


@pytest.fixture
def office(tmp_path, person_data, clock):
    """Palena, with two people registered in 2017 (nothing since) and one in 2026."""
    data_dir = tmp_path / "datos"
    ws = Workspace(data_dir)
    ws.set_up_office(OFFICE_COMUNA, OFFICER)
    clock.now = datetime(2017, 4, 3, 10, 0)
    for body, name in ((7_000_001, "Olga"), (7_000_002, "Pía")):
        ws.people.create(
            person_data(first_names=name, rut=Rut.from_body(body)), allow_likely_duplicate=True
        )
    clock.now = NOW
    ws.people.create(person_data(rut=Rut.parse("12.345.678-5")))
    ws.close()
    return data_dir


def text_of(path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


def test_consent_form_of_a_person_and_blank(office, tmp_path, capsys):
    out = tmp_path / "consentimiento.pdf"
    args = ["--data-dir", str(office), "consentimiento"]
    assert main([*args, "--rut", "12345678-5", "--out", str(out)]) == 0
    said = capsys.readouterr().out
    assert "Formulario de consentimiento de 12345678-5, 1 página" in said
    assert "María José Núñez Pérez" in text_of(out) and "12.345.678-5" in text_of(out)

    blank = tmp_path / "blanco.pdf"
    assert main([*args, "--out", str(blank)]) == 0
    assert "para llenar a mano" in capsys.readouterr().out
    assert "Nombre: ____" in text_of(blank)


def test_consent_form_refusals(office, tmp_path, capsys):
    args = ["--data-dir", str(office), "consentimiento"]
    assert main([*args, "--rut", "11.111.111-1", "--out", str(tmp_path / "a.pdf")]) == 1
    assert "No hay una persona registrada con el RUT 11.111.111-1" in capsys.readouterr().err
    assert main([*args, "--rut", "12.345.678-0", "--out", str(tmp_path / "a.pdf")]) == 1
    assert "RUT inválido" in capsys.readouterr().err
    assert main([*args, "--out", str(tmp_path / "a.txt")]) == 1
    assert "terminado en .pdf" in capsys.readouterr().err
    assert not list(tmp_path.glob("a.*"))
    missing = tmp_path / "no-existe"
    assert main(["--data-dir", str(missing), "consentimiento", "--out", "x.pdf"]) == 2
    assert not missing.exists()


def test_retention_review_lists_who_is_past_the_period(office, capsys):
    assert main(["--data-dir", str(office), "conservacion", "revisar"]) == 0
    said = capsys.readouterr().out
    assert "Plazo de conservación: 5 años" in said
    assert "antes del 20-11-2021: 2 personas." in said
    assert "Olga Núñez Pérez" in said and "Pía Núñez Pérez" in said
    assert "María José" not in said
    assert "Sin actividad desde el 03-04-2017 (último: registro en la OMIL)" in said
    assert "conservacion revisar --aplicar" in said
    with _open(office) as ws:
        assert ws.retention.reviewed_on() is None  # listing is not the review


class _open:
    def __init__(self, data_dir) -> None:
        self.ws = Workspace(data_dir)

    def __enter__(self) -> Workspace:
        return self.ws

    def __exit__(self, *exc: object) -> None:
        self.ws.close()


def test_retention_review_applied_anonymises_them(office, capsys):
    code = main(["--data-dir", str(office), "conservacion", "revisar", "--aplicar"])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert "Anonimizadas: 2 personas. Revisión anual registrada el 20-11-2026." in captured.out
    with _open(office) as ws:
        with ws.db.transaction() as session:
            people = list(session.scalars(select(Person)))
        assert sorted(p.anonymised_on is not None for p in people) == [False, True, True]
        assert ws.retention.reviewed_on() == date(2026, 11, 20)
    assert main(["--data-dir", str(office), "conservacion", "revisar"]) == 0
    assert "0 personas" in capsys.readouterr().out
