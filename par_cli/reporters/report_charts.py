"""The charts of ``par report`` as Vega-Lite specifications (plain dicts, drawn by
``report_format.py``). Vega cannot truncate a number, so every number a chart shows is text
made here from a value already rounded by its year's display rule (``Labels.num``: a decimal
comma under Vietnamese); positions use the same rounded values.

Every chart carries its title, axis titles and, as its subtitle, the source line.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from itertools import pairwise
from typing import Any

from par_cli.i18n import Labels
from par_cli.report_records import ReportData, ReportUnit, ReportYear
from par_cli.results import CompareUnit

Spec = dict[str, Any]

BASE = "#4c78a8"
HIGHLIGHT = "#e45756"
AVERAGE = "#222222"
GROUP = "#f2a93b"
OTHERS = "#c9c9c9"
UP, DOWN, SAME = "#2b7bba", "#d95f02", "#8c8c8c"
STEP = 15  # pixels per unit row
# The fonts shipped in par_cli/fonts/ (DejaVu Sans cut down to Latin and Vietnamese): a font
# whose every Vietnamese letter is there, so that no letter falls back to another face whose
# widths the layout did not measure.
FONT = "DejaVu Sans"
WIDTH = 520


def base_spec(title: str, subtitle: Sequence[str]) -> Spec:
    return {
        "title": {"text": title, "subtitle": list(subtitle), "anchor": "start", "fontSize": 16,
                  "subtitleFontSize": 11, "subtitleColor": "#444", "offset": 12,
                  "aria": False},
        "background": "white", "padding": 12,
        # what a screen reader says of a mark is its description, with the numbers as shown;
        # Vega's own (raw fields, axes and legends in English) would be neither
        "config": {"font": FONT, "view": {"stroke": None}, "mark": {"aria": False},
                   "axis": {"labelFontSize": 11, "titleFontSize": 12, "aria": False},
                   "legend": {"labelFontSize": 11, "titleFontSize": 11, "orient": "bottom",
                              "labelLimit": 400, "aria": False}},
    }


def source_line(data: ReportData, labels: Labels, years: Sequence[ReportYear]) -> str:
    """Which criteria sets and years the figures come from, and how they are rounded."""
    sets: dict[str, list[str]] = {}
    for year in years:
        # a published table may name no criteria set: its file is the source then
        sets.setdefault(year.criteria_id or year.title, []).append(str(year.year))
    named = "; ".join(labels("report_source_set", set=s, years=", ".join(y))
                      for s, y in sets.items())
    rules = {year.criteria_id or year.title: labels(
                 f"report_rule_{year.index_rule.rounding.value}",
                                      places=year.index_rule.places) for year in years}
    if len(set(rules.values())) == 1:
        said = next(iter(rules.values()))
    else:
        said = "; ".join(labels("report_rule_of", set=s, rule=r) for s, r in rules.items())
    return labels("report_source", sets=named, rules=said[:1].upper() + said[1:])


def number(labels: Labels, value: Decimal | None) -> str:
    return "–" if value is None else labels.num(value)


def signed(labels: Labels, value: int) -> str:
    return f"▲ {value}" if value > 0 else f"▼ {-value}" if value < 0 else "= 0"


def unit_name(labels: Labels, unit: ReportUnit) -> str:
    return labels.name(unit.name, unit.name_vi)


def _row_label(rank: int | None, name: str) -> str:
    return f"{rank}. {name}" if rank is not None else f"–  {name}"


def _unique(labels_in_order: list[str]) -> list[str]:
    """Row labels a nominal scale keeps apart (two units of the same name and rank)."""
    seen: dict[str, int] = {}
    out = []
    for label in labels_in_order:
        seen[label] = seen.get(label, 0) + 1
        out.append(label if seen[label] == 1 else f"{label} ({seen[label]})")
    return out


def rows_axis(limit: int, marked: str | None) -> Spec:
    """The axis of a chart's rows (units, areas): its title above the labels, where long labels
    cannot run into it, the highlighted row's label in bold."""
    return {"labelLimit": limit, "labelFontWeight": _bold_if(marked), "titleAngle": 0,
            "titleAlign": "right", "titleBaseline": "bottom", "titleX": -6, "titleY": -8}


def _bold_if(field_value: str | None) -> Any:
    if field_value is None:
        return "normal"
    return {"condition": {"test": f"datum.value === {_js(field_value)}", "value": "bold"},
            "value": "normal"}


def _js(text: str) -> str:
    import json

    return json.dumps(text, ensure_ascii=False)


def last_rows(data: ReportData, labels: Labels) -> list[tuple[ReportUnit, str]]:
    """The last year's units that have an index, in rank order, with their row labels."""
    year = data.last.year
    units = [u for u in data.units if year in u.years and u.years[year].index is not None]
    names = _unique([_row_label(u.years[year].rank, unit_name(labels, u)) for u in units])
    return list(zip(units, names, strict=True))


def ranked_bars(data: ReportData, labels: Labels, highlight: str | None) -> Spec:
    """The last year's units by rank, the unit asked for highlighted, the national average a
    bar of its own where it ranks."""
    year = data.last
    rows = last_rows(data, labels)
    marked = next((label for unit, label in rows if unit.unit == highlight), None)
    values = [{"label": label, "value": float(u.years[year.year].index or 0),
               "text": number(labels, u.years[year.year].index),
               "kind": "chosen" if u.unit == highlight else "unit",
               "desc": f"{unit_name(labels, u)}: {number(labels, u.years[year.year].index)} %"}
              for u, label in rows]
    average = year.average.index
    if average is not None:
        said = labels("report_national")
        at = next((i for i, (u, _) in enumerate(rows)
                   if (u.years[year.year].index or 0) < average), len(rows))
        values.insert(at, {"label": f"— {said}", "value": float(average), "kind": "average",
                           "text": labels.num(average), "desc": f"{said}: {labels.num(average)} %"})
    y = {"field": "label", "type": "nominal", "sort": None, "title": labels("report_axis_unit"),
         "axis": rows_axis(200, marked)}
    x = {"field": "value", "type": "quantitative", "title": labels("report_axis_index"),
         "scale": {"domain": [0, 100]}}
    colour = {"field": "kind", "type": "nominal", "legend": None,
              "scale": {"domain": ["unit", "chosen", "average"],
                        "range": [BASE, HIGHLIGHT, AVERAGE]}}
    spec = base_spec(labels("report_ranked", year=year.year),
                     wrapped(source_line(data, labels, [year])))
    spec.update({"width": WIDTH, "height": {"step": STEP}, "data": {"values": values},
                 "encoding": {"y": y, "x": x},
                 "layer": [
                     {"mark": {"aria": True, "type": "bar", "height": STEP - 3},
                      "encoding": {"color": colour, "description": {"field": "desc"}}},
                     {"mark": {"type": "text", "align": "left", "dx": 3, "fontSize": 10},
                      "encoding": {"text": {"field": "text"}}}]})
    return spec


def area_label(labels: Labels, year: ReportYear, area_id: str) -> str:
    area = next(a for a in year.areas if a.id == area_id)
    return f"{area.id}. {labels.name(area.name, area.name_vi)}"


def heat_map(data: ReportData, labels: Labels, highlight: str | None) -> Spec:
    year = data.last
    rows = last_rows(data, labels)
    marked = next((label for unit, label in rows if unit.unit == highlight), None)
    shown = [u.years[year.year].areas.get(a.id) for u, _ in rows for a in year.areas]
    present = [float(v) for v in shown if v is not None]
    # the colour scale starts at a multiple of 5 below the lowest index: the legend's end labels
    # are then whole numbers, not the lowest index rounded by Vega
    low = 5 * (int(min(present, default=0.0)) // 5)
    middle = (low + 100) / 2
    values = []
    for unit, label in rows:
        for area in year.areas:
            index = unit.years[year.year].areas.get(area.id)
            values.append({"label": label, "area": area.id,
                           "value": float(index) if index is not None else None,
                           "text": number(labels, index),
                           "dark": index is not None and float(index) > middle,
                           "desc": f"{unit_name(labels, unit)}, {area.id}: "
                                   f"{number(labels, index)} %"})
    y = {"field": "label", "type": "nominal", "sort": None, "title": labels("report_axis_unit"),
         "axis": rows_axis(200, marked)}
    x = {"field": "area", "type": "nominal", "sort": [a.id for a in year.areas],
         "title": labels("report_axis_area"), "axis": {"orient": "top", "labelAngle": 0}}
    legend = [labels("report_areas_legend", areas="").rstrip()]
    legend += [labels("report_provisional", area=area_label(labels, year, a.id))
               if a.id in year.provisional else area_label(labels, year, a.id)
               for a in year.areas]
    spec = base_spec(labels("report_heatmap", year=year.year),
                     [*wrapped(source_line(data, labels, [year])), *legend])
    spec.update({
        "width": {"step": 50}, "height": {"step": STEP}, "data": {"values": values},
        "encoding": {"y": y, "x": x},
        "layer": [
            {"mark": {"aria": True, "type": "rect", "stroke": "white", "strokeWidth": 1},
             "encoding": {"color": {"field": "value", "type": "quantitative",
                                    "title": labels("report_axis_area_index"),
                                    "scale": {"scheme": "blues", "domain": [low, 100]},
                                    "legend": {"orient": "right", "gradientLength": 160}},
                          "description": {"field": "desc"}}},
            {"mark": {"type": "text", "fontSize": 9.5},
             "encoding": {"text": {"field": "text"},
                          "color": {"condition": {"test": "datum.dark", "value": "white"},
                                    "value": "#111"}}},
        ]})
    if marked is not None:
        spec["layer"].append({
            "transform": [{"filter": f"datum.label === {_js(marked)}"}],
            "mark": {"type": "rect", "fill": None, "stroke": HIGHLIGHT, "strokeWidth": 2}})
    return spec


def wrapped(text: str, width: int = 100) -> list[str]:
    """A subtitle's lines: Vega-Lite does not wrap text."""
    import textwrap

    return textwrap.wrap(text, width) or [text]


def _direction(change: int) -> str:
    return "up" if change > 0 else "down" if change < 0 else "same"


def moved_units(data: ReportData) -> list[CompareUnit]:
    """Units ranked in both of the last two years, by their new rank."""
    if data.movement is None:
        return []
    both = [u for u in data.movement.units if u.old is not None and u.new is not None
            and u.old.rank is not None and u.new.rank is not None]
    return sorted(both, key=lambda u: (u.new.rank or 0, u.unit, u.old_unit or ""))  # type: ignore[union-attr]


def compare_name(data: ReportData, labels: Labels, unit: CompareUnit) -> str:
    name = labels.name(unit.name, unit.name_vi)
    if unit.old_unit is None:
        return name
    old = data.unit(unit.old_unit)
    old_name = (labels.name(old.name, old.name_vi) if old is not None
                else unit.old_name or unit.old_unit)
    return labels("from_unit", name=name, old=old_name)


def rank_movement(data: ReportData, labels: Labels, highlight: str | None) -> Spec:
    assert data.movement is not None
    old, new = data.years[-2], data.years[-1]
    units = moved_units(data)
    names = _unique([f"{u.new.rank}. {compare_name(data, labels, u)}"  # type: ignore[union-attr]
                     for u in units])
    marked = next((n for u, n in zip(units, names, strict=True)
                   if highlight in (u.unit, u.old_unit)), None)
    values: list[dict[str, Any]] = []
    for unit, label in zip(units, names, strict=True):
        assert unit.old is not None and unit.new is not None
        change = unit.rank_change or 0
        values.append({"label": label, "old": unit.old.rank, "new": unit.new.rank,
                       "far": max(unit.old.rank or 0, unit.new.rank or 0),
                       "dir": _direction(change), "text": signed(labels, change),
                       "desc": f"{label}: {unit.old.rank} → {unit.new.rank} "
                               f"({signed(labels, change)})"})
    most = max([int(v["far"]) for v in values] + [1])
    y = {"field": "label", "type": "nominal", "sort": None, "title": labels("report_axis_unit"),
         "axis": rows_axis(220, marked)}
    x_scale = {"domain": [1, most], "nice": False}
    colour = {"field": "dir", "type": "nominal", "legend": None,
              "scale": {"domain": ["up", "down", "same"], "range": [UP, DOWN, SAME]}}
    spec = base_spec(labels("report_movement", old=old.year, new=new.year),
                     wrapped(source_line(data, labels, [old, new])))
    spec.update({
        "width": WIDTH, "height": {"step": STEP}, "data": {"values": values},
        "encoding": {"y": y},
        "layer": [
            {"mark": {"type": "rule", "strokeWidth": 2},
             "encoding": {"x": {"field": "old", "type": "quantitative", "scale": x_scale,
                                "title": labels("report_axis_rank"),
                                "axis": {"orient": "top"}},
                          "x2": {"field": "new"}, "color": colour}},
            {"mark": {"type": "point", "filled": False, "size": 20},
             "encoding": {"x": {"field": "old", "type": "quantitative"}, "color": colour}},
            {"mark": {"aria": True, "type": "point", "filled": True, "size": 45, "opacity": 1},
             "encoding": {"x": {"field": "new", "type": "quantitative"}, "color": colour,
                          "description": {"field": "desc"},
                          "shape": {"field": "dir", "type": "nominal", "legend": None,
                                    "scale": {"domain": ["up", "down", "same"],
                                              "range": ["triangle-left", "triangle-right",
                                                        "circle"]}}}},
            {"mark": {"type": "text", "align": "left", "dx": 8, "fontSize": 10},
             "encoding": {"x": {"field": "far", "type": "quantitative"},
                          "text": {"field": "text"}, "color": colour}},
        ]})
    return spec


def trend(data: ReportData, labels: Labels, highlight: str | None) -> Spec:
    years = [str(y.year) for y in data.years]
    average_name = labels("report_national")
    others_name = labels("report_others")
    chosen = data.unit(highlight) if highlight is not None else None
    chosen_name = unit_name(labels, chosen) if chosen is not None else None
    values: list[dict[str, Any]] = []
    for unit in data.units:  # the others first: drawn below the average and the chosen unit
        if unit is chosen:
            continue
        for year, shown in sorted(unit.years.items()):
            if shown.index is not None:
                values.append({"series": others_name, "line": unit.unit, "year": str(year),
                               "value": float(shown.index), "text": "", "show": False,
                               "desc": f"{unit_name(labels, unit)} {year}: "
                                       f"{labels.num(shown.index)} %"})
    for year_data in data.years:
        if year_data.average.index is not None:
            values.append({"series": average_name, "line": "", "year": str(year_data.year),
                           "value": float(year_data.average.index), "show": True,
                           "text": labels.num(year_data.average.index),
                           "desc": f"{average_name} {year_data.year}: "
                                   f"{labels.num(year_data.average.index)} %"})
    if chosen is not None and chosen_name is not None:
        for year, shown in sorted(chosen.years.items()):
            if shown.index is not None:
                values.append({"series": chosen_name, "line": chosen.unit, "year": str(year),
                               "value": float(shown.index), "show": True,
                               "text": labels.num(shown.index),
                               "desc": f"{chosen_name} {year}: {labels.num(shown.index)} %"})
    domain = [average_name, *([chosen_name] if chosen_name else []), others_name]
    colours = [AVERAGE, *([HIGHLIGHT] if chosen_name else []), OTHERS]
    x = {"field": "year", "type": "ordinal", "sort": years, "title": labels("report_axis_year"),
         "axis": {"labelAngle": 0}, "scale": {"padding": 0.3}}
    y = {"field": "value", "type": "quantitative", "title": labels("report_axis_index"),
         "scale": {"zero": False, "nice": True}}
    colour = {"field": "series", "type": "nominal", "title": None,
              "scale": {"domain": domain, "range": colours}}
    layers: list[Spec] = [
        {"mark": {"type": "line", "point": False},
         "encoding": {"x": x, "y": y, "color": colour, "detail": {"field": "line"},
                      "strokeWidth": {"condition": {"test": f"datum.series === {_js(others_name)}",
                                                    "value": 1}, "value": 3},
                      "opacity": {"condition": {"test": f"datum.series === {_js(others_name)}",
                                                "value": 0.6}, "value": 1}}},
        {"transform": [{"filter": "datum.show"}],
         "mark": {"aria": True, "type": "point", "filled": True, "size": 50},
         "encoding": {"x": x, "y": y, "color": colour, "description": {"field": "desc"}}},
        {"transform": [{"filter": "datum.show"}],
         "mark": {"type": "text", "dy": -11, "fontSize": 11, "fontWeight": "bold"},
         "encoding": {"x": x, "y": y, "text": {"field": "text"}, "color": colour}},
    ]
    changes = [{"year": str(b.year), "text": labels("report_new_set", set=b.criteria_id)}
               for a, b in pairwise(data.years) if a.criteria_id != b.criteria_id]
    if changes:  # a dashed line halfway between the last year of a set and the first of the next
        offset = -WIDTH / (len(years) - 1 + 2 * 0.3) / 2
        layers.append({"data": {"values": changes}, "layer": [
            {"mark": {"type": "rule", "strokeDash": [2, 3], "color": "#777", "xOffset": offset},
             "encoding": {"x": {"field": "year", "type": "ordinal"}}},
            {"mark": {"type": "text", "y": -8, "xOffset": offset, "align": "center",
                      "fontSize": 10, "color": "#555"},
             "encoding": {"x": {"field": "year", "type": "ordinal"},
                          "text": {"field": "text"}}}]})
    spec = base_spec(labels("report_trend", first=years[0], last=years[-1]),
                     wrapped(source_line(data, labels, data.years)))
    spec.update({"width": WIDTH, "height": 320, "data": {"values": values}, "layer": layers})
    return spec


def profile(data: ReportData, labels: Labels, unit: ReportUnit) -> Spec:
    """The unit's area indexes in its last year beside the national and its group's average."""
    year_number = max(unit.years)
    year = next(y for y in data.years if y.year == year_number)
    shown = unit.years[year_number]
    name = unit_name(labels, unit)
    national = labels("report_national")
    group_average = year.groups.get(unit.group) if unit.group is not None else None
    group_name = labels("report_group", group=unit.group) if group_average else None
    values = []
    for area in year.areas:
        label = area_label(labels, year, area.id)
        series = [(name, shown.areas.get(area.id)), (national, year.average.areas.get(area.id))]
        if group_average is not None and group_name is not None:
            series.append((group_name, group_average.areas.get(area.id)))
        for who, value in series:
            if value is not None:
                values.append({"area": label, "series": who, "value": float(value),
                               "text": labels.num(value), "desc": f"{label}, {who}: "
                                                                  f"{labels.num(value)} %"})
    domain = [name, national, *([group_name] if group_name else [])]
    colour = {"field": "series", "type": "nominal", "title": None,
              "scale": {"domain": domain, "range": [HIGHLIGHT, AVERAGE, GROUP][:len(domain)]}}
    y = {"field": "area", "type": "nominal", "sort": None, "title": labels("report_axis_area"),
         "axis": rows_axis(340, None)}
    x = {"field": "value", "type": "quantitative", "title": labels("report_axis_area_index"),
         "scale": {"domain": [0, 100]}}
    spec = base_spec(labels("report_profile", unit=name, year=year_number),
                     wrapped(source_line(data, labels, [year])))
    spec.update({
        "width": WIDTH - 160, "height": {"step": 28}, "data": {"values": values},
        "encoding": {"y": y},
        "layer": [
            {"transform": [{"filter": f"datum.series === {_js(name)}"}],
             "mark": {"aria": True, "type": "bar", "height": 16},
             "encoding": {"x": x, "color": colour, "description": {"field": "desc"}}},
            {"transform": [{"filter": f"datum.series === {_js(name)}"}],
             "mark": {"type": "text", "align": "left", "dx": 4, "fontSize": 10.5},
             "encoding": {"x": x, "text": {"field": "text"}}},
            {"transform": [{"filter": f"datum.series !== {_js(name)}"}],
             "mark": {"aria": True, "type": "tick", "thickness": 3, "size": 24},
             "encoding": {"x": x, "color": colour, "description": {"field": "desc"}}},
        ]})
    return spec


def area_moves(data: ReportData, labels: Labels, unit: CompareUnit) -> Spec:
    """How far each of the unit's area ranks moved between the last two years."""
    old, new = data.years[-2], data.years[-1]
    moved = sorted((n for n in unit.nodes if n.rank_change is not None),
                   key=lambda n: (-(n.rank_change or 0), n.id))
    values = []
    for node in moved:
        change = node.rank_change or 0
        label = area_label(labels, new, node.id)
        values.append({"area": label, "change": change, "dir": _direction(change),
                       "text": f"{signed(labels, change)}  ({node.old_rank} → {node.new_rank})",
                       "desc": f"{label}: {node.old_rank} → {node.new_rank}"})
    name = compare_name(data, labels, unit)
    colour = {"field": "dir", "type": "nominal", "legend": None,
              "scale": {"domain": ["up", "down", "same"], "range": [UP, DOWN, SAME]}}
    y = {"field": "area", "type": "nominal", "sort": None, "title": labels("report_axis_area"),
         "axis": rows_axis(340, None)}
    x = {"field": "change", "type": "quantitative", "title": labels("report_axis_rank_change")}
    spec = base_spec(labels("report_area_moves", unit=name, old=old.year, new=new.year),
                     wrapped(source_line(data, labels, [old, new])))
    spec.update({
        "width": WIDTH - 220, "height": {"step": 24}, "data": {"values": values},
        "encoding": {"y": y},
        "layer": [
            {"mark": {"aria": True, "type": "bar", "height": 14},
             "encoding": {"x": x, "color": colour, "description": {"field": "desc"}}},
            {"mark": {"type": "text", "align": "left", "dx": 4, "fontSize": 10.5},
             "encoding": {"x": {"value": WIDTH - 215}, "text": {"field": "text"},
                          "color": colour}},
        ]})
    return spec


def text_block(lines: Sequence[tuple[str, int, bool]], width: int = WIDTH + 200) -> Spec:
    """Lines of text as a chart (a PDF page's heading and notes): (text, size, bold)."""
    values, top = [], 0
    for text, size, bold in lines:
        values.append({"text": text, "y": top, "size": size, "bold": bold})
        top += int(size * 1.45)
    encoding = {"x": {"value": 0},
                "y": {"field": "y", "type": "quantitative", "scale": None, "axis": None},
                "text": {"field": "text"},
                "size": {"field": "size", "type": "quantitative", "scale": None}}
    return {
        "width": width, "height": top, "data": {"values": values}, "encoding": encoding,
        "layer": [{"transform": [{"filter": f"{'' if bold else '!'}datum.bold"}],
                   "mark": {"type": "text", "align": "left", "baseline": "top",
                            "fontWeight": "bold" if bold else "normal"}}
                  for bold in (True, False)],
    }
