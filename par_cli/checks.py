"""Check rules: schema errors turned into located findings, and the rules over a criteria tree.

Every rule has a stable id (documented in the README) and yields ``Finding`` values located by
their path in the document; the caller turns them into ``Problem``s with line and column.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterable, Iterator
from decimal import Decimal
from typing import Any, TypeVar, get_args

from pydantic import BaseModel, ValidationError

from par_cli.loader import MisreadNumber
from par_cli.messages import Message, MessageError
from par_cli.models import CriteriaSet, Node, Rule, to_id
from par_cli.numbers import exact
from par_cli.problems import Finding, Loc, Severity

M = TypeVar("M", bound=BaseModel)

# Every rule id the tool can report, with what it means (the README table is generated from it).
RULES: dict[str, str] = {
    "encoding": "the file is not UTF-8 text",
    "too-large": "the file is over the size limit",
    "yaml-syntax": "the file is not valid YAML",
    "yaml-key": "a mapping key that is not a plain value",
    "duplicate-key": "the same key twice in one mapping",
    "depth-limit": "nesting deeper than the limit",
    "alias-limit": "aliases that expand past the limit (alias bomb) or refer to themselves",
    "empty-file": "an empty file",
    "not-mapping": "the top level is not a mapping",
    "unknown-format": "a `format:` that is not par-criteria/1 or par-submission/1",
    "missing-format": "no `format:` but a misspelt one (`Format:`) or par's keys: never left out",
    "schema": "a field missing, unknown, or of the wrong type",
    "unquoted-id": "an id written as a number (read exactly as written)",
    "duplicate-id": "the same node id twice in a criteria set",
    "max-sum": "a node's max differs from the sum of its children's max",
    "total-sum": "the set's max differs from the sum of its areas",
    "rule-on-parent": "a node with children has a rule",
    "rule-params": "rule parameters missing or not matching the rule",
    "steps-order": "steps not in ascending order of `from`, or outside their ranges",
    "options-range": "an option fraction outside 0..1",
    "per-positive": "`per` not greater than 0",
    "bands-order": "bands not listed highest first",
    "unknown-method": "a method not in the set's `methods` vocabulary",
    "provisional": "a value without a public source (warning)",
    "duplicate-set": "two criteria files with the same id",
    "unknown-criteria-set": "a submission naming a criteria set that cannot be found",
    "invalid-criteria-set": "a submission naming a criteria set that has errors",
    "year-not-in-set": "the submission's year is not one of the set's years",
    "unknown-id": "a score for an id the criteria set does not have",
    "double-coverage": "a node scored together with one of its ancestors",
    "uncovered": "leaves without a score",
    "value-fit": "a value that its rule or maximum does not accept",
    "duplicate-unit": "two files for the same unit and year",
    "mixed-run": "submissions of different criteria sets or years in one run",
    "score-json": "a file given to compare that is not usable par score JSON",
    "unit-map": "a --map entry that is not a unit id, or names a unit in neither year",
    "published-table": "a CSV given to trend that is not a usable published results table",
    "xlsx": "a file given to import that is not a par template workbook",
}


def clip(text: object, limit: int = 80) -> str:
    """Text quoted from a file, cut short: a problem must stay one readable line even when the
    file holds a value of megabytes."""
    shown = str(text)
    return shown if len(shown) <= limit else f"{shown[:limit]}… ({len(shown)} characters)"


def _field_name(loc: Loc) -> str:
    parts = [str(p) for p in loc if not (isinstance(p, str) and p in ("detail", "value"))]
    return clip(".".join(parts), 160) if parts else "document"


def _real_loc(loc: tuple[Any, ...]) -> Loc:
    """Drop pydantic's union tags and rename aliased fields back to how the file spells them."""
    out: list[str | int] = []
    for part in loc:
        if part in ("detail", "value") and out and out[0] == "scores":
            continue
        if isinstance(part, str) and part.startswith(("function-", "decimal", "bool", "str")):
            continue
        out.append(part)
    return tuple(out)


def schema_findings(error: ValidationError, allowed: Callable[[Loc], list[str]]) -> list[Finding]:
    """One plain finding per pydantic error, with a did-you-mean for unknown fields."""
    findings: list[Finding] = []
    errors = error.errors(include_url=False)
    for err in errors:
        loc = _real_loc(tuple(err["loc"]))
        kind = err["type"]
        if kind == "too_short" and any(
            len(other["loc"]) > len(err["loc"]) and tuple(other["loc"][:len(err["loc"])])
            == tuple(err["loc"]) for other in errors
        ):
            continue  # the list is not empty: its items failed, and they say why
        name = str(loc[-1]) if loc else "document"
        if kind == "extra_forbidden":
            close = difflib.get_close_matches(name, allowed(loc[:-1]), n=1)
            findings.append(Finding.of(loc, "schema.unknown-field", name=clip(name),
                                       close=close[0] if close else None, at_key=True))
            continue
        if kind == "missing":
            findings.append(Finding.of(loc[:-1], "schema.missing", name=clip(name),
                                       at_key=bool(loc[:-1])))
            continue
        findings.append(Finding(loc, schema_reason(err, _field_name(loc))))
    return findings


def schema_reason(err: Any, field_name: str) -> Message:
    """One pydantic error as par says it: its own key (``schema.*``) where par knows the error,
    the model's own reason where a validator gave one, pydantic's wording only as a last
    resort."""
    message = str(err["msg"])
    ctx = err.get("ctx") or {}
    kind = err["type"]
    key = _SCHEMA_KEYS.get(kind, "")
    params: dict[str, object] = {"field": field_name}
    cause = ctx.get("error")
    if isinstance(cause, MessageError) and clip(str(cause), 200) == str(cause):
        key = cause.message.key  # the models' own reasons, with their key
        params.update(cause.message.params)
    elif message.startswith("Value error, "):
        # the models' own reasons (they quote the value): English
        key, params["message"] = "schema.other", clip(message[len("Value error, "):], 200)
    elif kind in ("literal_error", "enum"):
        params.update(expected=choices(str(ctx.get("expected", ""))),
                      value=clip(err.get("input")))
    elif kind == "greater_than":
        params.update(limit=str(ctx.get("gt")), value=clip(err.get("input")))
    elif kind == "greater_than_equal":
        params.update(limit=str(ctx.get("ge")), value=clip(err.get("input")))
    elif kind == "string_pattern_mismatch":
        params.update(value=clip(err.get("input")))
    elif not key:
        key, params["message"] = "schema.other", clip(message, 200)  # pydantic's wording
    return Message.of(key, **params)


def choices(expected: str) -> Message | str:
    """pydantic's "'a', 'b' or 'c'" as a list joined in the reader's language."""
    options = re.findall(r"'[^']*'", expected)
    if len(options) < 2:
        return expected
    return Message.of("words.or", first=", ".join(options[:-1]), last=options[-1])


_SCHEMA_KEYS = {
    "int_type": "schema.whole-number",
    "int_parsing": "schema.whole-number",
    "string_type": "schema.text",
    "bool_type": "schema.yes-no",
    "literal_error": "schema.literal",
    "enum": "schema.enum",
    "greater_than": "schema.greater-than",
    "greater_than_equal": "schema.at-least",
    "string_pattern_mismatch": "schema.pattern",
    "tuple_type": "schema.list",
    "list_type": "schema.list",
    "dict_type": "schema.mapping",
    "model_type": "schema.mapping",
    "model_attributes_type": "schema.mapping",
}


def validate(model: type[M], data: dict[str, Any]) -> tuple[M | None, list[Finding]]:
    """The model (None when it cannot be built) and every schema finding, numbers out of
    range and numbers YAML reads differently from how they look (010, 1:20) included."""
    out_of_range, misread = number_findings(data)
    try:
        validated: M | None = model.model_validate(data)
        findings: list[Finding] = []
    except ValidationError as e:
        validated = None
        findings = schema_findings(e, lambda loc: _allowed_fields(model, loc))
    if not out_of_range and not misread:
        return validated, findings
    flagged = {f.loc for f in out_of_range + misread}
    # the model may also refuse the same value (a Decimal where a whole number is due): say it once
    findings = [f for f in findings if not any(f.loc[:len(at)] == at for at in flagged)]
    # a misread number is still a number: the rest of the checks can go on and report the rest;
    # a number out of range would break the arithmetic, so the model is withheld
    return (None if out_of_range else validated), out_of_range + misread + findings


# Numbers par computes with exactly: below 10^15 with at most 12 decimal places, so that sums
# of them fit the 28 digits of decimal arithmetic and every display rule (up to 10 places) can
# show them. Larger numbers made display rounding crash and counts overflow, and a number like
# 1e-999999999 made the exact index a fraction too large to compute.
MISREAD_KEYS = ("schema.base-60", "schema.digits", "schema.octal", "schema.ambiguous")
NUMBER_LIMIT = 10**15
NUMBER_PLACES = 12
# YAML 1.1 reads 010 as 8 and 1:20 as 80: as a value, never what its writer meant
_SURPRISING_INT = re.compile(r"[-+]?(0[0-7_]+|[1-9][0-9_]*(:[0-5]?[0-9])+)")


def number_problem(value: int | Decimal) -> str | None:
    """Why par cannot compute exactly with ``value``: ``"too-large"`` or ``"places"`` (the last
    part of a message key), or None."""
    if isinstance(value, Decimal):
        if not value.is_finite():
            return None  # .nan and .inf: the models refuse them with their own message
        if value.copy_abs() >= NUMBER_LIMIT:  # copy_abs: abs() would round, and overflow
            return "too-large"
        _sign, digits, exponent = value.as_tuple()
        assert isinstance(exponent, int)
        if exponent >= -NUMBER_PLACES:  # as written: 12 places or fewer
            return None
        trailing = len(digits) - len("".join(map(str, digits)).rstrip("0"))  # 1.50000…0 is 1.5
        if -(exponent + trailing) > NUMBER_PLACES:
            return "places"
        return None
    if abs(value) >= NUMBER_LIMIT:
        return "too-large"
    return None


def _base_60(text: str) -> str:
    """What YAML 1.1 reads ``1:27.5`` as (87.5), to show the writer what went wrong."""
    total = Decimal(0)
    try:
        for part in text.replace("_", "").lstrip("+-").split(":"):
            total = total * 60 + Decimal(part)
    except ArithmeticError:
        return "?"
    return str(-total if text.startswith("-") else total)


def _shown_number(value: int | Decimal) -> str:
    text = str(getattr(value, "written", value))
    return text if len(text) <= 40 else f"{text[:20]}…{text[-8:]} ({len(text)} characters)"


def number_findings(data: Any) -> tuple[list[Finding], list[Finding]]:
    """Numbers outside what par computes with exactly, and numbers YAML reads differently from
    how they look (``010`` is 8), located by their path in the data.

    Ids are not numbers (``id: 1.10`` is read as written), so they are not looked at.
    """
    out_of_range: list[Finding] = []
    misread: list[Finding] = []

    def look(value: Any, loc: Loc) -> None:
        reason = number_problem(value)
        if reason is not None:
            out_of_range.append(Finding.of(
                loc,
                f"schema.number-{reason}",
                field=_field_name(loc), number=_shown_number(value), places=NUMBER_PLACES))
            return
        written = getattr(value, "written", None)
        if written is not None and _SURPRISING_INT.fullmatch(written):
            misread.append(Finding.of(
                loc, "schema.base-60" if ":" in written else "schema.octal",
                field=_field_name(loc), written=written, value=int(value)))

    # A loop, not recursion (nesting may be as deep as --max-depth allows); scalars are looked at
    # where they stand, and only containers go on the stack: this runs for every file.
    stack: list[tuple[Any, Loc]] = [(data, ())]
    while stack:
        container, loc = stack.pop()
        items: Iterable[tuple[str | int, Any]]
        if isinstance(container, dict):
            items = container.items()
            # fields that hold an id: `id` of a set or node, `criteria` of a submission (under
            # `scores` the keys are criterion ids and the values scores)
            id_fields = ("id", "criteria") if not loc else () if loc[0] == "scores" else ("id",)
        else:
            items, id_fields = enumerate(container), ()
        for key, item in items:
            if isinstance(item, (dict, list)):
                stack.append((item, (*loc, key)))
            elif isinstance(item, MisreadNumber):
                misread.append(Finding.of((*loc, key), f"schema.{item.kind}",
                                          field=_field_name((*loc, key)), written=clip(item),
                                          value=_base_60(item)))
            elif (isinstance(item, (int, Decimal)) and not isinstance(item, bool)
                  and key not in id_fields):
                look(item, (*loc, key))
    return _in_order(out_of_range), _in_order(misread)


def _in_order(findings: list[Finding]) -> list[Finding]:
    return sorted(findings, key=lambda f: tuple(str(part) for part in f.loc))


def _models_in(annotation: Any) -> list[type[BaseModel]]:
    """The pydantic models an annotation can hold (through Optional, tuple, dict, Annotated)."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    found: list[type[BaseModel]] = []
    for arg in get_args(annotation):
        found.extend(_models_in(arg))
    return found


def _allowed_fields(model: type[BaseModel], loc: Loc) -> list[str]:
    """Field names (as files spell them) of the model found at ``loc``, for did-you-mean."""
    current: list[type[BaseModel]] = [model]
    for part in loc:
        if isinstance(part, int):
            continue
        following: list[type[BaseModel]] = []
        for candidate in current:
            for name, info in candidate.model_fields.items():
                if part in (name, info.alias):
                    following.extend(_models_in(info.annotation))
        if following:
            current = following
        # else: a mapping key such as a score id; the models stay those of the mapping's values
    names: list[str] = []
    for candidate in current:
        names.extend(info.alias or name for name, info in candidate.model_fields.items())
    return names


# ---- criteria rules -------------------------------------------------------------------------

CriteriaRule = Callable[[CriteriaSet, dict[str, Any]], Iterator[Finding]]
CRITERIA_RULES: list[CriteriaRule] = []


def criteria_rule(func: CriteriaRule) -> CriteriaRule:
    CRITERIA_RULES.append(func)
    return func


def _walk(nodes: tuple[Node, ...], loc: Loc) -> Iterator[tuple[Node, Loc]]:
    for i, node in enumerate(nodes):
        here = (*loc, i)
        yield node, here
        yield from _walk(node.criteria, (*here, "criteria"))


def _tree(criteria: CriteriaSet) -> Iterator[tuple[Node, Loc]]:
    return _walk(criteria.criteria, ("criteria",))


@criteria_rule
def duplicate_ids(criteria: CriteriaSet, raw: dict[str, Any]) -> Iterator[Finding]:
    seen: dict[str, Loc] = {}
    for node, loc in _tree(criteria):
        if node.id in seen:
            yield Finding.of((*loc, "id"), "duplicate-id", id=node.id)
        else:
            seen[node.id] = loc


@criteria_rule
def unquoted_ids(criteria: CriteriaSet, raw: dict[str, Any]) -> Iterator[Finding]:
    def walk(items: Any, loc: Loc) -> Iterator[Finding]:
        if not isinstance(items, list):
            return
        for i, item in enumerate(items):
            if not isinstance(item, dict):
                continue
            value = item.get("id")
            if value is not None and not isinstance(value, (str, bool)):
                written = to_id(value)
                yield Finding.of((*loc, i, "id"), "unquoted-id", id=written,
                                 severity=Severity.WARNING)
            yield from walk(item.get("criteria"), (*loc, i, "criteria"))

    yield from walk(raw.get("criteria"), ("criteria",))


@criteria_rule
def sums(criteria: CriteriaSet, raw: dict[str, Any]) -> Iterator[Finding]:
    for node, loc in _tree(criteria):
        if node.criteria:
            total = sum((c.max for c in node.criteria), Decimal(0))
            if total != node.max:
                yield Finding.of((*loc, "max"), "max-sum", id=node.id, max=node.max,
                                 total=total)
    top = sum((a.max for a in criteria.criteria), Decimal(0))
    if top != criteria.max:
        yield Finding.of(("max",), "total-sum", max=criteria.max, total=top)


@criteria_rule
def rules(criteria: CriteriaSet, raw: dict[str, Any]) -> Iterator[Finding]:
    for node, loc in _tree(criteria):
        params = [name for name in ("steps", "options", "per") if getattr(node, name) is not None]
        if node.deduct:
            params.append("deduct")
        if node.criteria:
            if node.rule is not None:
                yield Finding.of((*loc, "rule"), "rule-on-parent", id=node.id)
            for name in params:
                yield Finding.of((*loc, name), "rule-params.parent", id=node.id,
                                 name=name)
            continue
        rule = node.leaf_rule
        takes = {
            Rule.POINTS: set(),
            Rule.YES_NO: set(),
            Rule.CHOICE: {"options"},
            Rule.PERCENT: {"steps"},
            Rule.COUNT: {"per", "deduct"},
        }[rule]
        for name in params:
            if name not in takes:
                yield Finding.of((*loc, name), "rule-params.rule", id=node.id,
                                 name=name, rule=rule.value)
        if rule is Rule.CHOICE and not node.options:
            yield Finding.of(loc, "rule-params.options", id=node.id)
        if rule is Rule.COUNT and node.per is None:
            yield Finding.of(loc, "rule-params.per", id=node.id)
        if node.per is not None and node.per <= 0:
            yield Finding.of((*loc, "per"), "per-positive", id=node.id,
                             per=node.per)
        for name, fraction in (node.options or {}).items():
            if not Decimal(0) <= fraction <= Decimal(1):
                yield Finding.of((*loc, "options", name), "options-range",
                                 id=node.id, name=name, fraction=fraction)
        previous: Decimal | None = None
        for i, step in enumerate(node.steps or ()):
            here = (*loc, "steps", i)
            if previous is not None and step.from_ <= previous:
                yield Finding.of((*here, "from"), "steps-order.ascend",
                                 id=node.id, value=step.from_, previous=previous)
            if not Decimal(0) <= step.from_ <= Decimal(100):
                yield Finding.of((*here, "from"), "steps-order.range",
                                 id=node.id, value=step.from_)
            if step.points > node.max:
                yield Finding.of((*here, "points"), "steps-order.points",
                                 id=node.id, points=step.points, max=node.max)
            previous = step.from_


@criteria_rule
def bands(criteria: CriteriaSet, raw: dict[str, Any]) -> Iterator[Finding]:
    previous: Decimal | None = None
    names: set[str] = set()
    for i, band in enumerate(criteria.bands):
        if previous is not None and band.min >= previous:
            yield Finding.of(("bands", i, "min"), "bands-order.order",
                             name=band.name, min=band.min)
        if not Decimal(0) <= band.min <= Decimal(100):
            yield Finding.of(("bands", i, "min"), "bands-order.range",
                             name=band.name, min=band.min)
        if band.name in names:
            yield Finding.of(("bands", i, "name"), "bands-order.twice",
                             name=band.name)
        names.add(band.name)
        previous = band.min


@criteria_rule
def methods(criteria: CriteriaSet, raw: dict[str, Any]) -> Iterator[Finding]:
    ids = criteria.method_ids
    if ids is None:
        return
    known = set(ids)
    for node, loc in _tree(criteria):
        if node.method is not None and node.method not in known:
            close = difflib.get_close_matches(node.method, list(known), n=1)
            yield Finding.of((*loc, "method"), "unknown-method", id=node.id,
                             method=node.method, methods=", ".join(ids),
                             close=close[0] if close else None)


@criteria_rule
def provisional(criteria: CriteriaSet, raw: dict[str, Any]) -> Iterator[Finding]:
    for node, loc in _tree(criteria):
        if node.provisional:
            yield Finding.of((*loc, "provisional"),
                             "provisional.note" if node.note else "provisional", id=node.id,
                             name=Message.of("words.name", name=node.name,
                                             name_vi=node.name_vi or node.name),
                             max=node.max, note=node.note or None,
                             severity=Severity.WARNING)


@exact
def check_criteria(criteria: CriteriaSet, raw: dict[str, Any]) -> list[Finding]:
    findings: list[Finding] = []
    for rule in CRITERIA_RULES:
        findings.extend(rule(criteria, raw))
    return findings
