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

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from par_cli.problems import Finding, Loc, Problem, Severity

try:  # the C parser is much faster; fall back to the pure-Python one where it is missing
    from yaml import CSafeLoader as _SafeLoader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _SafeLoader  # type: ignore[assignment]

_BOM = b"\xef\xbb\xbf"
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


@dataclass(frozen=True)
class Limits:
    """Bounds that protect memory and time; each has a CLI option to raise it."""

    max_bytes: int = 20 * 1024 * 1024
    max_depth: int = 64
    max_alias_nodes: int = 100_000


DEFAULT_LIMITS = Limits()


@dataclass
class Document:
    """A loaded YAML file: its plain data and the node graph that locates problems."""

    path: str
    data: Any
    root: Node | None = field(repr=False, default=None)

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
                for key_node, value_node in node.value:
                    if isinstance(key_node, ScalarNode) and key_node.value == str(part):
                        if last and at_key:
                            return key_node.start_mark.line + 1, key_node.start_mark.column + 1
                        nxt = value_node
                        break
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

    def problem(self, finding: Finding) -> Problem:
        line, col = self.locate(finding.loc, finding.at_key)
        return Problem(self.path, line, col, finding.severity, finding.rule, finding.message)


@dataclass
class LoadResult:
    document: Document | None
    problems: list[Problem]


class _Refused(Exception):
    """Raised inside the walk when a limit is passed; carries the located problem."""

    def __init__(self, node: Node, rule: str, message: str) -> None:
        super().__init__(message)
        self.node = node
        self.rule = rule
        self.message = message


class _Builder:
    """Turns a composed node graph into plain values, with the checks of the module docstring."""

    def __init__(self, path: str, limits: Limits) -> None:
        self.path = path
        self.limits = limits
        self.problems: list[Problem] = []
        self.seen: dict[int, Any] = {}
        self.sizes: dict[int, int] = {}
        self.alias_nodes = 0

    def _at(self, node: Node, severity: Severity, rule: str, message: str) -> None:
        m = node.start_mark
        self.problems.append(Problem(self.path, m.line + 1, m.column + 1, severity, rule, message))

    def build(self, node: Node, depth: int) -> Any:
        if depth > self.limits.max_depth:
            raise _Refused(
                node,
                "depth-limit",
                f"nesting deeper than {self.limits.max_depth} levels (raise with --max-depth)",
            )
        key = id(node)
        if key in self.seen:
            if key not in self.sizes:
                raise _Refused(node, "alias-limit", "an alias refers to a node that contains it")
            # An alias: the value is shared, but everything below it counts against the
            # expansion budget, so an alias bomb is refused before anything walks it.
            self.alias_nodes += self.sizes[key]
            if self.alias_nodes > self.limits.max_alias_nodes:
                raise _Refused(
                    node,
                    "alias-limit",
                    "aliases expand to more than "
                    f"{self.limits.max_alias_nodes} nodes (raise with --max-alias-nodes)",
                )
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
                if not isinstance(key_node, ScalarNode):
                    self._at(
                        key_node, Severity.ERROR, "yaml-key", "a mapping key must be a plain value"
                    )
                    continue
                name = key_node.value
                if name in first_line:
                    self._at(
                        key_node,
                        Severity.ERROR,
                        "duplicate-key",
                        f"duplicate key '{name}' (first at line {first_line[name]}); "
                        "YAML would silently keep only the last one",
                    )
                    continue
                first_line[name] = key_node.start_mark.line + 1
                mapping[name] = self.build(value_node, depth + 1)
                size += 1 + self.sizes.get(id(value_node), 1)
            self.sizes[key] = size
            return mapping
        raise _Refused(node, "yaml-syntax", "unsupported YAML node")  # pragma: no cover

    def _scalar(self, node: ScalarNode) -> Any:
        tag = node.tag
        text = node.value
        if tag == _TAG_FLOAT:
            special = _SPECIAL_FLOATS.get(text.lower())
            if special is not None:
                return special
            try:
                return Decimal(text.replace("_", ""))
            except InvalidOperation:  # sexagesimal and other YAML 1.1 oddities
                return Decimal(repr(_int_constructor.construct_yaml_float(node)))
        if tag == _TAG_INT:
            value = _int_constructor.construct_yaml_int(node)
            if str(value) != text:  # 010, 0x1f, 1_000: keep what was written for ids
                return WrittenInt(value, text)
            return value
        if tag == _TAG_BOOL:
            return _BOOL_VALUES.get(text.lower(), text)
        if tag == _TAG_NULL:
            return None
        return text


def _line_col(data: bytes, offset: int) -> tuple[int, int]:
    line = data.count(b"\n", 0, offset) + 1
    start = data.rfind(b"\n", 0, offset) + 1
    return line, offset - start + 1


def decode(raw: bytes, path: str) -> tuple[str | None, Problem | None]:
    """UTF-8 text of a file (BOM stripped), or the located reason it is not UTF-8."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None, Problem(
            path, 1, 1, Severity.ERROR, "encoding",
            "file is UTF-16 encoded; par reads UTF-8 (save the file as UTF-8)",
        )
    if raw.startswith(_BOM):
        raw = raw[len(_BOM):]
    nul = raw.find(b"\x00")
    if nul >= 0:  # never in YAML text; UTF-16 or UTF-32 without a byte-order mark, or binary
        line, col = _line_col(raw, nul)
        return None, Problem(
            path, line, col, Severity.ERROR, "encoding",
            "file contains NUL bytes: it looks UTF-16/UTF-32 encoded or binary; "
            "par reads UTF-8 (save the file as UTF-8)",
        )
    try:
        return raw.decode("utf-8"), None
    except UnicodeDecodeError as e:
        line, col = _line_col(raw, e.start)
        return None, Problem(
            path, line, col, Severity.ERROR, "encoding",
            f"file is not UTF-8 (byte 0x{raw[e.start]:02x}); save it as UTF-8 "
            "(Windows-1258 and TCVN3 files must be converted)",
        )


def load_text(text: str, path: str, limits: Limits = DEFAULT_LIMITS) -> LoadResult:
    """Load YAML text already decoded; see the module docstring."""
    try:
        root = yaml.compose(text, Loader=_SafeLoader)
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
        what = (e.problem or e.context or "invalid YAML").strip()
        message = f"invalid YAML: {what}"
        if "nesting depth" in what:
            return LoadResult(None, [Problem(path, line, col, Severity.ERROR, "depth-limit",
                                             f"nesting too deep ({what})")])
        return LoadResult(None, [Problem(path, line, col, Severity.ERROR, "yaml-syntax", message)])
    except yaml.reader.ReaderError as e:
        line = text.count("\n", 0, e.position) + 1
        col = e.position - (text.rfind("\n", 0, e.position) + 1) + 1
        return LoadResult(None, [Problem(
            path, line, col, Severity.ERROR, "yaml-syntax",
            f"invalid YAML: character {e.character!r} is not allowed in YAML text",
        )])
    except yaml.YAMLError as e:  # pragma: no cover - defensive: every YAMLError is one line
        return LoadResult(None, [Problem(path, 1, 1, Severity.ERROR, "yaml-syntax",
                                         f"invalid YAML: {str(e).splitlines()[0]}")])
    if root is None:
        return LoadResult(None, [Problem(path, 1, 1, Severity.ERROR, "empty-file",
                                         "the file is empty (no YAML document)")])
    builder = _Builder(path, limits)
    try:
        data = builder.build(root, 1)
    except _Refused as e:
        m = e.node.start_mark
        return LoadResult(None, [Problem(path, m.line + 1, m.column + 1, Severity.ERROR,
                                         e.rule, e.message)])
    except RecursionError:
        return LoadResult(None, [Problem(path, 1, 1, Severity.ERROR, "depth-limit",
                                         "nesting too deep")])
    document = Document(path, data, root)
    problems = builder.problems
    if not isinstance(data, dict):
        kind = "a list" if isinstance(data, list) else "a single value"
        problems.append(Problem(path, root.start_mark.line + 1, root.start_mark.column + 1,
                                Severity.ERROR, "not-mapping",
                                f"the top level must be a mapping of keys, not {kind}"))
        return LoadResult(None, problems)
    return LoadResult(document, problems)


def load_file(
    path: Path, display: str | None = None, limits: Limits = DEFAULT_LIMITS
) -> LoadResult:
    """Read and load one file. OSError (missing, unreadable) propagates to the caller."""
    shown = display if display is not None else str(path)
    size = os.stat(path).st_size
    if size > limits.max_bytes:
        return LoadResult(None, [Problem(
            shown, 1, 1, Severity.ERROR, "too-large",
            f"file is {size / 1048576:.1f} MB, over the {limits.max_bytes / 1048576:g} MB limit "
            "(raise with --max-file-size)",
        )])
    with open(path, "rb") as handle:
        raw = handle.read(limits.max_bytes + 1)
    if len(raw) > limits.max_bytes:  # the file grew while we looked
        return LoadResult(None, [Problem(shown, 1, 1, Severity.ERROR, "too-large",
                                         "file is over the size limit")])
    text, problem = decode(raw, shown)
    if text is None:
        assert problem is not None
        return LoadResult(None, [problem])
    return load_text(text, shown, limits)


def dump_yaml(data: Any) -> str:
    """Write plain data as YAML (used by ``par template``); Decimals are written as numbers."""

    class _Dumper(yaml.SafeDumper):
        pass

    def _decimal(dumper: yaml.SafeDumper, value: Decimal) -> yaml.ScalarNode:
        return dumper.represent_scalar(_TAG_FLOAT, format(value, "f"))

    _Dumper.add_representer(Decimal, _decimal)
    return yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True)


def finding_problem(document: Document, finding: Finding) -> Problem:
    return document.problem(finding)


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
