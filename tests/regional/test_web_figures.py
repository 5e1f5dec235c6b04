"""The region's page shows what the offices synced: desktop databases with hand-counted records
(written through the desktop's services and models, change log included) sync to a real server
on loopback; the page, its office detail and its downloads are then read as staff read them.
An office of another region never shows, whatever rows of it the database holds."""

from __future__ import annotations

import csv
import io
import re
from datetime import date, datetime
from html.parser import HTMLParser

import pytest
from openpyxl import load_workbook

from omil_desktop.domain.people import ServiceKind
from omil_desktop.domain.rut import Rut
from omil_desktop.domain.targets import TargetIndicator, target_id
from omil_desktop.regional.models import Office, Record
from omil_desktop.regional.staff import StaffAccounts
from omil_desktop.store.models import (
    Company,
    FomilAgreement,
    JobFair,
    MonthClosure,
    Placement,
    Referral,
    Target,
    Vacancy,
)
from tests.regional.test_web import Browser
from tests.services.test_workshops import workshop_data
from tests.sync import conftest as sync_fixtures

# The sync tests' fixtures: desktop installations (with the OS keyring kept in memory).
memory_keyring = sync_fixtures.memory_keyring
office_factory = sync_fixtures.office_factory

OSORNO, PURRANQUE, CHAITEN, PALENA, SANTIAGO = "10301", "10303", "10401", "10404", "13101"
PASSWORD = "cordillera-2026"


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 21, 14, 0)

    def __call__(self) -> datetime:
        return self.now


class Table(HTMLParser):
    """The rows of an HTML page's tables: each row's cells' text, row headers included."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.rows: list[list[str]] = []
        self._cell: list[str] | None = None
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        if tag == "tr":
            self.rows.append([])
        elif tag in {"td", "th"}:
            self._cell = []

    def handle_endtag(self, tag):
        if tag in {"td", "th"} and self._cell is not None:
            self.rows[-1].append(" ".join("".join(self._cell).split()))
            self._cell = None

    def handle_data(self, data):
        if self._cell is not None:
            self._cell.append(data)

    def row(self, first: str) -> list[str]:
        found = [r for r in self.rows if r and r[0] == first]
        assert len(found) == 1, (first, self.rows)
        return found[0][1:]


def person(office, person_data, n: int) -> str:
    return office.workspace.people.create(
        person_data(
            first_names=f"Persona {n}",
            rut=Rut.from_body(15_000_000 + n),
            comuna_code=office.workspace.office.comuna_code,
        ),
        allow_likely_duplicate=True,
    )


def attend(office, person_id: str, on: date, kind: ServiceKind = ServiceKind.GUIDANCE) -> str:
    return office.workspace.attentions.record(person_id, on, kind, "")


def hire(office, vacancy: str, person_id: str, start: date, contract: str, months) -> str:
    """A referral hired and its placement, as the referrals service writes them."""
    code = office.workspace.office.comuna_code
    with office.workspace.db.transaction() as session:
        referral = Referral(
            office_code=code, vacancy_id=vacancy, person_id=person_id, status="contratado",
            referred_on=date(start.year, 1, 5) if start.month > 1 else start,
            outcome_on=start,
        )  # fmt: skip
        session.add(referral)
        session.flush()
        placement = Placement(
            office_code=code, referral_id=referral.id, person_id=person_id, start_on=start,
            contract_type=contract, months=months, follow_up_on=date(start.year + 1, 1, 1),
        )  # fmt: skip
        session.add(placement)
        session.flush()
        return placement.id


def set_targets(office, year: int, **values: int) -> None:
    code = office.workspace.office.comuna_code
    with office.workspace.db.transaction() as session:
        for name, value in values.items():
            indicator = TargetIndicator(name)
            session.add(
                Target(
                    id=target_id(code, year, indicator), office_code=code, year=year,
                    indicator=indicator.value, value=value, source="oficina",
                )
            )  # fmt: skip


def osorno_first_pc(office, person_data) -> None:
    """Hand-counted: 2026 — people served Ana and Luis (2), atenciones 3, placements 1 (Ana's
    indefinite; Luis's two months and Rosa's 2025 contract do not count), one workshop with Ana
    and Luis enrolled (Pedro withdrew), one fair organised with Purranque, one month closed
    (March; April closed then reopened)."""
    ana, luis, rosa, pedro = (person(office, person_data, n) for n in range(1, 5))
    attend(office, ana, date(2026, 3, 2))
    attend(office, ana, date(2026, 5, 10), ServiceKind.INFORMATION)
    attend(office, luis, date(2026, 4, 1), ServiceKind.FCS_CERTIFICATION)
    attend(office, rosa, date(2025, 12, 15))
    deleted = attend(office, pedro, date(2026, 6, 1))
    office.workspace.attentions.delete(deleted)

    with office.workspace.db.transaction() as session:
        company = Company(
            office_code=OSORNO, rut=Rut.from_body(76_123_456).compact,
            legal_name="Lácteos del Sur SpA", comuna_code=OSORNO,
        )  # fmt: skip
        session.add(company)
        session.flush()
        vacancy = Vacancy(
            office_code=OSORNO, company_id=company.id, title="Operario(a) de planta",
            openings=3, comuna_code=OSORNO, published_on=date(2025, 10, 1), status="abierta",
        )  # fmt: skip
        session.add(vacancy)
        session.flush()
        vacancy_id = vacancy.id
    hire(office, vacancy_id, ana, date(2026, 3, 20), "indefinido", None)
    hire(office, vacancy_id, luis, date(2026, 4, 10), "plazo_fijo", 2)
    hire(office, vacancy_id, rosa, date(2025, 11, 3), "plazo_fijo", 6)

    workshops = office.workspace.workshops
    wid = workshops.create(
        workshop_data(starts_on=date(2026, 5, 4), ends_on=date(2026, 5, 29), capacity=5)
    )
    for who in (ana, luis):
        workshops.enroll(wid, who, on=date(2026, 5, 1))
    withdrawn = workshops.enroll(wid, pedro, on=date(2026, 5, 1)).enrollment_id
    workshops.withdraw(withdrawn, on=date(2026, 5, 2))

    with office.workspace.db.transaction() as session:
        session.add(
            JobFair(
                office_code=OSORNO, name="Feria laboral de primavera", kind="feria",
                held_on=date(2026, 9, 12), comuna_code=OSORNO,
                organisers=f"{OSORNO},{PURRANQUE}", shared=True,
            )
        )  # fmt: skip
        agreement = FomilAgreement(
            office_code=OSORNO, year=2026, resolution_number="77", resolution_date=date(2026, 2, 1),
            starts_on=date(2026, 3, 1), ends_on=date(2026, 12, 31), transfer_amount=24_000_000,
            municipal_contribution=0,
        )  # fmt: skip
        session.add(agreement)
        session.flush()
        for month, action, at in (
            ("2026-03", "cierre", datetime(2026, 4, 3, 12)),
            ("2026-04", "cierre", datetime(2026, 5, 4, 12)),
            ("2026-04", "reapertura", datetime(2026, 5, 6, 12)),
        ):
            session.add(
                MonthClosure(
                    office_code=OSORNO, agreement_id=agreement.id, month=month, action=action,
                    at=at, reason="Falta una boleta" if action == "reapertura" else "",
                )
            )  # fmt: skip


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def server(regional_factory, clock):
    started = regional_factory("sqlite", offices=(OSORNO, PURRANQUE, CHAITEN, PALENA), clock=clock)
    StaffAccounts(started.service.store).add("mrojas", PASSWORD)
    return started


def enrolled(server, office_factory, comuna: str, name: str):
    office = office_factory(comuna, name)
    office.client.enroll(server.url, server.code(comuna), name)
    return office


def test_the_page_shows_what_the_offices_synced(server, clock, office_factory, person_data):
    first = enrolled(server, office_factory, OSORNO, "PC Osorno 1")
    second = enrolled(server, office_factory, OSORNO, "PC Osorno 2")
    chaiten = enrolled(server, office_factory, CHAITEN, "PC Chaitén")

    osorno_first_pc(first, person_data)
    # The second PC of Osorno: Marta served once; the year's targets.
    marta = person(second, person_data, 11)
    attend(second, marta, date(2026, 7, 7))
    set_targets(second, 2026, colocaciones=4, personas_atendidas=3, empresas_contactadas=5)
    # Chaitén: two people served in October; a target of 2 placements.
    for n in (21, 22):
        attend(chaiten, person(chaiten, person_data, n), date(2026, 10, 1))
    set_targets(chaiten, 2026, colocaciones=2)

    assert first.client.sync().refused == 0
    clock.now = datetime(2026, 11, 21, 15, 30)
    assert second.client.sync().refused == 0
    assert chaiten.client.sync().refused == 0

    # Rows of an office of another region (whatever put them there) are never shown.
    with server.service.store.write() as session:
        session.add(
            Office(cut=SANTIAGO, name="Santiago", network="", registered_at=datetime(2026, 1, 1))
        )
        session.add(
            Record(
                table_name="attention", row_id="0190f7c2-0000-7000-8000-000000000001",
                office_code=SANTIAGO, shared=False, deleted=False,
                fields={"person_id": "x", "date": "2026-03-01", "kind": "orientacion"},
                versions={}, origins={}, created_seq=10_000, updated_seq=10_000,
            )
        )  # fmt: skip

    browser = Browser(server.url)
    try:
        assert browser.login("mrojas", PASSWORD).status_code == 303
        page = browser.get("/?anio=2026")
        assert page.status_code == 200
        table = Table(page.text)
        # Personas, atenciones, colocaciones, meta, %, gestión, talleres, participantes, ferias,
        # meses rendidos — after the last sync, in Chile's time (UTC-3 in November).
        assert table.row("Osorno") == [
            "21-11-2026 12:30", "3", "4", "1", "4", "25 %", "1 de 2", "1", "2", "1", "1",
        ]  # fmt: skip
        assert table.row("Chaitén") == [
            "21-11-2026 12:30", "2", "2", "0", "2", "0 %", "sin metas", "0", "0", "0", "0",
        ]  # fmt: skip
        assert table.row("Purranque") == [
            "nunca", "0", "0", "0", "—", "—", "sin metas", "0", "0", "1", "0",
        ]  # fmt: skip
        assert table.row("Subtotal Red Osorno") == [
            "", "3", "4", "1", "4", "25 %", "1 de 2", "1", "2", "2", "1",
        ]  # fmt: skip
        assert table.row("Total región") == [
            "", "5", "6", "1", "6", "16 %", "1 de 2", "1", "2", "2", "1",
        ]  # fmt: skip
        networks = [r[0] for r in table.rows if r and r[0].startswith(("Red ", "Sin Red"))]
        assert networks == [
            "Red Osorno (2 oficinas)", "Red Palena (1 oficina)", "Sin Red Territorial (1 oficina)"
        ]  # fmt: skip
        assert "Santiago" not in page.text
        assert browser.get("/oficina/13101?anio=2026").status_code == 404

        detail = browser.get("/oficina/10301?anio=2026")
        assert detail.status_code == 200
        office = Table(detail.text)
        assert office.row("Colocaciones") == ["Colocación", "4", "1", "25 %", "En curso"]
        assert office.row("Personas atendidas") == ["Gestión", "3", "3", "100 %", "Alcanzada"]
        assert office.row("Empresas contactadas") == ["Gestión", "5", "0", "0 %", "En curso"]
        assert office.row("Certificaciones FCS") == ["Gestión", "sin meta", "1", "—", "—"]
        assert office.row("Marzo") == ["1", "1", "1", "0", "0", "0", "Cerrada"]
        assert office.row("Abril") == ["1", "1", "0", "0", "0", "0", "Abierta"]
        assert office.row("Mayo") == ["1", "1", "0", "1", "2", "0", "Abierta"]
        assert office.row("Septiembre") == ["0", "0", "0", "0", "0", "1", "Abierta"]
        assert office.row("Año 2026") == ["3", "4", "1", "1", "2", "1", "1 cerrados"]
        assert office.row("PC Osorno 1") == ["21-11-2026 11:00", "Activo"]
        assert office.row("PC Osorno 2") == ["21-11-2026 12:30", "Activo"]

        downloaded = browser.get("/descarga/region.csv?anio=2026")
        assert downloaded.headers["content-disposition"] == (
            'attachment; filename="region-10-2026.csv"'
        )
        assert downloaded.content.startswith("\ufeff".encode())
        rows = list(csv.reader(io.StringIO(downloaded.content.decode("utf-8-sig")), delimiter=";"))
        header, osorno = rows[0], next(r for r in rows if r[2] == "Osorno")
        values = dict(zip(header, osorno, strict=True))
        assert values["Personas atendidas"] == "3" and values["Colocaciones"] == "1"
        assert values["% de la meta de colocación"] == "25"
        assert values["Última sincronización"] == "21-11-2026 12:30"
        assert values["Ferias laborales"] == "1" and values["Meses de rendición cerrados"] == "1"
        assert rows[-1][2] == "Total región de Los Lagos" and rows[-1][4] == "5"
        assert not any("Santiago" in cell for row in rows for cell in row)

        sheet = browser.get("/descarga/region.xlsx?anio=2026")
        assert sheet.status_code == 200
        book = load_workbook(io.BytesIO(sheet.content))
        cells = [[c.value for c in r] for r in book.worksheets[0].iter_rows()]
        assert cells[0] == list(header)
        by_name = {r[2]: r for r in cells[1:]}
        assert by_name["Osorno"][4:9] == [3, 4, 1, 4, 25]
        assert by_name["Osorno"][3] == datetime(2026, 11, 21, 12, 30)
        assert by_name["Total región de Los Lagos"][4:7] == [5, 6, 1]
        assert re.fullmatch(r"Región 2026", book.worksheets[0].title)

        # Chaitén serves one more person and syncs: the page shows it at the next reading.
        attend(chaiten, person(chaiten, person_data, 23), date(2026, 11, 2))
        clock.now = datetime(2026, 11, 22, 9, 0)
        assert chaiten.client.sync().refused == 0
        assert browser.get("/?anio=2026").status_code == 303  # the night ended the session
        assert browser.login("mrojas", PASSWORD).status_code == 303
        again = Table(browser.get("/?anio=2026").text)
        assert again.row("Chaitén")[:3] == ["22-11-2026 06:00", "3", "3"]
        assert again.row("Osorno") == table.row("Osorno")
        assert again.row("Total región")[1:3] == ["6", "7"]
    finally:
        browser.close()
