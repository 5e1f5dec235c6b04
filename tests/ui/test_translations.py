"""The translation files are in step with the code, shipped, and loaded at start."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from omil_desktop.domain.texts import translate
from omil_desktop.ui import i18n


def test_ts_and_qm_are_in_step_with_the_code():
    problems = i18n.check()
    assert not problems, "\n".join(problems)


def test_spanish_chile_is_the_source_language():
    root = ET.parse(i18n.ts_file()).getroot()
    assert root.get("sourcelanguage") == "es_CL"
    assert root.get("language") == "es_CL"
    assert len(i18n.messages(i18n.ts_file())) > 1000  # the services' strings are there too


def test_a_string_missing_from_the_ts_is_reported_with_the_command(tmp_path, monkeypatch):
    module = tmp_path / "nuevo.py"
    module.write_text(
        'from omil_desktop.domain.texts import translate\ntranslate("Prueba", "Hola.")\n'
    )
    files = i18n.source_files()
    monkeypatch.setattr(i18n, "source_files", lambda: [*files, module])
    problems = i18n.check()
    assert "not in omil_desktop_es_CL.ts: 'Prueba' 'Hola.'" in problems
    assert problems[-1] == (
        "run `python -m omil_desktop.ui.i18n --update` (then fill any new plural forms) and commit"
    )


def test_the_window_installs_qt_spanish_and_hands_translate_to_the_services(qapp):
    from PySide6.QtCore import QCoreApplication

    try:
        installed = i18n.install_translations(qapp)
        files = sorted(t.filePath().rsplit("/", 1)[-1] for t in installed)
        assert files == ["omil_desktop_es_CL.qm", "qtbase_es.qm"]
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancelar"
        # A services' string goes through Qt now: Spanish source, unchanged.
        assert translate("Personas", "Sin nombre") == "Sin nombre"
    finally:
        i18n.install_translations(qapp)  # Spanish again, as the other tests expect


PLURALS = [
    # (context, source, n, Spanish) — one source string, two Spanish forms in the .ts
    ("services.access", "%n minuto(s)", 1, "1 minuto"),
    ("services.access", "%n minuto(s)", 3, "3 minutos"),
    ("services.access", "%n segundo(s)", 0, "0 segundos"),
    ("services.companies", "%n oferta(s) registrada(s)", 1, "una oferta registrada"),
    ("services.companies", "%n oferta(s) registrada(s)", 2, "2 ofertas registradas"),
    ("services.activity_documents", "%Ln atención(es)", 1, "1 atención"),
    ("services.activity_documents", "%Ln atención(es)", 12345, "12.345 atenciones"),
    ("MainWindow", "%Ln persona(s)", 1, "1 persona"),
    ("MainWindow", "%Ln persona(s)", 3, "3 personas"),
    ("MainWindow", "%Ln persona(s)", 1234, "1.234 personas"),
]


def test_plurals_read_the_same_spanish_with_the_window_and_without(qapp):
    from PySide6.QtCore import QCoreApplication

    try:
        # Without the window (command line, services' tests): the forms come from the .ts.
        i18n.remove_translations(qapp)
        for context, source, n, spanish in PLURALS:
            assert translate(context, source, None, n) == spanish, (context, source, n)
        # With the window: Qt picks the form from the compiled .qm (widgets' self.tr too).
        i18n.install_translations(qapp)
        for context, source, n, spanish in PLURALS:
            assert QCoreApplication.translate(context, source, None, n) == spanish, (source, n)
            assert translate(context, source, None, n) == spanish, (context, source, n)
    finally:
        i18n.install_translations(qapp)  # Spanish again, as the other tests expect


def test_new_plurals_get_spanish_forms_to_read_over(tmp_path):
    assert i18n.spanish_forms("%n sesión(es)") == ("%n sesión", "%n sesiones")
    assert i18n.spanish_forms("%Ln oferta(s) abierta(s)") == (
        "%Ln oferta abierta",
        "%Ln ofertas abiertas",
    )
    assert i18n.spanish_forms("Falta(n) {missing}.") == ("Falta {missing}.", "Faltan {missing}.")
    ts = tmp_path / "x.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="es_CL">'
        "<context><name>Prueba</name>"
        '<message numerus="yes"><source>%n cosa(s)</source>'
        '<translation type="unfinished"><numerusform></numerusform></translation></message>'
        '<message><source>Hola.</source><translation type="unfinished"></translation></message>'
        "</context></TS>",
        encoding="utf-8",
    )
    assert i18n.unfilled_plurals(ts) == [("Prueba", "%n cosa(s)", "")]
    assert i18n.fill_plurals(ts) == [(("Prueba", "%n cosa(s)", ""), ("%n cosa", "%n cosas"))]
    assert i18n.unfilled_plurals(ts) == []
