"""The settings of printed documents (issue 9, point 1): municipality, paper and logo, kept in
the office's row of a real SQLite file, checked with Pillow, and the letterhead built from them."""

from __future__ import annotations

from io import BytesIO

import pytest
from PIL import Image

from omil_desktop.reports.template import Paper
from omil_desktop.services.errors import ValidationFailed
from omil_desktop.services.office import LOGO_MAX_PIXELS, logo_description, logo_from_file


def image(kind: str = "PNG", size: tuple[int, int] = (90, 120), mode: str = "RGBA") -> bytes:
    out = BytesIO()
    Image.new(mode, size, (200, 30, 30) if mode == "RGB" else (200, 30, 30, 255)).save(out, kind)
    return out.getvalue()


def test_defaults_come_from_the_office(workspace):
    settings = workspace.office_service.document_settings()
    assert settings.municipality_name == ""
    assert settings.municipality == "Municipalidad de Palena"
    assert settings.office == "OMIL Palena · Región de Los Lagos"
    assert settings.paper is Paper.LETTER and settings.logo is None
    assert settings.officer_name == "Ana Pérez"
    letterhead = workspace.office_service.letterhead()
    assert (letterhead.municipality, letterhead.office, letterhead.logo) == (
        "Municipalidad de Palena",
        "OMIL Palena · Región de Los Lagos",
        None,
    )


def test_settings_are_saved_and_the_letterhead_follows_them(workspace, data_dir):
    logo = image()
    workspace.office_service.save_document_settings(
        "  Ilustre   Municipalidad de Palena ", "a4", logo
    )
    workspace.close()
    from omil_desktop.services.workspace import Workspace

    reopened = Workspace(data_dir)
    try:
        settings = reopened.office_service.document_settings()
        assert settings.municipality == "Ilustre Municipalidad de Palena"
        assert settings.paper is Paper.A4
        assert settings.logo == logo
        assert reopened.office_service.letterhead().logo == logo
        assert logo_description(logo).startswith("PNG de 90 × 120 píxeles")
        reopened.office_service.save_document_settings("", Paper.LETTER, None)
        settings = reopened.office_service.document_settings()
        assert (settings.municipality, settings.paper, settings.logo) == (
            "Municipalidad de Palena",
            Paper.LETTER,
            None,
        )
    finally:
        reopened.close()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"%PDF-1.4 not an image", "no es una imagen PNG o JPEG"),
        (image("GIF", mode="RGB"), "(este archivo es GIF)"),
        (image()[:60], "dañada o incompleta"),
        (b"\x89PNG" + bytes(2 * 1024 * 1024), "pesa 2,1 MB y el máximo es 2 MB"),
    ],
    ids=["not-an-image", "gif", "truncated", "too-heavy"],
)
def test_a_bad_logo_is_refused_with_every_error_and_nothing_saved(workspace, content, message):
    service = workspace.office_service
    kept = image("JPEG", mode="RGB")
    service.save_document_settings("Ilustre Municipalidad de Palena", "a4", kept)

    with pytest.raises(ValidationFailed) as caught:
        service.save_document_settings("M" * 201, "oficio", content)

    assert set(caught.value.errors) == {"municipality_name", "paper", "logo"}
    assert message in caught.value.errors["logo"]
    assert "hasta 200 caracteres" in caught.value.errors["municipality_name"]
    assert caught.value.errors["paper"] == "Elija el papel: carta o A4."
    settings = service.document_settings()
    assert settings.municipality == "Ilustre Municipalidad de Palena"
    assert (settings.paper, settings.logo) == (Paper.A4, kept)


def test_logo_files_are_read_and_checked(tmp_path):
    missing = tmp_path / "escudo.png"
    with pytest.raises(ValidationFailed) as caught:
        logo_from_file(missing)
    assert caught.value.errors == {"logo": "No se encontró el archivo «escudo.png»."}
    heavy = tmp_path / "grande.png"
    heavy.write_bytes(bytes(3 * 1024 * 1024))
    with pytest.raises(ValidationFailed) as caught:
        logo_from_file(heavy)
    assert "pesa 3,0 MB" in caught.value.errors["logo"]
    text = tmp_path / "logo.txt"
    text.write_text("Municipalidad")
    with pytest.raises(ValidationFailed):
        logo_from_file(text)
    good = tmp_path / "escudo.jpg"
    good.write_bytes(image("JPEG", mode="RGB"))
    assert logo_from_file(good) == good.read_bytes()


def test_a_big_logo_is_kept_scaled_down(workspace):
    big = image("PNG", size=(3000, 1500))
    settings = workspace.office_service.save_document_settings("", "carta", big)
    assert settings.logo is not None and settings.logo != big
    with Image.open(BytesIO(settings.logo)) as stored:
        assert stored.format == "PNG"
        assert stored.size == (LOGO_MAX_PIXELS, LOGO_MAX_PIXELS // 2)  # proportions kept
