"""The cells of the year-over-year table, shared by the rich table and Markdown reporters."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

from par_cli.i18n import Labels
from par_cli.reporters.grid import Grid
from par_cli.results import CompareReport, CompareUnit

UP, DOWN, SAME = "▲", "▼", "="


def signed(value: Decimal | None, places: int, labels: Labels) -> str:
    if value is None:
        return "—"
    return labels.num(f"{value:+.{places}f}" if value != 0 else f"{0:.{places}f}")


def rank_move(change: int | None) -> str:
    if change is None:
        return "—"
    if change > 0:
        return f"{UP} +{change}"
    if change < 0:
        return f"{DOWN} {change}"
    return f"{SAME} 0"


def _rank(value: int | None) -> str:
    return "—" if value is None else str(value)


def fixed(value: Decimal | None, places: int, labels: Labels) -> str:
    return "—" if value is None else labels.num(f"{value:.{places}f}")


def unit_label(unit: CompareUnit, labels: Labels) -> str:
    name = labels.name(unit.name, unit.name_vi)
    if unit.old_unit is not None:
        return labels("from_unit", name=name, old=unit.old_name or unit.old_unit)
    return name


def band_move(unit: CompareUnit, labels: Labels, names: Mapping[str, str]) -> str:
    old = labels.band(unit.old.band, names) if unit.old and unit.old.band else None
    new = labels.band(unit.new.band, names) if unit.new and unit.new.band else None
    if unit.status != "both":
        return new or old or ""
    if old == new:
        return new or ""
    return f"{old or '–'}→{new or '–'}"


def compare_grid(report: CompareReport, labels: Labels, areas: bool = True) -> Grid:
    """The comparison's cells; without ``areas``, no per-area rank columns."""
    places = report.display.places
    node_ids = list(report.node_names) if areas else []
    headers = [labels("unit"), labels("status"), labels("index_old"), labels("index_new"),
               labels("change"), labels("rank_old"), labels("rank_new"), labels("rank_move"),
               labels("band")]
    numeric = [False, False, True, True, True, True, True, True, False]
    headers += [labels("node_rank", id=node_id) for node_id in node_ids]
    numeric += [True] * len(node_ids)
    rows: list[list[str]] = []
    for unit in report.units:
        cells = [
            unit_label(unit, labels), labels(f"status_{unit.status}"),
            fixed(unit.old.index if unit.old else None, places, labels),
            fixed(unit.new.index if unit.new else None, places, labels),
            signed(unit.index_change, places, labels),
            _rank(unit.old.rank if unit.old else None),
            _rank(unit.new.rank if unit.new else None),
            rank_move(unit.rank_change), band_move(unit, labels, report.band_names),
        ]
        by_id = {n.id: n for n in unit.nodes}
        for node_id in node_ids:
            node = by_id.get(node_id)
            cells.append(rank_move(node.rank_change) if node else "—")
        rows.append(cells)
    # a narrow terminal with --areas splits the table: the unit heads every block
    return Grid(headers, numeric, rows, summary_lines(report, labels), keys=(0,),
                sections=(1, 9), name_column=0)


def summary_lines(report: CompareReport, labels: Labels) -> list[str]:
    s = report.summary
    places = report.display.places
    lines = [labels("summary_counts", up=s.index.up, down=s.index.down, same=s.index.same,
                  rank_up=s.rank.up, rank_down=s.rank.down, rank_same=s.rank.same, new=s.new,
                  gone=s.gone),
             labels("summary_average", change=signed(s.average_index_change, places, labels))]
    if s.area_average_changes:
        areas = ", ".join(f"{node_id} {signed(change, places, labels)}"
                          for node_id, change in s.area_average_changes.items())
        lines.append(labels("summary_areas", areas=areas))
    if s.largest_rise is not None:
        lines.append(labels("summary_rise",
                          unit=labels.name(s.largest_rise.name, s.largest_rise.name_vi),
                          change=signed(s.largest_rise.index_change, places, labels)))
    if s.largest_fall is not None:
        lines.append(labels("summary_fall",
                          unit=labels.name(s.largest_fall.name, s.largest_fall.name_vi),
                          change=signed(s.largest_fall.index_change, places, labels)))
    return lines


def compare_title(report: CompareReport, labels: Labels) -> str:
    if report.same_criteria:
        name = labels.name(report.new.title, report.new.title_vi)
        return f"{name}: {report.old.year} → {report.new.year} ({report.new.criteria})"
    return (f"{report.old.year} ({report.old.criteria}) → {report.new.year} "
            f"({report.new.criteria})")


def node_legend(report: CompareReport, labels: Labels) -> str:
    nodes = "; ".join(f"{i} {labels.name(*names)}" for i, names in report.node_names.items())
    return labels("node_ranks", nodes=nodes)


def node_legend_lines(report: CompareReport, labels: Labels) -> list[str]:
    """The legend as lines for a terminal of known width: a heading, then one node a line."""
    return [labels("node_ranks_head"),
            *(f"  {i} {labels.name(*names)}" for i, names in report.node_names.items())]
