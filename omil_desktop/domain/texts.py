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

from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import TypeVar, overload

__all__ = ["QT_TRANSLATE_NOOP", "LabelList", "Labels", "set_translator", "translate"]

K = TypeVar("K")

Translator = Callable[[str, str, str | None, int], str]


def _identity(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    return source


_translator: Translator = _identity


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``source`` in the language of the running program (``%n`` takes ``n`` in plurals)."""
    text = _translator(context, source, disambiguation, n)
    if n >= 0 and text is source and "%n" in source:
        return source.replace("%n", str(n))  # no translator: still fill Qt's plural marker
    return text


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
