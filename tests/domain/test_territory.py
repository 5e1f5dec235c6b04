from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from omil_desktop.domain.territory import Comuna, Province, Region, Territory
from omil_desktop.domain.text import fold

REPO = Path(__file__).parents[2]
DATA = REPO / "resources" / "territory"
TERRITORY = Territory.from_directory(DATA)

LOS_LAGOS_NETWORKS = {
    "Red Reloncaví": {"10101", "10102", "10106", "10108"},
    "Red Osorno": {"10301", "10303", "10305", "10307"},
    "Red Chiloé Norte": {"10201", "10204", "10205", "10209", "10210"},
    "Red Chiloé Sur": {"10203", "10206", "10207", "10208"},
    "Red Entre Volcanes": {"10104", "10105", "10107", "10109"},
    "Red Palena": {"10401", "10402", "10403"},
}


def test_counts() -> None:
    assert len(TERRITORY.regions) == 16
    assert len(TERRITORY.provinces) == 56
    assert len(TERRITORY.comunas) == 346


def test_codes_stay_strings_with_leading_zeros() -> None:
    iquique = TERRITORY.comuna("01101")
    assert iquique == Comuna("01101", "Iquique", "011")
    assert iquique.region_code == "01"
    assert TERRITORY.province("011") == Province("011", "Iquique", "01")
    assert TERRITORY.region("01") == Region("01", "Región de Tarapacá", "Tarapacá", "CL-TA")
    assert all(len(c.code) == 5 and c.code.isdigit() for c in TERRITORY.comunas)
    assert all(len(p.code) == 3 for p in TERRITORY.provinces)
    assert all(len(r.code) == 2 for r in TERRITORY.regions)


def test_lookups_palena() -> None:
    palena = TERRITORY.comuna("10404")
    assert palena.name == "Palena"
    assert palena.province_code == "104"
    assert TERRITORY.province_of_comuna("10404").name == "Palena"
    assert TERRITORY.region_of_comuna("10404") == TERRITORY.region("10")
    assert TERRITORY.region("10").name == "Región de Los Lagos"
    assert TERRITORY.comuna_label("10404") == "Palena (Región de Los Lagos)"


def test_nuble_region() -> None:
    assert TERRITORY.region_of_comuna("16303").short_name == "Ñuble"
    assert TERRITORY.comuna_label("16303") == "Ñiquén (Región de Ñuble)"


@pytest.mark.parametrize("code", ["1101", "10404x", "99999", "", "0110"])
def test_unknown_codes_raise_key_error(code: str) -> None:
    with pytest.raises(KeyError):
        TERRITORY.comuna(code)
    with pytest.raises(KeyError):
        TERRITORY.region_of_comuna(code)
    with pytest.raises(KeyError):
        TERRITORY.comuna_label(code)


def test_unknown_region_and_province() -> None:
    with pytest.raises(KeyError):
        TERRITORY.region("17")
    with pytest.raises(KeyError):
        TERRITORY.province("999")


def test_comunas_sorted_by_folded_name() -> None:
    keys = [fold(c.name) for c in TERRITORY.comunas]
    assert keys == sorted(keys)
    names = [c.name for c in TERRITORY.comunas]
    # Accented initials sort with their plain letter, not after "Z".
    assert names.index("Ñiquén") < names.index("Osorno")
    assert names.index("Ñuñoa") < names.index("Olivar")


def test_regions_and_provinces_sorted_by_code() -> None:
    assert [r.code for r in TERRITORY.regions] == [f"{n:02d}" for n in range(1, 17)]
    codes = [p.code for p in TERRITORY.provinces]
    assert codes == sorted(codes)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("01101", "01101"),
        ("1101", "01101"),
        (" 10404 ", "10404"),
        ("chillan viejo", "16103"),
        ("Chillán Viejo", "16103"),
        ("PUERTO MONTT", "10101"),
        ("  puerto   montt ", "10101"),
        ("ñuñoa", "13120"),
        ("nunoa", "13120"),
        ("Niquen", "16303"),
    ],
)
def test_find_comuna(text: str, code: str) -> None:
    found = TERRITORY.find_comuna(text)
    assert found is not None
    assert found.code == code


@pytest.mark.parametrize(
    "text", ["nuble", "Ñuble", "", "  ", "99999", "0", "Puerto", "Santiago Centro"]
)
def test_find_comuna_misses(text: str) -> None:
    assert TERRITORY.find_comuna(text) is None


@given(st.sampled_from(TERRITORY.comunas))
def test_find_comuna_by_its_own_name_and_code(comuna: Comuna) -> None:
    assert TERRITORY.find_comuna(comuna.name) == comuna
    assert TERRITORY.find_comuna(comuna.name.upper()) == comuna
    assert TERRITORY.find_comuna(fold(comuna.name)) == comuna
    assert TERRITORY.find_comuna(comuna.code) == comuna
    assert TERRITORY.find_comuna(comuna.code.lstrip("0")) == comuna


def test_every_comuna_is_consistent() -> None:
    for comuna in TERRITORY.comunas:
        province = TERRITORY.province_of_comuna(comuna.code)
        assert comuna.code.startswith(province.code)
        assert province.region_code == comuna.region_code
        assert TERRITORY.region_of_comuna(comuna.code).code == comuna.region_code


def test_los_lagos_networks() -> None:
    networks = TERRITORY.networks()
    assert len(networks) == 6
    assert {name: set(codes) for name, codes in networks.items()} == LOS_LAGOS_NETWORKS
    all_codes = [code for codes in networks.values() for code in codes]
    assert len(all_codes) == len(set(all_codes)) == 24
    assert all(TERRITORY.region_of_comuna(code).code == "10" for code in all_codes)


def test_network_of() -> None:
    assert TERRITORY.network_of("10101") == "Red Reloncaví"
    assert TERRITORY.network_of("10403") == "Red Palena"
    assert TERRITORY.network_of("10404") is None  # Palena comuna has no FOMIL network
    assert TERRITORY.network_of("10202") is None  # Ancud
    assert TERRITORY.network_of("13101") is None
    assert TERRITORY.network_of("nope") is None
    for name, codes in TERRITORY.networks().items():
        assert all(TERRITORY.network_of(code) == name for code in codes)


def test_networks_returns_a_copy() -> None:
    TERRITORY.networks().clear()
    assert len(TERRITORY.networks()) == 6


# --- loading and validation -------------------------------------------------------------

FILES = {
    "regiones.csv": "codigo,nombre,nombre_corto,iso_3166_2\n01,Región Uno,Uno,CL-UN\n",
    "provincias.csv": "codigo,nombre,region\n011,Provincia,01\n",
    "comunas.csv": "codigo,nombre,provincia\n01101,Comuna A,011\n01102,Comuna B,011\n",
    "redes_los_lagos.csv": "red,comuna_codigo,comuna\nRed X,01102,Comuna B\n",
}


def write(directory: Path, **overrides: str) -> Path:
    for name, text in {**FILES, **{f"{k}.csv": v for k, v in overrides.items()}}.items():
        (directory / name).write_text(text, encoding="utf-8")
    return directory


def test_small_directory_loads(tmp_path: Path) -> None:
    territory = Territory.from_directory(write(tmp_path))
    assert [c.code for c in territory.comunas] == ["01101", "01102"]
    assert territory.networks() == {"Red X": ("01102",)}
    assert territory.comuna_label("01101") == "Comuna A (Región Uno)"


def test_bom_is_tolerated(tmp_path: Path) -> None:
    write(tmp_path)
    regions = tmp_path / "regiones.csv"
    regions.write_text("\ufeff" + regions.read_text(encoding="utf-8"), encoding="utf-8")
    assert Territory.from_directory(tmp_path).region("01").name == "Región Uno"


@pytest.mark.parametrize(
    ("overrides", "fragment"),
    [
        ({"provincias": "codigo,nombre,region\n011,Provincia,02\n"}, "unknown region"),
        (
            {"comunas": "codigo,nombre,provincia\n01101,Comuna A,012\n01102,Comuna B,011\n"},
            "unknown province",
        ),
        ({"redes_los_lagos": "red,comuna_codigo,comuna\nRed X,01103,Comuna C\n"}, "unknown comuna"),
        ({"redes_los_lagos": "red,comuna_codigo,comuna\nRed X,01101,Comuna B\n"}, "not 'Comuna B'"),
        (
            {"redes_los_lagos": "red,comuna_codigo,comuna\nA,01101,Comuna A\nB,01101,Comuna A\n"},
            "more than one network",
        ),
        (
            {"comunas": "codigo,nombre,provincia\n01101,Comuna A,011\n01101,Comuna B,011\n"},
            "duplicate comuna code",
        ),
        (
            {"comunas": "codigo,nombre,provincia\n01101,COMUNÁ B,011\n01102,Comuna B,011\n"},
            "two comunas",
        ),
        (
            {"comunas": "codigo,nombre,provincia\n02101,Comuna A,011\n01102,Comuna B,011\n"},
            "does not start",
        ),
        ({"provincias": "codigo,name,region\n011,Provincia,01\n"}, "missing columns nombre"),
        ({"provincias": "codigo,nombre,region\n011,Provincia\n"}, "missing fields"),
    ],
)
def test_validation_errors(tmp_path: Path, overrides: dict[str, str], fragment: str) -> None:
    with pytest.raises(ValueError, match=fragment):
        Territory.from_directory(write(tmp_path, **overrides))


def test_missing_file(tmp_path: Path) -> None:
    write(tmp_path)
    (tmp_path / "comunas.csv").unlink()
    with pytest.raises(FileNotFoundError):
        Territory.from_directory(tmp_path)


def test_default_loads_package_resources() -> None:
    """``default()`` reads the CSVs installed as ``omil_desktop.resources``."""
    Territory.default.cache_clear()
    territory = Territory.default()
    assert territory is Territory.default()
    assert len(territory.comunas) == 346
    assert territory.comuna_label("10404") == "Palena (Región de Los Lagos)"
