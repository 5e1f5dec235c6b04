"""The region's web page over real HTTP (a server on loopback, httpx): nothing without a login,
sessions that end, the same answer for an unknown user and a wrong password, pauses after
repeated failures, CSRF on every form, and the sync API untouched."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

import httpx
import pytest

from omil_desktop.regional.staff import IDLE_MINUTES, MAX_USER_FAILURES, StaffAccounts
from omil_desktop.sync import protocol

PASSWORD = "cordillera-2026"


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 21, 14, 0)

    def __call__(self) -> datetime:
        return self.now


class Browser:
    """A browser's requests: one cookie jar, forms read from the pages."""

    def __init__(self, url: str) -> None:
        self.http = httpx.Client(base_url=url, timeout=20, follow_redirects=False)

    def get(self, path: str, **kwargs) -> httpx.Response:
        return self.http.get(path, **kwargs)

    def form_token(self, html: str) -> str:
        found = re.search(r'name="csrf" value="([^"]+)"', html)
        assert found is not None, html
        return found.group(1)

    def login(self, username: str, password: str, siguiente: str = "/") -> httpx.Response:
        page = self.get("/login")
        assert page.status_code == 200
        return self.http.post(
            "/login",
            data={
                "csrf": self.form_token(page.text),
                "usuario": username,
                "contrasena": password,
                "siguiente": siguiente,
            },
        )

    def close(self) -> None:
        self.http.close()


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def server(regional_factory, clock):
    started = regional_factory("sqlite", clock=clock)
    StaffAccounts(started.service.store).add("mrojas", PASSWORD)
    return started


@pytest.fixture
def browser(server):
    opened = Browser(server.url)
    yield opened
    opened.close()


PAGES = (
    "/",
    "/?anio=2026",
    "/oficina/10301",
    "/oficina/13101?anio=2026",
    "/descarga/region.csv?anio=2026",
    "/descarga/region.xlsx",
)


def test_nothing_is_visible_without_a_login(browser):
    for path in PAGES:
        response = browser.get(path)
        assert response.status_code == 303, path
        assert response.headers["location"].startswith("/login"), path
        assert "Osorno" not in response.text
    assert browser.get("/oficina/10301?anio=2026").headers["location"] == (
        "/login?siguiente=%2Foficina%2F10301%3Fanio%3D2026"
    )
    unknown = browser.get("/no-existe")  # the API's plain 404, nothing of the region
    assert unknown.status_code == 404 and "Osorno" not in unknown.text
    browser.http.cookies.set("omil_sesion", "inventada")
    assert browser.get("/").status_code == 303
    assert browser.http.post("/logout", data={"csrf": "x"}).status_code == 303
    # The login page and its style sheet are all there is.
    login = browser.get("/login")
    assert login.status_code == 200 and "Ingreso del personal SENCE" in login.text
    assert login.headers["cache-control"] == "no-store"
    assert "script-src" not in login.headers["content-security-policy"]
    assert "default-src 'none'" in login.headers["content-security-policy"]
    assert browser.get("/estatico/region.css").status_code == 200


def test_the_sync_api_is_untouched(browser, server):
    ping = browser.get("/api/ping")
    assert ping.status_code == 204 and protocol.SERVER_ID_HEADER in ping.headers
    missing = browser.get("/api/no-existe")
    assert missing.status_code == 404
    assert protocol.ErrorBody.model_validate_json(missing.content).error == "not_found"
    sync = browser.http.post("/api/sync", content=b"{}")
    assert sync.status_code in {400, 401}
    assert sync.headers["content-type"].startswith("application/json")


def test_login_opens_a_session_and_logout_ends_it(browser):
    response = browser.login(" MRojas", PASSWORD)
    assert response.status_code == 303 and response.headers["location"] == "/"
    cookie = next(
        c for c in response.headers.get_list("set-cookie") if c.startswith("omil_sesion=")
    )
    attributes = {part.strip().lower() for part in cookie.split(";")[1:]}
    assert {"httponly", "samesite=strict", "path=/"} <= attributes
    assert not any(
        a.startswith(("expires", "max-age")) for a in attributes
    )  # ends with the browser
    token = browser.http.cookies["omil_sesion"]

    page = browser.get("/")
    assert page.status_code == 200
    assert "Usuario: <strong>mrojas</strong>" in page.text
    assert page.headers["cache-control"] == "no-store"
    assert browser.get("/login").headers["location"] == "/"  # signed in already

    # Logging out needs the session's form token.
    refused = browser.http.post("/logout", data={"csrf": "otro"})
    assert refused.status_code == 403
    assert browser.get("/").status_code == 200
    out = browser.http.post("/logout", data={"csrf": browser.form_token(page.text)})
    assert (out.status_code, out.headers["location"]) == (303, "/login")
    assert browser.get("/").status_code == 303
    # The old cookie, kept by someone, opens nothing.
    browser.http.cookies.set("omil_sesion", token)
    assert browser.get("/").status_code == 303


def test_a_wrong_password_and_an_unknown_user_get_the_same_page(browser):
    wrong = browser.login("mrojas", "no-es-la-clave")
    unknown = browser.login("nadie", PASSWORD)
    assert wrong.status_code == unknown.status_code == 401
    message = "Usuario o contraseña incorrectos."
    assert message in wrong.text and message in unknown.text
    assert "omil_sesion" not in browser.http.cookies

    def without_tokens(html: str) -> str:
        html = re.sub(r'name="csrf" value="[^"]+"', "", html)
        return re.sub(r'name="usuario"([^>]*)value="[^"]*"', "", html)

    assert without_tokens(wrong.text) == without_tokens(unknown.text)
    assert PASSWORD not in unknown.text and "no-es-la-clave" not in wrong.text


def test_repeated_failures_pause_the_login(browser, clock):
    for _ in range(MAX_USER_FAILURES):
        assert browser.login("mrojas", "no-es-la-clave").status_code == 401
        clock.now += timedelta(minutes=1)
    paused = browser.login("mrojas", PASSWORD)  # even the right password waits
    assert paused.status_code == 429
    assert int(paused.headers["retry-after"]) == 10 * 60
    assert "Demasiados intentos fallidos de ingreso" in paused.text
    assert "espere 10 minutos" in paused.text
    assert "Podrá intentarlo desde las 11:15 (hora de Chile)." in paused.text  # 14:15 UTC
    assert browser.get("/").status_code == 303
    clock.now += timedelta(minutes=10)
    assert browser.login("mrojas", PASSWORD).status_code == 303
    assert browser.get("/").status_code == 200


def test_the_login_form_must_come_from_the_login_page(browser, server):
    data = {"usuario": "mrojas", "contrasena": PASSWORD, "csrf": "inventado"}
    forged = browser.http.post("/login", data=data)
    assert forged.status_code == 403 and "caducó" in forged.text
    assert "omil_sesion" not in browser.http.cookies
    page = browser.get("/login")
    data["csrf"] = browser.form_token(page.text)
    other_site = browser.http.post("/login", data=data, headers={"Origin": "https://otro.example"})
    assert other_site.status_code == 403
    assert "omil_sesion" not in browser.http.cookies
    not_a_form = browser.http.post("/login", json=data)
    assert not_a_form.status_code == 403
    assert browser.http.post("/login", data=data).status_code == 303


def test_a_session_unused_too_long_ends(browser, clock):
    assert browser.login("mrojas", PASSWORD).status_code == 303
    clock.now += timedelta(minutes=IDLE_MINUTES - 1)
    assert browser.get("/").status_code == 200
    clock.now += timedelta(minutes=IDLE_MINUTES + 1)
    response = browser.get("/oficina/10301")
    assert response.status_code == 303 and response.headers["location"].startswith("/login")


def test_after_login_the_page_asked_for_and_never_another_site(browser):
    wanted = "/oficina/10301?anio=2026"
    response = browser.login("mrojas", PASSWORD, siguiente=wanted)
    assert response.headers["location"] == wanted
    for target in ("//otro.example/x", "https://otro.example/", "/api/ping", "/\\otro.example"):
        fresh = Browser(str(browser.http.base_url))
        try:
            assert fresh.login("mrojas", PASSWORD, siguiente=target).headers["location"] == "/"
        finally:
            fresh.close()


def test_unknown_pages_and_years_once_signed_in(browser):
    browser.login("mrojas", PASSWORD)
    assert browser.get("/no-existe").status_code == 404
    assert browser.get("/oficina/99999").status_code == 404
    assert browser.get("/oficina/abc").status_code == 404
    assert browser.get("/descarga/region.pdf").status_code == 404
    bad = browser.get("/?anio=dosmil")
    assert bad.status_code == 400 and "El año debe ser un número entre 2000 y 2100." in bad.text
    assert browser.http.delete("/").status_code == 405


def test_odd_tokens_are_refused_not_crashed_on(browser):
    odd = {"usuario": "mrojas", "contrasena": PASSWORD, "csrf": "ñandú-€"}
    browser.get("/login")
    assert browser.http.post("/login", data=odd).status_code == 403
    browser.login("mrojas", PASSWORD)
    assert browser.http.post("/logout", data={"csrf": "ñandú"}).status_code == 403
    assert browser.get("/").status_code == 200


def test_a_failed_login_keeps_the_page_asked_for(browser):
    wanted = "/oficina/10301?anio=2026"
    failed = browser.login("mrojas", "no-es-la-clave", siguiente=wanted)
    assert failed.status_code == 401
    assert 'name="siguiente" value="/oficina/10301?anio=2026"' in failed.text
    again = browser.http.post(
        "/login",
        data={
            "csrf": browser.form_token(failed.text),
            "usuario": "mrojas",
            "contrasena": PASSWORD,
            "siguiente": re.search(r'name="siguiente" value="([^"]*)"', failed.text).group(1),
        },
    )
    assert again.headers["location"] == wanted
