"""Text pieces shared by the reporters of explain, gap and audit (terminal and Markdown)."""

from __future__ import annotations

from decimal import Decimal

from par_cli.i18n import Text
from par_cli.numbers import plain
from par_cli.reporters.score_rows import Grid, number, shown_difference
from par_cli.results import AuditReport, ExplainNode, ExplainReport, GapReport


def node_line(node: ExplainNode, report: ExplainReport, text: Text) -> str:
    """One node of the explain tree, in words and numbers."""
    rule = report.display
    head = f"{node.id} {text.name(node.name, node.name_vi)}"
    if node.not_applicable:
        return text("explain_na", head=head)
    parts = [f"{number(node.points, rule, text)} / {text.num(plain(node.max))}"]
    parts.append(text("pct", value=number(node.index, rule, text)) if node.index is not None
                 else text("no_index"))
    if node.rank is not None:
        parts.append(text("explain_rank_short", rank=node.rank))
    if node.lost > 0:
        parts.append(text("explain_lost",
                          lost=shown_difference(node.max, node.points, rule, text, True)))
    if node.missing:
        parts.append(text("explain_missing"))
    if node.self is not None and node.appraised is not None and node.self != node.appraised:
        change = text("explain_change", own=number(node.self, rule, text),
                      appraised=number(node.appraised, rule, text))
        if node.note:
            change += f" ({node.note})"
        parts.append(change)
    elif node.note:
        parts.append(text("explain_note", note=node.note))
    if node.without_evidence:
        parts.append(text("explain_no_evidence"))
    elif node.evidence:
        parts.append(text("explain_evidence", evidence=", ".join(node.evidence)))
    return f"{head}: " + "; ".join(parts)


def explain_head(report: ExplainReport, text: Text) -> str:
    rule = report.display
    rank = (text("explain_rank", rank=report.rank, total=report.ranked_units)
            if report.rank is not None else text("not_ranked"))
    band = text("explain_band", band=report.band) if report.band else ""
    index = (text("pct", value=number(report.index, rule, text)) if report.index is not None
             else text("no_index"))
    return text("explain_head", name=text.name(report.name, report.name_vi), unit=report.unit,
                year=report.year, points=number(report.points, rule, text),
                max=text.num(plain(report.max)), index=index, rank=rank, band=band,
                title=text.name(report.criteria.title, report.criteria.title_vi))


def gap_lines(report: GapReport, text: Text) -> list[str]:
    rule = report.display
    places = rule.places

    def pts(value: Decimal) -> str:
        return text.num(f"{value:.{places}f}")

    def pct(value: Decimal | None) -> str:
        return text("pct", value=number(value, rule, text)) if value is not None else \
            text("no_index")

    rank = (f"{text('explain_rank', rank=report.rank, total=report.ranked_units)}"
            if report.rank is not None else text("gap_not_ranked"))
    lines = [text("gap_head", name=text.name(report.name, None), unit=report.unit, year=report.year,
                  points=number(report.points, rule, text), max=text.num(plain(report.max)),
                  index=pct(report.index), rank=rank)]
    left = report.max - report.points
    if report.next_rank is not None:
        nr = report.next_rank
        lines.append(text("gap_first") if nr.points_needed == 0 else
                     text("gap_next", points=pts(nr.shown_needed), rank=nr.rank))
    if report.top is not None:
        top = report.top
        if top.points_needed == 0:
            lines.append(text("gap_in_top", n=top.n))
        else:
            reach = ("" if top.points_needed <= left
                     else text("gap_unreachable", points=pts(left)))
            lines.append(text("gap_top", n=top.n, points=pts(top.shown_needed), reach=reach))
    if report.next_band is not None:
        nb = report.next_band
        lines.append(text("gap_band", points=pts(nb.shown_needed), band=nb.band))
    elif report.index is not None:
        lines.append(text("gap_no_band"))
    if report.headroom:
        lines.append(text("gap_headroom"))
        for item in report.headroom[:10]:
            lines.append(text("gap_headroom_row", id=item.id, name=text.name(item.name, None),
                              points=number(item.points, rule, text),
                              max=text.num(plain(item.max)),
                              headroom=shown_difference(item.max, item.points, rule, text,
                                                        True)))
        if len(report.headroom) > 10:
            lines.append(text("gap_more", count=len(report.headroom) - 10))
    if report.what_if is not None:
        w = report.what_if
        w_rank = (text("explain_rank_short", rank=w.rank) if w.rank is not None
                  else text("not_ranked"))
        lines.append(text("gap_what_if", changes=", ".join(w.changes),
                          points=number(w.points, rule, text), max=text.num(plain(w.max)),
                          index=pct(w.index), rank=w_rank,
                          band=text("explain_band", band=w.band) if w.band else ""))
    return lines


def audit_title(report: AuditReport, text: Text) -> str:
    return text("audit_title", title=text.name(report.criteria.title, report.criteria.title_vi),
                year=report.year)


def audit_grid(report: AuditReport, text: Text) -> Grid:
    rule = report.display
    headers = [text("unit"), text("self_assessed"), text("final"), text("lost"),
               text("changed"), text("without_evidence")]
    numeric = [False, True, True, True, True, True]
    rows = [[text.name(u.name, None), number(u.self_points, rule, text),
             number(u.final_points, rule, text),
             shown_difference(u.self_points, u.final_points, rule, text),
             str(u.changed_nodes),
             str(u.without_evidence)]
            for u in report.units]
    lost = sum((u.lost_in_appraisal for u in report.units), Decimal(0))
    footer = [text("audit_units", count=len(report.units)),
              text("audit_total", points=number(lost, rule, text))]
    return Grid(headers, numeric, rows, footer)
