"""The shipped examples score cleanly and reproduce the published figures (README, "The example
data")."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from helpers import REPO, as_json, par

EXAMPLES = REPO / "examples"
D = Decimal


def submission_folders() -> list[str]:
    """Every folder under examples/ that directly holds a submission file."""
    folders = set()
    for path in EXAMPLES.rglob("*.y*ml"):
        head = path.read_text(encoding="utf-8-sig")[:2000]
        if "format: par-submission/1" in head:
            folders.add(path.parent.relative_to(REPO).as_posix())
    return sorted(folders)


FOLDERS = submission_folders()
_cache: dict[str, dict[str, Any]] = {}


def scored(folder: str) -> dict[str, Any]:
    """``par score FOLDER --format json`` run from the repository root, parsed exactly."""
    if folder not in _cache:
        result = par("score", folder, "--format", "json")
        assert result.exit_code == 0, result.stderr
        _cache[folder] = as_json(result.stdout)
    return _cache[folder]


def unit(folder: str, unit_id: str) -> dict[str, Any]:
    data = scored(folder)
    return next(u for u in data["units"] if u["unit"] == unit_id)


def area(unit_data: dict[str, Any], area_id: str) -> dict[str, Any]:
    return next(n for n in unit_data["nodes"] if n["id"] == area_id)


pytestmark = pytest.mark.usefixtures("at_repo_root")


def test_the_known_example_folders_are_found() -> None:
    assert {"examples/provinces/2022", "examples/provinces/2023",
            "examples/provinces/2024"} <= set(FOLDERS)


@pytest.mark.parametrize("folder", FOLDERS)
@pytest.mark.parametrize("fmt", ["table", "json", "csv", "markdown"])
def test_every_example_folder_scores(folder: str, fmt: str) -> None:
    result = par("score", folder, "--format", fmt)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.strip()
    assert "error" not in result.stderr.lower()


@pytest.mark.parametrize("folder", FOLDERS)
def test_every_example_folder_is_consistent(folder: str) -> None:
    data = scored(folder)
    assert data["units"]
    for u in data["units"]:
        assert sum((D(n["points"]) for n in u["nodes"]), D(0)) == D(u["points"])
        assert sum((D(n["max"]) for n in u["nodes"]), D(0)) == D(u["max"])
        assert D(u["max"]) <= D(data["criteria"]["max"])


# ---- PAR 2023, provinces ---------------------------------------------------------------------

P2023 = "examples/provinces/2023"
P2022 = "examples/provinces/2022"
P2024 = "examples/provinces/2024"


def test_2023_has_63_provinces() -> None:
    data = scored(P2023)
    assert data["criteria"]["id"] == "par-province-2022"
    assert data["year"] == 2023
    assert len(data["units"]) == 63


def test_long_an_2023_overall() -> None:
    long_an = unit(P2023, "long-an")
    assert long_an["name"] == "Long An"
    assert long_an["points"] == D("89.22")
    assert long_an["max"] == 100
    assert long_an["index"] == D("89.22")
    assert long_an["rank"] == 8
    assert long_an["band"] == "B"


@pytest.mark.parametrize(
    ("area_id", "points", "maximum", "index", "rank"),
    [
        ("3", "12.98", "13", "99.84", 5),
        ("5", "13.6", "15", "90.66", 1),
        ("8", "13.51", "16.5", "81.87", 11),
    ],
)
def test_long_an_2023_areas(area_id: str, points: str, maximum: str, index: str,
                            rank: int) -> None:
    node = area(unit(P2023, "long-an"), area_id)
    assert node["points"] == D(points)
    assert D(node["max"]) == D(maximum)
    assert node["index"] == D(index)
    assert node["rank"] == rank


def test_2023_top_five() -> None:
    top = [(u["name"], u["index"], u["rank"]) for u in scored(P2023)["units"][:5]]
    assert top == [
        ("Quang Ninh", D("92.18"), 1),
        ("Hai Phong", D("91.87"), 2),
        ("Ha Noi", D("91.43"), 3),
        ("Bac Giang", D("91.16"), 4),
        ("Ba Ria - Vung Tau", D("91.03"), 5),
    ]


def test_2023_ranks_are_1_to_63_in_order() -> None:
    ranks = [u["rank"] for u in scored(P2023)["units"]]
    assert ranks == sorted(ranks)
    assert ranks[0] == 1


# ---- PAR 2022 and 2024 -----------------------------------------------------------------------


def test_long_an_2022() -> None:
    long_an = unit(P2022, "long-an")
    assert long_an["index"] == D("87.41")
    assert long_an["rank"] == 8
    assert {a: area(long_an, a)["rank"] for a in ("3", "5", "8")} == {"3": 55, "5": 7, "8": 26}


def test_long_an_index_change_2022_to_2023() -> None:
    change = D(unit(P2023, "long-an")["points"]) - D(unit(P2022, "long-an")["points"])
    assert change == D("1.81")


def test_long_an_2024() -> None:
    long_an = unit(P2024, "long-an")
    assert scored(P2024)["criteria"]["id"] == "par-province-2024"
    assert long_an["index"] == D("89.68")
