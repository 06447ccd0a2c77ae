"""``par compare --unit``: one unit's year-over-year story in sentences a report can quote."""

from __future__ import annotations

from decimal import Decimal

from par_cli.choices import Lang
from par_cli.i18n import Labels
from par_cli.reporters.compare_rows import fixed
from par_cli.reporters.fit import wrap_all
from par_cli.results import CompareNode, CompareReport, CompareUnit


def _places(change: int, labels: Labels) -> str:
    return labels("places_one") if abs(change) == 1 else labels("places_many", count=abs(change))


def rank_sentence(old: int | None, new: int | None, change: int | None, total: int,
                  labels: Labels) -> str:
    if new is None:
        return labels("not_ranked")
    of = f"/{total}" if total else ""
    if old is None or change is None:
        return labels("ranked", rank=new, of=of)
    if change == 0:
        return labels("ranked_same", rank=new, of=of)
    key = "ranked_up" if change > 0 else "ranked_down"
    return labels(key, rank=new, of=of, places=_places(change, labels), old=old, new=new,
                old_ord=labels.ordinal(old), new_ord=labels.ordinal(new))


def index_sentence(old: Decimal | None, new: Decimal | None, change: Decimal | None,
                   places: int, labels: Labels) -> str:
    if new is None:
        return labels("no_index")
    value = fixed(new, places, labels)
    if old is None or change is None:
        return labels("pct", value=value)
    previous = fixed(old, places, labels)
    if change > 0:
        return labels("index_up", value=value, change=fixed(change, places, labels), old=previous)
    if change < 0:
        return labels("index_down", value=value, change=fixed(-change, places, labels),
                      old=previous)
    return labels("index_same", value=value, old=previous)


def _node_sentence(node: CompareNode, names: tuple[str, str | None], total: int, places: int,
                   labels: Labels) -> str:
    # The other language's name in brackets: English readers get the official Vietnamese name.
    if labels.lang is Lang.VI:
        name = names[1] or names[0]
    else:
        name = names[0] + (f" ({names[1]})" if names[1] else "")
    if node.old_name:
        name += f" [{node.old_name}]"
    index = index_sentence(node.old_index, node.new_index, node.index_change, places, labels)
    rank = rank_sentence(node.old_rank, node.new_rank, node.rank_change, total, labels)
    return f"- {name}: {index}; {rank}."


def render_story(report: CompareReport, labels: Labels, width: int | None = None) -> str:
    """The story, each sentence on its own line; wrapped to ``width`` when it is known."""
    places = report.display.places
    lines: list[str] = [labels("note", note=labels.note(note)) for note in report.notes]
    for unit in report.units:
        lines.extend(_unit_story(report, unit, places, labels))
        lines.append("")
    return "\n".join(wrap_all(lines, width))


def _unit_story(report: CompareReport, unit: CompareUnit, places: int,
                labels: Labels) -> list[str]:
    old_year, new_year = report.old.year, report.new.year
    name = labels.name(unit.name, unit.name_vi)
    if unit.status == "new":
        assert unit.new is not None
        return [labels("story_new", name=name, year=new_year,
                     index=index_sentence(None, unit.new.index, None, places, labels),
                     rank=rank_sentence(None, unit.new.rank, None, report.new.ranked, labels))]
    if unit.status == "gone":
        assert unit.old is not None
        return [labels("story_gone", name=name, year=new_year, old_year=old_year,
                     index=index_sentence(None, unit.old.index, None, places, labels),
                     rank=rank_sentence(None, unit.old.rank, None, report.old.ranked, labels))]
    assert unit.old is not None and unit.new is not None
    who = (name if unit.old_unit is None
           else labels("story_compared_with", name=name, old=unit.old_name or unit.old_unit))
    index = index_sentence(unit.old.index, unit.new.index, unit.index_change, places, labels)
    rank = rank_sentence(unit.old.rank, unit.new.rank, unit.rank_change, report.new.ranked,
                         labels)
    lines = [labels("story_head", who=who, old_year=old_year, new_year=new_year, index=index,
                  rank=rank)]
    if unit.old.band != unit.new.band:
        names = report.band_names
        lines.append(labels("story_band",
                            old=labels.band(unit.old.band, names) or labels("story_none"),
                            new=labels.band(unit.new.band, names) or labels("story_none")))
    ordered = sorted(unit.nodes, key=lambda n: (-(n.rank_change or 0), n.id))
    total = report.new.ranked
    groups = (("story_rose", [n for n in ordered if (n.rank_change or 0) > 0]),
              ("story_fell", [n for n in ordered if (n.rank_change or 0) < 0]),
              ("story_kept", [n for n in ordered if (n.rank_change or 0) == 0]))
    for key, nodes in groups:
        if nodes:
            lines.append(labels(key, count=len(nodes)))
            lines += [_node_sentence(n, report.node_names[n.id], total, places, labels)
                      for n in nodes]
    return lines
