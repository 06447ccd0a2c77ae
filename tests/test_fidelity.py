"""The shipped examples carry every published figure they claim, read back the way a user reads
them: through ``par score --format json`` and ``par compare --format json`` (README, "The
example data"; the generators, examples/generate_provinces.py and generate_ministries.py, list
the sources). Each folder is scored, and each pair of years compared, once per module."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from helpers import as_json, par

D = Decimal
P22, P23, P24 = (f"examples/provinces/{y}" for y in (2022, 2023, 2024))
M22, M23 = (f"examples/ministries/{y}" for y in (2022, 2023))
FOLDERS = (P22, P23, P24, M22, M23)
PAIRS = ((P22, P23), (P23, P24), (M22, M23))

pytestmark = pytest.mark.usefixtures("at_repo_root")

# ---- the pins ----------------------------------------------------------------------------------

# (folder, unit, index as shown or None, rank or None): every published index and rank
UNITS: list[tuple[str, str, str | None, int | None]] = [
    (P22, "quang-ninh", "90.10", 1), (P22, "hai-phong", "90.09", 2),
    (P22, "ha-noi", "89.58", 3), (P22, "bac-giang", "88.54", 4), (P22, "da-nang", None, 5),
    (P22, "long-an", "87.41", 8), (P22, "nghe-an", None, 16), (P22, "ninh-binh", None, 17),
    (P22, "hoa-binh", "86.30", 23), (P22, "dak-nong", "84.86", 37),
    (P22, "dong-nai", "82.92", 51), (P22, "kon-tum", "81.35", 55),
    (P23, "quang-ninh", "92.18", 1), (P23, "hai-phong", "91.87", 2),
    (P23, "ha-noi", "91.43", 3), (P23, "bac-giang", "91.16", 4),
    (P23, "ba-ria-vung-tau", "91.03", 5), (P23, "long-an", "89.22", 8),
    (P23, "ninh-binh", "88.72", 11), (P23, "hau-giang", None, 19), (P23, "dak-lak", None, 28),
    (P23, "dong-nai", "87.04", 32), (P23, "ca-mau", "86.89", 34),
    (P23, "hoa-binh", "86.76", 35), (P23, "kon-tum", "86.14", 43),
    (P23, "lam-dong", None, 46), (P23, "dak-nong", None, 51), (P23, "gia-lai", None, 58),
    (P23, "bac-lieu", None, 59), (P23, "soc-trang", "81.70", 62),
    (P23, "an-giang", "81.32", 63),
    (P24, "hai-phong", "96.17", 1), (P24, "ba-ria-vung-tau", None, 2),
    (P24, "ha-noi", "92.57", 3), (P24, "dong-nai", "90.69", 8), (P24, "long-an", "89.68", 16),
    (P24, "hoa-binh", "88.18", 37), (P24, "son-la", "90.02", None),
    (P24, "cao-bang", None, 63),
    (M22, "state-bank", "91.77", 1), (M22, "justice", "90.63", 2), (M22, "finance", "89.76", 3),
    (M22, "home-affairs", None, 4), (M22, "information-communications", None, 5),
    # the whole 2023 ministry table (total = index: the maximum is 100)
    (M23, "justice", "89.95", 1), (M23, "state-bank", "89.89", 2), (M23, "finance", "89.18", 3),
    (M23, "home-affairs", "87.04", 4), (M23, "natural-resources-environment", "87.01", 5),
    (M23, "agriculture-rural-development", "86.41", 6), (M23, "construction", "86.28", 7),
    (M23, "transport", "86.18", 8), (M23, "information-communications", "85.83", 9),
    (M23, "labour-invalids-social-affairs", "85.81", 10),
    (M23, "culture-sports-tourism", "83.56", 11), (M23, "education-training", "80.53", 12),
    (M23, "science-technology", "80.38", 13), (M23, "planning-investment", "80.07", 14),
    (M23, "health", "79.80", 15), (M23, "foreign-affairs", "78.48", 16),
    (M23, "industry-trade", "78.03", 17),
]
# (folder, unit, node id, points, index as shown): published area points
AREAS: list[tuple[str, str, str, str, str]] = [
    (P22, "kon-tum", "2", "9.1", "91"), (P22, "kon-tum", "3", "11.882", "91.40"),
    (P23, "long-an", "3", "12.98", "99.84"), (P23, "long-an", "5", "13.6", "90.66"),
    (P23, "long-an", "8", "13.51", "81.87"),
    (P23, "kon-tum", "2", "9.415", "94.15"), (P23, "kon-tum", "3", "12.38", "95.23"),
    (P23, "kon-tum", "4", "9.719", "92.56"), (P23, "kon-tum", "8.1", "8.5", "85"),
    (P23, "kon-tum", "8.2", "4.36", "67.07"),
    (P23, "hoa-binh", "1", "9.5", "100"), (P23, "hoa-binh", "3", "12.991", "99.93"),
    (P23, "hoa-binh", "4", "9.94", "94.66"), (P23, "hoa-binh", "8.1", "8.19", "81.9"),
    (P23, "hoa-binh", "8.2", "4.32", "66.46"),
    (P24, "hoa-binh", "1", "9.5", "100"),
    (P24, "son-la", "3", "12.75", "98.07"), (P24, "son-la", "4", "10.18", "96.95"),
    (P24, "son-la", "5", "14.23", "94.86"), (P24, "son-la", "8", "13.14", "79.63"),
    (P24, "binh-thuan", "1", "9.428", "99.24"), (P24, "binh-thuan", "3", "11.24", "86.46"),
]
# Long An's published area ranks
AREA_RANKS = [(P22, "3", 55), (P22, "5", 7), (P22, "8", 26),
              (P23, "3", 5), (P23, "5", 1), (P23, "8", 11)]
# (folder, ranked units, average index, units per band)
SUMMARIES = [
    (P22, 63, "84.79", {"A": 2, "B": 56, "C": 5}),
    (P23, 63, "86.98", {"A": 7, "B": 56, "C": 0}),
    (P24, 63, "88.37", {"A": 13, "B": 50, "C": 0}),
    (M22, 17, "84.05", None),
    (M23, 17, "84.38", {"A": 0, "B": 14, "C": 3}),
]
# (old, new, units up, down, same by shown index change, average change)
COUNTS = [(P22, P23, 57, 6, 0, "2.19"), (P23, P24, 53, 9, 1, None),
          (M22, M23, 10, 7, 0, "0.33")]
# (old, new, largest rise, smallest rise, largest fall, smallest fall), by shown change
EXTREMES = [(P22, P23, "9.39", "0.03", "-2.91", "-0.51")]
# (old, new, unit, index change, rank change)
CHANGES: list[tuple[str, str, str, str | None, int | None]] = [
    (P22, P23, "long-an", "1.81", 0), (P22, P23, "ninh-binh", None, 6),
    (P22, P23, "kon-tum", "4.79", 12), (P22, P23, "hoa-binh", "0.46", -12),
    (P22, P23, "dong-nai", "4.12", 19),
    (P23, P24, "hai-phong", "4.30", 1), (P23, P24, "hoa-binh", "1.42", -2),
    (P23, P24, "dong-nai", None, 24),
]
# 2024 against 2023: average change of an area's index (compare), in index points
AREA_AVERAGE_CHANGES = [(P23, P24, "2", "-1.60"), (P23, P24, "6", "-0.02"),
                        (P23, P24, "8", "3.79")]


# ---- read once ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def scored() -> dict[str, dict[str, Any]]:
    results = {}
    for folder in FOLDERS:
        result = par("score", folder, "--format", "json", "--depth", "2")
        assert result.exit_code == 0, result.stderr
        results[folder] = as_json(result.stdout)
    return results


@pytest.fixture(scope="module")
def compared() -> dict[tuple[str, str], dict[str, Any]]:
    results = {}
    for old, new in PAIRS:
        result = par("compare", old, new, "--format", "json")
        assert result.exit_code == 0, result.stderr
        results[(old, new)] = as_json(result.stdout)
    return results


def unit_of(data: dict[str, Any], unit: str) -> dict[str, Any]:
    return next(u for u in data["units"] if u["unit"] == unit)


def node_of(nodes: list[dict[str, Any]], node_id: str) -> dict[str, Any]:
    for node in nodes:
        if node["id"] == node_id:
            return node
        if node_id.startswith(node["id"] + "."):
            return node_of(node["nodes"], node_id)
    raise AssertionError(f"no node {node_id}")


# ---- score -------------------------------------------------------------------------------------


@pytest.mark.parametrize(("folder", "unit", "index", "rank"), UNITS)
def test_published_index_and_rank(scored: dict[str, dict[str, Any]], folder: str, unit: str,
                                  index: str | None, rank: int | None) -> None:
    found = unit_of(scored[folder], unit)
    if index is not None:
        assert found["index"] == D(index)
    if rank is not None:
        assert found["rank"] == rank


def test_the_2023_ministry_table_is_whole(scored: dict[str, dict[str, Any]]) -> None:
    """All 17 ranked rows, in the table's order, and the two bodies scored but not ranked."""
    ranked = [u["unit"] for u in scored[M23]["units"] if u["rank"] is not None]
    assert ranked == [unit for folder, unit, _, _ in UNITS if folder == M23]
    unranked = {u["unit"] for u in scored[M23]["units"] if u["rank"] is None}
    assert unranked == {"government-inspectorate", "ethnic-minority-affairs"}


@pytest.mark.parametrize(("folder", "unit", "node_id", "points", "index"), AREAS)
def test_published_area_points(scored: dict[str, dict[str, Any]], folder: str, unit: str,
                               node_id: str, points: str, index: str) -> None:
    node = node_of(unit_of(scored[folder], unit)["nodes"], node_id)
    assert (node["points"], node["index"]) == (D(points), D(index))


@pytest.mark.parametrize(("folder", "node_id", "rank"), AREA_RANKS)
def test_long_an_area_ranks(scored: dict[str, dict[str, Any]], folder: str, node_id: str,
                            rank: int) -> None:
    assert node_of(unit_of(scored[folder], "long-an")["nodes"], node_id)["rank"] == rank


@pytest.mark.parametrize(("folder", "ranked", "average", "bands"), SUMMARIES)
def test_averages_and_bands(scored: dict[str, dict[str, Any]], folder: str, ranked: int,
                            average: str, bands: dict[str, int] | None) -> None:
    summary = scored[folder]["summary"]
    assert (summary["ranked"], summary["average_index"]) == (ranked, D(average))
    if bands is not None:
        assert summary["bands"] == bands


# ---- compare -----------------------------------------------------------------------------------


@pytest.mark.parametrize(("old", "new", "up", "down", "same", "average"), COUNTS)
def test_rises_and_falls(compared: dict[tuple[str, str], dict[str, Any]], old: str, new: str,
                         up: int, down: int, same: int, average: str | None) -> None:
    summary = compared[(old, new)]["summary"]
    assert summary["index"] == {"up": up, "down": down, "same": same}
    if average is not None:
        assert summary["average_index_change"] == D(average)


@pytest.mark.parametrize(("old", "new", "top_rise", "low_rise", "top_fall", "low_fall"),
                         EXTREMES)
def test_largest_and_smallest_changes(compared: dict[tuple[str, str], dict[str, Any]],
                                      old: str, new: str, top_rise: str, low_rise: str,
                                      top_fall: str, low_fall: str) -> None:
    data = compared[(old, new)]
    changes = [u["index_change"] for u in data["units"] if u["index_change"] is not None]
    rises, falls = [c for c in changes if c > 0], [c for c in changes if c < 0]
    assert data["summary"]["largest_rise"]["index_change"] == max(rises) == D(top_rise)
    assert min(rises) == D(low_rise)
    assert data["summary"]["largest_fall"]["index_change"] == min(falls) == D(top_fall)
    assert max(falls) == D(low_fall)


@pytest.mark.parametrize(("old", "new", "unit", "index_change", "rank_change"), CHANGES)
def test_published_changes(compared: dict[tuple[str, str], dict[str, Any]], old: str, new: str,
                           unit: str, index_change: str | None, rank_change: int | None) -> None:
    found = unit_of(compared[(old, new)], unit)
    if index_change is not None:
        assert found["index_change"] == D(index_change)
    if rank_change is not None:
        assert found["rank_change"] == rank_change


@pytest.mark.parametrize(("old", "new", "area", "change"), AREA_AVERAGE_CHANGES)
def test_area_average_changes(compared: dict[tuple[str, str], dict[str, Any]],
                              scored: dict[str, dict[str, Any]], old: str, new: str, area: str,
                              change: str) -> None:
    """Both readings agree: compare's average of the shown changes, and the difference of
    the two years' shown area averages (``par score`` summaries)."""
    assert compared[(old, new)]["summary"]["area_average_changes"][area] == D(change)
    averages = [scored[folder]["summary"]["area_averages"][area] for folder in (old, new)]
    assert averages[1] - averages[0] == D(change)


def test_2024_is_a_new_methodology_and_the_ministries_of_2022_lack_the_unranked(
        compared: dict[tuple[str, str], dict[str, Any]]) -> None:
    assert compared[(P23, P24)]["same_criteria"] is False
    assert compared[(P23, P24)]["summary"]["ranked"] == {"old": 63, "new": 63}
    assert compared[(M22, M23)]["summary"]["new"] == 2


# ---- shown as published: points half-up, indexes truncated -------------------------------------


def test_kon_tum_2023_reads_as_its_report_quotes_it() -> None:
    """snv.kontum.gov.vn: "9,42/10 điểm, chỉ số đạt 94,15%" and "9,72/10,5 … 92,56%" (the
    exact points, 9.415 and 9.719, show as 9.42 and 9.72 by the set's points rule)."""
    result = par("explain", P23, "--unit", "kon-tum")
    assert result.exit_code == 0, result.stderr
    lines = {line.split()[0]: line for line in result.stdout.splitlines() if line.split()}
    assert "9.42 / 10" in lines["2"] and "94.15 %" in lines["2"]
    assert "9.72 / 10.5" in lines["4"] and "92.56 %" in lines["4"]
