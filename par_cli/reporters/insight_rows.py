"""Text pieces shared by the reporters of explain, gap and audit (terminal and Markdown)."""

from __future__ import annotations

from decimal import Decimal

from par_cli.models import Display
from par_cli.numbers import plain
from par_cli.reporters.score_rows import Grid, number
from par_cli.results import AuditReport, ExplainNode, ExplainReport, GapReport


def node_line(node: ExplainNode, rule: Display) -> str:
    """One node of the explain tree, in words and numbers."""
    head = f"{node.id} {node.name}"
    if node.not_applicable:
        return f"{head}: n/a (not applicable; its max leaves the unit's maximum)"
    parts = [f"{number(node.points, rule)} / {plain(node.max)}"]
    parts.append(f"{number(node.index, rule)} %" if node.index is not None else "no index")
    if node.rank is not None:
        parts.append(f"rank {node.rank}")
    if node.lost > 0:
        parts.append(f"lost {number(node.lost, rule)}")
    if node.missing:
        parts.append("no score (counted as 0)")
    if node.self is not None and node.appraised is not None and node.self != node.appraised:
        change = f"self {number(node.self, rule)} → appraised {number(node.appraised, rule)}"
        if node.note:
            change += f" ({node.note})"
        parts.append(change)
    elif node.note:
        parts.append(f"note: {node.note}")
    if node.without_evidence:
        parts.append("no evidence")
    elif node.evidence:
        parts.append("evidence: " + ", ".join(node.evidence))
    return f"{head}: " + "; ".join(parts)


def explain_head(report: ExplainReport) -> str:
    rule = report.display
    rank = (f"rank {report.rank}/{report.ranked_units}" if report.rank is not None
            else "not ranked")
    band = f", band {report.band}" if report.band else ""
    index = f"{number(report.index, rule)} %" if report.index is not None else "no index"
    return (f"{report.name} ({report.unit}), {report.year}: {number(report.points, rule)} / "
            f"{plain(report.max)} points, index {index}, {rank}{band} — {report.criteria.title}")


def gap_lines(report: GapReport) -> list[str]:
    rule = report.display
    places = rule.places

    def pts(value: Decimal) -> str:
        return f"{value:.{places}f}"

    rank = (f"rank {report.rank}/{report.ranked_units}" if report.rank is not None
            else "not ranked (compared as if it were)")
    index = f"{number(report.index, rule)} %" if report.index is not None else "no index"
    lines = [f"{report.name} ({report.unit}), {report.year}: {number(report.points, rule)} / "
             f"{plain(report.max)} points, index {index}, {rank}."]
    total_headroom = report.max - report.points
    if report.next_rank is not None:
        nr = report.next_rank
        if nr.points_needed == 0:
            lines.append("Next rank: already first.")
        else:
            lines.append(f"Next rank: {pts(nr.shown_needed)} more points to draw level with the "
                         f"unit above and share rank {nr.rank}.")
    if report.top is not None:
        top = report.top
        if top.points_needed == 0:
            lines.append(f"Top {top.n}: already in the top {top.n}.")
        else:
            reach = ("" if top.points_needed <= total_headroom
                     else f" (more than the {pts(total_headroom)} points left to win)")
            lines.append(f"Top {top.n}: {pts(top.shown_needed)} more points to tie the "
                         f"{top.n}th unit{reach}.")
    if report.next_band is not None:
        nb = report.next_band
        lines.append(f"Next band: {pts(nb.shown_needed)} more points to reach band {nb.band}.")
    elif report.index is not None:
        lines.append("Next band: no higher band.")
    if report.headroom:
        lines.append("Most headroom (max − points), largest first:")
        for item in report.headroom[:10]:
            lines.append(f"  {item.id} {item.name}: {number(item.points, rule)} / "
                         f"{plain(item.max)}, headroom {number(item.headroom, rule)}")
        if len(report.headroom) > 10:
            lines.append(f"  … and {len(report.headroom) - 10} more (see --format json)")
    if report.what_if is not None:
        w = report.what_if
        w_index = f"{number(w.index, rule)} %" if w.index is not None else "no index"
        w_rank = f"rank {w.rank}" if w.rank is not None else "not ranked"
        lines.append(f"What if {', '.join(w.changes)}: {number(w.points, rule)} / {plain(w.max)} "
                     f"points, index {w_index}, {w_rank} (others unchanged).")
    return lines


def audit_grid(report: AuditReport) -> Grid:
    rule = report.display
    headers = ["Unit", "Self-assessed", "Final", "Lost in appraisal", "Nodes changed",
               "Without evidence"]
    numeric = [False, True, True, True, True, True]
    rows = [[u.name, number(u.self_points, rule), number(u.final_points, rule),
             number(u.lost_in_appraisal, rule), str(u.changed_nodes), str(u.without_evidence)]
            for u in report.units]
    lost = sum((u.lost_in_appraisal for u in report.units), Decimal(0))
    footer = [f"{len(report.units)} units", f"{number(lost, rule)} points lost in appraisal "
              "in all"]
    return Grid(headers, numeric, rows, footer)

