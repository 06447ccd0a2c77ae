"""Trust: no silently wrong number and no unit silently left out (docs/commands.md, "Which
files are read" and "Where criteria sets are found").

Each test here failed on the code before it: the run exited 0 with a number that was wrong or
a unit missing, or printed the same line a hundred times.
"""

from __future__ import annotations

import shutil
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
from helpers import REPO, as_json, examples
from helpers import par as run_par
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import Result

SHIPPED_2022 = REPO / "criteria" / "par-province-2022.yaml"
PROVINCES_2023 = REPO / "examples" / "provinces" / "2023"

def par(*args: str | Path) -> Result:
    return run_par(*args, env={"NO_COLOR": "1"})


@pytest.fixture
def office(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An office's working folder: a copy of the 2023 submissions and a ./criteria/ folder."""
    shutil.copytree(PROVINCES_2023, tmp_path / "2023")
    (tmp_path / "criteria").mkdir()
    monkeypatch.chdir(tmp_path)
    return tmp_path


def band_counts(result: Result) -> dict[str, int]:
    assert result.exit_code == 0, result.stderr
    units = as_json(result.stdout)["units"]
    counts: dict[str, int] = {}
    for unit in units:
        counts[unit["band"]] = counts.get(unit["band"], 0) + 1
    return counts


# ---- 1. criteria lookup never falls back silently --------------------------------------------


@pytest.mark.parametrize(("broken", "rule"), [
    (("rank_on: exact", "rankon: exact"), "schema"),
    (("title_vi: Chỉ số", "title_vi: \"Chỉ số"), "yaml-syntax"),
], ids=["misspelt-field", "unterminated-quote"])
def test_a_local_criteria_file_that_fails_to_load_stops_the_run(
        office: Path, broken: tuple[str, str], rule: str) -> None:
    text = SHIPPED_2022.read_text(encoding="utf-8").replace(*broken, 1)
    (office / "criteria" / "par-province-2022.yaml").write_text(text, encoding="utf-8")
    result = par("score", "2023", "-f", "json")
    assert result.exit_code == 1, result.stdout[:200]
    assert result.stdout == ""
    assert "criteria/par-province-2022.yaml:" in result.stderr
    assert f"[{rule}]" in result.stderr
    assert "never falls back to a shipped set" in result.stderr


def test_two_local_files_with_one_id_are_a_duplicate_set_naming_both(office: Path) -> None:
    text = SHIPPED_2022.read_text(encoding="utf-8")
    (office / "criteria" / "a-copy.yaml").write_text(text, encoding="utf-8")
    (office / "criteria" / "b-backup.yaml").write_text(
        text.replace("  - {name: A, min: 90}", "  - {name: A, min: 80}"), encoding="utf-8")
    result = par("score", "2023")
    assert result.exit_code == 1
    line = next(x for x in result.stderr.splitlines() if "[duplicate-set]" in x)
    assert "b-backup.yaml" in line and "a-copy.yaml" in line


def test_results_do_not_depend_on_file_names(office: Path) -> None:
    """Renaming a backup file must not change the ranking: two sets with one id are refused
    whatever their names."""
    text = SHIPPED_2022.read_text(encoding="utf-8")
    edited = text.replace("  - {name: A, min: 90}", "  - {name: A, min: 80}")
    for first, second in (("a.yaml", "z.yaml"), ("z.yaml", "a.yaml")):
        for old in (office / "criteria").iterdir():
            old.unlink()
        (office / "criteria" / first).write_text(text, encoding="utf-8")
        (office / "criteria" / second).write_text(edited, encoding="utf-8")
        result = par("score", "2023")
        assert result.exit_code == 1 and "[duplicate-set]" in result.stderr


def test_a_local_set_that_differs_from_the_shipped_one_is_named_in_a_note(office: Path) -> None:
    text = SHIPPED_2022.read_text(encoding="utf-8")
    (office / "criteria" / "mine.yaml").write_text(
        text.replace("  - {name: A, min: 90}", "  - {name: A, min: 85}"), encoding="utf-8")
    result = par("score", "2023", "-f", "json")
    assert band_counts(result)["A"] > 7  # the local set is used, on purpose
    assert "criteria set 'par-province-2022' is read from" in result.stderr
    assert "mine.yaml" in result.stderr


def test_an_identical_local_copy_is_not_noted(office: Path) -> None:
    shutil.copy(SHIPPED_2022, office / "criteria" / "par-province-2022.yaml")
    result = par("score", "2023", "-f", "json")
    assert band_counts(result) == {"A": 7, "B": 56}
    assert "is read from" not in result.stderr


# ---- 2. no unit drops out of the ranking -----------------------------------------------------


def test_a_misspelt_format_key_in_one_of_63_is_an_error_for_check_too(office: Path) -> None:
    path = office / "2023" / "long-an.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("format:", "Format:", 1),
                    encoding="utf-8")
    for command in ("score", "check"):
        result = par(command, "2023")
        assert result.exit_code == 1, command
        assert "long-an.yaml:" in result.stderr + result.stdout
        assert "[missing-format]" in result.stderr + result.stdout


def test_left_out_files_are_counted_per_reason_in_one_note_each(office: Path) -> None:
    shutil.copy(office / "2023" / "long-an.yaml", office / "2023" / ".long-an.yaml")
    (office / "2023" / "long-an.xlsx").write_bytes(b"PK\x03\x04")
    (office / "2023" / "mkdocs.yml").write_text("site_name: x\n", encoding="utf-8")
    result = par("score", "2023", "-f", "json")
    assert result.exit_code == 0, result.stderr
    notes = [line for line in result.stderr.splitlines() if line.startswith("left out")]
    assert len(notes) == 3, notes
    assert any(".long-an.yaml" in n and "hidden" in n for n in notes)
    assert any("long-an.xlsx" in n and "par import" in n for n in notes)
    assert any("mkdocs.yml" in n for n in notes)
    assert len(as_json(result.stdout)["units"]) == 63


def test_exclude_leaves_out_on_purpose_and_says_so(office: Path) -> None:
    result = par("score", "2023", "-f", "json", "--exclude", "long-an.yaml")
    assert result.exit_code == 0, result.stderr
    assert "matching --exclude: 2023/long-an.yaml" in result.stderr
    assert "long-an" not in [u["unit"] for u in as_json(result.stdout)["units"]]


# ---- bad inputs: mixed runs, a set nobody can find, compare's closing line -------------------


def test_a_mixed_run_names_the_files_of_each_side_smaller_first(office: Path) -> None:
    path = office / "2023" / "long-an.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("year: 2023", "year: 2022", 1),
                    encoding="utf-8")
    result = par("score", "2023")
    assert result.exit_code == 1
    error = result.stderr.strip().splitlines()[-1]
    assert "[mixed-run]" in error
    assert error.index("par-province-2022 2022: 1 file(s) (2023/long-an.yaml)") < error.index(
        "par-province-2022 2023: 62 file(s)")


def test_a_set_no_file_can_find_is_one_error_with_the_count(office: Path) -> None:
    for path in (office / "2023").glob("*.yaml"):
        path.write_text(path.read_text(encoding="utf-8").replace(
            "criteria: par-province-2022", "criteria: par-province-2032", 1), encoding="utf-8")
    result = par("score", "2023")
    assert result.exit_code == 1
    lines = [x for x in result.stderr.splitlines() if "[unknown-criteria-set]" in x]
    assert len(lines) == 1, lines
    assert "63 files ask for it" in lines[0]


def test_compare_names_each_side_once_in_its_closing_line(office: Path) -> None:
    path = office / "2023" / "long-an.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace('"1": ', '"1": 99 #', 1),
                    encoding="utf-8")
    result = par("compare", "2023", "2023")
    assert result.exit_code == 1
    closing = result.stderr.strip().splitlines()[-1]
    assert closing.startswith("par: error: 2023: ")
    assert closing.count("2023: ") == 1, closing


# ---- 3. numbers that are not what they look like, and exactness at the limits ----------------


MISREAD = [
    ('"1": 1:27.5', "schema", "1:27.5 is read by YAML as the number 87.5"),
    ('"1": !!float "1:20"', "schema", "1:20 is read by YAML as the number 80"),
    ('"1": !!int "١٢"', "schema", "digits that are not 0-9"),
    ('"1": !!float "٨٧.٥"', "schema", "digits that are not 0-9"),
    ('"1": !!int "１２"', "schema", "digits that are not 0-9"),
]


@pytest.mark.parametrize(("line", "rule", "words"), MISREAD,
                         ids=["base-60", "tagged-base-60", "arabic-int", "arabic-float",
                              "full-width"])
@pytest.mark.parametrize("command", ["score", "check"])
def test_numbers_yaml_misreads_are_refused_where_they_stand(
        office: Path, line: str, rule: str, words: str, command: str) -> None:
    path = office / "2023" / "long-an.yaml"
    text = path.read_text(encoding="utf-8")
    start = text.index('  "1": ')
    end = text.index("\n", start)
    path.write_text(text[:start] + "  " + line + text[end:], encoding="utf-8")
    result = par(command, "2023")
    assert result.exit_code == 1
    out = result.stdout + result.stderr
    errors = [x for x in out.splitlines() if "long-an.yaml:" in x and ": error:" in x]
    assert len(errors) == 1, errors  # refused once, not again by the rule of the leaf
    assert f"[{rule}]" in errors[0] and words in errors[0]


@pytest.mark.parametrize(("value", "words"), [
    ("١٢", "digits that are not 0-9"),
    ("1:20", "base-60"),
    ("3.000", "write 3000 or 3"),
    ("1,234", "write 1234 or 1.234"),
])
def test_gap_set_refuses_numbers_it_would_have_to_guess(value: str, words: str) -> None:
    result = par("gap", PROVINCES_2023, "--unit", "long-an", "--set", f"6={value}")
    assert result.exit_code == 1
    assert words in result.stderr.splitlines()[-1]


def test_gap_set_takes_a_decimal_comma() -> None:
    comma = par("gap", PROVINCES_2023, "--unit", "long-an", "--set", "6=10,5", "-f", "json")
    point = par("gap", PROVINCES_2023, "--unit", "long-an", "--set", "6=10.5", "-f", "json")
    assert comma.exit_code == 0, comma.stderr
    assert as_json(comma.stdout)["what_if"] == as_json(point.stdout)["what_if"]


LIMIT = 10**15
MAXIMA = st.decimals(min_value=Decimal("0.000000000001"), max_value=Decimal(LIMIT - 1),
                     places=12, allow_nan=False, allow_infinity=False)
PERCENTS = st.decimals(min_value=0, max_value=100, places=12, allow_nan=False,
                       allow_infinity=False)


@settings(max_examples=examples(200), deadline=None, derandomize=True, database=None)
@given(maximum=MAXIMA, value=PERCENTS, per=MAXIMA, count=st.integers(0, LIMIT - 1))
def test_scores_are_exact_at_the_documented_limits(
        maximum: Decimal, value: Decimal, per: Decimal, count: int) -> None:
    """A percent leaf, a count leaf and their sum, at the limits par documents (numbers below
    10^15 with at most 12 decimals): every figure equals the exact rational result."""
    from par_cli.models import CriteriaSet, Submission
    from par_cli.scoring import index_criteria, score_unit

    count_max = min(per * max(count, 1), Decimal(LIMIT - 1))
    criteria = CriteriaSet.model_validate({
        "format": "par-criteria/1", "id": "limits", "title": "Limits", "years": [2023],
        "max": maximum + count_max,
        "criteria": [
            {"id": "1", "name": "Percent", "max": maximum, "rule": "percent"},
            {"id": "2", "name": "Count", "max": count_max, "rule": "count", "per": per},
        ]})
    submission = Submission.model_validate({
        "format": "par-submission/1", "criteria": "limits", "year": 2023, "unit": "u",
        "name": "U", "scores": {"1": value, "2": count}})
    result, findings = score_unit(index_criteria(criteria), submission)
    assert not findings
    percent = Fraction(maximum) * Fraction(value) / 100
    counted = min(Fraction(per) * count, Fraction(count_max))
    points = {node.id: node.points for node in result.nodes}
    assert Fraction(points["1"]) == percent
    assert Fraction(points["2"]) == counted
    assert Fraction(result.points) == percent + counted


# ---- 4. gap promises what --set delivers -----------------------------------------------------


def _gap_world(points: list[Decimal], maximum: Decimal, places: int, rounding: str,
               rank_on: str, band_minima: list[Decimal]) -> tuple[Any, list[Any], dict[str, Any]]:
    from par_cli.models import CriteriaSet, Submission
    from par_cli.scoring import index_criteria, score_unit

    bands = [{"name": f"B{i}", "min": m} for i, m in enumerate(sorted(set(band_minima),
                                                                       reverse=True))]
    criteria = CriteriaSet.model_validate({
        "format": "par-criteria/1", "id": "gap", "title": "Gap", "years": [2023],
        "max": maximum, "display": {"places": places, "rounding": rounding},
        "rank_on": rank_on, "bands": bands,
        "criteria": [{"id": "1", "name": "Only", "max": maximum, "rule": "points"}]})
    index = index_criteria(criteria)
    results, submissions = [], {}
    for i, value in enumerate(points):
        sub = Submission.model_validate({
            "format": "par-submission/1", "criteria": "gap", "year": 2023, "unit": f"u{i}",
            "name": f"U{i}", "scores": {"1": value}})
        result, findings = score_unit(index, sub)
        assert not findings
        results.append(result)
        submissions[sub.unit] = sub
    return index, results, submissions


@settings(max_examples=examples(300), deadline=None, derandomize=True, database=None)
@given(
    maximum=st.sampled_from([Decimal(10), Decimal("12.75"), Decimal("16.5"), Decimal(7),
                             Decimal(100)]),
    shares=st.lists(st.fractions(min_value=0, max_value=1, max_denominator=2000), min_size=2,
                    max_size=6),
    places=st.integers(0, 3),
    rounding=st.sampled_from(["down", "half-up", "half-even"]),
    rank_on=st.sampled_from(["exact", "displayed"]),
    band_minima=st.lists(st.decimals(min_value=1, max_value=99, places=4), max_size=3),
)
def test_gap_points_needed_always_reach_the_promised_rank_and_band(
        maximum: Decimal, shares: list[Fraction], places: int, rounding: str, rank_on: str,
        band_minima: list[Decimal]) -> None:
    """Adding ``points_needed`` (exact) or the shown points (rounded up) to the unit, every
    other unit unchanged, reaches the rank and the band gap promised, in every rounding mode
    and for band minima with more places than the display."""
    from par_cli.gap import gap_unit
    from par_cli.ranking import Ranker

    points = [(Decimal(s.numerator) * maximum / Decimal(s.denominator)).quantize(
        Decimal("0.001"), rounding="ROUND_DOWN") for s in shares]
    index, results, submissions = _gap_world(points, maximum, places, rounding, rank_on,
                                             band_minima)
    ranker = Ranker(index.criteria)
    unit = min(results, key=lambda r: (r.points, r.unit)).unit  # the last unit climbs
    report = gap_unit(index, 2023, results, submissions, unit)
    base = next(r.points for r in results if r.unit == unit)
    targets = []
    if report.next_rank is not None and report.next_rank.points_needed > 0:
        targets.append(("rank", report.next_rank.rank, report.next_rank))
    if report.next_band is not None:
        targets.append(("band", report.next_band.band, report.next_band))
    for what, promised, target in targets:
        for needed in (target.points_needed, target.shown_needed):
            value = base + needed
            if value > maximum:
                continue  # more than the unit can still win
            after = gap_unit(index, 2023, results, submissions, unit, sets=[("1", value)])
            assert after.what_if is not None
            if what == "rank":
                assert after.what_if.rank is not None and after.what_if.rank <= promised, (
                    what, needed, after.what_if)
            else:
                key = ranker.key(value, maximum)
                band = ranker.band(key)
                order = [b.name for b in index.criteria.bands]
                assert band is not None and order.index(band) <= order.index(promised), (
                    what, needed, key, band, promised)


# ---- every problem of a file in one run ------------------------------------------------------


def test_a_schema_error_does_not_hide_the_scoring_checks(office: Path) -> None:
    """An unknown field, a value above its maximum and an unknown id: three lines, not one
    problem per run (fix one, meet the next)."""
    path = office / "2023" / "long-an.yaml"
    text = path.read_text(encoding="utf-8").replace("scores:", "note: x\nscores:", 1)
    text = text.replace('  "3": ', '  "3": 150 #', 1) + '  "9.9": 1\n'
    path.write_text(text, encoding="utf-8")
    for command in ("check", "score"):
        result = par(command, "2023")
        lines = [x for x in (result.stdout + result.stderr).splitlines()
                 if "long-an.yaml:" in x and ": error:" in x]
        assert [x.rsplit("[", 1)[1] for x in lines] == [
            "schema]", "value-fit]", "unknown-id]"], lines


# ---- 5. shown differences add up; 6. field sizes; 7. summaries that say what they count ------


PROVINCES_2022 = REPO / "examples" / "provinces" / "2022"


def test_every_shown_change_is_the_difference_of_the_shown_indexes() -> None:
    """30 of 63 rows of 2022 -> 2023 once showed a change that was not new - old as shown
    (Quang Ninh 91.92 -> 92.18 +0.25); MoHA publishes 89.22 - 87.41 = +1.81, and Quang Ninh
    90.10 -> 92.18, +2.08."""
    data = as_json(par("compare", PROVINCES_2022, PROVINCES_2023, "-f", "json").stdout)
    for unit in data["units"]:
        assert unit["index_change"] == unit["new"]["index"] - unit["old"]["index"], unit["unit"]
        for node in unit["nodes"]:
            assert node["index_change"] == node["new_index"] - node["old_index"]
    quang_ninh = next(u for u in data["units"] if u["unit"] == "quang-ninh")
    assert quang_ninh["index_change"] == Decimal("2.08")
    rows = par("compare", PROVINCES_2022, PROVINCES_2023, "-f", "csv").stdout.splitlines()
    header = rows[0].split(",")
    for row in rows[1:]:
        cells = dict(zip(header, row.split(","), strict=False))
        assert Decimal(cells["index_change"]) == (Decimal(cells["new_index"])
                                                  - Decimal(cells["old_index"]))


def test_lost_and_headroom_are_differences_of_shown_numbers(office: Path) -> None:
    """An area of 16.5 with 13.505 points shows 13.51 (points half-up in the provincial sets):
    lost 2.99, never the exact 2.995 rounded (3.00)."""
    path = office / "2023" / "long-an.yaml"
    text = path.read_text(encoding="utf-8")
    start = text.index('  "8": ')
    end = text.index("\n", start)
    path.write_text(text[:start] + '  "8": 13.505' + text[end:], encoding="utf-8")
    explain = par("explain", "2023", "--unit", "long-an").stdout
    line = next(x for x in explain.splitlines() if x.lstrip().startswith("8 "))
    assert "13.51 / 16.5" in line and "lost 2.99" in line, line
    gap = par("gap", "2023", "--unit", "long-an").stdout
    row = next(x for x in gap.splitlines() if x.lstrip().startswith("8 "))
    assert "13.51 / 16.5, headroom 2.99" in row, row


def test_ranks_compared_across_fields_of_different_size_are_said_first(tmp_path: Path) -> None:
    """Four provinces of 2024 against the 63 of 2023."""
    few = tmp_path / "2024"
    few.mkdir()
    for unit in ("binh-thuan", "hai-phong", "long-an", "son-la"):
        shutil.copy(REPO / "examples" / "provinces" / "2024" / f"{unit}.yaml", few)
    result = par("compare", PROVINCES_2023, few)
    assert result.exit_code == 0, result.stderr
    note = "ranks are places among 63 ranked units in 2023 and among 4 in 2024"
    assert note in result.stdout.split("\n\n")[0] + result.stdout.splitlines()[1]
    assert result.stdout.index(note) < result.stdout.index("Rank old")
    story = par("compare", PROVINCES_2023, few, "--unit", "son-la").stdout
    assert story.index(note) < story.index("ranked")
    data = as_json(par("compare", PROVINCES_2023, few, "-f", "json").stdout)
    assert data["summary"]["ranked"] == {"old": 63, "new": 4}


def test_the_compare_summary_counts_index_and_rank_apart_and_names_units() -> None:
    data = as_json(par("compare", PROVINCES_2022, PROVINCES_2023, "-f", "json").stdout)
    summary = data["summary"]
    units = data["units"]
    assert summary["index"] == {
        "up": sum(u["index_change"] > 0 for u in units),
        "down": sum(u["index_change"] < 0 for u in units),
        "same": sum(u["index_change"] == 0 for u in units)}
    assert summary["rank"] == {
        "up": sum(u["rank_change"] > 0 for u in units),
        "down": sum(u["rank_change"] < 0 for u in units),
        "same": sum(u["rank_change"] == 0 for u in units)}
    assert set(summary["area_average_changes"]) == {str(i) for i in range(1, 9)}
    assert summary["largest_rise"]["name"] and summary["largest_fall"]["name"]
    table = par("compare", PROVINCES_2022, PROVINCES_2023).stdout
    assert f"index {summary['index']['up']} up" in table
    assert f"rank {summary['rank']['up']} up" in table


def test_by_method_says_not_attributed_instead_of_zeros() -> None:
    """No example scores a survey node: survey is not attributed (a dash, not 0.00); Kon Tum
    scores its SIPAS and socio-economic parts (8.1, 8.2), so those methods carry points."""
    table = par("score", PROVINCES_2023, "--by", "method").stdout
    assert "not attributed: Survey" in " ".join(table.split())
    row = next(x for x in table.splitlines() if "Kon Tum" in x).split()
    assert row[-4:] == ["—", "8.50", "4.36", "0.00"]  # survey, sipas, statistics, mixed


def test_equal_shown_indexes_at_different_ranks_carry_a_mark(office: Path) -> None:
    """A second unit 0.001 points above Long An: both shown at 89.22 %, ranked 8 and 9 on
    exact values: both marked, and a footnote says why."""
    text = (office / "2023" / "long-an.yaml").read_text(encoding="utf-8")
    text = text.replace("unit: long-an", "unit: long-an-two", 1).replace(
        "name: Long An", "name: Long An Two", 1).replace('  "1": 8.824', '  "1": 8.825', 1)
    (office / "2023" / "long-an-two.yaml").write_text(text, encoding="utf-8")
    table = par("score", "2023").stdout
    rows = [x for x in table.splitlines() if "Long An" in x]
    assert len(rows) == 2 and all(x.split()[0].endswith("*") for x in rows), rows
    assert all("89.22" in x for x in rows)
    assert "ranks use the exact index" in " ".join(table.split())


def test_score_json_lists_every_file_left_out_and_the_footer_counts_them(office: Path) -> None:
    shutil.copy(office / "2023" / "long-an.yaml", office / "2023" / ".long-an.yaml")
    (office / "2023" / "long-an.xlsx").write_bytes(b"PK\x03\x04")
    data = as_json(par("score", "2023", "-f", "json").stdout)
    assert data["left_out"] == [{"path": "2023/.long-an.yaml", "why": "hidden"},
                                {"path": "2023/long-an.xlsx", "why": "spreadsheet"}]
    table = " ".join(par("score", "2023").stdout.split())
    assert "2 file(s) left out (hidden 1, spreadsheet 1; see the notes)" in table


def test_what_if_carries_the_band() -> None:
    data = as_json(par("gap", PROVINCES_2023, "--unit", "long-an", "--set", "6=12,75",
                       "-f", "json").stdout)
    assert data["what_if"]["band"] == "A"


def test_check_on_an_empty_folder_fails_but_other_yaml_passes(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    result = par("check", empty)
    assert result.exit_code == 1
    assert f"par: error: no file to check in {empty}" in result.stderr
    (empty / "mkdocs.yml").write_text("site_name: PAR docs\n", encoding="utf-8")
    result = par("check", empty)
    assert result.exit_code == 0, result.stderr
    assert "mkdocs.yml" in result.stderr


@pytest.mark.parametrize("typed", ["Long An", "longan", "Long-An", "LONG-AN"])
@pytest.mark.parametrize("command", ["explain", "gap"])
def test_a_unit_typed_as_its_name_is_met_with_its_id(typed: str, command: str) -> None:
    result = par(command, PROVINCES_2023, "--unit", typed)
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines()[-1].endswith("did you mean 'long-an'?")


def test_compare_suggests_the_unit_meant() -> None:
    result = par("compare", PROVINCES_2022, PROVINCES_2023, "--unit", "Hà Nội")
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines()[-1] == (
        "par: error: unit 'Hà Nội' is in neither year; did you mean 'ha-noi'?")


def test_gap_and_audit_speak_vietnamese_names_under_lang_vi() -> None:
    departments = REPO / "examples" / "departments" / "2023"
    gap = par("gap", departments, "--unit", "so-noi-vu", "--lang", "vi").stdout
    assert gap.startswith("Sở Nội vụ (so-noi-vu)")
    assert "Tính hợp pháp của văn bản ban hành" in gap
    audit = par("audit", departments, "--lang", "vi").stdout
    assert "Sở Y tế" in audit and "Department of" not in audit


def test_template_lists_the_sets_and_refuses_what_would_make_an_invalid_file() -> None:
    listing = par("template")
    assert listing.exit_code == 0, listing.stderr
    rows = [line.split("\t") for line in listing.stdout.splitlines()]
    assert rows[[r[0] for r in rows].index(
        "par-province-2022")][:2] == ["par-province-2022", "2022, 2023"]
    named = par("template", "par-province-2022", "--unit", "Long An")
    assert named.exit_code == 2
    assert named.stderr.strip().endswith("did you mean 'long-an'?")
    year = par("template", "par-province-2022", "--year", "2025")
    assert year.exit_code == 2
    assert "2025 is not one of the years of 'par-province-2022' (2022, 2023)" in year.stderr
