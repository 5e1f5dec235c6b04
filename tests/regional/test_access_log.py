"""The staff access log of the region's web page (Ley 21.719): every sign-in (accepted or
refused), sign-out, page and office viewed and download is written with when, who, the office
and the client's address, through the real page over HTTP on SQLite and PostgreSQL; it is read
with ``omil-regional accesos`` and the page can neither show nor change it."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from omil_desktop.regional.access_log import Access, AccessLog
from omil_desktop.regional.cli import main
from omil_desktop.regional.staff import StaffAccounts
from tests.regional.test_web import PASSWORD, Browser, Clock


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture(params=["sqlite", "postgresql"])
def server(request, regional_factory, clock):
    started = regional_factory(request.param, clock=clock)
    accounts = StaffAccounts(started.service.store)
    accounts.add("mrojas", PASSWORD)
    accounts.add("pvera", PASSWORD)
    return started


@pytest.fixture
def browser(server):
    opened = Browser(server.url)
    yield opened
    opened.close()


def log_of(server) -> list[tuple[str | None, Access, str | None, int | None, str]]:
    entries = AccessLog(server.service.store).entries()
    return [(e.username, e.action, e.office_code, e.year, e.address) for e in entries]


def test_each_access_of_the_page_is_logged_with_who_what_and_where(server, browser, clock):
    assert browser.login("mrojas", "clave-equivocada").status_code == 401
    assert browser.login("quien-sea", "clave-equivocada").status_code == 401
    assert browser.login("MRojas", PASSWORD).status_code == 303
    clock.now += timedelta(minutes=2)
    page = browser.get("/?anio=2026")
    assert page.status_code == 200
    assert browser.get("/oficina/10402?anio=2026").status_code == 200
    assert browser.get("/oficina/99999").status_code == 404  # no office: nothing viewed
    assert browser.get("/descarga/region.csv?anio=2026").status_code == 200
    assert browser.get("/descarga/region.xlsx?anio=2025").status_code == 200
    out = browser.http.post("/logout", data={"csrf": browser.form_token(page.text)})
    assert out.status_code == 303

    here = "127.0.0.1"
    assert log_of(server) == [
        ("mrojas", Access.REFUSED, None, None, here),
        (None, Access.REFUSED, None, None, here),  # no such account: what was typed is not kept
        ("mrojas", Access.SIGN_IN, None, None, here),
        ("mrojas", Access.REGION, None, 2026, here),
        ("mrojas", Access.OFFICE, "10402", 2026, here),
        ("mrojas", Access.CSV, None, 2026, here),
        ("mrojas", Access.XLSX, None, 2025, here),
        ("mrojas", Access.SIGN_OUT, None, None, here),
    ]
    moments = [e.at for e in AccessLog(server.service.store).entries()]
    assert moments[0] == datetime(2026, 11, 21, 14, 0)
    assert moments[3] == datetime(2026, 11, 21, 14, 2)


def test_the_page_has_no_address_that_shows_or_changes_the_log(server, browser):
    browser.login("mrojas", PASSWORD)
    page = browser.get("/")
    token = browser.form_token(page.text)
    before = log_of(server)
    for path in ("/accesos", "/registro", "/acceso", "/api/accesos"):
        assert browser.get(path).status_code == 404, path
        for method in ("POST", "PUT", "DELETE", "PATCH"):
            answer = browser.http.request(method, path, data={"csrf": token})
            assert answer.status_code in {404, 405}, (method, path)
    assert "accesos" not in page.text.lower()
    # Nothing of the log was added, changed or removed by those requests.
    assert log_of(server) == before
    assert before[-1][1] is Access.REGION
    # Every route of the web page: the GETs that show figures, and the two forms.
    routes = {
        (route.path, method)
        for route in browser_app(server).routes
        if not route.path.startswith(("/api", "/openapi", "/docs", "/redoc"))
        for method in getattr(route, "methods", ())
    }
    assert {m for _p, m in routes} <= {"GET", "HEAD", "POST"}
    assert {p for p, m in routes if m == "POST"} == {"/login", "/logout"}


def browser_app(server):
    return server._server.config.app


def test_accesos_lists_them_filtered_by_day_and_account(server, browser, clock, capsys):
    browser.login("mrojas", PASSWORD)
    browser.get("/oficina/10401?anio=2026")
    clock.now += timedelta(days=1)
    other = Browser(server.url)
    try:
        other.login("pvera", PASSWORD)
        other.get("/descarga/region.csv?anio=2026")
    finally:
        other.close()
    where = (
        ["--database-url", server.database_url]
        if server.backend == "postgresql"
        else ["--data-dir", str(_folder(server))]
    )

    assert main(["accesos", *where]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 4
    assert lines[0].startswith("21-11-2026 14:00 UTC  mrojas") and lines[0].endswith("ingresó")
    assert lines[1].endswith("vio la oficina 10401 Chaitén (2026)")
    assert "127.0.0.1" in lines[1]
    assert lines[3].startswith("22-11-2026 14:00 UTC  pvera")
    assert lines[3].endswith("descargó CSV (2026)")

    assert main(["accesos", "--usuario", "PVera", *where]) == 0
    assert [line.split()[3] for line in capsys.readouterr().out.splitlines()] == ["pvera"] * 2
    assert main(["accesos", "--desde", "22-11-2026", *where]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 2
    assert main(["accesos", "--desde", "23-11-2026", *where]) == 0
    assert capsys.readouterr().out.strip() == "No hay accesos registrados con esos filtros."
    with pytest.raises(SystemExit) as refused:
        main(["accesos", "--desde", "31-02-2026", *where])
    assert refused.value.code == 2 and "--desde" in capsys.readouterr().err


def _folder(server):
    from pathlib import Path

    return Path(server.database_url.removeprefix("sqlite:///")).parent


def test_the_log_keeps_no_password_typed_in_the_wrong_box(server, browser):
    browser.login(PASSWORD, "mrojas")  # the two boxes swapped
    entries = AccessLog(server.service.store).entries(since=date(2026, 1, 1))
    assert [(e.username, e.action) for e in entries] == [(None, Access.REFUSED)]
    with server.service.store.read() as session:
        from sqlalchemy import text

        dumped = repr(session.execute(text("SELECT * FROM staff_access")).all())
    assert PASSWORD not in dumped
