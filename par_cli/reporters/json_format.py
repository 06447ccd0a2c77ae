"""JSON output: stable shapes, exact decimals written as JSON numbers (89.22, never a string)."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from par_cli.numbers import plain

if TYPE_CHECKING:  # check's reporter writes JSON without loading the result types
    from par_cli.inventory import Inventory
    from par_cli.results import (
        AuditReport,
        CompareReport,
        ExplainReport,
        GapReport,
        ScoreReport,
    )
    from par_cli.trend_results import TrendReport


def dumps(data: Any, indent: int = 2) -> str:
    """JSON text where every Decimal is written as the exact number it is."""
    return _encode(data, indent, 0) + "\n"


_CONSTANTS = {True: "true", False: "false", None: "null"}
_encode_string = json.JSONEncoder(ensure_ascii=False).encode
_keys: dict[str, str] = {}


def _key(name: str) -> str:
    """Keys repeat in every unit and node: encode each once."""
    encoded = _keys.get(name)
    if encoded is None:
        encoded = _keys[name] = _encode_string(name)
    return encoded


def _encode(value: Any, indent: int, level: int) -> str:
    if isinstance(value, Decimal):
        return plain(value)
    if value is None or isinstance(value, bool):
        return _CONSTANTS[value]
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return _encode_string(value)
    pad = " " * (indent * (level + 1))
    end = " " * (indent * level)
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = [f"{pad}{_key(str(k))}: {_encode(v, indent, level + 1)}"
                 for k, v in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + end + "}"
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        return ("[\n" + ",\n".join(pad + _encode(v, indent, level + 1) for v in value)
                + "\n" + end + "]")
    raise TypeError(f"cannot write {type(value).__name__} as JSON")  # pragma: no cover


def render_score(report: ScoreReport) -> str:
    return dumps(report.json_data())


def render_compare(report: CompareReport) -> str:
    return dumps(report.json_data())


def render_explain(report: ExplainReport) -> str:
    return dumps(report.json_data())


def render_gap(report: GapReport) -> str:
    return dumps(report.json_data())


def render_audit(report: AuditReport) -> str:
    return dumps(report.json_data())


def render_list(inventory: Inventory) -> str:
    return dumps(inventory.json_data())


def render_trend(report: TrendReport) -> str:
    return dumps(report.json_data())
