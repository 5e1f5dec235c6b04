"""Talleres de apresto laboral: the words, the limits, what makes a workshop and a session valid,
and the completion rule (Spanish messages, every problem at once).

Codes stored in the database and sent in sync are the enum values, which never change once
released; labels are what the officer reads. A session's number is its place in date order
(1, 2, …), never stored: editing a session's date renumbers the sessions after it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields, replace
from datetime import date
from enum import StrEnum

from omil_desktop.domain.dates import age_on
from omil_desktop.domain.people import LONG_TEXT_MAX, too_long
from omil_desktop.domain.texts import QT_TRANSLATE_NOOP, Labels, translate


class WorkshopModule(StrEnum):
    """What a workshop teaches (módulos); a workshop has one or more."""

    CV = "cv"
    INTERVIEW = "entrevista"
    SOFT_SKILLS = "habilidades_blandas"
    LABOUR_RIGHTS = "derechos_laborales"
    JOB_SEARCH = "busqueda_empleo"
    DIGITAL = "alfabetizacion_digital"
    BNE = "bolsa_nacional_empleo"
    ENTREPRENEURSHIP = "emprendimiento"

    @property
    def label(self) -> str:
        return {
            "cv": translate("domain.workshops", "Currículum vitae"),
            "entrevista": translate("domain.workshops", "Entrevista laboral"),
            "habilidades_blandas": translate("domain.workshops", "Habilidades blandas"),
            "derechos_laborales": translate("domain.workshops", "Derechos laborales"),
            "busqueda_empleo": translate("domain.workshops", "Búsqueda de empleo"),
            "alfabetizacion_digital": translate("domain.workshops", "Alfabetización digital"),
            "bolsa_nacional_empleo": translate("domain.workshops", "Bolsa Nacional de Empleo"),
            "emprendimiento": translate("domain.workshops", "Emprendimiento"),
        }[self.value]


class WorkshopStatus(StrEnum):
    """Where a workshop stands: open (planned or running), finished (completion recorded),
    or cancelled."""

    OPEN = "abierto"
    FINISHED = "finalizado"
    CANCELLED = "cancelado"

    @property
    def label(self) -> str:
        return {
            "abierto": translate("domain.workshops", "Abierto"),
            "finalizado": translate("domain.workshops", "Finalizado"),
            "cancelado": translate("domain.workshops", "Cancelado"),
        }[self.value]


class EnrollmentStatus(StrEnum):
    """A person's place in a workshop: enrolled, on the waiting list, or withdrawn."""

    ENROLLED = "inscrito"
    WAITING = "en_espera"
    WITHDRAWN = "retirado"

    @property
    def label(self) -> str:
        return {
            "inscrito": translate("domain.workshops", "Inscrito(a)"),
            "en_espera": translate("domain.workshops", "En espera"),
            "retirado": translate("domain.workshops", "Retirado(a)"),
        }[self.value]


class AttendanceMark(StrEnum):
    """Attendance at one session. Only ``presente`` counts toward completion."""

    PRESENT = "presente"
    ABSENT = "ausente"
    EXCUSED = "justificado"

    @property
    def label(self) -> str:
        return {
            "presente": translate("domain.workshops", "Presente"),
            "ausente": translate("domain.workshops", "Ausente"),
            "justificado": translate("domain.workshops", "Justificado"),
        }[self.value]

    @property
    def letter(self) -> str:
        """The one letter the attendance grid shows (P, A, J)."""
        return {"presente": "P", "ausente": "A", "justificado": "J"}[self.value]

    def following(self) -> AttendanceMark:
        """The mark after this one when the officer presses space: P → A → J → P."""
        order = list(AttendanceMark)
        return order[(order.index(self) + 1) % len(order)]


DEFAULT_MIN_ATTENDANCE = 75
"""Default completion rule: at least 75 % of the workshop's sessions attended."""
MAX_CAPACITY = 500
"""Most people one workshop may enrol (the protocol's own limit)."""
MAX_SESSIONS = 60
"""Most sessions one workshop may have."""

MAX_LENGTHS: dict[str, int] = {
    "name": 200,
    "other_modules": 300,
    "facilitator": 160,
    "place": 200,
    "target_group": 200,
    "programme": 200,
    "notes": LONG_TEXT_MAX,
}
"""The one place for the length limits of a workshop's text fields (characters, after
trimming); each is at most what the sync protocol carries (a test says so)."""

SESSION_PLACE_MAX = 200

FIELD_LABELS: Mapping[str, str] = Labels(
    "domain.workshops",
    {
        "name": QT_TRANSLATE_NOOP("domain.workshops", "Nombre del taller"),
        "modules": QT_TRANSLATE_NOOP("domain.workshops", "Módulos"),
        "other_modules": QT_TRANSLATE_NOOP("domain.workshops", "Otros módulos"),
        "facilitator": QT_TRANSLATE_NOOP("domain.workshops", "Facilitador(a)"),
        "place": QT_TRANSLATE_NOOP("domain.workshops", "Lugar"),
        "capacity": QT_TRANSLATE_NOOP("domain.workshops", "Cupos"),
        "target_group": QT_TRANSLATE_NOOP("domain.workshops", "Grupo objetivo"),
        "company_id": QT_TRANSLATE_NOOP("domain.workshops", "Empresa vinculada"),
        "programme": QT_TRANSLATE_NOOP("domain.workshops", "Programa vinculado"),
        "starts_on": QT_TRANSLATE_NOOP("domain.workshops", "Inicio"),
        "ends_on": QT_TRANSLATE_NOOP("domain.workshops", "Término"),
        "min_attendance": QT_TRANSLATE_NOOP("domain.workshops", "Asistencia mínima (%)"),
        "status": QT_TRANSLATE_NOOP("domain.workshops", "Estado"),
        "notes": QT_TRANSLATE_NOOP("domain.workshops", "Observaciones"),
    },
)

SESSION_LABELS: Mapping[str, str] = Labels(
    "domain.workshops",
    {
        "date": QT_TRANSLATE_NOOP("domain.workshops", "Fecha"),
        "starts_at": QT_TRANSLATE_NOOP("domain.workshops", "Hora de inicio"),
        "ends_at": QT_TRANSLATE_NOOP("domain.workshops", "Hora de término"),
        "place": QT_TRANSLATE_NOOP("domain.workshops", "Lugar"),
    },
)

Day = date
"""A calendar date (an alias: a session has a field named ``date``)."""

_CLOCK = re.compile(r"^([01][0-9]|2[0-3]):([0-5][0-9])$")


def parse_clock(text: str) -> str | None:
    """``"9:30"``, ``"09:30"`` or ``"0930"`` → ``"09:30"``; None when it is not a time of day."""
    text = text.strip().replace(".", ":")
    if re.fullmatch(r"[0-9]{3,4}", text):
        text = f"{text[:-2]}:{text[-2:]}"
    if re.fullmatch(r"[0-9]:[0-9]{2}", text):
        text = "0" + text
    return text if _CLOCK.match(text) else None


@dataclass
class WorkshopData:
    """Everything the officer records about a workshop, as entered (before storage)."""

    name: str = ""
    modules: tuple[WorkshopModule, ...] = ()
    other_modules: str = ""
    """Modules outside the list, as free text (e.g. «Atención al cliente»)."""
    facilitator: str = ""
    place: str = ""
    capacity: int | None = 20
    target_group: str = ""
    company_id: str | None = None
    programme: str = ""
    starts_on: date | None = None
    ends_on: date | None = None
    min_attendance: int | None = DEFAULT_MIN_ATTENDANCE
    notes: str = ""

    def cleaned(self) -> WorkshopData:
        """A copy with single spaces in one-line texts and the modules in their list order."""
        values: dict[str, object] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if type(value) is str and f.name != "notes":
                value = " ".join(value.split())
            values[f.name] = value
        values["notes"] = self.notes.strip()
        values["modules"] = tuple(m for m in WorkshopModule if m in set(self.modules))
        values["company_id"] = self.company_id or None
        return replace(self, **values)  # type: ignore[arg-type]

    def validate(self, session_dates: Iterable[date] = ()) -> dict[str, str]:
        """Field name → Spanish message for every problem; empty when the workshop is valid.

        ``session_dates``: the dates of its sessions already recorded; the workshop's dates
        must still hold them all.
        """
        errors: dict[str, str] = {}
        if not self.name.strip():
            errors["name"] = translate("domain.workshops", "Escriba el nombre del taller.")
        if not self.modules and not self.other_modules.strip():
            errors["modules"] = translate(
                "domain.workshops", "Marque al menos un módulo, o escríbalo en «Otros módulos»."
            )
        if not self.facilitator.strip():
            errors["facilitator"] = translate(
                "domain.workshops", "Escriba quién facilita el taller."
            )
        if self.capacity is None:
            errors["capacity"] = translate(
                "domain.workshops", "Indique cuántos cupos tiene el taller."
            )
        elif not 1 <= self.capacity <= MAX_CAPACITY:
            errors["capacity"] = translate(
                "domain.workshops", "Los cupos van de 1 a {MAX_CAPACITY}."
            ).format(MAX_CAPACITY=MAX_CAPACITY)
        if self.starts_on is None:
            errors["starts_on"] = translate("domain.workshops", "Indique la fecha de inicio.")
        if self.ends_on is None:
            errors["ends_on"] = translate("domain.workshops", "Indique la fecha de término.")
        elif self.starts_on is not None and self.ends_on < self.starts_on:
            errors["ends_on"] = translate(
                "domain.workshops", "El término no puede ser anterior al inicio."
            )
        if self.min_attendance is None:
            errors["min_attendance"] = translate(
                "domain.workshops", "Indique la asistencia mínima para aprobar."
            )
        elif not 1 <= self.min_attendance <= 100:
            errors["min_attendance"] = translate(
                "domain.workshops", "La asistencia mínima va de 1 % a 100 %."
            )
        if self.starts_on is not None and self.ends_on is not None and "ends_on" not in errors:
            outside = sorted(d for d in session_dates if not self.starts_on <= d <= self.ends_on)
            if outside:
                errors["starts_on" if outside[0] < self.starts_on else "ends_on"] = translate(
                    "domain.workshops",
                    "Hay sesiones fuera de estas fechas (la del {value:%d-%m-%Y}); muévalas antes.",
                ).format(value=outside[0])
        for name, limit in MAX_LENGTHS.items():
            length = len(getattr(self, name).strip())
            if length > limit:
                errors[name] = too_long(FIELD_LABELS[name], limit, length)
        return errors

    @property
    def module_text(self) -> str:
        """The modules as the officer reads them, in one line."""
        names = [m.label for m in self.modules]
        if self.other_modules.strip():
            names.append(self.other_modules.strip())
        return ", ".join(names)


@dataclass
class SessionData:
    """One session of a workshop, as entered."""

    date: Day | None = None
    starts_at: str = ""
    """``"hh:mm"`` (24 h)."""
    ends_at: str = ""
    place: str = ""

    def cleaned(self) -> SessionData:
        return replace(
            self,
            starts_at=parse_clock(self.starts_at) or self.starts_at.strip(),
            ends_at=parse_clock(self.ends_at) or self.ends_at.strip(),
            place=" ".join(self.place.split()),
        )

    def validate(self, starts_on: Day | None, ends_on: Day | None) -> dict[str, str]:
        """Field name → Spanish message for every problem; the session must fall within its
        workshop's dates (``starts_on``..``ends_on``)."""
        errors: dict[str, str] = {}
        if self.date is None:
            errors["date"] = translate("domain.workshops", "Indique la fecha de la sesión.")
        elif (
            starts_on is not None
            and ends_on is not None
            and not (starts_on <= self.date <= ends_on)
        ):
            errors["date"] = translate(
                "domain.workshops",
                "La sesión debe estar entre el {starts_on:%d-%m-%Y} y el {ends_on:%d-%m-%Y}, las "
                "fechas del taller.",
            ).format(starts_on=starts_on, ends_on=ends_on)
        start = parse_clock(self.starts_at)
        end = parse_clock(self.ends_at)
        if start is None:
            errors["starts_at"] = translate(
                "domain.workshops", "Escriba la hora de inicio como 09:30."
            )
        if end is None:
            errors["ends_at"] = translate(
                "domain.workshops", "Escriba la hora de término como 12:30."
            )
        elif start is not None and end <= start:
            errors["ends_at"] = translate(
                "domain.workshops", "La hora de término debe ser posterior a la de inicio."
            )
        if len(self.place) > SESSION_PLACE_MAX:
            errors["place"] = too_long(SESSION_LABELS["place"], SESSION_PLACE_MAX, len(self.place))
        return errors


def attendance_percent(present: int, sessions: int) -> int:
    """Sessions attended as a whole percentage of the workshop's sessions (rounded down, so a
    person is never shown as reaching a threshold they did not reach)."""
    return 0 if sessions <= 0 else present * 100 // sessions


def completes(present: int, sessions: int, min_attendance: int) -> bool:
    """The completion rule: present at ``min_attendance`` % or more of the workshop's sessions
    (every session counts, also those held before a late enrollment). Justified absences do not
    count as attendance. A workshop without sessions completes nobody."""
    return sessions > 0 and present * 100 >= min_attendance * sessions


def may_still_complete(present: int, unmarked: int, sessions: int, min_attendance: int) -> bool:
    """Whether a person not completing yet still can: present at each of the ``unmarked``
    sessions still ahead would reach the rule."""
    return completes(present + unmarked, sessions, min_attendance)


def standing(present: int, unmarked: int, sessions: int, min_attendance: int) -> str:
    """What the attendance grid and the people list say of a person's attendance so far:
    «aprueba», «puede aprobar» (still within reach) or «no aprueba»."""
    if completes(present, sessions, min_attendance):
        return "aprueba"
    if may_still_complete(present, unmarked, sessions, min_attendance):
        return "puede aprobar"
    return translate("domain.workshops", "no aprueba")


AGE_GROUPS: tuple[tuple[str, int, int | None], ...] = (
    ("15 a 17", 15, 17),
    ("18 a 24", 18, 24),
    ("25 a 29", 25, 29),
    ("30 a 44", 30, 44),
    ("45 a 59", 45, 59),
    ("60 y más", 60, None),
)
"""The age groups of the reports (label, from, to); younger people and those without a birth
date are counted apart as «Sin dato»."""

UNKNOWN_AGE = "Sin dato"


def age_group(birth: date | None, on: date) -> str:
    """The report's age group of a person born on ``birth``, on the date ``on``."""
    if birth is not None:
        age = age_on(birth, on)
        for label, low, high in AGE_GROUPS:
            if age >= low and (high is None or age <= high):
                return label
    return UNKNOWN_AGE
