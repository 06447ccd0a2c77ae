"""The words of par's fill-in workbooks and templates in both languages: field labels, column
headers, rule and value names (docs/spreadsheets.md).

A template is written in one language (``--lang``) and read back in either: every label is
matched against the English and the Vietnamese catalogue (and the YAML key itself), ignoring
case, Unicode form, repeated spaces and a trailing colon. The texts are keys of the core's
catalogues (``messages_en.py``, ``messages_vi.py``, the "spreadsheets" block), so a template
never holds a word that is not in both.
"""

from __future__ import annotations

import difflib
import functools
import unicodedata
from collections.abc import Iterable
from decimal import Decimal

from par_cli.choices import Lang
from par_cli.messages import CATALOGUES, Message

# The header rows of a submission sheet, in order (YAML keys of par-submission/1).
SUBMISSION_FIELDS = ("format", "criteria", "year", "unit", "name", "name_vi", "group", "ranked")
# The columns of a submission sheet's table, in order.
SUBMISSION_COLUMNS = ("id", "name", "rule", "max", "allowed", "self", "appraised", "note",
                      "evidence")
RULE_NAMES = ("points", "yes-no", "choice", "percent", "count")
# The set fields of a criteria workbook, as paths in the criteria file; a display rule per
# quantity (display: {points: {...}, index: {...}}) has its own rows.
SET_FIELDS: tuple[tuple[str, ...], ...] = (
    ("format",), ("id",), ("title",), ("title_vi",), ("years",), ("unit_kind",), ("max",),
    ("display", "places"), ("display", "rounding"),
    ("display", "points", "places"), ("display", "points", "rounding"),
    ("display", "index", "places"), ("display", "index", "rounding"),
    ("rank_on",), ("source",), ("note",), ("band",), ("method",),
)
NODE_COLUMNS = ("id", "name", "name_vi", "max", "rule", "steps", "options", "per", "deduct",
                "method", "provisional", "source", "note")
ROUNDINGS = ("down", "half-up", "half-even")
RANK_ON = ("exact", "displayed")


def word(key: str, lang: Lang, **values: object) -> str:
    """The text of ``sheet.KEY`` (or of another catalogue key) in ``lang``; values quoted from
    files are shown with invisible characters escaped."""
    full = key if key.startswith(("template.", "xlsx.")) else f"sheet.{key}"
    return Message.of(full, **values).say(lang)


def normal(text: str) -> str:
    """A label as par compares it: NFC, case-folded, single spaces, no trailing colon."""
    folded = " ".join(unicodedata.normalize("NFC", text).casefold().split())
    return folded.rstrip(":*").strip()


@functools.cache
def _reverse(prefix: str, names: tuple[str, ...]) -> dict[str, str]:
    found: dict[str, str] = {}
    for name in names:
        found.setdefault(normal(name), name)
        for catalogue in CATALOGUES.values():
            found.setdefault(normal(catalogue[f"sheet.{prefix}.{name}"]), name)
    return found


def lookup(prefix: str, names: Iterable[str], text: str) -> str | None:
    """The name (``year``, ``self``, ``percent`` …) a label in either language stands for."""
    return _reverse(prefix, tuple(names)).get(normal(text))


def closest(prefix: str, names: Iterable[str], text: str) -> str | None:
    """The label (in either language) closest to an unknown one, for a did-you-mean."""
    labels = [catalogue[f"sheet.{prefix}.{name}"] for catalogue in CATALOGUES.values()
              for name in names]
    close = difflib.get_close_matches(normal(text), [normal(label) for label in labels], n=1)
    if not close:
        return None
    return next(label for label in labels if normal(label) == close[0])


def path_key(path: tuple[str, ...]) -> str:
    """``("display", "places")`` -> ``display.places`` (its key under ``sheet.set.``)."""
    return ".".join(path)


def number_text(value: Decimal | int, lang: Lang) -> str:
    """A number as a person reads it in text: exact, a decimal comma in Vietnamese. Exactly
    three decimals get a fourth (0.1250), since 0.125 typed as text would read as a thousands
    separator in one locale and be refused as ambiguous."""
    number = Decimal(value).normalize() if isinstance(value, Decimal) else Decimal(value)
    text = format(number, "f")
    if "." in text and len(text.split(".", 1)[1]) == 3:
        text += "0"
    return text.replace(".", ",") if lang is Lang.VI else text
