"""Blank submissions for a criteria set: every leaf listed with its rule and max, ready to fill,
in English or Vietnamese (docs/spreadsheets.md).

The YAML template is written as text (not dumped) so that each leaf carries a comment with its
name, rule, allowed values and max, which is what the person filling it in needs. Its words are
keys of the core's catalogues (``sheet_words.py``), said in the template's language.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from par_cli.choices import Lang
from par_cli.messages import visible
from par_cli.models import CriteriaSet, Node, Rule
from par_cli.numbers import plain
from par_cli.scoring import CriteriaIndex
from par_cli.sheet_words import number_text, word


@dataclass(frozen=True, slots=True)
class LeafRow:
    """One leaf as a template lists it."""

    id: str
    name: str
    name_vi: str | None
    rule: Rule
    max: str
    method: str | None
    allowed: tuple[str, ...]  # a closed list of values where the rule has one
    hint: str
    area: str  # id of the top-level node the leaf belongs to
    path: tuple[str, ...]  # names of the ancestors, area first


@dataclass(frozen=True, slots=True)
class GroupRow:
    """A node with children, as a heading above its leaves."""

    id: str
    name: str
    name_vi: str | None
    max: str
    depth: int  # 1 for an area


def _number(value: Decimal, lang: Lang, comma: bool) -> str:
    return number_text(value, lang) if comma else plain(value)


def allowed_values(node: Node, lang: Lang = Lang.EN,
                   comma: bool = False) -> tuple[tuple[str, ...], str]:
    """The values a leaf takes (a closed list where its rule has one) and a hint saying what
    to type, in ``lang``; ``comma``: numbers with a decimal comma in Vietnamese (a workbook;
    YAML wants a point)."""
    rule = node.leaf_rule
    top = _number(node.max, lang, comma)
    yes, no, na = (word(f"value.{name}", lang) for name in ("yes", "no", "na"))
    if rule is Rule.YES_NO:
        return (yes, no, na), word("allowed.yes-no", lang, yes=yes, no=no, max=top)
    if rule is Rule.CHOICE:
        names = tuple(node.options or {})
        shares = ", ".join(f"{k} = {_number(v, lang, comma)}"
                           for k, v in (node.options or {}).items())
        return (*names, na), word("allowed.choice", lang, shares=shares, max=top)
    if rule is Rule.PERCENT:
        if node.steps:
            steps = ", ".join(word("allowed.step", lang, start=_number(s.from_, lang, comma),
                                   points=_number(s.points, lang, comma)) for s in node.steps)
            return (), word("allowed.percent-steps", lang, steps=steps)
        return (), word("allowed.percent", lang, max=top)
    if rule is Rule.COUNT:
        per = _number(node.per, lang, comma) if node.per is not None else "?"
        key = "allowed.count-deduct" if node.deduct else "allowed.count"
        return (), word(key, lang, per=per, max=top)
    return (), word("allowed.points", lang, max=top)


def template_rows(index: CriteriaIndex, lang: Lang = Lang.EN,
                  comma: bool = False) -> Iterator[LeafRow | GroupRow]:
    """The tree in order: a heading for each node with children, then its leaves."""
    def walk(node: Node, area: str, path: tuple[str, ...],
             depth: int) -> Iterator[LeafRow | GroupRow]:
        if node.is_leaf:
            allowed, hint = allowed_values(node, lang, comma)
            yield LeafRow(node.id, node.name, node.name_vi, node.leaf_rule, plain(node.max),
                          index.methods.get(node.id), allowed, hint, area, path)
            return
        yield GroupRow(node.id, node.name, node.name_vi, plain(node.max), depth)
        for child in node.criteria:
            yield from walk(child, area, (*path, node.name), depth + 1)

    for area in index.criteria.criteria:
        yield from walk(area, area.id, (), 1)


def leaf_rows(index: CriteriaIndex, lang: Lang = Lang.EN) -> Iterator[LeafRow]:
    return (row for row in template_rows(index, lang) if isinstance(row, LeafRow))


def node_name(name: str, name_vi: str | None, lang: Lang) -> str:
    """A node's name in ``lang`` (``name_vi`` where it has one), invisible characters shown."""
    return visible(name_vi if lang is Lang.VI and name_vi else name)


def set_title(criteria: CriteriaSet, lang: Lang) -> str:
    return node_name(criteria.title, criteria.title_vi, lang)


def method_name(criteria: CriteriaSet, method: str, lang: Lang) -> str:
    """A method as the set names it in ``lang`` (its id when it has no name)."""
    name, name_vi = criteria.method_names().get(method, (None, None))
    return node_name(name or method, name_vi, lang)


def _quote(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a valid YAML scalar


def yaml_template(index: CriteriaIndex, unit: str | None, year: int | None,
                  schema_path: str | None = None, lang: Lang = Lang.EN) -> str:
    criteria: CriteriaSet = index.criteria
    name = unit.replace("-", " ").title() if unit else word("template.yaml.name", lang)
    lines: list[str] = []
    if schema_path:
        lines.append(f"# yaml-language-server: $schema={schema_path}")
    lines += [
        "# " + word("template.yaml.head", lang, title=set_title(criteria, lang),
                    id=criteria.id),
        "# " + word("template.yaml.fill", lang),
        "# " + word("template.yaml.detail", lang),
        "# " + word("template.yaml.check", lang),
        "format: par-submission/1",
        f"criteria: {criteria.id}",
        f"year: {year if year is not None else criteria.years[-1]}",
        f"unit: {unit or word('template.yaml.unit', lang)}",
        f"name: {_quote(name)}",
        "scores:",
    ]
    current_area: str | None = None
    for row in leaf_rows(index, lang):
        if row.area != current_area:
            current_area = row.area
            area = index.nodes[row.area]
            lines.append("  # " + word("template.yaml.area", lang, id=area.id,
                                       name=node_name(area.name, area.name_vi, lang),
                                       max=plain(area.max)))
        method = f", {method_name(criteria, row.method, lang)}" if row.method else ""
        name = node_name(row.name, row.name_vi, lang)
        lines.append(f"  {_quote(row.id)}:   # {name} — {row.hint}{method}")
    return "\n".join(lines) + "\n"
