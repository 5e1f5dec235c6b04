"""Activity report benchmark (issue 11, point 9): the annual activity report of an office with
100,000 people and 300,000 atenciones (with the companies, vacancies, referrals, placements,
workshops, fairs and surveys such an office has), in-process and as a cold command. Reports
times (median of N runs); asserts nothing. Target: ≤ 3 s.

    .venv/bin/python bench/bench_activity.py        # --people 100000 --attentions 300000 --repeat 5
    .venv/bin/python bench/bench_activity.py --people 5000 --attentions 15000 --repeat 2  # quick

The database is built once with SQLAlchemy Core (bulk inserts of rows shaped as the services
write them; no change log, which the report never reads) and cached under
``bench/out/activity/``; each run reads it (the report only reads). Writes
``bench/out/activity/results.json`` (every timing, the query plans, the machine's load, the
commit measured) and a profile of one in-process run.
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import resource
import statistics
import subprocess
import sys
import time
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_info import app_state, load, profile
from sqlalchemy import insert, text

from omil_desktop.domain.activity import Period
from omil_desktop.domain.intermediation import ContractType, follow_up_date
from omil_desktop.domain.people import ServiceKind, search_key, sort_key
from omil_desktop.services.activity import ActivityService
from omil_desktop.services.activity_documents import ActivityDocuments
from omil_desktop.services.workspace import Workspace
from omil_desktop.store.models import (
    Attention,
    Company,
    CompanyInteraction,
    FairAttendee,
    FairCompany,
    JobFair,
    Person,
    Placement,
    Referral,
    SatisfactionSurvey,
    Vacancy,
    Workshop,
    WorkshopEnrollment,
    new_id,
)

OFFICE = "10404"
SEED = 20261129
FIRST_DAY = date(2025, 1, 1)
LAST_DAY = date(2026, 11, 27)
"""Atenciones and the rest fall between these days: this year to date and the whole year before
(the report compares them)."""
FIRST = ["María José", "Ñusta", "Begoña", "José Ignacio", "Andrés", "Inés", "Sofía", "Matías"]
LAST = ["Núñez", "Peñailillo", "Muñoz", "Ñancupil", "Castañeda", "Ávila", "Acuña", "Huenchumán"]
KINDS = [k.value for k in ServiceKind]
NOW = datetime(2026, 11, 27, 12, 0)
BATCH = 20_000


def _day(rng: random.Random) -> date:
    return FIRST_DAY + timedelta(days=rng.randrange((LAST_DAY - FIRST_DAY).days + 1))


def _synced(**values: Any) -> dict[str, Any]:
    return {
        "id": new_id(),
        "office_code": OFFICE,
        "created_at": NOW,
        "updated_at": NOW,
        "deleted_at": None,
        "shared": False,
        **values,
    }


def build(folder: Path, people: int, attentions: int) -> dict[str, int]:
    """The office, filled; returns how many rows of each kind it holds."""
    rng = random.Random(SEED)
    workspace = Workspace(folder)
    workspace.set_up_office(OFFICE, "Ana Pérez Ñancupil")
    counts: dict[str, int] = {}
    engine_db = workspace.db
    with engine_db.transaction() as session:
        conn = session.connection()

        def put(model: Any, rows: list[dict[str, Any]]) -> None:
            for start in range(0, len(rows), BATCH):
                conn.execute(insert(model.__table__), rows[start : start + BATCH])
            counts[model.__tablename__] = counts.get(model.__tablename__, 0) + len(rows)

        person_ids = []
        rows = []
        for i in range(people):
            first, last1, last2 = FIRST[i % 8], LAST[i // 8 % 8], LAST[i // 64 % 8]
            born = date(1945 + rng.randrange(62), 1 + rng.randrange(12), 1 + rng.randrange(28))
            pid = new_id()
            person_ids.append(pid)
            rows.append(
                _synced(
                    id=pid,
                    rut=f"{10_000_000 + i}-{i % 10}",
                    document_type=None,
                    document_number="",
                    document_country="",
                    first_names=first,
                    last_name_1=last1,
                    last_name_2=last2,
                    birth_date=born if rng.random() > 0.03 else None,
                    sex=rng.choice(["F", "M", "F", "M", "X", None]),
                    nationality="Chilena",
                    comuna_code=OFFICE,
                    address="",
                    phone="",
                    email="",
                    education_level=None,
                    job_status=None,
                    occupation="",
                    experience="",
                    has_disability=rng.random() < 0.06,
                    rnd_registered=False,
                    woman_head_of_household=rng.random() < 0.12,
                    migrant=rng.random() < 0.08,
                    indigenous=rng.random() < 0.1,
                    unemployment_insurance=None,
                    bne_registered_on=_day(rng) if rng.random() < 0.4 else None,
                    consent_on=None,
                    consent_method=None,
                    notes="",
                    active=True,
                    search_key=search_key(None, first, last1, last2, ""),
                    sort_key=sort_key(first, last1, last2),
                )
            )
        put(Person, rows)
        put(
            Attention,
            [
                _synced(
                    person_id=rng.choice(person_ids),
                    date=_day(rng),
                    kind=rng.choice(KINDS),
                    notes="",
                    deleted_at=NOW if rng.random() < 0.01 else None,
                )
                for _ in range(attentions)
            ],
        )

        def sized(at_100k: int) -> int:  # the office's other records, in proportion
            return max(1, at_100k * people // 100_000)

        company_ids = [new_id() for _ in range(sized(1_500))]
        put(
            Company,
            [
                _synced(
                    id=cid,
                    rut=f"{76_000_000 + n}-{n % 10}",
                    legal_name=f"Empresa {n} SpA",
                    trade_name="",
                    activity="",
                    size=None,
                    comuna_code=OFFICE,
                    address="",
                    phone="",
                    email="",
                    notes="",
                    search_key=f"empresa {n}",
                    sort_key=f"empresa {n}",
                )
                for n, cid in enumerate(company_ids)
            ],
        )
        put(
            CompanyInteraction,
            [
                _synced(company_id=rng.choice(company_ids), date=_day(rng), kind="llamada")
                for _ in range(sized(6_000))
            ],
        )
        vacancy_ids = [new_id() for _ in range(sized(2_500))]
        put(
            Vacancy,
            [
                _synced(
                    id=vid,
                    company_id=rng.choice(company_ids),
                    title="Operario",
                    occupation="",
                    openings=1 + rng.randrange(5),
                    description="",
                    education_level=None,
                    experience="",
                    licences="",
                    workday=None,
                    salary=None,
                    contract_type=None,
                    comuna_code=OFFICE,
                    published_on=_day(rng),
                    closes_on=None,
                    status="abierta",
                    inclusive=False,
                    search_key="operario",
                )
                for vid in vacancy_ids
            ],
        )
        referrals, placements = [], []
        for _ in range(sized(15_000)):
            referred = _day(rng)
            hired = rng.random() < 0.3
            rid = new_id()
            person = rng.choice(person_ids)
            referrals.append(
                _synced(
                    id=rid,
                    vacancy_id=rng.choice(vacancy_ids),
                    person_id=person,
                    candidate_name="",
                    candidate_rut=None,
                    candidate_phone="",
                    status="contratado" if hired else "derivado",
                    referred_on=referred,
                    interviewed_on=None,
                    outcome_on=referred + timedelta(days=7) if hired else None,
                    notes="",
                )
            )
            if hired:
                start = referred + timedelta(days=14)
                kind = rng.choice(list(ContractType))
                followed = start + timedelta(days=92)
                placements.append(
                    _synced(
                        referral_id=rid,
                        person_id=person,
                        start_on=start,
                        contract_type=kind.value,
                        months=None if kind is ContractType.INDEFINITE else rng.randrange(1, 13),
                        follow_up_on=follow_up_date(start),
                        followed_up_on=followed if followed <= LAST_DAY else None,
                        still_employed=rng.random() < 0.7 if followed <= LAST_DAY else None,
                        notes="",
                    )
                )
        put(Referral, referrals)
        put(Placement, placements)
        workshop_ids, enrollments = [], []
        for _ in range(sized(200)):
            wid = new_id()
            starts = _day(rng)
            workshop_ids.append(
                _synced(
                    id=wid,
                    name="Apresto laboral",
                    modules="cv",
                    other_modules="",
                    facilitator="Begoña Peña",
                    place="",
                    capacity=25,
                    target_group="",
                    company_id=None,
                    programme="",
                    starts_on=starts,
                    ends_on=starts + timedelta(days=10),
                    min_attendance=75,
                    status="finalizado",
                    finished_on=starts + timedelta(days=10),
                    notes="",
                    search_key="apresto laboral",
                )
            )
            for person in rng.sample(person_ids, 20):
                done = rng.random() < 0.7
                enrollments.append(
                    _synced(
                        workshop_id=wid,
                        person_id=person,
                        status="inscrito",
                        enrolled_on=starts,
                        queued_at=NOW,
                        withdrawn_on=None,
                        completed_on=starts + timedelta(days=10) if done else None,
                        attention_id=None,
                    )
                )
        put(Workshop, workshop_ids)
        put(WorkshopEnrollment, enrollments)
        fairs, fair_companies, attendees = [], [], []
        for _ in range(sized(20)):
            fid = new_id()
            fairs.append(
                _synced(
                    id=fid,
                    name="Feria laboral",
                    kind="feria",
                    held_on=_day(rng),
                    place="",
                    comuna_code=OFFICE,
                    organisers=OFFICE,
                    notes="",
                )
            )
            for company in rng.sample(company_ids, 10):
                fair_companies.append(
                    _synced(fair_id=fid, company_id=company, openings=3, positions="", notes="")
                )
            for person in rng.sample(person_ids, 150):
                attendees.append(_synced(fair_id=fid, person_id=person, attention_id=None))
        put(JobFair, fairs)
        put(FairCompany, fair_companies)
        put(FairAttendee, attendees)
        put(
            SatisfactionSurvey,
            [
                _synced(
                    person_id=rng.choice(person_ids),
                    answered_on=_day(rng),
                    service=rng.choice(["atencion", "taller", "colocacion", "feria"]),
                    attention_id=None,
                    workshop_id=None,
                    placement_id=None,
                    fair_id=None,
                    score=rng.randrange(1, 8),
                    comment="",
                    channel="telefono",
                )
                for _ in range(sized(6_000))
            ],
        )
    with workspace.db.transaction() as session:
        session.execute(text("ANALYZE"))
    workspace.close()
    return counts


def measure(run: Any, repeat: int) -> tuple[list[float], list[float]]:
    """Wall seconds and CPU seconds (user + system, of this process and the commands it ran)
    of each run: on a shared machine the CPU time is what the run itself cost."""
    walls, cpus = [], []
    for _ in range(repeat):
        before = _cpu()
        start = time.perf_counter()
        run()
        walls.append(time.perf_counter() - start)
        cpus.append(_cpu() - before)
    return walls, cpus


def _cpu() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def summary(measured: tuple[list[float], list[float]]) -> dict[str, Any]:
    walls, cpus = measured
    return {
        "seconds": [round(t, 3) for t in walls],
        "median_seconds": round(statistics.median(walls), 3),
        "max_seconds": round(max(walls), 3),
        "cpu_seconds": [round(t, 3) for t in cpus],
        "median_cpu_seconds": round(statistics.median(cpus), 3),
    }


CALLS = {
    ("activity.py", "_people"): "people served by group (SQL)",
    ("activity.py", "_attentions_by_kind"): "atenciones by kind (SQL)",
    ("activity.py", "_counts"): "every count of one period",
    ("activity.py", "costs"): "cost of services (rendición)",
    ("fairs.py", "fair_figures"): "fairs (FairService)",
    ("activity.py", "activity_report"): "the PDF laid out and written",
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--attentions", type=int, default=300_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "out" / "activity")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    from omil_desktop.store.migrate import HEAD_REVISION

    folder = args.out / f"data-{args.people}-{args.attentions}-rev{HEAD_REVISION}"
    counts_file = folder / "counts.json"
    load_before = load()
    if args.rebuild or not counts_file.is_file():
        import shutil

        shutil.rmtree(folder, ignore_errors=True)
        started = time.perf_counter()
        counts = build(folder, args.people, args.attentions)
        counts_file.write_text(json.dumps(counts))
        print(f"Database built in {time.perf_counter() - started:.1f} s: {counts}")
    counts = json.loads(counts_file.read_text())
    year = Period.year(2026)
    results: dict[str, Any] = {}
    workspace = Workspace(folder)
    try:
        service = ActivityService(workspace.db, workspace.territory, OFFICE)
        documents = ActivityDocuments(workspace.db, workspace.territory, OFFICE, now=lambda: NOW)
        first = time.perf_counter()
        figures = service.figures(year)
        results["figures_first_in_process"] = round(time.perf_counter() - first, 3)
        results["load_at_start"] = load()
        results["figures_in_process"] = summary(measure(lambda: service.figures(year), args.repeat))
        results["indicator_values_in_process"] = summary(
            measure(lambda: service.indicator_values(year.starts_on, year.ends_on), args.repeat)
        )
        pdf = args.out / "actividad-2026.pdf"
        results["pdf_in_process"] = summary(measure(lambda: documents.pdf(year, pdf), args.repeat))
        xlsx = args.out / "actividad-2026.xlsx"
        results["xlsx_in_process"] = summary(
            measure(lambda: documents.excel(year, xlsx), args.repeat)
        )
        results["pdf_pages"] = documents.pdf(year, pdf)
        results["figures"] = {
            "people_served": figures.current.people_served,
            "attentions": figures.current.attentions,
            "placements": figures.current.placements,
            "previous_people_served": figures.previous.people_served,
        }
        where = profile(lambda: documents.pdf(year, pdf), args.out / "pdf.prof", CALLS)
        results["profile_cumulative_seconds"] = [(label, round(s, 3)) for label, s in where]
        with workspace.db.transaction() as session:
            plans = {}
            for name, sql in {
                "people": "SELECT sex, count(*) FROM person WHERE office_code = '10404' AND "
                "deleted_at IS NULL AND id IN (SELECT person_id FROM attention WHERE "
                "date >= '2026-01-01' AND date <= '2026-12-31' AND deleted_at IS NULL) "
                "GROUP BY sex",
                "attentions_by_kind": "SELECT kind, count(*) FROM attention WHERE date >= "
                "'2026-01-01' AND date <= '2026-12-31' AND deleted_at IS NULL AND person_id "
                "NOT IN ('x') GROUP BY kind",
            }.items():
                plans[name] = [
                    str(row[-1]) for row in session.execute(text("EXPLAIN QUERY PLAN " + sql))
                ]
            results["query_plans"] = plans
    finally:
        workspace.close()
    command = Path(sys.executable).parent / "omil-desktop"
    report = ["report", "activity", "--from", "2026-01-01", "--to", "2026-12-31", "--out"]
    for name, rest in (
        # The same start (imports, the folder's check, opening it) with a command that reads
        # almost nothing: what the report adds is the difference.
        ("cli_baseline_workshops_cold", ["workshops"]),
        ("cli_pdf_cold", [*report, str(args.out / "cli.pdf")]),
        ("cli_xlsx_cold", [*report, str(args.out / "cli.xlsx")]),
    ):
        line = [str(command), "--data-dir", str(folder), *rest]

        def cli(line: list[str] = line) -> None:
            subprocess.run(line, check=True, capture_output=True)

        results[name] = summary(measure(cli, args.repeat))
    results["counts"] = counts
    results["machine"] = {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpus": __import__("os").cpu_count(),
        "load_before": load_before,
        "load_after": load(),
    }
    results["app"] = app_state()
    (args.out / "results.json").write_text(json.dumps(results, indent=2, ensure_ascii=False))
    print(json.dumps({k: v for k, v in results.items() if k != "counts"}, indent=2))


if __name__ == "__main__":
    main()
