"""``par compare --unit``: one unit's year-over-year story in sentences a report can quote."""

from __future__ import annotations

from decimal import Decimal

from par_cli.choices import Lang
from par_cli.i18n import Text
from par_cli.reporters.compare_rows import fixed
from par_cli.results import CompareNode, CompareReport, CompareUnit


def _places(change: int, text: Text) -> str:
    return text("places_one") if abs(change) == 1 else text("places_many", count=abs(change))


def rank_sentence(old: int | None, new: int | None, change: int | None, total: int,
                  text: Text) -> str:
    if new is None:
        return text("not_ranked")
    of = f"/{total}" if total else ""
    if old is None or change is None:
        return text("ranked", rank=new, of=of)
    if change == 0:
        return text("ranked_same", rank=new, of=of)
    key = "ranked_up" if change > 0 else "ranked_down"
    return text(key, rank=new, of=of, places=_places(change, text), old=old, new=new,
                old_ord=text.ordinal(old), new_ord=text.ordinal(new))


def index_sentence(old: Decimal | None, new: Decimal | None, change: Decimal | None,
                   places: int, text: Text) -> str:
    if new is None:
        return text("no_index")
    value = fixed(new, places, text)
    if old is None or change is None:
        return text("pct", value=value)
    previous = fixed(old, places, text)
    if change > 0:
        return text("index_up", value=value, change=fixed(change, places, text), old=previous)
    if change < 0:
        return text("index_down", value=value, change=fixed(-change, places, text), old=previous)
    return text("index_same", value=value, old=previous)


def _node_sentence(node: CompareNode, names: tuple[str, str | None], total: int, places: int,
                   text: Text) -> str:
    # The other language's name in brackets: English readers get the official Vietnamese name.
    if text.lang is Lang.VI:
        name = names[1] or names[0]
    else:
        name = names[0] + (f" ({names[1]})" if names[1] else "")
    if node.old_name:
        name += f" [{node.old_name}]"
    index = index_sentence(node.old_index, node.new_index, node.index_change, places, text)
    rank = rank_sentence(node.old_rank, node.new_rank, node.rank_change, total, text)
    return f"- {name}: {index}; {rank}."


def render_story(report: CompareReport, text: Text) -> str:
    places = report.display.places
    lines: list[str] = [text("note", note=text.note(note)) for note in report.notes]
    for unit in report.units:
        lines.extend(_unit_story(report, unit, places, text))
        lines.append("")
    return "\n".join(lines)


def _unit_story(report: CompareReport, unit: CompareUnit, places: int,
                text: Text) -> list[str]:
    old_year, new_year = report.old.year, report.new.year
    name = text.name(unit.name, unit.name_vi)
    if unit.status == "new":
        assert unit.new is not None
        return [text("story_new", name=name, year=new_year,
                     index=index_sentence(None, unit.new.index, None, places, text),
                     rank=rank_sentence(None, unit.new.rank, None, report.new.ranked, text))]
    if unit.status == "gone":
        assert unit.old is not None
        return [text("story_gone", name=name, year=new_year, old_year=old_year,
                     index=index_sentence(None, unit.old.index, None, places, text),
                     rank=rank_sentence(None, unit.old.rank, None, report.old.ranked, text))]
    assert unit.old is not None and unit.new is not None
    who = (name if unit.old_unit is None
           else text("story_compared_with", name=name, old=unit.old_name or unit.old_unit))
    index = index_sentence(unit.old.index, unit.new.index, unit.index_change, places, text)
    rank = rank_sentence(unit.old.rank, unit.new.rank, unit.rank_change, report.new.ranked,
                         text)
    lines = [text("story_head", who=who, old_year=old_year, new_year=new_year, index=index,
                  rank=rank)]
    if unit.old.band != unit.new.band:
        lines.append(text("story_band", old=unit.old.band or text("story_none"),
                          new=unit.new.band or text("story_none")))
    ordered = sorted(unit.nodes, key=lambda n: (-(n.rank_change or 0), n.id))
    total = report.new.ranked
    groups = (("story_rose", [n for n in ordered if (n.rank_change or 0) > 0]),
              ("story_fell", [n for n in ordered if (n.rank_change or 0) < 0]),
              ("story_kept", [n for n in ordered if (n.rank_change or 0) == 0]))
    for key, nodes in groups:
        if nodes:
            lines.append(text(key, count=len(nodes)))
            lines += [_node_sentence(n, report.node_names[n.id], total, places, text)
                      for n in nodes]
    return lines
