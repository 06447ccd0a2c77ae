"""The cells of the ranked table, shared by the rich table and the Markdown reporter."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from par_cli.i18n import Text
from par_cli.models import Display
from par_cli.numbers import display
from par_cli.results import MIXED, ScoreReport, UnitRow


@dataclass(frozen=True, slots=True)
class Grid:
    headers: list[str]
    numeric: list[bool]
    rows: list[list[str]]
    footer: list[str]


def number(value: Decimal | None, rule: Display, text: Text) -> str:
    """A number as the criteria set displays it (its places and rounding mode)."""
    if value is None:
        return "—"
    return text.num(f"{display(value, rule):.{rule.places}f}")


def shown_difference(first: Decimal, second: Decimal, rule: Display, text: Text,
                     first_exact: bool = False) -> str:
    """``first - second`` as a reader recomputes it from the two numbers shown (a maximum is
    shown as it is, points by the display rule): 16.5 - 13.51 = 2.99, never the exact 2.985
    rounded (docs/arithmetic.md, "Shown differences add up")."""
    shown_first = first if first_exact else display(first, rule)
    value = shown_first - display(second, rule)
    places = max(rule.places, -value.as_tuple().exponent)  # type: ignore[operator]
    return text.num(f"{value:.{places}f}")


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


def score_grid(report: ScoreReport, by_method: bool, text: Text) -> Grid:
    rule = report.display
    headers = [text("rank"), text("unit"), text("points"), text("index_pct"), text("band")]
    numeric = [True, False, True, True, False]
    if report.grouped:
        headers[1:1] = [text("group")]
        numeric[1:1] = [False]
    if by_method:
        headers += list(report.method_names)
    else:
        headers += [text("area_pct", id=a.id) for a in report.areas]
    numeric += [True] * (len(headers) - len(numeric))
    units = list(report.units)
    rows: list[list[str]] = []
    marked = _exact_ties(units, report.grouped)
    unattributed = _not_attributed(report) if by_method else set()
    for unit in units:
        rank = rank_cell(units, unit, report.grouped)
        if unit.unit in marked:
            rank += EXACT_MARK
        cells = [rank, text.name(unit.name, unit.name_vi),
                 number(unit.points, rule, text), number(unit.index, rule, text),
                 unit.band or ""]
        if report.grouped:
            cells[1:1] = [unit.group or ""]
        if by_method:
            cells += ["—" if m in unattributed else number(unit.methods.get(m, Decimal(0)),
                                                             rule, text)
                      for m in report.method_names]
        else:
            cells += [number(node.index, rule, text) for node in unit.nodes]
        rows.append(cells)
    s = report.summary
    footer = [text("footer_units", units=s.units, ranked=s.ranked),
              text("footer_average", average=number(s.average_index, rule, text))]
    if s.bands:
        counts = ", ".join(f"{b.name}: {b.count}" for b in s.bands)
        if s.no_band:
            counts += ", " + text("footer_no_band", count=s.no_band)
        footer.append(text("footer_bands", counts=counts))
    if report.left_out:
        reasons: dict[str, int] = {}
        for item in report.left_out:
            reasons[item.why] = reasons.get(item.why, 0) + 1
        footer.append(text("footer_left_out", count=len(report.left_out), reasons=", ".join(
            f"{text('why_' + why)} {count}" for why, count in sorted(reasons.items()))))
    if marked:
        footer.append(text("footer_exact_ties", mark=EXACT_MARK))
    if unattributed:
        footer.append(text("footer_not_attributed", methods=", ".join(sorted(unattributed))))
    return Grid(headers, numeric, rows, footer)


def title(report: ScoreReport, text: Text) -> str:
    name = text.name(report.criteria.title, report.criteria.title_vi)
    return f"{name} — {report.year} ({report.criteria.id})"


def legend(report: ScoreReport, by_method: bool, text: Text) -> str:
    if by_method:
        return text("legend_methods")
    areas = "; ".join(f"{a.id} {text.name(a.name, a.name_vi)} "
                      f"({text('max', max=text.num(str(a.max)))})" for a in report.areas)
    return text("legend_areas", areas=areas)
