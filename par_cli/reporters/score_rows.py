"""The cells of the ranked table, shared by the rich table and the Markdown reporter."""

from __future__ import annotations

from decimal import Decimal

from par_cli.i18n import Labels
from par_cli.reporters.grid import Grid, number
from par_cli.reporters.rank_by_rows import group_footer, rank_by_cells, rank_by_headers
from par_cli.results import MIXED, ScoreReport, UnitRow


def rank_cell(rows: list[UnitRow], row: UnitRow, grouped: bool) -> str:
    rank = row.group_rank if grouped else row.rank
    if rank is None:
        return "–"
    shared = sum(1 for other in rows if (other.group_rank if grouped else other.rank) == rank
                 and (not grouped or other.group == row.group))
    return f"={rank}" if shared > 1 else str(rank)


EXACT_MARK = "*"


def _exact_ties(units: list[UnitRow], grouped: bool) -> set[str]:
    """Units shown with the same index as another unit at a different rank (ranks use exact
    values): marked, with a footnote, so that nobody reads it as a mistake."""
    by_shown: dict[tuple[str | None, Decimal], set[int]] = {}
    for unit in units:
        rank = unit.group_rank if grouped else unit.rank
        if rank is not None and unit.index is not None:
            by_shown.setdefault((unit.group if grouped else None, unit.index), set()).add(rank)
    return {u.unit for u in units if u.index is not None
            and len(by_shown.get((u.group if grouped else None, u.index), set())) > 1}


def _not_attributed(report: ScoreReport) -> set[str]:
    """Methods that hold no point of any unit while scores on mixed nodes count under
    ``mixed``: their zeros would read as "scored nothing", which is not what happened."""
    if not any(u.methods.get(MIXED, Decimal(0)) for u in report.units):
        return set()
    return {m for m in report.method_names if m != MIXED
            and not any(u.methods.get(m, Decimal(0)) for u in report.units)}


def score_grid(report: ScoreReport, by_method: bool, labels: Labels) -> Grid:
    points, index = report.display.points_rule, report.display.index_rule
    headers = [labels("rank"), labels("unit"), labels("points"), labels("index_pct"),
               labels("band")]
    numeric = [True, False, True, True, False]
    if report.grouped:
        headers[1:1] = [labels("group")]
        numeric[1:1] = [False]
    if by_method:
        headers += [labels.method(m, report.criteria.method_names)
                    for m in report.method_names]
    else:
        headers += [labels("area_pct", id=a.id) for a in report.areas]
    numeric += [True] * (len(headers) - len(numeric))
    rank_by_headers(report, headers, numeric, labels)
    units = list(report.units)
    rows: list[list[str]] = []
    marked = _exact_ties(units, report.grouped)
    unattributed = _not_attributed(report) if by_method else set()
    for unit in units:
        rank = rank_cell(units, unit, report.grouped)
        if unit.unit in marked:
            rank += EXACT_MARK
        cells = [rank, labels.name(unit.name, unit.name_vi),
                 number(unit.points, points, labels), number(unit.index, index, labels),
                 labels.band(unit.band, report.criteria.band_names)]
        if report.grouped:
            cells[1:1] = [unit.group or ""]
        rank_by_cells(report, units, unit, cells, len(cells) - 1, labels)
        if by_method:
            cells += ["—" if m in unattributed else number(unit.methods.get(m, Decimal(0)),
                                                             points, labels)
                      for m in report.method_names]
        else:
            cells += [number(node.index, index, labels) for node in unit.nodes]
        rows.append(cells)
    s = report.summary
    footer = [labels("footer_units", units=s.units, ranked=s.ranked),
              labels("footer_average", average=number(s.average_index, index, labels))]
    if s.bands:
        counts = ", ".join(f"{labels.band(b.name, report.criteria.band_names)}: {b.count}"
                           for b in s.bands)
        if s.no_band:
            counts += ", " + labels("footer_no_band", count=s.no_band)
        footer.append(labels("footer_bands", counts=counts))
    footer += group_footer(report, labels)
    if report.left_out:
        reasons: dict[str, int] = {}
        for item in report.left_out:
            reasons[item.why] = reasons.get(item.why, 0) + 1
        footer.append(labels("footer_left_out", count=len(report.left_out), reasons=", ".join(
            f"{labels('why_' + why)} {count}" for why, count in sorted(reasons.items()))))
    if marked:
        footer.append(labels("footer_exact_ties", mark=EXACT_MARK))
    if unattributed:
        footer.append(labels("footer_not_attributed", methods=", ".join(
            labels.method(m, report.criteria.method_names) for m in sorted(unattributed))))
    name = 2 if report.grouped else 1
    # a narrow terminal splits the table: rank and name head every block; the totals and the
    # area (or method) columns are the two groups kept together when they fit
    return Grid(headers, numeric, rows, footer, keys=(0, name), sections=(1, name + 4),
                name_column=name)


def title(report: ScoreReport, labels: Labels) -> str:
    name = labels.name(report.criteria.title, report.criteria.title_vi)
    return f"{name} — {report.year} ({report.criteria.id})"


def legend_items(report: ScoreReport, labels: Labels) -> list[str]:
    """Each area column's id, name and maximum."""
    return [f"{a.id} {labels.name(a.name, a.name_vi)} "
            f"({labels('max', max=labels.num(str(a.max)))})" for a in report.areas]


def legend(report: ScoreReport, by_method: bool, labels: Labels) -> str:
    if by_method:
        return labels("legend_methods")
    return labels("legend_areas", areas="; ".join(legend_items(report, labels)))


def legend_lines(report: ScoreReport, by_method: bool, labels: Labels) -> list[str]:
    """The legend as lines for a terminal of known width: a heading, then one area a line."""
    if by_method:
        return [labels("legend_methods")]
    return [labels("legend_areas_head"), *(f"  {item}" for item in legend_items(report, labels))]
