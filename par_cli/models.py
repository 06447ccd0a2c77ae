"""Pydantic input models: the criteria tree (par-criteria/1) and a submission (par-submission/1).

Strict on purpose: unknown fields are errors, values are frozen, numbers are exact Decimals and a
string where a number is due is an error rather than a silent conversion. Rules that need the
whole tree (sums, unique ids, steps order) live in ``checks.py`` so each has a stable rule id.
"""

from __future__ import annotations

import functools
import math
from decimal import Decimal
from enum import Enum
from typing import Annotated, Any, Literal, Union

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Discriminator,
    Field,
    StrictBool,
    StrictInt,
    StrictStr,
    Tag,
    WithJsonSchema,
    model_validator,
)

from par_cli.messages import MessageError

CRITERIA_FORMAT = "par-criteria/1"
SUBMISSION_FORMAT = "par-submission/1"
KNOWN_FORMATS = (CRITERIA_FORMAT, SUBMISSION_FORMAT)
NOT_APPLICABLE = "n/a"
UNIT_ID_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"


def _refuse(expected: str, value: Any) -> MessageError:
    """``expected a number, got the text '10'``, with its message key (problem_messages.py)."""
    if isinstance(value, bool):
        return MessageError(f"schema.value.{expected}.yes-no")
    if isinstance(value, str):
        return MessageError(f"schema.value.{expected}.text", value=value)
    for kind, types in (("mapping", dict), ("list", list), ("null", type(None))):
        if isinstance(value, types):
            return MessageError(f"schema.value.{expected}.{kind}")
    return MessageError(f"schema.value.{expected}.other", value=repr(value))


def to_decimal(value: Any) -> Decimal:
    """A YAML number as an exact Decimal; everything else is refused with a plain reason."""
    if isinstance(value, bool):
        raise _refuse("number", value)
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise MessageError("schema.value.finite")
        return value
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            raise MessageError("schema.value.finite")
        return Decimal(repr(value))
    raise _refuse("number", value)


def to_id(value: Any) -> str:
    """Ids are text; a number written unquoted is kept exactly as written (``1.10``)."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool) or value is None:
        raise _refuse("id", value)
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, int):
        return str(getattr(value, "written", value))
    raise _refuse("id", value)


# Numbers are exact Decimals inside; in JSON Schema (for editors) they are plain numbers.
Number = Annotated[Decimal, BeforeValidator(to_decimal), WithJsonSchema({"type": "number"})]
PositiveNumber = Annotated[
    Decimal, BeforeValidator(to_decimal), Field(gt=0),
    WithJsonSchema({"type": "number", "exclusiveMinimum": 0}),
]
NonNegativeNumber = Annotated[
    Decimal, BeforeValidator(to_decimal), Field(ge=0),
    WithJsonSchema({"type": "number", "minimum": 0}),
]
NodeId = Annotated[str, BeforeValidator(to_id), Field(min_length=1)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True,
                              defer_build=True)


class Rule(str, Enum):
    POINTS = "points"
    YES_NO = "yes-no"
    CHOICE = "choice"
    PERCENT = "percent"
    COUNT = "count"


class Rounding(str, Enum):
    DOWN = "down"
    HALF_UP = "half-up"
    HALF_EVEN = "half-even"


class Step(_Strict):
    from_: Number = Field(alias="from")
    points: NonNegativeNumber


class Node(_Strict):
    """One entry of the criteria tree: an area, a criterion or a component criterion."""

    id: NodeId
    name: StrictStr
    name_vi: StrictStr | None = None
    max: PositiveNumber
    method: StrictStr | None = None
    rule: Rule | None = None
    steps: tuple[Step, ...] | None = None
    options: dict[str, Number] | None = None
    per: Number | None = None
    deduct: StrictBool = False
    criteria: tuple[Node, ...] = ()
    provisional: StrictBool = False
    source: StrictStr | None = None
    note: StrictStr | None = None

    @property
    def is_leaf(self) -> bool:
        return not self.criteria

    @property
    def leaf_rule(self) -> Rule:
        return self.rule or Rule.POINTS


class DisplayRule(_Strict):
    """How one kind of shown number is rounded: ``places`` decimals, ``rounding`` mode."""

    places: StrictInt = Field(default=2, ge=0, le=10)
    rounding: Rounding = Rounding.HALF_UP


_RULE_SCHEMA: dict[str, Any] = {
    "type": "object", "additionalProperties": False,
    "properties": {
        "places": {"type": "integer", "minimum": 0, "maximum": 10, "default": 2},
        "rounding": {"enum": [r.value for r in Rounding], "default": "half-up"},
    },
}
DISPLAY_SCHEMA: dict[str, Any] = {
    "description": "How shown numbers are rounded: {places, rounding} for every number, or "
                   "{points: {places, rounding}, index: {places, rounding}} per quantity "
                   "(not both forms at once).",
    "anyOf": [
        _RULE_SCHEMA,
        {"type": "object", "additionalProperties": False, "minProperties": 1,
         "properties": {"points": _RULE_SCHEMA, "index": _RULE_SCHEMA}},
    ],
    "default": {"places": 2, "rounding": "half-up"},
}


class Display(_Strict):
    """A set's display rule: ``{places, rounding}`` for every shown number, or per quantity
    ``{points: {places, rounding}, index: {places, rounding}}`` (docs/formats.md). Points are
    points and differences of points (headroom, points lost, points needed, sums by method);
    index is every percentage: indexes, area indexes, their averages and their changes. In the
    per-quantity form a quantity left out keeps the default rule (2 places, half-up)."""

    places: StrictInt = Field(default=2, ge=0, le=10)
    rounding: Rounding = Rounding.HALF_UP
    points: DisplayRule | None = None
    index: DisplayRule | None = None

    @model_validator(mode="after")
    def _one_form(self) -> Display:
        given = self.model_fields_set
        if given & {"places", "rounding"} and given & {"points", "index"}:
            raise MessageError("schema.value.display-mixed")
        return self

    @functools.cached_property
    def points_rule(self) -> DisplayRule:
        """The rule for points (and differences of points)."""
        return self.points or DisplayRule(places=self.places, rounding=self.rounding)

    @functools.cached_property
    def index_rule(self) -> DisplayRule:
        """The rule for indexes, their averages and their changes (percentages)."""
        return self.index or DisplayRule(places=self.places, rounding=self.rounding)


class Band(_Strict):
    name: StrictStr
    name_vi: StrictStr | None = None
    min: Number


class Method(_Strict):
    """A method with the names people read (``methods: [{id, name, name_vi}]``)."""

    id: NodeId
    name: StrictStr | None = None
    name_vi: StrictStr | None = None


class CriteriaSet(_Strict):
    """A methodology: one criteria file."""

    format: Literal["par-criteria/1"]
    id: NodeId
    title: StrictStr
    title_vi: StrictStr | None = None
    source: StrictStr | None = None
    note: StrictStr | None = None
    years: tuple[StrictInt, ...] = Field(min_length=1)
    unit_kind: StrictStr | None = None
    max: PositiveNumber
    display: Annotated[Display, WithJsonSchema(DISPLAY_SCHEMA)] = Field(default_factory=Display)
    rank_on: Literal["exact", "displayed"] = "exact"
    bands: tuple[Band, ...] = ()
    methods: tuple[StrictStr | Method, ...] | None = None
    criteria: tuple[Node, ...] = Field(min_length=1)

    @property
    def method_ids(self) -> tuple[str, ...] | None:
        """The method vocabulary's ids, whether entries are plain ids or mappings."""
        if self.methods is None:
            return None
        return tuple(m if isinstance(m, str) else m.id for m in self.methods)

    def method_names(self) -> dict[str, tuple[str | None, str | None]]:
        """id -> (name, name_vi) for the methods that are given names."""
        return {m.id: (m.name, m.name_vi) for m in self.methods or ()
                if not isinstance(m, str)}

    def band_names_vi(self) -> dict[str, str]:
        """band name -> its Vietnamese name, for the bands that carry one."""
        return {b.name: b.name_vi for b in self.bands if b.name_vi}


def _scalar(value: Any) -> Any:
    """Normalise a submitted scalar: numbers to Decimal, yes/no and names kept."""
    if isinstance(value, (bool, str)):
        return value
    if value is None:
        raise MessageError("schema.value.no-value")
    return to_decimal(value)


ScalarValue = Annotated[
    Union[StrictBool, Decimal, StrictStr],  # noqa: UP007 - pydantic needs the Union form here
    BeforeValidator(_scalar),
]


class ScoreDetail(_Strict):
    """A score with its self-assessed and appraised values, a note and evidence."""

    self_: ScalarValue | None = Field(default=None, alias="self")
    appraised: ScalarValue | None = None
    note: StrictStr | None = None
    evidence: tuple[StrictStr, ...] = ()

    @model_validator(mode="after")
    def _needs_a_value(self) -> ScoreDetail:
        if self.self_ is None and self.appraised is None:
            raise MessageError("schema.value.self-or-appraised")
        return self

    @property
    def final(self) -> bool | Decimal | str:
        value = self.appraised if self.appraised is not None else self.self_
        assert value is not None
        return value


def _entry_kind(value: Any) -> str:
    if isinstance(value, dict):
        return "detail"
    if isinstance(value, ScoreDetail):
        return "detail"
    return "value"


ScoreEntry = Annotated[
    Union[  # noqa: UP007
        Annotated[ScoreDetail, Tag("detail")],
        Annotated[ScalarValue, Tag("value")],
    ],
    Discriminator(_entry_kind),
]


class Submission(_Strict):
    """One unit's scores for one year."""

    format: Literal["par-submission/1"]
    criteria: NodeId
    year: StrictInt
    unit: Annotated[StrictStr, Field(pattern=UNIT_ID_PATTERN)]
    name: StrictStr
    name_vi: StrictStr | None = None
    group: StrictStr | None = None
    ranked: StrictBool = True
    scores: dict[str, ScoreEntry]
