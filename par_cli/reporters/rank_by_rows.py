"""The ranked table's extra cells for ``par score --rank-by NODE`` (the node's rank first, the
overall rank beside it, the node's index when it is not an area) and the group averages that
``--group`` adds to the footer; called by ``score_rows``."""

from __future__ import annotations

from par_cli.i18n import Labels
from par_cli.reporters.grid import number
from par_cli.results import ScoreReport, UnitRow


def _node_place(row: UnitRow, grouped: bool) -> int | None:
    return row.node_group_rank if grouped else row.node_rank


def _place_cell(rows: list[UnitRow], row: UnitRow, grouped: bool) -> str:
    rank = _node_place(row, grouped)
    if rank is None:
        return "–"
    shared = sum(1 for other in rows if _node_place(other, grouped) == rank
                 and (not grouped or other.group == row.group))
    return f"={rank}" if shared > 1 else str(rank)


def _deeper(report: ScoreReport) -> bool:
    """Whether the node is below the areas (its index has no column of its own)."""
    assert report.rank_by is not None
    return report.rank_by.id not in {a.id for a in report.areas}


def rank_by_headers(report: ScoreReport, headers: list[str], numeric: list[bool],
                    labels: Labels) -> None:
    """Put the node's rank before the overall rank, its index after the band."""
    if report.rank_by is None:
        return
    headers[0:1] = [labels("rank_by_rank", id=report.rank_by.id), labels("overall_rank")]
    numeric[0:1] = [True, True]
    if _deeper(report):
        at = headers.index(labels("band")) + 1
        headers.insert(at, labels("area_pct", id=report.rank_by.id))
        numeric.insert(at, True)


def rank_by_cells(report: ScoreReport, units: list[UnitRow], unit: UnitRow, cells: list[str],
                  band_at: int, labels: Labels) -> None:
    if report.rank_by is None:
        return
    if _deeper(report):
        cells.insert(band_at + 1, number(unit.node_index, report.display.index_rule, labels))
    cells.insert(0, _place_cell(units, unit, report.grouped))


def group_footer(report: ScoreReport, labels: Labels) -> list[str]:
    """With ``--group``: each group's average index (and the ``--rank-by`` node's)."""
    lines = []
    if report.rank_by is not None:
        by = report.rank_by
        lines.append(labels("footer_rank_by", id=by.id, name=labels.name(by.name, by.name_vi),
                            average=number(by.average_index, report.display.index_rule, labels)))
    averages = report.summary.group_averages
    if averages is None:
        return lines
    node_averages = report.rank_by.group_averages if report.rank_by is not None else None
    parts = []
    rule = report.display.index_rule
    for group, average in averages.items():
        part = f"{group or labels('no_group')} {number(average, rule, labels)} %"
        if node_averages is not None and report.rank_by is not None:
            part += labels("footer_group_node", id=report.rank_by.id,
                           average=number(node_averages.get(group), rule, labels))
        parts.append(part)
    lines.append(labels("footer_groups", groups=", ".join(parts)))
    return lines
