"""argparse in Spanish, for both command lines (``omil-desktop`` and ``omil-regional``).

argparse writes its own words (``usage:``, ``options:``, ``show this help message and exit`` and
its error messages) in English. :class:`SpanishArgumentParser` sets the help's fixed words where
argparse keeps them (usage prefix, section titles, the ``--help`` text) and translates the error
messages, so ``--help`` and every mistake on the command line read in Spanish.
"""

from __future__ import annotations

import argparse
import re
import sys
from typing import Any, NoReturn

USAGE = "uso: "
POSITIONALS = "argumentos"
OPTIONALS = "opciones"
HELP = "muestra esta ayuda y termina"

# argparse's error texts (Python 3.11–3.13), most specific first.
_ERRORS: tuple[tuple[str, str], ...] = (
    (r"the following arguments are required: ", "faltan los argumentos obligatorios: "),
    (r"unrecognized arguments: ", "argumentos no reconocidos: "),
    (r"invalid choice: (.*?) \(choose from (.*)\)", r"opción no válida: \1 (elija entre \2)"),
    (r"expected one argument", "falta su valor"),
    (r"expected at most one argument", "admite a lo más un valor"),
    (r"expected at least one argument", "necesita al menos un valor"),
    (r"expected (\d+) arguments?", r"necesita \1 valores"),
    (r"invalid int value: ", "no es un número entero: "),
    (r"invalid float value: ", "no es un número: "),
    (r"invalid (\S+) value: ", "valor no válido: "),
    (r"not allowed with argument ", "no se puede usar junto con "),
    (r"one of the arguments (.*) is required", r"se necesita uno de los argumentos \1"),
    (r"ambiguous option: (\S+) could match ", r"opción ambigua: \1 puede ser "),
    (r"ignored explicit argument ", "argumento explícito ignorado: "),
    (r"^argument ", "argumento "),
)


def translate_error(message: str) -> str:
    """An argparse error message in Spanish (parts argparse did not write stay as they are)."""
    for english, spanish in _ERRORS:
        message = re.sub(english, spanish, message)
    return message


class SpanishHelpFormatter(argparse.HelpFormatter):
    """Writes ``uso:`` where argparse writes ``usage:``."""

    def add_usage(
        self,
        usage: str | None,
        actions: Any,
        groups: Any,
        prefix: str | None = None,
    ) -> None:
        super().add_usage(usage, actions, groups, USAGE if prefix is None else prefix)


class SpanishArgumentParser(argparse.ArgumentParser):
    """An ``ArgumentParser`` whose help and errors are Spanish; sub-commands inherit it when
    ``add_subparsers(parser_class=SpanishArgumentParser)`` (the default here)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", SpanishHelpFormatter)
        parents: list[argparse.ArgumentParser] = list(kwargs.pop("parents", []))
        super().__init__(*args, **kwargs)
        self._positionals.title = POSITIONALS
        self._optionals.title = OPTIONALS
        for action in self._actions:
            if isinstance(action, argparse._HelpAction):
                action.help = HELP
        # Parents are added (as argparse does) once the titles are Spanish, so their options
        # join the same "opciones" section instead of one of their own.
        for parent in parents:
            self._add_container_actions(parent)
            self._defaults.update(parent._defaults)

    def add_subparsers(self, **kwargs: Any) -> Any:
        kwargs.setdefault("parser_class", type(self))
        return super().add_subparsers(**kwargs)

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: error: {translate_error(message)}\n")
