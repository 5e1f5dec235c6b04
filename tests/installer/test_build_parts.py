"""The build scripts' parts that need neither wine nor PyInstaller: the version, the lock files
in step with pyproject, the pins of the Windows Python, the CI stamp, the wine stand-ins (test
only, never shipped) and signing with a certificate (a throwaway one made here)."""

from __future__ import annotations

import datetime
import importlib.util
import re
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pefile
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

import omil_desktop
from omil_desktop.app import INSTANCE_MUTEX, hold_instance_mutex

REPO = Path(__file__).parents[2]
INSTALLER = REPO / "installer"


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, INSTALLER / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


buildinfo = _load("buildinfo")
wine_standins = _load("wine_standins")


def test_version_is_the_programs() -> None:
    assert buildinfo.version() == omil_desktop.__version__
    done = subprocess.run(
        [sys.executable, str(INSTALLER / "buildinfo.py"), "version"], capture_output=True, text=True
    )
    assert done.stdout.strip() == omil_desktop.__version__


@pytest.mark.parametrize("lock", ["requirements-windows.txt", "requirements-linux.txt"])
def test_lock_files_pin_every_dependency_with_hashes(lock: str) -> None:
    assert buildinfo.lock_problems(INSTALLER / lock) == []
    pins = buildinfo.locked(INSTALLER / lock)
    for spec in buildinfo.dependencies():
        assert buildinfo.requirement_name(spec) in pins, spec
    assert pins["pyinstaller"] == buildinfo.PYINSTALLER.split("==")[1]


def test_windows_lock_has_the_windows_only_dependencies() -> None:
    """Resolved for Windows (uv --python-platform x86_64-pc-windows-msvc), not for this Linux."""
    windows = buildinfo.locked(INSTALLER / "requirements-windows.txt")
    linux = buildinfo.locked(INSTALLER / "requirements-linux.txt")
    assert "pywin32-ctypes" in windows  # keyring's Windows credential store
    assert "secretstorage" not in windows and "jeepney" not in windows
    assert "secretstorage" in linux


def _copy_project(tmp: Path) -> Path:
    root = tmp / "repo"
    shutil.copytree(INSTALLER, root / "installer", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(REPO / "pyproject.toml", root)
    shutil.copy(REPO / "setup.py", root)
    return root


def test_a_lock_out_of_step_with_pyproject_is_found(tmp_path: Path) -> None:
    root = _copy_project(tmp_path)
    pyproject = root / "pyproject.toml"
    text = pyproject.read_text("utf-8")
    added = text.replace('"cryptography>=44",', '"cryptography>=44",\n    "babel>=2.14",', 1)
    pyproject.write_text(added.replace('    "rapidfuzz>=3.0",\n', "", 1), "utf-8")
    problems = buildinfo.lock_problems(root / "installer" / "requirements-windows.txt", root)
    assert any(p.startswith("babel is a dependency") for p in problems), problems
    assert any(p.startswith("rapidfuzz is pinned") for p in problems), problems


def test_a_pin_without_hashes_is_found(tmp_path: Path) -> None:
    lock = tmp_path / "lock.txt"
    text = (INSTALLER / "requirements-windows.txt").read_text("utf-8")
    lock.write_text(re.sub(r"(uuid6==\S+) \\\n(\s+--hash[^\n]*\n)+", r"\1\n", text), "utf-8")
    assert any("without hashes" in p for p in buildinfo.lock_problems(lock))


def test_the_windows_python_is_pinned_and_its_signatures_checked() -> None:
    script = (INSTALLER / "build-windows.sh").read_text("utf-8")
    assert re.search(r"^PYTHON_EMBED_VERSION=3\.12\.\d+\b", script, re.M)
    assert re.search(r"^PYTHON_EMBED_SHA256=[0-9a-f]{64}$", script, re.M)
    assert re.search(r"^MS_ROOT_SHA256=[0-9A-F]{64}$", script, re.M)
    assert "sha256sum -c --quiet || die" in script
    assert "osslsigncode verify" in script and "Python Software Foundation" in script


def test_inputs_hash_follows_the_installer_and_the_dependencies(tmp_path: Path) -> None:
    root = _copy_project(tmp_path)
    first = buildinfo.inputs_hash(root)
    assert re.fullmatch(r"[0-9a-f]{64}", first)
    (root / "installer" / buildinfo.STAMP_NAME).write_text("anything\n")
    assert buildinfo.inputs_hash(root) == first  # the stamp itself does not count
    (root / "README.md").write_text("changed")
    (root / "installer" / "README.md").write_text("changed")
    assert buildinfo.inputs_hash(root) == first  # nor what the build does not use
    nsi = root / "installer" / "omil-desktop.nsi"
    nsi.write_text(nsi.read_text("utf-8") + "\n; changed\n", "utf-8")
    second = buildinfo.inputs_hash(root)
    assert second != first
    pyproject = root / "pyproject.toml"
    pyproject.write_text(pyproject.read_text("utf-8").replace("uuid6>=2024.1", "uuid6>=2025.1"))
    assert buildinfo.inputs_hash(root) != second


def test_wine_stand_ins_export_what_qt_and_rust_import(tmp_path: Path) -> None:
    icu, prng = wine_standins.write_standins(tmp_path)
    pe = pefile.PE(str(icu))
    assert pe.FILE_HEADER.Machine == pefile.MACHINE_TYPE["IMAGE_FILE_MACHINE_AMD64"]
    assert pe.is_dll()
    names = {e.name.decode() for e in pe.DIRECTORY_ENTRY_EXPORT.symbols}
    assert names == set(wine_standins.ICU_FUNCTIONS)
    stub = pe.DIRECTORY_ENTRY_EXPORT.symbols[0].address
    assert pe.get_data(stub, 3) == b"\x31\xc0\xc3"  # xor eax, eax; ret
    (export,) = pefile.PE(str(prng)).DIRECTORY_ENTRY_EXPORT.symbols
    assert (export.name, export.forwarder) == (b"ProcessPrng", b"advapi32.SystemFunction036")


def test_the_program_holds_the_mutex_the_installer_looks_for() -> None:
    nsi = (INSTALLER / "omil-desktop.nsi").read_text("utf-8")
    assert f'!define MUTEX_NAME "{INSTANCE_MUTEX}"' in nsi
    assert hold_instance_mutex() is None  # Windows only; build-windows.sh tests it under wine


def _throwaway_pfx(folder: Path, password: str) -> Path:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Municipalidad de Prueba")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=30))
        .sign(key, hashes.SHA256())
    )
    pfx = folder / "firma.pfx"
    pfx.write_bytes(
        pkcs12.serialize_key_and_certificates(
            b"firma", key, cert, None, serialization.BestAvailableEncryption(password.encode())
        )
    )
    return pfx


def test_sign_sh_signs_with_the_given_certificate(tmp_path: Path) -> None:
    osslsigncode = shutil.which("osslsigncode")
    if osslsigncode is None:
        pytest.fail(
            "osslsigncode no está instalado (apt-get install osslsigncode; .ci/run lo hace)"
        )
    exe = tmp_path / "programa.exe"
    shutil.copy(_any_pe(tmp_path), exe)
    env = {"PATH": "/usr/bin:/bin", "OMIL_SIGN_PFX": str(_throwaway_pfx(tmp_path, "clave-1")),
           "OMIL_SIGN_PASSWORD": "clave-1"}  # fmt: skip
    done = subprocess.run([INSTALLER / "sign.sh", exe], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    shown = subprocess.run([osslsigncode, "verify", "-in", exe], capture_output=True, text=True)
    assert "CN=Municipalidad de Prueba" in shown.stdout
    assert "Message digest algorithm  : SHA256" in shown.stdout
    env["OMIL_SIGN_PASSWORD"] = "otra"
    wrong = subprocess.run([INSTALLER / "sign.sh", exe], env=env, capture_output=True, text=True)
    assert wrong.returncode != 0


def _any_pe(tmp: Path) -> Path:
    icu, _ = wine_standins.write_standins(tmp / "pe")
    return icu
