"""A criteria set as a workbook (``par template --criteria-workbook``), in English or
Vietnamese (docs/spreadsheets.md): the set's fields above a node table whose ids show the depth
(``3``, ``3.1``, ``3.1.2``), so that an office can build or extend its tree in Excel and
``par import`` can write it back as a criteria file (``criteria_sheet.py`` reads it).

Exported blank, or from a set: every field the criteria format has (names, maxima, rules and
their parameters, methods, provisional marks, sources, notes, bands, display and ranking) is
written, so that importing the export gives the same set.
"""

from __future__ import annotations

from typing import Any

from par_cli.choices import Lang
from par_cli.errors import RunError
from par_cli.messages import Message
from par_cli.models import CRITERIA_FORMAT, CriteriaSet, Node
from par_cli.sheet_words import (
    NODE_COLUMNS,
    RANK_ON,
    ROUNDINGS,
    RULE_NAMES,
    SET_FIELDS,
    number_text,
    path_key,
    word,
)
from par_cli.sheet_writer import Checks, comment, instructions, new_book, put, save, widths
from par_cli.workbook import letter

BLANK_BANDS = 3  # empty band and method rows of a blank workbook, to fill in
BLANK_METHODS = 4
SPARE_ROWS = 300  # rows below the table made ready for new nodes (ids as text, lists)
_KEYS = {path_key(path) for path in SET_FIELDS}
_ABOUT = {"years": "years", "band": "band", "method": "method"}
_NODE_ABOUT = ("id", "steps", "options", "per", "deduct", "provisional")


def criteria_workbook(criteria: CriteriaSet | None, lang: Lang,
                      file_name: str = "FILE.xlsx") -> bytes:
    """The workbook of ``criteria``, or a blank one (``None``)."""
    if criteria is not None:
        _refuse_unshowable(criteria)
    book = new_book()
    sheet = book.active
    sheet.title = word("title.criteria", lang)
    checks = Checks(book, sheet, lang)
    yes, no = word("value.yes", lang), word("value.no", lang)
    row = 1
    for path, values in _set_rows(criteria, lang):
        key = path_key(path)
        label = put(sheet, row, 1, word(f"set.{key}", lang) if key in _KEYS else key, bold=True)
        if key in _ABOUT:
            comment(label, word(f"about.{_ABOUT[key]}", lang, yes=yes))
        for column, value in enumerate(values, start=2):
            put(sheet, row, column, value, text=key in ("id", "method") and column == 2)
        if path[-1] == "rounding":
            checks.choose([f"B{row}"], [word(f"rounding.{r}", lang) for r in ROUNDINGS])
        elif key == "rank_on":
            checks.choose([f"B{row}"], [word(f"rank_on.{r}", lang) for r in RANK_ON])
        row += 1
    table = row + 1
    for column, name in enumerate(NODE_COLUMNS, start=1):
        header = put(sheet, table, column, word(f"node.{name}", lang), bold=True)
        if name in _NODE_ABOUT:
            comment(header, word(f"about.{name}", lang, yes=yes))
    row = table + 1
    for node in _nodes(criteria.criteria if criteria else ()):
        for column, value in enumerate(_node_values(node, lang), start=1):
            put(sheet, row, column, value, text=column == 1)
        row += 1
    last = row + SPARE_ROWS
    for spare in range(row, last):
        put(sheet, spare, 1, None, text=True)  # an id typed here stays text (1.10)
    def cells(name: str) -> str:
        column = letter(NODE_COLUMNS.index(name) + 1)
        return f"{column}{table + 1}:{column}{last - 1}"

    checks.choose([cells("rule")], [word(f"rule.{r}", lang) for r in RULE_NAMES])
    checks.choose([cells("deduct"), cells("provisional")], [yes, no])
    if criteria is not None and criteria.method_ids:
        checks.choose([cells("method")], list(criteria.method_ids))
    widths(sheet, {"A": 34, "B": 44, "C": 40, "D": 10, "E": 14, "F": 22, "G": 28, "H": 10,
                   "I": 10, "J": 14, "K": 10, "L": 30, "M": 30})
    _help(book, sheet.title, lang, file_name)
    if checks.lists is not None:
        book.move_sheet(checks.lists, offset=len(book.worksheets))
    return save(book)


def _refuse_unshowable(criteria: CriteriaSet) -> None:
    """A set whose ids do not show the tree (3.1 under 3), or whose option names hold what a
    cell's list cannot, cannot make the round trip: refused rather than exported wrong."""
    def walk(nodes: tuple[Node, ...], parent: str | None) -> None:
        for node in nodes:
            under = node.id.rsplit(".", 1)[0] if "." in node.id else None
            if under != parent:
                raise RunError(Message.of("template.workbook-ids", id=node.id,
                                          parent=parent or criteria.id))
            for name in node.options or {}:
                if ";" in name or "\n" in name or name != name.strip():
                    raise RunError(Message.of("template.workbook-option-name", id=node.id,
                                              name=name))
            walk(node.criteria, node.id)

    walk(criteria.criteria, None)


def _set_rows(criteria: CriteriaSet | None, lang: Lang) -> list[tuple[tuple[str, ...], list[Any]]]:
    """The set's fields, each a label's path and the values from column B on."""
    if criteria is None:
        display: dict[str, Any] = {"places": 2, "rounding": "half-up"}
        fields: dict[str, Any] = {"rank_on": "exact"}
    else:
        display = criteria.display.model_dump(mode="json", exclude_unset=True)  # one form
        fields = criteria.model_dump(mode="json", exclude={"display", "criteria"})
    rows: list[tuple[tuple[str, ...], list[Any]]] = []
    for path in SET_FIELDS:
        name = path[0]
        if name == "format":
            rows.append((path, [CRITERIA_FORMAT]))
        elif name == "display":
            if len(path) == 2 and path[1] in display:
                rows.append((path, [_display(path[1], display[path[1]], lang)]))
            elif len(path) == 3 and isinstance(display.get(path[1]), dict):
                rows.append((path, [_display(path[2], display[path[1]].get(path[2]), lang)]))
        elif name == "band":
            bands = criteria.bands if criteria else ()
            rows += [(path, [b.name, b.min, b.name_vi]) for b in bands]
            rows += [(path, [])] * (BLANK_BANDS if criteria is None else 0)
        elif name == "method":
            methods = criteria.methods if criteria else None
            rows += [(path, [m] if isinstance(m, str) else [m.id, m.name, m.name_vi])
                     for m in methods or ()]
            rows += [(path, [])] * (BLANK_METHODS if criteria is None else 0)
        elif name == "years":
            rows.append((path, list(fields.get("years", []))))
        elif name == "max":
            rows.append((path, [criteria.max if criteria else None]))
        elif name == "rank_on":
            rows.append((path, [word(f"rank_on.{fields['rank_on']}", lang)]))
        else:
            rows.append((path, [fields.get(name)]))
    return rows


def _display(name: str, value: Any, lang: Lang) -> Any:
    return word(f"rounding.{value}", lang) if name == "rounding" and value else value


def _nodes(nodes: tuple[Node, ...]) -> list[Node]:
    found: list[Node] = []
    for node in nodes:
        found.append(node)
        found.extend(_nodes(node.criteria))
    return found


def _node_values(node: Node, lang: Lang) -> list[Any]:
    yes = word("value.yes", lang)
    steps = "; ".join(f"{number_text(s.from_, lang)}: {number_text(s.points, lang)}"
                      for s in node.steps) if node.steps else None
    options = "; ".join(f"{name}: {number_text(share, lang)}"
                        for name, share in node.options.items()) if node.options else None
    values: dict[str, Any] = {
        "id": node.id, "name": node.name, "name_vi": node.name_vi, "max": node.max,
        "rule": word(f"rule.{node.rule.value}", lang) if node.rule else None,
        "steps": steps, "options": options, "per": node.per,
        "deduct": yes if node.deduct else None, "method": node.method,
        "provisional": yes if node.provisional else None, "source": node.source,
        "note": node.note,
    }
    return [values[name] for name in NODE_COLUMNS]


def _help(book: Any, sheet: str, lang: Lang, file_name: str) -> None:
    def label(prefix: str, name: str) -> str:
        return word(f"{prefix}.{name}", lang)

    yes = word("value.yes", lang)
    rules = {name.replace("-", "_"): label("rule", name) for name in RULE_NAMES}
    columns = {name: label("node", name)
               for name in ("steps", "options", "per", "deduct", "provisional")}
    instructions(book, word("criteria-help.title", lang), [
        word("criteria-help.fields", lang, sheet=sheet),
        word("criteria-help.lists", lang, band=label("set", "band"),
             method=label("set", "method")),
        word("criteria-help.tree", lang),
        word("criteria-help.sums", lang),
        word("criteria-help.rules", lang, yes=yes, **rules, **columns),
        word("criteria-help.import", lang, file=file_name),
    ], lang)
