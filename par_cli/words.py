"""What a person types, read one way everywhere: the yes/no vocabulary (English and
Vietnamese) of YAML ``yes-no`` values, ``par gap --set`` and spreadsheet cells, and the one
rule for numbers typed as text (docs/formats.md, "Typed numbers")."""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal

from par_cli.messages import MessageError

YES_WORDS = frozenset({"yes", "true", "on", "có", "co"})
NO_WORDS = frozenset({"no", "false", "off", "không", "khong"})


def yes_no(text: str) -> bool | None:
    """True or False when ``text`` is one of the words (any case, any Unicode form), else None."""
    word = unicodedata.normalize("NFC", text.strip()).lower()
    if word in YES_WORDS:
        return True
    if word in NO_WORDS:
        return False
    return None


# A number typed by a person (``--set``, a spreadsheet cell holding text): digits 0-9, an
# optional sign, and a decimal comma (Vietnamese style, 12,5) or point (12.5). A separator
# followed by exactly three digits (3.000, 1,234) means a thousands separator in one locale and
# a decimal one in another: refused, never guessed.
_TYPED = re.compile(r"[+-]?(\d+)([.,](\d+))?")


def typed_number(text: str) -> Decimal | None:
    """The number ``text`` says under the one rule for typed numbers, None when it is not a
    number at all (a word), or ``MessageError`` when it is a number par must not guess at."""
    written = text.strip().replace("_", "")
    if any(unicodedata.category(c) == "Nd" and not c.isascii() for c in written):
        raise MessageError("typed-number.digits", text=text)
    if ":" in written and all(part.replace(".", "").isdigit() for part in written.split(":")):
        raise MessageError("typed-number.base-60", text=text)
    match = _TYPED.fullmatch(written)
    if match is None:
        return None
    fraction = match.group(3)
    if fraction is not None and len(fraction) == 3:
        whole, sign = match.group(1), "-" if written.startswith("-") else ""
        as_decimal = Decimal(written.replace(",", ".")).normalize()
        raise MessageError("typed-number.ambiguous", text=text,
                           thousands=f"{sign}{whole}{fraction}", decimal=f"{as_decimal:f}")
    return Decimal(written.replace(",", "."))
