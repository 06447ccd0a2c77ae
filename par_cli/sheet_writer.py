"""What par's two fill-in workbooks (the submission template and the criteria workbook) share
when they are written: cells that open safely, the look of labels, inputs and headings,
drop-down lists and number checks with their prompts, an instructions sheet. openpyxl is the
optional ``[xlsx]`` extra.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Any

from par_cli.choices import Lang
from par_cli.messages import visible
from par_cli.optional import openpyxl_module
from par_cli.sheet_words import word

# a spreadsheet reads a cell starting with these as a formula (or a DDE command)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # characters xlsx cannot hold
_INLINE_LIST = 250  # Excel's limit for a list typed into a validation is 255 characters
INPUT = "FFF2CC"  # cells a person fills in
HEADING = "DDEBF7"  # rows that name the criteria above the leaves
GREY = "808080"


def new_book() -> Any:
    return openpyxl_module().Workbook()


def save(book: Any) -> bytes:
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def put(sheet: Any, row: int, column: int, value: Any, *, bold: bool = False,
        fill: str | None = None, hint: bool = False, text: bool = False) -> Any:
    """A cell that opens safely: text from a file is never a live formula and never holds a
    character the format refuses; numbers stay numbers. ``text``: the cell is formatted as text
    (an id typed there later stays 1.10)."""
    from openpyxl.styles import Alignment, Font, PatternFill

    as_text = False
    if isinstance(value, str):
        value = _ILLEGAL.sub(lambda m: visible(m.group()), value)
        as_text = value.startswith(_FORMULA_START)
    cell = sheet.cell(row=row, column=column, value=value)
    if as_text:
        cell.data_type = "s"
    if text:
        cell.number_format = "@"
    if bold:
        cell.font = Font(bold=True)
    if hint:
        cell.font = Font(italic=True, color=GREY)
    if fill:
        cell.fill = PatternFill("solid", fgColor=fill)
    cell.alignment = Alignment(vertical="top", wrap_text=isinstance(value, str))
    return cell


def comment(cell: Any, text: str) -> None:
    from openpyxl.comments import Comment

    cell.comment = Comment(text, "par", width=300, height=110)


def widths(sheet: Any, columns: dict[str, float]) -> None:
    for letter, width in columns.items():
        sheet.column_dimensions[letter].width = width


class Checks:
    """Drop-down lists and number checks of one sheet, one validation per kind of check (a
    template has hundreds of cells and a handful of kinds)."""

    def __init__(self, book: Any, sheet: Any, lang: Lang) -> None:
        self.book, self.sheet, self.lang = book, sheet, lang
        self.made: dict[tuple[Any, ...], Any] = {}
        self.lists: Any = None
        self.list_columns = 0

    def _validation(self, key: tuple[Any, ...], **options: Any) -> Any:
        from openpyxl.worksheet.datavalidation import DataValidation

        if key not in self.made:
            check = DataValidation(allow_blank=True, showInputMessage=True,
                                   showErrorMessage=True, errorStyle="warning",
                                   promptTitle=word("prompt.title", self.lang),
                                   errorTitle=word("prompt.error-title", self.lang), **options)
            self.sheet.add_data_validation(check)
            self.made[key] = check
        return self.made[key]

    def choose(self, cells: Iterable[str], values: Sequence[str]) -> None:
        """A drop-down list: typed into the check when short and plain, else kept on a hidden
        sheet of lists (a name may hold a comma or a quote)."""
        listed = ",".join(values)
        if len(listed) <= _INLINE_LIST and not any(c in listed for c in ('"', "\n")) and all(
                "," not in v for v in values):
            source = f'"{listed}"'
        else:
            source = self._listed(values)
        prompt = word("prompt.list", self.lang)
        check = self._validation(("list", source), type="list", formula1=source, prompt=prompt,
                                 error=prompt)
        for cell in cells:
            check.add(cell)

    def _listed(self, values: Sequence[str]) -> str:
        if self.lists is None:
            self.lists = self.book.create_sheet(word("title.lists", self.lang))
            self.lists.sheet_state = "hidden"
        self.list_columns += 1
        column = self.list_columns
        for row, value in enumerate(values, start=1):
            put(self.lists, row, column, value)
        from openpyxl.utils import get_column_letter

        letter = get_column_letter(column)
        return f"'{self.lists.title}'!${letter}$1:${letter}${len(values)}"

    def number(self, cells: Iterable[str], most: Decimal | None, whole: bool,
               prompt: str) -> None:
        """A number from 0 (to ``most``), or a whole number ≥ 0; a warning, not a refusal,
        since n/a is typed in the same cells."""
        if most is None:
            options: dict[str, Any] = {"operator": "greaterThanOrEqual", "formula1": "0"}
        else:
            options = {"operator": "between", "formula1": "0", "formula2": str(most)}
        kind = "whole" if whole else "decimal"
        check = self._validation((kind, most, prompt), type=kind, prompt=prompt, error=prompt,
                                 **options)
        for cell in cells:
            check.add(cell)


def instructions(book: Any, title: str, lines: Sequence[str], lang: Lang) -> None:
    """A sheet of instructions: a bold title, then one paragraph per row."""
    sheet = book.create_sheet(word("title.instructions", lang))
    put(sheet, 1, 1, title, bold=True)
    for row, line in enumerate(lines, start=3):
        put(sheet, row, 1, line)
    widths(sheet, {"A": 110})
