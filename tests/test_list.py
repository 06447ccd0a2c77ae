"""``par list``: the criteria sets par can see, and the units and years in folders."""

from __future__ import annotations

from pathlib import Path

from helpers import REPO, as_json, cli, par

PROVINCES = REPO / "examples" / "provinces"
SHIPPED = sorted(p.stem for p in (REPO / "criteria").glob("*.yaml"))


def test_the_sets_with_their_years_place_and_file() -> None:
    code, out, _ = cli("list", "-f", "json")
    assert code == 0
    data = as_json(out)
    assert [s["id"] for s in data["sets"]] == SHIPPED
    by_id = {s["id"]: s for s in data["sets"]}
    assert by_id["par-province-2022"]["years"] == [2022, 2023]
    assert by_id["par-province-2022"]["place"] == "shipped"
    assert by_id["par-province-2022"]["path"].endswith("par-province-2022.yaml")
    assert by_id["par-province-2022"]["provisional"] == ["6", "7"]
    assert data["units"] == [] and data["years"] == []


def test_units_and_years_found_in_folders() -> None:
    data = as_json(par("list", PROVINCES / "2022", PROVINCES / "2023", "-f", "json").stdout)
    assert [(y["year"], y["criteria"], y["units"]) for y in data["years"]] == [
        (2022, "par-province-2022", 63), (2023, "par-province-2022", 63)]
    assert len(data["units"]) == 63
    long_an = next(u for u in data["units"] if u["unit"] == "long-an")
    assert long_an["years"] == [2022, 2023] and long_an["name_vi"] == "Long An"
    assert len(long_an["files"]) == 2


def test_the_table_in_both_languages() -> None:
    out = par("list", PROVINCES / "2023").stdout
    assert "Criteria sets par can see" in out and "shipped with par" in out
    assert "Units found" in out and "63 unit(s), 1 year(s)" in out
    vi = par("list", PROVINCES / "2023", "--lang", "vi").stdout
    assert "Các bộ tiêu chí par tìm thấy" in vi and "đi kèm par" in vi
    assert "Bà Rịa - Vũng Tàu" in vi and "63 đơn vị, 1 năm" in vi


def test_a_local_set_and_an_unknown_set_are_said(tmp_path: Path) -> None:
    local = tmp_path / "criteria"
    local.mkdir()
    text = (REPO / "criteria" / "department-illustrative.yaml").read_text("utf-8")
    (local / "mine.yaml").write_text(text.replace("id: department-illustrative", "id: mine", 1),
                                     "utf-8")
    sub = tmp_path / "subs"
    sub.mkdir()
    (sub / "x.yaml").write_text("format: par-submission/1\ncriteria: nobody-knows\nyear: 2024\n"
                                "unit: x\nname: X\nscores: {}\n", "utf-8")
    data = as_json(par("list", sub, "--criteria", local, "-f", "json").stdout)
    assert {s["id"]: s["place"] for s in data["sets"]}["mine"] == "--criteria"
    assert data["years"] == [{"year": 2024, "criteria": "nobody-knows", "units": 1,
                              "known_set": False}]
    assert "par cannot see this set" in par("list", sub).stdout


def test_a_broken_submission_is_counted_said_and_fails(tmp_path: Path) -> None:
    (tmp_path / "ok.yaml").write_bytes((PROVINCES / "2023" / "long-an.yaml").read_bytes())
    (tmp_path / "bad.yaml").write_text("format: par-submission/1\ncriteria: par-province-2022\n"
                                       "year: twenty\nunit: bad\nname: Bad\nscores: {}\n",
                                       "utf-8")
    (tmp_path / "notes.txt").write_text("hello", "utf-8")
    code, out, err = cli("list", tmp_path)
    assert code == 1
    assert "bad.yaml:3:" in err and "left out 1 file(s) that are not YAML" in err
    assert "could not be listed" in out and "long-an" in out
    code, _, err = cli("list", tmp_path, "-q", "--lang", "vi")
    assert code == 1 and "notes.txt" in err


def test_a_folder_that_does_not_exist_is_exit_2(tmp_path: Path) -> None:
    code, _, err = cli("list", tmp_path / "nowhere")
    assert code == 2 and "nowhere" in err
