"""The region's web page for SENCE regional staff: server-rendered HTML (Jinja2) on the regional
server's FastAPI app, beside the sync API (which it leaves untouched).

- ``/login`` (GET, POST) and ``/logout`` (POST): staff accounts of :mod:`.staff`. The session's
  random token travels in an HttpOnly, SameSite=Strict cookie (Secure over HTTPS); the server
  keeps its SHA-256 only.
- ``/`` (``?anio=``): each Red Territorial with its offices, subtotals and the region's totals
  for a year (:mod:`.figures`).
- ``/oficina/{cut}`` (``?anio=``): an office's figures by month, targets against progress, its
  devices' last sync.
- ``/descarga/region.csv`` and ``/descarga/region.xlsx`` (``?anio=``): the overview's table.

Each sign-in (accepted or refused), sign-out, page viewed and download is written to the staff
access log (:mod:`.access_log`), which no address of the page shows or changes.

Nothing but the login page and the style sheet is served without a session: every other address
(unknown ones too) sends the browser to ``/login``. Every form that changes something carries the
session's CSRF token (the login form a token of its own, in a cookie and the form), and a POST
from another origin is refused. Pages are never cached by the browser, and a strict Content
Security Policy allows no script at all.
"""

from __future__ import annotations

import csv
import hmac
import io
import logging
import secrets
from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime
from importlib import resources
from typing import Any
from urllib.parse import parse_qsl, quote, urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from fastapi import FastAPI, Request, Response
from fastapi.responses import HTMLResponse, RedirectResponse
from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from starlette.concurrency import run_in_threadpool

from omil_desktop.domain.dates import format_date
from omil_desktop.domain.targets import TargetIndicator
from omil_desktop.regional.access_log import Access, AccessLog
from omil_desktop.regional.app import client_address
from omil_desktop.regional.figures import (
    GESTION_INDICATORS,
    INDICATOR_LABELS,
    INDICATORS,
    MONTH_NAMES,
    OVERVIEW_HEADER,
    FiguresCache,
    RegionFigures,
    office_detail,
    overview_rows,
    percent,
    region_figures,
    write_overview_xlsx,
    years_with_data,
)
from omil_desktop.regional.service import RegionalService
from omil_desktop.regional.staff import ActiveSession, Refused, StaffAccounts

log = logging.getLogger("omil_desktop.regional.web")

SESSION_COOKIE = "omil_sesion"
LOGIN_CSRF_COOKIE = "omil_ingreso"
MAX_FORM_BYTES = 8 * 1024
STYLE_PATH = "/estatico/region.css"

SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
        "frame-ancestors 'none'; base-uri 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
}
NO_STORE = {"Cache-Control": "no-store", **SECURITY_HEADERS}

_ZONES = {"12": "America/Punta_Arenas"}
"""The region's clock; every other region keeps Chile's continental time."""


def region_zone(region_code: str) -> ZoneInfo | None:
    try:
        return ZoneInfo(_ZONES.get(region_code, "America/Santiago"))
    except ZoneInfoNotFoundError:  # no time-zone data: times stay in UTC, and say so
        return None


def thousands(value: int | None) -> str:
    return "—" if value is None else f"{value:,}".replace(",", ".")


class WebPages:
    """What the pages need: the service, the staff accounts, the templates, the region's
    clock."""

    def __init__(self, service: RegionalService, staff: StaffAccounts) -> None:
        self.service = service
        self.staff = staff
        self.access = AccessLog(service.store, clock=service.clock)
        self.cache = FiguresCache()
        identity = service.identity()
        self.region_code = identity.region_code
        self.region_name = identity.region_name
        self.zone = region_zone(identity.region_code)
        self.templates = Environment(
            loader=PackageLoader("omil_desktop.regional", "templates"),
            autoescape=select_autoescape(["html"]),
            undefined=StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.templates.filters.update(
            miles=thousands,
            momento=self.moment_text,
            porcentaje=lambda v: "—" if v is None else f"{v} %",
        )
        self.templates.globals.update(
            region_name=self.region_name, style=STYLE_PATH, zone_label=self.zone_label
        )

    @property
    def zone_label(self) -> str:
        return "hora de Chile" if self.zone is not None else "UTC"

    def local(self, moment: datetime) -> datetime:
        """A stored (naive UTC) moment in the region's time, naive."""
        if self.zone is None:
            return moment
        return moment.replace(tzinfo=UTC).astimezone(self.zone).replace(tzinfo=None)

    def moment_text(self, moment: datetime | None) -> str:
        if moment is None:
            return "nunca"
        shown = self.local(moment)
        return f"{format_date(shown.date())} {shown:%H:%M}"

    def render(
        self,
        name: str,
        status: int = 200,
        headers: Mapping[str, str] | None = None,
        **context: Any,
    ) -> HTMLResponse:
        html = self.templates.get_template(name).render(**context)
        return HTMLResponse(html, status_code=status, headers={**NO_STORE, **(headers or {})})

    def today(self) -> date:
        return self.local(self.service.clock()).date()

    def warm_up(self) -> None:
        """Count this year's figures of every office into the cache and load the Excel
        writer's library, so that the first page or download after the server starts is as fast
        as the next ones (``omil-regional serve`` runs this on a thread of its own while it
        already answers)."""
        try:
            region_figures(
                self.service.store,
                self.today().year,
                territory=self.service.territory,
                cache=self.cache,
            )
        except Exception:  # the page counts them itself then; nothing personal in the log
            log.warning("No se pudieron precalcular las cifras de la región.", exc_info=True)
        # The Excel download's library, loaded now rather than by the first download (0.3 s).
        import openpyxl  # noqa: F401

    def year_of(self, request: Request) -> int | None:
        """The ``anio`` asked for (this year when absent); None when it is no year."""
        raw = request.query_params.get("anio", "").strip()
        if not raw:
            return self.today().year
        if raw.isascii() and raw.isdigit() and 2000 <= int(raw) <= 2100:
            return int(raw)
        return None


def mount_web(app: FastAPI, service: RegionalService) -> Callable[[Request, int], Response | None]:
    """Add the web page's routes to ``app``; returns the answer to an unknown web address (the
    API's error handler asks it for every path outside ``/api/``)."""
    pages = WebPages(service, StaffAccounts(service.store, clock=service.clock))
    app.state.web_pages = pages
    style = (resources.files("omil_desktop.regional") / "static" / "region.css").read_bytes()

    def signed_in(request: Request) -> ActiveSession | None:
        return pages.staff.session(request.cookies.get(SESSION_COOKIE))

    def to_login(request: Request) -> RedirectResponse:
        wanted = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        target = "/login" if wanted == "/" else f"/login?siguiente={quote(wanted, safe='')}"
        return RedirectResponse(target, status_code=303, headers=NO_STORE)

    def years(current: int) -> list[int]:
        """The years of the selector: those with data, this year and the last, and the one
        shown."""
        this_year = pages.today().year
        found = set(years_with_data(service.store, around=this_year, cache=pages.cache))
        return sorted(found | {this_year - 1, current}, reverse=True)

    def bad_year() -> HTMLResponse:
        return pages.render(
            "error.html",
            400,
            title="Año no válido",
            message="El año debe ser un número entre 2000 y 2100.",
            user=None,
        )

    @app.get(STYLE_PATH, include_in_schema=False)
    async def stylesheet() -> Response:
        return Response(
            style,
            media_type="text/css; charset=utf-8",
            headers={"Cache-Control": "max-age=3600", **SECURITY_HEADERS},
        )

    @app.get("/login", include_in_schema=False)
    def login_form(request: Request) -> Response:
        if signed_in(request) is not None:
            return RedirectResponse(_next(request.query_params.get("siguiente")), 303)
        return login_page(request)

    def login_page(
        request: Request,
        *,
        error: str | None = None,
        status: int = 200,
        username: str = "",
        siguiente: str | None = None,
    ) -> HTMLResponse:
        token = secrets.token_urlsafe(32)
        response = pages.render(
            "login.html",
            status,
            error=error,
            username=username,
            csrf=token,
            siguiente=_next(siguiente or request.query_params.get("siguiente")),
            user=None,
        )
        response.set_cookie(
            LOGIN_CSRF_COOKIE,
            token,
            httponly=True,
            samesite="strict",
            secure=request.url.scheme == "https",
            path="/login",
        )
        return response

    @app.post("/login", include_in_schema=False)
    async def login(request: Request) -> Response:
        form = await read_form(request)
        if form is None:
            return await run_in_threadpool(forbidden)
        expected = request.cookies.get(LOGIN_CSRF_COOKIE, "")
        if not expected or not same_token(expected, form.get("csrf", "")):
            return await run_in_threadpool(expired_form, request)
        username = form.get("usuario", "")
        siguiente = form.get("siguiente")
        address = client_address(request)
        result = await run_in_threadpool(
            pages.staff.sign_in, username, form.get("contrasena", ""), address
        )
        if isinstance(result, Refused):
            await run_in_threadpool(pages.access.record_refused, username, address)
            if result.retry_at is not None:
                seconds = max(1, int((result.retry_at - pages.service.clock()).total_seconds()))
                message = f"{result.message} Podrá intentarlo desde las " + (
                    f"{pages.local(result.retry_at):%H:%M} ({pages.zone_label})."
                )
                return await run_in_threadpool(
                    lambda: with_headers(
                        login_page(
                            request,
                            error=message,
                            status=429,
                            username=username[:40],
                            siguiente=siguiente,
                        ),
                        {"Retry-After": str(seconds)},
                    )
                )
            return await run_in_threadpool(
                lambda: login_page(
                    request,
                    error=result.message,
                    status=401,
                    username=username[:40],
                    siguiente=siguiente,
                )
            )
        await run_in_threadpool(pages.access.record, Access.SIGN_IN, result.username, address)
        response = RedirectResponse(_next(siguiente), 303, headers=NO_STORE)
        response.set_cookie(
            SESSION_COOKIE,
            result.token,
            httponly=True,
            samesite="strict",
            secure=request.url.scheme == "https",
            path="/",
        )
        response.delete_cookie(LOGIN_CSRF_COOKIE, path="/login", httponly=True, samesite="strict")
        return response

    @app.post("/logout", include_in_schema=False)
    async def logout(request: Request) -> Response:
        form = await read_form(request)
        active = await run_in_threadpool(signed_in, request)
        if active is None:
            return to_login(request)
        if form is None or not same_token(active.csrf_token, form.get("csrf", "")):
            return await run_in_threadpool(forbidden)
        await run_in_threadpool(pages.staff.end, request.cookies.get(SESSION_COOKIE))
        await run_in_threadpool(
            pages.access.record, Access.SIGN_OUT, active.username, client_address(request)
        )
        log.info("Salida de la página regional (omil-regional accesos dice quién).")
        response = RedirectResponse("/login", 303, headers=NO_STORE)
        response.delete_cookie(SESSION_COOKIE, path="/", httponly=True, samesite="strict")
        return response

    @app.get("/", include_in_schema=False)
    def overview(request: Request) -> Response:
        active = signed_in(request)
        if active is None:
            return to_login(request)
        year = pages.year_of(request)
        if year is None:
            return bad_year()
        region = region_figures(
            service.store, year, territory=service.territory, cache=pages.cache, today=pages.today()
        )
        pages.access.record(Access.REGION, active.username, client_address(request), year=year)
        return pages.render(
            "overview.html",
            user=active,
            region=region,
            year=year,
            years=years(year),
            gestion=len(GESTION_INDICATORS),
        )

    @app.get("/oficina/{cut}", include_in_schema=False)
    def office(cut: str, request: Request) -> Response:
        active = signed_in(request)
        if active is None:
            return to_login(request)
        year = pages.year_of(request)
        if year is None:
            return bad_year()
        detail = (
            office_detail(
                service.store,
                cut,
                year,
                territory=service.territory,
                cache=pages.cache,
                today=pages.today(),
            )
            if cut.isascii() and cut.isdigit() and len(cut) == 5
            else None
        )
        if detail is None:
            return not_found_page(active)
        pages.access.record(
            Access.OFFICE, active.username, client_address(request), office_code=cut, year=year
        )
        figures = detail.office.figures
        targets = [
            {
                "label": INDICATOR_LABELS[name],
                "area": TargetIndicator(name).area.label,
                "target": figures.targets.get(name),
                "value": figures.indicators[name],
                "percent": percent(figures.indicators[name], figures.targets.get(name)),
                "met": name in figures.targets
                and figures.indicators[name] >= figures.targets[name],
            }
            for name in INDICATORS
        ]
        return pages.render(
            "office.html",
            user=active,
            detail=detail,
            figures=figures,
            targets=targets,
            months=list(zip(MONTH_NAMES, detail.months, range(1, 13), strict=True)),
            year=year,
            years=years(year),
        )

    @app.get("/descarga/region.{kind}", include_in_schema=False)
    def download(kind: str, request: Request) -> Response:
        active = signed_in(request)
        if active is None:
            return to_login(request)
        if kind not in {"csv", "xlsx"}:
            return not_found_page(active)
        year = pages.year_of(request)
        if year is None:
            return bad_year()
        region = region_figures(
            service.store, year, territory=service.territory, cache=pages.cache, today=pages.today()
        )
        pages.access.record(
            Access.CSV if kind == "csv" else Access.XLSX,
            active.username,
            client_address(request),
            year=year,
        )
        name = f"region-{region.region_code}-{year}.{kind}"
        disposition = {"Content-Disposition": f'attachment; filename="{name}"', **NO_STORE}
        if kind == "csv":
            return Response(
                csv_bytes(region, pages.local), media_type="text/csv; charset=utf-8",
                headers=disposition,
            )  # fmt: skip
        buffer = io.BytesIO()
        write_overview_xlsx(region, buffer, local_time=pages.local)
        return Response(
            buffer.getvalue(),
            media_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            headers=disposition,
        )

    def not_found_page(active: ActiveSession | None) -> HTMLResponse:
        return pages.render(
            "error.html",
            404,
            title="Página no encontrada",
            message="Esta dirección no existe en la página de la región.",
            user=active,
        )

    def forbidden() -> HTMLResponse:
        return pages.render(
            "error.html",
            403,
            title="Solicitud rechazada",
            message="El formulario no vino de esta página. Vuelva a la página y use sus botones.",
            user=None,
        )

    def expired_form(request: Request) -> HTMLResponse:
        return login_page(
            request,
            error="El formulario de ingreso caducó. Escriba de nuevo su usuario y contraseña.",
            status=403,
        )

    def web_not_found(request: Request, status: int) -> Response | None:
        """An unknown web address: a page saying so to a signed-in person; None (the API's
        plain 404, which shows nothing) without a session."""
        active = signed_in(request)
        if active is None:
            return None
        if status == 405:
            return pages.render(
                "error.html",
                405,
                title="Acción no permitida",
                message="Esta dirección no admite esa acción.",
                user=active,
            )
        return not_found_page(active)

    return web_not_found


async def read_form(request: Request) -> dict[str, str] | None:
    """A small url-encoded form of this site's own pages; None when it is not one (another
    origin, too big, not a form)."""
    origin = request.headers.get("origin")
    # The host only: behind a TLS terminator the scheme seen here may be http.
    if origin is not None and (
        origin == "null" or urlsplit(origin).netloc != request.headers.get("host", "")
    ):
        return None
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind != "application/x-www-form-urlencoded":
        return None
    body = b""
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_FORM_BYTES:
            return None
    try:
        pairs = parse_qsl(body.decode("utf-8"), keep_blank_values=True, max_num_fields=20)
    except (UnicodeDecodeError, ValueError):
        return None
    return dict(pairs)


def _next(target: str | None) -> str:
    """Where to go after signing in: a path of this site (never another site, never the API)."""
    if not target or not target.startswith("/") or target.startswith("//"):
        return "/"
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or parts.path.startswith(("/api", "/login", "/logout")):
        return "/"
    if "\\" in target or any(ord(c) < 32 for c in target):
        return "/"
    return target


def same_token(expected: str, given: str) -> bool:
    """Whether a form's token is the expected one, compared in constant time (as bytes: a
    token typed with any character is just wrong)."""
    return hmac.compare_digest(expected.encode("utf-8"), given.encode("utf-8"))


def with_headers(response: Response, headers: Mapping[str, str]) -> Response:
    response.headers.update(headers)
    return response


def csv_bytes(region: RegionFigures, local_time: Callable[[datetime], datetime]) -> bytes:
    """The overview as CSV for a Spanish Excel: UTF-8 with BOM, «;» between fields, dates as
    dd-mm-aaaa hh:mm; a text starting with = + - @, a tab or a return (after spaces too) is
    quoted with an apostrophe so it is never run as a formula."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(OVERVIEW_HEADER)
    for row in overview_rows(region, local_time=local_time):
        writer.writerow([_csv_cell(value) for value in row])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def _csv_cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return f"{format_date(value.date())} {value:%H:%M}"
    text = str(value)
    if isinstance(value, str) and (
        text[:1] in _FORMULA_STARTS or text.lstrip()[:1] in _FORMULA_STARTS
    ):
        return "'" + text
    return text


_FORMULA_STARTS = frozenset({"=", "+", "-", "@", "\t", "\r"})
"""What makes a spreadsheet read a cell as a formula (also after spaces, a tab or a return)."""
