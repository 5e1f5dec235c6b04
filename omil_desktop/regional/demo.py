"""The demo region: Los Lagos with the offices of its six Redes Territoriales, each with a year of
plausible records, for training, screenshots and the region's page (``omil-regional demo``).

Every office's records arrive the way an office's records arrive: each office enrolls a device
with a one-time code, and the device pushes its records through :meth:`Exchange.sync` — the same
schema, scope, reference and rule checks any device's push gets. Nothing is written into the
regional store by hand; a refused change stops the demo (a bug of the demo, not data to hide).
What the region writes itself (the year's targets) goes through the region's own API
(``set_target``, as ``omil-regional target set`` does). In-process (no HTTP): the exchange is
the same, and the whole region takes seconds instead of minutes.

Seeded: the same region every time (record ids included), its dates placed in the year of the
day it is built, up to each office's last sync. Sizes follow the comunas (Puerto Montt and
Osorno large, Futaleufú and Curaco de Vélez small); the offices' devices last synced at
different times, and one office (:data:`NEVER_SYNCED`) enrolled its PC and never synced.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, select

from omil_desktop.domain.expenses import DocumentType, expected_amounts
from omil_desktop.domain.intermediation import ContractType, counts_as_placement, follow_up_date
from omil_desktop.domain.rendition import DEFAULT_BUDGET_LINES, Month, months_between
from omil_desktop.domain.rut import Rut
from omil_desktop.domain.targets import TargetIndicator
from omil_desktop.domain.text import fold
from omil_desktop.domain.workshops import completes
from omil_desktop.regional.core import AdminError
from omil_desktop.regional.models import Office, Record
from omil_desktop.regional.service import RegionalService
from omil_desktop.sync import protocol
from omil_desktop.sync.protocol import EnrollRequest, JSONValue, PushedChange, SyncRequest

REGION = "10"
"""Los Lagos."""
SEED = 20261129

PEOPLE: dict[str, int] = {
    # People served in the year by each office, roughly as the comunas' sizes go.
    "10101": 1800,  # Puerto Montt
    "10102": 300,  # Calbuco
    "10106": 160,  # Los Muermos
    "10108": 140,  # Maullín
    "10301": 1200,  # Osorno
    "10303": 200,  # Purranque
    "10305": 130,  # Río Negro
    "10307": 110,  # San Pablo
    "10201": 420,  # Castro
    "10204": 45,  # Curaco de Vélez
    "10205": 150,  # Dalcahue
    "10210": 90,  # Quinchao
    "10209": 85,  # Quemchi
    "10203": 150,  # Chonchi
    "10208": 330,  # Quellón
    "10206": 50,  # Puqueldón
    "10207": 60,  # Queilén
    "10109": 400,  # Puerto Varas
    "10107": 170,  # Llanquihue
    "10105": 180,  # Frutillar
    "10104": 120,  # Fresia
    "10403": 95,  # Hualaihué
    "10401": 70,  # Chaitén
    "10402": 40,  # Futaleufú
}
"""Every office of the Redes Territoriales (resources/territory/redes_los_lagos.csv)."""

NEVER_SYNCED = "10206"
"""Puqueldón: its PC was enrolled and has never synced (the region has none of its records)."""

LAST_SYNC_BACK: dict[str, timedelta] = {
    "10402": timedelta(days=23, hours=5),  # Futaleufú: the road was cut, three weeks ago
    "10209": timedelta(days=6, hours=2),  # Quemchi: last week
    "10305": timedelta(days=2, hours=20),  # Río Negro: the weekend
}
"""How long before the build each office last synced; the others did within the last hours."""

BATCH = protocol.MAX_BATCH


# fmt: off
_WOMEN = ["María José", "Carolina", "Francisca", "Daniela", "Rosa", "Marcela", "Javiera",
          "Patricia", "Camila", "Ximena", "Valentina", "Gloria", "Fernanda", "Yasna", "Begoña",
          "Catalina", "Paola", "Alejandra", "Verónica", "Elena"]
_MEN = ["Juan Carlos", "Pedro", "Luis", "José Miguel", "Cristián", "Héctor", "Matías",
        "Francisco", "Sergio", "Manuel", "Diego", "Rodrigo", "Nelson", "Víctor", "Iñaki",
        "Claudio", "Felipe", "Jorge", "Raúl", "Andrés"]
_SURNAMES = ["Oyarzún", "Vera", "Barría", "Cárdenas", "Mansilla", "Soto", "Gallardo",
             "Álvarez", "Uribe", "Navarro", "Ruiz", "Paredes", "Millalonco", "Ñancupil",
             "Andrade", "Vargas", "Cheuquepil", "Díaz", "Alvarado", "Muñoz", "Bórquez",
             "Huenchumán", "Aguilar", "Torres", "Pérez", "Chiguay", "Levicoy", "Yáñez"]
_EDUCATION = ["basica_completa", "media_incompleta", "media_completa", "media_completa",
              "tecnica_completa", "universitaria_incompleta", "universitaria_completa"]
_MAPUCHE = frozenset({"Millalonco", "Ñancupil", "Cheuquepil", "Huenchumán", "Chiguay", "Levicoy"})
_TRADES = [
    "Maestro de construcción", "Carpintero", "Ayudante de cocina", "Guía de turismo",
    "Operador de maquinaria", "Vendedor", "Trabajador agrícola", "Conductor",
    "Auxiliar de aseo", "Administrativo", "Soldador", "Electricista", "Operario de planta",
    "Buzo mariscador", "Cuidador de adultos mayores", "Garzón",
]
_STREETS = ["Pedro Montt", "Bernardo O'Higgins", "Arturo Prat", "Carrera Pinto", "Los Aromos",
            "Avenida Costanera", "Pasaje Los Coihues", "Sector Rural"]
_ACTIVITIES = [
    ("Construcción", "Constructora", "Maestro de construcción", "Construcción de viviendas"),
    ("Salmonicultura", "Salmones", "Operario de planta", "Procesamiento de salmón"),
    ("Turismo", "Hostería", "Ayudante de cocina", "Alojamiento y gastronomía"),
    ("Agrícola", "Agrícola", "Trabajador agrícola", "Ganadería y lechería"),
    ("Transporte", "Transportes", "Conductor", "Transporte de carga"),
    ("Comercio", "Comercial", "Vendedor", "Venta al por menor"),
    ("Servicios", "Servicios", "Auxiliar de aseo", "Aseo industrial"),
    ("Mitilicultura", "Cultivos Marinos", "Operario de planta", "Cultivo de choritos"),
]
_PLACES = ["Los Alerces", "Reloncaví", "del Sur", "Austral", "Los Volcanes", "Patagonia",
           "Chiloé", "El Arrayán", "Los Canelos", "Mar Interior"]
_ATTENTION_KINDS = [  # (kind, weight)
    ("informacion", 30), ("orientacion", 22), ("inscripcion_bne", 14),
    ("certificacion_fcs", 12), ("derivacion_capacitacion", 7), ("derivacion_otro_servicio", 6),
    ("otro", 4),
]
_ATTENTION_NOTES = {
    "informacion": "Consulta por ofertas de empleo y requisitos de postulación.",
    "orientacion": "Se revisa su currículum y se conversa sobre empleos en la comuna.",
    "inscripcion_bne": "Queda inscrito(a) en la Bolsa Nacional de Empleo.",
    "certificacion_fcs": "Se certifica la cesantía para el Fondo de Cesantía Solidario.",
    "derivacion_capacitacion": "Se deriva a curso de capacitación SENCE.",
    "derivacion_otro_servicio": "Se deriva al programa municipal que corresponde.",
    "otro": "Consulta general.",
    "apresto": "Completa el taller de apresto laboral.",
    "feria_laboral": "Asiste a la feria laboral.",
}
_WORKSHOPS = [
    ("Currículum y entrevista laboral", "cv,entrevista"),
    ("Habilidades blandas y atención al cliente", "habilidades_blandas,busqueda_empleo"),
    ("Derechos laborales y búsqueda de empleo", "derechos_laborales,busqueda_empleo"),
    ("Alfabetización digital y Bolsa Nacional de Empleo",
     "alfabetizacion_digital,bolsa_nacional_empleo"),
    ("Emprendimiento para mujeres jefas de hogar", "emprendimiento"),
]
_BUDGET_SHARE = (55, 12, 8, 10, 7, 5, 3)
"""Each default budget line's share of the transfer, in %."""
_PURCHASES = [  # (document, line, funding, description, (min, max) net)
    ("factura", 2, "sence", "Resmas de papel y tóner para la impresora", (40_000, 95_000)),
    ("factura", 3, "sence", "Combustible: visitas a empresas", (45_000, 120_000)),
    ("boleta_venta", 3, "sence", "Pasajes para usuarios derivados", (9_600, 28_800)),
    ("boleta_venta", 4, "sence", "Colación para usuarios en jornada de postulación",
     (12_500, 38_000)),
    ("factura", 1, "sence", "Difusión radial de ofertas de empleo", (40_000, 80_000)),
    ("factura", 4, "municipal", "Café y colación para reunión de la Red Territorial",
     (25_000, 55_000)),
]
_SURVEY_LINK = {"atencion": "attention_id", "taller": "workshop_id",
                "colocacion": "placement_id", "feria": "fair_id"}
# fmt: on


@dataclass(frozen=True, slots=True)
class OfficeBuilt:
    cut: str
    name: str
    network: str
    people: int
    records: int
    """Records its device pushed (every one applied)."""
    last_sync_at: datetime | None


@dataclass
class DemoRegion:
    """What the demo built, for the command's summary and for tests."""

    year: int
    offices: list[OfficeBuilt] = field(default_factory=list)
    targets: int = 0

    @property
    def records(self) -> int:
        return sum(o.records for o in self.offices)


class DemoRegionNotEmpty(AdminError):
    def __init__(self) -> None:
        super().__init__(
            "El servidor ya tiene oficinas registradas. La región de ejemplo se crea en una base "
            "nueva o vacía (--data-dir o --database-url), para no mezclarla con datos reales."
        )


def build_demo_region(
    service: RegionalService,
    *,
    now: datetime | None = None,
    scale: float = 1.0,
    progress: Callable[[str], None] | None = None,
) -> DemoRegion:
    """Initialise ``service`` (an empty server) for Los Lagos, register the offices of the six
    Redes Territoriales and fill them as their PCs would, through the sync exchange: the year of
    ``now`` (default: the server's clock, UTC) up to each office's last sync; then the region
    sets every office's targets for the year. ``scale`` multiplies the offices' sizes (tests
    build a small region)."""
    return build_region(
        service,
        REGION,
        service.territory.networks(),
        PEOPLE,
        now=now,
        scale=scale,
        never_synced=frozenset({NEVER_SYNCED}),
        progress=progress,
    )


def build_region(
    service: RegionalService,
    region: str,
    networks: Mapping[str, Sequence[str]],
    people: Mapping[str, int],
    *,
    now: datetime | None = None,
    scale: float = 1.0,
    never_synced: frozenset[str] = frozenset(),
    progress: Callable[[str], None] | None = None,
) -> DemoRegion:
    """:func:`build_demo_region` for any region: ``networks`` (name → CUT codes) are registered
    and filled, each office with about ``people[cut]`` people (the benchmark's region of 32
    offices is built this way)."""
    with service.store.read() as session:
        if session.scalar(select(func.count()).select_from(Office)):
            raise DemoRegionNotEmpty()
    now = now or service.clock()
    service.initialize(region)
    result = DemoRegion(year=now.year)
    for network, cuts in networks.items():
        for cut in cuts:
            service.add_office(cut, network)
    every = sorted(cut for cuts in networks.values() for cut in cuts)
    for network, cuts in networks.items():
        # The largest office first: it owns the network's fair, which the others attend.
        ordered = sorted(cuts, key=lambda c: (-people.get(c, 0), c))
        fairs = _network_fairs(network, ordered, now)
        for cut in ordered:
            synced = None if cut in never_synced else _last_sync(cut, every.index(cut), now)
            size = max(12, round(people.get(cut, 100) * scale))
            office = _OfficeData(cut, network, size, now, synced, fairs)
            office.generate()
            built = _push_office(service, office)
            result.offices.append(built)
            result.targets += _set_targets(service, office)
            if progress is not None:
                progress(f"{built.name} ({network}): {built.records} registros")
    return result


def _last_sync(cut: str, index: int, now: datetime) -> datetime:
    """When the office's PC last synced: within the last hours, a few of them days or weeks
    ago (:data:`LAST_SYNC_BACK`)."""
    back = LAST_SYNC_BACK.get(cut)
    if back is not None:
        return now - back
    return now - timedelta(minutes=5 + 9 * index)


def _push_office(service: RegionalService, office: _OfficeData) -> OfficeBuilt:
    """Enroll the office's PC and, unless it never synced, push its year through the exchange."""
    cut = office.cut
    name = service.territory.comuna(cut).name
    last = office.synced_at
    enrolled_at = min(
        datetime(office.year, 1, 5, 9, 0) + timedelta(hours=int(cut) % 48),
        (last or office.now) - timedelta(hours=1),
    )
    device = _enroll(service, cut, enrolled_at)
    if last is None:
        return OfficeBuilt(cut, name, office.network, 0, 0, None)
    pusher = _at(service, last)
    pushed = 0
    for batch in _batches(office.changes, office.rng, last):
        response = pusher.sync(device, SyncRequest(changes=batch, cursor=0, limit=1))
        refused = [ack for ack in response.acks if ack.status == "refused"]
        if refused:
            first = refused[0]
            raise AdminError(
                f"La región de ejemplo tiene un error: el servidor rechazó un cambio de {name} "
                f"({first.reason})."
            )
        pushed += len(batch)
    return OfficeBuilt(cut, name, office.network, office.people_count, pushed, last)


def _set_targets(service: RegionalService, office: _OfficeData) -> int:
    """The region's targets for the office's year, set in March through the region's own
    ``set_target`` (``omil-regional target set``): about the office's pace of the year, so some
    offices end above their targets and some below."""
    at = _at(service, datetime(office.year, 3, 2, 10, 0) + timedelta(minutes=int(office.cut) % 60))
    expected = office.expected_year()
    rng = random.Random(f"{SEED}-{office.cut}-targets")
    for indicator in TargetIndicator:
        value = round(expected[indicator] * rng.uniform(0.85, 1.2))
        at.set_target(office.cut, office.year, indicator.value, max(1, value))
    return len(TargetIndicator)


@dataclass(frozen=True, slots=True)
class _Fair:
    row: str
    name: str
    kind: str
    held_on: date
    owner: str
    organisers: tuple[str, ...]
    place: str


def _network_fairs(network: str, ordered: list[str], now: datetime) -> list[_Fair]:
    """The network's fairs of the year: a job fair co-organised by its offices (owned by the
    largest), a second one of some of them, and a mass recruitment of the largest office alone."""
    rng = random.Random(f"{SEED}-{network}-fairs")
    year = now.year
    owner = ordered[0]
    short = network.removeprefix("Red ")
    fairs = [
        _Fair(
            _uuid(rng), f"Feria laboral {short} {year}", "feria", date(year, 5, rng.randint(6, 28)),
            owner, tuple(sorted(ordered)), "Gimnasio municipal",
        ),
        _Fair(
            _uuid(rng), f"Feria de empleo de temporada {short}", "feria",
            date(year, 9, rng.randint(1, 25)), owner, tuple(sorted(ordered[:3])),
            "Plaza de Armas",
        ),
        _Fair(
            _uuid(rng), "Reclutamiento masivo para la temporada", "reclutamiento",
            date(year, 10, rng.randint(1, 20)), owner, (owner,), "Salón municipal",
        ),
    ]  # fmt: skip
    today = now.date()
    return [f for f in fairs if f.held_on < today - timedelta(days=30)]


def _at(service: RegionalService, moment: datetime) -> RegionalService:
    """The same server seen with its clock at ``moment`` (when the office's PC does something)."""
    return RegionalService(service.store, territory=service.territory, clock=lambda: moment)


def _enroll(service: RegionalService, cut: str, moment: datetime) -> str:
    at = _at(service, moment)
    code = at.issue_code(cut).code
    name = f"PC OMIL {service.territory.comuna(cut).name}"
    return at.enroll(EnrollRequest(code=code, office_code=cut, device_name=name)).device_id


def _batches(
    changes: list[tuple[str, str, str, dict[str, JSONValue]]],
    rng: random.Random,
    moment: datetime,
) -> Iterator[list[PushedChange]]:
    at = moment.isoformat()
    batch: list[PushedChange] = []
    for n, (table, row, op, fields) in enumerate(changes, start=1):
        batch.append(
            PushedChange(
                id=_uuid(rng),
                n=n,
                table=table,
                row=row,
                op=op,  # type: ignore[arg-type]
                base=0,
                at=at,
                fields=fields,
            )
        )
        if len(batch) == BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


class _OfficeData:
    """One office's year, as its PC would push it: inserts in the order they could happen
    (parents first), every value as the desktop stores it."""

    def __init__(
        self,
        cut: str,
        network: str,
        people: int,
        now: datetime,
        synced_at: datetime | None,
        fairs: list[_Fair],
    ) -> None:
        self.cut = cut
        self.network = network
        self.now = now
        self.year = now.year
        self.rng = random.Random(f"{SEED}-{cut}")
        self.starts = date(self.year, 1, 2)
        self.synced_at = synced_at
        self.last_sync = self.synced_at or now
        """What the office's PC holds runs up to its last sync (for the office that never
        synced, up to now: the region sets its targets all the same)."""
        self.until = self.last_sync.date() - timedelta(days=1)
        self.size = people
        self.fairs = fairs
        self.people_count = 0
        self.changes: list[tuple[str, str, str, dict[str, JSONValue]]] = []
        """(table, row, op, fields) in the order the PC pushes them."""
        self.people: list[tuple[str, dict[str, JSONValue]]] = []
        self.ruts: set[int] = set()
        self.vacancies: list[list[Any]] = []
        """[row, published, contract, openings, hired, closes] of each vacancy."""
        self.attention_rows: list[tuple[str, str, date]] = []
        self.completions: list[tuple[str, str, date]] = []
        """(person, workshop, completed on)."""
        self.placements: list[tuple[str, str, date, bool]] = []
        """(person, placement, start, counts as a placement)."""
        self.attendees: list[tuple[str, str, date]] = []
        """(person, fair, held on)."""

    # -- helpers -----------------------------------------------------------------------------

    def day(self, low: date | None = None, high: date | None = None) -> date:
        low = max(low or self.starts, self.starts)
        high = min(high or self.until, self.until)
        if high <= low:
            return low
        return low + timedelta(days=self.rng.randint(0, (high - low).days))

    def moment(self, on: date) -> str:
        at = datetime.combine(on, time(8, 30)) + timedelta(minutes=self.rng.randint(0, 540))
        return min(at, self.last_sync - timedelta(minutes=1)).isoformat()

    def add(self, table: str, on: date, row: str | None = None, /, **values: JSONValue) -> str:
        row = row or _uuid(self.rng)
        stamp = self.moment(on)
        fields: dict[str, JSONValue] = {
            "id": row,
            "office_code": self.cut,
            "created_at": stamp,
            "updated_at": stamp,
            "deleted_at": None,
            "shared": False,
            **values,
        }
        self.changes.append((table, row, "insert", fields))
        return row

    def update(self, table: str, row: str, on: date, **values: JSONValue) -> None:
        self.changes.append((table, row, "update", {"updated_at": self.moment(on), **values}))

    def phone(self) -> str:
        return f"+56 9 {self.rng.randint(5000, 9999)} {self.rng.randint(1000, 9999)}"

    def rut(self, low: int, high: int) -> str:
        body = self.rng.randint(low, high)
        while body in self.ruts:
            body += 1
        self.ruts.add(body)
        return Rut.from_body(body).compact

    # -- the year ----------------------------------------------------------------------------

    def generate(self) -> None:
        self.persons()
        self.attentions()
        companies = self.companies()
        self.intermediation(companies)
        self.workshops()
        self.job_fairs(companies)
        self.surveys()
        self.rendition()

    def job_fairs(self, companies: list[tuple[str, bool, tuple[str, str, str, str]]]) -> None:
        """The fairs the office owns (with the companies taking part) and those it organises
        with others of its network: its people attending (each with a «Feria laboral»
        atención) and the referrals made there."""
        rng = self.rng
        for fair in self.fairs:
            if fair.held_on > self.until or self.cut not in fair.organisers:
                continue
            if fair.owner == self.cut:
                self.add(
                    "job_fair",
                    fair.held_on - timedelta(days=30),
                    fair.row,
                    name=fair.name,
                    kind=fair.kind,
                    held_on=fair.held_on.isoformat(),
                    place=fair.place,
                    comuna_code=self.cut,
                    organisers=",".join(fair.organisers),
                    notes="",
                    shared=len(fair.organisers) > 1,
                )
                taking_part = companies if fair.kind == "feria" else companies[:1]
                for company, _shared, activity in rng.sample(
                    taking_part, min(len(taking_part), rng.randint(3, 12))
                ):
                    self.add(
                        "fair_company", fair.held_on - timedelta(days=7), fair_id=fair.row,
                        company_id=company, openings=rng.randint(1, 15), positions=activity[2],
                        notes="",
                    )  # fmt: skip
            crowd = max(4, self.size // (6 if fair.kind == "feria" else 12))
            for person, values in rng.sample(self.people, min(len(self.people), crowd)):
                attention = self.attention(person, fair.held_on, "feria_laboral")
                self.add(
                    "fair_attendee", fair.held_on, fair_id=fair.row, person_id=person,
                    attention_id=attention,
                )  # fmt: skip
                self.attendees.append((person, fair.row, fair.held_on))
                if rng.random() > 0.15:
                    continue
                open_then = [
                    v for v in self.vacancies if v[1] <= fair.held_on < v[5] and v[4] < v[3]
                ]
                if not open_then:
                    continue
                vacancy = rng.choice(open_then)
                before = len(self.changes)
                vacancy[4] += self.referral(
                    vacancy[0], (person, values), fair.held_on, vacancy[2], vacancy[4], vacancy[3],
                    on=fair.held_on,
                )  # fmt: skip
                referral = next(
                    row for table, row, _op, _f in self.changes[before:] if table == "referral"
                )
                self.add("fair_referral", fair.held_on, fair_id=fair.row, referral_id=referral)

    def surveys(self) -> None:
        """Satisfaction surveys some people answered after a service (scores mostly 6 and 7)."""
        rng = self.rng
        comments = ["", "", "Muy buena atención.", "Me ayudaron con el currículum.",
                    "Falta más difusión de las ofertas.", "Rápido y amable."]  # fmt: skip
        rated: list[tuple[str, str, str, date]] = []
        rated += [(p, "atencion", a, on) for p, a, on in self.attention_rows if rng.random() < 0.06]
        rated += [(p, "taller", w, on) for p, w, on in self.completions if rng.random() < 0.4]
        rated += [
            (p, "colocacion", pl, on) for p, pl, on, _c in self.placements if rng.random() < 0.4
        ]
        rated += [(p, "feria", f, on) for p, f, on in self.attendees if rng.random() < 0.2]
        for person, service, rated_row, on in rated:
            answered = on + timedelta(days=rng.randint(0, 20))
            if answered > self.until:
                continue
            links: dict[str, JSONValue] = {
                "attention_id": None, "workshop_id": None, "placement_id": None, "fair_id": None,
            }  # fmt: skip
            links[_SURVEY_LINK[service]] = rated_row
            self.add(
                "satisfaction_survey",
                answered,
                person_id=person,
                answered_on=answered.isoformat(),
                service=service,
                score=rng.choices([7, 6, 5, 4, 3, 2], [45, 30, 12, 7, 4, 2])[0],
                comment=rng.choice(comments),
                channel=rng.choice(["presencial", "telefono", "telefono", "otro"]),
                **links,
            )

    def expected_year(self) -> dict[TargetIndicator, int]:
        """What the office's year comes to at its pace so far (what the region's targets are
        set from)."""
        inserts = [(t, f) for t, _r, op, f in self.changes if op == "insert"]
        served = {f["person_id"] for t, f in inserts if t == "attention"}
        bne = [f for t, f in inserts if t == "person" and f.get("bne_registered_on")]
        fcs = [f for t, f in inserts if t == "attention" and f["kind"] == "certificacion_fcs"]
        contacted = {f["company_id"] for t, f in inserts if t == "company_interaction"}
        openings = sum(int(f["openings"] or 0) for t, f in inserts if t == "vacancy")
        elapsed = max(30, (self.until - self.starts).days + 1)
        pace = 365 / elapsed
        done = {
            TargetIndicator.PEOPLE_SERVED: len(served),
            TargetIndicator.BNE_REGISTRATIONS: len(bne),
            TargetIndicator.JOB_READINESS: len({p for p, _w, _on in self.completions}),
            TargetIndicator.FCS_CERTIFICATIONS: len(fcs),
            TargetIndicator.COMPANIES_CONTACTED: len(contacted),
            TargetIndicator.OPENINGS_TAKEN: openings,
            TargetIndicator.PLACEMENTS: sum(1 for *_x, counts in self.placements if counts),
        }
        return {indicator: round(value * pace) for indicator, value in done.items()}

    def persons(self) -> None:
        rng = self.rng
        for n in range(self.size):
            female = rng.random() < 0.54
            first = rng.choice(_WOMEN if female else _MEN)
            last_1, last_2 = rng.sample(_SURNAMES, 2)
            age = max(16, min(72, round(rng.gauss(37, 12))))
            born = date(self.starts.year - age, 1, 1) + timedelta(days=rng.randint(0, 364))
            registered = self.day()
            migrant = rng.random() < 0.07
            consented = rng.random() < 0.85
            trade = rng.choice(_TRADES)
            values: dict[str, JSONValue] = {
                "rut": self.rut(27_000_000, 28_500_000)
                if migrant
                else self.rut(8_000_000, 22_000_000),
                "document_type": None,
                "document_number": "",
                "document_country": "Venezuela" if migrant else "",
                "first_names": first,
                "last_name_1": last_1,
                "last_name_2": last_2,
                "birth_date": born.isoformat(),
                "sex": "F" if female else "M",
                "nationality": "Venezolana" if migrant else "Chilena",
                "comuna_code": self.cut,
                "address": f"{rng.choice(_STREETS)} {rng.randint(10, 990)}",
                "phone": self.phone(),
                "email": f"{fold(first.split()[0])}.{fold(last_1)}{n}@correo.cl",
                "education_level": rng.choice(_EDUCATION),
                "job_status": rng.choice(["cesante"] * 6 + ["primer_empleo", "ocupado"]),
                "occupation": trade,
                "experience": "",
                "has_disability": rng.random() < 0.07,
                "rnd_registered": False,
                "woman_head_of_household": female and rng.random() < 0.3,
                "migrant": migrant,
                "indigenous": last_1 in _MAPUCHE or last_2 in _MAPUCHE,
                "unemployment_insurance": rng.choice([None, "afiliado", "fcs", "no_afiliado"]),
                "bne_registered_on": self.day(
                    registered, registered + timedelta(days=20)
                ).isoformat()
                if rng.random() < 0.55
                else None,
                "consent_on": registered.isoformat() if consented else None,
                "consent_method": "firma" if consented else None,
                "notes": "",
                "active": True,
                "legal_basis": "funcion_legal",
                "anonymised_on": None,
            }
            values["rnd_registered"] = bool(values["has_disability"]) and rng.random() < 0.6
            row = self.add("person", registered, **values)
            values["registered"] = registered.isoformat()  # not sent: the day they came first
            self.people.append((row, values))
        self.people_count = len(self.people)

    def attention(self, person: str, on: date, kind: str) -> str:
        row = self.add(
            "attention", on, person_id=person, date=on.isoformat(), kind=kind,
            notes=_ATTENTION_NOTES[kind],
        )  # fmt: skip
        self.attention_rows.append((person, row, on))
        return row

    def attentions(self) -> None:
        kinds = [k for k, _w in _ATTENTION_KINDS]
        weights = [w for _k, w in _ATTENTION_KINDS]
        for row, values in self.people:
            registered = date.fromisoformat(str(values["registered"]))
            count = self.rng.choices([1, 2, 3, 4, 5], [35, 30, 18, 10, 7])[0]
            for n in range(count):
                on = (
                    registered if n == 0 else self.day(registered, registered + timedelta(days=120))
                )
                kind = self.rng.choices(kinds, weights)[0]
                if values["bne_registered_on"] and n == 0:
                    kind = "inscripcion_bne"
                self.attention(row, on, kind)

    def companies(self) -> list[tuple[str, bool, tuple[str, str, str, str]]]:
        rng = self.rng
        found = []
        for n in range(max(3, self.size // 15)):
            activity = _ACTIVITIES[n % len(_ACTIVITIES)]
            place = rng.choice(_PLACES)
            shared = rng.random() < 0.25
            since = self.day(self.starts, self.starts + timedelta(days=200))
            company = self.add(
                "company",
                since,
                rut=self.rut(76_000_000, 78_900_000),
                legal_name=f"{activity[1]} {place} {n + 1} SpA",
                trade_name=f"{activity[1]} {place}",
                activity=activity[3],
                size=rng.choice(["micro", "micro", "pequena", "pequena", "mediana", "grande"]),
                comuna_code=self.cut,
                address=f"{rng.choice(_STREETS)} {rng.randint(10, 990)}",
                phone=self.phone(),
                email=f"contacto{n + 1}@{fold(activity[1]).replace(' ', '')}.cl",
                notes="",
                shared=shared,
            )
            self.add(
                "company_contact",
                since,
                company_id=company,
                name=f"{rng.choice(_WOMEN + _MEN)} {rng.choice(_SURNAMES)}",
                role=rng.choice(["Jefe de personal", "Administradora", "Dueño", "Capataz"]),
                phone=self.phone(),
                email="",
                shared=shared,
            )
            for _ in range(rng.randint(1, 4)):
                kind = rng.choice(
                    ["llamada", "llamada", "visita", "correo", "encuentro_empresarial"]
                )
                on = self.day(since)
                self.add(
                    "company_interaction", on, company_id=company, date=on.isoformat(),
                    kind=kind, notes="Se conversa sobre vacantes de la temporada.",
                )  # fmt: skip
            found.append((company, shared, activity))
        return found

    def intermediation(self, companies: list[tuple[str, bool, tuple[str, str, str, str]]]) -> None:
        rng = self.rng
        candidates = [p for p in self.people]
        rng.shuffle(candidates)
        pool = iter(candidates)
        for company, shared, activity in companies:
            for _ in range(rng.choice([1, 2, 2, 3])):
                published = self.day()
                openings = rng.choices([1, 2, 3, 5, 8], [40, 25, 15, 12, 8])[0]
                contract = rng.choice(["indefinido", "plazo_fijo", "plazo_fijo", "temporada"])
                vacancy = self.add(
                    "vacancy",
                    published,
                    company_id=company,
                    title=activity[2],
                    occupation=activity[2],
                    openings=openings,
                    description=f"{activity[2]} para {activity[1].lower()} de la comuna.",
                    education_level=rng.choice([None, "media_completa", "basica_completa"]),
                    experience="",
                    licences="",
                    workday=rng.choice(["completa", "completa", "turnos", "parcial"]),
                    salary=rng.randint(50, 110) * 10_000,
                    contract_type=contract,
                    comuna_code=self.cut,
                    published_on=published.isoformat(),
                    closes_on=None,
                    status="abierta",
                    inclusive=rng.random() < 0.1,
                    shared=shared,
                )
                hired = 0
                for _ in range(rng.randint(0, openings + 2)):
                    person = next(pool, None)
                    if person is None:
                        break
                    hired += self.referral(vacancy, person, published, contract, hired, openings)
                closes = published + timedelta(days=45)
                self.vacancies.append([vacancy, published, contract, openings, hired, closes])
                if hired >= openings:
                    self.update("vacancy", vacancy, closes, status="cubierta")
                elif closes < self.until:
                    self.update(
                        "vacancy", vacancy, closes, status="cerrada", closes_on=closes.isoformat()
                    )

    def referral(
        self,
        vacancy: str,
        person: tuple[str, dict[str, JSONValue]],
        published: date,
        contract: str,
        hired: int,
        openings: int,
        on: date | None = None,
    ) -> int:
        rng = self.rng
        row, values = person
        referred = on or self.day(published, published + timedelta(days=20))
        outcome = referred + timedelta(days=rng.randint(3, 15))
        if outcome > self.until:
            status = "derivado"
        else:
            status = rng.choices(
                ["contratado", "no_seleccionado", "desistio", "entrevistado"], [40, 30, 10, 20]
            )[0]
        if status == "contratado" and hired >= openings:
            status = "no_seleccionado"
        name = f"{values['first_names']} {values['last_name_1']} {values['last_name_2']}"
        referral = self.add(
            "referral",
            referred,
            vacancy_id=vacancy,
            person_id=row,
            candidate_name=name,
            candidate_rut=values["rut"],
            candidate_phone=values["phone"],
            status=status,
            referred_on=referred.isoformat(),
            interviewed_on=(referred + timedelta(days=2)).isoformat()
            if status != "derivado"
            else None,
            outcome_on=outcome.isoformat() if status != "derivado" else None,
            notes="",
        )
        self.attention(row, referred, "orientacion")
        if status != "contratado":
            return 0
        start = min(outcome + timedelta(days=rng.randint(1, 10)), self.until)
        months = None if contract == "indefinido" else rng.choice([2, 3, 4, 6, 12])
        due = follow_up_date(start)
        followed = due <= self.until and rng.random() < 0.75
        placement = self.add(
            "placement",
            min(start, self.until),
            referral_id=referral,
            person_id=row,
            start_on=start.isoformat(),
            contract_type=contract,
            months=months,
            follow_up_on=due.isoformat(),
            followed_up_on=self.day(due, due + timedelta(days=10)).isoformat()
            if followed
            else None,
            still_employed=(rng.random() < 0.85) if followed else None,
            notes="",
        )
        counts = counts_as_placement(ContractType(contract), months)
        self.placements.append((row, placement, start, counts))
        return 1

    def workshops(self) -> None:
        rng = self.rng
        count = max(1, self.size // 70)
        people = [p for p in self.people]
        for n in range(count):
            name, modules = _WORKSHOPS[n % len(_WORKSHOPS)]
            starts = self.day(self.starts + timedelta(days=20), self.until - timedelta(days=10))
            sessions = [starts + timedelta(days=7 * k) for k in range(rng.randint(3, 5))]
            ends = sessions[-1]
            finished = ends < self.until
            capacity = rng.choice([12, 15, 20, 25])
            workshop = self.add(
                "workshop",
                starts - timedelta(days=14),
                name=name,
                modules=modules,
                other_modules="",
                facilitator=f"{rng.choice(_WOMEN + _MEN)} {rng.choice(_SURNAMES)}",
                place=f"Sede vecinal {rng.choice(_PLACES)}",
                capacity=capacity,
                target_group="Personas cesantes",
                company_id=None,
                programme="Programa Fortalecimiento OMIL",
                starts_on=starts.isoformat(),
                ends_on=ends.isoformat(),
                min_attendance=75,
                status="finalizado" if finished else "abierto",
                finished_on=ends.isoformat() if finished else None,
                notes="",
            )
            session_rows = [
                self.add(
                    "workshop_session",
                    starts - timedelta(days=14),
                    workshop_id=workshop,
                    date=on.isoformat(),
                    starts_at="09:30",
                    ends_at="12:30",
                    place="",
                )
                for on in sessions
            ]
            group = rng.sample(people, min(len(people), rng.randint(capacity // 2, capacity)))
            for person, _values in group:
                enrolled = starts - timedelta(days=rng.randint(2, 12))
                held = [s for s, on in zip(session_rows, sessions, strict=True) if on <= self.until]
                marks = [
                    rng.choices(["presente", "ausente", "justificado"], [80, 13, 7])[0]
                    for _ in held
                ]
                present = marks.count("presente")
                done = finished and completes(present, len(sessions), 75)
                attention = self.attention(person, ends, "apresto") if done else None
                if done:
                    self.completions.append((person, workshop, ends))
                enrollment = self.add(
                    "workshop_enrollment",
                    enrolled,
                    workshop_id=workshop,
                    person_id=person,
                    status="inscrito",
                    enrolled_on=enrolled.isoformat(),
                    queued_at=self.moment(enrolled),
                    withdrawn_on=None,
                    completed_on=ends.isoformat() if done else None,
                    attention_id=attention,
                )
                for session, mark, on in zip(held, marks, sessions, strict=False):
                    self.add(
                        "workshop_attendance", on, session_id=session,
                        enrollment_id=enrollment, mark=mark,
                    )  # fmt: skip

    def rendition(self) -> None:
        rng = self.rng
        year = self.starts.year
        transfer = (12 + min(48, self.size // 50)) * 1_000_000
        resolution = date(year, 1, rng.randint(6, 20))
        agreement = self.add(
            "fomil_agreement",
            resolution,
            year=year,
            resolution_number=str(rng.randint(80, 400)),
            resolution_date=resolution.isoformat(),
            starts_on=date(year, 1, 1).isoformat(),
            ends_on=date(year, 12, 31).isoformat(),
            transfer_amount=transfer,
            municipal_contribution=transfer // 4,
            notes="Convenio de transferencia Programa Fortalecimiento OMIL, SENCE Los Lagos.",
        )
        lines = []
        for position, (name, share) in enumerate(
            zip(DEFAULT_BUDGET_LINES, _BUDGET_SHARE, strict=True), start=1
        ):
            lines.append(
                self.add(
                    "budget_line",
                    resolution,
                    agreement_id=agreement,
                    name=name,
                    position=position,
                    sence_amount=transfer * share // 100,
                    municipal_amount=transfer // 4 * share // 100,
                )
            )
        installments: dict[str, int] = {}
        third = transfer // 3
        for number, (month_number, day) in enumerate(((1, 25), (5, 12), (9, 8))):
            on = date(year, month_number, day)
            if on > self.until:
                break
            amount = third if number < 2 else transfer - 2 * third
            self.add(
                "agreement_installment", on, agreement_id=agreement, received_on=on.isoformat(),
                amount=amount, voucher_number=f"CI-{year}-{rng.randint(100, 999)}",
            )  # fmt: skip
            key = str(Month.of(on))
            installments[key] = installments.get(key, 0) + amount
        months = [
            m for m in months_between(date(year, 1, 1), self.until) if m.last_day < self.until
        ]
        spent: dict[str, tuple[int, int]] = {}
        numbers = iter(range(rng.randint(100, 900), 10**7))
        officer = (
            self.rut(10_000_000, 19_000_000),
            f"{rng.choice(_WOMEN)} {rng.choice(_SURNAMES)}",
        )
        suppliers = [(self.rut(76_000_000, 78_900_000), f"Proveedor {p}") for p in _PLACES[:6]]
        for month in months:
            expenses = [("boleta_honorarios", 0, "sence", "Honorarios apoyo administrativo OMIL",
                         (transfer // 40) // 1000 * 1000, officer)]  # fmt: skip
            for _ in range(rng.randint(2, 6)):
                kind, line, funding, text, (low, high) = rng.choice(_PURCHASES)
                net = rng.randint(low // 10, high // 10) * 10
                expenses.append((kind, line, funding, text, net, rng.choice(suppliers)))
            sence = municipal = 0
            for kind, line, funding, text, net, (supplier_rut, supplier) in expenses:
                amounts = expected_amounts(DocumentType(kind), net, year)
                on = max(resolution, date(year, month.number, rng.randint(1, month.last_day.day)))
                on = max(on, month.first_day)
                if on not in month:
                    continue
                self.add(
                    "expense",
                    on,
                    agreement_id=agreement,
                    spent_on=on.isoformat(),
                    document_type=kind,
                    number=str(next(numbers)),
                    supplier_rut=supplier_rut,
                    supplier_name=supplier,
                    net=amounts.net,
                    iva=amounts.iva,
                    retention=amounts.retention,
                    total=amounts.total,
                    budget_line_id=lines[line],
                    funding=funding,
                    description=text,
                    activity="general",
                    workshop_id=None,
                    activity_name="",
                    notes="",
                )
                charged = amounts.net + amounts.iva
                if funding == "sence":
                    sence += charged
                else:
                    municipal += charged
            spent[str(month)] = (sence, municipal)
        # Most offices have closed every month but the last one; some are further behind.
        behind = rng.choices([1, 1, 1, 2, 3], [40, 20, 15, 15, 10])[0]
        balance = 0
        for month in months[: max(0, len(months) - behind)]:
            income = installments.get(str(month), 0)
            sence, municipal = spent.get(str(month), (0, 0))
            closing = balance + income - sence
            closed_on = min(month.last_day + timedelta(days=rng.randint(3, 12)), self.until)
            self.add(
                "month_closure",
                closed_on,
                agreement_id=agreement,
                month=str(month),
                action="cierre",
                at=self.moment(closed_on),
                reason="",
                opening_balance=balance,
                income=income,
                sence_spent=sence,
                municipal_spent=municipal,
                closing_balance=closing,
            )
            balance = closing


def office_records(service: RegionalService) -> dict[str, dict[str, int]]:
    """Office → table → live records held (what the demo's tests and summary compare)."""
    with service.store.read() as session:
        rows = session.execute(
            select(Record.office_code, Record.table_name, func.count())
            .where(Record.deleted.is_(False))
            .group_by(Record.office_code, Record.table_name)
        ).all()
    found: dict[str, dict[str, int]] = {}
    for office, table, count in rows:
        found.setdefault(office, {})[table] = int(count)
    return found
