"""Chile's political-administrative division (CUT codes) and the Los Lagos OMIL networks."""

from __future__ import annotations

import csv
import functools
import io
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Self, TypeVar

from omil_desktop.domain.text import fold

__all__ = ["REGION_OFFICE", "Comuna", "Province", "Region", "Territory"]

REGION_OFFICE = "REG"
"""Office code of records owned by the SENCE regional office (catalogues, regional notices)."""

_RESOURCE_PACKAGE = "omil_desktop.resources"
_RESOURCE_DIR = "territory"


@dataclass(frozen=True, slots=True)
class Region:
    code: str
    name: str
    short_name: str
    iso: str


@dataclass(frozen=True, slots=True)
class Province:
    code: str
    name: str
    region_code: str


@dataclass(frozen=True, slots=True)
class Comuna:
    code: str
    name: str
    province_code: str

    @property
    def region_code(self) -> str:
        return self.code[:2]


def _read_csv(directory: Traversable, name: str, columns: Sequence[str]) -> list[dict[str, str]]:
    text = (directory / name).read_text(encoding="utf-8-sig")
    reader = csv.DictReader(io.StringIO(text))
    missing = [column for column in columns if column not in (reader.fieldnames or ())]
    if missing:
        raise ValueError(f"{name}: missing columns {', '.join(missing)}")
    rows = []
    for row in reader:
        if any(row[column] is None for column in columns):
            raise ValueError(f"{name}, line {reader.line_num}: missing fields")
        rows.append({column: row[column].strip() for column in columns})
    return rows


class Territory:
    """Regions, provinces and comunas keyed by CUT code, plus the Los Lagos networks."""

    def __init__(
        self,
        regions: Iterable[Region],
        provinces: Iterable[Province],
        comunas: Iterable[Comuna],
        networks: Mapping[str, Sequence[str]],
    ) -> None:
        self._regions = _index(regions, "region")
        self._provinces = _index(provinces, "province")
        self._comunas = _index(comunas, "comuna")
        self._networks = {name: tuple(codes) for name, codes in networks.items()}
        self._network_by_comuna: dict[str, str] = {}
        self._comuna_by_name: dict[str, Comuna] = {}
        self._validate()
        self._sorted_comunas = tuple(
            sorted(self._comunas.values(), key=lambda c: (fold(c.name), c.code))
        )

    def _validate(self) -> None:
        for province in self._provinces.values():
            if province.region_code not in self._regions:
                raise ValueError(
                    f"province {province.code} refers to unknown region {province.region_code}"
                )
            if not province.code.startswith(province.region_code):
                raise ValueError(f"province {province.code} does not start with its region code")
        for comuna in self._comunas.values():
            if comuna.province_code not in self._provinces:
                raise ValueError(
                    f"comuna {comuna.code} refers to unknown province {comuna.province_code}"
                )
            if not comuna.code.startswith(comuna.province_code):
                raise ValueError(f"comuna {comuna.code} does not start with its province code")
            key = fold(comuna.name)
            if key in self._comuna_by_name:
                raise ValueError(f"two comunas are named {comuna.name!r}")
            self._comuna_by_name[key] = comuna
        for network, codes in self._networks.items():
            for code in codes:
                if code not in self._comunas:
                    raise ValueError(f"network {network!r} refers to unknown comuna {code}")
                if code in self._network_by_comuna:
                    raise ValueError(f"comuna {code} belongs to more than one network")
                self._network_by_comuna[code] = network

    @classmethod
    def from_directory(cls, path: Path) -> Self:
        """Load the four CSV files (regiones, provincias, comunas, redes_los_lagos)."""
        return cls._load(path)

    @classmethod
    @functools.cache
    def default(cls) -> Self:
        """The territory shipped with the application (loaded once)."""
        return cls._load(resources.files(_RESOURCE_PACKAGE) / _RESOURCE_DIR)

    @classmethod
    def _load(cls, directory: Traversable) -> Self:
        regions = [
            Region(row["codigo"], row["nombre"], row["nombre_corto"], row["iso_3166_2"])
            for row in _read_csv(
                directory, "regiones.csv", ("codigo", "nombre", "nombre_corto", "iso_3166_2")
            )
        ]
        provinces = [
            Province(row["codigo"], row["nombre"], row["region"])
            for row in _read_csv(directory, "provincias.csv", ("codigo", "nombre", "region"))
        ]
        comunas = [
            Comuna(row["codigo"], row["nombre"], row["provincia"])
            for row in _read_csv(directory, "comunas.csv", ("codigo", "nombre", "provincia"))
        ]
        names = {comuna.code: comuna.name for comuna in comunas}
        networks: dict[str, list[str]] = {}
        for row in _read_csv(directory, "redes_los_lagos.csv", ("red", "comuna_codigo", "comuna")):
            code = row["comuna_codigo"]
            if code in names and fold(names[code]) != fold(row["comuna"]):
                raise ValueError(
                    f"redes_los_lagos.csv: comuna {code} is {names[code]!r}, not {row['comuna']!r}"
                )
            networks.setdefault(row["red"], []).append(code)
        return cls(regions, provinces, comunas, networks)

    @property
    def regions(self) -> tuple[Region, ...]:
        """All regions, by code."""
        return tuple(self._regions[code] for code in sorted(self._regions))

    @property
    def provinces(self) -> tuple[Province, ...]:
        """All provinces, by code."""
        return tuple(self._provinces[code] for code in sorted(self._provinces))

    @property
    def comunas(self) -> tuple[Comuna, ...]:
        """All comunas, sorted by name ignoring accents and case."""
        return self._sorted_comunas

    def region(self, code: str) -> Region:
        return self._regions[code]

    def province(self, code: str) -> Province:
        return self._provinces[code]

    def comuna(self, code: str) -> Comuna:
        return self._comunas[code]

    def region_of_comuna(self, code: str) -> Region:
        return self._regions[self.province_of_comuna(code).region_code]

    def province_of_comuna(self, code: str) -> Province:
        return self._provinces[self._comunas[code].province_code]

    def find_comuna(self, text: str) -> Comuna | None:
        """Find a comuna by CUT code (leading zero optional) or by name, ignoring accents/case."""
        cleaned = text.strip()
        if cleaned.isascii() and cleaned.isdigit():
            return self._comunas.get(cleaned.zfill(5))
        return self._comuna_by_name.get(fold(cleaned))

    def networks(self) -> dict[str, tuple[str, ...]]:
        """Network name → comuna codes, in file order."""
        return dict(self._networks)

    def network_of(self, comuna_code: str) -> str | None:
        return self._network_by_comuna.get(comuna_code)

    def comuna_label(self, code: str) -> str:
        """E.g. ``Palena (Región de Los Lagos)``."""
        return f"{self.comuna(code).name} ({self.region_of_comuna(code).name})"


_Item = TypeVar("_Item", Region, Province, Comuna)


def _index(items: Iterable[_Item], kind: str) -> dict[str, _Item]:
    index: dict[str, _Item] = {}
    for item in items:
        if item.code in index:
            raise ValueError(f"duplicate {kind} code {item.code}")
        index[item.code] = item
    return index
