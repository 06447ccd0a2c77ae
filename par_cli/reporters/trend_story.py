"""``par trend --unit``: one unit's story across the years, in sentences a report can quote."""

from __future__ import annotations

from par_cli.choices import Lang
from par_cli.i18n import Labels
from par_cli.reporters.compare_rows import fixed
from par_cli.reporters.fit import wrap_all
from par_cli.reporters.story import index_sentence, rank_sentence
from par_cli.trend_results import TrendPoint, TrendReport, TrendUnit


def render_trend_story(report: TrendReport, labels: Labels, width: int | None = None) -> str:
    """The story, each sentence on its own line; wrapped to ``width`` when it is known."""
    lines: list[str] = [labels("note", note=labels.note(note)) for note in report.notes]
    names = {unit: labels.name(*both) for unit, both in report.unit_names.items()}
    for unit in report.units:
        lines.extend(unit_story(report, unit, names, labels))
        lines.append("")
    return "\n".join(wrap_all(lines, width))


def _year_line(report: TrendReport, row: str, position: int, point: TrendPoint,
               labels: Labels) -> str:
    year = report.years[position]
    index = index_sentence(None, point.index, None, year.display.index_rule.places, labels)
    rank = rank_sentence(None, point.rank, None, year.ranked, labels)
    band = (labels("explain_band", band=labels.band(point.band, report.band_names))
            if point.band else "")
    as_id = labels("trend_story_as", unit=point.unit) if point.unit != row else ""
    return labels("trend_story_year", year=year.year, index=index, rank=rank, band=band,
                  as_id=as_id)


def unit_story(report: TrendReport, unit: TrendUnit, names: dict[str, str],
               labels: Labels) -> list[str]:
    present = [(i, p) for i, p in enumerate(unit.years) if p is not None]
    (_, first), (last_at, last) = present[0], present[-1]
    name = labels.name(unit.name, unit.name_vi)
    places = report.display.index_rule.places
    if len(present) > 1:
        index = index_sentence(first.index, last.index, unit.index_change, places, labels)
        rank = rank_sentence(first.rank, last.rank, unit.rank_change,
                             report.years[last_at].ranked, labels)
        lines = [labels("trend_story_head", name=name, unit=unit.unit, first=unit.first,
                        last=unit.last, index=index, rank=rank)]
    else:
        lines = [labels("trend_story_once", name=name, unit=unit.unit, year=unit.last)]
    lines += [_year_line(report, unit.unit, i, p, labels) for i, p in present]
    ranked = [(p.rank, report.years[i].year) for i, p in present if p.rank is not None]
    if len({rank for rank, _ in ranked}) > 1:
        best, worst = min(r for r, _ in ranked), max(r for r, _ in ranked)
        lines.append(labels("trend_story_best", best=best, worst=worst,
                            best_years=", ".join(str(y) for r, y in ranked if r == best),
                            worst_years=", ".join(str(y) for r, y in ranked if r == worst)))
    absent = [str(report.years[i].year) for i in range(present[0][0], last_at + 1)
              if unit.years[i] is None]
    if absent:
        lines.append(labels("trend_story_absent", years=", ".join(absent)))
    if unit.formerly:
        lines.append(labels("trend_story_formerly", units=", ".join(unit.formerly)))
    if unit.merged_from:
        lines.append(labels("trend_story_merged_from", units=", ".join(
            f"{names.get(u, u)} ({u})" for u in unit.merged_from)))
    if unit.merged_into is not None:
        lines.append(labels("trend_story_merged_into", year=unit.last,
                            into=names.get(unit.merged_into, unit.merged_into),
                            unit=unit.merged_into))
    lines += _area_lines(report, unit, [i for i, _ in present], labels)
    return lines


def _area_lines(report: TrendReport, unit: TrendUnit, positions: list[int],
                labels: Labels) -> list[str]:
    """Per node id scored in the unit's first and last years: its index and rank each year."""
    if len(positions) < 2:
        return []
    first, last = unit.years[positions[0]], unit.years[positions[-1]]
    assert first is not None and last is not None
    shared = [node_id for node_id in last.nodes if node_id in first.nodes]
    if not shared:
        return []
    lines = [labels("trend_story_areas")]
    for node_id in shared:
        indexes, ranks = [], []
        for i in positions:
            point = unit.years[i]
            node = point.nodes.get(node_id) if point is not None else None
            indexes.append(fixed(node.index if node else None,
                                 report.years[i].display.index_rule.places, labels))
            ranks.append(str(node.rank) if node is not None and node.rank is not None else "—")
        name, name_vi = report.node_names.get(node_id, (node_id, None))
        shown = (name_vi or name) if labels.lang is Lang.VI else name
        lines.append(labels("trend_story_area", id=node_id, name=labels.name(shown, None),
                            indexes=" → ".join(indexes), ranks=" → ".join(ranks)))
    return lines
