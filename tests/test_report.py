"""``par report`` (docs/commands.md, ``par report``): the page's structure (every chart, titles,
no address), the figures drawn equal ``par score``'s, Vietnamese throughout, the PDF a page a
section, charts as SVG and PNG, bad inputs, several years read through one core function, and
the page opened in a real browser with no network."""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import subprocess
import sys
import zlib
from decimal import Decimal
from pathlib import Path

import pytest
from helpers import REPO, as_json, cli
from test_vietnamese import english_in

from par_cli.report_data import check_unit, report_years

Y2022 = REPO / "examples" / "provinces" / "2022"
Y2023 = REPO / "examples" / "provinces" / "2023"
Y2024 = REPO / "examples" / "provinces" / "2024"
SECTIONS = ["ranked", "heatmap", "movement", "trend", "profile"]


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("report")


@pytest.fixture(scope="module")
def page_vi(folder: Path) -> Path:
    """The example report: three years (2024 under a new criteria set), Long An, Vietnamese."""
    out = folder / "report.html"
    code, stdout, err = cli("report", Y2024, Y2022, Y2023, "--unit", "long-an", "--lang", "vi",
                            "-o", out)
    assert code == 0, err
    assert stdout == "" and f"đã ghi {out}" in err
    return out


def _text(page: str) -> str:
    """What a person reads: the page without its style, tags and SVG markup."""
    body = re.sub(r"<style>.*?</style>", " ", page, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", "\n", body))


def _labels(page: str, section: str) -> list[str]:
    """The accessible descriptions of the marks a chart draws (its numbers as shown)."""
    chart = re.search(rf'<figure class="chart" data-chart="{section}-1">(.*?)</figure>', page,
                      re.S)
    assert chart is not None, section
    return [html.unescape(a) for a in re.findall(r'aria-label="([^"]*)"', chart.group(1))]


# ---- structure -------------------------------------------------------------------------------


def test_the_page_holds_every_chart_with_titles_and_asks_for_nothing(page_vi: Path) -> None:
    page = page_vi.read_text("utf-8")
    for section in SECTIONS:
        assert f'<section class="chart-section" id="{section}">' in page
        assert f'data-chart="{section}-1"><svg' in page
    assert page.count("<svg") == 6  # the profile has two charts: areas, area ranks
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    fonts = re.findall(r"url\(data:font/ttf;base64,[A-Za-z0-9+/=]+\)", page)
    assert len(fonts) == 2  # regular and bold, inline
    scanned = re.sub(r"url\(data:font/ttf;base64,[A-Za-z0-9+/=]+\)", "", page)
    assert not re.search(r"https?:|//[a-z]|<script|<link|<img|<iframe|@import", scanned, re.I)
    assert not re.search(r"url\((?!#)", scanned)  # only references inside the page
    text = _text(page)
    for title in ("Chỉ số năm 2024, xếp hạng", "Chỉ số các lĩnh vực năm 2024",
                  "Thay đổi thứ hạng 2023 → 2024", "Chỉ số 2022–2024",
                  "Long An: chỉ số các lĩnh vực năm 2024",
                  "Long An: thứ hạng các lĩnh vực 2023 → 2024"):
        assert title in text, title
    for axis in ("Chỉ số %", "Đơn vị", "Lĩnh vực", "Thứ hạng", "Năm", "Chỉ số lĩnh vực %"):
        assert f">{axis}</text>" in page, axis
    source = ("Nguồn: par-province-2024 (2024). Chỉ số được cắt bớt (làm tròn xuống) đến 2 chữ "
              "số thập phân.")
    assert source in text


def test_notes_are_printed_on_the_page(page_vi: Path) -> None:
    text = " ".join(_text(page_vi.read_text("utf-8")).split())
    assert "phương pháp đánh giá thay đổi giữa năm 2023 (par-province-2022) và năm 2024" in text
    assert "'par-province-2022' có điểm tối đa tạm thời" in text
    assert "bộ tiêu chí mới: par-province-2024" in text  # marked on the trend chart
    assert "6. Cải cách tài chính công (điểm tối đa tạm thời: chưa có nguồn công khai)" in text


def test_everything_a_person_reads_is_vietnamese(page_vi: Path) -> None:
    text = _text(page_vi.read_text("utf-8"))
    assert english_in(text) == []
    assert "Hải Phòng" in text and "Cải cách thủ tục hành chính" in text
    assert "Hai Phong" not in text


# ---- the figures drawn are par score's --------------------------------------------------------


def test_the_figures_drawn_equal_par_score(page_vi: Path) -> None:
    page = page_vi.read_text("utf-8")
    code, out, _ = cli("score", Y2024, "--format", "json")
    assert code == 0
    score = as_json(out)

    def vi(value: Decimal) -> str:
        return f"{value:.2f}".replace(".", ",")

    bars = dict(label.rsplit(": ", 1) for label in _labels(page, "ranked"))
    assert len(bars) == 64  # 63 provinces and the national average
    for unit in score["units"]:
        assert bars[unit["name_vi"] or unit["name"]] == f"{vi(unit['index'])} %"
    assert bars["trung bình cả nước"] == f"{vi(score['summary']['average_index'])} %" \
        == "88,37 %"
    cells = dict(label.rsplit(": ", 1) for label in _labels(page, "heatmap"))
    for unit in score["units"]:
        for node in unit["nodes"]:
            assert cells[f"{unit['name_vi']}, {node['id']}"] == f"{vi(node['index'])} %"
    profile = dict(label.rsplit(": ", 1) for label in _labels(page, "profile"))
    averages = score["summary"]["area_averages"]
    assert profile["3. Cải cách thủ tục hành chính, trung bình cả nước"] == \
        f"{vi(averages['3'])} %"


def test_rank_moves_and_trends_are_par_compare_and_score(page_vi: Path) -> None:
    page = page_vi.read_text("utf-8")
    code, out, _ = cli("compare", Y2023, Y2024, "--format", "json")
    assert code == 0
    moves = {u["name_vi"]: u for u in as_json(out)["units"]}
    arrows = _labels(page, "movement")
    assert len(arrows) == 63
    for label in arrows:  # "8. Đồng Nai: 32 → 8 (▲ 24)"
        name, rest = label.split(". ", 1)[1].rsplit(": ", 1)
        unit = moves[name]
        change = unit["rank_change"]
        sign = f"▲ {change}" if change > 0 else f"▼ {-change}" if change < 0 else "= 0"
        assert rest == f"{unit['old']['rank']} → {unit['new']['rank']} ({sign})"
    assert "8. Đồng Nai: 32 → 8 (▲ 24)" in arrows
    trend = _labels(page, "trend")
    assert {"trung bình cả nước 2022: 84,79 %", "trung bình cả nước 2023: 86,98 %",
            "Long An 2022: 87,41 %", "Long An 2023: 89,22 %", "Long An 2024: 89,68 %"} \
        <= set(trend)


# ---- PDF, charts, English --------------------------------------------------------------------


def test_the_pdf_has_a_page_per_section(folder: Path) -> None:
    import pypdf

    out = folder / "report.pdf"
    code, _, err = cli("report", Y2022, Y2023, Y2024, "--unit", "long-an", "-o", out, "-q")
    assert code == 0, err
    data = out.read_bytes()
    assert data.startswith(b"%PDF-")
    pages = pypdf.PdfReader(out).pages
    assert len(pages) == len(SECTIONS)
    assert {(round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in pages} \
        == {(595, 842)}  # A4, for printing
    first = pages[0].extract_text()
    assert "Index 2024, ranked" in first and "the methodology changes between 2023" in first
    assert "Long An: area ranks 2023 → 2024" in pages[4].extract_text()
    assert "Rank movement 2023 → 2024" in pages[2].extract_text()


def test_one_year_has_no_movement_and_writes_charts(folder: Path) -> None:
    out, charts = folder / "one.html", folder / "charts" / "new"
    code, _, err = cli("report", Y2023, "-o", out, "--charts-dir", charts)
    assert code == 0, err
    assert "only one year was given (2023): the report has no rank movement" in err
    page = out.read_text("utf-8")
    assert 'id="movement"' not in page and 'id="trend"' not in page
    assert "only one year was given" in page
    assert sorted(p.name for p in charts.iterdir()) == [
        "1-ranked-bars.png", "1-ranked-bars.svg", "2-area-heat-map.png", "2-area-heat-map.svg"]
    assert (charts / "1-ranked-bars.png").read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    assert "Index 2023, ranked" in (charts / "1-ranked-bars.svg").read_text("utf-8")


# ---- bad inputs ------------------------------------------------------------------------------


@pytest.mark.parametrize(("args", "code", "said"), [
    (["-o", "report.docx"], 2, "report.docx: par report writes a .html or a .pdf file"),
    (["--unit", "longan", "-o", "r.html"], 1,
     "unit 'longan' is in no year; did you mean 'long-an'?"),
    (["--unit", "Hải Phòng", "-o", "r.html"], 1, "did you mean 'hai-phong'?"),
    ([str(Y2023), "-o", "r.html"], 1, f"2023 is given twice: {Y2023} and {Y2023}"),
    ([str(REPO / "nowhere"), "-o", "r.html"], 2, "nowhere: no such file or folder"),
])
def test_bad_inputs_are_one_line_and_write_nothing(
    args: list[str], code: int, said: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    got, out, err = cli("report", Y2022, Y2023, *args)
    assert got == code, err
    assert out == "" and said in err.splitlines()[-1]
    assert not list(tmp_path.iterdir())


def test_an_unknown_id_in_the_map_is_exit_1(tmp_path: Path) -> None:
    mapping = tmp_path / "map.yaml"
    mapping.write_text("long-an: tay-ninh\nnowhere: somewhere\n", encoding="utf-8")
    code, _, err = cli("report", Y2022, Y2023, "--map", mapping, "-o", tmp_path / "r.html")
    assert code == 1
    assert "unit 'nowhere' is in no year" in err


def test_without_the_extra_the_install_line_is_said(monkeypatch: pytest.MonkeyPatch,
                                                    tmp_path: Path) -> None:
    import vl_convert

    monkeypatch.setitem(sys.modules, "vl_convert", None)  # import vl_convert fails
    code, _, err = cli("report", Y2023, "-o", tmp_path / "r.html", "--lang", "vi")
    assert code == 2
    assert "pip install 'par-cli[report]'" in err and "vẽ biểu đồ" in err
    monkeypatch.setitem(sys.modules, "vl_convert", vl_convert)
    monkeypatch.setitem(sys.modules, "pypdf", None)
    code, _, err = cli("report", Y2023, "-o", tmp_path / "r.pdf")
    assert code == 2 and "pip install 'par-cli[report]'" in err


def test_hostile_names_are_escaped(tmp_path: Path) -> None:
    year = tmp_path / "2023"
    shutil.copytree(Y2023, year)
    target = year / "long-an.yaml"
    target.write_text(target.read_text("utf-8").replace(
        "name: Long An", 'name: "<script>alert(1)</script> & Co"'), "utf-8")
    out = tmp_path / "r.html"
    code, _, err = cli("report", year, "-o", out, "--unit", "long-an")
    assert code == 0, err
    page = out.read_text("utf-8")
    assert "<script" not in page and "&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co" in page


# ---- several years behind one function (renames, mergers, score JSON) -----------------------


def test_years_from_score_json_follow_renames_and_mergers(tmp_path: Path) -> None:
    code, out, _ = cli("score", Y2022, "--format", "json")
    assert code == 0
    old = json.loads(out)
    for unit in old["units"]:  # 2022 knew Long An as long-an-old, and a unit merged after it
        if unit["unit"] in ("long-an", "bac-kan"):
            unit["unit"] += "-old"
    (tmp_path / "2022.json").write_text(json.dumps(old), "utf-8")
    mapping = tmp_path / "map.yaml"
    mapping.write_text("long-an-old: long-an\nbac-kan-old: thai-nguyen\n", "utf-8")
    data = report_years([Y2023, tmp_path / "2022.json"], [], mapping)
    assert [y.year for y in data.years] == [2022, 2023]
    long_an = data.unit("long-an")
    assert long_an is not None and long_an.former_ids == ("long-an-old",)
    assert long_an.years[2022].index == Decimal("87.41")
    assert long_an.years[2023].index == Decimal("89.22") and long_an.years[2023].rank == 8
    assert data.unit("long-an-old") is None
    assert check_unit(data, "long-an-old") is long_an  # --unit by the id it had before
    merged = data.unit("bac-kan-old")  # its row ends in 2022; Thai Nguyen's runs on
    assert merged is not None and merged.merged_into == "thai-nguyen"
    assert list(merged.years) == [2022] and data.units[-1] is merged
    assert data.years[0].average.index == Decimal("84.79")
    assert data.years[0].groups == {}  # a score JSON carries no groups
    assert data.years[1].groups["mekong-delta"].units == 13
    assert data.movement is not None
    renamed = next(u for u in data.movement.units if u.unit == "long-an")
    assert renamed.old_unit == "long-an-old" and renamed.index_change == Decimal("1.81")


def test_a_published_table_is_a_year_and_without_areas_has_no_heat_map(tmp_path: Path) -> None:
    code, out, _ = cli("score", Y2024, "--format", "csv")
    assert code == 0
    table = tmp_path / "2024.csv"
    table.write_text(out, "utf-8")
    data = report_years([table, Y2023], [], None)
    assert [y.year for y in data.years] == [2023, 2024] and data.last.ranked == 63
    long_an = data.unit("long-an")
    assert long_an is not None and long_an.years[2024].index == Decimal("89.68")
    assert long_an.years[2024].areas["3"] == Decimal("99.45")
    slim = tmp_path / "slim" / "2024.csv"  # the published columns only: no area indexes
    slim.parent.mkdir()
    rows = [line.split(",") for line in out.splitlines()]
    keep = [rows[0].index(name) for name in ("rank", "unit", "name", "index")]
    slim.write_text("\n".join(",".join(row[i] for i in keep) for row in rows), "utf-8")
    page = tmp_path / "r.html"
    code, _, err = cli("report", Y2023, slim, "--unit", "long-an", "-o", page)
    assert code == 0, err
    text = page.read_text("utf-8")
    assert 'id="ranked"' in text and 'id="movement"' in text and 'id="trend"' in text
    assert 'id="heatmap"' not in text and 'id="profile"' not in text
    assert f"Source: {slim} (2024)" in text


# ---- a real browser, no network ----------------------------------------------------------------

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def _chromium(page: Path, profile: Path, *action: str) -> subprocess.CompletedProcess[str]:
    assert CHROMIUM is not None
    return subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
         "--no-first-run", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", f"--user-data-dir={profile}", "--host-resolver-rules=MAP * ~NOTFOUND",
         "--enable-logging=stderr", "--v=0", *action, page.as_uri()],
        capture_output=True, text=True, timeout=90, check=False)


def _distinct_bytes(png: bytes) -> int:
    """How varied a PNG's pixel data is: a blank page (one colour) gives a handful of values."""
    assert png.startswith(b"\x89PNG")
    data, at = b"", 8
    while at < len(png):
        length = int.from_bytes(png[at:at + 4], "big")
        if png[at + 4:at + 8] == b"IDAT":
            data += png[at + 8:at + 8 + length]
        at += 12 + length
    return len(set(zlib.decompress(data)))


@pytest.mark.browser
def test_the_page_opens_in_chromium_without_network_or_console_errors(
    page_vi: Path, tmp_path: Path,
) -> None:
    """Two Chromium launches (a few seconds each): the DOM with its console, then a screenshot."""
    if CHROMIUM is None:
        if os.environ.get("CI"):
            pytest.fail("Chromium is missing: .ci/run installs it (apt-get install chromium)")
        pytest.skip("Chromium is not installed (apt-get install chromium): browser test skipped")
    dom = _chromium(page_vi, tmp_path / "profile-dom", "--dump-dom")
    assert dom.returncode == 0, dom.stderr[-2000:]
    console = [line for line in dom.stderr.splitlines() if "CONSOLE" in line]
    assert console == []  # a blocked request would be a CSP violation said here
    for section in SECTIONS:
        assert re.search(rf'data-chart="{section}-1"><svg[^>]*>.*?<path', dom.stdout, re.S)
    assert "Chỉ số năm 2024, xếp hạng" in dom.stdout and "Hải Phòng" in dom.stdout
    shot = tmp_path / "shot.png"
    done = _chromium(page_vi, tmp_path / "profile-shot", f"--screenshot={shot}",
                     "--window-size=900,1400", "--hide-scrollbars")
    assert done.returncode == 0 and shot.is_file(), done.stderr[-2000:]
    assert not [line for line in done.stderr.splitlines() if "CONSOLE" in line]
    assert _distinct_bytes(shot.read_bytes()) > 32
