"""Retention review benchmark (issue 12, point 6): who is past the retention period in an office
with 100,000 people and 300,000 atenciones (with the referrals, placements, workshop enrollments,
fairs and surveys such an office has), registered and served over twelve years. Reports times
(median of N runs) of what the review window and ``conservacion revisar`` do; asserts nothing.

    .venv/bin/python bench/bench_retention.py          # --people 100000 --attentions 300000
    .venv/bin/python bench/bench_retention.py --people 5000 --attentions 15000 --repeat 3

The database is built once with SQLAlchemy Core (rows shaped as the services write them; no
change log, which the review never reads) and cached under ``bench/out/retention/``. Each run
opens it read as the window does. Writes ``bench/out/retention/results.json`` (every timing,
the query plans, the machine's load, the commit measured).
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import shutil
import statistics
import sys
import time
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_info import app_state, load
from sqlalchemy import insert, select

from omil_desktop.domain.people import search_key, sort_key
from omil_desktop.domain.rut import Rut
from omil_desktop.services.workspace import Workspace
from omil_desktop.store.models import (
    Attention,
    Company,
    FairAttendee,
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
FIRST_DAY = date(2014, 1, 1)
TODAY = date(2026, 11, 27)
BATCH = 5000
FIRST = ["María José", "Valentina", "Íñigo", "José Luis", "Ñeca", "Sofía", "Andrés", "Zoë"]
LAST = ["Núñez", "Muñoz", "Ñancupil", "Oyarzún", "Pérez", "Huenchumán", "Ibáñez", "Soto"]


def _day(rng: random.Random, since: date = FIRST_DAY) -> date:
    return since + timedelta(days=rng.randrange((TODAY - since).days + 1))


def _synced(at: datetime, **values: Any) -> dict[str, Any]:
    return {
        "office_code": OFFICE,
        "created_at": at,
        "updated_at": at,
        "deleted_at": None,
        "shared": False,
        **values,
    }


def build(folder: Path, people: int, attentions: int) -> dict[str, int]:
    """The office, filled; returns how many rows of each kind it holds. People register on a
    day of the twelve years; their atenciones and the rest fall after it."""
    rng = random.Random(SEED)
    workspace = Workspace(folder)
    workspace.set_up_office(OFFICE, "Ana Pérez Ñancupil")
    counts: dict[str, int] = {}
    with workspace.db.transaction() as session:
        conn = session.connection()

        def put(model: Any, rows: list[dict[str, Any]]) -> None:
            for start in range(0, len(rows), BATCH):
                conn.execute(insert(model.__table__), rows[start : start + BATCH])
            counts[model.__tablename__] = counts.get(model.__tablename__, 0) + len(rows)

        registered: list[tuple[str, date]] = []
        rows = []
        for i in range(people):
            first, last1, last2 = FIRST[i % 8], LAST[i // 8 % 8], LAST[i // 64 % 8]
            on = _day(rng)
            pid = new_id()
            registered.append((pid, on))
            rows.append(
                _synced(
                    datetime(on.year, on.month, on.day, 10),
                    id=pid,
                    rut=Rut.from_body(10_000_000 + i).compact,
                    document_type=None,
                    document_number="",
                    document_country="",
                    first_names=first,
                    last_name_1=last1,
                    last_name_2=last2,
                    birth_date=date(1960 + i % 45, 1 + i % 12, 1 + i % 28),
                    sex=rng.choice(["F", "M"]),
                    nationality="Chilena",
                    comuna_code=OFFICE,
                    address="",
                    phone="",
                    email="",
                    education_level=None,
                    job_status=None,
                    occupation="",
                    experience="",
                    has_disability=False,
                    rnd_registered=False,
                    woman_head_of_household=False,
                    migrant=False,
                    indigenous=False,
                    unemployment_insurance=None,
                    bne_registered_on=None,
                    consent_on=None,
                    consent_method=None,
                    notes="",
                    active=True,
                    legal_basis="funcion_legal",
                    anonymised_on=None,
                    search_key=search_key(Rut.from_body(10_000_000 + i), first, last1, last2, ""),
                    sort_key=sort_key(first, last1, last2),
                )
            )
        put(Person, rows)

        def later(rng: random.Random) -> tuple[str, date]:
            pid, on = rng.choice(registered)
            return pid, _day(rng, on)

        at = datetime(2026, 1, 1)
        put(
            Attention,
            [
                _synced(at, id=new_id(), person_id=p, date=d, kind="orientacion", notes="")
                for p, d in (later(rng) for _ in range(attentions))
            ],
        )
        scale = people / 100_000
        company_id, vacancy_id = new_id(), new_id()
        put(
            Company,
            [
                _synced(
                    at,
                    id=company_id,
                    rut="76123456-0",
                    legal_name="Forestal Palena SpA",
                    comuna_code=OFFICE,
                    search_key="forestal palena",
                    sort_key="forestal palena",
                )
            ],
        )
        put(
            Vacancy,
            [
                _synced(
                    at,
                    id=vacancy_id,
                    company_id=company_id,
                    title="Operario",
                    openings=9999,
                    comuna_code=OFFICE,
                    published_on=FIRST_DAY,
                    status="abierta",
                    search_key="operario",
                )
            ],
        )
        referrals, placements = [], []
        for _ in range(int(12_000 * scale)):
            pid, on = later(rng)
            rid = new_id()
            referrals.append(
                _synced(
                    at,
                    id=rid,
                    vacancy_id=vacancy_id,
                    person_id=pid,
                    status="contratado",
                    referred_on=on,
                    outcome_on=on + timedelta(days=7),
                )
            )
            if rng.random() < 0.3:
                start = on + timedelta(days=14)
                placements.append(
                    _synced(
                        at,
                        referral_id=rid,
                        person_id=pid,
                        start_on=start,
                        contract_type="indefinido",
                        follow_up_on=start + timedelta(days=92),
                        followed_up_on=start + timedelta(days=92) if rng.random() < 0.7 else None,
                    )
                )
        put(Referral, referrals)
        put(Placement, [{"id": new_id(), **p} for p in placements])
        workshop_id = new_id()
        put(
            Workshop,
            [
                _synced(
                    at,
                    id=workshop_id,
                    name="Apresto",
                    facilitator="Ana",
                    capacity=99999,
                    starts_on=FIRST_DAY,
                    ends_on=TODAY,
                    status="abierto",
                    min_attendance=75,
                )
            ],
        )
        put(
            WorkshopEnrollment,
            [
                _synced(
                    at,
                    id=new_id(),
                    workshop_id=workshop_id,
                    person_id=p,
                    status="inscrito",
                    enrolled_on=d,
                    queued_at=datetime(d.year, d.month, d.day),
                )
                for p, d in (later(rng) for _ in range(int(8_000 * scale)))
            ],
        )
        fairs = []
        for year in range(2014, 2027):
            fairs.append(
                _synced(
                    at,
                    id=new_id(),
                    name=f"Feria {year}",
                    kind="feria",
                    held_on=date(year, 10, 15),
                    comuna_code=OFFICE,
                    organisers=OFFICE,
                )
            )
        put(JobFair, fairs)
        attendees = {}
        for _ in range(int(6_000 * scale)):
            pid, _on = rng.choice(registered)
            fair = rng.choice(fairs)
            attendees[(fair["id"], pid)] = _synced(
                at, id=new_id(), fair_id=fair["id"], person_id=pid
            )
        put(FairAttendee, list(attendees.values()))
        put(
            SatisfactionSurvey,
            [
                _synced(
                    at,
                    id=new_id(),
                    person_id=p,
                    answered_on=d,
                    service="atencion",
                    score=6,
                    channel="presencial",
                )
                for p, d in (later(rng) for _ in range(int(5_000 * scale)))
            ],
        )
    with workspace.db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    workspace.close()
    return counts


def timed(run: Any, repeat: int) -> dict[str, Any]:
    seconds = []
    result = None
    for _ in range(repeat):
        start = time.perf_counter()
        result = run()
        seconds.append(time.perf_counter() - start)
    return {
        "median_ms": round(statistics.median(seconds) * 1000, 1),
        "min_ms": round(min(seconds) * 1000, 1),
        "max_ms": round(max(seconds) * 1000, 1),
        "runs_ms": [round(s * 1000, 1) for s in seconds],
        "result": result,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--attentions", type=int, default=300_000)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args()
    out = Path(__file__).resolve().parent / "out" / "retention"
    folder = out / f"office-{args.people}-{args.attentions}"
    counts: dict[str, int] | None = None
    if args.rebuild or not (folder / "built.json").exists():
        shutil.rmtree(folder, ignore_errors=True)
        start = time.perf_counter()
        counts = build(folder, args.people, args.attentions)
        (folder / "built.json").write_text(json.dumps(counts))
        print(f"built in {time.perf_counter() - start:.1f} s: {counts}")
    counts = json.loads((folder / "built.json").read_text())
    load_before = load()
    workspace = Workspace(folder)
    retention = workspace.retention
    results: dict[str, Any] = {}

    def cold_count() -> int:
        ws = Workspace(folder)
        try:
            return ws.retention.count_due(TODAY)
        finally:
            ws.close()

    results["count_due (cold: opening the folder included)"] = timed(cold_count, args.repeat)
    results["count_due"] = timed(lambda: retention.count_due(TODAY), args.repeat)
    results["due_ids (the list's ids, sorted; «Seleccionar todas»)"] = timed(
        lambda: len(retention.due_ids(TODAY)), args.repeat
    )
    ids = retention.due_ids(TODAY)
    due = len(ids)
    results["describe a page of 100 (the rows in sight)"] = timed(
        lambda: len(retention.describe(ids[:100])), args.repeat
    )
    results["review window opens: ids + first page"] = timed(
        lambda: len(retention.describe(retention.due_ids(TODAY)[:100])), args.repeat
    )
    results["due(): everyone described (conservacion revisar)"] = timed(
        lambda: len(retention.due(TODAY)), max(1, args.repeat // 2)
    )
    with workspace.db.engine.connect() as conn:
        stmt = select(Person.id).where(*retention._due(TODAY))
        compiled = stmt.compile(workspace.db.engine, compile_kwargs={"literal_binds": True})
        plan = [
            " ".join(str(c) for c in row[1:])
            for row in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}")
        ]
    workspace.close()
    report = {
        "people": args.people,
        "attentions": args.attentions,
        "rows": counts,
        "due": due,
        "period_years": 5,
        "results": {k: {**v, "result": v["result"]} for k, v in results.items()},
        "query_plan": plan,
        "machine": {"python": platform.python_version(), "platform": platform.platform()},
        "load_before": load_before,
        "load_after": load(),
        **app_state(),
    }
    (out / "results.json").write_text(json.dumps(report, indent=2, ensure_ascii=False))
    print(f"{args.people:,} people, {args.attentions:,} atenciones; past 5 years: {due:,}")
    for name, value in results.items():
        print(
            f"  {name:<50} median {value['median_ms']:>8.1f} ms  "
            f"(min {value['min_ms']:.1f}, max {value['max_ms']:.1f})"
        )
    print("query plan:")
    for line in plan:
        print("  " + line)
    print(f"load before {load_before}, after {load()}")


if __name__ == "__main__":
    main()
