"""Pure gap analysis: what it takes one unit to climb, every other unit held fixed (as the Doing
Business ranking simulator assumed), and what-if re-scoring through the one scoring path.

"Next rank" means drawing level with the next higher distinct index (a shared, better rank).
Points needed are exact; reporters round them up, so adding the shown points always suffices.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator, Mapping, Sequence
from decimal import Decimal
from fractions import Fraction

from par_cli.checks import NUMBER_PLACES, number_problem
from par_cli.errors import RunError
from par_cli.explain import unknown_unit
from par_cli.messages import Message, MessageError
from par_cli.models import DisplayRule, Rounding, Submission
from par_cli.next_steps import next_steps
from par_cli.numbers import display, exact, ratio, round_up
from par_cli.ranking import Ranker, RankKey, rank_among
from par_cli.results import (
    BandTarget,
    GapReport,
    Headroom,
    Target,
    TopTarget,
    WhatIf,
    criteria_info,
)
from par_cli.scoring import CriteriaIndex, NodeResult, UnitResult, Value, has_error, score_unit
from par_cli.words import typed_number, yes_no


def parse_value(text: str) -> Value:
    """A ``--set`` value read as a person types it (docs/formats.md, "Typed numbers"): yes or
    no in English or Vietnamese, a number (a decimal comma is fine, 12,5), or a name."""
    stripped = text.strip()
    answer = yes_no(stripped)
    if answer is not None:
        return answer
    if stripped.lower().lstrip("+-") in ("nan", "inf", "infinity"):
        raise RunError(Message.of("set.not-finite", value=text))
    number = typed_number(stripped)  # MessageError for a number it must not guess at
    if number is None:
        return stripped
    reason = number_problem(number)
    if reason is not None:
        raise MessageError(f"score-json.number-{reason}", value=stripped, places=NUMBER_PLACES)
    return number


def _said(value: Value) -> str:
    """A --set value as the user would write it (yes, not True)."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def parse_sets(items: Sequence[str]) -> list[tuple[str, Value]]:
    pairs: list[tuple[str, Value]] = []
    for item in items:
        node_id, sep, value = item.partition("=")
        if not sep or not node_id.strip():
            raise RunError(Message.of("set.syntax", item=item))
        try:
            pairs.append((node_id.strip(), parse_value(value)))
        except MessageError as e:
            raise RunError(Message.of("set.value", id=node_id.strip(), reason=e.message)) from e
    return pairs


# The smallest step of points par reads (numbers have at most 12 decimal places): where a rank
# key is reached only strictly above a value, this much above it is the least that reaches it.
POINT_STEP = Fraction(1, 10**NUMBER_PLACES)


def _threshold(key: RankKey, rule: DisplayRule, displayed: bool) -> tuple[Fraction, bool]:
    """The exact index (in %) a unit must reach for its rank key to reach ``key``, and whether
    it must be strictly above it.

    Ranked on exact values, that is ``key`` itself. Ranked on the displayed index, the key must
    first be a displayed value (a band minimum of 87.505 under two places is reached only by
    87.51), then the display rule says from where that value is shown: from itself when
    truncating, from half a unit below when rounding half up, and with half-even from half a
    unit below when its last digit is even but only strictly above that when it is odd (the
    midpoint rounds to the even neighbour below).
    """
    target = Fraction(key)
    if not displayed:
        return target, False
    unit = Fraction(1, 10**rule.places)
    shown = -((-target) // unit) * unit  # the least displayed value >= key
    if rule.rounding is Rounding.DOWN:
        return shown, False
    half = unit / 2
    if rule.rounding is Rounding.HALF_UP:
        return shown - half, False
    last_digit = int(shown / unit) % 10
    return shown - half, last_digit % 2 == 1


def _needed(threshold: tuple[Fraction, bool], points: Decimal, maximum: Decimal) -> Fraction:
    index, strict = threshold
    need = index * Fraction(maximum) / 100 - Fraction(points)
    if strict and need >= 0:
        need += POINT_STEP
    return need if need > 0 else Fraction(0)


def _exact_decimal(value: Fraction) -> Decimal:
    """Points needed as an exact decimal when it is one (it is whenever maxima are decimals
    and the target is a decimal), else rounded up at 6 places."""
    quotient = Decimal(value.numerator) / Decimal(value.denominator)
    if Fraction(quotient) == value:
        return quotient
    return round_up(value, 6)


def _headroom(index: CriteriaIndex, nodes: Sequence[NodeResult]) -> Iterator[Headroom]:
    for node in nodes:
        if node.scored:
            if not node.not_applicable and node.max > node.points:
                info = index.nodes[node.id]
                yield Headroom(id=node.id, name=info.name, name_vi=info.name_vi,
                               points=node.points,
                               max=node.max, headroom=node.max - node.points)
        else:
            yield from _headroom(index, node.children)


def _apply_sets(
    index: CriteriaIndex, submission: Submission, sets: Sequence[tuple[str, Value]]
) -> Submission:
    scores = dict(submission.scores)
    for node_id, value in sets:
        if node_id not in index.nodes:
            close = difflib.get_close_matches(node_id, list(index.nodes), n=1)
            raise RunError(Message.of("set.unknown-id", id=node_id, set=index.id,
                                      close=close[0] if close else None))
        ancestor = next((a for a in index.ancestors(node_id) if a in submission.scores), None)
        if ancestor is not None:
            raise RunError(Message.of("set.through-ancestor", id=node_id, ancestor=ancestor))
        if node_id not in submission.scores and any(
            node_id in index.ancestors(scored) for scored in submission.scores
            if scored in index.nodes
        ):
            raise RunError(Message.of("set.scored-below", id=node_id))
        scores[node_id] = value
    return submission.model_copy(update={"scores": scores})


@exact
def gap_unit(
    index: CriteriaIndex,
    year: int,
    results: Sequence[UnitResult],
    submissions: Mapping[str, Submission],
    unit: str,
    top_n: int = 10,
    sets: Sequence[tuple[str, Value]] = (),
    allow_missing: bool = False,
) -> GapReport:
    criteria = index.criteria
    rule, points_rule = criteria.display.index_rule, criteria.display.points_rule
    ranker = Ranker(criteria)
    displayed = criteria.rank_on == "displayed"
    target = next((r for r in results if r.unit == unit), None)
    if target is None:
        raise unknown_unit(unit, [(r.unit, r.name, r.name_vi) for r in results])
    others = [k for r in results if r.ranked and r.unit != unit
              for k in [ranker.key(r.points, r.max)] if k is not None]
    key = ranker.key(target.points, target.max)
    rank = rank_among(key, others) if target.ranked else None

    def target_of(threshold_key: RankKey) -> tuple[Decimal, Decimal]:
        need = _needed(_threshold(threshold_key, rule, displayed), target.points, target.max)
        return _exact_decimal(need), round_up(need, points_rule.places)

    next_rank: Target | None = None
    top: TopTarget | None = None
    next_band: BandTarget | None = None
    if key is not None:
        higher = sorted({k for k in others if k > key})
        if higher:
            exact, shown = target_of(higher[0])
            next_rank = Target(rank=rank_among(higher[0], others) or 1, points_needed=exact,
                               shown_needed=shown)
        else:
            next_rank = Target(rank=1, points_needed=Decimal(0), shown_needed=Decimal(0))
        ordered = sorted(others, reverse=True)
        if (rank is not None and rank <= top_n) or len(ordered) < top_n:
            top = TopTarget(n=top_n, points_needed=Decimal(0), shown_needed=Decimal(0))
        else:
            exact, shown = target_of(ordered[top_n - 1])
            top = TopTarget(n=top_n, points_needed=exact, shown_needed=shown)
        above = [band for band in criteria.bands if band.min > key]
        if above:
            band = above[-1]
            exact, shown = target_of(band.min)
            next_band = BandTarget(band=band.name, points_needed=exact, shown_needed=shown)

    what_if: WhatIf | None = None
    if sets:
        changed = _apply_sets(index, submissions[unit], sets)
        result, findings = score_unit(index, changed, allow_missing)
        if has_error(findings):
            reasons = tuple(f.message for f in findings if f.severity.value == "error")
            raise RunError(Message.of("set.invalid", reasons=reasons))
        new_key = ranker.key(result.points, result.max)
        exact_index = ratio(result.points, result.max)
        what_if = WhatIf(
            points=result.points, max=result.max,
            index=display(exact_index, rule) if exact_index is not None else None,
            rank=rank_among(new_key, others) if target.ranked else None,
            band=ranker.band(new_key),
            changes=tuple(f"{node_id}={_said(value)}" for node_id, value in sets),
        )

    exact_index = ratio(target.points, target.max)
    headroom = sorted(_headroom(index, target.nodes), key=lambda h: (-h.headroom, h.id))
    steps = (next_steps(index, submissions[unit].scores, target.nodes)
             if unit in submissions else [])
    return GapReport(
        unit=target.unit, name=target.name, name_vi=target.name_vi, year=year,
        criteria=criteria_info(criteria),
        ranked_units=len(others) + (1 if target.ranked else 0), rank=rank,
        points=target.points, max=target.max,
        index=display(exact_index, rule) if exact_index is not None else None,
        next_rank=next_rank, top=top, next_band=next_band, headroom=tuple(headroom),
        what_if=what_if, display=criteria.display, next_steps=tuple(steps),
    )
