"""Tables and lines that fit a terminal's width (docs/commands.md, "Terminal width").

Widths are display cells (rich's ``cell_len``): a Vietnamese letter with its marks is one cell
however many code points it takes, a wide character two. A table that is too wide first wraps
its headers at spaces and narrows the gaps between columns, then wraps the name column; when
that is not enough, its column groups move into further blocks, each repeating the columns
that say which row it is (rank and name), so no line is wider than the terminal.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING

from rich.cells import cell_len, chop_cells

if TYPE_CHECKING:  # the grid's module reads the criteria model: check's lines need none of it
    from par_cli.reporters.grid import Grid

NAME_MIN = 12
"""The narrowest a wrapped name column gets before a table is split into blocks."""

WIDE_GAP, NARROW_GAP = 2, 1
"""Cells between two columns: two when the table has room, one when it is tight."""


@dataclass(frozen=True, slots=True)
class Block:
    """Some of a grid's columns (indices, in order), each with its width, as one table."""

    columns: list[int]
    widths: list[int]
    gap: int

    @property
    def width(self) -> int:
        return sum(self.widths) + self.gap * (len(self.widths) - 1)


@dataclass(frozen=True, slots=True)
class _Measure:
    natural: list[int]  # every cell on one line
    minimum: list[int]  # headers wrapped at spaces, the name column wrapped


def _measure(grid: Grid) -> _Measure:
    natural, minimum = [], []
    for i, header in enumerate(grid.headers):
        cells = max((cell_len(row[i]) for row in grid.rows), default=0)
        word = max((cell_len(w) for w in header.split()), default=0)
        natural.append(max(cells, cell_len(header), 1))
        if i == grid.name_column:
            minimum.append(max(word, min(cells, NAME_MIN), 1))
        else:
            minimum.append(max(word, cells, 1))
    return _Measure(natural, minimum)


def _span(widths: list[int], gap: int) -> int:
    return sum(widths) + gap * (len(widths) - 1)


def _header_lines(header: str, width: int) -> int:
    """How many lines a header takes, wrapped at spaces within ``width`` cells."""
    lines, used = 1, -1
    for word in header.split():
        size = cell_len(word)
        if used >= 0 and used + 1 + size > width:
            lines, used = lines + 1, -1
        used = size if used < 0 else used + 1 + size
    return lines


def _widen(columns: list[int], headers: list[str], measure: _Measure, room: int,
           name: int | None) -> list[int]:
    """Minimum widths, widened within ``room`` cells: the name column first (a wrapped name
    costs a line per row), then, a step at a time, the header that takes the most lines, by
    the fewest cells that save it one, so that the headers' height stays low."""
    widths = {c: measure.minimum[c] for c in columns}
    spare = room - sum(widths.values())
    if name in widths:
        grow = min(spare, measure.natural[name] - widths[name])
        widths[name] += grow
        spare -= grow
    while spare > 0:
        steps = []  # (lines now, cells to save one, column)
        for c in columns:
            lines = _header_lines(headers[c], widths[c])
            if lines == 1:
                continue
            cost = next((w - widths[c] for w in range(widths[c] + 1, measure.natural[c] + 1)
                         if _header_lines(headers[c], w) < lines), None)
            if cost is not None and cost <= spare:
                steps.append((-lines, cost, c))
        if not steps:
            break
        _, cost, c = min(steps)
        widths[c] += cost
        spare -= cost
    return [widths[c] for c in columns]


def _single(columns: list[int], grid: Grid, measure: _Measure, width: int,
            gaps: tuple[int, ...] = (WIDE_GAP, NARROW_GAP)) -> Block | None:
    """The columns as one block within ``width``, or None when they cannot fit."""
    natural = [measure.natural[c] for c in columns]
    if _span(natural, WIDE_GAP) <= width:
        return Block(columns, natural, WIDE_GAP)
    for gap in gaps:
        if _span([measure.minimum[c] for c in columns], gap) <= width:
            room = width - gap * (len(columns) - 1)
            return Block(columns, _widen(columns, grid.headers, measure, room,
                                         grid.name_column), gap)
    return None


def _squeezed(columns: list[int], measure: _Measure, width: int) -> Block:
    """The last resort on a very narrow terminal: the widest columns cut down until the block
    fits (their cells then fold onto more lines)."""
    widths = [measure.minimum[c] for c in columns]
    while _span(widths, NARROW_GAP) > width and max(widths) > 1:
        widths[widths.index(max(widths))] -= 1
    return Block(columns, widths, NARROW_GAP)


def fits(grid: Grid, width: int) -> bool:
    """Whether the whole grid fits ``width`` as one table."""
    return _single(list(range(len(grid.headers))), grid, _measure(grid), width) is not None


def layout(grid: Grid, width: int) -> list[Block]:
    """The grid as blocks no wider than ``width``: one when it fits, else its other columns
    split into the fewest blocks that fit beside the key columns (``grid.keys``, repeated in
    each), breaking between the column groups of ``grid.sections`` where it can and keeping
    the blocks even."""
    measure = _measure(grid)
    every = list(range(len(grid.headers)))
    whole = _single(every, grid, measure, width)
    if whole is not None:
        return [whole]
    if not grid.keys or not grid.sections:
        return [_squeezed(every, measure, width)]
    keys = list(grid.keys)
    rest = [c for c in every if c not in keys]
    bounds = [*grid.sections, len(every)]
    firsts = [next((c for c in range(start, end) if c not in keys), None)
              for start, end in pairwise(bounds)]
    breaks = {len(rest)} | {rest.index(c) for c in firsts if c is not None}

    def fit(extra: list[int]) -> bool:
        return _span([measure.minimum[c] for c in sorted(keys + extra)], NARROW_GAP) <= width

    # best[j]: the cheapest split of rest[:j], as ((blocks, breaks inside a group, sum of
    # squared block sizes), start of its last block); one column always makes a block
    best: list[tuple[tuple[int, int, int], int] | None] = [((0, 0, 0), 0)] + [None] * len(rest)
    for j in range(1, len(rest) + 1):
        for i in range(j - 1, -1, -1):
            if j - i > 1 and not fit(rest[i:j]):
                break
            previous = best[i]
            if previous is None:
                continue
            count, inside, squares = previous[0]
            cost = (count + 1, inside + (j not in breaks), squares + (j - i) ** 2)
            current = best[j]
            if current is None or cost < current[0]:
                best[j] = (cost, i)
    spans: list[list[int]] = []
    j = len(rest)
    while j:
        entry = best[j]
        assert entry is not None  # every prefix splits: one column always makes a block
        spans.insert(0, rest[entry[1]:j])
        j = entry[1]
    blocks = []
    for extra in spans:
        columns = sorted(keys + extra)
        blocks.append(_single(columns, grid, measure, width)
                      or _squeezed(columns, measure, width))
    return blocks


def wrap(line: str, width: int) -> list[str]:
    """A line broken at spaces into lines of at most ``width`` cells; the lines after the first
    are indented two more than the line's own indent, so a wrapped item reads as one. A word
    longer than a line is cut."""
    indent = len(line) - len(line.lstrip(" "))
    if cell_len(line) <= width or width < 2:
        return [line]
    hang = min(indent + 2, width // 2)
    lines: list[str] = []
    current = " " * indent
    bare = True  # nothing but the indent on the current line
    for word in line[indent:].split(" "):
        joined = current + ("" if bare else " ") + word
        if cell_len(joined) <= width:
            current, bare = joined, False
            continue
        if not bare:
            lines.append(current)
            current, bare = " " * hang, True
        room = width - cell_len(current)
        while cell_len(word) > room:  # a word longer than a line: cut where the line ends
            piece = chop_cells(word, room)[0]
            lines.append(current + piece)
            word = word[len(piece):]
            current = " " * hang
            room = width - hang
        current, bare = current + word, False
    lines.append(current)
    return [text.rstrip() for text in lines]


def wrap_all(lines: list[str], width: int | None) -> list[str]:
    """Every line wrapped to ``width``; the lines as they are when the width is unknown."""
    if width is None:
        return list(lines)
    return [part for line in lines for part in wrap(line, width)]
