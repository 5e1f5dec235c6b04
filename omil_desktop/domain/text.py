"""Text normalisation helpers for accent- and case-insensitive matching."""

import unicodedata

__all__ = ["fold"]


def fold(text: str) -> str:
    """Return ``text`` reduced to a form suitable for loose comparisons.

    Accents and other combining marks are removed (so ``ñ`` becomes ``n``), the text is
    case-folded, runs of whitespace collapse to a single space and the ends are stripped.
    """
    decomposed = unicodedata.normalize("NFKD", text)
    without_marks = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(without_marks.casefold().split())


def count_text(count: int, singular: str, plural: str) -> str:
    """``1 persona``, ``12.345 personas``: Chilean thousands separator, agreeing noun."""
    number = f"{count:,}".replace(",", ".")
    return f"{number} {singular if count == 1 else plural}"
