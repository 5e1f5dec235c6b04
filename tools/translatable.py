"""Codemod (developer tool, libcst): put the user-facing Spanish literals of modules through the
translatable path. Run from the checkout with a Python that has libcst (not a dependency of the
program):

    python tools/translatable.py omil_desktop/services/people.py …   # rewrites in place
    python tools/translatable.py --dry-run FILES                     # lists what it would wrap

Inside functions: a Spanish literal becomes ``translate("<module>", "…")`` (or ``self.tr("…")``
in a method of a Qt class); an f-string becomes a template with named placeholders filled by
``.format`` after translating. At module level, a dict of labels becomes
``Labels("<module>", {key: QT_TRANSLATE_NOOP("<module>", "…")})``, translated when read; other
module-level text is only listed (its use sites need a person). Never touched: docstrings, log
calls, dict keys, comparisons, subscripts, default values, annotations, identifiers, SQL, text
that is not Spanish. The diff is read by a person before it is committed.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import Any

import libcst as cst
import libcst.matchers as m
from libcst.metadata import ParentNodeProvider

SPANISH_MARK = re.compile(r"[áéíóúñÁÉÍÓÚÑ¿¡°«»]")
SPANISH_WORDS = {
    "de", "la", "el", "que", "no", "se", "en", "los", "las", "del", "para", "con", "por", "una",
    "un", "es", "su", "al", "lo", "ya", "o", "y", "sin", "hay", "este", "esta", "sus", "le",
    "como", "más", "pero", "ni", "otra", "otro", "cada", "sobre", "entre", "desde", "hasta",
}  # fmt: skip
ENGLISH_WORDS = {
    "the", "is", "are", "of", "to", "and", "not", "for", "with", "cannot", "must", "was", "be",
    "has", "an", "it", "this", "from", "by", "on", "at", "or", "as", "no", "expected", "got",
    "unknown", "invalid",
}  # fmt: skip
NOT_TEXT_CALLS = {
    "debug", "info", "warning", "error", "exception", "critical", "log", "warn", "compile",
    "match", "fullmatch", "search", "sub", "findall", "split", "execute", "getattr",
    "setattr", "hasattr", "Path", "open", "startswith", "endswith", "replace", "strip", "rstrip",
    "lstrip", "join", "encode", "decode", "strftime", "strptime", "setObjectName",
    "setStyleSheet", "setProperty", "QKeySequence", "QShortcut", "Signal", "isinstance",
    "tr", "translate", "QT_TRANSLATE_NOOP", "get", "pop", "setdefault", "exec_driver_sql",
    "TypeVar", "mapped_column", "Column", "ForeignKey", "Index", "CheckConstraint",
    "UniqueConstraint", "relationship", "column", "table", "literal", "cast",
    "NamedTemporaryFile", "mkdtemp", "with_suffix", "with_name", "joinpath", "environ",
    "field", "namedtuple", "StrEnum", "Enum", "count", "index", "find",
    "rfind", "removeprefix", "removesuffix", "casefold", "lower", "upper",
}  # fmt: skip
QT_BASES = re.compile(
    r"^Q[A-Z]|(Dialog|Page|Widget|Tab|Model|Area|View|Form|Field|Bar|Card|Combo|Picker|Label|"
    r"Controller|Job|Window|Section|Button|Edit|Box|Panel|Session|Worker|Delegate|List)$"
)


NOT_TEXT = re.compile(
    r"^(?:Ctrl|Alt|Shift|Meta)\+|^(?:Return|Enter|Esc|Escape|Chilena)$"  # keys; a data default
    r"|^(?:PRAGMA|SELECT|INSERT|UPDATE|DELETE|CREATE|ALTER|DROP|WITH)\b"  # SQL
    r"|^Bearer |ReportLab|^[\w.\-]+\.(?:ttf|pdf|csv|xlsx|png|jpe?g|db|json|txt|log)$"
)


def is_spanish(text: str) -> bool:
    if NOT_TEXT.search(text.strip()):
        return False
    bare = re.sub(r"\{[^{}]*\}", " ", text)
    if not re.search(r"[^\W\d_]{2,}", bare):
        return False
    if re.fullmatch(r"[\w.\-/:%*]+", bare) and not bare[:1].isupper():
        return False  # identifier, key, path, code
    if re.fullmatch(r"[A-Z][a-z]+(-[A-Z][a-z]+)+", bare):
        return False  # an HTTP header
    if re.fullmatch(r"[A-Z0-9_]+", bare):
        return False  # an acronym or constant name alone
    words = re.findall(r"[^\W\d_]+", bare.lower())
    if SPANISH_MARK.search(bare):
        return True
    spanish = sum(w in SPANISH_WORDS for w in words)
    english = sum(w in ENGLISH_WORDS for w in words)
    if english > spanish:
        return False
    if len(words) == 1:
        return bare.strip()[:1].isupper()  # a label: "Cesante", "Total"
    return spanish > 0 or bare.strip()[:1].isupper()


def string_value(node: cst.BaseExpression) -> str | None:
    """The text of a plain (possibly implicitly concatenated) literal, else None."""
    if isinstance(node, cst.SimpleString):
        if node.prefix.lower().replace("r", "") not in ("",):
            return None  # bytes
        return str(node.evaluated_value)
    if isinstance(node, cst.ConcatenatedString):
        left, right = string_value(node.left), string_value(node.right)
        return None if left is None or right is None else left + right
    return None


def flatten(node: cst.BaseExpression) -> list[cst.BaseExpression] | None:
    """The literals of an implicit concatenation, in order (None if one is bytes)."""
    if isinstance(node, cst.ConcatenatedString):
        left, right = flatten(node.left), flatten(node.right)
        return None if left is None or right is None else left + right
    if isinstance(node, cst.SimpleString):
        return None if "b" in node.prefix.lower() else [node]
    if isinstance(node, cst.FormattedString):
        return [node]
    return None


def fstring_parts(node: cst.BaseExpression) -> list[cst.FormattedString] | None:
    if isinstance(node, cst.FormattedString):
        return [node]
    if isinstance(node, cst.ConcatenatedString):
        parts: list[cst.FormattedString] = []
        for side in (node.left, node.right):
            if isinstance(side, cst.SimpleString):
                continue
            found = fstring_parts(side)
            if found is None:
                return None
            parts += found
        return parts
    return None


def placeholder_name(expr: cst.BaseExpression, taken: dict[str, str], code: str) -> str:
    if isinstance(expr, cst.Name):
        base = expr.value
    elif isinstance(expr, cst.Attribute):
        base = expr.attr.value
    elif isinstance(expr, cst.Call) and isinstance(expr.func, (cst.Name, cst.Attribute)):
        func = expr.func
        base = func.value if isinstance(func, cst.Name) else func.attr.value
    else:
        base = "value"
    base = base.lstrip("_").removeprefix("format_") or "value"
    name, number = base, 2
    while name in taken and taken[name] != code:
        name, number = f"{base}{number}", number + 1
    taken[name] = code
    return name


class Wrapper(cst.CSTTransformer):
    METADATA_DEPENDENCIES = (ParentNodeProvider,)

    def __init__(self, context: str, ui: bool) -> None:
        super().__init__()
        self.context = context
        self.ui = ui
        self.functions: list[cst.FunctionDef] = []
        self.classes: list[cst.ClassDef] = []
        self.skip_depth = 0
        self.wrapped: list[str] = []
        self.module_level: list[str] = []
        self.unconverted: list[str] = []
        self.needs_translate = False
        self.needs_noop = False
        self.needs_labels = False

    # -- where we are ------------------------------------------------------------------------
    def visit_FunctionDef(self, node: cst.FunctionDef) -> bool:
        self.functions.append(node)
        return True

    def leave_FunctionDef(self, original: Any, updated: Any) -> Any:
        self.functions.pop()
        return updated

    def visit_ClassDef(self, node: cst.ClassDef) -> bool:
        self.classes.append(node)
        return True

    def leave_ClassDef(self, original: Any, updated: Any) -> Any:
        self.classes.pop()
        return updated

    def _skip_enter(self, node: cst.CSTNode) -> bool:
        self.skip_depth += 1
        return True

    def _skip_leave(self, original: Any, updated: Any) -> Any:
        self.skip_depth -= 1
        return updated

    # Places whose strings are never text for the officer.
    visit_Comparison = _skip_enter  # type: ignore[assignment]
    leave_Comparison = _skip_leave
    visit_SubscriptElement = _skip_enter  # type: ignore[assignment]
    leave_SubscriptElement = _skip_leave
    visit_Annotation = _skip_enter  # type: ignore[assignment]
    leave_Annotation = _skip_leave
    visit_Parameters = _skip_enter  # type: ignore[assignment]
    leave_Parameters = _skip_leave
    visit_Decorator = _skip_enter  # type: ignore[assignment]
    leave_Decorator = _skip_leave
    visit_Assert = _skip_enter  # type: ignore[assignment]
    leave_Assert = _skip_leave
    visit_MatchCase = _skip_enter  # type: ignore[assignment]
    leave_MatchCase = _skip_leave

    def visit_Call(self, node: cst.Call) -> bool:
        func = node.func
        name = (
            func.value
            if isinstance(func, cst.Name)
            else func.attr.value
            if isinstance(func, cst.Attribute)
            else ""
        )
        skip = name in NOT_TEXT_CALLS
        self._call_skips.append(skip)
        if skip:
            self.skip_depth += 1
        return True

    def leave_Call(self, original: Any, updated: Any) -> Any:
        if self._call_skips.pop():
            self.skip_depth -= 1
        return updated

    _call_skips: list[bool]

    def visit_Module(self, node: cst.Module) -> bool:
        self._call_skips = []
        return True

    def visit_DictElement(self, node: cst.DictElement) -> bool:
        self._key = node.key
        return True

    def visit_Expr(self, node: cst.Expr) -> bool:  # docstrings and bare strings
        if isinstance(node.value, (cst.SimpleString, cst.ConcatenatedString)):
            self.skip_depth += 1
            self._bare = True
        else:
            self._bare = False
        return True

    def leave_Expr(self, original: Any, updated: Any) -> Any:
        if isinstance(original.value, (cst.SimpleString, cst.ConcatenatedString)):
            self.skip_depth -= 1
        return updated

    # -- the rewrite ---------------------------------------------------------------------------
    def _is_dict_key(self, original: cst.BaseExpression) -> bool:
        parent = self.get_metadata(ParentNodeProvider, original)
        return isinstance(parent, cst.DictElement) and parent.key is original

    def _inside_string(self, original: cst.BaseExpression) -> bool:
        parent = self.get_metadata(ParentNodeProvider, original)
        return isinstance(parent, (cst.ConcatenatedString, cst.FormattedStringExpression))

    def _call(self, text_node: cst.BaseExpression) -> cst.Call:
        klass = self.classes[-1] if self.classes else None
        method = self.functions[-1] if self.functions else None
        qt_method = (
            self.ui
            and klass is not None
            and method is not None
            and len(self.classes) == 1
            and method.params.params
            and method.params.params[0].name.value == "self"
            and any(
                isinstance(b.value, (cst.Name, cst.Attribute))
                and QT_BASES.search(
                    b.value.value if isinstance(b.value, cst.Name) else b.value.attr.value
                )
                for b in klass.bases
            )
            and not any(
                isinstance(d.decorator, cst.Name)
                and d.decorator.value in ("staticmethod", "classmethod")
                for d in method.decorators
            )
        )
        if qt_method:
            return cst.Call(
                func=cst.Attribute(value=cst.Name("self"), attr=cst.Name("tr")),
                args=[cst.Arg(text_node)],
            )
        self.needs_translate = True
        return cst.Call(
            func=cst.Name("translate"),
            args=[cst.Arg(cst.SimpleString(f'"{self.context}"')), cst.Arg(text_node)],
        )

    def _wrap_plain(self, original: Any, updated: Any) -> Any:
        if self.skip_depth or self._is_dict_key(original) or self._inside_string(original):
            return updated
        text = string_value(original)
        if text is None and isinstance(original, cst.ConcatenatedString):
            pieces = flatten(original)
            if pieces is not None and any(isinstance(p, cst.FormattedString) for p in pieces):
                return self._wrap_fstring(pieces, updated, original)
        if text is None or not is_spanish(text) or "%(" in text:
            return updated
        if not self.functions:
            return self._module_level(original, updated, text)
        self.wrapped.append(text)
        return self._call(updated)

    def _module_level(self, original: Any, updated: Any, text: str) -> Any:
        parent = self.get_metadata(ParentNodeProvider, original)
        if isinstance(parent, cst.DictElement) and parent.value is original:
            self.needs_noop = True
            self.wrapped.append(text)
            return cst.Call(
                func=cst.Name("QT_TRANSLATE_NOOP"),
                args=[cst.Arg(cst.SimpleString(f'"{self.context}"')), cst.Arg(updated)],
            )
        self.module_level.append(text)
        return updated

    def leave_Dict(self, original: Any, updated: Any) -> Any:
        if self.functions or self.skip_depth:
            return updated
        parent = self.get_metadata(ParentNodeProvider, original)
        grand = self.get_metadata(ParentNodeProvider, parent) if parent is not None else None
        if m.matches(grand, m.Call(func=m.Name("Labels"))):
            return updated  # converted already
        marked = [
            e
            for e in updated.elements
            if isinstance(e, cst.DictElement)
            and m.matches(e.value, m.Call(func=m.Name("QT_TRANSLATE_NOOP")))
        ]
        if not marked:
            return updated
        self.needs_labels = True
        return cst.Call(
            func=cst.Name("Labels"),
            args=[cst.Arg(cst.SimpleString(f'"{self.context}"')), cst.Arg(updated)],
        )

    leave_SimpleString = _wrap_plain
    leave_ConcatenatedString = _wrap_plain

    def leave_FormattedString(self, original: Any, updated: Any) -> Any:
        if self.skip_depth or self._is_dict_key(original) or self._inside_string(original):
            return updated
        parent = self.get_metadata(ParentNodeProvider, original)
        if isinstance(parent, cst.ConcatenatedString):
            return updated
        return self._wrap_fstring([original], updated, original)

    def _wrap_fstring(self, parts: list[Any], updated: Any, original: Any) -> Any:
        template: list[str] = []
        values: dict[str, cst.BaseExpression] = {}
        taken: dict[str, str] = {}
        module = cst.Module([])
        for part in parts:
            if isinstance(part, cst.SimpleString):
                template.append(part.raw_value.replace("{", "{{").replace("}", "}}"))
                continue
            for piece in part.parts:
                if isinstance(piece, cst.FormattedStringText):
                    template.append(piece.value.replace("{{", "{{").replace("}}", "}}"))
                    continue
                assert isinstance(piece, cst.FormattedStringExpression)
                spec = ""
                if piece.format_spec:
                    if any(not isinstance(s, cst.FormattedStringText) for s in piece.format_spec):
                        self.unconverted.append(module.code_for_node(original))
                        return updated
                    spec = ":" + "".join(s.value for s in piece.format_spec)  # type: ignore[union-attr]
                conversion = f"!{piece.conversion}" if piece.conversion else ""
                code = module.code_for_node(piece.expression)
                name = placeholder_name(piece.expression, taken, code)
                values[name] = piece.expression
                template.append("{" + name + conversion + spec + "}")
        raw = "".join(template)
        text = raw.encode().decode("unicode_escape") if "\\" in raw else raw
        if not is_spanish(text):
            return updated
        if not self.functions:
            self.module_level.append(raw)
            return updated
        quote = '"' if '"' not in raw else "'"
        literal = cst.SimpleString(f"{quote}{raw}{quote}")
        self.wrapped.append(raw)
        call = self._call(literal)
        return cst.Call(
            func=cst.Attribute(value=call, attr=cst.Name("format")),
            args=[
                cst.Arg(
                    value=v,
                    keyword=cst.Name(k),
                    equal=cst.AssignEqual(
                        whitespace_before=cst.SimpleWhitespace(""),
                        whitespace_after=cst.SimpleWhitespace(""),
                    ),
                )
                for k, v in values.items()
            ],
        )


def add_import(code: str, names: list[str], module: str = "omil_desktop.domain.texts") -> str:
    have = re.search(rf"^from {re.escape(module)} import (.+)$", code, re.M)
    if have:
        existing = {n.strip() for n in have.group(1).split(",")}
        merged = ", ".join(sorted(existing | set(names)))
        return code[: have.start()] + f"from {module} import {merged}" + code[have.end() :]
    line = f"from {module} import {', '.join(sorted(names))}\n"
    import ast

    body = ast.parse(code).body
    imports = [n for n in body if isinstance(n, (ast.Import, ast.ImportFrom))]
    lines = code.splitlines(keepends=True)
    at = imports[-1].end_lineno if imports else 0
    assert at is not None
    return "".join(lines[:at]) + line + "".join(lines[at:])


def context_of(path: Path) -> str:
    parts = path.with_suffix("").parts
    return ".".join(parts[parts.index("omil_desktop") + 1 :])


def convert(path: Path, dry_run: bool) -> Wrapper:
    code = path.read_text(encoding="utf-8")
    context = context_of(path)
    wrapper = Wrapper(context, ui=context.startswith("ui."))
    tree = cst.metadata.MetadataWrapper(cst.parse_module(code))
    new = tree.visit(wrapper).code
    if not dry_run and new != code:
        names = []
        if wrapper.needs_translate:
            names.append("translate")
        if wrapper.needs_noop:
            names.append("QT_TRANSLATE_NOOP")
        if wrapper.needs_labels:
            names.append("Labels")
        if names:
            new = add_import(new, names)
        path.write_text(new, encoding="utf-8")
    return wrapper


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dry-run", action="store_true")
    parser.add_argument("files", nargs="+", type=Path)
    args = parser.parse_args()
    for path in args.files:
        w = convert(path.resolve(), args.dry_run)
        for text in w.wrapped:
            print(f"{path}: WRAP {text!r}")
        for text in w.module_level:
            print(f"{path}: MODULE {text!r}")
        for text in w.unconverted:
            print(f"{path}: LEFT {text!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
