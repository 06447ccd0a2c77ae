"""Blank submissions for a criteria set: every leaf listed with its rule and max, ready to fill.

The YAML template is written as text (not dumped) so that each leaf carries a comment with its
name, rule, allowed values and max, which is what the person filling it in needs.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass

from par_cli.models import CriteriaSet, Node, Rule
from par_cli.numbers import plain
from par_cli.scoring import CriteriaIndex


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


def allowed_values(node: Node) -> tuple[tuple[str, ...], str]:
    rule = node.leaf_rule
    top = plain(node.max)
    if rule is Rule.YES_NO:
        return ("yes", "no", "n/a"), f"yes / no → {top} or 0 points"
    if rule is Rule.CHOICE:
        names = tuple(node.options or {})
        shares = ", ".join(f"{k} = {plain(v)}" for k, v in (node.options or {}).items())
        return (*names, "n/a"), f"one of: {shares} (share of {top} points)"
    if rule is Rule.PERCENT:
        if node.steps:
            steps = ", ".join(f"from {plain(s.from_)} % → {plain(s.points)}" for s in node.steps)
            return (), f"a percentage 0..100; {steps}"
        return (), f"a percentage 0..100 → {top} × value / 100"
    if rule is Rule.COUNT:
        per = plain(node.per) if node.per is not None else "?"
        if node.deduct:
            return (), f"a whole number ≥ 0; {top} − {per} per item, not below 0"
        return (), f"a whole number ≥ 0; {per} per item, up to {top}"
    return (), f"points 0..{top}"


def leaf_rows(index: CriteriaIndex) -> Iterator[LeafRow]:
    def walk(node: Node, area: str, path: tuple[str, ...]) -> Iterator[LeafRow]:
        if node.is_leaf:
            allowed, hint = allowed_values(node)
            yield LeafRow(node.id, node.name, node.name_vi, node.leaf_rule, plain(node.max),
                          index.methods.get(node.id), allowed, hint, area, path)
            return
        for child in node.criteria:
            yield from walk(child, area, (*path, node.name))

    for area in index.criteria.criteria:
        yield from walk(area, area.id, ())


def _quote(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a valid YAML scalar


def yaml_template(index: CriteriaIndex, unit: str | None, year: int | None,
                  schema_path: str | None = None) -> str:
    criteria: CriteriaSet = index.criteria
    lines: list[str] = []
    if schema_path:
        lines.append(f"# yaml-language-server: $schema={schema_path}")
    lines += [
        f"# Blank submission for {criteria.title} ({criteria.id}).",
        "# Fill in every score (or write n/a where a criterion does not apply); a score may",
        "# also be given as {self: …, appraised: …, note: …, evidence: [...]}.",
        "# Then run: par check THIS-FILE",
        "format: par-submission/1",
        f"criteria: {criteria.id}",
        f"year: {year if year is not None else criteria.years[-1]}",
        f"unit: {unit or 'unit-id'}",
        f"name: {_quote(unit.replace('-', ' ').title() if unit else 'Unit name')}",
        "scores:",
    ]
    current_area: str | None = None
    for row in leaf_rows(index):
        if row.area != current_area:
            current_area = row.area
            area = index.nodes[row.area]
            lines.append(f"  # {area.id} {area.name} (max {plain(area.max)})")
        method = f", {row.method}" if row.method else ""
        lines.append(f"  {_quote(row.id)}:   # {row.name} — {row.hint}{method}")
    return "\n".join(lines) + "\n"
