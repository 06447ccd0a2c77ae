"""The only module that reads YAML: safe, bounded loading with the position of every node.

A file is read as bytes (size checked first), decoded as UTF-8 (a byte-order mark is accepted),
composed into a node graph by PyYAML (its C parser when present), then built into plain Python
values by our own walk, which:
- keeps mapping keys exactly as written (``1.10`` stays ``"1.10"``; ``3`` is ``"3"``),
- reads floats as exact ``Decimal`` from their text (``0.1`` is ``Decimal("0.1")``),
- refuses duplicate keys, nesting deeper than the limit and alias expansion past the limit.
Positions are not copied anywhere: the node graph is kept and asked only when a problem must
be located, so the fast path pays nothing for them.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from par_cli.foreign import yaml_problem
from par_cli.limits import DEFAULT_LIMITS, Limits
from par_cli.problems import Finding, Loc, Problem, Severity
from par_cli.textfile import decode, read_text

try:  # the C parser is much faster; fall back to the pure-Python one where it is missing
    from yaml import CSafeLoader as _SafeLoader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _SafeLoader  # type: ignore[assignment]

_TAG_NULL = "tag:yaml.org,2002:null"
_TAG_BOOL = "tag:yaml.org,2002:bool"
_TAG_INT = "tag:yaml.org,2002:int"
_TAG_FLOAT = "tag:yaml.org,2002:float"
_BOOL_VALUES = {"yes": True, "true": True, "on": True, "no": False, "false": False, "off": False}
_SPECIAL_FLOATS = {
    ".nan": float("nan"),
    ".inf": float("inf"),
    "+.inf": float("inf"),
    "-.inf": float("-inf"),
}
_int_constructor = yaml.constructor.SafeConstructor()
_DECIMAL_DIGITS = re.compile(r"[-+]?[0-9]+")


class WrittenInt(int):
    """An integer whose YAML text is not its plain decimal form (``010``, ``0x1f``, ``1_000``).

    It is still the number YAML 1.1 says it is, but an id written this way is read as written.
    """

    written: str

    def __new__(cls, value: int, written: str) -> WrittenInt:
        self = super().__new__(cls, value)
        self.written = written
        return self

    def __reduce__(self) -> tuple[type[WrittenInt], tuple[int, str]]:
        return WrittenInt, (int(self), self.written)


class MisreadNumber(str):
    """A number whose text YAML 1.1 reads as something other than what it looks like: base 60
    (``1:27.5`` is 87.5) or digits that are not ASCII (``١٢``, ``１２``). Kept as its text, so
    that no wrong number goes on; the checks refuse it where it stands (``schema.base-60``,
    ``schema.digits``)."""

    kind: str

    def __new__(cls, text: str, kind: str) -> MisreadNumber:
        self = super().__new__(cls, text)
        self.kind = kind
        return self

    def __reduce__(self) -> tuple[type[MisreadNumber], tuple[str, str]]:
        return MisreadNumber, (str(self), self.kind)


@dataclass
class Document:
    """A loaded YAML file: its plain data and the node graph that locates problems."""

    path: str
    data: Any
    root: Node | None = field(repr=False, default=None)
    _key_index: dict[int, tuple[MappingNode, dict[str, tuple[Node, Node]]]] = field(
        repr=False, compare=False, default_factory=dict)

    def locate(self, loc: Sequence[str | int], at_key: bool = False) -> tuple[int, int]:
        """1-based line and column of the deepest node on ``loc`` that exists.

        Elements of ``loc`` that name nothing in the document (pydantic adds union tags and
        the like) are skipped, so every finding gets the closest real position.
        """
        node = self.root
        if node is None:
            return 1, 1
        mark = node.start_mark
        for i, part in enumerate(loc):
            last = i == len(loc) - 1
            nxt: Node | None = None
            if isinstance(node, MappingNode):
                pair = self._keys(node).get(str(part))
                if pair is not None:
                    key_node, value_node = pair
                    if last and at_key:
                        return key_node.start_mark.line + 1, key_node.start_mark.column + 1
                    nxt = value_node
            elif (
                isinstance(node, SequenceNode)
                and isinstance(part, int)
                and 0 <= part < len(node.value)
            ):
                nxt = node.value[part]
            if nxt is None:
                continue
            node = nxt
            mark = node.start_mark
        return mark.line + 1, mark.column + 1

    def _keys(self, node: MappingNode) -> dict[str, tuple[Node, Node]]:
        """The first (key, value) node pair of each plain key of a mapping, built once.

        Without it every problem would scan its mapping, and a file with many problems in one
        large mapping (thousands of unknown ids) would take quadratic time to report.
        """
        cached = self._key_index.get(id(node))
        if cached is not None and cached[0] is node:  # ``is``: ids are reused after pickling
            return cached[1]
        index: dict[str, tuple[Node, Node]] = {}
        for key_node, value_node in node.value:
            if isinstance(key_node, ScalarNode):
                index.setdefault(key_node.value, (key_node, value_node))
        self._key_index[id(node)] = (node, index)
        return index

    def problem(self, finding: Finding) -> Problem:
        line, col = self.locate(finding.loc, finding.at_key)
        return Problem(self.path, line, col, finding.severity, finding.message)


@dataclass
class LoadResult:
    document: Document | None
    problems: list[Problem]


class _Refused(Exception):
    """Raised inside the walk when a limit is passed; carries the located problem."""

    def __init__(self, node: Node, key: str, /, **params: object) -> None:
        self.problem = Problem.of("", 0, 0, Severity.ERROR, key, **params)
        super().__init__(self.problem.english)
        self.node = node


class _Builder:
    """Turns a composed node graph into plain values, with the checks of the module docstring."""

    def __init__(self, path: str, limits: Limits, aliases: bool = True) -> None:
        self.path = path
        self.limits = limits
        self.problems: list[Problem] = []
        # Only a text with an anchor (``&``) can share a node; without one, the bookkeeping of
        # shared nodes is skipped, which halves the time and memory of a large file.
        self.aliases = aliases
        self.seen: dict[int, Any] = {}
        self.sizes: dict[int, int] = {}
        self.alias_nodes = 0

    def _at(self, node: Node, severity: Severity, key: str, /, **params: object) -> None:
        m = node.start_mark
        self.problems.append(Problem.of(self.path, m.line + 1, m.column + 1, severity, key,
                                        **params))

    def _check_depth(self, node: Node, depth: int) -> None:
        if depth > self.limits.max_depth:
            raise _Refused(node, "depth-limit", limit=self.limits.max_depth)

    def build(self, node: Node, depth: int) -> Any:
        if not self.aliases:
            return self._build_tree(node, depth)
        self._check_depth(node, depth)
        key = id(node)
        if key in self.seen:
            if key not in self.sizes:
                raise _Refused(node, "alias-limit.self")
            # An alias: the value is shared, but everything below it counts against the
            # expansion budget, so an alias bomb is refused before anything walks it.
            self.alias_nodes += self.sizes[key]
            if self.alias_nodes > self.limits.max_alias_nodes:
                raise _Refused(node, "alias-limit.size",
                               limit=self.limits.max_alias_nodes)
            return self.seen[key]
        if isinstance(node, ScalarNode):
            value = self._scalar(node)
            self.seen[key] = value
            self.sizes[key] = 1
            return value
        if isinstance(node, SequenceNode):
            items: list[Any] = []
            self.seen[key] = items
            size = 1
            for child in node.value:
                items.append(self.build(child, depth + 1))
                size += self.sizes.get(id(child), 1)
            self.sizes[key] = size
            return items
        if isinstance(node, MappingNode):
            mapping: dict[str, Any] = {}
            self.seen[key] = mapping
            first_line: dict[str, int] = {}
            size = 1
            for key_node, value_node in node.value:
                name = self._key(key_node, first_line)
                if name is None:
                    continue
                mapping[name] = self.build(value_node, depth + 1)
                size += 1 + self.sizes.get(id(value_node), 1)
            self.sizes[key] = size
            return mapping
        raise _Refused(node, "yaml-syntax.node")  # pragma: no cover

    def _build_tree(self, node: Node, depth: int) -> Any:
        """``build`` for a graph without shared nodes (no anchors in the text)."""
        self._check_depth(node, depth)
        if isinstance(node, ScalarNode):
            return self._scalar(node)
        if isinstance(node, SequenceNode):
            return [self._build_tree(child, depth + 1) for child in node.value]
        if isinstance(node, MappingNode):
            mapping: dict[str, Any] = {}
            first_line: dict[str, int] = {}
            for key_node, value_node in node.value:
                name = self._key(key_node, first_line)
                if name is not None:
                    mapping[name] = self._build_tree(value_node, depth + 1)
            return mapping
        raise _Refused(node, "yaml-syntax.node")  # pragma: no cover

    def _key(self, key_node: Node, first_line: dict[str, int]) -> str | None:
        """The text of a mapping key, or None (with a problem) when it cannot be one."""
        if not isinstance(key_node, ScalarNode):
            self._at(key_node, Severity.ERROR, "yaml-key")
            return None
        name: str = key_node.value
        if name in first_line:
            self._at(
                key_node,
                Severity.ERROR,
                "duplicate-key",
                key=_clip(name),
                line=first_line[name],
            )
            return None
        first_line[name] = key_node.start_mark.line + 1
        return name

    def _scalar(self, node: ScalarNode) -> Any:
        tag = node.tag
        text = node.value
        if tag == _TAG_FLOAT:
            special = _SPECIAL_FLOATS.get(text.lower())
            if special is not None:
                return special
            if not text.isascii():  # Python reads ٨٧.٥ as 87.5; nobody writes a score so
                return MisreadNumber(text, "digits")
            try:
                return Decimal(text.replace("_", ""))
            except InvalidOperation:  # sexagesimal and other YAML 1.1 oddities
                pass
            if ":" in text:  # 1:27.5 is 87.5 in base 60
                return MisreadNumber(text, "base-60")
            try:
                return Decimal(repr(_int_constructor.construct_yaml_float(node)))
            except (ValueError, IndexError):  # ``!!float abc``: a tag on text that is no number
                return self._not_a_number(node)
        if tag == _TAG_INT:
            if not text.isascii():  # int() reads ١٢ and １２ as 12
                return MisreadNumber(text, "digits")
            try:
                value = _int_constructor.construct_yaml_int(node)
            except (ValueError, IndexError):  # ``!!int 8x``, or more digits than Python converts
                return self._not_a_number(node)
            if str(value) != text:  # 010, 0x1f, 1_000: keep what was written for ids
                return WrittenInt(value, text)
            return value
        if tag == _TAG_BOOL:
            return _BOOL_VALUES.get(text.lower(), text)
        if tag == _TAG_NULL:
            return None
        return text

    def _not_a_number(self, node: ScalarNode) -> Any:
        """A scalar tagged as a number that PyYAML cannot convert.

        Python refuses to convert integers of thousands of digits: read them exactly as a
        Decimal (the models refuse numbers that large). Any other text (``!!int 8x``) is kept as
        text, so the models say that a number was expected where it stands.
        """
        text = str(node.value)
        digits = text.replace("_", "")
        if _DECIMAL_DIGITS.fullmatch(digits):
            return Decimal(digits)
        return text


def _clip(text: str, limit: int = 80) -> str:
    """Text quoted from a file, cut short so that a problem stays a readable line."""
    return text if len(text) <= limit else text[:limit] + f"… ({len(text)} characters)"


def _character(character: str | int) -> str:
    """A character as a reader can see it: the C reader gives its code, the Python one the
    character itself; both are shown as U+XXXX (an escape character would print nothing)."""
    code = character if isinstance(character, int) else ord(character)
    return f"U+{code:04X}"


def load_text(text: str, path: str, limits: Limits = DEFAULT_LIMITS) -> LoadResult:
    """Load YAML text already decoded; see the module docstring."""
    # Composing and building create millions of objects for a large file and none of them can
    # be garbage before the end: the cyclic collector would rescan them again and again
    # (it more than doubles the time). It is switched back on however this function ends.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _load_text(text, path, limits)
    finally:
        if collecting:
            gc.enable()


def _too_many_nodes(text: str, limit: int) -> tuple[int, int] | None:
    """The place where a text passes ``limit`` nodes, found before the node graph is built
    (composing is what takes the memory): counted on the parser's event stream, which holds one
    event at a time, and stopped at the limit. Texts too short to hold that many nodes, or with
    too few separators, are not parsed twice."""
    if len(text) <= limit:
        return None
    separators = sum(text.count(c) for c in ",\n:-[{?")
    if 2 * separators + 2 <= limit:  # every node but the first follows a separator (2: nesting)
        return None
    nodes = 0
    try:
        for event in yaml.parse(text, Loader=_SafeLoader):
            if isinstance(event, (yaml.ScalarEvent, yaml.SequenceStartEvent,
                                  yaml.MappingStartEvent)):
                nodes += 1
                if nodes > limit:
                    m = event.start_mark
                    return (m.line + 1, m.column + 1) if m is not None else (1, 1)
    except yaml.YAMLError:
        return None  # composing the text reports where it is broken
    return None


def _load_text(text: str, path: str, limits: Limits) -> LoadResult:
    crowded = _too_many_nodes(text, limits.max_nodes)
    if crowded is not None:
        return LoadResult(None, [Problem.of(path, *crowded, Severity.ERROR,
                                            "too-large.nodes", limit=f"{limits.max_nodes:,}")])
    try:
        root = yaml.compose(text, Loader=_SafeLoader)
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
        what = (e.problem or e.context or "invalid YAML").strip()
        if "nesting depth" in what:
            return LoadResult(None, [Problem.of(path, line, col, Severity.ERROR,
                                                "depth-limit.yaml", what=what)])
        return LoadResult(None, [Problem.of(path, line, col, Severity.ERROR,
                                            "yaml-syntax", what=yaml_problem(what))])
    except yaml.reader.ReaderError as e:
        line = text.count("\n", 0, e.position) + 1
        col = e.position - (text.rfind("\n", 0, e.position) + 1) + 1
        return LoadResult(None, [Problem.of(path, line, col, Severity.ERROR,
                                            "yaml-syntax.character",
                                            character=_character(e.character))])
    except UnicodeEncodeError as e:  # text not from decode(): lone surrogates (U+D800..DFFF)
        line = text.count("\n", 0, e.start) + 1
        col = e.start - (text.rfind("\n", 0, e.start) + 1) + 1
        return LoadResult(None, [Problem.of(path, line, col, Severity.ERROR,
                                            "encoding.surrogate")])
    except yaml.YAMLError as e:  # pragma: no cover - defensive: every YAMLError is one line
        return LoadResult(None, [Problem.of(path, 1, 1, Severity.ERROR,
                                            "yaml-syntax",
                                            what=yaml_problem(str(e).splitlines()[0]))])
    if root is None:
        return LoadResult(None, [Problem.of(path, 1, 1, Severity.ERROR,
                                            "empty-file")])
    builder = _Builder(path, limits, aliases="&" in text)
    try:
        data = builder.build(root, 1)
    except _Refused as e:
        m = e.node.start_mark
        return LoadResult(None, [replace(e.problem, path=path, line=m.line + 1,
                                         col=m.column + 1)])
    except RecursionError:
        return LoadResult(None, [Problem.of(path, 1, 1, Severity.ERROR,
                                            "depth-limit.plain")])
    document = Document(path, data, root)
    problems = builder.problems
    if not isinstance(data, dict):
        kind = "not-mapping.list" if isinstance(data, list) else "not-mapping.value"
        problems.append(Problem.of(path, root.start_mark.line + 1, root.start_mark.column + 1,
                                   Severity.ERROR, kind))
        return LoadResult(None, problems)
    return LoadResult(document, problems)


def load_file(
    path: Path, display: str | None = None, limits: Limits = DEFAULT_LIMITS
) -> LoadResult:
    """Read and load one file. OSError (missing, unreadable) propagates to the caller."""
    shown = display if display is not None else str(path)
    text, problem = read_text(path, shown, limits.max_bytes)
    if text is None:
        assert problem is not None
        return LoadResult(None, [problem])
    return load_text(text, shown, limits)


def dump_yaml(data: Any) -> str:
    """Write plain data as YAML (used by ``par import``); Decimals are written as plain
    numbers, exactly as they are."""

    class _Dumper(yaml.SafeDumper):
        pass

    def _decimal(dumper: yaml.SafeDumper, value: Decimal) -> yaml.ScalarNode:
        # 90 is written 90 (an int to YAML), 87.5 as 87.5: never a tagged !!float '90'
        text = format(value.normalize(), "f") if value == value.to_integral_value() else format(
            value, "f")
        tag = _TAG_INT if value == value.to_integral_value() else _TAG_FLOAT
        return dumper.represent_scalar(tag, text)

    _Dumper.add_representer(Decimal, _decimal)
    return yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True)


__all__ = [
    "DEFAULT_LIMITS",
    "Document",
    "Limits",
    "LoadResult",
    "Loc",
    "decode",
    "dump_yaml",
    "load_file",
    "load_text",
]
