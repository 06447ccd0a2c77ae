"""A criteria set's data with its faulty parts set aside, so that ``par check``'s criteria rules
(sums, rule parameters, bands, methods) still run on the rest: a workbook with a formula that
has no result in one max cell still hears about a wrong sum elsewhere, in the same run.

A part with a schema problem is replaced by a stand-in (a max of 1, a name) or dropped (an
optional field, a rule with its parameters); findings the stand-ins could cause (the sum of
a parent whose child's max was set aside) are left out.
"""

from __future__ import annotations

import copy
from decimal import Decimal
from typing import Any

from pydantic import ValidationError

from par_cli.checks import check_criteria
from par_cli.models import CRITERIA_FORMAT, CriteriaSet
from par_cli.problems import Finding, Loc

_SET_STAND_INS: dict[str, Any] = {"format": CRITERIA_FORMAT, "id": "set-aside",
                                  "title": "set aside", "years": [0], "max": Decimal(1)}
_RULE_PARTS = ("rule", "steps", "options", "per", "deduct")


def rules_on_the_rest(data: dict[str, Any], findings: list[Finding]) -> list[Finding]:
    """The criteria rules' findings on a copy of ``data`` with every part that has one of
    ``findings`` set aside, without those the stand-ins could cause; nothing when the copy
    cannot be made valid."""
    rest = copy.deepcopy(data)
    aside: set[Loc] = set()
    for finding in findings:
        loc = finding.loc
        if finding.message.key == "schema.missing":
            loc = (*loc, str(dict(finding.message.params).get("name", "")))
        place = _set_aside(rest, loc, len(aside))
        if place is None:
            return []
        aside.add(place)
    try:
        criteria = CriteriaSet.model_validate(rest)
    except ValidationError:
        return []
    return [f for f in check_criteria(criteria, rest) if not _caused(f, aside)]


def _set_aside(data: dict[str, Any], loc: Loc, number: int) -> Loc | None:
    """Set aside the part at ``loc``; the place set aside, or None when nothing can stand in."""
    if not loc or not isinstance(loc[0], str):
        return None
    if loc[0] != "criteria":
        name = loc[0]
        if name in _SET_STAND_INS:
            data[name] = _SET_STAND_INS[name]
        else:
            data.pop(name, None)  # display, rank_on, bands, methods, text, unknown fields
        return (name,)
    node: Any = data
    at: Loc = ()
    rest = loc
    while len(rest) >= 2 and rest[0] == "criteria" and isinstance(rest[1], int):
        children = node.get("criteria") if isinstance(node, dict) else None
        if not isinstance(children, list) or not rest[1] < len(children):
            return None
        node, at, rest = children[rest[1]], (*at, "criteria", rest[1]), rest[2:]
    if not isinstance(node, dict) or not rest or not isinstance(rest[0], str) or not at:
        return None
    field = rest[0]
    if field == "criteria":
        return None
    if field == "max":
        node["max"] = Decimal(1)
    elif field == "name":
        node["name"] = "set aside"
    elif field == "id":
        node["id"] = f"set-aside-{number}"
    elif field in _RULE_PARTS:
        for part in _RULE_PARTS:
            node.pop(part, None)
        field = "rule"
    else:
        node.pop(field, None)
    return (*at, field)


def _caused(finding: Finding, aside: set[Loc]) -> bool:
    """Whether a stand-in could have caused the finding: it is at a part set aside, or it is
    a sum with a maximum set aside among its terms."""
    loc = finding.loc
    if any(loc[:len(place)] == place for place in aside):
        return True
    rule = finding.message.rule
    if rule == "total-sum":
        return ("max",) in aside or any(len(p) == 3 and p[2] == "max" for p in aside)
    if rule == "max-sum":
        node = loc[:-1]
        return any(p[:len(node)] == node and len(p) == len(node) + 3 and p[-1] == "max"
                   for p in aside)
    return False
