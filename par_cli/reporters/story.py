"""``par compare --unit``: one unit's year-over-year story in sentences a report can quote."""

from __future__ import annotations

from decimal import Decimal

from par_cli.results import CompareNode, CompareReport, CompareUnit


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _places(change: int) -> str:
    return f"{abs(change)} place" + ("" if abs(change) == 1 else "s")


def _rank_sentence(old: int | None, new: int | None, change: int | None, total: int) -> str:
    if new is None:
        return "not ranked"
    of = f"/{total}" if total else ""
    if old is None or change is None:
        return f"ranked {new}{of}"
    if change > 0:
        return (f"ranked {new}{of}, up {_places(change)} "
                f"(from {ordinal(old)} to {ordinal(new)})")
    if change < 0:
        return (f"ranked {new}{of}, down {_places(change)} "
                f"(from {ordinal(old)} to {ordinal(new)})")
    return f"ranked {new}{of}, the same rank as before"


def _index_sentence(old: Decimal | None, new: Decimal | None, change: Decimal | None,
                    places: int) -> str:
    if new is None:
        return "no index"
    text = f"{new:.{places}f} %"
    if old is not None and change is not None:
        if change > 0:
            text += f", up {change:.{places}f} points from {old:.{places}f} %"
        elif change < 0:
            text += f", down {-change:.{places}f} points from {old:.{places}f} %"
        else:
            text += f", unchanged from {old:.{places}f} %"
    return text


def _node_sentence(node: CompareNode, names: tuple[str, str | None], total: int,
                   places: int) -> str:
    name = names[0] + (f" ({names[1]})" if names[1] else "")
    if node.old_name:
        name += f" [previously: {node.old_name}]"
    index = _index_sentence(node.old_index, node.new_index, node.index_change, places)
    rank = _rank_sentence(node.old_rank, node.new_rank, node.rank_change, total)
    return f"- {name}: {index}; {rank}."


def render_story(report: CompareReport) -> str:
    places = report.display.places
    lines: list[str] = []
    for note in report.notes:
        lines.append(f"Note: {note}.")
    for unit in report.units:
        lines.extend(_unit_story(report, unit, places))
        lines.append("")
    return "\n".join(lines)


def _unit_story(report: CompareReport, unit: CompareUnit, places: int) -> list[str]:
    old_year, new_year = report.old.year, report.new.year
    if unit.status == "new":
        assert unit.new is not None
        return [f"{unit.name} is new in {new_year}: index "
                f"{_index_sentence(None, unit.new.index, None, places)}, "
                f"{_rank_sentence(None, unit.new.rank, None, report.new.ranked)}."]
    if unit.status == "gone":
        assert unit.old is not None
        return [f"{unit.name} is not in {new_year}; in {old_year} its index was "
                f"{_index_sentence(None, unit.old.index, None, places)}, "
                f"{_rank_sentence(None, unit.old.rank, None, report.old.ranked)}."]
    assert unit.old is not None and unit.new is not None
    who = unit.name if unit.old_unit is None else f"{unit.name} (compared with {unit.old_name})"
    index = _index_sentence(unit.old.index, unit.new.index, unit.index_change, places)
    rank = _rank_sentence(unit.old.rank, unit.new.rank, unit.rank_change, report.new.ranked)
    lines = [f"{who}, {old_year} → {new_year}: index {index}; {rank}."]
    if unit.old.band != unit.new.band:
        lines.append(f"Band: {unit.old.band or 'none'} → {unit.new.band or 'none'}.")
    rising = sorted(unit.nodes, key=lambda n: (-(n.rank_change or 0), n.id))
    up = [n for n in rising if (n.rank_change or 0) > 0]
    down = [n for n in rising if (n.rank_change or 0) < 0]
    same = [n for n in rising if (n.rank_change or 0) == 0]
    total = report.new.ranked
    if up:
        lines.append(f"{len(up)} area(s) rose in rank:")
        lines += [_node_sentence(n, report.node_names[n.id], total, places) for n in up]
    if down:
        lines.append(f"{len(down)} area(s) fell in rank:")
        lines += [_node_sentence(n, report.node_names[n.id], total, places) for n in down]
    if same:
        lines.append(f"{len(same)} area(s) kept their rank:")
        lines += [_node_sentence(n, report.node_names[n.id], total, places) for n in same]
    return lines
