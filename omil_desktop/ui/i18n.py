"""The program's language: Qt translators at start, and the ``.ts``/``.qm`` files kept in step.

Spanish (Chile) is the *source* language: every ``self.tr("…")`` in the widgets and every
``translate("Contexto", "…")`` below them (``domain/texts.py``) is written in Spanish. The
translations live in ``resources/translations/omil_desktop_<idioma>.ts`` (made by
``pyside6-lupdate``, edited with Qt Linguist) and are compiled to ``.qm`` (``pyside6-lrelease``),
which the wheel ships. The Spanish file itself only fills the plural forms of ``%n`` strings.

At start :func:`install_translations` installs, in this order of precedence, the program's
``.qm`` and Qt's own Spanish (``qtbase_es.qm``, shipped with PySide6: the file dialogs, the
Sí/No/Cancelar buttons of message boxes, the Cortar/Copiar/Pegar menu), then hands
``QCoreApplication.translate`` to ``domain.texts`` so the services speak the window's language.

For developers (documented in docs/translations.md)::

    python -m omil_desktop.ui.i18n --update   # pyside6-lupdate over the package, then lrelease
    python -m omil_desktop.ui.i18n --check    # exit 1 (and say why) when the files lag the code
"""

from __future__ import annotations

import argparse
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from omil_desktop.domain.texts import set_translator

SOURCE_LANGUAGE = "es_CL"
LANGUAGES = ("es_CL",)
"""Every language with a ``.ts`` file (the first is the source)."""
PREFIX = "omil_desktop_"
UPDATE_COMMAND = "python -m omil_desktop.ui.i18n --update"
QM_VARIABLE = "OMIL_DESKTOP_QM"
"""A ``.qm`` file the window loads instead of its own (to look at a translation being made)."""

_installed: list[QTranslator] = []


def translations_dir() -> Path:
    """``resources/translations`` (``omil_desktop/resources/translations`` once installed)."""
    return Path(str(resources.files("omil_desktop.resources") / "translations"))


def ts_file(language: str = SOURCE_LANGUAGE) -> Path:
    return translations_dir() / f"{PREFIX}{language}.ts"


def qm_file(language: str = SOURCE_LANGUAGE) -> Path:
    return translations_dir() / f"{PREFIX}{language}.qm"


def install_translations(
    app: QCoreApplication, language: str = SOURCE_LANGUAGE, *, qm: Path | None = None
) -> list[QTranslator]:
    """Install Qt's and the program's translators for ``language`` (``qm`` replaces the
    program's own file, e.g. the tests' pseudo-localised one); installing again replaces them."""
    remove_translations(app)
    locale = QLocale(language)
    qt_translator = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_translator.load(locale, "qtbase", "_", folder):
        app.installTranslator(qt_translator)
        _installed.append(qt_translator)
    ours = QTranslator(app)
    if qm is None and os.environ.get(QM_VARIABLE):
        qm = Path(os.environ[QM_VARIABLE])  # a developer looking at another file, e.g. pseudo
    if ours.load(str(qm if qm is not None else qm_file(language))):
        app.installTranslator(ours)  # installed last: looked up first
        _installed.append(ours)
    QLocale.setDefault(locale)
    set_translator(QCoreApplication.translate)
    return list(_installed)


def remove_translations(app: QCoreApplication) -> None:
    while _installed:
        app.removeTranslator(_installed.pop())
    set_translator(None)


# -- developers: keeping the .ts and .qm files in step with the code -------------------------------


def package_root() -> Path:
    return Path(__file__).resolve().parents[1]


def source_files() -> list[Path]:
    """Every module whose text the officer may read (the regional server's web page is apart)."""
    root = package_root()
    return sorted(
        p
        for p in root.rglob("*.py")
        if "regional" not in p.relative_to(root).parts and "migrations" not in p.parts
    )


def _tool(name: str) -> str:
    """``pyside6-lupdate``/``pyside6-lrelease`` of this Python (PySide6 ships them)."""
    here = Path(sys.executable).parent
    for candidate in (here / f"pyside6-{name}", here / f"pyside6-{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        raise FileNotFoundError(f"pyside6-{name} not found (pip install PySide6)")
    return found


def run_lupdate(ts: Path, language: str = SOURCE_LANGUAGE) -> None:
    """Write ``ts`` from the code: new strings added, removed ones dropped, translations kept."""
    ts.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile("w", suffix=".lst", delete=False, encoding="utf-8") as f:
        f.write("\n".join(str(p) for p in source_files()))
        listing = f.name
    try:
        subprocess.run(
            [
                _tool("lupdate"),
                "-silent",
                "-no-obsolete",
                "-locations",
                "none",  # line numbers would change the file at every edit of the code
                "-source-language",
                SOURCE_LANGUAGE,
                "-target-language",
                language,
                f"@{listing}",
                "-ts",
                str(ts),
            ],
            check=True,
            capture_output=True,
        )
    finally:
        os.unlink(listing)


def run_lrelease(ts: Path, qm: Path) -> None:
    subprocess.run(
        [_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True, capture_output=True
    )


Key = tuple[str, str, str]
"""(context, source, disambiguation) of one message."""


def messages(ts: Path) -> dict[Key, ET.Element]:
    """Every message of a ``.ts`` file by (context, source, disambiguation)."""
    found: dict[Key, ET.Element] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            found[key] = message
    return found


def unfilled_plurals(ts: Path) -> list[Key]:
    """``%n`` messages of the Spanish file whose singular and plural forms are not both written."""
    missing = []
    for key, message in messages(ts).items():
        if message.get("numerus") != "yes":
            continue
        translation = message.find("translation")
        forms = [] if translation is None else translation.findall("numerusform")
        unfinished = translation is None or translation.get("type") == "unfinished"
        if unfinished or len(forms) < 2 or not all((f.text or "").strip() for f in forms):
            missing.append(key)
    return missing


def check() -> list[str]:
    """What is out of step (empty when the committed files match the code)."""
    problems: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        for language in LANGUAGES:
            committed = ts_file(language)
            if not committed.exists():
                problems.append(f"{committed.name} is missing: run `{UPDATE_COMMAND}`")
                continue
            fresh = Path(tmp) / committed.name
            run_lupdate(fresh, language)
            have, want = set(messages(committed)), set(messages(fresh))
            for key in sorted(want - have):
                problems.append(f"not in {committed.name}: {key[0]!r} {key[1]!r}")
            for key in sorted(have - want):
                problems.append(f"no longer in the code, still in {committed.name}: {key[1]!r}")
            if language == SOURCE_LANGUAGE:
                for key in unfilled_plurals(committed):
                    problems.append(
                        f"{committed.name}: write the singular and plural of {key[1]!r} "
                        f"(context {key[0]!r}) with Qt Linguist or by hand"
                    )
            qm = Path(tmp) / f"{PREFIX}{language}.qm"
            run_lrelease(committed, qm)
            shipped = qm_file(language)
            if not shipped.exists() or shipped.read_bytes() != qm.read_bytes():
                problems.append(f"{shipped.name} is not compiled from {committed.name}")
    if problems:
        problems.append(f"run `{UPDATE_COMMAND}` (then fill any new plural forms) and commit")
    return problems


def spanish_forms(source: str) -> tuple[str, str]:
    """The Spanish singular and plural a ``%n`` source written with ``(s)``/``(es)`` suggests:
    «%n sesión(es)» → «%n sesión», «%n sesiones»; «Falta(n) {missing}» → «Falta …», «Faltan …».
    A suggestion to read over (e.g. «una oferta» instead of «1 oferta» is written by hand)."""
    singular = re.sub(r"\((?:e?s|n)\)", "", source)
    plural = re.sub(r"\((e?s|n)\)", r"\1", source)
    for accented, plain in (("ónes", "ones"), ("ánes", "anes"), ("énes", "enes")):
        plural = plural.replace(accented, plain)  # sesión → sesiones: the accent goes
    return singular, plural


def fill_plurals(ts: Path) -> list[tuple[Key, tuple[str, str]]]:
    """Write the suggested Spanish forms (:func:`spanish_forms`) of every ``%n`` message of
    ``ts`` whose forms are not written yet; what was written, to read over."""
    unfilled = set(unfilled_plurals(ts))
    tree = ET.parse(ts)
    written = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            if key not in unfilled:
                continue
            old = message.find("translation")
            if old is not None:
                message.remove(old)
            translation = ET.SubElement(message, "translation")
            forms = spanish_forms(key[1])
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
            written.append((key, forms))
    if written:
        tree.write(ts, encoding="utf-8", xml_declaration=True)
    return written


def update() -> None:
    for language in LANGUAGES:
        run_lupdate(ts_file(language), language)
        run_lrelease(ts_file(language), qm_file(language))


# -- pseudo-localisation: text that escaped translation, layouts that break with longer text -----

PSEUDO_OPEN, PSEUDO_CLOSE = "⟦", "⟧"
PSEUDO_GROWTH = 0.3
_LOOK_ALIKE = str.maketrans(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
    "ÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽåƀçðéƒĝĥîĵķļɱñöþʠŕšţûṽŵẋýž",
)
_KEEP = re.compile(
    r"\{[^{}]*\}"  # {placeholder} filled after translating
    r"|%L?n|%\d+|%[sd]"  # Qt's plural marker and positional arguments
    r"|<[^<>]+>|&[A-Za-z]+;|&#\d+;|&&"  # rich text and entities; && is a literal &
    r"|https?://\S+|\*\.\w+"  # addresses and file patterns (*.pdf)
    r"|\b(?:Ctrl|Alt|Shift|Meta)\+[\w+]+|\b(?:Enter|Esc|Supr|F\d{1,2})\b"  # keys
)


def pseudo(text: str) -> str:
    """``text`` in look-alike accented letters, about 30 % longer, between ⟦ ⟧, with its
    placeholders, markup, accelerators and key names untouched."""
    if not text.strip():
        return text
    pieces: list[str] = []
    position = 0
    letters = 0
    for keep in _KEEP.finditer(text):
        pieces.append(text[position : keep.start()].translate(_LOOK_ALIKE))
        letters += keep.start() - position
        pieces.append(keep.group())
        position = keep.end()
    pieces.append(text[position:].translate(_LOOK_ALIKE))
    letters += len(text) - position
    extra = math.ceil(letters * PSEUDO_GROWTH)
    grown: list[str] = []
    for index, piece in enumerate(pieces):
        if index % 2 == 0:  # translated text: double vowels until the text is 30 % longer
            out = []
            for char in piece:
                out.append(char)
                if extra and char in "åéîöûý":
                    out.append(char)
                    extra -= 1
            piece = "".join(out)
        grown.append(piece)
    return PSEUDO_OPEN + "".join(grown) + "~" * extra + PSEUDO_CLOSE


def write_pseudo_ts(source: Path, target: Path) -> None:
    """A ``.ts`` whose every translation is the pseudo-localised source (plurals: each form)."""
    tree = ET.parse(source)
    for message in tree.getroot().iter("message"):
        text = pseudo(message.findtext("source") or "")
        old = message.find("translation")
        if old is not None:
            message.remove(old)
        translation = ET.SubElement(message, "translation")
        if message.get("numerus") == "yes":
            for _ in range(2):
                ET.SubElement(translation, "numerusform").text = text
        else:
            translation.text = text
    tree.write(target, encoding="utf-8", xml_declaration=True)


def write_pseudo_qm(target: Path) -> Path:
    """Compile the pseudo-localised translation of the Spanish ``.ts`` to ``target``."""
    ts = target.with_suffix(".ts")
    write_pseudo_ts(ts_file(), ts)
    run_lrelease(ts, target)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m omil_desktop.ui.i18n", description=__doc__)
    what = parser.add_mutually_exclusive_group(required=True)
    what.add_argument("--update", action="store_true", help="run lupdate and lrelease")
    what.add_argument("--check", action="store_true", help="exit 1 when the files lag the code")
    what.add_argument(
        "--pseudo",
        type=Path,
        metavar="QM",
        help=f"write a pseudo .qm (see {QM_VARIABLE})",
    )
    parser.add_argument(
        "--fill-plurals",
        action="store_true",
        help="with --update: write the suggested Spanish forms of new %%n texts (read them over)",
    )
    args = parser.parse_args(argv)
    if args.pseudo:
        write_pseudo_qm(args.pseudo.absolute())
        return 0
    if args.update:
        update()
        if args.fill_plurals:
            for key, forms in fill_plurals(ts_file()):
                print(f"{key[0]}: {forms[0]!r} / {forms[1]!r} (read it over)")
            update()  # back to lupdate's layout, and compiled
        unfilled = unfilled_plurals(ts_file())
        for key in unfilled:
            print(f"fill the plural forms of {key[1]!r} ({key[0]}) in {ts_file().name}")
        return 1 if unfilled else 0
    problems = check()
    print("\n".join(problems) or "translations in step with the code")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
