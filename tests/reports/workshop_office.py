"""A workshop of Palena filled through the services, for the tests of its printed documents:
61 people with accents and ñ enrolled (the last one withdrawn), 4 sessions of 3 hours, and
attendance that makes 12 of them complete it (75 % or more)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from omil_desktop.domain.people import PersonData, Sex
from omil_desktop.domain.rut import Rut
from omil_desktop.domain.workshops import AttendanceMark, SessionData, WorkshopData, WorkshopModule

FIRST = ["María José", "Ñusta", "Begoña", "José Ignacio", "Andrés", "Inés", "Sofía", "Matías"]
LAST = ["Núñez", "Peñailillo", "Muñoz", "Ñancupil", "Castañeda", "Ávila", "Acuña", "Bórquez"]
TODAY = date(2026, 11, 20)
NAME = "Apresto laboral: entrevista y currículum en Río Palena"


@dataclass(frozen=True)
class Filled:
    workshop_id: str
    names: list[str]
    """Everyone enrolled, in the sheet's (name) order is not guaranteed: as created."""
    withdrawn: str
    completers: list[str]
    others: list[str]
    """Enrolled, not completing."""


def person_name(i: int) -> tuple[str, str, str]:
    return FIRST[i % 8], LAST[i // 8 % 8], LAST[(i + 3) % 8]


def fill(workspace, people: int = 61, completers: int = 12, *, finish: bool = True) -> Filled:
    """The workshop above, through the services (clock fixed on TODAY)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("omil_desktop.services.workshops.today", lambda: TODAY)
        records = []
        for i in range(people):
            first, last1, last2 = person_name(i)
            data = PersonData(
                first_names=first,
                last_name_1=last1,
                last_name_2=last2,
                rut=Rut.from_body(15_000_000 + i * 1_111),
                birth_date=date(1960 + i % 45, 1 + i % 12, 1 + i % 28),
                sex=(Sex.FEMALE, Sex.MALE, None)[i % 3],
                comuna_code=workspace.office.comuna_code,
            )
            records.append((data, True))
        ids = workspace.people.create_many(records)
        service = workspace.workshops
        wid = service.create(
            WorkshopData(
                name=NAME,
                modules=(WorkshopModule.CV, WorkshopModule.INTERVIEW),
                other_modules="Atención al cliente",
                facilitator="Begoña Peña Cárcamo",
                place="Sede vecinal Río Palena",
                capacity=people,
                starts_on=date(2026, 11, 2),
                ends_on=date(2026, 11, 13),
            )
        )
        sessions = [
            service.add_session(wid, SessionData(date(2026, 11, d), "9:30", "12:30"))
            for d in (3, 4, 5, 6)
        ]
        enrollments = [service.enroll(wid, pid, on=date(2026, 11, 2)).enrollment_id for pid in ids]
        service.withdraw(enrollments[-1], on=date(2026, 11, 3))
        enrolled = enrollments[:-1]
        for n, session_id in enumerate(sessions):
            marks: dict[str, AttendanceMark | None] = {}
            for i, enrollment_id in enumerate(enrolled):
                if i < completers // 2:
                    present = True  # 4 of 4
                elif i < completers:
                    present = n > 0  # 3 of 4: just enough (75 %)
                elif i < completers + 5:
                    present = n < 2  # 2 of 4: not enough
                else:
                    present = False
                marks[enrollment_id] = (
                    AttendanceMark.PRESENT
                    if present
                    else (AttendanceMark.EXCUSED if i % 2 else AttendanceMark.ABSENT)
                )
            service.set_marks(session_id, marks)
        if finish:
            service.finish(wid, on=TODAY)
    names = [" ".join(p for p in person_name(i) if p) for i in range(people)]
    return Filled(
        workshop_id=wid,
        names=names[:-1],
        withdrawn=names[-1],
        completers=names[:completers],
        others=names[completers:-1],
    )
