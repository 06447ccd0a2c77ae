"""The cells of the year-over-year table, shared by the rich table and Markdown reporters."""

from __future__ import annotations

from decimal import Decimal

from par_cli.i18n import Text
from par_cli.reporters.score_rows import Grid
from par_cli.results import CompareReport, CompareUnit

UP, DOWN, SAME = "▲", "▼", "="


def signed(value: Decimal | None, places: int, text: Text) -> str:
    if value is None:
        return "—"
    return text.num(f"{value:+.{places}f}" if value != 0 else f"{0:.{places}f}")


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


def fixed(value: Decimal | None, places: int, text: Text) -> str:
    return "—" if value is None else text.num(f"{value:.{places}f}")


def unit_label(unit: CompareUnit, text: Text) -> str:
    name = text.name(unit.name, unit.name_vi)
    if unit.old_unit is not None:
        return text("from_unit", name=name, old=unit.old_name or unit.old_unit)
    return name


def band_move(unit: CompareUnit) -> str:
    old = unit.old.band if unit.old else None
    new = unit.new.band if unit.new else None
    if unit.status != "both":
        return new or old or ""
    if old == new:
        return new or ""
    return f"{old or '–'}→{new or '–'}"


def compare_grid(report: CompareReport, text: Text) -> Grid:
    places = report.display.places
    headers = [text("unit"), text("status"), text("index_old"), text("index_new"),
               text("change"), text("rank_old"), text("rank_new"), text("rank_move"),
               text("band")]
    numeric = [False, False, True, True, True, True, True, True, False]
    headers += [text("node_rank", id=node_id) for node_id in report.node_names]
    numeric += [True] * len(report.node_names)
    rows: list[list[str]] = []
    for unit in report.units:
        cells = [
            unit_label(unit, text), text(f"status_{unit.status}"),
            fixed(unit.old.index if unit.old else None, places, text),
            fixed(unit.new.index if unit.new else None, places, text),
            signed(unit.index_change, places, text),
            _rank(unit.old.rank if unit.old else None),
            _rank(unit.new.rank if unit.new else None),
            rank_move(unit.rank_change), band_move(unit),
        ]
        by_id = {n.id: n for n in unit.nodes}
        for node_id in report.node_names:
            node = by_id.get(node_id)
            cells.append(rank_move(node.rank_change) if node else "—")
        rows.append(cells)
    return Grid(headers, numeric, rows, summary_lines(report, text))


def summary_lines(report: CompareReport, text: Text) -> list[str]:
    s = report.summary
    places = report.display.places
    lines = [text("summary_counts", up=s.index.up, down=s.index.down, same=s.index.same,
                  rank_up=s.rank.up, rank_down=s.rank.down, rank_same=s.rank.same, new=s.new,
                  gone=s.gone),
             text("summary_average", change=signed(s.average_index_change, places, text))]
    if s.area_average_changes:
        areas = ", ".join(f"{node_id} {signed(change, places, text)}"
                          for node_id, change in s.area_average_changes.items())
        lines.append(text("summary_areas", areas=areas))
    if s.largest_rise is not None:
        lines.append(text("summary_rise",
                          unit=text.name(s.largest_rise.name, s.largest_rise.name_vi),
                          change=signed(s.largest_rise.index_change, places, text)))
    if s.largest_fall is not None:
        lines.append(text("summary_fall",
                          unit=text.name(s.largest_fall.name, s.largest_fall.name_vi),
                          change=signed(s.largest_fall.index_change, places, text)))
    return lines


def compare_title(report: CompareReport, text: Text) -> str:
    if report.same_criteria:
        name = text.name(report.new.title, report.new.title_vi)
        return f"{name}: {report.old.year} → {report.new.year} ({report.new.criteria})"
    return (f"{report.old.year} ({report.old.criteria}) → {report.new.year} "
            f"({report.new.criteria})")


def node_legend(report: CompareReport, text: Text) -> str:
    nodes = "; ".join(f"{i} {text.name(*names)}" for i, names in report.node_names.items())
    return text("node_ranks", nodes=nodes)
