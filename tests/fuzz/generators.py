"""Hypothesis strategies shared by tests/test_fuzz.py and benchmarks/fuzz_long.py.

- ``criteria_sets()``: valid par-criteria/1 documents as plain data (Decimals for numbers), trees
  up to three levels deep using every leaf rule, methods, bands, display rules, provisional nodes.
- ``submissions(criteria)``: valid par-submission/1 documents for such a set: every leaf covered
  exactly once (on the leaf or on an ancestor), values of every kind, n/a, score mappings.
- ``to_yaml(data)``: the document written back with ``yaml.safe_dump``'s dumper, Decimals as exact
  YAML numbers (never via float).
- ``mutations(...)``: a valid document made invalid in one of the ways a person gets it wrong
  (wrong type, unknown field, required field deleted, value out of range, a key written twice).
- ``yaml_texts()`` / ``raw_bytes()``: arbitrary and near-YAML text and bytes for the fuzz run.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml
from hypothesis import strategies as st

D = Decimal
YEARS = (2022, 2023, 2024)
OPTION_NAMES = ("full", "minor", "serious", "late", "none")
METHODS = ("appraisal", "survey", "sipas", "statistics")
CORPUS = Path(__file__).resolve().parent.parent / "data"

# ---- valid documents --------------------------------------------------------------------------

words = st.text(
    alphabet=st.sampled_from("abcdeghiklmnopqrstuvxyàáảãạăâđêôơưễộờựĐ "), min_size=1, max_size=24
).map(lambda s: s.strip() or "x")
thousandths = st.integers(1, 20_000).map(lambda n: D(n).scaleb(-3))  # 0.001 .. 20


def _fraction(draw: st.DrawFn) -> Decimal:
    return D(draw(st.integers(0, 100))).scaleb(-2)


@st.composite
def _leaf(draw: st.DrawFn, node_id: str) -> dict[str, Any]:
    maximum = draw(thousandths)
    node: dict[str, Any] = {"id": node_id, "name": draw(words), "max": maximum}
    kind = draw(st.sampled_from(["points", "implicit", "yes-no", "choice", "percent", "steps",
                                 "count", "deduct"]))
    if kind == "points":
        node["rule"] = "points"
    elif kind == "yes-no":
        node["rule"] = "yes-no"
    elif kind == "choice":
        names = draw(st.lists(st.sampled_from(OPTION_NAMES), min_size=1, max_size=4, unique=True))
        node["rule"] = "choice"
        node["options"] = {name: _fraction(draw) for name in names}
    elif kind == "percent":
        node["rule"] = "percent"
    elif kind == "steps":
        froms = sorted(draw(st.lists(st.integers(0, 1000), min_size=1, max_size=4, unique=True)))
        points = sorted(draw(st.lists(st.integers(0, int(maximum.scaleb(3))),
                                      min_size=len(froms), max_size=len(froms))))
        node["rule"] = "percent"
        node["steps"] = [{"from": D(f).scaleb(-1), "points": D(p).scaleb(-3)}
                         for f, p in zip(froms, points, strict=True)]
    elif kind in ("count", "deduct"):
        node["rule"] = "count"
        node["per"] = draw(thousandths)
        if kind == "deduct":
            node["deduct"] = True
    return node


@st.composite
def _node(draw: st.DrawFn, node_id: str, depth: int) -> dict[str, Any]:
    if depth >= 3 or draw(st.integers(0, 2)) == 0:
        node = draw(_leaf(node_id))
    else:
        first = draw(st.integers(1, 9))  # so that ids like 2.10 next to 2.1 turn up
        count = draw(st.integers(1, 3))
        children = [draw(_node(f"{node_id}.{first + i}", depth + 1)) for i in range(count)]
        node = {"id": node_id, "name": draw(words),
                "max": sum((c["max"] for c in children), D(0)), "criteria": children}
    if draw(st.integers(0, 4)) == 0:
        node["method"] = draw(st.sampled_from(METHODS))
    if draw(st.integers(0, 9)) == 0:
        node["name_vi"] = draw(words)
    if draw(st.integers(0, 14)) == 0:
        node["provisional"] = True
        node["note"] = draw(words)
    return node


@st.composite
def criteria_sets(draw: st.DrawFn) -> dict[str, Any]:
    """A valid criteria set (no errors; provisional warnings may be present)."""
    areas = [draw(_node(str(i + 1), 1)) for i in range(draw(st.integers(1, 4)))]
    data: dict[str, Any] = {
        "format": "par-criteria/1",
        "id": draw(st.sampled_from(["gen-set", "par-gen-2023", "x"])),
        "title": draw(words),
        "years": sorted(draw(st.lists(st.sampled_from(YEARS), min_size=1, max_size=3,
                                      unique=True))),
        "max": sum((a["max"] for a in areas), D(0)),
        "criteria": areas,
    }
    if draw(st.booleans()):
        data["display"] = {"places": draw(st.integers(0, 4)),
                           "rounding": draw(st.sampled_from(["down", "half-up", "half-even"]))}
    if draw(st.booleans()):
        data["rank_on"] = draw(st.sampled_from(["exact", "displayed"]))
    if draw(st.booleans()):
        mins = sorted(draw(st.lists(st.integers(0, 100), min_size=1, max_size=3, unique=True)),
                      reverse=True)
        data["bands"] = [{"name": name, "min": D(m)} for name, m in zip("ABC", mins,
                                                                       strict=False)]
    if draw(st.booleans()):
        data["methods"] = list(METHODS)
    if draw(st.integers(0, 3)) == 0:
        data["title_vi"] = draw(words)
    return data


def _leaf_value(draw: st.DrawFn, node: dict[str, Any]) -> Any:
    rule = node.get("rule", "points")
    if rule == "yes-no":
        return draw(st.booleans())
    if rule == "choice":
        return draw(st.sampled_from(sorted(node["options"])))
    if rule == "percent":
        return D(draw(st.integers(0, 1000))).scaleb(-1)
    if rule == "count":
        return draw(st.integers(0, 30))
    return D(draw(st.integers(0, int(node["max"].scaleb(3))))).scaleb(-3)


def _entry(draw: st.DrawFn, value: Any) -> Any:
    shape = draw(st.integers(0, 5))
    if shape == 0:
        return {"self": value, "note": draw(words)}
    if shape == 1:
        return {"self": value, "appraised": value, "evidence": [draw(words)]}
    if shape == 2:
        return {"appraised": value}
    return value


def _score(draw: st.DrawFn, node: dict[str, Any], scores: dict[str, Any]) -> None:
    children = node.get("criteria")
    if draw(st.integers(0, 9)) == 0:
        scores[node["id"]] = _entry(draw, "n/a")
    elif children and draw(st.integers(0, 3)) != 0:
        for child in children:
            _score(draw, child, scores)
    elif children:  # a score on an inner node: points for its whole subtree
        scores[node["id"]] = _entry(draw, D(draw(st.integers(0, int(node["max"].scaleb(3)))))
                                    .scaleb(-3))
    else:
        scores[node["id"]] = _entry(draw, _leaf_value(draw, node))


@st.composite
def submissions(draw: st.DrawFn, criteria: dict[str, Any]) -> dict[str, Any]:
    """A valid submission for ``criteria`` (every leaf covered exactly once)."""
    scores: dict[str, Any] = {}
    for area in criteria["criteria"]:
        _score(draw, area, scores)
    data: dict[str, Any] = {
        "format": "par-submission/1",
        "criteria": criteria["id"],
        "year": draw(st.sampled_from(criteria["years"])),
        "unit": draw(st.from_regex(r"[a-z0-9]{1,8}(-[a-z0-9]{1,6}){0,2}", fullmatch=True)),
        "name": draw(words),
        "scores": scores,
    }
    if draw(st.booleans()):
        data["name_vi"] = draw(words)
    if draw(st.booleans()):
        data["group"] = draw(st.sampled_from(["north", "south", "mekong-delta"]))
    if draw(st.integers(0, 4)) == 0:
        data["ranked"] = draw(st.booleans())
    return data


# ---- writing documents back -------------------------------------------------------------------


class _Dumper(yaml.SafeDumper):
    """``yaml.safe_dump``'s dumper, plus exact Decimals."""


def _decimal(dumper: yaml.SafeDumper, value: Decimal) -> yaml.ScalarNode:
    if value.is_nan():
        return dumper.represent_scalar("tag:yaml.org,2002:float", ".nan")
    if value.is_infinite():
        return dumper.represent_scalar("tag:yaml.org,2002:float", ".inf" if value > 0 else "-.inf")
    text = format(value, "f")
    if "." not in text:
        text += ".0"  # a plain YAML float, read back as this exact Decimal (never via float)
    return dumper.represent_scalar("tag:yaml.org,2002:float", text)


_Dumper.add_representer(Decimal, _decimal)


def to_yaml(data: Any, flow: bool | None = False) -> str:
    return yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True,
                     default_flow_style=flow, width=4096)


# ---- mutations: a valid document made invalid --------------------------------------------------

# Fields each kind of mapping must have (``format`` is not among them: a YAML file without it is
# not a par file at all, and is skipped with a note).
REQUIRED = {
    "criteria-set": ("id", "title", "years", "max", "criteria"),
    "node": ("id", "name", "max"),
    "band": ("name", "min"),
    "step": ("from", "points"),
    "submission": ("criteria", "year", "unit", "name", "scores"),
}
ID_FIELDS = {"id", "criteria"}  # ids may be written as numbers: a number there is no mistake


@dataclass(frozen=True)
class Place:
    """A value in a document: its path, what kind of mapping holds it, and the value."""

    path: tuple[str | int, ...]
    holder: str  # criteria-set, node, band, step, display, submission, scores, detail, options
    value: Any


def places(data: Any, holder: str) -> list[Place]:
    """Every (mapping, key) place of a document, told by the kind of mapping it is in."""
    found: list[Place] = []

    def walk(value: Any, path: tuple[str | int, ...], kind: str) -> None:
        if not isinstance(value, dict):
            return
        for key, item in value.items():
            here = (*path, key)
            found.append(Place(here, kind, item))
            if kind == "scores":
                walk(item, here, "detail")
            elif key == "criteria" and isinstance(item, list):
                for i, child in enumerate(item):
                    walk(child, (*here, i), "node")
            elif key == "steps" and isinstance(item, list):
                for i, step in enumerate(item):
                    walk(step, (*here, i), "step")
            elif key == "bands" and isinstance(item, list):
                for i, band in enumerate(item):
                    walk(band, (*here, i), "band")
            elif key in ("display", "options", "scores"):
                walk(item, here, key)

    walk(data, (), holder)
    return found


def _get(data: Any, path: tuple[str | int, ...]) -> Any:
    for part in path:
        data = data[part]
    return data


def _copy(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _copy(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_copy(v) for v in value]
    return value


def _wrong_values(place: Place) -> list[Any]:
    """Values of another kind than ``place.value`` that the schema can never accept there."""
    value, key = place.value, place.path[-1]
    score_value = place.holder == "scores" or (place.holder == "detail"
                                               and key in ("self", "appraised"))
    if isinstance(value, bool):
        return [[1, 2], {"zzz": 1}, "zzz", D(3)]
    if isinstance(value, (int, Decimal)):
        return [[1, 2], {"zzz": 1}, "zzz", True]
    if isinstance(value, str):
        wrong: list[Any] = [[1, 2], {"zzz": 1}]
        if key not in ID_FIELDS and not score_value:
            wrong += [D(3), True]
        return wrong
    if isinstance(value, list):
        return ["zzz", {"zzz": 1}, D(3)]
    if isinstance(value, dict):  # a score mapping could be replaced by a valid number
        return [[1, 2], "zzz"] if score_value else [[1, 2], "zzz", D(3)]
    return [[1, 2]]


@dataclass(frozen=True)
class Mutant:
    """An invalid document: its text, and what was done to it (for failure messages)."""

    text: str
    what: str


def _out_of_range(place: Place, data: dict[str, Any]) -> list[Any]:
    """Values out of their range at ``place`` (numbers only), or none."""
    key, holder = place.path[-1], place.holder
    if holder == "node" and key == "max":
        return [D(0), D(-1)]
    if holder == "node" and key == "per":
        return [D(0), D(-2)]
    if holder == "options":
        return [D("1.5"), D("-0.1")]
    if holder == "step" and key == "from":
        return [D(150), D(-1)]
    if holder == "band" and key == "min":
        return [D(150), D(-5)]
    if holder == "display" and key == "places":
        return [11, -1]
    if holder in ("criteria-set", "submission") and key == "year":
        return [1999]
    if holder == "criteria-set" and key == "max":
        return [D(0), place.value + 1]
    if holder in ("scores", "detail") and not isinstance(place.value, bool):
        if isinstance(place.value, int):  # a count: any whole number ≥ 0 is fine (capped)
            return [-1, D("2.5"), Decimal("NaN")]
        if isinstance(place.value, Decimal):
            return [D(-1), D(10) ** 6, Decimal("NaN")]
    return []


@st.composite
def mutations(draw: st.DrawFn, data: dict[str, Any]) -> Mutant:
    """``data`` (a valid criteria set or submission) made invalid in one random way."""
    holder = "criteria-set" if data["format"] == "par-criteria/1" else "submission"
    spots = [p for p in places(data, holder) if p.path[-1] != "format"]
    kinds = ["wrong-type", "unknown-field", "delete-required", "duplicate-key"]
    ranged = [(p, v) for p in spots for v in _out_of_range(p, data)]
    if ranged:
        kinds.append("out-of-range")
    kind = draw(st.sampled_from(kinds))
    mutant = _copy(data)
    if kind == "wrong-type":
        place = draw(st.sampled_from(spots))
        new = draw(st.sampled_from(_wrong_values(place)))
        _get(mutant, place.path[:-1])[place.path[-1]] = new
        return Mutant(to_yaml(mutant), f"{kind}: {place.path} = {new!r}")
    if kind == "unknown-field":
        holders = [(), *{p.path[:-1] for p in spots if p.holder not in ("options",)}]
        path = draw(st.sampled_from(sorted(holders, key=str)))
        _get(mutant, path)["zzz-unknown"] = "x"
        return Mutant(to_yaml(mutant), f"{kind}: at {path}")
    if kind == "delete-required":
        required = [p for p in spots if p.path[-1] in REQUIRED.get(p.holder, ())
                    or p.holder == "scores"]
        place = draw(st.sampled_from(required))
        del _get(mutant, place.path[:-1])[place.path[-1]]
        return Mutant(to_yaml(mutant), f"{kind}: {place.path}")
    if kind == "out-of-range":
        place, new = draw(st.sampled_from(ranged))
        _get(mutant, place.path[:-1])[place.path[-1]] = new
        return Mutant(to_yaml(mutant), f"{kind}: {place.path} = {new!r}")
    # duplicate-key: a `key: value` line written twice (YAML loaders keep the last silently)
    text = to_yaml(mutant)
    lines = text.splitlines(keepends=True)
    candidates = [i for i, line in enumerate(lines) if _KEY_LINE.match(line)]
    i = draw(st.sampled_from(candidates))
    indent = len(lines[i]) - len(lines[i].lstrip(" -"))
    again = " " * indent + lines[i][indent:]
    return Mutant("".join([*lines[:i + 1], again, *lines[i + 1:]]),
                  f"{kind}: line {i + 1} {lines[i].strip()!r} twice")


# `key: value` on one line (the key plain or quoted)
_KEY_LINE = re.compile(r"""^[ -]*('[^']*'|"[^"]*"|[^ #\-'"][^:]*): \S""")


# ---- raw text and bytes for the fuzz run ------------------------------------------------------


def corpus_texts() -> list[str]:
    """Every UTF-8 YAML file of the test corpus, as text: the seeds that mutations start from
    (the corpus's files in other encodings are seeds of ``raw_bytes`` through ``_spliced``)."""
    texts = []
    for path in sorted(CORPUS.rglob("*.yaml")):
        raw = path.read_bytes()
        if len(raw) < 20_000 and b"\x00" not in raw:
            try:
                texts.append(raw.decode("utf-8-sig"))
            except UnicodeDecodeError:
                continue
    return texts


def corpus_bytes() -> list[bytes]:
    return [p.read_bytes() for p in sorted(CORPUS.rglob("*.yaml")) if p.stat().st_size < 20_000]


YAML_PIECES = [
    ":", ": ", "-", "- ", "[", "]", "{", "}", ",", "&a ", "*a", "!!int ", "!!float ", "!!str ",
    "!!binary ", "!!python/object:os.system ", "? ", "|", ">", "'", '"', "%YAML 1.1\n", "---\n",
    "...\n", "#", "\n", "  ", "\t", "\r\n", "\ufeff", "\x85", "\u2028", "\x00", "\x1b",
    ".nan", ".inf", "-.inf", "1.10", "010", "0x1f", "1:20", "1_000", "1e400", "9" * 40, "yes",
    "no", "n/a", "~", "null", "<<: *a", "scores:", "criteria:", "format: par-submission/1\n",
    "format: par-criteria/1\n", "id: ", "max: ", "é", "Đ", "\u0301", "😀",
]


@st.composite
def mutated_texts(draw: st.DrawFn, seeds: list[str]) -> str:
    """A corpus file with a few pieces of YAML syntax inserted, deleted or overwritten."""
    text = draw(st.sampled_from(seeds))
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(text)))
        piece = draw(st.one_of(st.sampled_from(YAML_PIECES), st.text(max_size=4)))
        op = draw(st.sampled_from(["insert", "delete", "overwrite", "repeat"]))
        if op == "insert":
            text = text[:at] + piece + text[at:]
        elif op == "delete":
            text = text[:at] + text[at + draw(st.integers(1, 40)):]
        elif op == "overwrite":
            text = text[:at] + piece + text[at + len(piece):]
        else:
            line_start = text.rfind("\n", 0, at) + 1
            line_end = text.find("\n", at)
            line = text[line_start:line_end + 1 if line_end >= 0 else len(text)]
            text = text[:line_start] + line * draw(st.integers(2, 4)) + text[line_start:]
    return text


def yaml_texts(seeds: list[str]) -> st.SearchStrategy[str]:
    """Raw text: mutated corpus files, strings of YAML pieces, and arbitrary text."""
    return st.one_of(
        mutated_texts(seeds),
        st.lists(st.sampled_from(YAML_PIECES), max_size=30).map("".join),
        st.text(max_size=200),
    )


ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "latin-1",
             "cp1258")


@st.composite
def _encoded(draw: st.DrawFn, seeds: list[str]) -> bytes:
    text = draw(yaml_texts(seeds))
    encoding = draw(st.sampled_from(ENCODINGS))
    return codecs.encode(text, encoding, "surrogatepass" if "utf" in encoding else "replace")


@st.composite
def _spliced(draw: st.DrawFn, seeds: list[bytes]) -> bytes:
    data = draw(st.sampled_from(seeds))
    at = draw(st.integers(0, len(data)))
    return data[:at] + draw(st.binary(max_size=8)) + data[at:]


def raw_bytes(seeds: list[str]) -> st.SearchStrategy[bytes]:
    """Raw bytes: text in many encodings, corpus files with random bytes spliced in, noise."""
    return st.one_of(_encoded(seeds), _spliced(corpus_bytes()), st.binary(max_size=300))
