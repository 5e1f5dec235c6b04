"""The demo office: a realistic OMIL of Palena for training, screenshots and docs.

Built through the same services the window uses (never by writing rows), so what the demo shows
is what an officer can do, and a service rule that changes changes the demo with it. Seeded: the
same office every time, its dates placed around the day it is built (follow-ups fall due, the
year's atenciones are spread over the past months). Every area adds its part here.
"""

from __future__ import annotations

import random
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from omil_desktop.domain.companies import CompanyData, ContactData, InteractionData
from omil_desktop.domain.dates import MONTH_NAMES
from omil_desktop.domain.expenses import DocumentType, expected_amounts
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
from omil_desktop.domain.privacy import Role
from omil_desktop.domain.rendition import (
    Activity,
    AgreementData,
    BudgetLineData,
    ExpenseData,
    Funding,
    InstallmentData,
    Month,
    months_between,
)
from omil_desktop.domain.rut import Rut
from omil_desktop.domain.surveys import SurveyChannel, SurveyData
from omil_desktop.domain.targets import TargetIndicator, TargetSource, target_id
from omil_desktop.domain.text import fold
from omil_desktop.domain.vacancies import PlacementData, VacancyData
from omil_desktop.domain.workshops import AttendanceMark, SessionData, WorkshopData, WorkshopModule
from omil_desktop.services.errors import ServiceError
from omil_desktop.services.surveys import SurveyService
from omil_desktop.services.targets import TargetService
from omil_desktop.services.workspace import Workspace
from omil_desktop.store.changelog import remote_session
from omil_desktop.store.clock import today, utcnow
from omil_desktop.store.models import Target

DEMO_COMUNA = "10404"
"""Palena, Región de Los Lagos."""
DEMO_OFFICER = "Carolina Oyarzún Vera"
DEMO_USERS = {Role.MANAGER: "carolina.oyarzun", Role.SUPPORT: "matias.vera"}
"""The demo office's accounts (README): the encargada and one apoyo, with the password given."""
DEMO_SUPPORT = (DEMO_USERS[Role.SUPPORT], "Matías Vera Ruiz")
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


# -- rendición de gastos FOMIL ---------------------------------------------------------------

_BUDGET = (  # (SENCE, municipal) of each default line, in order: $24.000.000 and $6.000.000
    (13_200_000, 3_500_000),
    (3_000_000, 100_000),
    (1_800_000, 200_000),
    (2_400_000, 1_200_000),
    (1_800_000, 900_000),
    (1_200_000, 100_000),
    (600_000, 0),
)
_INSTALLMENTS = ((1, 20, "0043"), (5, 12, "0388"), (9, 8, "0702"))
"""(month, day, comprobante) of the three $8.000.000 transfers of the year."""
# fmt: off
_SUPPLIERS: dict[str, tuple[int, str]] = {
    "libreria": (76_482_190, "Comercial Austral Limitada"),
    "copec": (99_520_000, "Estación de Servicio Río Palena Ltda."),
    "bus": (78_110_455, "Transportes Becker y Compañía Ltda."),
    "hosteria": (77_302_841, "Hostería El Ñirre SpA"),
    "amasanderia": (9_874_120, "Amasandería Doña Inés Cárcamo"),
    "radio": (76_910_336, "Sociedad Radio Palena FM Limitada"),
    "imprenta": (76_245_781, "Imprenta Chiloé Gráfica SpA"),
    "computacion": (76_631_907, "Computación del Sur SpA"),
    "apoyo": (17_845_316, "Javiera Millalonco Soto"),
    "encargada": (13_456_789, DEMO_OFFICER),
    "banco": (97_030_000, "Banco del Estado de Chile"),
}
_PURCHASES = [  # (supplier, document, line, funding, description, (min, max) net)
    ("libreria", "factura", 2, "sence",
     "Resmas de papel carta y tóner para la impresora", (48_000, 96_000)),
    ("libreria", "factura", 2, "sence",
     "Carpetas, lápices y archivadores para talleres", (21_000, 54_000)),
    ("copec", "factura", 3, "sence",
     "Combustible camioneta municipal: visitas a empresas", (45_000, 120_000)),
    ("copec", "factura", 3, "municipal",
     "Combustible: atención en terreno en sectores rurales", (30_000, 60_000)),
    ("bus", "boleta_venta", 3, "sence",
     "Pasajes Palena–Futaleufú para usuarios derivados", (9_600, 28_800)),
    ("amasanderia", "boleta_venta", 4, "sence",
     "Colación para usuarios en jornada de postulación", (12_500, 38_000)),
    ("hosteria", "factura", 4, "municipal",
     "Café y colación para reunión de la Mesa Territorial", (25_000, 55_000)),
    ("radio", "factura", 1, "sence",
     "Difusión radial de ofertas de empleo (frases diarias)", (40_000, 80_000)),
    ("imprenta", "factura", 1, "sence",
     "Afiches y volantes de la OMIL", (25_000, 50_000)),
    ("banco", "comprobante_egreso", 6, "sence",
     "Comisión de mantención de cuenta corriente", (4_200, 4_200)),
]
# fmt: on


def _demo_receipt(folder: Path, name: str, lines: list[str]) -> Path:
    """A small scanned supporting document: a PNG, or a one-page PDF when ``name`` ends in
    .pdf (the same bytes every time)."""
    path = folder / name
    if name.endswith(".pdf"):
        from reportlab.pdfgen.canvas import Canvas  # only the demo draws a receipt

        canvas = Canvas(str(path), pagesize=(420, 300), invariant=1)
        canvas.setFont("Helvetica", 11)
        for n, line in enumerate(lines):
            canvas.drawString(24, 260 - 18 * n, line)
        canvas.rect(16, 16, 388, 268)
        canvas.save()
        return path
    from importlib import resources
    from io import BytesIO

    from PIL import Image, ImageDraw, ImageFont

    # The font the documents print with: Pillow's own has no «á», «ñ» nor «°».
    font_file = resources.files("omil_desktop.resources") / "fonts" / "DejaVuSans.ttf"
    font = ImageFont.truetype(BytesIO(font_file.read_bytes()), 15)
    image = Image.new("RGB", (420, 300), (250, 248, 240))
    draw = ImageDraw.Draw(image)
    draw.rectangle([8, 8, 411, 291], outline=(40, 40, 40), width=2)
    for n, line in enumerate(lines):
        draw.text((20, 20 + 24 * n), line, fill=(0, 0, 0), font=font)
    image.save(path, "PNG")
    return path


def _rendition(workspace: Workspace, rng: random.Random, day: date, demo: DemoOffice) -> None:
    """The FOMIL agreement of the year (resolution in January, the whole year, $24.000.000 in
    three installments, a municipal contribution, the budget on the seven lines), 8 to 20
    expenses in every month up to the previous one (facturas with IVA, boletas de honorarios
    with the year's retención, boletas, a liquidación paid by the municipality, some linked to
    the demo's workshops and to a job fair), a few scanned receipts, and every month before
    the previous one closed."""
    service = workspace.rendition
    year = day.year
    resolution = date(year, 1, 8)
    agreement = service.create_agreement(
        AgreementData(
            year=year,
            resolution_number="112",
            resolution_date=resolution,
            starts_on=date(year, 1, 1),
            ends_on=date(year, 12, 31),
            transfer_amount=24_000_000,
            municipal_contribution=6_000_000,
            notes="Convenio de transferencia Programa Fortalecimiento OMIL, SENCE Los Lagos.",
        )
    )
    lines = service.budget(agreement)
    for row, (sence, municipal) in zip(lines, _BUDGET, strict=True):
        service.update_budget_line(row.id, BudgetLineData(row.name, sence, municipal))
    for number, at, voucher in _INSTALLMENTS:
        if date(year, number, at) <= day:
            service.add_installment(
                agreement,
                InstallmentData(date(year, number, at), 8_000_000, f"CI-{year}-{voucher}"),
            )
    months = [m for m in months_between(date(year, 1, 1), day) if m.last_day < day]
    numbers: dict[str, int] = {}
    suppliers = dict(_SUPPLIERS)
    workshops = {
        Month.of(w.starts_on): w for w in service.workshop_choices() if w.starts_on.year == year
    }
    count = 0
    with tempfile.TemporaryDirectory(prefix="omil-demo-") as scratch:
        folder = Path(scratch)

        def add(month: Month, supplier: str, kind: str, line: int, funding: str,
                description: str, net: int, **values: Any) -> None:  # fmt: skip
            nonlocal count
            body, name = suppliers[supplier]
            numbers[supplier] = numbers.get(supplier, rng.randint(120, 4_000)) + rng.randint(1, 9)
            document = DocumentType(kind)
            amounts = expected_amounts(document, net, year)
            first = max(month.first_day, resolution).day  # nothing before the resolution
            spent_on = max(
                values.pop("spent_on", None)
                or date(year, month.number, rng.randint(first, month.last_day.day)),
                resolution,
            )
            receipts: list[Path] = []
            if values.pop("receipt", False):
                suffix = "pdf" if count % 2 else "png"
                receipts.append(
                    _demo_receipt(
                        folder,
                        f"respaldo-{count}.{suffix}",
                        [
                            name,
                            f"RUT {Rut.from_body(body)}",
                            f"{document.label} N° {numbers[supplier]}",
                            f"Fecha {spent_on:%d-%m-%Y}",
                            f"Total ${amounts.total:,}".replace(",", "."),
                        ],
                    )
                )
            service.add_expense(
                agreement,
                ExpenseData(
                    spent_on=spent_on,
                    document_type=document,
                    number=str(numbers[supplier]),
                    supplier_rut=str(Rut.from_body(body)),
                    supplier_name=name,
                    net=amounts.net,
                    iva=amounts.iva,
                    retention=amounts.retention,
                    total=amounts.total,
                    budget_line_id=lines[line].id,
                    funding=Funding(funding),
                    description=description,
                    **values,
                ),
                receipts,
            )
            count += 1

        for index, month in enumerate(months):
            label = MONTH_NAMES[month.number - 1]
            recent = index >= len(months) - 3  # the last months have their receipts scanned
            add(month, "apoyo", "boleta_honorarios", 0, "sence",
                f"Honorarios apoyo administrativo OMIL, {label}", 520_000,
                spent_on=month.last_day, receipt=recent)  # fmt: skip
            add(month, "encargada", "liquidacion_sueldo", 0, "municipal",
                f"Aporte municipal a la remuneración de la encargada OMIL, {label}", 290_000,
                spent_on=month.last_day)  # fmt: skip
            workshop = workshops.get(month)
            if workshop is not None:
                facilitator = workspace.workshops.get(workshop.id).data.facilitator
                body = 15_000_000 + sum(map(ord, facilitator)) * 1_000
                suppliers[f"taller-{workshop.id}"] = (body, facilitator)
                linked = {"activity": Activity.WORKSHOP, "workshop_id": workshop.id}
                add(month, f"taller-{workshop.id}", "boleta_honorarios", 0, "sence",
                    f"Honorarios facilitación taller «{workshop.name}»", 480_000,
                    spent_on=workshop.starts_on, receipt=True, **linked)  # fmt: skip
                add(month, "amasanderia", "boleta_venta", 4, "sence",
                    f"Colaciones participantes taller «{workshop.name}»", 42_000,
                    spent_on=workshop.starts_on, **linked)  # fmt: skip
            if month.number == 9:
                add(month, "bus", "factura", 3, "municipal",
                    "Traslado de usuarios a la feria laboral de la Provincia de Palena", 180_000,
                    activity=Activity.FAIR,
                    activity_name="Feria laboral de la Provincia de Palena")  # fmt: skip
            if month.number in (3, 8):
                add(month, "computacion", "factura", 5, "sence",
                    "Notebook para atención de público y registro en la BNE", 489_000,
                    receipt=recent)  # fmt: skip
            for _ in range(rng.randint(6, 14)):
                supplier, kind, position, funding, description, (low, high) = rng.choice(_PURCHASES)
                net = rng.randint(low // 10, high // 10) * 10
                add(month, supplier, kind, position, funding, description, net)
        for month in months[:-1]:
            service.close_month(agreement, month)
    demo.parts.append(("gastos FOMIL", count))


def _fairs(workspace: Workspace, rng: random.Random, day: date, demo: DemoOffice) -> None:
    """Job fairs at every stage: a mass recruitment months ago, the provincial fair a month ago
    co-organised with another office of the network (companies with their openings, people who
    attended, referrals made there and the hires that followed), and a fair planned ahead with
    its companies confirmed."""
    from omil_desktop.domain.fairs import FairCompanyData, FairData, FairKind
    from omil_desktop.services.fairs import FairService

    office = workspace.office
    assert office is not None
    service = FairService(workspace.db, workspace.territory, office.comuna_code)
    companies = {c.name: c.id for c in service.companies_choices()}
    farm, builder, hostel, transport = (
        companies[name]
        for name in (
            "Agrícola y Ganadera Valle California SpA",
            "Constructora Río Palena",
            "Hostería El Malito",
            "Transportes Futa-Palena",
        )
    )
    network = service.network_offices()
    attendees = demo.people[len(demo.people) // 2 :]  # not those of the vacancies' referrals
    count = 0

    def fair(back: int, **values: Any) -> str:
        nonlocal count
        count += 1
        values.setdefault("kind", FairKind.FAIR)
        values.setdefault("comuna_code", DEMO_COMUNA)
        return service.create(FairData(held_on=day - timedelta(days=back), **values))

    recruitment = fair(
        118,
        name="Reclutamiento masivo temporada de esquila",
        kind=FairKind.RECRUITMENT,
        place="Sede Junta de Vecinos Valle California",
        notes="Reclutamiento de la agrícola para la temporada: entrevistas el mismo día.",
    )
    service.add_company(recruitment, FairCompanyData(farm, 10, "Esquilador(a), Ayudante de campo"))
    for person in attendees[:6]:
        service.add_attendee(recruitment, person)

    provincial = fair(
        30,
        name="Feria Laboral de la Provincia de Palena",
        place="Gimnasio municipal",
        co_organisers=tuple(o.code for o in network[:1]),
        notes="Stands de empresas de turismo, construcción y transporte; charla de la BNE.",
    )
    for company, openings, positions in (
        (builder, 4, "Maestro carpintero, Jornal"),
        (hostel, 3, "Ayudante de cocina, Garzón(a), Mucama"),
        (transport, 1, "Conductor(a) licencia A4"),
    ):
        service.add_company(provincial, FairCompanyData(company, openings, positions))
    people = attendees[6 : 6 + rng.randint(14, 18)]
    for person in people:
        service.add_attendee(provincial, person)
    carpentry = next(v for v in service.vacancies(provincial) if v.title == "Maestro carpintero")
    referrals = workspace.referrals
    sent = []
    for person in people[:3]:
        service.refer(provincial, person, carpentry.id)
        sent.append(person)
    by_person = {r.person_id: r.id for r in referrals.referrals_of(carpentry.id)}
    hired = by_person[sent[0]]
    referrals.advance(hired, ReferralStatus.INTERVIEWED, day - timedelta(days=25))
    referrals.advance(hired, ReferralStatus.HIRED, day - timedelta(days=21))
    referrals.place(hired, PlacementData(day - timedelta(days=18), ContractType.FIXED_TERM, 4))
    referrals.advance(by_person[sent[1]], ReferralStatus.INTERVIEWED, day - timedelta(days=24))

    planned = fair(
        -24,
        name="Feria Laboral de Verano",
        place="Plaza de Armas de Palena",
        notes="Empleos de temporada de turismo; confirmar stands una semana antes.",
    )
    service.add_company(planned, FairCompanyData(hostel, 5, "Guía de pesca, Cocinero(a)"))
    service.add_company(planned, FairCompanyData(builder, 2, "Jornal"))
    demo.parts.append(("ferias", count))


_REGION_TARGETS = {
    TargetIndicator.PEOPLE_SERVED: 60,
    TargetIndicator.BNE_REGISTRATIONS: 30,
    TargetIndicator.PLACEMENTS: 12,
}
"""What the Dirección Regional set for the demo office this year (Metas, read-only)."""
_OFFICE_TARGETS = {
    TargetIndicator.JOB_READINESS: 20,
    TargetIndicator.COMPANIES_CONTACTED: 15,
    TargetIndicator.OPENINGS_TAKEN: 25,
}
"""What the office typed in for itself."""


def _targets_and_surveys(
    workspace: Workspace, rng: random.Random, day: date, demo: DemoOffice
) -> None:
    """Metas: the year's targets, some set by the region and some typed by the office (none for
    last year: the demo holds no activity then, and a target against nothing reads as failed);
    Seguimiento: surveys of about half of the services of the last two months, the rest left to
    call."""
    office = workspace.office
    assert office is not None
    # The region's targets reach an office through sync; the demo office has no server, so they
    # are written as sync writes what it receives (not local changes to send back).
    now = utcnow()
    region = [(day.year, indicator, value) for indicator, value in _REGION_TARGETS.items()]
    with workspace.db.transaction() as session:
        remote_session(session)
        for year, indicator, value in region:
            session.add(
                Target(
                    id=target_id(office.comuna_code, year, indicator),
                    office_code=office.comuna_code,
                    year=year,
                    indicator=indicator.value,
                    value=value,
                    source=TargetSource.REGION.value,
                    created_at=now,
                    updated_at=now,
                )
            )
    TargetService(workspace.db, workspace.territory, office.comuna_code).set_targets(
        day.year, dict(_OFFICE_TARGETS)
    )
    surveys = SurveyService(workspace.db, workspace.territory, office.comuna_code)
    comments = [
        "Muy buena atención, me explicaron todo.",
        "Me sirvió el taller para la entrevista.",
        "Quedé contenta con el trabajo.",
        "Falta información de ofertas en el sector rural.",
        "",
    ]
    answered = 0
    for person_id in demo.people:
        for service in surveys.services_of(person_id):
            age = (day - service.on).days
            if not 7 <= age <= 60 or service.surveyed_on is not None or rng.random() < 0.5:
                continue
            surveys.add(
                SurveyData(
                    person_id=person_id,
                    service=service.kind,
                    service_id=service.id,
                    answered_on=min(day, service.on + timedelta(days=rng.randint(7, 14))),
                    score=rng.choice((7, 7, 6, 6, 6, 5, 5, 4, 3)),
                    comment=rng.choice(comments),
                    channel=rng.choice((SurveyChannel.PHONE, SurveyChannel.IN_PERSON)),
                )
            )
            answered += 1
    demo.parts.append(("metas", len(region) + len(_OFFICE_TARGETS)))
    demo.parts.append(("encuestas", answered))


DEMO_PARTS: list[DemoPart] = [
    _people,
    _attentions,
    _notices,
    _intermediation,
    _workshops,
    _rendition,
    _fairs,
    _targets_and_surveys,
]
"""Every area's part of the demo, in order (later areas build on the people)."""
