"""Vietnamese alphabetical order (a < ă < â < b … d < đ …, tones after the letters): pure, for
sorting names in the core and in reporters."""

from __future__ import annotations

import unicodedata

# Vietnamese letters in dictionary order; a name sorts by its letters first, then its tones.
_VI_ORDER = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_VI_RANK = {letter: i for i, letter in enumerate(_VI_ORDER)}
_TONE_MARKS = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}


def vietnamese_sort_key(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Sort key for Vietnamese names: a < ă < â < b … d < đ …, tones after the letters.

    Raw code points put "Đ" after "Z" and "Ă" after every Latin letter; this does not.
    """
    letters: list[int] = []
    tones: list[int] = []
    for char in unicodedata.normalize("NFD", text.lower()):
        if char in _TONE_MARKS:
            tones[-1:] = [_TONE_MARKS[char]]
            continue
        if char == "\u0306" and letters and letters[-1] == _VI_RANK["a"]:
            letters[-1] = _VI_RANK["ă"]
            continue
        if char == "\u0302" and letters:
            base = {_VI_RANK["a"]: "â", _VI_RANK["e"]: "ê", _VI_RANK["o"]: "ô"}
            if letters[-1] in base:
                letters[-1] = _VI_RANK[base[letters[-1]]]
            continue
        if char == "\u031b" and letters:
            base = {_VI_RANK["o"]: "ơ", _VI_RANK["u"]: "ư"}
            if letters[-1] in base:
                letters[-1] = _VI_RANK[base[letters[-1]]]
            continue
        if unicodedata.combining(char):
            continue
        if char.isspace() or char in "-–.,":  # word breaks sort before any letter
            letters.append(-1)
            tones.append(0)
            continue
        letters.append(_VI_RANK.get(char, 100 + ord(char)))
        tones.append(0)
    return tuple(letters), tuple(tones)
