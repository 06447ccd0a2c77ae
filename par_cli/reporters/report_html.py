"""The page of ``par report``: one self-contained HTML file (charts as inline SVG, the style
inline, no script, a Content-Security-Policy that allows no request at all), readable on a
phone and printable (a section a page). Every text from the inputs is escaped here.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape
from pathlib import Path

from par_cli.i18n import Labels

POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:"
FONTS = Path(__file__).resolve().parent.parent / "fonts"
FACES = (("DejaVuSans-par.ttf", 400), ("DejaVuSans-Bold-par.ttf", 700))

STYLE = """
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 980px; padding: 16px; color: #1d1d1d; background: #fff;
  font: 15px/1.5 "DejaVu Sans", sans-serif; }
h1 { font-size: 1.6em; margin: 0.2em 0; line-height: 1.25; }
h2 { font-size: 1.25em; margin: 1.4em 0 0.3em; }
.sub, .source, .intro { color: #444; }
.source { font-size: 0.85em; margin: 0.3em 0; }
.notes { background: #fff7e6; border-left: 4px solid #f2a93b; padding: 4px 14px; margin: 12px 0; }
.notes ul { margin: 0.3em 0; padding-left: 1.2em; }
nav ol { margin: 0.2em 0; padding-left: 1.4em; }
a { color: #1f5c99; }
figure.chart { margin: 8px 0; overflow-x: auto; -webkit-overflow-scrolling: touch; }
figure.chart svg { display: block; max-width: 100%; height: auto; min-width: 460px; }
details { margin: 8px 0; }
summary { cursor: pointer; color: #1f5c99; }
table { border-collapse: collapse; font-size: 0.85em; margin: 6px 0; }
th, td { border: 1px solid #ddd; padding: 2px 6px; text-align: left; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
.table { overflow-x: auto; }
footer { margin-top: 2em; color: #555; font-size: 0.85em; }
@media (max-width: 600px) { body { padding: 10px; font-size: 14px; } h1 { font-size: 1.3em; } }
@page { size: A4; margin: 12mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  nav, details { display: none; }
  section.chart-section + section.chart-section { break-before: page; }
  figure.chart { overflow: visible; }
  figure.chart svg { min-width: 0; max-height: 245mm; width: auto; max-width: 100%; }
}
""".strip()


@dataclass(frozen=True)
class Table:
    head: Sequence[str]
    rows: Sequence[Sequence[str]]
    numeric: frozenset[int] = frozenset()  # columns aligned right


@dataclass(frozen=True)
class Section:
    id: str
    title: str
    intro: str
    charts: Sequence[str]  # SVG text
    source: str
    more: Sequence[str] = ()  # further sentences under the charts
    table: Table | None = None


@dataclass(frozen=True)
class Page:
    title: str
    subtitle: str
    notes: Sequence[str]
    sections: Sequence[Section]
    footer: str


_ID = re.compile(r'\bid="([^"]+)"')


def inline_svg(svg: str, prefix: str) -> str:
    """An SVG of vl-convert made fit to sit beside others in one page: its ids (clip paths,
    gradients) made unique, and the namespace declarations an HTML parser does not need
    dropped (a page that names no address at all is easy to check)."""
    ids = set(_ID.findall(svg))
    for name in sorted(ids, key=len, reverse=True):
        svg = (svg.replace(f'id="{name}"', f'id="{prefix}-{name}"')
               .replace(f"url(#{name})", f"url(#{prefix}-{name})")
               .replace(f'href="#{name}"', f'href="#{prefix}-{name}"'))
    svg = re.sub(r'\s+xmlns(:\w+)?="[^"]*"', "", svg, count=2)
    svg = re.sub(r"^<\?xml[^>]*>\s*", "", svg)
    return svg


def font_faces() -> str:
    """The fonts the charts were measured with, inline: the page reads the same everywhere."""
    faces = []
    for name, weight in FACES:
        data = base64.b64encode((FONTS / name).read_bytes()).decode("ascii")
        faces.append(f'@font-face {{ font-family: "DejaVu Sans"; font-weight: {weight}; '
                     f'font-style: normal; src: url(data:font/ttf;base64,{data}) '
                     'format("truetype"); }')
    return "\n".join(faces)


def _table(table: Table, labels: Labels) -> str:
    head = "".join(f'<th{" class=n" if i in table.numeric else ""}>{escape(h)}</th>'
                   for i, h in enumerate(table.head))
    body = "".join(
        "<tr>" + "".join(f'<td{" class=n" if i in table.numeric else ""}>{escape(c)}</td>'
                         for i, c in enumerate(row)) + "</tr>"
        for row in table.rows)
    return (f"<details><summary>{escape(labels('report_figures'))}</summary><div class=table>"
            f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>"
            "</details>")


def render_page(page: Page, labels: Labels) -> str:
    lang = labels.lang.value
    parts = [
        "<!DOCTYPE html>", f'<html lang="{lang}">', "<head>", '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta http-equiv="Content-Security-Policy" content="{POLICY}">',
        '<meta name="generator" content="par">',
        f"<title>{escape(page.title)}</title>",
        f"<style>\n{font_faces()}\n{STYLE}\n</style>", "</head>",
        "<body>", "<header>", f"<h1>{escape(page.title)}</h1>",
        f'<p class="sub">{escape(page.subtitle)}</p>', "</header>",
    ]
    if page.notes:
        items = "".join(f"<li>{escape(note)}</li>" for note in page.notes)
        parts.append(f'<section class="notes" aria-label="{escape(labels("report_notes"))}">'
                     f"<h2>{escape(labels('report_notes'))}</h2><ul>{items}</ul></section>")
    links = "".join(f'<li><a href="#{s.id}">{escape(s.title)}</a></li>' for s in page.sections)
    parts.append(f"<nav><h2>{escape(labels('report_contents'))}</h2><ol>{links}</ol></nav>")
    for number, section in enumerate(page.sections, start=1):
        parts.append(f'<section class="chart-section" id="{section.id}">')
        parts.append(f"<h2>{number}. {escape(section.title)}</h2>")
        parts.append(f'<p class="intro">{escape(section.intro)}</p>')
        for index, svg in enumerate(section.charts, start=1):
            parts.append(f'<figure class="chart" data-chart="{section.id}-{index}">'
                         f"{inline_svg(svg, f'{section.id}-{index}')}</figure>")
        parts.extend(f"<p>{escape(sentence)}</p>" for sentence in section.more)
        parts.append(f'<p class="source">{escape(section.source)}</p>')
        if section.table is not None:
            parts.append(_table(section.table, labels))
        parts.append("</section>")
    parts += [f"<footer>{escape(page.footer)}</footer>", "</body>", "</html>", ""]
    return "\n".join(parts)
