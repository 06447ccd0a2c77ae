"""Pure scoring: a criteria set and one submission give one unit's exact result.

Decimal end to end; nothing is rounded here (rounding belongs to display, see ``numbers.py``).
The same function serves ``score``, ``check``, ``explain``, ``gap`` and ``audit``: it returns
the result together with the findings (unknown ids, values that do not fit their rule, gaps in
coverage), and a result is only trusted by callers when there is no error among the findings.
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from par_cli.checks import clip
from par_cli.messages import Message, MessageError
from par_cli.models import (
    NOT_APPLICABLE,
    CriteriaSet,
    Node,
    Rule,
    ScoreDetail,
    Submission,
)
from par_cli.numbers import exact
from par_cli.problems import Finding, Loc, Severity
from par_cli.results import MIXED
from par_cli.words import typed_number, yes_no

SUGGEST_AT_MOST = 100  # unknown ids per submission that get a did-you-mean
ZERO = Decimal(0)
HUNDRED = Decimal(100)

Value = bool | Decimal | str


@dataclass(frozen=True, slots=True)
class CriteriaIndex:
    """A criteria set with the lookups scoring needs, built once per set."""

    criteria: CriteriaSet
    nodes: Mapping[str, Node]
    parents: Mapping[str, str | None]
    methods: Mapping[str, str | None]  # effective method of each node; None = mixed / unknown
    leaves: tuple[str, ...]
    method_names: tuple[str, ...]
    lineage: Mapping[str, tuple[str, ...]]  # ancestors of each node, parent first

    @property
    def id(self) -> str:
        return self.criteria.id

    def ancestors(self, node_id: str) -> tuple[str, ...]:
        """Parent first, area last; looked up, not walked (it runs for every score key)."""
        return self.lineage.get(node_id, ())

    def closest(self, unknown: str) -> str | None:
        close = difflib.get_close_matches(unknown, list(self.nodes), n=1, cutoff=0.6)
        return close[0] if close else None


@exact
def index_criteria(criteria: CriteriaSet) -> CriteriaIndex:
    nodes: dict[str, Node] = {}
    parents: dict[str, str | None] = {}
    methods: dict[str, str | None] = {}
    leaves: list[str] = []

    def walk(node: Node, parent: str | None, inherited: str | None) -> str | None:
        # First id wins; duplicate ids are reported by checks.py and block scoring.
        nodes.setdefault(node.id, node)
        parents.setdefault(node.id, parent)
        own = node.method if node.method is not None else inherited
        if node.is_leaf:
            leaves.append(node.id)
            methods.setdefault(node.id, own)
            return own
        child_methods = {walk(child, node.id, own) for child in node.criteria}
        effective = child_methods.pop() if len(child_methods) == 1 else None
        methods.setdefault(node.id, effective)
        return effective

    for area in criteria.criteria:
        walk(area, None, None)
    names: list[str] = list(criteria.method_ids or ())
    for leaf in leaves:
        method = methods[leaf]
        if method is not None and method not in names:
            names.append(method)
    lineage: dict[str, tuple[str, ...]] = {}
    for node_id in nodes:
        chain: list[str] = []
        parent = parents.get(node_id)
        while parent is not None and len(chain) <= len(nodes):  # the bound guards a cycle
            chain.append(parent)
            parent = parents.get(parent)
        lineage[node_id] = tuple(chain)
    return CriteriaIndex(criteria, nodes, parents, methods, tuple(leaves), tuple(names),
                         lineage)


@dataclass(frozen=True, slots=True)
class NodeResult:
    """Exact result of one node for one unit."""

    id: str
    points: Decimal
    max: Decimal  # applicable maximum (n/a removed)
    children: tuple[NodeResult, ...] = ()
    scored: bool = False  # the submission gave a value on this very node
    not_applicable: bool = False
    missing: bool = False  # uncovered leaf counted as 0 under --allow-missing
    self_points: Decimal | None = None  # points of the self-assessed value, when one was given
    appraised: bool = False  # an appraised value was given (then ``points`` are its points)
    note: str | None = None
    evidence: tuple[str, ...] = ()

    @property
    def lost(self) -> Decimal:
        return self.max - self.points


@dataclass(frozen=True, slots=True)
class UnitResult:
    """One unit scored: totals, per top-level node, per method, and the audit figures."""

    unit: str
    name: str
    name_vi: str | None
    group: str | None
    ranked: bool
    points: Decimal
    max: Decimal
    nodes: tuple[NodeResult, ...]
    methods: Mapping[str, Decimal]
    self_points: Decimal
    changed_nodes: int
    without_evidence: int
    missing: tuple[str, ...] = field(default=())

    @property
    def lost_in_appraisal(self) -> Decimal:
        return self.self_points - self.points


def _comma_number(text: str) -> str | None:
    """``2,5`` written in YAML, where it is text: the number meant (2.5), to name in the
    message; None when ``text`` is not a number with a decimal comma (or is ambiguous)."""
    if "," not in text:
        return None
    try:
        number = typed_number(text)
    except MessageError:
        return None
    return None if number is None else f"{number:f}"


def _describe(value: Value) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    return clip(value)


Misfit = tuple[str, dict[str, object]]  # a value-fit message key and its values (but the id)


def value_points(
    node: Node, value: Value, is_leaf: bool
) -> tuple[Decimal | None, Message | None]:
    """Points of a submitted value on ``node``, or the reason it does not fit (English).

    Returns ``(None, None)`` for ``n/a``. A value on an inner node is points for the subtree.
    """
    points, misfit = value_fit(node, value, is_leaf)
    if misfit is None:
        return points, None
    key, params = misfit
    return None, Message.of(key, id=node.id, **params)


def _misfit(loc: Loc, node_id: str, misfit: Misfit) -> Finding:
    key, values = misfit
    return Finding(loc, Message.of(key, id=node_id, **values))


def value_fit(node: Node, value: Value, is_leaf: bool) -> tuple[Decimal | None, Misfit | None]:
    """``value_points`` with the reason as a message key (``value-fit.*``) and its values."""
    if isinstance(value, str) and value.strip().lower() == NOT_APPLICABLE:
        return None, None
    rule = node.leaf_rule if is_leaf else Rule.POINTS
    if rule is Rule.YES_NO:
        answer = yes_no(value) if isinstance(value, str) else value
        if isinstance(answer, bool):
            return (node.max if answer else ZERO), None
        return None, ("value-fit.yes-no", {"value": _describe(value)})
    if rule is Rule.CHOICE:
        options = node.options or {}
        if isinstance(value, str) and value in options:
            return node.max * options[value], None
        if isinstance(value, bool):
            # options named yes/no (or có/không): YAML reads an unquoted yes as true
            named = [name for name in options if yes_no(name) is value]
            if len(named) == 1:
                return node.max * options[named[0]], None
            return None, ("value-fit.choice-yes-no", {"value": _describe(value),
                                                      "names": ", ".join(options)})
        return None, ("value-fit.choice", {"value": _describe(value), "names": ", ".join(options)})
    if isinstance(value, str) and (meant := _comma_number(value)) is not None:
        return None, ("value-fit.decimal-comma", {"value": _describe(value), "number": meant})
    if isinstance(value, (bool, str)):
        what = {Rule.POINTS: "points", Rule.PERCENT: "percent", Rule.COUNT: "count"}[rule]
        where = "" if is_leaf else ".inner"
        return None, (f"value-fit.expected-{what}{where}", {"value": _describe(value)})
    if rule is Rule.POINTS:
        if value < 0 or value > node.max:
            return None, ("value-fit.points-range", {"value": value, "max": node.max})
        return value, None
    if rule is Rule.PERCENT:
        if value < 0 or value > HUNDRED:
            return None, ("value-fit.percent-range", {"value": value})
        if node.steps:
            reached = [step.points for step in node.steps if step.from_ <= value]
            return (reached[-1] if reached else ZERO), None
        return node.max * value / HUNDRED, None
    # count
    if value < 0 or value != value.to_integral_value():
        return None, ("value-fit.count", {"value": value})
    per = node.per or ZERO
    if node.deduct:
        return max(ZERO, node.max - per * value), None
    return min(node.max, per * value), None


@exact
def score_unit(
    index: CriteriaIndex, submission: Submission, allow_missing: bool = False
) -> tuple[UnitResult, list[Finding]]:
    """Score one submission. Findings carry their path in the submission (``scores``, id)."""
    findings: list[Finding] = []
    nodes = index.nodes
    scores = submission.scores
    if submission.criteria != index.id:  # pragma: no cover - callers pick the set by this id
        raise ValueError("submission and criteria set differ")
    if submission.year not in index.criteria.years:
        years = ", ".join(str(y) for y in index.criteria.years)
        findings.append(Finding.of(("year",), "year-not-in-set",
                                   year=submission.year, set=index.id, years=years))
    unknown = 0
    for key in scores:
        if key not in nodes:
            # did-you-mean helps with a few typos; for thousands of unknown ids (a file meant for
            # another set) it would only cost minutes
            unknown += 1
            close = index.closest(key) if unknown <= SUGGEST_AT_MOST else None
            findings.append(Finding.of(("scores", key), "unknown-id", id=clip(key),
                                       set=index.id, close=close, at_key=True))
        else:
            for ancestor in index.ancestors(key):
                if ancestor in scores:
                    findings.append(Finding.of(
                        ("scores", key), "double-coverage", id=key,
                        ancestor=ancestor, at_key=True))
                    break

    missing: list[str] = []
    methods: dict[str, Decimal] = {name: ZERO for name in index.method_names}
    audit = {"changed": 0, "without_evidence": 0}

    def scored(node: Node, entry: ScoreDetail | Value) -> NodeResult:
        detail = entry if isinstance(entry, ScoreDetail) else None
        final = detail.final if detail is not None else entry
        assert not isinstance(final, ScoreDetail)
        points, reason = value_fit(node, final, node.is_leaf)
        self_points: Decimal | None = None
        loc: Loc = ("scores", node.id)
        if reason is not None:
            if detail is not None:
                loc = (*loc, "appraised" if detail.appraised is not None else "self")
            findings.append(_misfit(loc, node.id, reason))
            points = ZERO
        if detail is not None and detail.self_ is not None and detail.appraised is not None:
            own, own_reason = value_fit(node, detail.self_, node.is_leaf)
            if own_reason is not None:
                findings.append(_misfit((*loc, "self"), node.id, own_reason))
            self_points = own if own is not None else ZERO
            if self_points != (points or ZERO):
                audit["changed"] += 1
        elif detail is not None and detail.self_ is not None:
            self_points = points
        appraised = detail is not None and detail.appraised is not None
        if points is None:  # n/a
            return NodeResult(node.id, ZERO, ZERO, scored=True, not_applicable=True,
                              self_points=self_points, appraised=appraised,
                              note=detail.note if detail else None)
        if points > 0 and (detail is None or not detail.evidence):
            audit["without_evidence"] += 1
        method = index.methods.get(node.id) or MIXED
        methods[method] = methods.get(method, ZERO) + points
        return NodeResult(node.id, points, node.max, scored=True, self_points=self_points,
                          appraised=appraised, note=detail.note if detail else None,
                          evidence=detail.evidence if detail else ())

    def visit(node: Node) -> NodeResult:
        entry = scores.get(node.id)
        if entry is not None:
            return scored(node, entry)
        if node.is_leaf:
            missing.append(node.id)
            return NodeResult(node.id, ZERO, node.max, missing=True)
        children = tuple(visit(child) for child in node.criteria)
        return NodeResult(
            node.id,
            sum((c.points for c in children), ZERO),
            sum((c.max for c in children), ZERO),
            children,
            self_points=None,
        )

    top = tuple(visit(area) for area in index.criteria.criteria)
    if missing and not allow_missing:
        more = len(missing) - 12
        findings.append(Finding.of(("scores",),
                                   "uncovered.more" if more > 0 else "uncovered",
                                   count=len(missing), ids=", ".join(missing[:12]),
                                   more=more if more > 0 else None, all=", ".join(missing),
                                   at_key=True))
    self_total = sum((_self_points(n) for n in top), ZERO)
    result = UnitResult(
        unit=submission.unit,
        name=submission.name,
        name_vi=submission.name_vi,
        group=submission.group,
        ranked=submission.ranked,
        points=sum((n.points for n in top), ZERO),
        max=sum((n.max for n in top), ZERO),
        nodes=top,
        methods=methods,
        self_points=self_total,
        changed_nodes=audit["changed"],
        without_evidence=audit["without_evidence"],
        missing=tuple(missing),
    )
    return result, findings


def _self_points(node: NodeResult) -> Decimal:
    if node.scored:
        return node.self_points if node.self_points is not None else node.points
    return sum((_self_points(c) for c in node.children), ZERO)


def has_error(findings: list[Finding]) -> bool:
    return any(f.severity is Severity.ERROR for f in findings)
