"""The one translatable path for user-facing text outside the window's widgets.

Widgets use Qt's ``self.tr("…")``. Everything below the window (services, domain labels, the
store's and the sync client's messages, printed documents) writes::

    from omil_desktop.domain.texts import translate
    message = translate("Personas", "Ya existe una persona con el RUT {rut}.")
    raise ServiceError(message.format(rut=…))

and, for text fixed at import time (an enum's label, a table of column names)::

    LABEL = QT_TRANSLATE_NOOP("Sexo", "Mujer")      # marked for pyside6-lupdate, not translated
    translate("Sexo", LABEL)                          # translated where it is shown

``pyside6-lupdate`` finds both forms (it looks for the names ``translate`` and
``QT_TRANSLATE_NOOP``), so the ``.ts`` files hold every string. The source language is Spanish
(Chile): with no translator installed ``translate`` returns the source unchanged, which is what
the services' tests and the command line see. The window installs Qt's
``QCoreApplication.translate`` with :func:`set_translator` at start, so services speak the same
language as the widgets; this module itself stays pure Python (domain imports no Qt).

Rules that keep text translatable: the whole sentence is one source string (never glue pieces),
values go in with named ``{placeholders}`` filled by ``.format`` *after* translating (never an
f-string inside ``translate``), and the context names the area (``"Personas"``, ``"Respaldos"``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from functools import cache
from importlib import resources
from typing import TypeVar, overload
from xml.etree import ElementTree

__all__ = [
    "QT_TRANSLATE_NOOP",
    "LabelList",
    "Labels",
    "fill_count",
    "set_translator",
    "spanish_plurals",
    "translate",
]

K = TypeVar("K")

Translator = Callable[[str, str, str | None, int], str]


def _identity(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    return source


_translator: Translator = _identity


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``source`` in the language of the running program (``%n`` takes ``n`` in plurals).

    A count that changes the words is one source string with Qt's ``%n`` (``%Ln``: with the
    thousands separator), e.g. ``translate("ctx", "%Ln persona(s)", None, count)``; its Spanish
    singular and plural are written in the Spanish ``.ts``. The window's Qt translator picks the
    form from the compiled ``.qm``; with no translator (the command line, the services' tests)
    the form is picked from that same ``.ts`` (:func:`spanish_plurals`), so both say
    «1 persona», «12.345 personas»."""
    text = _translator(context, source, disambiguation, n)
    if n >= 0 and text is source:  # no translator: the Spanish forms, from the .ts
        forms = spanish_plurals().get((context, source, disambiguation or ""))
        if forms:
            text = forms[0] if n == 1 else forms[-1]  # Spanish: singular for one only
        return fill_count(text, n)
    return text


def fill_count(text: str, n: int) -> str:
    """Qt's plural markers filled as Qt does in Chile: ``%n`` → ``12345``, ``%Ln`` → ``12.345``."""
    return _COUNT.sub(lambda m: f"{n:,}".replace(",", ".") if m.group(1) else str(n), text)


_COUNT = re.compile(r"%(L?)n")
SPANISH_TS = ("translations", "omil_desktop_es_CL.ts")
"""The Spanish ``.ts`` inside the package ``omil_desktop.resources`` (the source language's
file: it only holds the singular and plural of each ``%n`` text)."""


@cache
def spanish_plurals() -> dict[tuple[str, str, str], tuple[str, ...]]:
    """(context, source, disambiguation) → the Spanish forms (singular, plural) written in the
    Spanish ``.ts``; read once (pure Python: this module imports no Qt)."""
    path = resources.files("omil_desktop.resources").joinpath(*SPANISH_TS)
    try:
        root = ElementTree.fromstring(path.read_bytes())
    except (OSError, ElementTree.ParseError):
        return {}  # a checkout before the first `python -m omil_desktop.ui.i18n --update`
    found: dict[tuple[str, str, str], tuple[str, ...]] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            if message.get("numerus") != "yes":
                continue
            forms = tuple(f.text or "" for f in message.iter("numerusform"))
            if len(forms) >= 2 and all(forms):
                key = (name, message.findtext("source") or "", message.findtext("comment") or "")
                found[key] = forms
    return found


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # the name lupdate knows
    """Mark ``source`` for translation in ``context`` without translating it now."""
    return source


def set_translator(translator: Translator | None) -> None:
    """Install the window's translator (``QCoreApplication.translate``); ``None`` removes it."""
    global _translator
    _translator = translator or _identity


class Labels(Mapping[K, str]):
    """A table of labels fixed at import time (each marked with ``QT_TRANSLATE_NOOP`` in
    ``context``), translated each time one is read: ``FIELD_LABELS["rut"]``."""

    def __init__(self, context: str, labels: Mapping[K, str]) -> None:
        self.context = context
        self._labels = dict(labels)

    def __getitem__(self, key: K) -> str:
        return translate(self.context, self._labels[key])

    def __iter__(self) -> Iterator[K]:
        return iter(self._labels)

    def __len__(self) -> int:
        return len(self._labels)

    def __repr__(self) -> str:
        return f"Labels({self.context!r}, {self._labels!r})"


class LabelList(Sequence[str]):
    """A fixed list of words (each marked with ``QT_TRANSLATE_NOOP`` in ``context``),
    translated each time one is read: ``MONTH_NAMES[month - 1]``."""

    def __init__(self, context: str, labels: Sequence[str]) -> None:
        self.context = context
        self._labels = tuple(labels)

    @overload
    def __getitem__(self, index: int) -> str: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[str]: ...
    def __getitem__(self, index: int | slice) -> str | Sequence[str]:
        if isinstance(index, slice):
            return [translate(self.context, label) for label in self._labels[index]]
        return translate(self.context, self._labels[index])

    def __len__(self) -> int:
        return len(self._labels)
