"""The demo office: a realistic OMIL of Palena for training, screenshots and docs.

Built through the same services the window uses (never by writing rows), so what the demo shows
is what an officer can do, and a service rule that changes changes the demo with it. Seeded: the
same office every time, its dates placed around the day it is built (follow-ups fall due, the
year's atenciones are spread over the past months). Every area adds its part here.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from omil_desktop.domain.companies import CompanyData, ContactData, InteractionData
from omil_desktop.domain.intermediation import (
    CompanySize,
    ContractType,
    InteractionKind,
    ReferralStatus,
    VacancyStatus,
    Workday,
)
from omil_desktop.domain.people import (
    ConsentMethod,
    EducationLevel,
    JobStatus,
    PersonData,
    ServiceKind,
    Sex,
)
from omil_desktop.domain.rut import Rut
from omil_desktop.domain.text import fold
from omil_desktop.domain.vacancies import PlacementData, VacancyData
from omil_desktop.domain.workshops import AttendanceMark, SessionData, WorkshopData, WorkshopModule
from omil_desktop.services.errors import ServiceError
from omil_desktop.services.workspace import Workspace
from omil_desktop.store.clock import today

DEMO_COMUNA = "10404"
"""Palena, Región de Los Lagos."""
DEMO_OFFICER = "Carolina Oyarzún Vera"
SEED = 20261129

# fmt: off
_WOMEN = ["María José", "Carolina", "Francisca", "Daniela", "Rosa", "Marcela", "Javiera",
          "Patricia", "Camila", "Ximena", "Valentina", "Gloria", "Fernanda", "Yasna"]
_MEN = ["Juan Carlos", "Pedro", "Luis", "José Miguel", "Cristián", "Héctor", "Matías",
        "Francisco", "Sergio", "Manuel", "Diego", "Rodrigo", "Nelson", "Víctor"]
_SURNAMES = ["Oyarzún", "Vera", "Barría", "Cárdenas", "Mansilla", "Soto", "Gallardo",
             "Álvarez", "Uribe", "Navarro", "Ruiz", "Paredes", "Millalonco", "Ñancupil",
             "Andrade", "Vargas", "Cheuquepil", "Díaz", "Alvarado", "Muñoz"]
_STREETS = ["Pedro Montt", "Bernardo O'Higgins", "Arturo Prat", "Carrera Pinto", "El Mirador",
            "Río Palena", "Sector Valle California", "Sector El Tigre", "Sector Alto Palena"]
_TRADES = [
    ("Maestro de construcción", "Obras menores y ampliaciones de viviendas; carpintería."),
    ("Carpintero", "Carpintería en obra gruesa y terminaciones; techumbres."),
    ("Ayudante de cocina", "Cocina en hostería durante la temporada de turismo."),
    ("Guía de turismo", "Guía de pesca con mosca y cabalgatas en el río Palena."),
    ("Operador de maquinaria", "Retroexcavadora y motoniveladora en caminos rurales."),
    ("Vendedor", "Atención de público en almacén y ferretería."),
    ("Trabajador agrícola", "Ganadería bovina y ovina, cercos, forraje."),
    ("Conductor", "Licencia A4; transporte de carga entre Palena y Futaleufú."),
    ("Auxiliar de aseo", "Aseo en establecimiento educacional."),
    ("Administrativa", "Digitación, archivo y atención telefónica."),
    ("Soldador", "Soldadura al arco en estructuras metálicas."),
    ("Electricista", "Instalaciones domiciliarias; certificación SEC clase D."),
]
_NOTES = {
    ServiceKind.INFORMATION: "Consulta por ofertas de temporada y requisitos de postulación.",
    ServiceKind.GUIDANCE: "Se revisa su currículum y se conversa sobre empleos en la comuna.",
    ServiceKind.BNE_REGISTRATION: "Queda inscrita en la Bolsa Nacional de Empleo.",
    ServiceKind.FCS_CERTIFICATION: "Se certifica la cesantía para el Fondo de Cesantía Solidario.",
    ServiceKind.TRAINING_REFERRAL: "Se deriva al curso de operación de maquinaria (SENCE).",
    ServiceKind.OTHER_REFERRAL: "Se deriva al Programa Mujeres Jefas de Hogar del municipio.",
    ServiceKind.JOB_READINESS: "Participa en taller de entrevista laboral.",
}
_NOTICES = [
    ("Feria laboral de la Provincia de Palena",
     "El jueves en el gimnasio municipal de Chaitén: empresas de turismo, construcción y "
     "servicios. Traer currículum impreso.", True),
    ("Postulaciones al curso de operador de maquinaria",
     "Cupos para personas de Palena y Futaleufú; inscripciones en la OMIL.", True),
    ("Horario de atención en diciembre", "La OMIL atiende de lunes a jueves, 8:30 a 14:00.",
     False),
]
# fmt: on

PEOPLE = 48
"""People registered in the demo office."""


@dataclass
class DemoOffice:
    """What the demo built, for the command's summary and for tests."""

    people: list[str] = field(default_factory=list)
    attentions: int = 0
    notices: int = 0
    parts: list[tuple[str, int]] = field(default_factory=list)
    """(area, records) added by each area, in order."""


DemoPart = Callable[[Workspace, random.Random, date, DemoOffice], None]
"""An area's contribution: it adds its records through its services."""


class DemoNotEmpty(ServiceError):
    def __init__(self) -> None:
        super().__init__(
            "La carpeta ya tiene una oficina configurada. La oficina de ejemplo se crea en una "
            "carpeta nueva o vacía (--data-dir), para no mezclarla con datos reales."
        )


def build_demo(workspace: Workspace, parts: list[DemoPart] | None = None) -> DemoOffice:
    """Set up the demo office in an empty ``workspace`` and fill it, area by area."""
    if workspace.office is not None:
        raise DemoNotEmpty()
    workspace.set_up_office(DEMO_COMUNA, DEMO_OFFICER)
    rng = random.Random(SEED)
    day = today()
    demo = DemoOffice()
    for part in parts if parts is not None else DEMO_PARTS:
        part(workspace, rng, day, demo)
    return demo


def _people(workspace: Workspace, rng: random.Random, day: date, demo: DemoOffice) -> None:
    people = workspace.people
    used: set[int] = set()
    for n in range(PEOPLE):
        sex = Sex.FEMALE if n % 2 == 0 else Sex.MALE
        first = rng.choice(_WOMEN if sex is Sex.FEMALE else _MEN)
        last_1, last_2 = rng.sample(_SURNAMES, 2)
        body = rng.randint(9_000_000, 24_000_000)
        while body in used:
            body += 1
        used.add(body)
        age = rng.choice([19, 22, 24, 27, 31, 35, 38, 42, 46, 51, 55, 58, 61])
        trade, experience = _TRADES[n % len(_TRADES)]
        if sex is Sex.FEMALE and trade.endswith("or"):
            trade += "a"
        consented = n % 5 != 4
        data = PersonData(
            first_names=first,
            last_name_1=last_1,
            last_name_2=last_2,
            rut=Rut.from_body(body),
            birth_date=date(day.year - age - 1, 1, 1) + timedelta(days=rng.randint(0, 364)),
            sex=sex,
            comuna_code=DEMO_COMUNA,
            address=f"{rng.choice(_STREETS)} {rng.randint(10, 990)}",
            phone=f"9 {rng.randint(5000, 9999)} {rng.randint(1000, 9999)}",
            email=f"{fold(first.split()[0])}.{n}@correo.cl",
            education_level=rng.choice(list(EducationLevel)[2:8]),
            job_status=rng.choice(
                [JobStatus.UNEMPLOYED] * 5 + [JobStatus.FIRST_JOB, JobStatus.EMPLOYED]
            ),
            occupation=trade,
            experience=experience,
            woman_head_of_household=sex is Sex.FEMALE and n % 3 == 0,
            has_disability=n % 11 == 0,
            indigenous=last_1 in ("Millalonco", "Ñancupil", "Cheuquepil"),
            bne_registered_on=day - timedelta(days=rng.randint(20, 300)),
            consent_on=day - timedelta(days=rng.randint(20, 300)) if consented else None,
            consent_method=ConsentMethod.SIGNED if consented else None,
        )
        demo.people.append(people.create(data, allow_likely_duplicate=True))
    demo.parts.append(("personas", len(demo.people)))


def _attentions(workspace: Workspace, rng: random.Random, day: date, demo: DemoOffice) -> None:
    attentions = workspace.attentions
    kinds = list(_NOTES)
    for person_id in demo.people:
        for _ in range(rng.randint(1, 4)):
            kind = rng.choice(kinds)
            on = day - timedelta(days=rng.randint(0, 240))
            attentions.record(person_id, on, kind, _NOTES[kind])
            demo.attentions += 1
    demo.parts.append(("atenciones", demo.attentions))


def _notices(workspace: Workspace, rng: random.Random, day: date, demo: DemoOffice) -> None:
    for back, (title, body, shared) in enumerate(_NOTICES):
        workspace.notices.create(title, body, day - timedelta(days=7 * back), shared=shared)
        demo.notices += 1
    demo.parts.append(("avisos", demo.notices))


# fmt: off
_COMPANIES = [
    # (RUT body, razón social, fantasía, actividad, tamaño, dirección, contacto, cargo)
    (76_412_873, "Constructora Río Palena Limitada", "Constructora Río Palena",
     "Construcción de viviendas y obras menores", CompanySize.SMALL, "Pedro Montt 455",
     "Héctor Barría Soto", "Jefe de obra"),
    (77_105_226, "Turismo El Malito SpA", "Hostería El Malito",
     "Alojamiento y gastronomía", CompanySize.MICRO, "Camino a Futaleufú km 12",
     "Gloria Uribe Navarro", "Administradora"),
    (76_988_140, "Agrícola y Ganadera Valle California SpA", "",
     "Ganadería bovina y ovina", CompanySize.SMALL, "Sector Valle California s/n",
     "Nelson Cárdenas Díaz", "Capataz"),
    (78_230_915, "Transportes Futa-Palena Limitada", "Transportes Futa-Palena",
     "Transporte de carga por carretera", CompanySize.MICRO, "Arturo Prat 120",
     "Sergio Mansilla Vera", "Dueño"),
    (77_654_012, "Comercial El Rincón Limitada", "Ferretería El Rincón",
     "Venta de materiales de construcción", CompanySize.MICRO, "Bernardo O'Higgins 301",
     "Patricia Gallardo Ruiz", "Encargada de local"),
    (76_331_508, "Servicios Eléctricos Patagonia SpA", "Eléctricos Patagonia",
     "Instalaciones eléctricas", CompanySize.SMALL, "Carrera Pinto 88",
     "Víctor Andrade Muñoz", "Gerente"),
]
_VACANCIES = [
    # (company index, cargo, ocupación, cupos, jornada, contrato, renta, días publicada, inclusiva,
    #  compartida, educación)
    (0, "Maestro carpintero", "Carpintero", 2, Workday.FULL, ContractType.PER_JOB, 850_000, 40,
     False, True, EducationLevel.PRIMARY),
    (1, "Ayudante de cocina", "Cocina", 1, Workday.SHIFTS, ContractType.SEASONAL, 520_000, 25,
     False, False, None),
    (2, "Trabajador agrícola", "Ganadería", 3, Workday.FULL, ContractType.FIXED_TERM, 560_000, 60,
     False, True, None),
    (3, "Conductor con licencia A4", "Conductor", 1, Workday.FULL, ContractType.INDEFINITE,
     900_000, 130, False, False, EducationLevel.SECONDARY),
    (4, "Vendedor(a) de ferretería", "Vendedor", 1, Workday.PART, ContractType.FIXED_TERM,
     400_000, 150, False, False, EducationLevel.SECONDARY),
    (5, "Electricista", "Electricista", 1, Workday.FULL, ContractType.INDEFINITE, 780_000, 20,
     True, True, EducationLevel.TECHNICAL),
]
_INTERACTIONS = [
    (InteractionKind.VISIT, 45, "Visita a la obra; necesitan carpinteros para la temporada."),
    (InteractionKind.CALL, 30, "Confirman cupos y fecha de inicio."),
    (InteractionKind.JOB_FAIR, 14, "Participa en la feria laboral provincial con un stand."),
]
# fmt: on


def _intermediation(workspace: Workspace, rng: random.Random, day: date, demo: DemoOffice) -> None:
    """Companies with contacts and a log, vacancies open and closed, referrals at every stage,
    placements whose follow-ups fall due."""
    companies, vacancies, referrals = workspace.companies, workspace.vacancies, workspace.referrals
    company_ids = []
    for body, legal, trade, activity, size, address, contact, role in _COMPANIES:
        company_id = companies.create(
            CompanyData(
                rut=Rut.from_body(body),
                legal_name=legal,
                trade_name=trade,
                activity=activity,
                size=size,
                comuna_code=DEMO_COMUNA,
                address=address,
                phone=f"65 2{rng.randint(10, 99)} {rng.randint(1000, 9999)}",
            )
        )
        companies.add_contact(
            company_id,
            ContactData(
                name=contact,
                role=role,
                phone=f"9 {rng.randint(5000, 9999)} {rng.randint(1000, 9999)}",
            ),
        )
        for kind, back, notes in _INTERACTIONS[: rng.randint(1, 3)]:
            companies.add_interaction(
                company_id, InteractionData(date=day - timedelta(days=back), kind=kind, notes=notes)
            )
        company_ids.append(company_id)
    demo.parts.append(("empresas", len(company_ids)))

    vacancy_ids = []
    for (
        index,
        title,
        occupation,
        openings,
        workday,
        contract,
        salary,
        back,
        inclusive,
        shared,
        education,
    ) in _VACANCIES:
        vacancy_ids.append(
            vacancies.create(
                VacancyData(
                    company_id=company_ids[index],
                    title=title,
                    occupation=occupation,
                    openings=openings,
                    description=f"{title} para {_COMPANIES[index][2] or _COMPANIES[index][1]}.",
                    education_level=education,
                    workday=workday,
                    salary=salary,
                    contract_type=contract,
                    comuna_code=DEMO_COMUNA,
                    published_on=day - timedelta(days=back),
                    inclusive=inclusive,
                    shared=shared,
                )
            )
        )
    demo.parts.append(("ofertas", len(vacancy_ids)))

    consenting = [p for p in demo.people if workspace.people.get(p).data.consent_on is not None]
    people = iter(consenting)
    count = placements = 0

    def refer(vacancy: int, back: int) -> str:
        nonlocal count
        count += 1
        return referrals.refer(vacancy_ids[vacancy], next(people), day - timedelta(days=back))

    def step(referral: str, status: ReferralStatus, back: int) -> None:
        referrals.advance(referral, status, day - timedelta(days=back))

    def place(referral: str, back: int, contract: ContractType, months: int | None) -> None:
        nonlocal placements
        referrals.place(
            referral,
            PlacementData(
                start_on=day - timedelta(days=back), contract_type=contract, months=months
            ),
        )
        placements += 1

    # The conductor: hired three months ago; the follow-up is due now.
    driver = refer(3, 125)
    step(driver, ReferralStatus.INTERVIEWED, 120)
    step(driver, ReferralStatus.HIRED, 96)
    place(driver, 92, ContractType.INDEFINITE, None)
    # The shop: one not selected, one who withdrew; the vacancy then closed.
    step(refer(4, 145), ReferralStatus.NOT_SELECTED, 138)
    step(refer(4, 144), ReferralStatus.WITHDREW, 140)
    vacancies.set_status(vacancy_ids[4], VacancyStatus.CLOSED)
    # Farm work: two hired (one on a two-month contract, which is not a placement).
    farm = refer(2, 55)
    step(farm, ReferralStatus.INTERVIEWED, 50)
    step(farm, ReferralStatus.HIRED, 40)
    place(farm, 35, ContractType.FIXED_TERM, 6)
    short = refer(2, 54)
    step(short, ReferralStatus.HIRED, 45)
    place(short, 44, ContractType.FIXED_TERM, 2)
    refer(2, 20)
    # Carpentry: one interviewed, one referred; the kitchen: one withdrew; the electrician: new.
    step(refer(0, 30), ReferralStatus.INTERVIEWED, 20)
    refer(0, 12)
    step(refer(1, 10), ReferralStatus.WITHDREW, 3)
    refer(5, 5)
    demo.parts.append(("derivaciones", count))
    demo.parts.append(("colocaciones", placements))


def _session(day: date, offset: int, start: str, end: str, place: str = "") -> SessionData:
    return SessionData(date=day + timedelta(days=offset), starts_at=start, ends_at=end, place=place)


def _workshops(workspace: Workspace, rng: random.Random, day: date, demo: DemoOffice) -> None:
    """A workshop at every stage: one planned, one running (full, with a waiting list, a
    withdrawal whose place went to the first waiting, who joined late), one finished (its
    completers with their «apresto» atención, one below 75 %), one cancelled."""
    service = workspace.workshops
    people = iter(demo.people)
    marks = [AttendanceMark.PRESENT] * 8 + [AttendanceMark.ABSENT, AttendanceMark.EXCUSED]

    def create(offset: int, length: int, sessions: list[int], **values: Any) -> str:
        workshop = service.create(
            WorkshopData(
                starts_on=day + timedelta(days=offset),
                ends_on=day + timedelta(days=offset + length),
                **values,
            )
        )
        for n, at in enumerate(sessions):
            place = "Gimnasio municipal" if n == 2 else ""
            service.add_session(workshop, _session(day, at, "09:30", "12:30", place))
        return workshop

    def enroll(workshop: str, count: int, back: int) -> list[str]:
        return [
            service.enroll(workshop, next(people), on=day - timedelta(days=back)).enrollment_id
            for _ in range(count)
        ]

    # Planned: its sessions are ahead; a few already enrolled.
    companies = service.companies()
    planned = create(
        10,
        21,
        [10, 17, 24, 31],
        name="Currículum y entrevista para la temporada de turismo",
        modules=(WorkshopModule.CV, WorkshopModule.INTERVIEW),
        facilitator="Iñaki Muñoz Bórquez",
        place="Biblioteca Pública de Palena",
        capacity=15,
        target_group="Jóvenes de 18 a 29 años",
        company_id=companies[0].id if companies else None,
    )
    enroll(planned, 5, 3)

    # Running: full, with a waiting list; five of its seven sessions held.
    running = create(
        -18,
        28,
        [-18, -15, -11, -8, -4, 3, 10],
        name="Habilidades blandas y atención al cliente",
        modules=(WorkshopModule.SOFT_SKILLS, WorkshopModule.JOB_SEARCH),
        other_modules="Atención al cliente en turismo",
        facilitator="Begoña Ñancupil Vera",
        place="Sede vecinal Villa Los Ñires",
        capacity=8,
        target_group="Personas cesantes",
        programme="Programa Fortalecimiento OMIL",
    )
    enrolled = enroll(running, 8, 25)
    enroll(running, 3, 21)  # the waiting list
    held = [s.id for s in service.sessions(running)[:5]]
    for session_id in held[:2]:
        service.set_marks(session_id, {e: rng.choice(marks) for e in enrolled})
    service.withdraw(enrolled[3], on=day - timedelta(days=14))  # the first waiting moves up
    enrolled = [r.id for r in service.attendance(running).people]  # the late one, from now on
    for session_id in held[2:]:
        service.set_marks(session_id, {e: rng.choice(marks) for e in enrolled})

    # Finished: five completed (three or four of four sessions), one did not reach 75 %.
    finished = create(
        -75,
        28,
        [-75, -68, -61, -54],
        name="Derechos laborales y búsqueda de empleo",
        modules=(WorkshopModule.LABOUR_RIGHTS, WorkshopModule.JOB_SEARCH, WorkshopModule.BNE),
        facilitator="Marcela Cárdenas Peña",
        place="Salón municipal de Palena",
        capacity=12,
    )
    group = enroll(finished, 6, 80)
    present = [4, 4, 3, 4, 3, 2]
    for n, session in enumerate(service.sessions(finished)):
        service.set_marks(
            session.id,
            {
                e: AttendanceMark.PRESENT
                if n < attended
                else (AttendanceMark.EXCUSED if attended == 2 else AttendanceMark.ABSENT)
                for e, attended in zip(group, present, strict=True)
            },
        )
    service.finish(finished, on=day - timedelta(days=50))

    # Cancelled before it started.
    cancelled = create(
        5,
        15,
        [5, 12, 19],
        name="Emprendimiento: diseño y venta de artesanía en lana",
        modules=(WorkshopModule.ENTREPRENEURSHIP,),
        facilitator="Yasna Gallardo Muñoz",
        place="Sede vecinal Sector El Tigre",
        capacity=10,
        notes="Se suspende: la facilitadora no puede viajar con el camino cortado por la nieve.",
    )
    enroll(cancelled, 3, 6)
    service.cancel(cancelled)
    demo.parts.append(("talleres", 4))


DEMO_PARTS: list[DemoPart] = [_people, _attentions, _notices, _intermediation, _workshops]
"""Every area's part of the demo, in order (later areas build on the people)."""
