"""``omil-regional report --year --out FILE.xlsx``: the region's year read back with openpyxl."""

from __future__ import annotations

from datetime import datetime

import pytest
from openpyxl import load_workbook

from omil_desktop.regional.cli import main
from omil_desktop.regional.figures import (
    GESTION_INDICATORS,
    INDICATOR_LABELS,
    OVERVIEW_HEADER,
    region_figures,
)
from tests.regional.demo_region_fixture import demo_region

# The session's demo region, built once, on one worker (--dist loadgroup).
pytestmark = pytest.mark.xdist_group("demo_region")

__all__ = ["demo_region"]  # the shared fixture


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _read(path) -> tuple[list[str], list[list[object]], str | None]:
    book = load_workbook(path)
    sheet = book.worksheets[0]
    assert len(book.worksheets) == 1
    rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    return [str(v) for v in rows[0]], rows[1:], sheet.freeze_panes


def test_the_sheet_read_back_holds_the_regions_figures(demo_region, tmp_path, capsys):
    service, _built, folder = demo_region
    out = tmp_path / "resumen-2026.xlsx"
    code, said, _ = run(
        capsys, "report", "--year", "2026", "--out", str(out), "--data-dir", str(folder)
    )
    assert code == 0
    assert "24 oficinas en 6 Redes Territoriales" in said and str(out) in said
    header, rows, frozen = _read(out)
    assert header == list(OVERVIEW_HEADER) and frozen == "A2"

    figures = region_figures(service.store, 2026)
    expected_rows = len(figures.offices) + len(figures.networks) + 1
    assert len(rows) == expected_rows
    column = {name: header.index(name) for name in header}
    at = 0
    for network in figures.networks:
        for office in network.offices:
            row = rows[at]
            at += 1
            assert row[:3] == [network.name, office.cut, office.name]
            f = office.figures
            assert row[column["Personas atendidas"]] == f.people_served
            assert row[column["Atenciones"]] == f.attentions
            assert row[column["Colocaciones"]] == f.placements
            assert row[column["Meta de colocación"]] == f.placement_target
            assert row[column["% de la meta de colocación"]] == f.placement_percent
            assert row[column["Talleres"]] == f.workshops
            assert row[column["Ferias laborales"]] == f.fairs
            assert row[column["Meses de rendición cerrados"]] == f.months_closed
            sync = row[column["Última sincronización"]]
            if office.last_sync_at is None:
                assert sync is None
            else:  # in the region's time (Chile: 3 or 4 hours behind UTC), as the page shows it
                assert isinstance(sync, datetime)
                behind = (office.last_sync_at - sync).total_seconds()
                assert round(behind) in (3 * 3600, 4 * 3600)
            for name in GESTION_INDICATORS:
                label = INDICATOR_LABELS[name]
                assert row[column[f"{label}: meta"]] == f.targets.get(name)
                assert row[column[f"{label}: avance"]] == f.indicators[name]
        subtotal = rows[at]
        at += 1
        assert subtotal[2] == f"Subtotal {network.name}"
        assert subtotal[column["Personas atendidas"]] == sum(
            o.figures.people_served for o in network.offices
        )
        assert subtotal[column["Meta de colocación"]] == network.subtotal.placement_target
    total = rows[at]
    assert total[2] == "Total región de Los Lagos"
    # The total is the count of what the offices synced, counted here apart from the figures.
    attentions = sum(
        1
        for office in figures.offices
        for record in service.records(office.cut, "attention")
        if not record.deleted and str(record.fields["date"]).startswith("2026-")
    )
    assert total[column["Atenciones"]] == attentions > 0
    assert total[column["Personas atendidas"]] == figures.totals.people_served > 0
    targets = sum(o.figures.targets["colocaciones"] for o in figures.offices)
    assert total[column["Meta de colocación"]] == targets


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["--year", "2026", "--out", "resumen.csv"], "solo en una planilla .xlsx"),
        (["--year", "2026", "--out", "resumen"], "solo en una planilla .xlsx"),
        (["--year", "1999", "--out", "resumen.xlsx"], "el año 1999 está fuera de rango"),
        (["--year", "2101", "--out", "resumen.xlsx"], "va de 2000 a 2100"),
        (["--year", "dos mil", "--out", "resumen.xlsx"], "no es un año"),
    ],
)
def test_bad_input_is_refused_in_spanish_and_nothing_is_written(
    args, said, tmp_path, capsys, monkeypatch
):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as exited:
        main(["report", *args, "--data-dir", str(tmp_path)])
    assert exited.value.code == 2
    assert said in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_a_data_folder_that_does_not_exist_is_refused(tmp_path, capsys):
    missing = tmp_path / "no-existe"
    code, _, err = run(
        capsys,
        "report",
        "--year",
        "2026",
        "--out",
        str(tmp_path / "r.xlsx"),
        "--data-dir",
        str(missing),
    )
    assert code == 2 and "no existe" in err
    assert not missing.exists() and not (tmp_path / "r.xlsx").exists()


def test_a_server_without_a_region_has_nothing_to_report(tmp_path, capsys):
    where = ["--data-dir", str(tmp_path / "regional")]
    (tmp_path / "regional").mkdir()
    code, _, err = run(
        capsys, "report", "--year", "2026", "--out", str(tmp_path / "r.xlsx"), *where
    )
    assert code == 1 and "omil-regional init" in err
    assert not (tmp_path / "r.xlsx").exists()
