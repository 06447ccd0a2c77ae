"""The one yes/no vocabulary (English and Vietnamese) for every place a person writes yes or no:
YAML values of a ``yes-no`` leaf, ``par gap --set`` and spreadsheet cells."""

from __future__ import annotations

import unicodedata

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
