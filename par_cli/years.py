"""A scored year as ``par compare`` sees it (``YearView``): built straight from ranked results,
or read back from the JSON that ``par score --format json`` wrote (through a pydantic input
model, so a hand-edited file is validated like any other input); and the ``--map`` file.

Core: returns values; never prints or exits.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Annotated, Any

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StrictInt,
    StrictStr,
    ValidationError,
    model_validator,
)

from par_cli.catalog import Catalog
from par_cli.checks import NUMBER_PLACES, clip, number_problem, schema_reason
from par_cli.compare import NodeView, UnitView, YearView
from par_cli.errors import InputProblems, UsageError
from par_cli.files import InputFile, read
from par_cli.foreign import json_problem
from par_cli.loader import DEFAULT_LIMITS, Limits
from par_cli.messages import Message, MessageError
from par_cli.models import UNIT_ID_PATTERN, Display
from par_cli.problems import Finding, Problem, Severity, has_errors
from par_cli.ranking import Ranker, rank_results
from par_cli.scoring import CriteriaIndex, UnitResult
from par_cli.textfile import read_whole


def year_from_ranked(
    index: CriteriaIndex, year: int, results: Sequence[UnitResult], source: str,
    notes: Sequence[Message] = (),
) -> YearView:
    """The comparison's view of a year scored from submissions: exact points and maxima, the
    ranks and bands of the ranking, top-level nodes only (what a comparison reads)."""
    criteria = index.criteria
    ranker = Ranker(criteria)
    ranking = rank_results(ranker, results, depth=1)
    units = {
        r.unit: UnitView(
            unit=r.unit, name=r.name, name_vi=r.name_vi, rank=ranking.units.get(r.unit),
            points=r.points, max=r.max, band=ranker.band(ranking.keys[r.unit]),
            nodes={n.id: NodeView(n.points, n.max, ranking.nodes.get(n.id, {}).get(r.unit))
                   for n in r.nodes},
        )
        for r in results
    }
    return YearView(
        criteria_id=criteria.id, title=criteria.title, year=year, display=criteria.display,
        node_names={a.id: (a.name, a.name_vi) for a in criteria.criteria},
        units=units, ranked_count=len(ranking.units), source=source, notes=tuple(notes),
        title_vi=criteria.title_vi, band_names=criteria.band_names_vi(),
    )


# ---- score JSON read back --------------------------------------------------------------------


def _number(value: object) -> Decimal:
    """An exact number ≥ 0 that par can compute with (JSON floats arrive as Decimal)."""
    if isinstance(value, bool) or not isinstance(value, (int, Decimal)):
        raise MessageError("score-json.number", value=clip(repr(value), 40))
    number = Decimal(value)
    reason = number_problem(number)
    if reason is not None:
        raise MessageError(f"score-json.number-{reason}", value=str(value)[:40],
                           places=NUMBER_PLACES)
    if number < 0:
        raise MessageError("score-json.negative", value=value)
    return number


Number = Annotated[Decimal, BeforeValidator(_number)]
Rank = Annotated[StrictInt, Field(ge=1)]


class _In(BaseModel):
    model_config = ConfigDict(frozen=True, strict=True, extra="ignore")


class JsonNode(_In):
    id: StrictStr
    name: StrictStr
    points: Number
    max: Number
    rank: Rank | None = None

    @model_validator(mode="after")
    def _within_max(self) -> JsonNode:
        if self.points > self.max:
            raise MessageError("score-json.above-max", what="node", id=self.id[:80],
                               points=self.points, max=self.max)
        return self


class JsonUnit(_In):
    unit: StrictStr
    name: StrictStr
    name_vi: StrictStr | None = None
    rank: Rank | None = None
    points: Number
    max: Number
    band: StrictStr | None = None
    nodes: list[JsonNode]

    @model_validator(mode="after")
    def _consistent(self) -> JsonUnit:
        if self.points > self.max:
            raise MessageError("score-json.above-max", what="unit", id=self.unit[:80],
                               points=self.points, max=self.max)
        seen: set[str] = set()
        for node in self.nodes:
            if node.id in seen:  # a dict would silently keep only the last one
                raise MessageError("score-json.node-twice", id=node.id[:80],
                                   unit=self.unit[:80])
            seen.add(node.id)
        return self


class JsonCriteria(_In):
    id: StrictStr
    title: StrictStr | None = None


class ScoreJson(_In):
    """The parts of ``par score --format json`` that a comparison reads."""

    criteria: JsonCriteria
    year: StrictInt
    units: list[JsonUnit]

    @model_validator(mode="after")
    def _units_once(self) -> ScoreJson:
        seen: set[str] = set()
        for unit in self.units:
            if unit.unit in seen:
                raise MessageError("score-json.unit-twice", unit=unit.unit[:80])
            seen.add(unit.unit)
        most = len(self.units)  # a rank is a place among the units listed
        for unit in self.units:
            for rank in [unit.rank, *(n.rank for n in unit.nodes)]:
                if rank is not None and rank > most:
                    raise MessageError("score-json.rank", unit=unit.unit[:80],
                                       rank=clip(rank, 40), units=most)
        return self


def _json_error(path: str, message: Message, line: int = 1, col: int = 1) -> InputProblems:
    return InputProblems([Problem(path, line, col, Severity.ERROR, message)],
                         Message.of("compare.unusable-json", path=path))


def _json_object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object; a key given twice is refused (``json`` would keep the last one)."""
    obj: dict[str, Any] = {}
    for key, value in pairs:
        if key in obj:
            raise MessageError("score-json.duplicate-key", key=key[:80])
        obj[key] = value
    return obj


def _first_error(error: ValidationError) -> Message:
    detail = error.errors(include_url=False)[0]
    where = ".".join(str(part) for part in detail["loc"])
    if detail["type"] == "missing":
        return Message.of("score-json.missing", field=clip(where))
    # the reason as check says it of a YAML field, the field named once
    return Message.of("score-json.shape", where="", reason=schema_reason(detail, clip(where)))


def read_score_json(path: Path, catalog: Catalog, limits: Limits = DEFAULT_LIMITS) -> YearView:
    """A year written by ``par score --format json``; exact numbers read as Decimal."""
    shown = str(path)
    text, problem = read_whole(path, shown, limits.max_bytes)
    if text is None:
        assert problem is not None
        why = "compare.too-large" if problem.rule == "too-large" else "compare.not-utf8"
        raise InputProblems([problem], Message.of(why, path=shown))
    try:
        data = json.loads(text, parse_float=Decimal, object_pairs_hook=_json_object)
    except json.JSONDecodeError as e:
        raise _json_error(shown, Message.of("score-json.invalid", reason=json_problem(e.msg)),
                          e.lineno, e.colno) from e
    except RecursionError as e:
        raise _json_error(shown, Message.of("score-json.deep")) from e
    except MessageError as e:  # a duplicate key
        raise _json_error(shown, e.message) from e
    except ValueError as e:  # an integer of thousands of digits
        raise _json_error(shown, Message.of("score-json.invalid",
                                            reason=str(e).splitlines()[0])) from e
    if not isinstance(data, dict):
        raise _json_error(shown, Message.of("score-json.top"))
    try:
        score = ScoreJson.model_validate(data)
    except ValidationError as e:
        raise _json_error(shown, _first_error(e)) from e
    return _year_from_json(score, catalog, shown)


def _year_from_json(score: ScoreJson, catalog: Catalog, shown: str) -> YearView:
    set_id = score.criteria.id
    known = catalog.find(set_id)
    notes: list[Message] = []
    if known is not None and known.criteria is not None:
        rule = known.criteria.display
        names = {a.id: (a.name, a.name_vi) for a in known.criteria.criteria}
        band_names = known.criteria.band_names_vi()
    else:
        rule = Display()
        names = {}
        band_names = {}
        notes.append(Message.of("note.json-criteria", file=shown, set=set_id))
    units: dict[str, UnitView] = {}
    for entry in score.units:
        for node in entry.nodes:
            names.setdefault(node.id, (node.name, None))
        units[entry.unit] = UnitView(
            unit=entry.unit, name=entry.name, name_vi=entry.name_vi, rank=entry.rank,
            points=entry.points, max=entry.max, band=entry.band,
            nodes={n.id: NodeView(n.points, n.max, n.rank) for n in entry.nodes})
    ranked = sum(entry.rank is not None for entry in score.units)
    return YearView(criteria_id=set_id, title=score.criteria.title or set_id, year=score.year,
                    display=rule, node_names=names, units=units, ranked_count=ranked,
                    source=shown, notes=tuple(notes), band_names=band_names)


# ---- --map -----------------------------------------------------------------------------------


def read_unit_map(path: Path, limits: Limits = DEFAULT_LIMITS) -> dict[str, str]:
    """``--map``: a YAML mapping of old unit id -> new unit id, validated and located."""
    file = InputFile(path, str(path))
    if not path.exists():
        raise UsageError(Message.of("path.missing-file", path=path))
    document, problems = read(file, limits)
    if document is None:
        raise InputProblems(problems, Message.of("map.unreadable", path=path))
    mapping: dict[str, str] = {}
    for old_id, new_id in document.data.items():
        for value, at_key in ((old_id, True), (new_id, False)):
            if not isinstance(value, str) or not re.match(UNIT_ID_PATTERN, value):
                problems.append(document.problem(Finding.of(
                    (old_id,), "unit-map", value=clip(value), at_key=at_key)))
        if isinstance(new_id, str):
            mapping[old_id] = new_id
    if has_errors(problems):
        raise InputProblems(problems, Message.of("map.problems", path=path))
    return mapping


