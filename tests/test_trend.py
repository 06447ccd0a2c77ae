"""``par trend`` (docs/commands.md#par-trend): units followed over several years, each year a
folder of submissions, a score JSON or a published results table; renames and mergers through
``--map``; a unit's story in sentences; every bad input located, nothing written on failure."""

from __future__ import annotations

import csv
import importlib.util
import io
import random
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from helpers import PUBLISHED, REPO, YEARS, as_json, cli, par

from par_cli.i18n import ENGLISH
from par_cli.reporters.trend_rows import sparkline, trend_grid
from par_cli.trend import trend_years
from par_cli.vietnamese import vietnamese_sort_key
from par_cli.years import read_unit_map

MAP_2025 = REPO / "examples" / "maps" / "2025.yaml"


def _json(*args: str | Path) -> dict[str, Any]:
    code, out, err = cli("trend", *args, "-f", "json")
    assert code == 0, err
    data: dict[str, Any] = as_json(out)
    return data


@pytest.fixture(scope="module")
def scores() -> dict[int, dict[str, Any]]:
    """Each example year as ``par score --format json`` says it."""
    found = {}
    for year, folder in YEARS.items():
        code, out, err = cli("score", folder, "-f", "json")
        assert code == 0, err
        found[year] = as_json(out)
    return found


@pytest.fixture(scope="module")
def trend() -> dict[str, Any]:
    return _json(YEARS[2024], YEARS[2022], YEARS[2023])  # any order: sorted by year


def test_each_year_is_what_par_score_says(scores: dict[int, dict[str, Any]],
                                          trend: dict[str, Any]) -> None:
    assert trend["years"] == [2022, 2023, 2024]
    assert trend["criteria"] == {str(y): s["criteria"]["id"] for y, s in scores.items()}
    rows = {u["unit"]: u for u in trend["units"]}
    for year, score in scores.items():
        assert trend["ranked"][str(year)] == score["summary"]["ranked"]
        for unit in score["units"]:
            assert rows[unit["unit"]]["years"][str(year)] == {
                "index": unit["index"], "rank": unit["rank"], "band": unit["band"]}
    present = {unit["unit"] for s in scores.values() for unit in s["units"]}
    assert set(rows) == present
    for row in rows.values():
        shown = [(int(y), e) for y, e in row["years"].items() if e is not None]
        (first, start), (last, end) = shown[0], shown[-1]
        assert set(row["years"]) == {"2022", "2023", "2024"}
        if first == last:
            assert row["change"] is None
            continue
        assert row["change"] == {"from": first, "to": last,
                                 "index": end["index"] - start["index"],
                                 "rank": start["rank"] - end["rank"]}


def test_long_an_over_the_three_years(trend: dict[str, Any]) -> None:
    long_an = next(u for u in trend["units"] if u["unit"] == "long-an")
    assert long_an["years"]["2022"] == {"index": Decimal("87.41"), "rank": 8, "band": "B"}
    assert long_an["years"]["2023"] == {"index": Decimal("89.22"), "rank": 8, "band": "B"}
    assert long_an["years"]["2024"]["index"] == Decimal("89.68")
    assert long_an["change"]["index"] == Decimal("2.27")
    assert (long_an["merged_into"], long_an["formerly"]) == (None, [])


def test_published_tables_and_score_json_read_as_the_folders(tmp_path: Path,
                                                             trend: dict[str, Any]) -> None:
    assert _json(*PUBLISHED.values()) == trend
    saved = tmp_path / "2023.json"
    out = cli("score", YEARS[2023], "-f", "json")[1]
    saved.write_text(out, encoding="utf-8")
    assert _json(PUBLISHED[2022], saved, YEARS[2024]) == trend


def _generator() -> Any:
    spec = importlib.util.spec_from_file_location(
        "generate_published", REPO / "examples" / "generate_published.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_published_tables_say_what_the_examples_say(scores: dict[int, dict[str, Any]]
                                                        ) -> None:
    """examples/published/ is made by examples/generate_published.py from par score."""
    generator = _generator()
    assert generator.sources() == YEARS
    for year, score in scores.items():
        assert PUBLISHED[year].read_text(encoding="utf-8") == generator.render(score), year


# ---- --map: the 2025 merger, renames -------------------------------------------------------


def test_the_2025_map_names_the_example_units() -> None:
    mapping = read_unit_map(MAP_2025)
    provinces = {p.stem for p in YEARS[2022].glob("*.yaml")}
    assert len(provinces) == 63 and len(mapping) == 29
    assert set(mapping) | set(mapping.values()) <= provinces
    assert not set(mapping) & set(mapping.values())  # a unit merged away is no one's target
    assert len(provinces - set(mapping)) == 34
    assert mapping["long-an"] == "tay-ninh"
    text = MAP_2025.read_text(encoding="utf-8")
    entries = [line for line in text.splitlines() if line and not line.startswith("#")]
    assert len(entries) == 29 and all("# Resolution 202/2025/QH15: " in e for e in entries)


def _year_2025(tmp_path: Path) -> Path:
    """An invented 2025 of the 34 provinces that the 2025 map leaves (not real results)."""
    kept = sorted({p.stem for p in YEARS[2023].glob("*.yaml")} - set(read_unit_map(MAP_2025)))
    rng = random.Random(2025)
    indexes = sorted((Decimal(rng.randint(8500, 9600)) / 100 for _ in kept), reverse=True)
    path = tmp_path / "par-2025.csv"
    rows = ["unit,name,index,rank"] + [f"{unit},{unit.replace('-', ' ').title()},{index},{rank}"
                                      for rank, (unit, index) in
                                      enumerate(zip(rng.sample(kept, len(kept)), indexes,
                                                    strict=True), 1)]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_a_merger_ends_the_old_row_and_the_unit_it_joined_runs_on(tmp_path: Path) -> None:
    data = _json(YEARS[2023], _year_2025(tmp_path), "--map", MAP_2025)
    rows = {u["unit"]: u for u in data["units"]}
    assert len(rows) == 63
    long_an, tay_ninh = rows["long-an"], rows["tay-ninh"]
    assert long_an["merged_into"] == "tay-ninh" and long_an["years"]["2025"] is None
    assert long_an["years"]["2023"]["rank"] == 8
    assert tay_ninh["merged_into"] is None
    assert None not in tay_ninh["years"].values()
    assert tay_ninh["change"]["from"] == 2023 and tay_ninh["change"]["to"] == 2025
    merged = [u for u in data["units"] if u["merged_into"]]
    assert len(merged) == 29
    # the order: the 34 units of 2025 by their 2025 rank, then the 29 merged by 2023 rank
    assert [u["years"]["2025"]["rank"] for u in data["units"][:34]] == list(range(1, 35))
    ends = [u["years"]["2023"]["rank"] for u in data["units"][34:]]
    assert ends == sorted(ends)
    code, out, _ = cli("trend", YEARS[2023], _year_2025(tmp_path), "--map", MAP_2025)
    assert code == 0 and "Long An (→ Tay Ninh)" in out


def test_the_merger_told_in_both_languages(tmp_path: Path) -> None:
    year_2025 = _year_2025(tmp_path)
    code, out, _ = cli("trend", YEARS[2023], year_2025, "--map", MAP_2025, "--unit", "long-an")
    assert code == 0
    assert "Long An (long-an) is scored in 2023 only." in out
    assert "After 2023 it merged into Tay Ninh (tay-ninh), whose row runs on." in out
    code, out, _ = cli("trend", YEARS[2023], year_2025, "--map", MAP_2025, "--unit", "tay-ninh",
                       "--lang", "vi")
    assert code == 0
    assert "Các đơn vị đã sáp nhập vào: Long An (long-an)." in out
    code, out, _ = cli("trend", YEARS[2023], year_2025, "--map", MAP_2025, "--unit", "long-an",
                       "--lang", "vi")
    assert "Sau năm 2023, đơn vị sáp nhập vào Tay Ninh (tay-ninh)" in out


def _table(path: Path, rows: list[tuple[str, str, str]]) -> Path:
    lines = ["unit,name,index,rank"] + [f"{u},{u.title()},{i},{r}" for u, i, r in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_rename_runs_on_and_a_merger_into_a_new_unit_ends_both(tmp_path: Path) -> None:
    first = _table(tmp_path / "2021.csv", [("old-a", "90", "1"), ("x", "80", "2"),
                                           ("y", "70", "3"), ("stay", "60", "4")])
    second = _table(tmp_path / "2022.csv", [("new-a", "91", "1"), ("z", "85", "2"),
                                            ("stay", "50", "3")])
    links = tmp_path / "map.yaml"
    links.write_text("old-a: new-a\nx: z\ny: z\nstay: z\n", encoding="utf-8")
    code, out, err = cli("trend", first, second, "--map", links, "-f", "json")
    assert code == 0, err
    rows = {u["unit"]: u for u in as_json(out)["units"]}
    assert set(rows) == {"new-a", "x", "y", "z", "stay"}
    assert rows["new-a"]["formerly"] == ["old-a"]
    assert rows["new-a"]["years"]["2021"] == {"index": 90, "rank": 1, "band": None,
                                              "unit": "old-a"}
    assert rows["new-a"]["change"] == {"from": 2021, "to": 2022, "index": 1, "rank": 0}
    assert rows["x"]["merged_into"] == rows["y"]["merged_into"] == "z"
    assert rows["z"]["years"]["2021"] is None
    assert rows["stay"]["merged_into"] is None  # still scored in the last year
    assert "1 --map entry(ies) name units still scored in the last year, 2022" in err
    assert ("ranks are places among fields of different sizes: 4 ranked in 2021; 3 ranked in "
            "2022") in err
    code, out, _ = cli("trend", first, second, "--map", links, "--unit", "old-a")
    assert code == 0 and "- 2021 (as old-a): index 90.00 %, ranked 1/4." in out


# ---- the story, the table and the formats ----------------------------------------------------


def test_the_story_of_a_unit_in_both_languages() -> None:
    code, out, err = cli("trend", *YEARS.values(), "--unit", "long-an")
    assert code == 0, err
    assert ("Long An (long-an), 2022 → 2024: index 89.68 %, up 2.27 percentage points from "
            "87.41 %") in out
    assert "- 2022: index 87.41 %, ranked 8/63, band B." in out
    assert "- 3 Administrative procedure reform: 80.00 → 99.84 → " in out
    code, out, _ = cli("trend", *YEARS.values(), "--unit", "long-an", "--lang", "vi")
    assert code == 0
    assert ("Long An (long-an), 2022 → 2024: chỉ số 89,68 %, tăng 2,27 điểm phần trăm so với "
            "87,41 %") in out
    assert "- Năm 2022: chỉ số 87,41 %, xếp hạng 8/63, xếp loại B." in out
    assert "- 3 Cải cách thủ tục hành chính: 80,00 → 99,84 → " in out
    assert "Lưu ý: phương pháp đánh giá thay đổi giữa năm 2023 (par-province-2022)" in out
    code, _, err = cli("trend", *YEARS.values(), "--unit", "Long An")
    assert code == 1 and "did you mean 'long-an'?" in err


def test_sort_by_change_and_by_name() -> None:
    units = _json(*YEARS.values(), "--sort", "change")["units"]
    changes = [u["change"]["index"] for u in units if u["change"] is not None]
    assert changes == sorted(changes, reverse=True)
    rows = _json(*YEARS.values(), "--sort", "name", "--lang", "vi")["units"]
    names = [u["name_vi"] for u in rows]
    assert names == sorted(names, key=vietnamese_sort_key)
    assert names.index("Đồng Tháp") < names.index("Gia Lai")  # đ after d, not after z


def test_the_table_and_the_formats(tmp_path: Path) -> None:
    code, out, err = cli("trend", *YEARS.values())
    assert code == 0, err
    head = next(line for line in out.splitlines() if "Rank trend" in line).split()
    assert head == ["Unit", "2022", "2023", "2024", "Change", "Rank", "move", "Rank", "trend"]
    assert "87.41 (8)" in out and "each year: index % (rank)" in out
    code, out, _ = cli("trend", *YEARS.values(), "-f", "csv")
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0][:6] == ["unit", "name", "name_vi", "2022 index", "2022 rank", "2022 band"]
    assert rows[0][-6:] == ["first", "last", "index_change", "rank_change", "merged_into",
                            "formerly"]
    code, out, _ = cli("trend", *YEARS.values(), "-f", "markdown", "--lang", "vi")
    assert out.startswith("## ") and "| Đơn vị | 2022 | 2023 | 2024 |" in out and "> Lưu ý:" in out
    book = tmp_path / "trend.xlsx"
    code, _, err = cli("trend", *YEARS.values(), "-o", book)
    assert code == 0, err
    from openpyxl import load_workbook

    sheets = load_workbook(book).sheetnames
    assert sheets == ["trend", "years"]


def test_a_terminal_table_fits_its_width_and_says_which_years_it_shows() -> None:
    rows = [(f"unit-{i}", str(80 + i), str(10 - i)) for i in range(10)]
    views = []
    for year in range(2012, 2025):
        path = Path(f"/nonexistent/{year}.csv")
        views.append(_view(path, year, rows))
    report = trend_years(views)
    grid = trend_grid(report, ENGLISH, 80)
    shown = [h for h in grid.headers if h.isdigit()]
    assert 1 <= len(shown) < 13 and shown[-1] == "2024"
    assert any(f"years {shown[0]}–2024 shown (the last {len(shown)} of 13, from 2012" in line
               for line in grid.footer)
    width = sum(max([len(h), *(len(r[i]) for r in grid.rows)]) + 3
                for i, h in enumerate(grid.headers)) + 1
    assert width <= 80
    assert len(trend_grid(report, ENGLISH).headers) == 13 + 4  # piped: every year
    assert sparkline(report.units[0], report) == "█" * 13  # first of 10 every year
    assert sparkline(report.units[-1], report) == "▁" * 13  # last


def _view(path: Path, year: int, rows: list[tuple[str, str, str]]) -> Any:
    from par_cli.compare import UnitView, YearView
    from par_cli.models import Display

    units = {u: UnitView(unit=u, name=u, name_vi=None, rank=int(r), points=Decimal(i),
                         max=Decimal(100), band=None, nodes={}) for u, i, r in rows}
    return YearView(criteria_id="", title="t", year=year, display=Display(), node_names={},
                    units=units, ranked_count=len(units), source=str(path))


# ---- bad inputs -------------------------------------------------------------------------------


def test_fewer_than_two_years_is_refused() -> None:
    code, out, err = cli("trend", YEARS[2023])
    assert (code, out) == (2, "")
    assert "par trend needs two or more years, got 1" in err


def test_two_inputs_of_one_year_are_refused_naming_both(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    code, out, err = cli("trend", YEARS[2023], PUBLISHED[2023], "-o", target)
    assert (code, out) == (1, "")
    assert f"2023 is given twice: {YEARS[2023]} and {PUBLISHED[2023]}" in err
    assert not target.exists()


def test_a_year_whose_units_are_in_no_other_year_is_said(tmp_path: Path) -> None:
    lonely = _table(tmp_path / "2021.csv", [("so-noi-vu", "88", "1")])
    code, _, err = cli("trend", lonely, YEARS[2022])
    assert code == 0
    assert f"2021 ({lonely}): none of its 1 unit(s) is in another year" in err


def test_a_map_naming_units_in_no_year_is_exit_1(tmp_path: Path) -> None:
    links = tmp_path / "map.yaml"
    links.write_text("long-an: tay-ninh\nnowhere: ha-noi\n", encoding="utf-8")
    code, out, err = cli("trend", YEARS[2022], YEARS[2023], "--map", links)
    assert (code, out) == (1, "")
    assert "unit 'nowhere' is in no year [unit-map]" in err
    other = tmp_path / "other.yaml"
    other.write_text("long-an: ha-noi\n", encoding="utf-8")
    code, _, err = cli("trend", YEARS[2022], YEARS[2023], "--map", links, "--map", other)
    assert code == 1 and "'long-an' is mapped to 'tay-ninh' and to 'ha-noi' [unit-map]" in err


def test_a_score_json_of_another_criteria_set_is_noted(tmp_path: Path) -> None:
    code, out, _ = cli("score", YEARS[2022], "-f", "json")
    other = tmp_path / "2022.json"
    other.write_text(out.replace('"id": "par-province-2022"', '"id": "par-province-2016"', 1),
                     encoding="utf-8")
    code, _, err = cli("trend", other, YEARS[2023])
    assert code == 0
    assert f"{other}: criteria set 'par-province-2016' not found" in err
    assert "the methodology changes between 2022 (par-province-2016) and 2023" in err


def test_a_published_table_with_problems_is_refused_with_every_problem_located(
        tmp_path: Path) -> None:
    bad = tmp_path / "results.csv"
    bad.write_text("unit,name,index,rank,indx,year\n"
                   "long-an,Long An,\"89,22\",8,1,2023\n"
                   "long-an,Long An,89.22,70,1,2023\n"
                   "Ha Noi,,101,x,1,2022\n", encoding="utf-8")
    target = tmp_path / "out.csv"
    code, out, err = cli("trend", bad, YEARS[2022], "-o", target)
    assert (code, out) == (1, "")
    lines = [line for line in err.splitlines() if "[published-table]" in line]
    assert lines[0] == (f"{bad}:1:5: error: unknown column 'indx' (par reads unit, name, index, "
                        "rank, name_vi, band, year, criteria, points, max, and '<id> index' and "
                        "'<id> rank' per node) [published-table]")
    assert not target.exists()
    bad.write_text("unit,name,index,rank,year\n"
                   "long-an,Long An,\"89,22\",8,2023\n"
                   "long-an,Long An,89.22,70,2023\n"
                   "Ha Noi,,101,x,2022\n", encoding="utf-8")
    code, _, err = cli("trend", bad, YEARS[2022])
    assert code == 1
    text = err
    assert "2:3: error: '89,22' is not a number as the table writes them (digits and a dot, " \
           "89.22); did you mean '89.22'?" in text
    assert "3:1: error: unit 'long-an' is also on line 2" in text
    assert "4:1: error: 'Ha Noi' is not a unit id" in text
    assert "4:2: error: the name is blank" in text
    assert "4:3: error: 101 is outside 0..100" in text
    assert "4:4: error: 'x' is not a whole number ≥ 1" in text
    assert "1:5: error: the year column holds several values (2023, 2022)" in text
    assert f"par: error: {bad} is not usable as a published results table" in err


def test_a_published_table_without_a_year_says_where_to_put_it(tmp_path: Path) -> None:
    nameless = _table(tmp_path / "results.csv", [("long-an", "89.22", "1")])
    code, _, err = cli("trend", nameless, YEARS[2022], "--lang", "vi")
    assert code == 1
    assert (f"{nameless}:1:1: error: không có năm trong cột 'year' hay trong tên tệp (đặt tên "
            "tệp 2024.csv, hoặc thêm cột year) [published-table]") in err


def test_a_missing_year_is_exit_2() -> None:
    result = par("trend", YEARS[2022], "examples/provinces/2031")
    assert result.exit_code == 2
