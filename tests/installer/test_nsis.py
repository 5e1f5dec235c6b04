"""The Windows installer's NSIS script, compiled by the real makensis around a stand-in onedir
folder (a few small files instead of PyInstaller's 130 MB), and the setup.exe read back with
pefile: a 64-bit PE that asks for no administrator rights, carries the version and Spanish
screens, and holds the stand-in's files. The full build and wine install: build-windows.sh."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pefile
import pytest

from omil_desktop import __version__

INSTALLER = Path(__file__).parents[2] / "installer"
SCRIPT = INSTALLER / "omil-desktop.nsi"


def _makensis() -> str:
    found = shutil.which("makensis")
    if found is None:
        pytest.fail(
            "NSIS no está instalado: las pruebas del instalador lo necesitan (makensis). "
            "Instálelo, p. ej.: apt-get install nsis (.ci/run lo hace)",
            pytrace=False,
        )
    return found


def compile_setup(tmp: Path, *extra: str) -> Path:
    onedir = tmp / "omil-desktop"
    (onedir / "_internal").mkdir(parents=True)
    (onedir / "omil-desktop.exe").write_bytes(b"MZ stand-in program")
    (onedir / "_internal" / "marca-de-prueba.txt").write_text("carpeta de prueba", "utf-8")
    setup = tmp / f"omil-desktop-{__version__}-setup.exe"
    done = subprocess.run(
        [_makensis(), "-V2", f"-DVERSION={__version__}", f"-DSOURCE_DIR={onedir}",
         f"-DOUTFILE={setup}", *extra, str(SCRIPT)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    assert "warning" not in done.stdout.lower(), done.stdout
    return setup


@pytest.fixture(scope="module")
def plain_setup(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """Compiled without compression, so its strings and files can be read back."""
    return compile_setup(tmp_path_factory.mktemp("nsis"), "-DNO_COMPRESSION").read_bytes()


def _utf16(text: str) -> bytes:
    return text.encode("utf-16-le")


def test_the_real_setup_is_a_64_bit_pe_with_the_version_and_no_admin(tmp_path: Path) -> None:
    setup = compile_setup(tmp_path)  # as build-windows.sh compiles it (lzma, solid)
    pe = pefile.PE(str(setup))
    assert pe.FILE_HEADER.Machine == pefile.MACHINE_TYPE["IMAGE_FILE_MACHINE_AMD64"]
    assert pe.OPTIONAL_HEADER.Subsystem == pefile.SUBSYSTEM_TYPE["IMAGE_SUBSYSTEM_WINDOWS_GUI"]
    strings = {
        key.decode(): value.decode()
        for info in pe.FileInfo[0]
        if info.Key == b"StringFileInfo"
        for table in info.StringTable
        for key, value in table.entries.items()
    }
    assert strings["ProductName"] == "OMIL Desktop"
    assert strings["ProductVersion"] == __version__
    assert strings["FileDescription"] == "Instalador de OMIL Desktop"
    assert pe.VS_FIXEDFILEINFO[0].ProductVersionMS >> 16 == int(__version__.split(".")[0])
    manifest = _manifest(pe)
    assert 'level="asInvoker"' in manifest  # RequestExecutionLevel user: no UAC prompt
    assert 'level="requireAdministrator"' not in manifest


def _manifest(pe: pefile.PE) -> str:
    for kind in pe.DIRECTORY_ENTRY_RESOURCE.entries:
        if kind.id == pefile.RESOURCE_TYPE["RT_MANIFEST"]:
            data = kind.directory.entries[0].directory.entries[0].data.struct
            return pe.get_data(data.OffsetToData, data.Size).decode("utf-8")
    raise AssertionError("setup.exe has no manifest")


def test_screens_and_messages_are_spanish(plain_setup: bytes) -> None:
    for text in (
        "Bienvenido al Asistente de Instalación de",  # MUI2's Spanish welcome
        "Elegir lugar de instalación",
        "OMIL Desktop está abierto en este computador.",
        "Cierre el programa (sus datos quedan guardados) y presione «Reintentar».",
    ):
        assert _utf16(text) in plain_setup, text
    assert _utf16("Welcome to") not in plain_setup  # no English screen left


def test_installs_per_user_with_shortcuts_and_the_stand_in_files(plain_setup: bytes) -> None:
    assert _utf16("Programs\\OMIL Desktop") in plain_setup  # under $LOCALAPPDATA
    assert (
        _utf16("Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\OMILDesktop")
        in plain_setup
    )
    assert _utf16("OMIL Desktop.lnk") in plain_setup
    assert _utf16("Local\\OMILDesktop") in plain_setup  # the program's mutex, checked first
    assert b"carpeta de prueba" in plain_setup  # the onedir's files are inside


def test_the_uninstaller_never_names_the_data_folder() -> None:
    """The officer's data is %LOCALAPPDATA%\\OMIL Desktop (platformdirs); the uninstaller and
    the upgrade remove only the install folder's own files, never recursively the folder."""
    script = SCRIPT.read_text(encoding="utf-8")
    removals = [
        line.strip()
        for line in script.splitlines()
        if line.strip().startswith(("RMDir", "Delete "))
    ]
    assert removals, "no removal found"
    for line in removals:
        assert "$INSTDIR" in line or "$SMPROGRAMS" in line or "$DESKTOP" in line, line
        assert "$LOCALAPPDATA" not in line and "$APPDATA" not in line, line
        if line.startswith("RMDir /r"):
            assert line.endswith('\\_internal"'), line  # recursive only inside the bundle
