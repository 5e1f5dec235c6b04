"""A realistic synthetic office database: N people of the Los Lagos region, built once and cached.

Every person is generated as :class:`PersonData` (seeded, so the content is the same on every
machine), cleaned and validated by the real ``PeopleService.check`` and turned into columns by the
service's own ``_to_columns``. The first :data:`ORM_SAMPLE` people are then saved through the real
``PeopleService.create_many`` (ORM, change capture); the rest are bulk-inserted with SQLAlchemy
Core together with the ``change_log`` rows the app would have recorded. Before anything is
committed, the ORM-saved sample is compared column by column with what the Core path builds for the
same people, so the bulk rows are exactly what the app writes (ids and timestamps aside: UUIDv7
and "now" differ by nature).
"""

from __future__ import annotations

import json
import random
import shutil
import sqlite3
import time
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import insert, inspect, select

from omil_desktop.domain.people import (
    ConsentMethod,
    DocumentType,
    EducationLevel,
    JobStatus,
    PersonData,
    Sex,
    UnemploymentInsurance,
    search_key,
    sort_key,
)
from omil_desktop.domain.rut import Rut
from omil_desktop.services.people import _to_columns
from omil_desktop.services.workspace import Workspace
from omil_desktop.store.changelog import _json_value
from omil_desktop.store.clock import utcnow
from omil_desktop.store.engine import database_path
from omil_desktop.store.migrate import HEAD_REVISION, migrate
from omil_desktop.store.models import ChangeLog, Person, new_id

GENERATOR_VERSION = 1
"""Bump when the generated content changes, so cached databases are rebuilt."""
OFFICE_COMUNA = "10404"
OFFICER = "Bench"
REFERENCE_DAY = date(2026, 1, 1)
"""Ages and registration dates are drawn against this fixed day (keeps the content seeded)."""
ORM_SAMPLE = 200
CHUNK = 5000

# fmt: off
# -- name pools (weights roughly follow Chilean frequency: the first entries are the commonest) --

FEMALE_NAMES = [
    "María José", "Valentina", "Catalina", "Francisca", "Javiera", "Constanza", "Fernanda",
    "Camila", "Daniela", "Carolina", "María Paz", "Antonia", "Josefa", "Sofía", "Isidora",
    "Florencia", "Martina", "Agustina", "Trinidad", "Ignacia", "María Ignacia", "Paula",
    "Marcela", "Patricia", "Claudia", "Verónica", "Ximena", "Macarena", "Bárbara", "Mónica",
    "Inés", "Ángela", "Raquel", "Rocío", "Belén", "Génesis", "Yasna", "Nicole", "Tamara",
    "Andrea", "Alejandra", "Pamela", "Paola", "Soledad", "Gloria", "Rosa", "Margarita", "Luisa",
    "Elena", "Ana María", "María Elena", "María Teresa", "María Angélica", "Jimena", "Yolanda",
    "Eliana", "Nélida", "Zunilda", "Érika", "Noemí", "Maite", "Emilia", "Amanda",
]
MALE_NAMES = [
    "José Luis", "Juan Pablo", "Juan Carlos", "Benjamín", "Matías", "Vicente", "Martín",
    "Agustín", "Tomás", "Joaquín", "Cristóbal", "Maximiliano", "Sebastián", "Nicolás", "Felipe",
    "Diego", "Ignacio", "Gonzalo", "Rodrigo", "Cristián", "Andrés", "Francisco", "Javier",
    "Alejandro", "Luis", "Jorge", "Pedro", "Manuel", "Carlos", "Héctor", "Raúl", "Óscar",
    "Germán", "Ramón", "Iván", "Rubén", "Jesús", "Hernán", "Julián", "Fabián", "Patricio",
    "Mauricio", "Marcelo", "Claudio", "Víctor", "Sergio", "Hugo", "Mario", "José Miguel",
    "Luis Alberto", "Juan José", "Juan Ignacio", "Bastián", "Ariel", "Esteban", "Nelson",
    "Segundo", "Efraín", "Bernardo", "Moisés", "Simón", "Lautaro", "Ulises",
]
SURNAMES = [
    "González", "Muñoz", "Rojas", "Díaz", "Pérez", "Soto", "Contreras", "Silva", "Martínez",
    "Sepúlveda", "Morales", "Rodríguez", "López", "Fuentes", "Hernández", "Torres", "Araya",
    "Flores", "Espinoza", "Valenzuela", "Castillo", "Tapia", "Reyes", "Gutiérrez", "Castro",
    "Pizarro", "Álvarez", "Vásquez", "Sánchez", "Fernández", "Ramírez", "Carrasco", "Gómez",
    "Cortés", "Herrera", "Núñez", "Jara", "Vergara", "Rivera", "Figueroa", "Riquelme", "García",
    "Miranda", "Bravo", "Vera", "Molina", "Vega", "Campos", "Sandoval", "Orellana", "Cárdenas",
    "Olivares", "Alarcón", "Gallardo", "Ortiz", "Garrido", "Salazar", "Guzmán", "Henríquez",
    "Saavedra", "Navarro", "Aguilera", "Parra", "Romero", "Aravena", "Vargas", "Vidal",
    "Mansilla", "Oyarzún", "Oyarzo", "Barría", "Cárcamo", "Barrientos", "Andrade", "Ojeda",
    "Alvarado", "Uribe", "Águila", "Ruiz", "Paredes", "Bahamonde", "Chiguay", "Millalonco",
    "Huenchumán", "Millapán", "Quinchamán", "Antilef", "Huaiquipán", "Catrilef", "Ñancupil",
    "Paillamanque", "Colivoro", "Caicheo", "Guineo", "Levicán", "Llancalahuén", "Yáñez", "Ibáñez",
    "Cañete", "Peña", "Maldonado", "Schwerter", "Klenner", "Winkler",
]
HUILLICHE = frozenset(SURNAMES[SURNAMES.index("Chiguay") : SURNAMES.index("Llancalahuén") + 1])

# Los Lagos comunas, weighted roughly by population (Puerto Montt and Osorno dominate).
COMUNAS = {
    "10101": 245, "10102": 34, "10103": 4, "10104": 10, "10105": 20, "10106": 17,
    "10107": 17, "10108": 15, "10109": 44, "10201": 44, "10202": 38, "10203": 14,
    "10204": 4, "10205": 14, "10206": 4, "10207": 5, "10208": 27, "10209": 9,
    "10210": 9, "10301": 161, "10302": 10, "10303": 20, "10304": 12, "10305": 14,
    "10306": 8, "10307": 10, "10401": 5, "10402": 2, "10403": 9, "10404": 2,
}

STREETS = [
    "Los Aromos", "Los Copihues", "Avenida Presidente Ibáñez", "Pasaje Las Camelias",
    "Avenida Angelmó", "Calle Urmeneta", "Pasaje Ñirre", "Los Alerces", "Avenida Diego Portales",
    "Calle O'Higgins", "Villa Los Notros", "Población Manuel Rodríguez", "Calle Baquedano",
    "Pasaje El Arrayán", "Avenida Juan Soler Manfredini", "Los Maquis", "Calle Pedro Montt",
]
RURAL = ["Sector Lenca", "Camino a Chinquihue", "Sector Rural Alerce", "Isla Huar", "Llaicha"]
OCCUPATIONS = [
    "Operario de planta salmonera", "Temporero agrícola", "Manipuladora de alimentos",
    "Auxiliar de aseo", "Vendedor", "Guardia de seguridad", "Conductor clase A2",
    "Maestro de la construcción", "Cajera", "Cuidadora de adultos mayores", "Mariscador",
    "Técnico en enfermería", "Bodeguero", "Garzón", "Pescador artesanal", "Soldador",
    "Asistente administrativa", "Recolector de algas", "Jornal forestal", "Mucama",
]
EXPERIENCE = [
    "3 años en planta de proceso, turno noche.",
    "Trabajo de temporada en cosecha de berries.",
    "Experiencia en atención de público y caja.",
    "Licencia profesional A4, 5 años en transporte de carga.",
    "Cuidado de adultos mayores en domicilio.",
]
MIGRANT_ORIGINS = [
    ("Venezolana", "Venezuela"), ("Haitiana", "Haití"), ("Colombiana", "Colombia"),
    ("Peruana", "Perú"), ("Boliviana", "Bolivia"), ("Argentina", "Argentina"),
]
EMAIL_DOMAINS = ["gmail.com", "hotmail.com", "yahoo.es", "outlook.com", "live.cl"]
# fmt: on


def _zipf_weights(count: int, exponent: float = 0.9) -> list[float]:
    return [1.0 / (rank**exponent) for rank in range(1, count + 1)]


def _ascii_fold(text: str) -> str:
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


class PeopleGenerator:
    """Plausible people of the Los Lagos region, the same for the same seed."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self._used_bodies: set[int] = set()
        self._female_w = _zipf_weights(len(FEMALE_NAMES), 0.7)
        self._male_w = _zipf_weights(len(MALE_NAMES), 0.7)
        self._surname_w = _zipf_weights(len(SURNAMES), 0.9)
        self._comunas = list(COMUNAS)
        self._comuna_w = list(COMUNAS.values())

    def _surname(self) -> str:
        return self.rng.choices(SURNAMES, self._surname_w)[0]

    def _birth_date(self) -> date:
        rng = self.rng
        age = min(84.0, max(15.0, rng.gauss(38, 13)))
        return REFERENCE_DAY - timedelta(days=int(age * 365.25) + rng.randrange(365))

    def _rut_body(self, birth: date, migrant: bool) -> int:
        rng = self.rng
        if migrant:  # RUTs given to foreign residents are recent, high numbers
            body = rng.randrange(22_000_000, 27_500_000)
        else:  # Chilean RUT numbers grow with the birth year (about 300,000 a year)
            year = birth.year + birth.timetuple().tm_yday / 366
            body = int(3_500_000 + (year - 1940) * 300_000 + rng.gauss(0, 600_000))
            body = min(max(body, 1_000_000), 26_000_000)
        while body in self._used_bodies:
            body += 1
        self._used_bodies.add(body)
        return body

    def _phone(self) -> str:
        rng = self.rng
        number = rng.randrange(10_000_000, 100_000_000)
        style = rng.random()
        if style < 0.7:
            return f"+56 9 {number // 10_000} {number % 10_000:04d}"
        if style < 0.9:
            return f"9{number}"
        return f"65 2{rng.randrange(100_000, 1_000_000)}"  # fixed line, area code 65

    def person(self) -> PersonData:
        rng = self.rng
        female = rng.random() < 0.53
        if female:
            first = rng.choices(FEMALE_NAMES, self._female_w)[0]
        else:
            first = rng.choices(MALE_NAMES, self._male_w)[0]
        if " " not in first and rng.random() < 0.25:  # a second given name
            pool, weights = (FEMALE_NAMES, self._female_w) if female else (MALE_NAMES, self._male_w)
            second = rng.choices(pool, weights)[0]
            if second != first and " " not in second:
                first = f"{first} {second}"
        last_1 = self._surname()
        last_2 = self._surname() if rng.random() < 0.97 else ""
        birth = self._birth_date()
        migrant = rng.random() < 0.08
        nationality, country = rng.choice(MIGRANT_ORIGINS) if migrant else ("Chilena", "")
        values: dict[str, Any] = {
            "first_names": first,
            "last_name_1": last_1,
            "last_name_2": last_2,
            "birth_date": birth if rng.random() < 0.97 else None,
            "nationality": nationality,
            "migrant": migrant,
            "comuna_code": rng.choices(self._comunas, self._comuna_w)[0],
        }
        if migrant and rng.random() < 0.25:  # no RUT yet: identified by passport or foreign ID
            values["document_type"] = rng.choice([DocumentType.PASSPORT, DocumentType.FOREIGN_ID])
            values["document_number"] = f"{rng.choice('ABCDPV')}{rng.randrange(10**6, 10**8)}"
            values["document_country"] = country
        else:
            values["rut"] = Rut.from_body(self._rut_body(birth, migrant))
        roll = rng.random()
        if roll >= 0.01:  # 1% did not say
            values["sex"] = Sex.OTHER if roll < 0.013 else Sex.FEMALE if female else Sex.MALE
        if rng.random() < 0.9:
            street = rng.choice(STREETS)
            values["address"] = (
                f"{street} {rng.randrange(1, 3000)}"
                if rng.random() < 0.85
                else f"{rng.choice(RURAL)} s/n"
            )
        if rng.random() < 0.88:
            values["phone"] = self._phone()
        if rng.random() < 0.45:
            user = _ascii_fold(f"{first.split()[0]}.{last_1}").replace(" ", "")
            values["email"] = f"{user}{rng.randrange(1, 100)}@{rng.choice(EMAIL_DOMAINS)}"
        if rng.random() < 0.85:
            values["education_level"] = rng.choice(list(EducationLevel))
        if rng.random() < 0.9:
            values["job_status"] = rng.choices(list(JobStatus), [55, 25, 10, 10])[0]
        if rng.random() < 0.6:
            values["occupation"] = rng.choice(OCCUPATIONS)
        if rng.random() < 0.3:
            values["experience"] = rng.choice(EXPERIENCE)
        disability = rng.random() < 0.06
        values["has_disability"] = disability
        values["rnd_registered"] = disability and rng.random() < 0.6
        values["woman_head_of_household"] = female and rng.random() < 0.25
        values["indigenous"] = (last_1 in HUILLICHE or last_2 in HUILLICHE) or rng.random() < 0.08
        if rng.random() < 0.7:
            values["unemployment_insurance"] = rng.choice(list(UnemploymentInsurance))
        if rng.random() < 0.5:
            values["bne_registered_on"] = REFERENCE_DAY - timedelta(days=rng.randrange(2500))
        if rng.random() < 0.8:
            values["consent_on"] = REFERENCE_DAY - timedelta(days=rng.randrange(2500))
            values["consent_method"] = rng.choices(list(ConsentMethod), [70, 20, 10])[0]
        if rng.random() < 0.05:
            values["notes"] = "Derivada desde Chile Solidario."
        return PersonData(**values)

    def active(self) -> bool:
        return self.rng.random() >= 0.05  # about 5% deactivated


_SYNCED_KEYS = [c.key for c in inspect(Person).column_attrs if c.columns[0].info.get("sync", True)]


def person_row(data: PersonData, active: bool, office_code: str, now: Any) -> dict[str, Any]:
    """The ``person`` row the app writes for checked ``data`` (see ``Person.before_save``)."""
    row = _to_columns(data)
    row.update(
        id=new_id(),
        office_code=office_code,
        created_at=now,
        updated_at=now,
        deleted_at=None,
        shared=False,
        active=active,
    )
    rut = Rut.parse(row["rut"]) if row["rut"] else None
    row["search_key"] = search_key(
        rut, row["first_names"], row["last_name_1"], row["last_name_2"], row["document_number"]
    )
    row["sort_key"] = sort_key(row["first_names"], row["last_name_1"], row["last_name_2"])
    for column in Person.__table__.columns:  # columns the form does not fill: their defaults
        if column.name not in row:
            default = column.default
            row[column.name] = default.arg if default is not None and default.is_scalar else None
    return row


def change_row(row: dict[str, Any], now: Any) -> dict[str, Any]:
    """The ``change_log`` insert record the change capture writes for ``row``."""
    payload = {key: _json_value(row[key]) for key in _SYNCED_KEYS}
    return {
        "change_id": new_id(),
        "table_name": "person",
        "row_id": row["id"],
        "op": "insert",
        "payload": json.dumps(payload, ensure_ascii=False, sort_keys=True),
        "recorded_at": now,
        "base_seq": 0,  # the sync cursor of a never-enrolled office
    }


_VOLATILE = {"id", "created_at", "updated_at"}


def _check_orm_equivalence(workspace: Workspace, sample: list[tuple[PersonData, bool]]) -> None:
    """The ORM-saved sample must equal, column by column, what :func:`person_row` builds."""
    people = workspace.people
    ids = people.create_many(sample)
    table = Person.__table__
    with workspace.db.engine.connect() as conn:
        stored = {r["id"]: r for r in conn.execute(select(table)).mappings()}
        logs = {r["row_id"]: r for r in conn.execute(select(ChangeLog.__table__)).mappings()}
    for person_id, (data, active) in zip(ids, sample, strict=True):
        expected = person_row(data, active, OFFICE_COMUNA, None)
        got = stored[person_id]
        for column in (c.name for c in table.columns):
            if column not in _VOLATILE and got[column] != expected[column]:
                raise RuntimeError(f"bulk row differs from the app's in {column!r}")
        expected_payload = json.loads(change_row(expected, None)["payload"])
        got_payload = json.loads(logs[person_id]["payload"])
        for key in _VOLATILE:
            expected_payload.pop(key)
            got_payload.pop(key)
        if got_payload != expected_payload or logs[person_id]["op"] != "insert":
            raise RuntimeError("bulk change_log payload differs from the app's")


@dataclass(frozen=True)
class Fixture:
    data_dir: Path
    people: int
    seed: int
    build_seconds: float | None
    """None when the cached database was reused."""


def cache_name(people: int, seed: int) -> str:
    return f"people-{people}-seed{seed}-gen{GENERATOR_VERSION}-rev{HEAD_REVISION}"


def build(target: Path, people: int, seed: int, log: Any = print) -> None:
    """Create the database of ``people`` people in the (new) folder ``target``."""
    migrate(target)
    workspace = Workspace(target)
    try:
        workspace.set_up_office(OFFICE_COMUNA, OFFICER)
        service = workspace.people
        generator = PeopleGenerator(seed)
        records = []
        for _ in range(people):
            data = service.check(generator.person())  # cleaned and validated like the form
            records.append((data, generator.active()))
        log(f"  generated {people:,} people")
        sample, rest = records[:ORM_SAMPLE], records[ORM_SAMPLE:]
        _check_orm_equivalence(workspace, sample)
        person_table, log_table = Person.__table__, ChangeLog.__table__
        with workspace.db.engine.begin() as conn:
            for start in range(0, len(rest), CHUNK):
                now = utcnow()
                rows = [
                    person_row(d, a, OFFICE_COMUNA, now) for d, a in rest[start : start + CHUNK]
                ]
                conn.execute(insert(person_table), rows)
                conn.execute(insert(log_table), [change_row(r, now) for r in rows])
        with workspace.db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        workspace.close()
    with sqlite3.connect(database_path(target)) as conn:
        count = conn.execute("SELECT count(*) FROM person").fetchone()[0]
    conn.close()
    if count != people:
        raise RuntimeError(f"built {count} people, expected {people}")


def ensure(
    out_dir: Path, people: int, seed: int, rebuild: bool = False, log: Any = print
) -> Fixture:
    """The cached database for (people, seed), built first if missing."""
    cached = out_dir / cache_name(people, seed)
    meta_path = cached / "fixture.json"
    if cached.exists() and meta_path.exists() and not rebuild:
        return Fixture(cached, people, seed, None)
    log(f"building a {people:,}-person database in {cached} …")
    building = cached.with_name(cached.name + ".building")
    shutil.rmtree(building, ignore_errors=True)
    start = time.perf_counter()
    build(building, people, seed, log)
    seconds = time.perf_counter() - start
    (building / "fixture.json").write_text(
        json.dumps(
            {
                "people": people,
                "seed": seed,
                "generator": GENERATOR_VERSION,
                "revision": HEAD_REVISION,
                "build_seconds": round(seconds, 1),
            },
            indent=2,
        )
    )
    shutil.rmtree(cached, ignore_errors=True)
    building.rename(cached)
    log(f"  built in {seconds:.1f} s")
    return Fixture(cached, people, seed, seconds)


def working_copy(fixture: Fixture, work_dir: Path) -> Path:
    """A fresh copy of the cached database to run the app on (the cache itself stays pristine)."""
    shutil.rmtree(work_dir, ignore_errors=True)
    work_dir.mkdir(parents=True)
    shutil.copy2(database_path(fixture.data_dir), database_path(work_dir))
    return work_dir
