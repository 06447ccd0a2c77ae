"""Pure: for each node a submission scored, the next value that gains points under the node's
rule and the points it gains (``par gap``'s next steps, docs/commands.md#par-gap).

The next value is the least change that scores more: the next percent step above the value, the
next better choice option, one more counted item (one fewer for a deducting count), yes for a
no; for a ``points`` leaf, a linear percentage or a score given on an inner node, full marks.
Points come from ``scoring.value_fit``, the one place a rule turns a value into points, so that
applying a step with ``--set`` gains exactly what is listed.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from typing import Any

from par_cli.models import Node, Rule, ScoreDetail
from par_cli.scoring import CriteriaIndex, NodeResult, Value, value_fit
from par_cli.words import yes_no

HUNDRED = Decimal(100)


@dataclass(frozen=True, slots=True, kw_only=True)
class NextStep:
    """A result record (``GapReport.next_steps``): the next value of a scored node that gains
    points, and the points it gains."""

    id: str
    name: str
    name_vi: str | None = None
    value: Value
    next_value: Value
    points_gained: Decimal

    def json_data(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "value": self.value,
                "next_value": self.next_value, "points_gained": self.points_gained}


def _points(node: Node, value: Value) -> Decimal:
    points, misfit = value_fit(node, value, node.is_leaf)
    assert misfit is None and points is not None  # the candidates are values the rule takes
    return points


def _candidates(node: Node, value: Value) -> Iterator[Value]:
    """Values that may score more than ``value``, least change first."""
    rule = node.leaf_rule if node.is_leaf else Rule.POINTS
    if rule is Rule.YES_NO:
        yield True
    elif rule is Rule.CHOICE:
        options = node.options or {}
        # the option scoring least above the present one (the first listed among equals)
        yield from sorted(options, key=lambda name: options[name])
    elif rule is Rule.PERCENT and node.steps:
        assert isinstance(value, Decimal)
        yield from (step.from_ for step in node.steps if step.from_ > value)
    elif rule is Rule.COUNT:
        assert isinstance(value, Decimal)
        per = node.per or Decimal(0)
        if not node.deduct:
            yield value + 1
        elif value > 0:
            yield value - 1
            # at 0 points, the first count below that scores anything: the largest whole
            # number strictly below max / per
            below = Decimal(-(-Fraction(node.max) // Fraction(per)) - 1)
            if 0 <= below < value - 1:
                yield below
    elif rule is Rule.PERCENT:
        yield HUNDRED
    else:  # points (or a score on an inner node)
        yield node.max


def _submitted(value: Value, node: Node) -> Value:
    """The value as the rule reads it: yes/no words as yes or no."""
    if node.is_leaf and node.leaf_rule is Rule.YES_NO and isinstance(value, str):
        answer = yes_no(value)
        return answer if answer is not None else value
    return value


def next_steps(
    index: CriteriaIndex, scores: Mapping[str, ScoreDetail | Value],
    nodes: Sequence[NodeResult],
) -> list[NextStep]:
    """Every scored, applicable node whose rule has a value that scores more, with the least
    such change; most points gained first, ties by id."""
    steps: list[NextStep] = []

    def walk(results: Sequence[NodeResult]) -> None:
        for result in results:
            if not result.scored:
                walk(result.children)
                continue
            if result.not_applicable or result.points >= result.max:
                continue
            entry = scores[result.id]
            node = index.nodes[result.id]
            value = _submitted(entry.final if isinstance(entry, ScoreDetail) else entry, node)
            for candidate in _candidates(node, value):
                gained = _points(node, candidate) - result.points
                if gained > 0:
                    steps.append(NextStep(id=node.id, name=node.name, name_vi=node.name_vi,
                                          value=value, next_value=candidate,
                                          points_gained=gained))
                    break

    walk(nodes)
    return sorted(steps, key=lambda step: (-step.points_gained, step.id))
