"""Text normalisation helpers for accent- and case-insensitive matching."""

import errno
import unicodedata
from collections.abc import Mapping

from omil_desktop.domain.texts import QT_TRANSLATE_NOOP, Labels, translate

__all__ = ["count_text", "fold", "os_reason"]


def fold(text: str) -> str:
    """Return ``text`` reduced to a form suitable for loose comparisons.

    Accents and other combining marks are removed (so ``ñ`` becomes ``n``), the text is
    case-folded, runs of whitespace collapse to a single space and the ends are stripped.
    """
    decomposed = unicodedata.normalize("NFKD", text)
    without_marks = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(without_marks.casefold().split())


def count_text(count: int, singular: str, plural: str) -> str:
    """``1 persona``, ``12.345 personas``: Chilean thousands separator, agreeing noun.

    Only for the command line, whose text is not translated yet: a text the officer reads in
    the window or a document is one Qt plural instead, ``translate("ctx", "%Ln persona(s)",
    None, n)`` (docs/translations.md)."""
    number = f"{count:,}".replace(",", ".")
    return f"{number} {singular if count == 1 else plural}"


_OS_REASONS: Mapping[int, str] = Labels(
    "domain.text",
    {
        errno.ENOENT: QT_TRANSLATE_NOOP("domain.text", "la carpeta o el archivo no existe"),
        errno.EACCES: QT_TRANSLATE_NOOP("domain.text", "no tiene permiso para usar ese lugar"),
        errno.EPERM: QT_TRANSLATE_NOOP("domain.text", "no tiene permiso para usar ese lugar"),
        errno.ENOSPC: QT_TRANSLATE_NOOP("domain.text", "el disco está lleno"),
        errno.EROFS: QT_TRANSLATE_NOOP(
            "domain.text", "el disco o la memoria USB es de solo lectura"
        ),
        errno.EBUSY: QT_TRANSLATE_NOOP("domain.text", "el archivo está en uso por otro programa"),
        errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("domain.text", "el nombre es demasiado largo"),
        errno.EISDIR: QT_TRANSLATE_NOOP("domain.text", "es una carpeta, no un archivo"),
        errno.ENOTDIR: QT_TRANSLATE_NOOP("domain.text", "parte del camino no es una carpeta"),
        errno.EIO: QT_TRANSLATE_NOOP("domain.text", "error de lectura o escritura del disco"),
        errno.EEXIST: QT_TRANSLATE_NOOP("domain.text", "ya existe"),
        errno.EINVAL: QT_TRANSLATE_NOOP("domain.text", "el nombre no es válido en este sistema"),
    },
)
_WINDOWS_SHARING_VIOLATION = 32  # winerror: the file is open in another program (e.g. Excel)


def os_reason(exc: OSError) -> str:
    """Why the system refused a file operation, in Spanish for the officer (the OS's own text
    is in the language of the system, often English): «el disco está lleno»."""
    if getattr(exc, "winerror", None) == _WINDOWS_SHARING_VIOLATION:
        return translate("domain.text", "el archivo está abierto en otro programa")
    if exc.errno is not None and exc.errno in _OS_REASONS:
        return _OS_REASONS[exc.errno]
    return translate("domain.text", "error del sistema") + (f" {exc.errno}" if exc.errno else "")


def size_text(size: int) -> str:
    """A file's size as the officer reads it: ``340 kB``, ``2,5 MB``; rounded up, so a file
    just over a limit never reads as the limit itself (20 MB and a byte is ``20,1 MB``)."""
    mebibyte = 1024 * 1024
    if size < mebibyte:
        return f"{max(1, -(-size // 1024))} kB"
    tenths = -(-size * 10 // mebibyte)
    return f"{tenths // 10},{tenths % 10} MB"
