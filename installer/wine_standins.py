"""Test-only stand-ins for two DLLs that Windows 10/11 has and wine 8.0 lacks.

They are written into a wine prefix's ``system32`` by ``build-windows.sh`` (the build prefix and
the throwaway smoke-test prefix) and NEVER go into the onedir folder or ``setup.exe`` (the build
script checks that). A real Windows PC has both DLLs:

- ``icuuc.dll``: Qt 6.12's QtCore imports twenty ``ucnv_*`` functions from Windows' own ICU
  (used only for legacy text codecs, which the program does not use). The stand-in exports the
  same names; each one returns 0 (a null converter, "nothing available").
- ``bcryptprimitives.dll``: Rust's standard library (pydantic-core) draws random bytes with
  ``ProcessPrng``. The stand-in forwards it to ``advapi32.SystemFunction036`` (RtlGenRandom), which
  wine has and which takes the same two arguments.

No compiler is needed: the DLLs are tiny PE32+ images written here byte by byte (one section
holding a ``xor eax, eax; ret`` stub and the export directory). Usage:
``python3 wine_standins.py <folder>`` writes both DLLs into ``<folder>``.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

ICU_FUNCTIONS = (
    "UCNV_FROM_U_CALLBACK_SUBSTITUTE",
    "UCNV_TO_U_CALLBACK_SUBSTITUTE",
    "ucnv_cbFromUWriteUChars",
    "ucnv_cbToUWriteUChars",
    "ucnv_close",
    "ucnv_countAvailable",
    "ucnv_fromUCountPending",
    "ucnv_fromUnicode",
    "ucnv_getAvailableName",
    "ucnv_getFromUCallBack",
    "ucnv_getMaxCharSize",
    "ucnv_getName",
    "ucnv_getStandardName",
    "ucnv_getToUCallBack",
    "ucnv_open",
    "ucnv_reset",
    "ucnv_setFromUCallBack",
    "ucnv_setToUCallBack",
    "ucnv_toUCountPending",
    "ucnv_toUnicode",
)
RETURN_ZERO = b"\x31\xc0\xc3"  # xor eax, eax ; ret

SECTION_RVA = 0x1000
FILE_ALIGN = 0x200
SECTION_ALIGN = 0x1000


def _align(value: int, to: int) -> int:
    return (value + to - 1) // to * to


def pe_dll(dll_name: str, exports: dict[str, str | None]) -> bytes:
    """A PE32+ DLL exporting ``exports``: name -> forwarder ("DLL.Function") or None (return 0)."""
    names = sorted(exports)  # the loader binary-searches the name table
    body = bytearray(RETURN_ZERO)
    body += b"\xcc" * (16 - len(body))
    export_dir = len(body)
    count = len(names)
    functions_at = export_dir + 40
    names_at = functions_at + 4 * count
    ordinals_at = names_at + 4 * count
    strings = bytearray()
    strings_at = ordinals_at + 2 * count

    def string(text: str) -> int:
        rva = SECTION_RVA + strings_at + len(strings)
        strings.extend(text.encode("ascii") + b"\0")
        return rva

    dll_name_rva = string(dll_name)
    function_rvas, name_rvas = [], []
    for name in names:
        name_rvas.append(string(name))
        target = exports[name]
        function_rvas.append(SECTION_RVA if target is None else string(target))
    export_size = strings_at + len(strings) - export_dir
    body += struct.pack(
        "<IIHHIIIIIII",
        0,
        0,
        0,
        0,
        dll_name_rva,
        1,
        count,
        count,
        SECTION_RVA + functions_at,
        SECTION_RVA + names_at,
        SECTION_RVA + ordinals_at,
    )
    body += struct.pack(f"<{count}I", *function_rvas)
    body += struct.pack(f"<{count}I", *name_rvas)
    body += struct.pack(f"<{count}H", *range(count))
    body += strings
    raw_size = _align(len(body), FILE_ALIGN)
    image_size = SECTION_RVA + _align(len(body), SECTION_ALIGN)

    dos = bytearray(64)
    dos[0:2] = b"MZ"
    struct.pack_into("<I", dos, 0x3C, 64)
    coff = struct.pack("<4sHHIIIHH", b"PE\0\0", 0x8664, 1, 0, 0, 0, 240, 0x2022)
    optional = struct.pack(
        "<HBBIIIIIQIIHHHHHHIIIIHHQQQQII",
        0x20B,  # PE32+
        14,
        0,
        raw_size,  # size of code
        0,
        0,
        0,  # no entry point: a DLL without DllMain
        SECTION_RVA,
        0x180000000,
        SECTION_ALIGN,
        FILE_ALIGN,
        6,
        0,
        0,
        0,
        6,
        0,
        0,
        image_size,
        FILE_ALIGN,  # size of headers
        0,
        2,  # GUI subsystem
        0x0100,  # NX compatible
        0x100000,
        0x1000,
        0x100000,
        0x1000,
        0,
        16,
    )
    directories = bytearray(16 * 8)
    struct.pack_into("<II", directories, 0, SECTION_RVA + export_dir, export_size)
    section = struct.pack(
        "<8sIIIIIIHHI",
        b".text",
        len(body),
        SECTION_RVA,
        raw_size,
        FILE_ALIGN,
        0,
        0,
        0,
        0,
        0x60000020,  # code, execute, read
    )
    headers = bytes(dos) + coff + optional + bytes(directories) + section
    return headers.ljust(FILE_ALIGN, b"\0") + bytes(body).ljust(raw_size, b"\0")


def write_standins(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = {
        "icuuc.dll": pe_dll("icuuc.dll", dict.fromkeys(ICU_FUNCTIONS)),
        "bcryptprimitives.dll": pe_dll(
            "bcryptprimitives.dll", {"ProcessPrng": "advapi32.SystemFunction036"}
        ),
    }
    paths = []
    for name, data in written.items():
        path = folder / name
        path.write_bytes(data)
        paths.append(path)
    return paths


if __name__ == "__main__":
    for written_path in write_standins(Path(sys.argv[1])):
        print(written_path)
