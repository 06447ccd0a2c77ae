"""``par report``: the record of several years drawn as charts (``report_charts.py``), rendered
without a browser by vl-convert, into one self-contained HTML page (``report_html.py``) or a
PDF of one A4 page per section; each chart also as SVG and PNG for pasting into documents.

PDF: vl-convert writes one chart per PDF, so each section is one concatenated Vega-Lite spec
drawn on an A4 page (its text kept as text), and pypdf joins the pages into one document.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from par_cli.choices import Lang
from par_cli.errors import UsageError
from par_cli.i18n import Labels
from par_cli.messages import Message
from par_cli.optional import pypdf_module, vl_convert_module
from par_cli.report_records import ReportData, ReportUnit
from par_cli.reporters import report_charts as charts
from par_cli.reporters.report_html import Page, Section, Table, render_page

Spec = dict[str, Any]
# d3-format's locale for Vietnamese numbers on axes (decimal comma, dot between thousands)
VI_NUMBERS = {"decimal": ",", "thousands": ".", "grouping": [3], "currency": ["", " ₫"]}
A4 = (595.28, 841.89)  # points
MARGIN = 28.0  # points
PNG_SCALE = 2  # pixels per chart pixel: sharp when pasted into a document


@dataclass(frozen=True)
class Chart:
    section: str
    name: str
    spec: Spec


@dataclass(frozen=True)
class Rendered:
    document: bytes
    charts: Sequence[tuple[str, bytes]]  # file name, content (for --charts-dir)


FONTS = Path(__file__).resolve().parent.parent / "fonts"
_registered: list[bool] = []


def _draw(spec: Spec, lang: Lang, name: str, kind: str = "svg") -> Any:
    """A chart drawn as SVG (from its spec), or an SVG turned into PNG or PDF (``kind``)."""
    vlc = vl_convert_module()
    if not _registered:  # once per process: vl-convert keeps the fonts it was given
        vlc.register_font_directory(str(FONTS))
        _registered.append(True)
    try:
        if kind == "svg":
            options: dict[str, Any] = {"allowed_base_urls": []}  # the data is inline
            if lang is Lang.VI:
                options["format_locale"] = VI_NUMBERS
            return clean_svg(vlc.vegalite_to_svg(spec, **options))
        svg = spec["svg"]
        return vlc.svg_to_png(svg, scale=PNG_SCALE) if kind == "png" else vlc.svg_to_pdf(svg)
    except (ValueError, RuntimeError) as e:  # a chart that cannot be drawn: said, not a trace
        raise UsageError(Message.of("report.render", chart=name,
                                    reason=str(e).splitlines()[0][:200])) from e


# Vega's own words for screen readers are English ("Title text '…'", "group mark container"):
# a reader hears the marks' descriptions, which par writes in the report's language
_VEGA_ARIA = re.compile(r'\s(?:aria-roledescription="[^"]*"|aria-label="(?:Title text|Subtitle '
                        r'text|[XY]-axis|Axis|Legend|Color legend|Size legend)[^"]*")')


def clean_svg(svg: str) -> str:
    return _VEGA_ARIA.sub("", svg)


def plan(data: ReportData, labels: Labels, highlight: str | None
         ) -> list[tuple[Section, list[Chart]]]:
    """The sections of the report and their charts (SVG not drawn yet)."""
    last = data.last
    chosen = data.unit(highlight) if highlight is not None else None
    sections: list[tuple[Section, list[Chart]]] = []
    rows = charts.last_rows(data, labels)
    areas = [a.id for a in last.areas]
    ranked_table = Table(
        [labels("rank"), labels("report_unit_col"), labels("index_pct"), labels("band"),
         *(labels("area_pct", id=a) for a in areas)],
        [[str(u.years[last.year].rank or "–"), charts.unit_name(labels, u),
          charts.number(labels, u.years[last.year].index),
          labels.band(u.years[last.year].band, last.band_names),
          *(charts.number(labels, u.years[last.year].areas.get(a)) for a in areas)]
         for u, _ in rows],
        frozenset({0, 2, *range(4, 4 + len(areas))}))
    last_source = charts.source_line(data, labels, [last])
    sections.append((Section(
        "ranked", labels("report_ranked", year=last.year),
        labels("report_ranked_intro", year=last.year, count=last.ranked), [],
        last_source, table=ranked_table),
        [Chart("ranked", "ranked-bars", charts.ranked_bars(data, labels, highlight))]))
    if last.areas:  # a published table may carry no area columns
        sections.append((Section(
            "heatmap", labels("report_heatmap", year=last.year),
            labels("report_heatmap_intro", year=last.year), [], last_source),
            [Chart("heatmap", "area-heat-map", charts.heat_map(data, labels, highlight))]))
    if data.movement is not None:
        old = data.years[-2]
        moved = charts.moved_units(data)
        more = []
        new_units = [charts.compare_name(data, labels, u) for u in data.movement.units
                     if u.status == "new"]
        gone = [labels.name(u.name, u.name_vi) for u in data.movement.units
                if u.status == "gone"]
        if new_units:
            more.append(labels("report_new_units", year=last.year, units=", ".join(new_units)))
        if gone:
            more.append(labels("report_gone_units", year=last.year, units=", ".join(gone)))
        table = Table(
            [labels("report_unit_col"), labels("rank_old"), labels("rank_new"),
             labels("rank_move"), labels("index_old"), labels("index_new"), labels("change")],
            [[charts.compare_name(data, labels, u), str(u.old.rank), str(u.new.rank),  # type: ignore[union-attr]
              charts.signed(labels, u.rank_change or 0),
              charts.number(labels, u.old.index), charts.number(labels, u.new.index),  # type: ignore[union-attr]
              _change(labels, u.index_change)] for u in moved],
            frozenset({1, 2, 3, 4, 5, 6}))
        sections.append((Section(
            "movement", labels("report_movement", old=old.year, new=last.year),
            labels("report_movement_intro", old=old.year, new=last.year), [],
            charts.source_line(data, labels, [old, last]), more, table),
            [Chart("movement", "rank-movement", charts.rank_movement(data, labels, highlight))]))
    if len(data.years) > 1:
        years = [y.year for y in data.years]
        table = Table(
            [labels("report_unit_col"), *map(str, years)],
            [[labels("report_national"), *(charts.number(labels, y.average.index)
                                           for y in data.years)]]
            + [[_trend_name(labels, u), *(charts.number(labels, u.years[y].index)
                                          if y in u.years else "–" for y in years)]
               for u in data.units],
            frozenset(range(1, len(years) + 1)))
        sections.append((Section(
            "trend", labels("report_trend", first=years[0], last=years[-1]),
            labels("report_trend_intro"), [], charts.source_line(data, labels, data.years),
            table=table),
            [Chart("trend", "trend", charts.trend(data, labels, highlight))]))
    if chosen is not None and next(y for y in data.years if y.year == max(chosen.years)).areas:
        sections.append(_profile(data, labels, chosen))
    return sections


def _change(labels: Labels, value: Any) -> str:
    if value is None:
        return "–"
    return ("+" if value > 0 else "") + labels.num(value)


def _trend_name(labels: Labels, unit: ReportUnit) -> str:
    name = charts.unit_name(labels, unit)
    return labels("report_merged", name=name, into=unit.merged_into) if unit.merged_into else name


def _profile(data: ReportData, labels: Labels, unit: ReportUnit
             ) -> tuple[Section, list[Chart]]:
    year_number = max(unit.years)
    year = next(y for y in data.years if y.year == year_number)
    name = charts.unit_name(labels, unit)
    group = year.groups.get(unit.group) if unit.group is not None else None
    found = [Chart("profile", "unit-profile", charts.profile(data, labels, unit))]
    more = []
    if year_number != data.last.year:
        more.append(labels("report_not_in", unit=name, year=data.last.year))
    moved = None
    if data.movement is not None:
        moved = next((u for u in data.movement.units if u.status == "both"
                      and unit.unit in (u.unit, u.old_unit)), None)
    if moved is not None and any(node.rank_change is not None for node in moved.nodes):
        found.append(Chart("profile", "area-ranks", charts.area_moves(data, labels, moved)))
        more.append(labels("report_area_moves_intro", unit=name, old=data.years[-2].year,
                           new=data.last.year))
    table = Table(
        [labels("report_area_col"), name, labels("report_national"),
         *([labels("report_group", group=unit.group)] if group is not None else [])],
        [[charts.area_label(labels, year, a.id),
          charts.number(labels, unit.years[year_number].areas.get(a.id)),
          charts.number(labels, year.average.areas.get(a.id)),
          *([charts.number(labels, group.areas.get(a.id))] if group is not None else [])]
         for a in year.areas],
        frozenset({1, 2, 3}))
    intro = labels("report_profile_intro", unit=name, year=year_number,
                   group=labels("report_profile_group", group=unit.group) if group else "")
    return (Section("profile", labels("report_profile", unit=name, year=year_number), intro,
                    [], charts.source_line(data, labels, [year]), more, table), found)


def _title(data: ReportData, labels: Labels) -> tuple[str, str]:
    last = data.last
    title = (last.title_vi or last.title) if labels.lang is Lang.VI else last.title
    first_year, last_year = data.years[0].year, last.year
    span = f"{first_year}–{last_year}" if first_year != last_year else str(last_year)
    return labels("report_title", title=title, years=span), charts.source_line(
        data, labels, data.years)


def render_report(data: ReportData, labels: Labels, highlight: str | None, pdf: bool,
                  with_charts: bool) -> Rendered:
    """The report as HTML or PDF bytes, and (when asked) every chart as SVG and PNG."""
    sections = plan(data, labels, highlight)
    title, subtitle = _title(data, labels)
    notes = [labels.say(note) for note in data.notes]
    lang = labels.lang
    svgs: dict[str, str] = {}
    if with_charts or not pdf:
        for _, found in sections:
            for chart in found:
                svgs[chart.name] = _draw(chart.spec, lang, chart.name)
    files: list[tuple[str, bytes]] = []
    if with_charts:
        number = 0
        for _, found in sections:
            for chart in found:
                number += 1
                svg = svgs[chart.name]
                files.append((f"{number}-{chart.name}.svg", svg.encode("utf-8")))
                files.append((f"{number}-{chart.name}.png",
                              bytes(_draw({"svg": svg}, lang, chart.name, "png"))))
    if pdf:
        document = _pdf(sections, title, subtitle, notes, lang)
    else:
        page = Page(title, subtitle, notes,
                    [_with_svgs(section, [svgs[c.name] for c in found])
                     for section, found in sections],
                    subtitle)
        document = render_page(page, labels).encode("utf-8")
    return Rendered(document, files)


def _with_svgs(section: Section, svgs: list[str]) -> Section:
    from dataclasses import replace

    return replace(section, charts=svgs)


def _concat(specs: Sequence[Spec]) -> Spec:
    """Several charts as one spec (a PDF page), with the charts' own settings (the font)."""
    parts = [{k: v for k, v in spec.items() if k not in ("config", "background", "padding")}
             for spec in specs]
    independent = dict.fromkeys(("x", "y", "color", "shape", "size", "opacity",
                                 "strokeWidth"), "independent")
    return {"vconcat": parts, "spacing": 28, "config": charts.base_spec("", [])["config"],
            "background": "white", "padding": 16,
            "resolve": {"scale": independent, "axis": {"x": "independent", "y": "independent"},
                        "legend": {"color": "independent", "shape": "independent"}}}


def on_a4(svg: str) -> str:
    """A section's SVG placed on an A4 page (in points, as vl-convert writes a PDF), scaled
    down to fit within the margins: the PDF's pages print as they are, with no page of
    pypdf's to transform (which would parse every drawing operation again)."""
    root = re.match(r"\s*<svg\b([^>]*)>", svg)
    assert root is not None
    attrs = root.group(1)
    size = [re.search(rf'\s{name}="([\d.]+)"', attrs) for name in ("width", "height")]
    width, height = (float(found.group(1)) if found else 0.0 for found in size)
    scale = min((A4[0] - 2 * MARGIN) / max(width, 1), (A4[1] - 2 * MARGIN) / max(height, 1), 1.0)
    inner = re.sub(r'\s(?:width|height)="[^"]*"', "", attrs)
    if "viewBox" not in inner:
        inner += f' viewBox="0 0 {width:g} {height:g}"'
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{A4[0]}" height="{A4[1]}" '
            f'viewBox="0 0 {A4[0]} {A4[1]}"><rect width="100%" height="100%" fill="white"/>'
            f'<svg x="{MARGIN}" y="{MARGIN}" width="{width * scale:.2f}" '
            f'height="{height * scale:.2f}"{inner}>{svg[root.end():]}</svg>')


def _pdf(sections: Sequence[tuple[Section, list[Chart]]], title: str, subtitle: str,
         notes: Sequence[str], lang: Lang) -> bytes:
    pypdf = pypdf_module()
    head: list[tuple[str, int, bool]] = [(title, 20, True)]
    head += [(line, 11, False) for line in charts.wrapped(subtitle, 120)]
    for note in notes:
        head += [(("• " if i == 0 else "   ") + line, 11, False)
                 for i, line in enumerate(charts.wrapped(note, 115))]
    writer = pypdf.PdfWriter()
    for position, (section, found) in enumerate(sections):
        specs = [chart.spec for chart in found]
        if position == 0:
            specs = [charts.text_block(head), *specs]
        svg = on_a4(_draw(_concat(specs), lang, section.id))
        page = pypdf.PdfReader(io.BytesIO(bytes(_draw({"svg": svg}, lang, section.id, "pdf"))))
        writer.add_page(page.pages[0])
    writer.add_metadata({"/Title": title, "/Creator": "par"})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
