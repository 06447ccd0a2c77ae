"""The fill-in submission workbook of a criteria set (``par template --format xlsx``), in
English or Vietnamese (docs/spreadsheets.md): header fields with hints, a heading row for each
area and criterion above its leaves, one row per leaf with drop-down lists and number checks
whose prompts say what to type (a percent cell takes 0–100), and an instructions sheet.
``par import`` reads it back in either language (``spreadsheet.py``).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from par_cli.choices import Lang
from par_cli.models import SUBMISSION_FORMAT, Rule
from par_cli.scoring import CriteriaIndex
from par_cli.sheet_words import SUBMISSION_COLUMNS, SUBMISSION_FIELDS, number_text, word
from par_cli.sheet_writer import (
    HEADING,
    INPUT,
    Checks,
    instructions,
    new_book,
    put,
    save,
    widths,
)
from par_cli.template import GroupRow, LeafRow, node_name, set_title, template_rows
from par_cli.workbook import letter

HEADER_ROW = len(SUBMISSION_FIELDS) + 2  # the fields, a blank row, then the table header
FIRST_ROW = HEADER_ROW + 1
COLUMN = {name: letter(i + 1) for i, name in enumerate(SUBMISSION_COLUMNS)}
_FILLED = ("self", "appraised", "note", "evidence")


def template_xlsx(index: CriteriaIndex, unit: str | None, year: int | None,
                  lang: Lang = Lang.EN, file_name: str = "FILE.xlsx") -> bytes:
    criteria = index.criteria
    book = new_book()
    sheet = book.active
    sheet.title = word("title.submission", lang)
    checks = Checks(book, sheet, lang)
    years = ", ".join(map(str, criteria.years))
    yes, no = word("value.yes", lang), word("value.no", lang)
    values: dict[str, Any] = {
        "format": SUBMISSION_FORMAT, "criteria": criteria.id,
        "year": year if year is not None else criteria.years[-1],
        "unit": unit or "", "name": unit.replace("-", " ").title() if unit else "",
        "name_vi": "", "group": "", "ranked": yes,
    }
    for row, name in enumerate(SUBMISSION_FIELDS, start=1):
        put(sheet, row, 1, word(f"field.{name}", lang), bold=True)
        filled = name not in ("format", "criteria")
        put(sheet, row, 2, values[name], fill=INPUT if filled else None, text=name == "unit")
        put(sheet, row, 3, word(f"hint.{name}", lang, years=years, yes=yes, no=no), hint=True)
    checks.choose([_field_cell("year")], [str(y) for y in criteria.years])
    checks.choose([_field_cell("ranked")], [yes, no])
    for column, name in enumerate(SUBMISSION_COLUMNS, start=1):
        put(sheet, HEADER_ROW, column, word(f"col.{name}", lang), bold=True)
    row = FIRST_ROW
    leaves = 0
    for item in template_rows(index, lang, comma=True):
        if isinstance(item, GroupRow):
            _heading(sheet, row, item, lang)
        else:
            _leaf(sheet, checks, row, item, lang)
            leaves += 1
        row += 1
    widths(sheet, {"A": 10, "B": 48, "C": 14, "D": 10, "E": 44, "F": 14, "G": 14, "H": 30,
                   "I": 30})
    sheet.freeze_panes = f"C{FIRST_ROW}"
    labels = {name: word(f"col.{name}", lang) for name in SUBMISSION_COLUMNS}
    rules = {name.replace("-", "_"): word(f"rule.{name}", lang) for name in
             ("points", "yes-no", "choice", "percent", "count")}
    instructions(book, word("help.title", lang, title=set_title(criteria, lang), id=criteria.id), [
        word("help.set", lang, id=criteria.id, years=years, leaves=leaves,
             max=number_text(criteria.max, lang)),
        word("help.fields", lang, sheet=sheet.title),
        word("help.values", lang, **{k: labels[k] for k in _FILLED}),
        word("help.rules", lang, rule=labels["rule"], yes=yes, no=no, **rules),
        word("help.na", lang, na=word("value.na", lang)),
        word("help.numbers", lang),
        word("help.import", lang, file=file_name),
    ], lang)
    if checks.lists is not None:
        book.move_sheet(checks.lists, offset=len(book.worksheets))
    return save(book)


def _field_cell(name: str) -> str:
    return f"B{SUBMISSION_FIELDS.index(name) + 1}"


def _heading(sheet: Any, row: int, item: GroupRow, lang: Lang) -> None:
    text = word("group-row", lang, id=item.id, name=node_name(item.name, item.name_vi, lang),
                max=number_text(Decimal(item.max), lang))
    put(sheet, row, 2, text, bold=item.depth == 1, fill=HEADING)
    for column in (1, *range(3, len(SUBMISSION_COLUMNS) + 1)):
        put(sheet, row, column, None, fill=HEADING)


def _leaf(sheet: Any, checks: Checks, row: int, leaf: LeafRow, lang: Lang) -> None:
    put(sheet, row, 1, leaf.id, text=True)
    put(sheet, row, 2, node_name(leaf.name, leaf.name_vi, lang))
    put(sheet, row, 3, word(f"rule.{leaf.rule.value}", lang))
    put(sheet, row, 4, Decimal(leaf.max))
    put(sheet, row, 5, leaf.hint)
    for name in _FILLED:
        put(sheet, row, SUBMISSION_COLUMNS.index(name) + 1, None, fill=INPUT)
    cells = [f"{COLUMN['self']}{row}", f"{COLUMN['appraised']}{row}"]
    na = word("value.na", lang)
    if leaf.allowed:
        checks.choose(cells, leaf.allowed)
    elif leaf.rule is Rule.PERCENT:
        checks.number(cells, Decimal(100), False, word("prompt.percent", lang, na=na))
    elif leaf.rule is Rule.COUNT:
        checks.number(cells, None, True, word("prompt.count", lang, na=na))
    else:
        most = Decimal(leaf.max)
        checks.number(cells, most, False,
                      word("prompt.points", lang, max=number_text(most, lang), na=na))
