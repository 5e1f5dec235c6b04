"""The region's web page in a real browser: Debian's chromium (/usr/bin/chromium) driven by
Playwright — the login, the overview table, an office's page, a download, the keyboard, 1024 px
wide — over a server holding demo-like records of every Los Lagos office. Its screenshot is
written to docs/screenshots/ when OMIL_SCREENSHOTS is set (``OMIL_SCREENSHOTS=docs/screenshots``).
"""

from __future__ import annotations

import io
import os
import random
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from playwright.sync_api import Page, expect, sync_playwright
from sqlalchemy import insert

from omil_desktop.domain.targets import TargetIndicator
from omil_desktop.domain.territory import Territory
from omil_desktop.regional.figures import region_figures
from omil_desktop.regional.models import Device, Record
from omil_desktop.regional.staff import StaffAccounts
from omil_desktop.store.models import new_id

# One Chromium for the module, on one worker (--dist loadgroup).
pytestmark = pytest.mark.xdist_group("web_browser")

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
PASSWORD = "cordillera-2026"
YEAR = 2026
NOW = datetime(2026, 11, 21, 14, 0)


def demo_like_region(store, territory: Territory, offices: list[str], *, seed: int = 11) -> None:
    """Plausible records for each office of ``offices`` (as the server keeps them): people and
    their atenciones through the year, placements, the year's targets, workshops and their
    enrollments, fairs (some organised together), the rendición's closed months, and devices
    that synced at various times (one office never did)."""
    rng = random.Random(seed)
    rows: list[dict[str, Any]] = []
    seq = iter(range(1, 10_000_000))

    def add(table: str, office: str, **fields: Any) -> str:
        row = new_id()
        n = next(seq)
        values = {"id": row, "office_code": office, "deleted_at": None, **fields}
        rows.append(
            {
                "table_name": table, "row_id": row, "office_code": office, "shared": False,
                "deleted": False, "fields": values, "versions": {}, "origins": {},
                "created_seq": n, "updated_seq": n,
            }
        )  # fmt: skip
        return row

    def day(month_max: int = 11) -> str:
        return f"{YEAR}-{rng.randint(1, month_max):02d}-{rng.randint(1, 28):02d}"

    devices = []
    for index, cut in enumerate(offices):
        size = rng.randint(25, 90)
        people = [
            add("person", cut, bne_registered_on=day() if rng.random() < 0.4 else None)
            for _ in range(size)
        ]
        for person in people:
            for _ in range(rng.choice((1, 1, 2, 3))):
                kind = rng.choice(("orientacion", "informacion", "certificacion_fcs"))
                add("attention", cut, person_id=person, date=day(), kind=kind)
        for person in rng.sample(people, size // 4):
            contract = rng.choice(("indefinido", "plazo_fijo", "plazo_fijo", "temporada"))
            months = None if contract == "indefinido" else rng.choice((2, 3, 6, 12))
            add("placement", cut, person_id=person, start_on=day(), contract_type=contract,
                months=months)  # fmt: skip
        for name, value in (
            (TargetIndicator.PLACEMENTS, size // 4 + rng.randint(-3, 6)),
            (TargetIndicator.PEOPLE_SERVED, size + rng.randint(-10, 15)),
            (TargetIndicator.BNE_REGISTRATIONS, size // 3),
            (TargetIndicator.COMPANIES_CONTACTED, rng.randint(5, 20)),
        ):
            add("target", cut, year=YEAR, indicator=name.value, value=max(value, 1),
                source="region")  # fmt: skip
        for _ in range(rng.randint(0, 4)):
            workshop = add("workshop", cut, starts_on=day(10), status="finalizado")
            for person in rng.sample(people, min(len(people), rng.randint(6, 15))):
                add("workshop_enrollment", cut, workshop_id=workshop, person_id=person,
                    status="inscrito", completed_on=day())  # fmt: skip
        network = territory.network_of(cut)
        partners = [c for c in territory.networks().get(network or "", ()) if c in offices]
        for _ in range(rng.randint(0, 2)):
            organisers = sorted({cut, *rng.sample(partners, min(len(partners), 1))})
            add("job_fair", cut, held_on=day(), organisers=",".join(organisers))
        for month in range(1, rng.randint(1, 11)):
            add("month_closure", cut, month=f"{YEAR}-{month:02d}", action="cierre",
                at=f"{YEAR}-{month + 1:02d}-05T10:00:00")  # fmt: skip
        if index != 3:  # one office has never synced
            devices.append(
                {
                    "id": new_id(), "office": cut, "name": f"PC OMIL {cut}",
                    "secret_sha256": "0" * 64, "enrolled_at": datetime(2026, 3, 1),
                    "last_sync_at": NOW - timedelta(hours=rng.randint(1, 400)), "protocol": 7,
                }
            )  # fmt: skip
    with store.write() as session:
        session.execute(insert(Record), rows)
        session.execute(insert(Device), devices)


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def server(regional_factory):
    territory = Territory.default()
    offices = sorted(c.code for c in territory.comunas if c.region_code == "10")
    started = regional_factory("sqlite", offices=offices, clock=lambda: NOW)
    demo_like_region(started.service.store, territory, offices)
    StaffAccounts(started.service.store).add("mrojas", PASSWORD)
    return started


def sign_in(page: Page, url: str) -> None:
    page.goto(f"{url}/?anio={YEAR}")
    expect(page).to_have_url(f"{url}/login?siguiente=%2F%3Fanio%3D{YEAR}")
    page.get_by_label("Usuario").fill("mrojas")
    page.get_by_label("Contraseña").fill(PASSWORD)
    page.get_by_role("button", name="Ingresar").click()
    expect(page).to_have_url(f"{url}/?anio={YEAR}")


def test_staff_use_the_page_in_a_real_browser(browser, server, tmp_path):
    expected = region_figures(server.service.store, YEAR)
    osorno = next(o for o in expected.offices if o.name == "Osorno")
    context = browser.new_context(
        viewport={"width": 1024, "height": 768}, accept_downloads=True, locale="es-CL"
    )
    page = context.new_page()
    try:
        # A wrong password first: the message is shown beside the form, nothing else.
        page.goto(f"{server.url}/login")
        page.get_by_label("Usuario").fill("mrojas")
        page.get_by_label("Contraseña").fill("no-es-la-clave")
        page.get_by_role("button", name="Ingresar").click()
        expect(page.get_by_role("alert")).to_contain_text("Usuario o contraseña incorrectos.")
        expect(page.get_by_role("table")).to_have_count(0)

        sign_in(page, server.url)
        expect(page.get_by_role("heading", level=1)).to_have_text(
            f"Oficinas OMIL de Los Lagos, {YEAR}"
        )
        table = page.get_by_role("table")
        expect(table.locator("caption")).to_contain_text(f"Cifras de {YEAR}")
        expect(page.get_by_role("columnheader", name="Personas atendidas")).to_be_visible()
        row = page.get_by_role("row").filter(has=page.get_by_role("rowheader", name="Osorno"))
        cells = row.get_by_role("cell").all_inner_texts()
        assert cells[1] == str(osorno.figures.people_served)
        assert cells[3] == str(osorno.figures.placements)
        assert cells[5] == f"{osorno.figures.placement_percent} %"
        total = page.get_by_role("row").filter(
            has=page.get_by_role("rowheader", name="Total región")
        )
        assert total.get_by_role("cell").nth(1).inner_text() == (
            f"{expected.totals.people_served:,}".replace(",", ".")
        )
        # Every network and office is there, and the table fits 1024 px without scrolling.
        assert page.get_by_role("rowheader").filter(has_text="Subtotal").count() == len(
            expected.networks
        )
        widths = page.evaluate(
            "() => [document.documentElement.scrollWidth, "
            "document.querySelector('table').getBoundingClientRect().right]"
        )
        assert widths[0] <= 1024 and widths[1] <= 1024, widths

        # The keyboard: the first Tab reaches the skip link, shown with a visible focus ring.
        page.keyboard.press("Tab")
        skip = page.get_by_role("link", name="Saltar al contenido")
        expect(skip).to_be_focused()
        expect(skip).to_be_in_viewport()
        outline = skip.evaluate("e => getComputedStyle(e).outlineStyle")
        assert outline == "solid"

        shot = tmp_path / "region-overview.png"
        page.screenshot(path=shot, full_page=False)
        page.keyboard.press("Shift+Tab")  # the focus ring is not part of the picture kept
        where = os.environ.get("OMIL_SCREENSHOTS")
        if where:
            page.mouse.click(5, 300)
            page.screenshot(path=Path(where) / "region-overview.png", full_page=False)
        assert shot.stat().st_size > 20_000

        # A download: the Excel file has the office's figures.
        with page.expect_download() as started:
            page.get_by_role("link", name="Excel (.xlsx)").click()
        download = started.value
        assert download.suggested_filename == f"region-10-{YEAR}.xlsx"
        book = load_workbook(io.BytesIO(Path(download.path()).read_bytes()))
        sheet_rows = {r[2]: r for r in book.worksheets[0].iter_rows(values_only=True)}
        assert sheet_rows["Osorno"][4] == osorno.figures.people_served
        assert sheet_rows["Osorno"][6] == osorno.figures.placements

        # The office's page, from its link.
        page.get_by_role("link", name="Osorno", exact=True).click()
        expect(page).to_have_url(f"{server.url}/oficina/10301?anio={YEAR}")
        expect(page.get_by_role("heading", level=1)).to_have_text(f"Oficina OMIL de Osorno, {YEAR}")
        year_row = page.get_by_role("row").filter(
            has=page.get_by_role("rowheader", name=f"Año {YEAR}")
        )
        assert year_row.get_by_role("cell").nth(2).inner_text() == str(osorno.figures.placements)
        expect(
            page.get_by_role("table", name="Metas de 2026 y su avance a la fecha")
        ).to_be_visible()
        if where:
            page.screenshot(path=Path(where) / "region-office.png", full_page=True)

        # Another year through the selector.
        page.get_by_label("Año").select_option(str(YEAR - 1))
        page.get_by_role("button", name="Ver").click()
        expect(page).to_have_url(f"{server.url}/oficina/10301?anio={YEAR - 1}")

        # Logout: back to the login page, and the pages are closed again.
        page.get_by_role("button", name="Cerrar sesión").click()
        expect(page).to_have_url(f"{server.url}/login")
        page.goto(f"{server.url}/oficina/10301")
        expect(page).to_have_url(f"{server.url}/login?siguiente=%2Foficina%2F10301")
    finally:
        context.close()
