"""What the example generators share: integer difference constraints solved towards targets,
spreading a total over areas, and writing and reading submission files.

Imported by examples/generate_provinces.py and examples/generate_ministries.py (run from the
repository root; Python puts this folder on the path of a script it runs).
"""

from __future__ import annotations

import re
import textwrap
from collections import deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
INFINITY = 10**12


class GenerationError(RuntimeError):
    pass


def fail(message: str) -> None:
    raise GenerationError(message)


def check(condition: bool, message: str) -> None:
    if not condition:
        fail("constraint failed: " + message)


# ---- integer difference constraints ----------------------------------------------------------


@dataclass
class Constraints:
    """Integer constraints ``x[a] - x[b] <= w`` over named variables, solved by fixing one
    variable at a time at the feasible value nearest its target.

    Fixing a variable anywhere within its current feasible interval keeps the system feasible
    (difference constraints have no other coupling), so once the first check passes the solve
    always finishes. Bounds come from shortest paths from and to a zero node, updated
    incrementally as variables are fixed.
    """

    names: list[str] = field(default_factory=lambda: ["0"])
    index: dict[str, int] = field(default_factory=lambda: {"0": 0})
    forward: list[list[tuple[int, int]]] = field(default_factory=lambda: [[]])
    backward: list[list[tuple[int, int]]] = field(default_factory=lambda: [[]])

    def var(self, name: str) -> int:
        if name not in self.index:
            self.index[name] = len(self.names)
            self.names.append(name)
            self.forward.append([])
            self.backward.append([])
        return self.index[name]

    def at_most(self, a: str, b: str | None, w: int) -> None:
        """``x[a] - x[b] <= w`` (``b`` None: ``x[a] <= w``)."""
        i, j = self.var(a), (self.var(b) if b is not None else 0)
        self.forward[j].append((i, w))
        self.backward[i].append((j, w))

    def difference(self, a: str, b: str, lo: int, hi: int) -> None:
        """``lo <= x[a] - x[b] <= hi``."""
        self.at_most(a, b, hi)
        self.at_most(b, a, -lo)

    def bounds(self, a: str, lo: int, hi: int) -> None:
        """``lo <= x[a] <= hi``."""
        self.at_most(a, None, hi)
        self.at_most("0", a, -lo)

    def _distances(self, edges: list[list[tuple[int, int]]]) -> list[int]:
        dist = [INFINITY] * len(self.names)
        dist[0] = 0
        self._relax(edges, dist, [0])
        return dist

    def _relax(self, edges: list[list[tuple[int, int]]], dist: list[int],
               start: Iterable[int]) -> None:
        queue = deque(start)
        queued = set(queue)
        updates = [0] * len(self.names)
        while queue:
            node = queue.popleft()
            queued.discard(node)
            for target, weight in edges[node]:
                if dist[node] + weight < dist[target]:
                    dist[target] = dist[node] + weight
                    updates[target] += 1
                    if updates[target] > len(self.names):  # only a negative cycle does that
                        fail("the pinned figures contradict each other")
                    if target not in queued:
                        queued.add(target)
                        queue.append(target)

    def solve(self, targets: dict[str, int], order: Sequence[str]) -> dict[str, int]:
        """Fix the variables in ``order`` at the feasible value nearest each target."""
        upper = self._distances(self.forward)  # x <= upper
        lower = self._distances(self.backward)  # -x <= lower
        for i, name in enumerate(self.names):
            if i and (upper[i] >= INFINITY or lower[i] >= INFINITY):
                fail(f"variable {name} has no bound")
            if upper[i] < -lower[i]:
                fail(f"the pinned figures contradict each other at {name}")
        values: dict[str, int] = {}
        for name in order:
            i = self.index[name]
            lo, hi = -lower[i], upper[i]
            if lo > hi:
                fail(f"the pinned figures contradict each other at {name}")
            value = min(max(targets[name], lo), hi)
            values[name] = value
            upper[i], lower[i] = value, -value
            self._relax(self.forward, upper, [i])
            self._relax(self.backward, lower, [i])
        return values

    def holds(self, values: dict[str, int]) -> list[str]:
        """The constraints ``values`` break (a solve's result breaks none)."""
        broken = []
        value = [0] + [values[n] for n in self.names[1:]]
        for j, edges in enumerate(self.forward):
            for i, w in edges:
                if value[i] - value[j] > w:
                    broken.append(f"{self.names[i]} - {self.names[j]} <= {w}")
        return broken

    def slack(self, values: dict[str, int], name: str, step: int) -> bool:
        """Whether moving ``name`` alone by ``step`` keeps every constraint."""
        i = self.index[name]
        value = [0] + [values[n] for n in self.names[1:]]
        moved = value[i] + step
        return (all(value[k] - moved <= w for k, w in self.forward[i])
                and all(moved - value[k] <= w for k, w in self.backward[i]))


def nudge_sum(constraints: Constraints, values: dict[str, int], names: Sequence[str],
              low: int, high: int) -> None:
    """Move single variables by one until their sum is within ``low..high``."""
    for _ in range(100000):
        total = sum(values[n] for n in names)
        if low <= total <= high:
            return
        step = 1 if total < low else -1
        moved = False
        for name in names:
            if constraints.slack(values, name, step):
                values[name] += step
                moved = True
                break
        if not moved:
            fail(f"cannot bring the sum {total} within {low}..{high}")
    fail("the sum did not converge")


def spread(values: list[int], lo: list[int], hi: list[int], total: int) -> list[int]:
    """Move ``values`` (kept within lo..hi) in proportion to their room until they add up."""
    x = list(values)
    gap = total - sum(x)
    step = 1 if gap > 0 else -1
    room = [(hi[a] - x[a]) if step > 0 else (x[a] - lo[a]) for a in range(len(x))]
    total_room = sum(room)
    if abs(gap) > total_room:
        fail("a total does not fit its area bounds")
    moves = [abs(gap) * r // total_room if total_room else 0 for r in room]
    x = [x[a] + step * moves[a] for a in range(len(x))]
    left = abs(gap) - sum(moves)
    for a in sorted(range(len(x)), key=lambda a: (-room[a], a)):
        spare = (hi[a] - x[a]) if step > 0 else (x[a] - lo[a])
        move = min(spare, left)
        x[a] += step * move
        left -= move
    check(sum(x) == total, "area points do not add up")
    return x



# ---- numbers and files -----------------------------------------------------------------------


def thousandths(text: str) -> int:
    value = Decimal(text) * 1000
    if value != value.to_integral_value():
        fail(f"{text} has more than 3 decimals")
    return int(value)


def number(points: int) -> str:
    """Thousandths of a point as YAML number text: 12980 -> 12.98, 9000 -> 9.0."""
    sign = "-" if points < 0 else ""
    points = abs(points)
    text = f"{points // 1000}.{points % 1000:03d}".rstrip("0")
    return sign + (text + "0" if text.endswith(".") else text)


def scalar(text: str) -> str:
    """A YAML scalar for text: plain when it reads back unchanged as a string, else quoted."""
    if yaml.safe_load(f"k: {text}") == {"k": text}:
        return text
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def shown(points: int, maximum: int) -> int:
    """An index as the provincial and ministry sets show it (truncated to 2 decimals), in
    hundredths of a per cent."""
    return points * 10000 // maximum


def load_set(path: Path, set_id: str) -> dict[str, object]:
    """A criteria file read as text (BaseLoader keeps every scalar exactly as written)."""
    data = yaml.load(path.read_text(encoding="utf-8-sig"), Loader=yaml.BaseLoader)
    if not isinstance(data, dict) or data.get("id") != set_id:
        fail(f"{path}: not the criteria set {set_id}")
    return data


def areas_of(data: dict[str, object]) -> list[tuple[str, int, list[tuple[str, int]]]]:
    """Top-level (id, max in thousandths, [(child id, child max)]) of a criteria file."""
    nodes = data["criteria"]
    assert isinstance(nodes, list)
    return [(str(n["id"]), thousandths(str(n["max"])),
             [(str(c["id"]), thousandths(str(c["max"]))) for c in n.get("criteria", [])])
            for n in nodes]


def render(header: str, comments: Sequence[str], fields: Sequence[tuple[str, str]],
           scores: Sequence[tuple[str, int]]) -> str:
    lines = [header.rstrip("\n")]
    for comment in comments:
        lines += textwrap.wrap(comment, 98, initial_indent="# ", subsequent_indent="# ",
                               break_long_words=False, break_on_hyphens=False)
    lines += [f"{key}: {value}" for key, value in fields]
    lines.append("scores:")
    lines += [f'  "{node_id}": {number(p)}' for node_id, p in scores]
    return "\n".join(lines) + "\n"


def write_folder(folder: Path, files: dict[str, str]) -> None:
    """Replace the submission files of ``folder`` with ``files`` (name -> text)."""
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.yaml"):
        if old.name not in files:
            old.unlink()
    for name, text in sorted(files.items()):
        (folder / name).write_text(text, encoding="utf-8", newline="\n")


def read_folder(folder: Path, header: str) -> dict[str, dict[str, object]]:
    """Every submission of ``folder`` by unit id, as text (BaseLoader), header checked."""
    docs: dict[str, dict[str, object]] = {}
    for path in sorted(folder.glob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        check(text.startswith(header), f"{path.name}: header comment missing")
        doc = yaml.load(text, Loader=yaml.BaseLoader)
        unit = str(doc["unit"])
        check(path.name == f"{unit}.yaml", f"{path.name}: file name does not match unit")
        check(bool(SLUG.match(unit)), f"{unit}: not an ASCII slug")
        check(str(doc["name"]).isascii(), f"{unit}: English name is not ASCII")
        check(doc["format"] == "par-submission/1", f"{path.name}: wrong format")
        docs[unit] = doc
    return docs


def scored_points(doc: dict[str, object], areas: Sequence[tuple[str, int, list[tuple[str, int]]]]
                  ) -> list[int]:
    """A submission's points per top-level area, in thousandths (a whole area or its parts)."""
    scores = doc["scores"]
    assert isinstance(scores, dict)
    points = []
    for area_id, maximum, children in areas:
        if area_id in scores:
            value = thousandths(str(scores[area_id]))
        else:
            check(bool(children) and all(c in scores for c, _ in children),
                  f"{doc['unit']}: area {area_id} is not covered")
            value = sum(thousandths(str(scores[c])) for c, _ in children)
        check(0 <= value <= maximum, f"{doc['unit']}: area {area_id} outside 0..max")
        points.append(value)
    check(len(scores) == len(areas) + sum(
        len(children) - 1 for area_id, _, children in areas if area_id not in scores),
        f"{doc['unit']}: unexpected score keys")
    return points


def competition_rank(value: Decimal | int, values: Iterable[Decimal | int]) -> int:
    """Rank by standard competition (1, 2, 2, 4): one more than the number of higher values."""
    return 1 + sum(1 for v in values if v > value)
