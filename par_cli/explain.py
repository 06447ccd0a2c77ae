"""Pure reports beyond the ranking: one unit's result as a tree (explain) and the appraisal
review list across units (audit). Both read the one scoring path's results; no rule is
re-implemented here.
"""

from __future__ import annotations

import difflib
import unicodedata
from collections.abc import Sequence

from par_cli.errors import RunError
from par_cli.messages import Message
from par_cli.numbers import display, exact, ratio
from par_cli.ranking import build_report
from par_cli.results import AuditReport, AuditRow, ExplainNode, ExplainReport, criteria_info
from par_cli.scoring import CriteriaIndex, NodeResult, UnitResult


def find_unit(results: Sequence[UnitResult], unit: str) -> UnitResult:
    for result in results:
        if result.unit == unit:
            return result
    raise unknown_unit(unit, [(r.unit, r.name, r.name_vi) for r in results])


def _folded(text: str) -> str:
    """A name or id as a person may type it: no case, no diacritics, no spaces or dashes
    ("Long An", "longan", "Long-An" and "long-an" are one)."""
    plain = unicodedata.normalize("NFD", text.lower().replace("đ", "d"))
    return "".join(c for c in plain if c.isalnum() and not unicodedata.combining(c))


def unknown_unit(unit: str, units: Sequence[tuple[str, str, str | None]],
                 key: str = "run.unknown-unit") -> RunError:
    """The error for a --unit no submission has, with the id meant when the text matches an id
    or a name (``Long An``, ``longan``) or comes close to an id."""
    folded = _folded(unit)
    ids = sorted({u for u, _, _ in units})
    meant = next((u for u, name, name_vi in sorted(units)
                  if folded and folded in (_folded(u), _folded(name), _folded(name_vi or ""))),
                 None)
    close = meant or next(iter(difflib.get_close_matches(unit.lower(), ids, n=1)), None)
    if close is not None or key != "run.unknown-unit":
        return RunError(Message.of(key, unit=unit, close=close))
    return RunError(Message.of("run.unknown-unit.known", unit=unit, known=", ".join(ids[:8])))


@exact
def explain_unit(
    index: CriteriaIndex, year: int, results: Sequence[UnitResult], unit: str, depth: int = 99
) -> ExplainReport:
    """The unit's tree: points / applicable max, index, rank of top-level nodes among all
    units, points lost, self → appraised, notes and evidence. Raises LookupError for an
    unknown unit."""
    target = find_unit(results, unit)
    report = build_report(index, year, results)
    row = next(r for r in report.units if r.unit == unit)
    top_ranks = {n.id: n.rank for n in row.nodes}
    rule = index.criteria.display.index_rule

    def node(result: NodeResult, level: int) -> ExplainNode:
        info = index.nodes[result.id]
        exact = ratio(result.points, result.max)
        children = (tuple(node(c, level + 1) for c in result.children) if level < depth
                    else ())
        return ExplainNode(
            id=result.id, name=info.name, name_vi=info.name_vi, points=result.points,
            max=result.max, index=display(exact, rule) if exact is not None else None,
            rank=top_ranks.get(result.id) if level == 1 else None,
            lost=result.max - result.points,
            self=result.self_points,
            appraised=result.points if result.appraised else None,
            note=result.note, evidence=result.evidence,
            not_applicable=result.not_applicable, missing=result.missing, scored=result.scored,
            without_evidence=result.scored and result.points > 0 and not result.evidence,
            nodes=children,
        )

    return ExplainReport(
        unit=target.unit, name=target.name, name_vi=target.name_vi,
        criteria=report.criteria, year=year, rank=row.rank,
        ranked_units=report.summary.ranked, points=target.points, max=target.max,
        index=row.index, band=row.band,
        nodes=tuple(node(n, 1) for n in target.nodes), display=index.criteria.display,
    )


@exact
def audit_units(index: CriteriaIndex, year: int, results: Sequence[UnitResult]) -> AuditReport:
    """Self-assessed against final totals per unit, sorted by points lost in appraisal."""
    rows = [
        AuditRow(unit=r.unit, name=r.name, name_vi=r.name_vi, self_points=r.self_points,
                 final_points=r.points,
                 lost_in_appraisal=r.lost_in_appraisal, changed_nodes=r.changed_nodes,
                 without_evidence=r.without_evidence)
        for r in results
    ]
    rows.sort(key=lambda row: (-row.lost_in_appraisal, row.unit))
    criteria = index.criteria
    return AuditReport(
        criteria=criteria_info(criteria),
        year=year, units=tuple(rows), display=criteria.display,
    )
