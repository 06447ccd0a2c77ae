"""Vietnamese and English output: the catalogues agree, and --lang / PAR_LANG switch them."""

from __future__ import annotations

import json
import string

import pytest
from helpers import par

from par_cli.i18n import EN, VI, Labels, Lang, resolve, vietnamese_sort_key

pytestmark = pytest.mark.usefixtures("at_repo_root")


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_catalogues_have_the_same_keys_and_placeholders() -> None:
    assert set(EN) == set(VI)
    for key in EN:
        # Vietnamese may leave out an English-only placeholder (ordinals), never add one
        assert _fields(VI[key]) <= _fields(EN[key]) | {"old", "new"}, key


def test_resolve_and_numbers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PAR_LANG", raising=False)
    assert resolve(None) is Lang.EN
    monkeypatch.setenv("PAR_LANG", "vi_VN.UTF-8")
    assert resolve(None) is Lang.VI
    assert resolve(Lang.EN) is Lang.EN
    assert Labels(Lang.VI).num("89.22") == "89,22"
    assert Labels(Lang.EN).num("89.22") == "89.22"


def test_vietnamese_alphabetical_order() -> None:
    names = ["Đồng Tháp", "Bắc Giang", "An Giang", "Điện Biên", "Bà Rịa - Vũng Tàu", "Yên Bái",
             "Ăn", "Âu", "Cà Mau", "Bạc Liêu", "Bến Tre"]
    ordered = sorted(names, key=vietnamese_sort_key)
    assert ordered == ["An Giang", "Ăn", "Âu", "Bà Rịa - Vũng Tàu", "Bạc Liêu", "Bắc Giang",
                       "Bến Tre", "Cà Mau", "Điện Biên", "Đồng Tháp", "Yên Bái"]
    # code points would put Đ after Y
    assert sorted(names)[-1].startswith("Đ")


def test_score_in_vietnamese() -> None:
    result = par("score", "examples/provinces/2023", "--lang", "vi")
    assert result.exit_code == 0
    out = result.stdout
    assert "Hạng" in out and "Đơn vị" in out and "Chỉ số %" in out
    assert "Bà Rịa - Vũng Tàu" in out and "89,22" in out
    assert "Cải cách thủ tục hành chính" in out
    assert "chỉ số trung bình" in out


def test_par_lang_environment_and_json_stays_neutral(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PAR_LANG", "vi")
    result = par("score", "examples/provinces/2023", "--top", "1")
    assert "Hạng" in result.stdout
    result = par("score", "examples/provinces/2023", "-f", "json")
    data = json.loads(result.stdout)
    assert data["units"][0]["name"] == "Quang Ninh"  # JSON is language-neutral


def test_story_explain_gap_audit_check_in_vietnamese() -> None:
    story = par("compare", "examples/provinces/2022", "examples/provinces/2023",
                "--unit", "long-an", "--lang", "vi").stdout
    assert "tăng 50 bậc (từ hạng 55 lên hạng 5)" in story
    assert "giữ nguyên thứ hạng" in story
    explain = par("explain", "examples/departments/2023", "--unit",
                  "so-tu-phap", "--lang", "vi").stdout
    assert "tự chấm 3,00 → thẩm định 1,50" in explain
    gap = par("gap", "examples/provinces/2023", "--unit", "long-an",
              "--lang", "vi").stdout
    assert "đã ở trong top 10" in gap
    audit = par("audit", "examples/departments/2023", "--lang", "vi").stdout
    assert "Bị trừ khi thẩm định" in audit
    check = par("check", "criteria", "--lang", "vi")
    assert "đã kiểm tra" in check.stderr


def test_compare_sort_by_name_uses_vietnamese_order() -> None:
    result = par("compare", "examples/provinces/2022", "examples/provinces/2023",
                 "--sort", "name", "--lang", "vi", "-f", "markdown")
    assert result.exit_code == 0
    rows = [line.split("|")[1].strip() for line in result.stdout.splitlines()
            if line.startswith("| ") and "Đơn vị" not in line]
    assert rows == sorted(rows, key=vietnamese_sort_key)
    assert rows.index("Điện Biên") < rows.index("Gia Lai")


def test_notes_follow_the_language_and_survive_pickling() -> None:
    import pickle

    from par_cli.messages import Message

    note = Message.of("note.wrote", path="a.yaml")
    assert str(note) == "wrote a.yaml"
    again = pickle.loads(pickle.dumps(note))
    assert again == note and again.key == "note.wrote" and again.params == (("path", "a.yaml"),)
    assert Labels(Lang.VI).say(again) == "đã ghi a.yaml"


def test_compare_and_score_notes_in_vietnamese() -> None:
    result = par("compare", "examples/provinces/2023",
                 "examples/provinces/2024", "--lang", "vi")
    assert result.exit_code == 0
    assert "hai năm dùng hai bộ tiêu chí khác nhau" in result.stdout
    assert "hai năm dùng hai bộ tiêu chí khác nhau" in result.stderr
    result = par("score", "examples/provinces/2023", "--lang", "vi", "--top", "1")
    assert "có điểm tối đa tạm thời" in result.stderr
