"""Labels pieces shared by the reporters of explain, gap and audit (terminal and Markdown)."""

from __future__ import annotations

from decimal import Decimal

from par_cli.i18n import Labels
from par_cli.messages import visible
from par_cli.numbers import plain
from par_cli.reporters.grid import number, shown_difference
from par_cli.results import ExplainNode, ExplainReport, GapReport


def node_line(node: ExplainNode, report: ExplainReport, labels: Labels) -> str:
    """One node of the explain tree, in words and numbers."""
    rule, index = report.display.points_rule, report.display.index_rule
    head = f"{node.id} {labels.name(node.name, node.name_vi)}"
    if node.not_applicable:
        return labels("explain_na", head=head)
    parts = [f"{number(node.points, rule, labels)} / {labels.num(plain(node.max))}"]
    parts.append(labels("pct", value=number(node.index, index, labels)) if node.index is not None
                 else labels("no_index"))
    if node.rank is not None:
        parts.append(labels("explain_rank_short", rank=node.rank))
    if node.lost > 0:
        parts.append(labels("explain_lost",
                          lost=shown_difference(node.max, node.points, rule, labels, True)))
    if node.missing:
        parts.append(labels("explain_missing"))
    if node.self is not None and node.appraised is not None and node.self != node.appraised:
        change = labels("explain_change", own=number(node.self, rule, labels),
                      appraised=number(node.appraised, rule, labels))
        if node.note:
            change += f" (“{node.note}”)"  # quoted: the file's words, in its language
        parts.append(change)
    elif node.note:
        parts.append(labels("explain_note", note=node.note))
    if node.without_evidence:
        parts.append(labels("explain_no_evidence"))
    elif node.evidence:
        parts.append(labels("explain_evidence", evidence=", ".join(node.evidence)))
    return f"{head}: " + "; ".join(parts)


def explain_head(report: ExplainReport, labels: Labels) -> str:
    rule, percent = report.display.points_rule, report.display.index_rule
    rank = (labels("explain_rank", rank=report.rank, total=report.ranked_units)
            if report.rank is not None else labels("not_ranked"))
    band = (labels("explain_band", band=labels.band(report.band, report.criteria.band_names))
            if report.band else "")
    index = (labels("pct", value=number(report.index, percent, labels)) if report.index is not None
             else labels("no_index"))
    return labels("explain_head", name=labels.name(report.name, report.name_vi), unit=report.unit,
                year=report.year, points=number(report.points, rule, labels),
                max=labels.num(plain(report.max)), index=index, rank=rank, band=band,
                title=labels.name(report.criteria.title, report.criteria.title_vi))


def gap_lines(report: GapReport, labels: Labels) -> list[str]:
    rule, percent = report.display.points_rule, report.display.index_rule
    places = rule.places

    def pts(value: Decimal) -> str:
        return labels.num(f"{value:.{places}f}")

    def pct(value: Decimal | None) -> str:
        return labels("pct", value=number(value, percent, labels)) if value is not None else \
            labels("no_index")

    rank = (f"{labels('explain_rank', rank=report.rank, total=report.ranked_units)}"
            if report.rank is not None else labels("gap_not_ranked"))
    lines = [labels("gap_head", name=labels.name(report.name, report.name_vi), unit=report.unit,
                    year=report.year,
                  points=number(report.points, rule, labels), max=labels.num(plain(report.max)),
                  index=pct(report.index), rank=rank)]
    left = report.max - report.points
    if report.next_rank is not None:
        nr = report.next_rank
        lines.append(labels("gap_first") if nr.points_needed == 0 else
                     labels("gap_next", points=pts(nr.shown_needed), rank=nr.rank))
    if report.top is not None:
        top = report.top
        if top.points_needed == 0:
            lines.append(labels("gap_in_top", n=top.n))
        else:
            reach = ("" if top.points_needed <= left
                     else labels("gap_unreachable", points=pts(left)))
            lines.append(labels("gap_top", n=top.n, points=pts(top.shown_needed), reach=reach))
    if report.next_band is not None:
        nb = report.next_band
        lines.append(labels("gap_band", points=pts(nb.shown_needed),
                            band=labels.band(nb.band, report.criteria.band_names)))
    elif report.index is not None:
        lines.append(labels("gap_no_band"))
    if report.headroom:
        lines.append(labels("gap_headroom"))
        for item in report.headroom[:10]:
            lines.append(labels("gap_headroom_row", id=item.id,
                                name=labels.name(item.name, item.name_vi),
                              points=number(item.points, rule, labels),
                              max=labels.num(plain(item.max)),
                              headroom=shown_difference(item.max, item.points, rule, labels,
                                                        True)))
        if len(report.headroom) > 10:
            lines.append(labels("gap_more", count=len(report.headroom) - 10))
    lines += next_step_lines(report, labels)
    if report.what_if is not None:
        w = report.what_if
        w_rank = (labels("explain_rank_short", rank=w.rank) if w.rank is not None
                  else labels("not_ranked"))
        lines.append(labels("gap_what_if", changes=", ".join(w.changes),
                          points=number(w.points, rule, labels), max=labels.num(plain(w.max)),
                          index=pct(w.index), rank=w_rank,
                          band=labels("explain_band",
                                       band=labels.band(w.band, report.criteria.band_names))
                          if w.band else ""))
    return lines


def _typed(value: bool | Decimal | str, labels: Labels) -> str:
    if isinstance(value, bool):
        return labels("word_yes" if value else "word_no")
    if isinstance(value, Decimal):
        return labels.num(plain(value))
    return visible(value)


def next_step_lines(report: GapReport, labels: Labels) -> list[str]:
    """Gap's next steps: per scored node the next value that scores more and what it gains,
    exact (a gain of 0.585 is not shown as 0.59)."""
    if not report.next_steps:
        return []
    places = report.display.places
    lines = [labels("gap_steps")]
    for step in report.next_steps[:10]:
        gained = step.points_gained
        shown = max(places, -gained.as_tuple().exponent)  # type: ignore[operator]
        lines.append(labels("gap_step_row", id=step.id, name=labels.name(step.name, step.name_vi),
                            value=_typed(step.value, labels),
                            next=_typed(step.next_value, labels),
                            gained=labels.num(f"{gained:.{shown}f}")))
    if len(report.next_steps) > 10:
        lines.append(labels("gap_more", count=len(report.next_steps) - 10))
    return lines
