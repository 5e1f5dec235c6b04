"""``omil-desktop report rendicion``, ``report valorizacion`` and ``export-expenses`` on a real
data folder: an agreement of 2026 with expenses in September (closed) and October (open), some
with scanned receipts; the installed command for the rendición, the entry point in-process for
the rest. Every refusal is Spanish, exit code 1, and writes no file."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from omil_desktop.app import main
from omil_desktop.domain.expenses import DocumentType
from omil_desktop.domain.rendition import (
    Activity,
    BudgetLineData,
    Funding,
    InstallmentData,
    Month,
)
from omil_desktop.domain.rut import Rut
from omil_desktop.reports.rendition import DRAFT_MARK, SIGNERS, UNREADABLE
from omil_desktop.services.workspace import Workspace
from omil_desktop.store.blobs import BlobStore
from tests.cli.test_cli_reports import run_installed
from tests.reports.rendition_samples import jpeg, pdf, png
from tests.services.rendition_fixtures import agreement_data, expense_data, fee_data, line_id

# The module's office, built once, on one worker (--dist loadgroup).
pytestmark = pytest.mark.xdist_group("cli_rendition")

SEPTEMBER, OCTOBER = Month(2026, 9), Month(2026, 10)


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def office(tmp_path_factory):
    """Palena, run by «Ana Pérez Ñancupil», on 20-11-2026: the 2026 agreement (Res. N° 123),
    two installments, 4 expenses in September (closed, like every month before it; 3 receipts)
    and 3 in October (open)."""
    folder = tmp_path_factory.mktemp("cli-rendition")
    data_dir = folder / "datos"
    files = folder / "escaneos"
    files.mkdir()
    init = ["--data-dir", str(data_dir), "init", "--comuna", "10404"]
    assert main([*init, "--officer", "Ana Pérez Ñancupil"]) == 0

    class Calendar(date):
        @classmethod
        def today(cls):
            return date(2026, 11, 20)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("omil_desktop.store.clock.date", Calendar)
        workspace = Workspace(data_dir)
        try:
            service = workspace.rendition
            aid = service.create_agreement(agreement_data())
            materials = line_id(service, aid, "Materiales e insumos")
            people = line_id(service, aid, "Recursos humanos")
            service.update_budget_line(materials, BudgetLineData("Materiales e insumos", 800_000))
            service.update_budget_line(people, BudgetLineData("Recursos humanos", 4_000_000))
            service.add_installment(aid, InstallmentData(date(2026, 3, 5), 10_000_000, "CI-101"))
            service.add_installment(aid, InstallmentData(date(2026, 9, 8), 10_000_000, "CI-455"))
            september = [
                (expense_data(materials, spent_on=date(2026, 9, 3), number="501"),
                 [png(files / "boleta.png")]),
                (fee_data(people, 450_000, spent_on=date(2026, 9, 12), number="77",
                          supplier_name="Begoña Peñailillo Ñancupil"),
                 [pdf(files / "honorarios.pdf"), jpeg(files / "foto.jpg")]),
                (expense_data(materials, spent_on=date(2026, 9, 20), number="502", net=40_000,
                              funding=Funding.MUNICIPAL), []),
                (expense_data(materials, spent_on=date(2026, 9, 28), number="9",
                              document_type=DocumentType.SALES_RECEIPT, net=23_570, iva=0,
                              total=23_570, supplier_rut=str(Rut.from_body(12_345_678)),
                              supplier_name="Panadería Doña Inés",
                              description="Colación taller", activity=Activity.GENERAL), []),
            ]  # fmt: skip
            for data, receipts in september:
                service.add_expense(aid, data, receipts)
            for n in range(3):
                service.add_expense(
                    aid, expense_data(materials, spent_on=date(2026, 10, 5 + n), number=f"6{n}")
                )
            for month in range(3, 10):
                service.close_month(aid, Month(2026, month))
        finally:
            workspace.close()
    return data_dir


def texts(path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def test_the_rendicion_of_a_closed_month_with_its_annex(office, tmp_path):
    out = tmp_path / "rendición septiembre.pdf"

    done = run_installed(
        "--data-dir", str(office), "report", "rendicion", "--month", "2026-09", "--annex",
        "--out", str(out),
    )  # fmt: skip

    assert done.returncode == 0, done.stderr
    pages = texts(out)
    assert done.stdout == (
        "Rendición de gastos de septiembre de 2026 (Convenio FOMIL 2026 (Res. N° 123)), "
        f"{len(pages)} páginas: {out}\n"
    )
    assert done.stderr == ""
    whole = "".join(pages)
    flat = " ".join(whole.split())
    assert "Mes rendido: septiembre de 2026" in whole and DRAFT_MARK not in whole
    assert "Begoña Peñailillo Ñancupil" in flat and "76.123.456-0" in whole
    assert "Boleta de honorarios N° 77" in flat and "$450.000" in whole  # the gross is charged
    assert "Total gastos con fondos SENCE del mes (3 documentos)" in flat
    assert "Total gastos con aporte municipal del mes (1 documento)" in flat
    assert "Ana Pérez Ñancupil" in whole and all(label in whole for label in SIGNERS)
    annex = [page for page in pages if "Anexo: documento de respaldo" in page]
    assert len(annex) == 3  # the boleta's PNG, the fee's PDF and photo
    assert not any(UNREADABLE in page for page in annex)
    assert "Boleta de honorarios N° 77 — Begoña Peñailillo Ñancupil — $450.000" in annex[1]
    assert "FACTURA ELECTRONICA N 555 pagina 1" in annex[1]


def test_an_open_month_prints_a_draft_and_says_so(office, tmp_path, capsys):
    out = tmp_path / "octubre.pdf"

    code, stdout, stderr = run(
        capsys, "--data-dir", office, "report", "rendicion", "--month", "2026-10", "--out", out
    )

    assert code == 0, stderr
    assert "Rendición de gastos de octubre de 2026" in stdout
    assert "el mes de octubre de 2026 no está cerrado" in stderr
    pages = texts(out)
    assert all(DRAFT_MARK in page for page in pages)
    assert not any("Anexo" in page for page in pages)  # without --annex
    whole = "".join(pages)
    assert "Saldo anterior" in whole and "CI-455" not in whole  # September's income is before


@pytest.mark.parametrize(
    ("month", "message"),
    [
        ("2026-13", "«2026-13» no es un mes: escríbalo como AAAA-MM, p. ej. 2026-10."),
        ("octubre", "«octubre» no es un mes"),
        ("2025-10", "Ningún convenio FOMIL de la oficina se ejecuta en octubre de 2025"),
        ("2026-02", "Ningún convenio FOMIL de la oficina se ejecuta en febrero de 2026"),
    ],
)
def test_a_bad_month_or_one_without_agreement_writes_nothing(
    office, tmp_path, capsys, month, message
):
    out = tmp_path / "salida.pdf"
    code, _, stderr = run(
        capsys, "--data-dir", office, "report", "rendicion", "--month", month, "--out", out
    )
    assert code == 1
    assert stderr.startswith("Error: ") and message in stderr

    code, _, stderr = run(
        capsys, "--data-dir", office, "export-expenses", "--month", month, tmp_path / "g.xlsx"
    )
    assert code == 1 and message in stderr
    assert list(tmp_path.iterdir()) == []


def test_a_folder_that_does_not_exist_writes_nothing(office, tmp_path, capsys):
    out = tmp_path / "no-existe" / "r.pdf"
    code, _, stderr = run(
        capsys, "--data-dir", office, "report", "rendicion", "--month", "2026-09", "--out", out
    )
    assert code == 1 and "No existe la carpeta" in stderr
    assert list(tmp_path.iterdir()) == []


def test_the_valorizacion_of_a_period(office, tmp_path, capsys):
    out = tmp_path / "valorizacion.pdf"

    code, stdout, stderr = run(
        capsys, "--data-dir", office, "report", "valorizacion", "--from", "01-03-2026",
        "--to", "2026-10-31", "--out", out,
    )  # fmt: skip

    assert code == 0, stderr
    assert (
        stdout == f"Valorización de los servicios del 01-03-2026 al 31-10-2026, 1 página: {out}\n"
    )
    text = PdfReader(out).pages[0].extract_text()
    flat = " ".join(text.split())
    assert "Período: 01-03-2026 al 31-10-2026" in text
    # September and October: $119.000 + $450.000 + $23.570 + 3 × $119.000 SENCE; $47.600 municipal
    assert "Con fondos SENCE $949.570" in flat and "Con aporte municipal $47.600" in flat

    for dates, message in (
        (("31-10-2026", "01-03-2026"), "El término no puede ser anterior al inicio."),
        (("31-02-2026", "01-03-2026"), "La fecha 31-02-2026 no existe."),
        (("marzo", "01-03-2026"), "Escriba la fecha como dd-mm-aaaa"),
    ):
        bad = tmp_path / "mal.pdf"
        code, _, stderr = run(
            capsys, "--data-dir", office, "report", "valorizacion", "--from", dates[0],
            "--to", dates[1], "--out", bad,
        )  # fmt: skip
        assert code == 1 and message in stderr and not bad.exists()


def test_export_expenses_of_a_month(office, tmp_path, capsys):
    target = tmp_path / "gastos-septiembre.xlsx"

    code, stdout, stderr = run(
        capsys, "--data-dir", office, "export-expenses", "--month", "2026-09", target
    )

    assert code == 0, stderr
    assert stdout == f"Exportados: 4 gastos de septiembre de 2026 a {target}.\n"
    sheet = load_workbook(target).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0] == "Fecha" and len(rows) == 5
    assert [row[0] for row in rows[1:]] == [
        datetime(2026, 9, d) for d in (3, 12, 20, 28)
    ]  # dates as dates
    assert 450_000 in rows[2]  # amounts as numbers

    code, _, stderr = run(
        capsys, "--data-dir", office, "export-expenses", "--month", "2026-09", tmp_path / "g.csv"
    )
    assert code == 1 and ".xlsx" in stderr and not (tmp_path / "g.csv").exists()


def test_help_in_spanish(capsys):
    with pytest.raises(SystemExit) as ended:
        main(["report", "rendicion", "--help"])
    assert ended.value.code == 0
    shown = capsys.readouterr().out
    assert "--month AAAA-MM" in shown and "anexo con los documentos de respaldo" in shown
    with pytest.raises(SystemExit):
        main(["export-expenses", "--help"])
    assert "los montos como números" in " ".join(capsys.readouterr().out.split())


def test_a_backup_to_a_usb_stick_carries_the_receipts_to_a_new_pc(office, tmp_path, capsys):
    stick = tmp_path / "pendrive"
    stick.mkdir()
    copy = stick / "copia.sqlite3"
    code, out, err = run(capsys, "--data-dir", office, "backup", copy)
    assert (code, err) == (0, "")
    kept = sorted(p.name for p in (office / "comprobantes").glob("??/*"))
    assert len(kept) == 3
    assert out.splitlines()[1] == (
        f"Comprobantes escaneados junto a ella, en {stick / 'copia.comprobantes'} (3 nuevos)."
    )
    new_pc = tmp_path / "equipo nuevo"
    code, out, err = run(capsys, "--data-dir", new_pc, "restore", copy)
    assert (code, err) == (0, "")
    assert out.splitlines()[-1] == (
        f"Comprobantes escaneados traídos desde {stick / 'copia.comprobantes'}: 3."
    )
    # Each receipt arrived whole: encrypted under the new PC's key, the same bytes inside.
    assert BlobStore(new_pc).hashes() == kept
    for name in kept:
        assert BlobStore(new_pc).read(name) == BlobStore(office).read(name)
    # On the new PC the month's annex prints every receipt, none «could not be read».
    out_pdf = tmp_path / "septiembre.pdf"
    code, _out, err = run(
        capsys, "--data-dir", new_pc, "report", "rendicion", "--month", "2026-09", "--annex",
        "--out", out_pdf,
    )  # fmt: skip
    assert code == 0, err
    assert not any(UNREADABLE in page for page in texts(out_pdf))


@pytest.mark.parametrize(
    "document",
    [["rendicion", "--month", "2026-09"], ["valorizacion", "--from", "01-01-2026", "--to",
     "31-10-2026"], ["workshop-summary", "--workshop", "x"]],
)  # fmt: skip
def test_a_document_is_written_only_under_a_pdf_name(office, tmp_path, capsys, document):
    out = tmp_path / "rendición.txt"
    code, stdout, err = run(capsys, "--data-dir", office, "report", *document, "--out", out)
    assert (code, stdout) == (1, "")
    assert err == (
        "Error: El documento se guarda como PDF: escriba un nombre terminado en .pdf, no "
        "«rendición.txt».\n"
    )
    assert not out.exists()
