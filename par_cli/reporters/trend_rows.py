"""The cells of the trend table (``par trend``), shared by the rich table and Markdown: per
year the index and rank, the change first -> last, and a sparkline of the rank.

A terminal table fits its width: the years' columns are index (rank) pairs, and when all years
do not fit, the oldest are left out of the table (the sparkline still covers every year) and
the footer says which are shown.
"""

from __future__ import annotations

from collections.abc import Sequence

from par_cli.i18n import Labels
from par_cli.reporters.compare_rows import fixed, rank_move, signed
from par_cli.reporters.grid import Grid
from par_cli.trend_results import TrendPoint, TrendReport, TrendUnit

BARS = "▁▂▃▄▅▆▇█"
NOT_RANKED = "·"
PADDING = 3  # what a column costs besides its text: a space each side and a rule (table_format)


def sparkline(unit: TrendUnit, report: TrendReport) -> str:
    """One character per year, higher for a better rank: the rank's place in that year's
    field (first is the top bar, last the bottom one), ``·`` where the unit has no rank."""
    marks = []
    for year, point in zip(report.years, unit.years, strict=True):
        if point is None or point.rank is None:
            marks.append(NOT_RANKED)
        elif year.ranked <= 1:
            marks.append(BARS[-1])
        else:
            share = (year.ranked - min(point.rank, year.ranked)) / (year.ranked - 1)
            marks.append(BARS[round(share * (len(BARS) - 1))])
    return "".join(marks)


def _cell(point: TrendPoint | None, places: int, labels: Labels) -> str:
    if point is None:
        return "—"
    rank = str(point.rank) if point.rank is not None else "–"
    return f"{fixed(point.index, places, labels)} ({rank})"


def unit_label(unit: TrendUnit, names: dict[str, str], labels: Labels) -> str:
    name = labels.name(unit.name, unit.name_vi)
    if unit.merged_into is not None:
        return labels("trend_merged", name=name,
                      into=names.get(unit.merged_into, unit.merged_into))
    return name


def trend_grid(report: TrendReport, labels: Labels, width: int | None = None) -> Grid:
    """The table; with ``width``, only the most recent years that fit in it get a column."""
    names = {unit: labels.name(*both) for unit, both in report.unit_names.items()}
    places = report.display.index_rule.places
    fixed_headers = [labels("unit"), labels("change"), labels("rank_move"), labels("trend_spark")]
    head = [[unit_label(u, names, labels), signed(u.index_change, places, labels),
             rank_move(u.rank_change), sparkline(u, report)] for u in report.units]
    years = [[_cell(u.years[i], report.years[i].display.index_rule.places, labels)
              for u in report.units] for i in range(len(report.years))]
    shown = _fitting(fixed_headers, head, [str(y.year) for y in report.years], years, width)
    headers = [fixed_headers[0], *(str(report.years[i].year) for i in shown),
               *fixed_headers[1:]]
    rows = [[cells[0], *(years[i][r] for i in shown), *cells[1:]]
            for r, cells in enumerate(head)]
    numeric = [False, *(True for _ in shown), True, True, False]
    return Grid(headers, numeric, rows, footer(report, shown, labels))


def _fitting(fixed_headers: Sequence[str], head: Sequence[Sequence[str]],
             year_headers: Sequence[str], years: Sequence[Sequence[str]],
             width: int | None) -> list[int]:
    """The positions of the years that get a column: all of them, or the most recent that
    fit in ``width`` (at least one)."""
    def column(header: str, cells: Sequence[str]) -> int:
        return max([len(header), *map(len, cells)]) + PADDING

    needed = sum(column(h, [row[i] for row in head]) for i, h in enumerate(fixed_headers)) + 1
    shown: list[int] = []
    for i in reversed(range(len(years))):
        cost = column(year_headers[i], years[i])
        if width is not None and shown and needed + cost > width:
            break
        needed += cost
        shown.insert(0, i)
    return shown


def footer(report: TrendReport, shown: Sequence[int], labels: Labels) -> list[str]:
    first, last = report.years[0].year, report.years[-1].year
    lines = [labels("trend_footer_units", count=len(report.units), years=len(report.years)),
             labels("trend_footer_cells"), labels("trend_footer_change")]
    if len(shown) < len(report.years):
        lines.append(labels("trend_footer_shown", first=report.years[shown[0]].year, last=last,
                            shown=len(shown), count=len(report.years), all_first=first))
    return lines


def trend_title(report: TrendReport, labels: Labels) -> str:
    latest = report.years[-1]
    name = labels.name(latest.title, latest.title_vi)
    return labels("trend_title", title=name, first=report.years[0].year,
                  last=latest.year, count=len(report.years))
