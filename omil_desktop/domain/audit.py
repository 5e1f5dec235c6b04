"""The audit log's hash chain (Ley 21.719): what an entry's hash covers and how a chain is checked.

Each PC (``device``: its ``office`` row's id) keeps its own chain: entries numbered 1, 2, 3…
(``position``), each carrying the hash of the one before it (``previous_hash``; empty for the
first) and its own ``hash``: the SHA-256 of its canonical content. Editing an entry changes its
content (its hash no longer matches), removing one leaves a hole in the positions, inserting one
breaks the link of the entry after it: :func:`verify_chains` says which, in Spanish.

The canonical content is the entry's fields in :data:`CONTENT_FIELDS` order, one ``name=value``
line each, values as text (a moment in ISO 8601 with microseconds; ``None`` as empty). It is the
same from a desktop row and from the JSON the regional server stores, so both recompute the
same hash. The sync bookkeeping (``created_at``, ``updated_at``, ``shared``) is not content: the
sync machinery writes it; ``deleted_at`` is not either, but an entry carrying it is reported as
removed (an entry is never deleted); nor is ``person_id`` (see :data:`CONTENT_FIELDS`).

Pure: no database, no clock.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime

from omil_desktop.domain.texts import translate

CONTENT_FIELDS: tuple[str, ...] = (
    "id",
    "office_code",
    "at",
    "device",
    "position",
    "officer",
    "action",
    "record_table",
    "record_id",
    "fields",
    "detail",
    "previous_hash",
)
"""The fields an entry's hash covers, in the order they are written: every field but ``hash``,
the sync bookkeeping and ``person_id``. ``person_id`` is a reference that sync re-points when
two PCs' copies of the same person become one (docs/sync-protocol.md §10), on the PCs and on the
server; what the entry touched stays sealed in ``record_table`` and ``record_id`` (for the
person's own record and page, the person's id as it was then)."""


def _text(name: str, value: object) -> str:
    if value is None:
        return ""
    if name == "at":
        moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
        return moment.replace(tzinfo=None).isoformat(timespec="microseconds")
    if isinstance(value, bool):
        return "1" if value else "0"
    return str(value)


def canonical_content(values: Mapping[str, object]) -> str:
    """The text an entry's hash is computed over: ``name=value`` lines in a fixed order.

    Line breaks inside a value are escaped, so no value can forge another field's line."""
    lines = []
    for name in CONTENT_FIELDS:
        text = _text(name, values.get(name)).replace("\\", "\\\\").replace("\n", "\\n")
        lines.append(f"{name}={text}")
    return "\n".join(lines)


def entry_hash(values: Mapping[str, object]) -> str:
    """SHA-256 (hex) of the entry's canonical content, which includes ``previous_hash``."""
    return hashlib.sha256(canonical_content(values).encode("utf-8")).hexdigest()


def field_names(names: Iterable[str]) -> str:
    """The ``fields`` of an entry: the names touched, sorted, comma-separated."""
    return ",".join(sorted(set(names)))


@dataclass(frozen=True)
class ChainProblem:
    """One thing wrong in a device's chain, with the officer's words for it."""

    device: str
    position: int
    kind: str
    """``modificada``, ``faltante``, ``insertada``, ``repetida`` or ``eliminada``."""
    message: str


@dataclass
class ChainReport:
    """What checking every chain found."""

    entries: int = 0
    devices: int = 0
    problems: list[ChainProblem] = field(default_factory=list)

    @property
    def intact(self) -> bool:
        return not self.problems

    def summary(self) -> str:
        """«Íntegro: 1.234 entradas de 2 equipos», or the problems, one per line."""
        if self.intact:
            entries = translate("domain.audit", "%Ln entrada(s)", None, self.entries)
            devices = translate("domain.audit", "%Ln equipo(s)", None, self.devices)
            return translate("domain.audit", "Íntegro: {entries} de {devices}.").format(
                entries=entries, devices=devices
            )
        head = translate(
            "domain.audit",
            "El registro de accesos fue alterado: %Ln problema(s).",
            None,
            len(self.problems),
        )
        return "\n".join([head, *(p.message for p in self.problems)])


def device_label(device: str, names: Mapping[str, str] | None = None) -> str:
    """How a device is named in a message: its given name, else the start of its id."""
    if names and device in names:
        return names[device]
    return f"«{device[:8]}»"


def _of_device(who: str) -> str:
    """«del equipo «0190a…»», or «de este equipo» for the PC itself."""
    return (
        f"de {who}"
        if who.startswith("este ")
        else translate("domain.audit", "del equipo {who}").format(who=who)
    )


def verify_chains(
    entries: Iterable[Mapping[str, object]], names: Mapping[str, str] | None = None
) -> ChainReport:
    """Check every device's chain in ``entries`` (any order; each a mapping of the entry's
    fields, ``hash`` and ``deleted_at`` included). ``names`` gives devices a readable name
    (e.g. «este equipo»)."""
    by_device: dict[str, list[Mapping[str, object]]] = {}
    report = ChainReport()
    for entry in entries:
        by_device.setdefault(str(entry.get("device") or ""), []).append(entry)
        report.entries += 1
    report.devices = len(by_device)
    for device in sorted(by_device):
        report.problems.extend(_verify_device(device, by_device[device], names))
    return report


def _verify_device(
    device: str, entries: list[Mapping[str, object]], names: Mapping[str, str] | None
) -> list[ChainProblem]:
    who = device_label(device, names)
    problems: list[ChainProblem] = []

    def problem(position: int, kind: str, message: str) -> None:
        problems.append(ChainProblem(device, position, kind, message))

    ordered = sorted(entries, key=lambda e: _position(e))
    expected = 1
    previous: Mapping[str, object] | None = None
    for entry in ordered:
        position = _position(entry)
        if previous is not None and position == _position(previous):
            problem(
                position,
                "repetida",
                translate(
                    "domain.audit", "La entrada N° {position} {of_device} está repetida."
                ).format(position=position, of_device=_of_device(who)),
            )
            continue
        if position > expected:
            missing = (
                translate("domain.audit", "Falta la entrada N° {expected}").format(
                    expected=expected
                )
                if position == expected + 1
                else translate(
                    "domain.audit", "Faltan las entradas N° {expected} a {value}"
                ).format(expected=expected, value=position - 1)
            )
            problem(
                expected,
                "faltante",
                translate(
                    "domain.audit", "{missing} {of_device}: fue eliminada del registro."
                ).format(missing=missing, of_device=_of_device(who)),
            )
            previous = None  # the link across a hole cannot be checked
        if entry.get("deleted_at"):
            problem(
                position,
                "eliminada",
                translate(
                    "domain.audit",
                    "La entrada N° {position} {of_device} fue marcada como eliminada.",
                ).format(position=position, of_device=_of_device(who)),
            )
        if entry_hash(entry) != entry.get("hash"):
            problem(
                position,
                "modificada",
                translate(
                    "domain.audit", "La entrada N° {position} {of_device} fue modificada."
                ).format(position=position, of_device=_of_device(who)),
            )
        else:
            wanted = "" if position == 1 else (previous.get("hash") if previous else None)
            if wanted is not None and entry.get("previous_hash") != wanted:
                problem(
                    position,
                    "insertada",
                    translate(
                        "domain.audit",
                        "La entrada N° {position} {of_device} no sigue a la anterior: se insertó "
                        "o reemplazó una entrada.",
                    ).format(position=position, of_device=_of_device(who)),
                )
        previous = entry
        expected = position + 1
    return problems


def _position(entry: Mapping[str, object]) -> int:
    value = entry.get("position")
    return value if isinstance(value, int) else int(str(value or 0))
