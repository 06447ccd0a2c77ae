"""The audit table (self-assessed against final totals per unit) as a grid, shared by the
terminal and Markdown reporters."""

from __future__ import annotations

from decimal import Decimal

from par_cli.i18n import Labels
from par_cli.reporters.grid import Grid, number, shown_difference
from par_cli.results import AuditReport


def audit_title(report: AuditReport, labels: Labels) -> str:
    return labels("audit_title", title=labels.name(report.criteria.title, report.criteria.title_vi),
                year=report.year)


def audit_grid(report: AuditReport, labels: Labels) -> Grid:
    rule = report.display
    headers = [labels("unit"), labels("self_assessed"), labels("final"), labels("lost"),
               labels("changed"), labels("without_evidence")]
    numeric = [False, True, True, True, True, True]
    rows = [[labels.name(u.name, u.name_vi), number(u.self_points, rule, labels),
             number(u.final_points, rule, labels),
             shown_difference(u.self_points, u.final_points, rule, labels),
             str(u.changed_nodes),
             str(u.without_evidence)]
            for u in report.units]
    lost = sum((u.lost_in_appraisal for u in report.units), Decimal(0))
    footer = [labels("audit_units", count=len(report.units)),
              labels("audit_total", points=number(lost, rule, labels))]
    return Grid(headers, numeric, rows, footer, keys=(0,), sections=(1,), name_column=0)
