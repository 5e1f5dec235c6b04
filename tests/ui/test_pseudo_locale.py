"""The window under a pseudo-localised translation: every visible text went through Qt's
translation (so a translator can reach it), and nothing breaks 1024×600 with 30 % longer text.

The pseudo-localised ``.qm`` is made here from the committed Spanish ``.ts`` (ui/i18n.py:
look-alike accented letters, about 30 % longer, between ⟦ ⟧, placeholders kept). The demo
office is opened and every area, tab and dialog the test reaches is read: labels, buttons, tabs,
headers, menus, window titles, group boxes, placeholders, combo boxes, list and table cells, the
status bar. A word left in plain letters is untranslatable text unless it is data: the rule is
that it occurs in the demo office's database or the territory (names of people, comunas,
companies, workshops, free text the demo wrote), or it is an acronym in capitals (RUT, FOMIL).
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from sqlalchemy import column, inspect, select, table

from omil_desktop.services.demo import build_demo
from omil_desktop.services.workspace import Workspace
from omil_desktop.ui import i18n

SCREEN = (1024, 600)
WORD = re.compile(r"[^\W\d_]{3,}")
PSEUDO = re.compile(r"⟦[^⟦⟧]*⟧")
ACRONYM = re.compile(r"[A-ZÁÉÍÓÚÑ]{2,6}")
ROWS_READ = 8
PSEUDO_LETTERS = re.compile(
    "[" + "".join(set(i18n.pseudo("abcdefghijklmnopqrstuvwxyz")[1:-1]) - set("áéíóúñü~")) + "]"
)


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory) -> Path:
    data_dir = tmp_path_factory.mktemp("pseudo") / "demo"
    workspace = Workspace(data_dir)
    try:
        build_demo(workspace)
    finally:
        workspace.close()
    return data_dir


@pytest.fixture
def pseudo_workspace(demo_dir, qapp, tmp_path):
    qm = i18n.write_pseudo_qm(tmp_path / "pseudo.qm")
    workspace = Workspace(demo_dir)
    i18n.install_translations(qapp, qm=qm)
    try:
        yield workspace
    finally:
        i18n.install_translations(qapp)  # back to Spanish, as the other tests expect
        workspace.close()


def data_vocabulary(workspace: Workspace) -> set[str]:
    """Every word the office's data holds (what a list may show that is not the program's)."""
    words: set[str] = set()
    engine = workspace.db.engine
    with engine.connect() as connection:
        for name in inspect(engine).get_table_names():
            columns = [c["name"] for c in inspect(engine).get_columns(name)]
            query = select(*[column(c) for c in columns]).select_from(table(name))
            for row in connection.execute(query):
                for value in row:
                    if isinstance(value, str) and not re.fullmatch(r"[a-z0-9_.\-]*", value):
                        words.update(WORD.findall(value))
    territory = workspace.territory
    for place in (*territory.regions, *territory.provinces, *territory.comunas):
        words.update(WORD.findall(place.name))
    words.update(["Región"])  # «Región de Los Lagos»: the region's name as Chile writes it
    return words


def elsewhere() -> set[str]:
    """Words of text known to escape translation in files of other engineers (listed for the
    lead, who converts them after the merge): the person's field names that the access log
    borrows from the people spreadsheet's headers (services/people_files.py, engineer I)."""
    from omil_desktop.services.people_files import COLUMNS

    return {w for header, *_ in COLUMNS.values() for w in WORD.findall(header)}


def untranslated(text: str, vocabulary: set[str]) -> list[str]:
    """The words of ``text`` that are neither pseudo-localised nor data."""
    plain = html.unescape(re.sub(r"<[^<>]*>", " ", text))
    plain = re.sub(r"https?://\S+|\S+@\S+", " ", plain)  # addresses are not words
    while True:
        rest = PSEUDO.sub(" ", plain)
        if rest == plain:
            break
        plain = rest
    plain = re.sub(r"⟦[^⟧]*$", " ", plain)  # elided: "⟦Šîñçŕ…"
    return [
        w
        for w in WORD.findall(plain.replace("&", ""))
        if w not in vocabulary
        and not ACRONYM.fullmatch(w)
        and w != "Desktop"
        and not PSEUDO_LETTERS.search(w)  # a piece of a pseudo-localised text
    ]


def texts_of(top: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) of every visible text of ``top``."""
    yield "título de ventana", top.windowTitle()
    for widget in [top, *top.findChildren(QWidget)]:
        if widget is not top and not widget.isVisibleTo(top):
            continue
        if isinstance(widget, QHeaderView):
            continue  # its view reads the headers
        box = widget.parent()
        if (
            isinstance(box, QDialogButtonBox)
            and isinstance(widget, QPushButton)
            and box.standardButton(widget) != QDialogButtonBox.StandardButton.NoButton
        ):
            continue  # Cerrar, Cancelar…: Qt's own Spanish (qtbase_es.qm)
        kind = type(widget).__name__
        if isinstance(widget, (QLabel, QAbstractButton)):
            yield kind, widget.text()
        elif isinstance(widget, QGroupBox):
            yield kind, widget.title()
        elif isinstance(widget, (QLineEdit, QTextEdit, QPlainTextEdit)):
            yield f"{kind} (placeholder)", widget.placeholderText()
        elif isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                yield f"{kind} (pestaña)", widget.tabText(index)
        elif isinstance(widget, QComboBox):
            for index in range(min(widget.count(), ROWS_READ)):
                yield f"{kind} (opción)", widget.itemText(index)
            yield f"{kind} (placeholder)", widget.placeholderText()
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:  # a list's model keeps columnCount private: one column
                columns = 1
            for section in range(columns):
                header = model.headerData(section, Qt.Orientation.Horizontal)
                if isinstance(header, str):
                    yield f"{kind} (encabezado)", header
                for row in range(min(model.rowCount(QModelIndex()), ROWS_READ)):
                    value = model.index(row, section).data()
                    if isinstance(value, str):
                        yield f"{kind} (celda)", value
    if isinstance(top, QMainWindow):
        yield "barra de estado", top.statusBar().currentMessage()
        for action in top.menuBar().actions():
            yield from _menu_texts(action.menu(), action.text())


def _menu_texts(menu: QMenu | None, title: str) -> Iterator[tuple[str, str]]:
    yield "menú", title
    if menu is None:
        return
    for action in menu.actions():
        if action.isSeparator():
            continue
        yield from _menu_texts(action.menu(), action.text())


def _dialogs() -> list[Callable[[Workspace, QWidget], QWidget]]:
    from omil_desktop.ui.companies.company_dialog import CompanyDialog
    from omil_desktop.ui.fairs.fair_dialog import FairDialog
    from omil_desktop.ui.people.person_dialog import PersonDialog
    from omil_desktop.ui.reports.activity_dialog import ActivityReportDialog
    from omil_desktop.ui.vacancies.vacancy_dialog import VacancyDialog
    from omil_desktop.ui.workshops.workshop_dialog import WorkshopDialog

    return [
        lambda ws, parent: PersonDialog(ws, None, parent),
        lambda ws, parent: CompanyDialog(ws, None, parent),
        lambda ws, parent: VacancyDialog(ws, None, parent),
        lambda ws, parent: WorkshopDialog(ws.workshops, None, parent),
        lambda ws, parent: FairDialog(ws, None, parent),
        lambda ws, parent: ActivityReportDialog(ws, parent),
    ]


class Reader:
    """Reads windows and collects what escaped translation and what does not fit the screen."""

    def __init__(self, vocabulary: set[str]) -> None:
        self.vocabulary = vocabulary
        self.escaped: dict[str, set[str]] = {}
        self.too_big: list[str] = []
        self.pages = 0

    def read(self, top: QWidget, where: str) -> None:
        QApplication.processEvents()
        self.pages += 1
        for kind, text in texts_of(top):
            if text and untranslated(text, self.vocabulary):
                self.escaped.setdefault(f"{text!r} ({kind})", set()).add(where)
        self.read_tabs(top, where)

    def read_tabs(self, top: QWidget, where: str) -> None:
        for tabs in top.findChildren(QTabWidget):
            if not tabs.isVisibleTo(top) or getattr(tabs, "_pseudo_read", False):
                continue
            tabs._pseudo_read = True  # type: ignore[attr-defined]
            current = tabs.currentIndex()
            for index in range(tabs.count()):
                if index != current:
                    tabs.setCurrentIndex(index)
                    self.read(top, f"{where} › {tabs.tabText(index)}")
            tabs.setCurrentIndex(current)

    def fits(self, top: QWidget, where: str) -> None:
        hint = top.minimumSizeHint().expandedTo(top.minimumSize())
        if hint.width() > SCREEN[0] or hint.height() > SCREEN[1]:
            self.too_big.append(f"{where}: {hint.width()}×{hint.height()}")

    def report(self) -> str:
        lines = [
            f"{text} en {', '.join(sorted(where))}" for text, where in sorted(self.escaped.items())
        ]
        return "\n".join(lines)


def test_every_visible_text_is_translated_and_fits_1024x600(qtbot, pseudo_workspace):
    from omil_desktop.ui.main_window import MainWindow

    reader = Reader(data_vocabulary(pseudo_workspace) | elsewhere())
    window = MainWindow(pseudo_workspace)
    qtbot.addWidget(window)
    window.resize(*SCREEN)
    try:
        window.show()
        qtbot.waitExposed(window)
        assert window.sidebar.item(0).text().startswith("⟦")  # the pseudo translation is in use
        for row in range(window.sidebar.count()):
            window.sidebar.setCurrentRow(row)
            reader.read(window, window.sidebar.item(row).text())
            reader.fits(window, f"ventana principal › {window.sidebar.item(row).text()}")
        for make in _dialogs():
            dialog = make(pseudo_workspace, window)
            dialog.show()
            qtbot.waitExposed(dialog)
            name = type(dialog).__name__
            reader.read(dialog, name)
            reader.fits(dialog, name)
            dialog.reject()
    finally:
        window.close()  # stops its sync thread before the workspace closes
    print(f"{reader.pages} páginas leídas")
    assert not reader.escaped, "texto sin traducir:\n" + reader.report()
    assert not reader.too_big, "no cabe en 1024×600:\n" + "\n".join(reader.too_big)
